"""Hand-written frames of UK department traffic for held-out set 4.

Case notes, e-mails, letters, chat turns and form text as officials and citizens
write them to HMRC, DWP, the NHS, the Home Office, DVLA and the courts: typos,
lower case, doubled spaces and clipped notes kept on purpose. Each frame is
``(category, level, flags, text)``; ``{placeholders}`` are filled by the builder
with synthetic or published values. Flags: ``P`` the row is about the named person
(PERSON required), ``lower`` the whole filled text is lower-cased.
"""

from __future__ import annotations

DEPT_FRAMES = (
    # ------------------------------------------------------------------ HMRC
    ("dept:hmrc", "personal", "",
     "Hi, I've been waiting 9 weeks for my tax rebate. UTR {utr}, NI {nino}. Can you "
     "chase it please, I moved to {addr} in the spring so it may have gone to the old place."),
    ("dept:hmrc", "personal", "P",
     "Case note 14/03: spoke to {name} re Self Assessment penalty. Taxpayer says return "
     "was filed on time from {email}; UTR {utr}. Advised to appeal online, 30 days."),
    ("dept:hmrc", "personal", "lower",
     "hello my utr is {utr} and i cant log in to the gateway, it says my details dont "
     "match. my post code is {pc}. what do i do"),
    ("dept:hmrc", "personal", "P",
     "Draft a reply to {name} ({email}) explaining why their PAYE code changed to 1100L "
     "and that the underpayment from 2022-23 is being collected through the code."),
    ("dept:hmrc", "personal", "",
     "Child Benefit claim query. Claimant NINO {nino}, bank details updated to sort code "
     "{sort} account {acct}. Payments stopped after the change - please check."),
    ("dept:hmrc", "personal", "P",
     "Summarise this for the compliance file: Mr {last} runs a one-man plumbing business, "
     "VAT reg GB {vat}, and says his records were lost in a flood at {addr}."),
    ("dept:hmrc", "personal", "",
     "Re: Marriage Allowance transfer. My wife's NI number is {nino} and mine is {nino2}, "
     "can you confirm the transfer went through for this tax year?"),
    ("dept:hmrc", "personal", "",
     "tax credits overpayment letter ref TC/OVP. claimant dob {dob}, ni  {nino} ,  "
     "phone {phone}. she disputes the household income figure."),
    # ------------------------------------------------------------------ DWP
    ("dept:dwp", "personal", "P",
     "Universal Credit journal entry: {name} reported a change of address to {addr} on "
     "the 3rd. Rent of £725 pcm to be verified with the landlord."),
    ("dept:dwp", "special", "P",
     "PIP assessment summary for {name}, NINO {nino}. Claimant has multiple sclerosis and "
     "reports falls twice a week; needs help with preparing food and bathing."),
    ("dept:dwp", "personal", "lower",
     "hi im ringing about my pension credit, my national insurance is {nino} and my date "
     "of birth {dob}. the letter said to ring the number on it but nobody answers"),
    ("dept:dwp", "personal", "",
     "Please update the Carer's Allowance record: carer NINO {nino}, cared-for person "
     "{name2}, born {dob}. Payments to IBAN {iban}."),
    ("dept:dwp", "special", "P",
     "Work coach note: {first} {last} disclosed she is in recovery from alcohol dependency "
     "and attends AA on Tuesdays, so no appointments before 2pm. Tel {phone}."),
    ("dept:dwp", "personal", "",
     "Can you write a letter to the claimant at {addr} explaining that their JSA claim "
     "(NINO {nino}) ended because they did not attend on 12 June?"),
    ("dept:dwp", "personal", "P",
     "appointee request: {name2} wants to act for her father {name}, dob {dob}, who has "
     "dementia. both live at {addr}."),
    ("dept:dwp", "special", "",
     "ESA50 form scan text: Name {name}  NI no {nino}  Condition: bipolar disorder, "
     "diagnosed 2019, on lithium. Last hospital admission March."),
    # ------------------------------------------------------------------ NHS
    ("dept:nhs", "special", "",
     "Discharge summary. Patient: {name}  NHS No: {nhs}  DOB: {dob}. Admitted with "
     "community-acquired pneumonia, treated with IV co-amoxiclav, discharged day 5."),
    ("dept:nhs", "special", "lower",
     "pt {name} nhs {nhs} seen in clinic today, hba1c 74 up from 61, increase metformin, "
     "refer to dietitian. next review 3/12"),
    ("dept:nhs", "special", "P",
     "Write a referral letter to the memory clinic for {name}, {age}, of {addr}, whose "
     "daughter reports worsening short-term memory over six months."),
    ("dept:nhs", "personal", "",
     "GP registration form. Full name: {name}. Date of birth: {dob}. Previous address: "
     "{addr}. Mobile: {phone}. NHS number (if known): {nhs}"),
    ("dept:nhs", "special", "",
     "Can u reword this for the patient leaflet: 'Mr {last} (NHS {nhs}) has been started "
     "on apixaban for atrial fibrillation, avoid ibuprofen'"),
    ("dept:nhs", "special", "",
     "Safeguarding concern raised by health visitor: baby of {name}, {addr}. Mother "
     "disclosed domestic abuse by partner; MARAC referral made."),
    ("dept:nhs", "special", "P",
     "Pls summarise: {name} (dob {dob}) attended A&E at 02:14 with an overdose of "
     "paracetamol, mental health liaison team to assess before discharge."),
    ("dept:nhs", "special", "",
     "Appointment reminder to send by SMS to {phone}: 'Dear {first}, your physio "
     "appointment is on Thu 14 Nov at 10:40, Ward 7 outpatients. Reply N to cancel.'"),
    ("dept:nhs", "special", "",
     "111 call log: caller {name}, callback {phone}, chest pain radiating to left arm "
     "for 40 min, ambulance dispatched Cat 2. Address {addr}."),
    ("dept:nhs", "special", "",
     "Letter to patient re: sexual health clinic results. {name}, NHS {nhs}. Chlamydia "
     "positive, treatment doxycycline 7 days, partner notification advised."),
    # ------------------------------------------------------------------ Home Office
    ("dept:homeoffice", "personal", "P",
     "Visa application note. Applicant {name}, passport {passport}, DOB {dob}. Sponsor "
     "licence check done; awaiting TB certificate."),
    ("dept:homeoffice", "special", "",
     "Asylum screening: claimant {name} states he was detained in 2021 because of his "
     "Ahmadiyya faith. Fingerprints enrolled; claimant phone {phone}."),
    ("dept:homeoffice", "personal", "",
     "eVisa share code problem - my BRP number was {brp} and my passport is {passport}. "
     "The share code page says 'details not found'. Email me at {email}."),
    ("dept:homeoffice", "special", "P",
     "Draft a refusal reconsideration summary for {name}, who says she is a lesbian and "
     "fears return to her country of nationality; previous claim refused 2022."),
    ("dept:homeoffice", "personal", "lower",
     "my husband {first} applied for settlement, ref {ho_ref}, his passport {passport} "
     "is still with you. we need it back to travel on {date_future}"),
    ("dept:homeoffice", "special", "",
     "Biometric enrolment record: applicant {name}, DOB {dob}, facial image and 10 "
     "fingerprints captured at the UKVCAS centre, nationality Eritrean."),
    ("dept:homeoffice", "personal", "",
     "Passport renewal chat: 'the name on my old passport is {name} but i married, can i "
     "use my new surname? passport no {passport}'"),
    # ------------------------------------------------------------------ DVLA
    ("dept:dvla", "personal", "",
     "I sold my car {plate} on Saturday but the V5C new keeper slip was lost. My "
     "licence number is {dl}. How do I tell you?"),
    ("dept:dvla", "personal", "P",
     "Enforcement note: keeper {name}, {addr}, vehicle {plate} untaxed since 01/09. "
     "Late licensing penalty issued."),
    ("dept:dvla", "special", "",
     "Medical notification: driver {name}, licence {dl}, reports a seizure in August. "
     "Licence to be revoked pending the consultant's report."),
    ("dept:dvla", "personal", "lower",
     "got a fine for {plate} but that car isnt mine anymore, sold it in march. my "
     "licence {dl} email {email}"),
    ("dept:dvla", "personal", "",
     "Fill in the D1 summary: Name {name}; DOB {dob}; Address {addr}; Current licence "
     "no. {dl}; Phone {phone}."),
    ("dept:dvla", "personal", "",
     "Change of address for vehicle  {plate}  :  new keeper address {addr} , contact "
     "{email}"),
    # ------------------------------------------------------------------ courts
    ("dept:courts", "special", "P",
     "Court list note: {name}, dob {dob}, pleaded guilty to theft from a shop; "
     "previous convictions for burglary (2017). Sentencing adjourned for PSR."),
    ("dept:courts", "personal", "",
     "Small claims: claimant {name} of {addr} v. a builder; claimant's email {email}, "
     "phone {phone}. Hearing listed for 45 minutes."),
    ("dept:courts", "special", "",
     "Probation pre-sentence report extract: the defendant {first} {last} has two prior "
     "cautions for possession of cannabis and a conviction for ABH in 2020."),
    ("dept:courts", "personal", "P",
     "Family court: the applicant mother, {name}, asks that her address ({addr}) be "
     "withheld from the respondent. Please prepare the C8 form cover note."),
    ("dept:courts", "personal", "",
     "Please redraft this witness statement intro: 'I, {name}, of {addr}, a retired "
     "teacher, will say as follows.'"),
    ("dept:courts", "special", "lower",
     "defendant {name} dob {dob} remanded in custody, charge: assault occasioning abh, "
     "next hearing crown court 14 days"),
    ("dept:courts", "personal", "",
     "Tribunal hearing: appellant {name}, NINO {nino}, appeal against PIP decision. "
     "Representative's email {email}."),
    # ------------------------------------------------------------------ letters, chats, typos
    ("dept:letter", "personal", "P",
     "Dear Sir or Madam,\n\nI am writting to complain about the way my claim was handled. "
     "I have phoned four times and been cut off each time.\n\nYours faithfully,\n{name}\n"
     "{addr}\nNational Insurance number: {nino}"),
    ("dept:letter", "personal", "P",
     "Dear {name},\n\nThank you for your letter of 2 October. We have now updated your "
     "address to {addr} and your new council tax bill will follow.\n\nKind regards,\n"
     "Revenues Team"),
    ("dept:letter", "special", "P",
     "To whom it may concern - I confirm that {name} ({dob}) has been under my care for "
     "severe depression since January and is not fit for work. Dr A. Patel, GP"),
    ("dept:chat", "personal", "lower",
     "hiya just checking u got my docs?? sent them to you tuesday, name {name} ref {ho_ref} "
     "thx"),
    ("dept:chat", "personal", "",
     "User: my adress changed, pls update it\nAgent: Of course - what's the new address?\n"
     "User: {addr}"),
    ("dept:chat", "personal", "",
     "recieved a text saying my tax refund is ready, it asked for my card no and i "
     "typed {card_any} before i realised. have i been scammed"),
    ("dept:chat", "personal", "",
     "[web chat] Customer: cant log in. email is {email}  and my dob  {dob}"),
    ("dept:form", "personal", "",
     "Section 2 - About you\nTitle: Mrs   First name: {first}   Surname: {last}\n"
     "Date of birth (DD/MM/YYYY): {dob}\nDaytime phone: {phone}"),
    ("dept:form", "personal", "",
     "Q7. Your home IP address (for our fraud checks): {ip}\nQ8. Email: {email}"),
    ("dept:it", "personal", "",
     "Security log review: repeated failed logins for citizen account {email} from "
     "{ip} between 02:00 and 02:20. Lock the account?"),
    # ------------------------------------------------------------------ markings
    ("dept:marking", "special", "",
     "OFFICIAL-SENSITIVE\nBriefing note on the data-sharing pilot. Not for circulation "
     "beyond the programme board."),
    ("dept:marking", "special", "",
     "official sensitive - personal: summary of complaint from {name} about the handling "
     "of their claim"),
    ("dept:marking", "special", "",
     "[OFFICIAL-SENSITIVE: COMMERCIAL] Please turn these supplier rates into a table."),
    ("dept:marking", "secret", "",
     "SECRET UK EYES ONLY\nAssessment of the threat to the summit venue; handling per the "
     "attached caveats."),
    ("dept:marking", "secret", "",
     "Classification: TOP SECRET. Summarise the intercept annex below for the minister."),
    ("dept:marking", "secret", "",
     "secret//uk eyes only - draft lines for the cobr meeting, please tighten"),
    ("dept:marking", "special", "",
     "Protective marking: OFFICIAL - SENSITIVE (PERSONAL). Case review for {name}, "
     "{nino}."),
    ("dept:marking", "secret", "",
     "S E C R E T - can you proofread the covering minute before it goes to No10?"),
)

# Values used by a handful of frames beyond the builder's standard fields.
HO_REF_PREFIXES = ("GWF", "HO-", "UKVI/")
