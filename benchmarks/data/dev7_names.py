# ruff: noqa: E501  (hand-written prompts: one per line, as a reader reads them)
"""Person-name development set for issue 9's sixth name pass: `classify_dev7_names.jsonl`.

Run from the repository root:

    python -m benchmarks.data.dev7_names

Written by hand for the mechanisms behind held-out set 7's remaining name misses (that set
was scored twice and is a tuned set now) and the leftovers of the fifth pass: names written
with accents or in a non-Latin script inside English text, honorific and word titles
("Sister", "Nurse", "Prof") with case traffic, self-introductions ("I'm writing as..."),
a dialogue answer that says in whose name something is held, a name in apposition to a
role, names in plain narrative doing something no verb list names, one-word names in
case traffic, lower-case names. Each mechanism has rows in other words than the miss it
came from; names are invented, from many origins, and not those of earlier dev sets.
Beside them, public look-alikes the rules must keep passing: public figures that are NOT
in `classifiers/public_figures.py` in bare statements (titles of office, public-life
wording, knowledge questions), characters of fiction with titles, invented first names in
word problems that use case words, glossary definitions of case roles, references to
parts of documents ("Schedule 3", "Annex B"), non-Latin words discussed as language, and
accented place and product names. It is a development set: the rules of this pass were
tuned on it, so its scores say nothing about text nobody here wrote.
"""

from __future__ import annotations

from pathlib import Path

from benchmarks.data.formats import handwritten_rows, write_jsonl

__all__ = ["NEGATIVES", "PERSONAL", "build", "main"]

NAMES_PATH = Path(__file__).with_name("classify_dev7_names.jsonl")

