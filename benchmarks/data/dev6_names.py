# ruff: noqa: E501  (hand-written prompts: one per line, as a reader reads them)
"""Person-name development set for issue 9's fifth pass: `classify_dev6_names.jsonl`.

Run from the repository root:

    python -m benchmarks.data.dev6_names

Written by hand from the five name categories of held-out set 6's misses (named in
the brief by category only: lower-case names in lower-case text, names in plain
narrative with no cue at all, a name given as the answer in a dialogue turn, names
with relational or financial roles, self-introductions); no held-out set was read.
Names are invented, from many origins, and not those of `dev5_names.py`. Beside them,
public look-alikes the name rules must keep passing: public and historical figures
(often with no "famous"/"who was" wording at all), fictional characters, invented
first names in maths problems, clinical vignettes, organisation, place and product
names, unfilled templates, questions about roles and dialogue turns whose answer is
not a name. It is a development set: the name rules of this pass were tuned on it,
so its scores say nothing about text nobody here wrote. Score it with
`sovereign-router bench classify --quality --eval-set benchmarks/data/classify_dev6_names.jsonl`.
"""

from __future__ import annotations

from pathlib import Path

from benchmarks.data.formats import handwritten_rows, write_jsonl

__all__ = ["NEGATIVES", "PERSONAL", "build", "main"]

NAMES_PATH = Path(__file__).with_name("classify_dev6_names.jsonl")

