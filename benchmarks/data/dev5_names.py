# ruff: noqa: E501  (hand-written prompts: one per line, as a reader reads them)
"""Person-name development set for issue 9's fourth pass: `classify_dev5_names.jsonl`.

Run from the repository root:

    python -m benchmarks.data.dev5_names

Written by hand from the five name categories of held-out set 5's misses (named in
the brief by category only: lower-case names in lower-case text, a name given as the
answer in a dialogue turn, self-introductions, an honorific and a name, names with a
relational or financial role); no held-out set was read. Names are invented, drawn
from many origins, and deliberately not the ones in `dev5_personal.py`. Beside them,
public prompts of the kinds these rules must keep passing: public and historical
figures, fictional characters and brands with titles, invented names in maths
problems, clinical vignettes, templates with placeholder names, questions about
roles, and dialogue turns whose answer is not a name. Used to evaluate a second spaCy
pipeline behind the rules (`benchmarks/results/classify/pii_model_eval.md`) and to
tune the name rules: it is a development set, so its scores say nothing about text
nobody here wrote. Score it with
`sovereign-router bench classify --quality --eval-set benchmarks/data/classify_dev5_names.jsonl`.
"""

from __future__ import annotations

from pathlib import Path

from benchmarks.data.formats import handwritten_rows, write_jsonl

__all__ = ["NEGATIVES", "PERSONAL", "build", "main"]

NAMES_PATH = Path(__file__).with_name("classify_dev5_names.jsonl")