PERSONAL: dict[str, tuple[str, ...]] = {
    "name:accented": (
        "Bartłomiej Wiśniewski still hasn't returned the signed tenancy agreement.",
        "Please update the file for Ágnes Szőke, she moved last week.",
        "The letter to Íñigo Zubizarreta came back marked 'not known at this address'.",
        "Renée Lefèvre says the repairs were never done.",
        "Can you chase Dušan Petrović about the missing payslips?",
        "i spoke to andrés olmedo about his deposit this morning",
        "need to ring josé ramírez back before 4",
        "the form for søren kjærgaard is still in my tray",
        "Göksel Öztürk was waiting at reception for over an hour.",
        "Forward the appeal papers to Thị Hương Nguyễn today please.",
    ),
    "name:script": (
        "Ольга Кузнецова came to the drop-in again on Thursday about her rent.",
        "We still have no reply from 陈美玲 about the housing register.",
        "أحمد الحسيني cannot manage the stairs to the second floor flat.",
        "The caseworker visited Κώστας Παπαδόπουλος at home on Friday.",
        "राजेश कुमार is behind on his council tax again.",
        "Please book an interpreter for 김민준 for the hearing.",
        "The school called about ยุพา ศรีสุข's attendance.",
        "יוסף כהן and his wife want to move to a ground floor flat.",
        "The duty officer reported that 王建国 missed two appointments at the jobcentre.",
        "Can you send the decision letter to Ирина Смирнова by recorded delivery?",
    ),
    "name:honorific": (
        "Sister Okonjo phoned the ward about the discharge plan.",
        "Nurse Mbeki says the dressing needs changing twice a day.",
        "Prof Aurelio Benedetti rang about his parking permit renewal.",
        "Pastor Adeyemi is asking whether the food bank referral went through.",
        "Rabbi Goldfarb wants to know when the council will collect the bins.",
        "Imam Qureshi dropped off the forms for the community centre booking.",
        "Professor Ingrid Solberg has not paid the second instalment.",
        "Matron Fairclough emailed to say the patient has been moved.",
        "Fr. Donnelly left a voicemail about his housing benefit.",
        "Sister Kowalczyk's pension review is overdue.",
    ),
    "name:self_intro": (
        "Hello, I'm emailing as Dervla Costigan, the leaseholder of flat 4.",
        "I am writing as Obinna Chukwu's appointee about his benefits.",
        "Hi, I'm calling as Maren Aasheim, I rang last week.",
        "Good afternoon, I am contacting you as Teodor Vasilescu regarding my appeal.",
        "I'm getting in touch as Lowenna Trelawny, about the noise complaint.",
        "I am acting as Hamid Rostami's representative in the tribunal.",
        "Dear sir, I am writing as Eulalia Ferreira, owner of the flat upstairs.",
        "This is Kasimir Brandl speaking, I need to change my address.",
    ),
    "name:dialogue": (
        "Agent: Whose name is the account in?\nCaller: it's under Wilhelmina Achterberg",
        "Adviser: Which name is the tenancy in?\nTenant: In Oluwaseun Bakare's name",
        "Q: Whose name is on the bill?\nA: it's in my husband's name, Radomir Hajek",
        "Officer: Whose name is the car registered in?\nDriver: Under Zeynep Arslan",
        "Agent: And whose name is the policy in?\nCustomer: it is in Branwen Llewellyn's name",
        "Staff: Name on the claim?\nClaimant: it's under Fiachra Mulcahy",
        "Advisor: Who is the landlord?\nCaller: a man called Tadeusz Nowicki",
        "Agent: Whose details are these?\nCaller: they're my mum's, Ekaterina Volkova",
    ),
    "name:apposition": (
        "We met Ilse Brandvold, the claimant, outside the tribunal.",
        "Please add a note for Casimir Oduya, our client, about the adjournment.",
        "Thembeka Ndlovu, the tenant of 12B, reported damp again.",
        "Yesterday Florian Haberl, her son, brought in the documents.",
        "I spoke with Maelle Guerin, the applicant, about her references.",
        "The letter went to Aurora Villanueva, his landlady, by mistake.",
        "Ruairi Breathnach, my neighbour, has been sleeping in his car.",
        "Saoirse Ni Bhriain, the appellant, asked for a postponement.",
    ),
    "name:narrative": (
        "After the meeting Ottokar Lindqvist stayed behind to ask about grants.",
        "On Tuesday Gwenllian Prydderch queued for two hours at the counter.",
        "Later that day Kwabena Ofori-Atta returned with his landlord.",
        "Ysolde Marchetti collapsed in the waiting room this morning.",
        "At nine Dagny Vestergaard arrived with three carrier bags of post.",
        "Before lunch Anselm Okwuosa signed the repayment plan.",
        "Folasade Adebowale cried when she heard the decision.",
        "Mid-afternoon Radek Sliwinski phoned from the hospital car park.",
        "This morning Eilonwy Pughe slipped on the stairs outside the office.",
        "Throughout the visit Zoltan Farkasvolgyi refused to sit down.",
    ),
    "name:single_case": (
        "Priyanka rang again about the arrears, she sounded upset.",
        "Told Kwame we'd call back once the manager is in.",
        "Siobhan came in about her housing points this morning.",
        "Dmitri left another voicemail asking about the refund.",
        "Can you remind Oluwadamilare about Thursday's appointment?",
        "Ahmed dropped off his bank statements at reception.",
        "Chase Bronwen for the signed consent form please.",
        "Mariana is still waiting for the repairs to her bathroom.",
        "Emailed Tobias the list of documents he needs to bring.",
        "Fatima complained that nobody called her back last week.",
        "Hamish turned up without an appointment again.",
        "Spoke to Ngozi, she hasn't paid the deposit yet.",
    ),
    "name:lower": (
        "can someone check if ludmila horvatova got her letter",
        "rang back radoslav kovac about the overpayment",
        "reminder to email rhiannon ap iorwerth about the assessment",
        "tamar ben-haim left a message asking about her pension",
        "pls update the address for wolfgang ostertag",
        "still waiting on docs from aoife ni chonaill",
        "told björn sundqvist we would call him tomorrow",
        "siddharth raghunathan phoned twice about the visa letter",
        "the carer for grainne mcelhinney has changed",
        "moved the meeting with oyelaran adekunle to friday",
    ),
    "name:legal_ref": (
        "The claimant Jane Pemberton relies on Schedule 3 of the Act.",
        "Under Part 2, Mr Osei must give two months' notice to his landlord.",
        "Annex B lists the payments made to Ruta Jankauskiene since May.",
        "Section 12 applies to my client Morwenna Pascoe's eviction.",
    ),
}