PERSONAL: dict[str, tuple[str, ...]] = {
    "name:lower": (
        "did rhiannon ellwood ever send back the signed form",
        "pls chase up bogdan petrescu, still no payslips",
        "waiting on a reply from samira haddou since monday",
        "joseph mwangi came in again today asking about his housing points",
        "can we move the meeting with declan furness to thursday",
        "just had a call from imelda santos, she is very upset",
        "grace thornbury says the boiler still isnt fixed",
        "will harcourt has asked to be taken off the mailing list",
        "i think nkechi obi needs a home visit this week",
        "not sure if lukas brandt got the refund, can u check",
        "update: mariam tahir has moved to a new address in bolton",
        "the letter for wojciech mazur went to the old flat",
        "esther lindgren phoned twice about her blue badge",
        "mark ferrante wants to know why his claim was closed",
        "could someone ring hollie bramwell back before 5",
        "spoke with aleksander novak's daughter, she will bring the documents",
        "rosa delgado is behind on rent again",
        "emailed kieran mulholland the forms yesterday",
        "thanks to bethan price-jones for covering my shift",
        "hiroshi tanaka's visa expires next month",
        "can you look up the file for ayodele bankole",
        "our new lodger is called ferdinand okoye",
        "saw tamsin greaves at the jobcentre, she needs help with her cv",
        "the school said kezia morland was absent all week",
    ),
    "name:narrative": (
        "Yesterday Lorcan Whitby came into the office with his paperwork.",
        "Amelie Fontaine was late paying the last two instalments.",
        "Following the visit, Jerome Abernethy agreed to a repayment plan.",
        "Thanks for your help with Priyanka Desai last week.",
        "Tomasz Grabowski and his partner have separated and he wants a single person discount.",
        "Halima Osman left the meeting early because her son was ill.",
        "I saw Ffion Rowlands at the surgery; she looked unwell.",
        "Benedict Okereke has not collected his prescription.",
        "Sunniva Berg is moving to Aberdeen in March.",
        "According to Niall Cadogan, the gate code was changed without notice.",
        "Lettie Ashworth will start her placement with us on the 14th.",
        "The report was written by Darius Farahani after the inspection.",
        "Eunice Mabry phoned to say the carer did not turn up.",
        "Anton Kovalenko and Yulia Kovalenko share the flat with two children.",
        "Please summarise the notes from the meeting with Cosmo Wetherall.",
        "Can you draft an email to Fenella Okoro about the missed payment?",
        "Rafael Quintana has been getting letters meant for someone else.",
        "Georgina Tremlett sent over the photos of the damage.",
        "Hamish Buchanan-Reid asked if the deadline can be extended.",
        "Seo-yeon Park is the new volunteer at the food bank.",
        "The neighbours say Idris Kamara has not been seen for a week.",
        "Marguerite Oyelowo wants her complaint escalated.",
        "Matilda Rasmussen got her test results back this morning.",
        "Write a reference for Jovan Petrovic, who worked here for two years.",
    ),
    "name:dialogue": (
        "Agent: Could I get your full name?\nCustomer: Yeah it's Colm Devereux",
        "Adviser: Who am I speaking to please?\nCaller: Benedikta Horvath.",
        "Q: name of the person you are reporting?\nA: shane mcguinness",
        "Nurse: Patient's name?\nPorter: Wilhelmina Okafor-Jones, bay 3.",
        "Receptionist: And your surname?\nVisitor: Ramaswamy.",
        "Officer: Who was driving the car?\nWitness: A man called Ezra Lindqvist, I think.",
        "Agent: whats the name on the account\nCustomer: its under my wife, ines barros",
        "Bot: Please tell me your full name.\nUser: Teodora Vasilescu",
        "Q: Who is the landlord?\nA: Mr Patrick Quayle.",
        "Call handler: Name of the child?\nMother: Oluwaseun, Oluwaseun Adeyinka.",
        "Clerk: Who is the application for?\nApplicant: For my nephew Kasimir Nowicki.",
        "Agent: Who should we send the refund to?\nCustomer: To my son, Rufus Ingleby.",
        "Interviewer: What is your name?\nCandidate: My name is Zainab Fofanah.",
        "Q: Who referred you?\nA: My social worker, Tilly Armitage.",
        "Operator: Caller's name?\nCaller: er its gethin prys",
        "Support: Who is the account holder?\nUser: Me, Annika Sjoberg",
        "Agent: Who is the letter addressed to?\nCustomer: Dorcas Ampofo, my mum.",
        "Registrar: Name of the father?\nMother: Kojo Mensah-Bonsu.",
        "Advisor: name pls\nclient: sorry - its maryam javed",
        "Q: And who lives with you?\nA: Just my partner, Leif Andersson.",
        "Agent: Who's the named driver?\nCustomer: My daughter Esme Carrow.",
        "Q: Whose benefit is it?\nA: My father's - Ranjit Dhaliwal.",
        "Nurse: Can you tell me your name?\nPatient: Wendeline Hartog",
        "Agent: Who is calling?\nCaller: It's Sven Eriksen from number 22.",
    ),
    "name:role": (
        "Please list Oskar Lindahl as my emergency contact.",
        "The account holder, Priscilla Nwankwo, has not authorised this.",
        "My landlord Ronan Delaney refuses to return the deposit.",
        "Her next of kin is her nephew, Ciaran Malloy.",
        "The executor of my aunt's estate is Bartholomew Ferris.",
        "Guarantor: Temperance Hale, 12 Mill Lane.",
        "I want to change the beneficiary from Lionel Grist to Hattie Grist.",
        "The appointee for Mr Dunmore's benefits is his daughter Verity Dunmore.",
        "our landlord kwesi appiah never fixed the damp",
        "Joint account holders: Ulrike Brandt and Henrik Brandt.",
        "The tenant, Agata Zielinska, has reported mould in the bathroom.",
        "Payments should go to my partner Desmond Achebe from now on.",
        "Power of attorney: Moira Kilbride (daughter).",
        "The claimant Yevgenia Sorokina did not attend the hearing.",
        "the beneficiary is my grandson, ellis markham",
        "Lodger Bastian Koenig pays £500 a month in cash.",
        "My employer, Gwendolyn Pryce, has not paid my wages for May.",
        "The policy holder Caspian Noor wants to cancel.",
        "Named driver on the insurance: Lavinia Okonjo.",
        "I am the carer for my brother, Florian Weiss.",
        "Sponsor details - Abdirahman Warsame, British citizen.",
        "The deceased, Eleanor Pettigrew, held two accounts with you.",
        "Please can the cheque be made payable to Gabriel Moncrieff.",
        "The co-signatory, Philomena Dunne, has moved abroad.",
    ),
    "name:introduction": (
        "Hi, this is Saoirse Brannigan from flat 4, the lift is broken again.",
        "Hello it's Magnus Thorsen here, returning your call.",
        "my name is aurelia constantin and i need help with my council tax",
        "im kwabena osei-tutu, i applied for housing last year",
        "Good morning, Petronella Vance speaking.",
        "Hiya, I'm Rocco Bellini from the second floor, the heating is off.",
        "Hello, my name's Ingeborg Halvorsen, I've been waiting six weeks for a reply.",
        "I'm Delphine Marchetti and I want to report a change of address.",
        "This is Oyelaran Adewale calling about my pension.",
        "hi im thea whitlock, my benefits stopped",
        "It's Ruairi Coughlan again, did you get my email?",
        "Kind regards, Cordelia Finch",
        "Hello - Barnaby Ellwood here. I'm chasing my refund.",
        "Dear team, I am Xiomara Castillo and I rent a flat from you.",
        "Evening, Tobias Wren speaking, I have a question about my bill.",
        "My name is Nnamdi Eze, reference to follow.",
        "Thanks, Henrietta Blaine (tenant, flat 2B)",
        "hey this is jasper hollis, can someone call me back",
        "I'm Ottilie from flat 9 and my rent account is wrong.",
        "Regards,\nLeopold Achterberg",
        "Hi there, Yasmin Karimi here, I'm the mum of a pupil in year 6.",
        "Hello. I am called Anselm Kruger and I live at the hostel.",
        "its me again, odette ferreira, still no answer about my appeal",
        "Hello, Caoimhe Nolan speaking, I'd like to update my details.",
    ),
}