PERSONAL: dict[str, tuple[str, ...]] = {
    "name:lower": (
        "spoke to tobias lindqvist this morning, he still hasnt had his refund",
        "can u check if marek dvorak has paid the deposit yet",
        "ask fatima el-amin to resend her bank statements pls",
        "my mum joan whitfield needs a blue badge renewal",
        "hi its chidi okafor again about the leak in my kitchen",
        "reminder: call back gwen ap rhys about the school transport appeal",
        "olusegun bakare missed his appointment today, can we rebook",
        "the form was signed by niamh o'sullivan but the date is wrong",
        "need to update the address for lars henriksen, he moved last month",
        "my brother sanjay mehta was refused pip and wants to appeal",
        "is beatriz souza eligible for the childcare grant if she works 12 hours",
        "hello my name is yusuf demir and i want to complain about the bins",
        "draft a letter to agnieszka zielinska about her overpayment",
        "mr and mrs haddad at no 14 keep parking across the drive",
        "did anyone reply to padraig mccann about the fence",
        "morning team, ngozi eze has been off sick since tuesday",
        "can you find the case notes for callum fairbairn",
        "write to halima begum and say we received her documents",
        "i'm helping my neighbour edith pemberton with her council tax form",
        "kofi boateng and his wife are both on the tenancy",
        "dr anand rang about my husbands test results",
        "please pass the file to ines carvalho in the benefits team",
        "hamza yilmaz said he never got the letter about the hearing",
        "whats the status of greta mikkelsen's visa extension",
        "my daughter zainab hussain starts at the new school in september",
        "oliwia kaczmarek lost her job last week and cant pay rent",
        "sorry for the delay, wiremu tane has now sent his payslips",
        "the carer for rosalind blackwood has changed, new one starts monday",
    ),
    "name:dialogue": (
        "Agent: Can I take your name please?\nCaller: Yes, it's Marguerite Delacroix.",
        "Q: Who am I speaking with today?\nA: Tendai Moyo",
        "Operator: And the patient's full name?\nParamedic: Desmond Achterberg, date of birth to follow.",
        "Clerk: Name of the deceased?\nFamily member: Our father, Wilfred Ashcombe.",
        "Adviser: Whose name is on the bill?\nResident: Mine - Soraya Farahani.",
        "Bot: What name should the booking be under?\nUser: Pieter van der Berg",
        "Receptionist: Surname?\nVisitor: Kowalski. K-O-W-A-L-S-K-I.",
        "Agent: Who should we address the letter to?\nCustomer: Send it to my husband, Rashid Karimi.",
        "Nurse: What is your first name and surname?\nPatient: Ebere Nwosu.",
        "Housing officer: Who else lives at the property?\nTenant: My partner Jonas Albrecht and our baby.",
        "Caseworker: And the child's name?\nParent: Amara, Amara Osei.",
        "[agent] may i have the account holder's name\n[customer] bronwen hughes",
        "Support: What's the name on the card?\nUser: S. Ranganathan",
        "Call handler: Who's calling?\nCaller: Hi, Ludmila Petrova, from flat 9.",
        "Interviewer: Please state your name for the record.\nWitness: Cormac Doherty.",
        "Agent: Sorry, who am I talking to?\nCaller: This is Imogen Fairweather.",
        "Officer: And what's the name of the driver?\nReporter: I think it was Dale Pritchard.",
        "Assistant: Which pupil is the request about?\nParent: Our son, Mateus Ferreira, year 4.",
        "Q. Name of applicant?\nA. Svetlana Ivanova",
        "Agent: Who is the claim for?\nCaller: For my late wife, Dorothea Kingsley.",
        "Registrar: Mother's maiden name?\nApplicant: Okonjo.",
        "Chat: could you confirm your full name?\nMe: sure - rajesh kumar subramanian",
    ),
    "name:introduction": (
        "My name is Anneliese Brandt and I'd like to appeal the decision on my claim.",
        "Hello, you're speaking to Thandiwe Ndlovu, I'm calling about my daughter's school place.",
        "This is Ravi Chandrasekhar speaking, I had a missed call from your office.",
        "Hi, I am Leocadia Pires. I need to change my bank details for my pension.",
        "Hiya, Fergus Lennox here, just chasing my planning application.",
        "Myself Gurpreet Sandhu, I want to know why my tax code changed.",
        "I'm Kaito Nakamura, I started at the Leeds office last month and my pay is wrong.",
        "Dear sir, my full name is Abimbola Adeyemi-Cole and I am writing about my visa.",
        "Good afternoon, it's Ottoline Weatherby - we spoke on Friday about the bins.",
        "Evening, the name's Bram Vos, I've lost my residence card.",
        "It is Magdalena Wiśniewska writing, please find my documents attached.",
        "Hello, my names Tayo Ogunleye and I cant get into my account.",
        "Hi there, I go by Sasha Petrenko, my legal name is Oleksandra Petrenko.",
        "I am writing as Cressida Hale, the tenant of the ground floor flat.",
        "Hey it's Lachlan Munro, did my form arrive?",
        "Greetings, I'm Aurelio Mancini and I have a question about my carer's allowance.",
        "You're through to Harriet Osborne-Kent, I'm returning your call about the grant.",
        "I'm called Nadia Boukhari and I need a copy of my marriage certificate.",
        "From: Ignatius Mbeki. Subject: my overpayment. Please explain the figures.",
        "Good morning, Erin Cassidy speaking - I'm phoning on behalf of my father.",
    ),
    "name:honorific": (
        "Mrs Adeyemi rang again about her housing repair; she says the damp is worse.",
        "Dr Okonkwo told me my results are back but nobody has called me.",
        "Please write to Ms Lindqvist to confirm her appointment on Tuesday.",
        "Mr Haddad from number 14 has complained about the noise again.",
        "Can you check whether Miss Kaur's payment went through?",
        "Rev. Jonathan Pike will sign the form as the countersignatory for my passport.",
        "Mx Rowan Tate asked us to use they/them pronouns in all letters.",
        "Our GP, Dr. Sarah Fennimore, referred my son to the paediatric clinic.",
        "Mrs. Abernathy in room 12 is refusing her medication this morning.",
        "Update for Mr Obi: his hearing has moved to 3 March.",
        "I've attached the letter from Prof. Hyun-woo Park supporting my extension request.",
        "Mr and Mrs Castellanos want to add their grandson to the tenancy.",
        "Please could Mrs J Whitcombe be sent a replacement bus pass.",
        "Cllr Brenda Oyelaran's casework: a resident reports her neighbour's dog attacked her.",
        "Dr Farouk said Mum should not drive until the scan.",
        "Ms Ferreira-Lopes has asked for all contact to be by email.",
        "Sister Bernadette on ward 7 says Mr Quigley can go home tomorrow.",
        "Nurse Adebola took my bloods yesterday but the results went to the wrong surgery.",
        "Mrs Nakashima's direct debit bounced twice, what do we do?",
        "Dear Mr Okoro, thank you for your letter about your council tax band.",
    ),
    "name:role": (
        "Please add Bartosz Wrona as a joint account holder on my savings account.",
        "My next of kin is Clementine Ashford, my sister.",
        "The guarantor on the tenancy is Dmitri Volkov.",
        "Name Ezinne Nwachukwu as the beneficiary of the death-in-service payment.",
        "Appointee for her benefits: Lowri Pritchard (granddaughter).",
        "We need to remove Tobiah Grange as the second signatory on the club account.",
        "Lasting power of attorney was granted to Harinder Gill last year.",
        "The policyholder, Anouk de Vries, passed away in January.",
        "Emergency contact - Saoirse Gallagher, my partner.",
        "My late husband, Alasdair Strachan, left the house to me.",
        "The payee should be changed to Kwabena Asante from next month.",
        "The sponsor for the visa application is Ilse Vandermeer.",
        "Joint tenant: Marisol Quintero. Lead tenant: me.",
        "Nominated person for the pension: Yaw Darko, my son.",
        "Our trustee, Philippa Crowther, has to countersign the cheque.",
        "The executor, Gideon Achterberg, asked for a copy of the will.",
        "Co-applicant on the mortgage is Rosalind Okafor.",
        "The carer for my mother is Precious Moyo, she visits twice a day.",
        "Account in the name of Emeka Obi - please freeze it.",
        "Guardian of the child: Ingrid Solberg (aunt).",
        "please add ugo nwankwo as a named driver on my policy",
        "the deceased's estate is being handled by his brother tadeusz nowicki",
    ),
}