NEGATIVES: dict[str, tuple[str, ...]] = {
    "public:unlisted_figure": (
        "Senator Elizabeth Warren proposed a wealth tax on fortunes above $50 million.",
        "Bernie Sanders ran for the Democratic nomination in 2016 and 2020.",
        "Chancellor Olaf Scholz led a three-party coalition government in Germany.",
        "Ursula von der Leyen became President of the European Commission in 2019.",
        "Christine Lagarde moved from the IMF to the European Central Bank.",
        "Governor Andrew Bailey explained the Bank of England's decision on interest rates.",
        "Mark Carney, the former Governor of the Bank of England, spoke about climate risk.",
        "Jerome Powell said the Federal Reserve would keep rates on hold.",
        "Satya Nadella became chief executive of Microsoft in 2014.",
        "Sundar Pichai runs Google and its parent company Alphabet.",
        "Summarise Mary Beard's argument about women and power.",
        "Simon Schama presented A History of Britain on BBC Two.",
        "David Olusoga's documentary series examined Britain's colonial history.",
        "Explain Hannah Fry's point about algorithms in her lecture.",
        "Raheem Sterling scored twice for England against Panama.",
        "Jos Buttler captained England to the T20 World Cup title.",
        "Clive Myrie presents the BBC News at Six.",
        "Laura Kuenssberg interviewed the Chancellor on Sunday morning television.",
        "Bernardine Evaristo won the Booker Prize for Girl, Woman, Other.",
        "Margaret Atwood's The Handmaid's Tale was adapted for television.",
        "President Lula da Silva returned to office in Brazil in 2023.",
        "Javier Milei promised to cut public spending in Argentina.",
        "Prime Minister Giorgia Meloni met European leaders in Rome.",
        "Pedro Sanchez called a snap general election in Spain.",
        "Claudia Sheinbaum is the first woman elected president of Mexico.",
        "Anthony Albanese leads the Australian Labor Party.",
        "What is Cyril Ramaphosa's policy on land reform?",
        "Yuval Noah Harari argues that shared myths let humans cooperate.",
        "Steven Pinker's book argues that violence has declined over the centuries.",
        "Jordan Peterson's lectures on psychology are widely shared online.",
    ),
    "public:fiction_title": (
        "In Sherlock Holmes, how does Dr Watson first meet Holmes?",
        "Describe Dr Jekyll's transformation into Mr Hyde.",
        "Why does Mrs Hudson tolerate Sherlock Holmes as a lodger?",
        "How does Mr Darcy's opinion of Elizabeth Bennet change?",
        "What role does Nurse Ratched play in One Flew Over the Cuckoo's Nest?",
        "Why is Mr Rochester's first wife hidden in the attic in Jane Eyre?",
        "In the novel, why does Mrs Danvers resent the narrator?",
        "Compare Dr Frankenstein and the creature in chapter five.",
    ),
    "public:maths": (
        "Siobhan earns £11.44 an hour for 37.5 hours. What is her weekly pay?",
        "Kwame pays £640 rent each month. How much does he pay in a year?",
        "Priya owes £90 and pays back £15 a week. How many weeks will it take?",
        "Tomasz saves £12 a week for 8 weeks. What is his total saving?",
        "Aisha's salary is £24,000 and rises by 5%. What is her new salary?",
        "Dmitri worked 6 hours on Monday and 4 on Tuesday at £12 an hour. Calculate his wages.",
        "Fatima's council tax is £1,560 a year paid in 10 instalments. What is each instalment?",
        "Ben has a debt of £300 and pays £25 a month. How long will it take to clear?",
        "Mariana's benefit is £85 a week. What is it over 4 weeks?",
        "Leon's rent rose from £500 to £550. What is the percentage increase?",
    ),
    "public:glossary": (
        "Claimant: a person who makes a claim for a benefit.",
        "In this policy, the data subject means the individual whose personal data is processed.",
        "Appellant - someone who appeals against a decision.",
        "Glossary. Tenant: a person who rents a property from a landlord.",
        "The beneficiary is the person who receives money from a trust or will.",
        "Next of kin: the person nominated to be contacted in an emergency.",
        "Definitions\nApplicant - any person who applies for a licence under this scheme.",
        "'Service user' refers to anyone who uses the council's care services.",
    ),
    "public:legal_ref": (
        "What does Schedule 3 to the Equality Act cover?",
        "Summarise Part 2 of the Housing Act 1988 for tenants.",
        "Annex B sets out the appeal timetable for applicants.",
        "Section 21 notices let a landlord end an assured shorthold tenancy.",
        "The claimant must complete Part 4 and Annex C of the form.",
        "Explain how Schedule 7 powers work at the border.",
        "The respondent should read Appendix F before the hearing.",
        "Regulation 12 and Section 9 apply to every claimant in the pilot.",
    ),
    "public:script_language": (
        "What does the Arabic word مرحبا mean?",
        "How do you pronounce 谢谢 in Mandarin?",
        "The Russian greeting здравствуйте is hard to spell.",
        "Translate 'शुभ प्रभात' into English.",
        "The sign said 'ยินดีต้อนรับ' over the door.",
        "Is 안녕하세요 formal or informal in Korean?",
        "The Greek word for democracy is δημοκρατία.",
        "Write the Hebrew letter א and explain its sound.",
    ),
    "public:accented_places": (
        "What is the population of São Paulo?",
        "The Café Müller choreography was created by Pina Bausch.",
        "Plan a three-day trip to Málaga and Córdoba.",
        "How far is Zürich from Genève by train?",
        "Which river runs through Kraków?",
        "Explain the history of the Champs-Élysées.",
    ),
}


def build() -> list[dict[str, object]]:
    """Personal rows (by name category), then public rows (by kind of look-alike)."""
    return handwritten_rows(((PERSONAL, "personal"), (NEGATIVES, "public")), "d7n", "handwritten:issue9-dev7-names")


def main() -> None:
    """Write the set next to this module."""
    rows = build()
    write_jsonl(rows, NAMES_PATH)
    print(f"wrote {len(rows)} rows to {NAMES_PATH}")


if __name__ == "__main__":
    main()