NEGATIVES: dict[str, tuple[str, ...]] = {
    "hard_negative:public_figure": (
        "Why did Boris Johnson resign?",
        "What is Rishi Sunak's position on net zero?",
        "Keir Starmer visited Washington last week. What was discussed?",
        "Did Elon Musk buy Twitter?",
        "How many goals has Harry Kane scored for England?",
        "What did Nelson Mandela do after he was released?",
        "Summarise Angela Merkel's refugee policy.",
        "Is Greta Thunberg still campaigning?",
        "Barack Obama and Michelle Obama visited London.",
        "What books has J.K. Rowling written?",
        "Compare Marie Curie and Rosalind Franklin as scientists.",
        "David Beckham played for which clubs?",
        "Why is Ada Lovelace important for computing?",
        "Emmeline Pankhurst led the suffragettes.",
        "Explain Charles Darwin's theory of evolution.",
        "what did martin luther king say in his dream speech",
        "is ed sheeran touring next year",
        "how old is king charles",
        "What did Albert Einstein win the prize for?",
        "Give me three facts about Isambard Kingdom Brunel.",
    ),
    "hard_negative:historical": (
        "What happened to Anne Boleyn?",
        "Why did Henry VIII break with Rome?",
        "Oliver Cromwell ruled England after the civil war.",
        "What was Florence Nightingale's lamp?",
        "Describe Guy Fawkes and the gunpowder plot.",
        "Who succeeded Elizabeth I?",
        "What did Thomas Cromwell do for the king?",
        "Explain how Alexander Fleming discovered penicillin.",
    ),
    "hard_negative:fiction": (
        "Why does Hamlet delay killing Claudius?",
        "Is Atticus Finch a good father?",
        "What happens to Bilbo Baggins at the end?",
        "Describe Ebenezer Scrooge's change of heart.",
        "Does Elizabeth Bennet marry Mr Darcy?",
        "Why does Jay Gatsby throw parties?",
        "Write a poem about Paddington Bear.",
        "What is Homer Simpson's job?",
    ),
    "hard_negative:maths": (
        "Sophie has 24 sweets and shares them equally with 3 friends. How many does each get?",
        "Omar buys 4 books at £6.50 each. What is the total?",
        "Ella walks 3 km to school and 3 km back every day for 5 days. How far is that?",
        "If Lucas reads 20 pages a day, how long will a 300 page book take him?",
        "Zara is 4 years older than Ben. Together they are 20. How old is Zara?",
        "Tom and Jess paint a fence. Tom takes 6 hours alone and Jess 3 hours. How long together?",
    ),
    "hard_negative:clinical_vignette": (
        "A 62-year-old woman presents with sudden painless loss of vision in one eye. What is the diagnosis?",
        "A 3-year-old boy has a fever and a non-blanching rash. What should be done first?",
        "A man in his 50s has central chest pain on exertion relieved by rest. What is the most likely cause?",
        "Case study: a 30-year-old teacher with low mood for three months. Discuss treatment options.",
    ),
    "hard_negative:org_place_product": (
        "What are the opening hours of Marks and Spencer on Oxford Street?",
        "Is John Lewis cheaper than Argos for televisions?",
        "How do I get from Kings Cross to Canary Wharf?",
        "Compare Morgan Stanley and Goldman Sachs graduate schemes.",
        "What does Rolls Royce make apart from cars?",
        "Is Ben Nevis harder to climb than Snowdon?",
        "Review the Ford Fiesta against the Vauxhall Corsa.",
        "What courses does Imperial College offer in chemistry?",
        "Is the Jack Daniels distillery open to visitors?",
        "How do I book a table at Gordon Ramsay's restaurant?",
        "Where is Tate Modern?",
        "Does Alexander McQueen make menswear?",
    ),
    "hard_negative:template": (
        "Write a letter template: Dear [Name], your appointment is on [Date].",
        "Create a form with fields for Name, Date of birth and Address.",
        "How should I sign off an email to someone I don't know?",
        "Write an example self-introduction for a new starter called [Your Name].",
        "What does 'next of kin' mean on a hospital form?",
        "Example: 'My name is Jane Doe and I live at 1 Sample Road.' Translate this into French.",
    ),
    "hard_negative:lower_public": (
        "how tall is the shard",
        "what is the capital of new zealand",
        "best pizza places in bristol",
        "how do i reset my iphone",
        "recipe for victoria sponge",
        "when is the next grand national",
        "explain how mortgages work",
        "what is the population of birmingham",
        "how do i apply for a provisional driving licence",
        "will it rain in manchester tomorrow",
        "can you mark my essay on climate change",
        "grace periods for credit cards explained",
    ),
    "hard_negative:dialogue": (
        "Teacher: Who wrote Macbeth?\nPupil: William Shakespeare.",
        "Q: What's the name of the longest river in the UK?\nA: The Severn.",
        "Customer: What's the name of your returns policy?\nAgent: It's called Easy Returns.",
        "Q: Who discovered gravity?\nA: Isaac Newton",
    ),
}


def build() -> list[dict[str, object]]:
    """Personal rows (by name category), then public rows (by kind of hard negative)."""
    return handwritten_rows(((PERSONAL, "personal"), (NEGATIVES, "public")), "d6n", "handwritten:issue9-dev6-names")


def main() -> None:
    """Write the set next to this module."""
    rows = build()
    write_jsonl(rows, NAMES_PATH)
    print(f"wrote {len(rows)} rows to {NAMES_PATH}")


if __name__ == "__main__":
    main()