NEGATIVES: dict[str, tuple[str, ...]] = {
    "hard_negative:public_figure": (
        "who was winston churchill and why did he lose the 1945 election",
        "what did margaret thatcher do about the miners strike",
        "Dr Martin Luther King gave his most famous speech in 1963. Summarise it.",
        "Mrs Pankhurst founded the WSPU. What tactics did the suffragettes use?",
        "How did Sir Isaac Newton describe gravity?",
        "Prof. Stephen Hawking wrote A Brief History of Time. What is it about?",
        "Who is the current Prime Minister of New Zealand?",
        "Dr Anthony Fauci advised US presidents on pandemics. What was his role?",
        "tell me about florence nightingale's work in scutari",
        "Was Mr Gandhi influenced by Tolstoy?",
        "What did Rev. Desmond Tutu say about forgiveness?",
        "Queen Victoria had nine children. Who were they married to?",
        "what is taylor swift's most streamed song",
        "Who was the first woman to win a Nobel Prize?",
        "Explain David Attenborough's contribution to nature documentaries.",
    ),
    "hard_negative:fiction_brand": (
        "In Pride and Prejudice, why does Mr Darcy first refuse to dance with Elizabeth?",
        "Is Dr Pepper a cola?",
        "Mrs Brown's Boys is a sitcom. Where is it set?",
        "Who played Mr Bean?",
        "Write a short story about Mrs Pepperpot shrinking at the market.",
        "In Sherlock Holmes, how does Dr Watson meet Holmes?",
        "What does Miss Havisham's wedding dress symbolise in Great Expectations?",
        "Mr Kipling cakes: which ones are vegan?",
        "Describe Dr Jekyll's transformation into Mr Hyde.",
        "how does harry potter defeat voldemort in the end",
    ),
    "hard_negative:maths": (
        "Aisha has 12 apples and gives 5 to Tom. How many does she have left?",
        "mrs patel buys 3 pens at 45p each. how much does she spend?",
        "Jonas runs 5 km in 25 minutes. What is his average speed in km/h?",
        "If Priya is twice as old as Ben and Ben is 7, how old is Priya?",
        "Mr Smith's class has 30 pupils; 40% are girls. How many boys are there?",
        "Kwame saves £15 a week. How long until he has £300?",
        "A train leaves at 09:10 with Olga on board and arrives at 11:45. How long is the journey?",
        "Lena and Marco share £60 in the ratio 2:3. How much does Marco get?",
    ),
    "hard_negative:clinical_vignette": (
        "A 45-year-old man presents with crushing chest pain radiating to his left arm. What is the first investigation?",
        "A 7-year-old girl has a barking cough and stridor. What is the likely diagnosis?",
        "Mrs X, 82, is admitted with confusion and a urinary tract infection. Discuss delirium management.",
        "A pregnant woman at 32 weeks has a blood pressure of 160/110. What is the management?",
        "An elderly patient with dementia refuses food. What are the ethical considerations?",
    ),
    "hard_negative:template": (
        "Write a template letter starting 'Dear Mr [Surname]' for a missed appointment.",
        "How do I say 'my name is' in Spanish?",
        "Give me a script for answering the phone: 'Good morning, [your name] speaking, how can I help?'",
        "Fill in the form example: Name: John Doe, Address: 1 Example Street.",
        "What is a good way to introduce yourself in a job interview?",
        "Draft a chatbot greeting that asks the user for their name.",
    ),
    "hard_negative:role_question": (
        "What is the difference between a beneficiary and an executor?",
        "Who can be named as next of kin in an NHS hospital?",
        "How do I add a joint account holder at most UK banks?",
        "What does a guarantor on a tenancy agreement have to pay?",
        "Can a power of attorney sign a will on someone's behalf?",
        "what does an appointee for benefits do",
        "Explain the duties of a trustee of a charity.",
    ),
    "hard_negative:dialogue": (
        "Teacher: What's the name of the capital of Australia?\nPupil: Canberra.",
        "Q: What is the name of this song?\nA: Bohemian Rhapsody by Queen.",
        "Quiz host: Name the largest planet in the solar system.\nContestant: Jupiter!",
        "User: What's the name of the process plants use to make food?\nBot: Photosynthesis.",
        "Agent: Can I take your name please?\nCaller: I'd rather not say, I just have a general question about bin days.",
        "Q: Who painted the Mona Lisa?\nA: Leonardo da Vinci.",
        "Interviewer: What's the name of the policy you're criticising?\nMinister: The Rwanda scheme.",
    ),
    "hard_negative:lower_public": (
        "whats the best way to cook jollof rice",
        "can you explain how universal credit is calculated",
        "how do i renew a uk passport online",
        "what time does the tower of london open on sundays",
        "list the plays of william shakespeare in order",
        "summarise the history of the london underground",
        "compare marks and spencer with john lewis for school uniforms",
        "is the victoria line running today",
        "who won the rugby world cup in 2003",
        "recommend some books by chimamanda ngozi adichie",
        "how far is st albans from milton keynes",
        "explain the difference between a will and a trust",
    ),
}


def build() -> list[dict[str, object]]:
    """Personal rows (by name category), then public rows (by kind of hard negative)."""
    return handwritten_rows(((PERSONAL, "personal"), (NEGATIVES, "public")), "d5n", "handwritten:issue9-dev5-names")


def main() -> None:
    """Write the set next to this module."""
    rows = build()
    write_jsonl(rows, NAMES_PATH)
    print(f"wrote {len(rows)} rows to {NAMES_PATH}")


if __name__ == "__main__":
    main()
