# ruff: noqa: E501  (hand-written prompts: one per line, as a reader reads them)
"""Personal prompts for development set 5 (`build_classify_dev5.py`), by issue 9's miss categories.

Written by hand from the categories of set 4's misses (named in the issue's brief, by
category only); no held-out set was read. Names are invented; identifier slots
(`{nhs}`, `{nino}`, `{nhs_bad}`, `{nino_bad}`) are filled by the builder with synthetic
values (valid, or with the check digit or prefix broken).
"""

from __future__ import annotations

# (category, text, kinds the classifier must report)
ROWS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    # self-introductions
    ("name:introduction", "Hi, my name's Tomasz Wieczorek and I need help with a late tax return.", ()),
    ("name:introduction", "Hello, this is Grace Mbeki calling about the letter I got last week.", ()),
    ("name:introduction", "I'm Oluwaseun Adebayo, I rang yesterday about my housing application.", ()),
    ("name:introduction", "Good morning, Declan Furlong here - I'm ringing about my parking fine.", ()),
    ("name:introduction", "i am siobhan kearney and i cant log in to my universal credit journal", ()),
    ("name:introduction", "Name: Rhiannon Pugh. Query: when will my grant be paid?", ()),
    # dialogue answers
    ("name:dialogue", "Agent: Who's the appointment for?\nCaller: For my son, Callum Reid.", ()),
    ("name:dialogue", "Officer: And what is your surname?\nMember of public: Nowak, N-O-W-A-K.", ()),
    ("name:dialogue", "Q: Whose name is the tenancy in?\nA: Both of us - me and Farah Siddiqui.", ()),
    ("name:dialogue", "Adviser: Can I take the full name please?\nCustomer: Elspeth Mary Graham", ()),
    # relational / financial roles
    ("name:role", "Please add Bartholomew Achebe as the beneficiary on the policy.", ()),
    ("name:role", "The account holder, Ifeoma Chukwu, has asked us to close the account.", ()),
    ("name:role", "Next of kin: Margaret Okonkwo (daughter), to be contacted first.", ()),
    ("name:role", "The payee for the refund should be Lorcan Whelan, not the agent.", ()),
    ("name:role", "Executor of the estate is Hamish Drummond; please send him the forms.", ()),
    # lower-case names
    ("name:lower", "can you email aisha rahman the minutes, she missed the meeting", ()),
    ("name:lower", "pls tell kenji watanabe his visa appointment moved to thursday", ()),
    ("name:lower", "the tenant is dorota kowalczyk and she's behind on rent", ()),
    # special category about a person
    ("special", "Mrs Adeyemi told the nurse she is HIV positive and has not told her family.", ()),
    ("special", "Kwabena has been sectioned twice this year and is now on clozapine.", ()),
    ("special", "Our records show Leanne Hartley was convicted of shoplifting in 2021.", ()),
    ("special", "He's a practising Sikh and needs time off for Vaisakhi - can we approve it?", ()),
    ("special", "Write a referral letter: the client, Deepak, has severe depression and is off work.", ()),
    ("special", "My neighbour's lad is transgender and being bullied at school, who can help?", ()),
    # international identifiers
    ("international", "Driver license number D12345678 (California) for Maria Lopez needs verifying.", ()),
    ("international", "His Texas driver's license is 12345678 and it expired last month.", ()),
    ("international", "My SSN is 078-05-1120, can you check why my US pension is stopped?", ()),
    ("international", "Steuer-ID 12 345 678 903 for the client who moved from Munich.", ()),
    ("international", "Her Dutch BSN is 111222333 and she needs a UK tax code.", ()),
    ("international", "NY driver licence 123 456 789 belongs to the applicant, please redact.", ()),
    # vehicle plates with separators
    ("vehicle", "The car parked on my drive is reg AB12-CDE, can the council remove it?", ()),
    ("vehicle", "Fine issued to vehicle LK19.XYZ belonging to my father.", ()),
    ("vehicle", "my van's plate is yx70_abc and it was clamped", ()),
    # mistyped identifiers with a cue
    (
        "mistyped",
        "Patient NHS no. {nhs_bad} - the number might be mistyped, please check the spine.",
        ("UK_NHS_NUMBER",),
    ),
    ("mistyped", "His national insurance number is {nino_bad} according to the form.", ("UK_NINO",)),
    # department case-note traffic
    ("case_note", "Case note 14/03: visited Mr Oyelaran at home, kitchen damp, referred to environmental health.", ()),
    ("case_note", "CN: spoke to claimant re: overpayment of £1,240; agreed repayments of £40/month from June.", ()),
    ("case_note", "Update for file - Ms Baptiste attended interview, documents seen, decision pending.", ()),
    ("case_note", "Safeguarding: child (Aaliyah, 6) seen with bruising on both arms, parents gave no explanation.", ()),
    # ages
    ("age", "My grandmother is 94 and lives alone in Dundee; what help can she get?", ()),
    ("age", "Josiah Mensah, 17, has applied for the apprenticeship - can he claim travel costs?", ()),
    ("age", "The tenant is an 82-year-old widow, Mrs Pryce, who cannot manage the stairs.", ()),
    # dates of birth without "born"
    ("dob", "Client: Oksana Melnyk, DOB 03/11/1987, arrived from Ukraine in 2022.", ()),
    ("dob", "Can you confirm the d.o.b. on file is 14 July 1962 for Mr Ashworth?", ()),
    ("dob", "Her birthday is 2nd February 1999 and she turns 26 next week; is she still eligible?", ()),
    # structured values
    ("structured", '{{"name": "Priya Nair", "nino": "{nino}", "dob": "1990-05-12"}}', ("UK_NINO",)),
    ("structured", "nhs_number={nhs}&surname=Fairweather&postcode=LS6 2AB", ("UK_NHS_NUMBER",)),
    ("structured", "id,name,nhs\n17,Tobias Reinholt,{nhs}\n", ("UK_NHS_NUMBER",)),
    ("structured", "call lookup_claimant with arguments {{'ni_number': '{nino}'}}", ("UK_NINO",)),
    # NHS and NINO written oddly
    ("nhs_format", "nhs number {nhs_spaced}", ("UK_NHS_NUMBER",)),
    ("nhs_format", "NHS No:\n{nhs_lines}", ("UK_NHS_NUMBER",)),
    ("nhs_format", "patient nhs no is {nhs_dots} pls update gp record", ("UK_NHS_NUMBER",)),
    ("nhs_format", "Her NHS number, {nhs_slash}, is on the referral.", ("UK_NHS_NUMBER",)),
    ("nhs_format", "The number on his NHS card reads {nhs_wide}.", ("UK_NHS_NUMBER",)),
    ("nhs_format", "{nhs} - that's the NHS number for the lady in bed 4.", ("UK_NHS_NUMBER",)),
    ("nino_format", "ni number {nino_lower}", ("UK_NINO",)),
    ("nino_format", "My National Insurance no. is {nino_spaced}.", ("UK_NINO",)),
    ("nino_format", "NINO: {nino_dashed} (claimant)", ("UK_NINO",)),
    ("nino_format", "Insurance number\n{nino_lines}\nplease update", ("UK_NINO",)),
    ("nino_format", "he gave {nino} as his NI number but payroll can't find him", ("UK_NINO",)),
    ("nino_format", "NI no {nino_dotted} on the P45 doesn't match", ("UK_NINO",)),
    # encoded text
    ("encoded", "decode this for me: {b64_nhs}", ("UK_NHS_NUMBER",)),
    # long document with one personal sentence
    (
        "long_document",
        "{long_public} Separately, please write to Mrs Ilona Varga at 12 Birch Close, Worthing BN11 2QE about her arrears.",
        (),
    ),
)
