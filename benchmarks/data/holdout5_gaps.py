# ruff: noqa: E501  (hand-written frames and texts are kept one per line)
"""Rows for the issue's gap categories, part 1: names, cards, plates, dates of
birth, ages, mistyped identifiers and digit runs beside a personal cue.

Every frame here is hand-written for set 5; values come from ``Values``.
"""

from __future__ import annotations

from .holdout5_text import Row, fill
from .holdout5_values import Values

H = "handwritten:holdout5_gaps"


def _row(v: Values, frame: str, vals: dict[str, str], personal: list[str], kinds: list[str],
         cat: str, source: str, level: str = "personal", opt: list[str] | None = None,
         styles: str | None = None) -> Row:
    text = fill(v.rng, frame, vals, styles)
    values = [vals[k] for k in personal if vals[k] in text]
    return Row(text, level, cat, source, kinds, opt or [], values)


HONORIFIC = [
    "{t} {last} called again about the hedge; she wants the enforcement officer to visit before Friday.",
    "Please draft a reply to {t} {last}, who complains that her winter fuel payment went to her late husband's account.",
    "notes from home visit - {t} {last} very frail, lives alone, daughter visits weekends",
    "Can you summarise the complaint from {t} {last} about the delay to his naturalisation ceremony?",
    "Letter to {t} {last}: thank you for your payment of £340 towards the overpayment.",
    "{t}. {last} is disputing the parking penalty; says the sign on the bay was covered.",
    "Chase {t} {last} for the signed tenancy agreement before we release the deposit.",
    "Reminder: {t} {last} is coming in at 2pm to collect her son's birth certificate.",
    "The assessor recommended that {t} {last} get a stairlift grant.",
    "Tell {t} {last} his appeal papers arrived after the deadline and ask why.",
]
SELF_INTRO = [
    "Hello, my name is {name} and I am writing about my late mother's tax affairs.",
    "this is {name} speaking, I rang yesterday about the blue badge",
    "{name} here - is the duty officer free? I was told to call back.",
    "Hi, I'm {name}. I moved to the UK in September and want to register with a GP.",
    "Good morning, it's {name} from number 14, the bins weren't collected again.",
    "My name's {name}. I need to cancel my direct debit for the TV licence.",
    "Dear Sir/Madam, I, {name}, wish to appeal the decision dated 4 October.",
    "Yes hello, {name} calling on behalf of my father, he can't hear well on the phone.",
    "hi its {name}, can i change my appointment at the jobcentre to thursday",
    "I am {name} and I was the driver of the car in the incident on the A64.",
]
DIALOGUE = [
    "Adviser: What's the name on the account?\nCustomer: {name}\nAdviser: Thank you, and the first line of the address?",
    "Q: Full name of the person you care for?\nA: {name}",
    "agent: who is the policy holder\ncaller: {name}\nagent: ok one moment",
    "Bot: Please type your full name as it appears on your passport.\nUser: {name}",
    "Officer: Name of the witness?\nPC Reid: {name}, she lives opposite.",
    "- Who should the refund cheque be made out to?\n- {name}",
    "Caller asked who the registered keeper was. I told her it was {name}.",
    "Clerk: Name of the deceased?\nInformant: {name}\nClerk: And date of death?",
    "[14:02] Agent: Can I take the patient's name?\n[14:02] Caller: {name}",
    "Interviewer: And your interpreter's name?\nApplicant: {name}",
]
LOWER = [
    "can u check if {name} got her pip letter yet she says nothing arrived",
    "pls tell {name} the meeting moved to room 3",
    "spoke w/ {name} re rent arrears, agreed £20 a week",
    "{name} rang again asking for her husbands death certificate copies",
    "write a polite email to {name} saying the grant was refused",
    "is {name} still on the housing list? she was band b last year",
    "remind me to call {name} back about his hmrc refund",
    "translate for {name}: your appointment is confirmed",
    "{name} says the landlord changed the locks without notice",
    "summarise the call with {name} about her sons school transport",
]
ROLES = [
    "The beneficiary of the pension lump sum is {name}, the member's niece.",
    "Account holder: {name}. Joint holder: none. Power of attorney registered.",
    "Next of kin: {name} (sister), please call her if he deteriorates.",
    "Executor {name} has asked for the IHT205 to be processed urgently.",
    "Payee for the child maintenance is {name}; payments weekly by BACS.",
    "{name} is acting as appointee for her brother's Universal Credit.",
    "The guarantor on the tenancy is {name} of Ayr.",
    "Lasting power of attorney: the attorney is {name}.",
    "Please add {name} as an authorised contact on the council tax account.",
    "Emergency contact for the pupil: {name}, her grandmother.",
]


def name_rows(v: Values) -> list[Row]:
    rows = []
    for frame in HONORIFIC:
        p = v.latin_person()
        t = v.rng.choice(["Dr", "Mrs", "Ms", "Mr", "Prof", "Rev", "Mx", "Miss", "mrs", "dr"])
        r = _row(v, frame, {"t": t, "last": p.last}, ["last"], ["PERSON"],
                 "names:honorific", f"{H}; faker:{p.locale}.last_name")
        r.values = [x for x in (f"{t} {p.last}", f"{t}. {p.last}") if x in r.text] + r.values
        rows.append(r)
    for cat, frames in (("names:self_intro", SELF_INTRO), ("names:dialogue_answer", DIALOGUE),
                        ("names:role", ROLES)):
        for frame in frames:
            p = v.person()
            rows.append(_row(v, frame, {"name": p.full}, ["name"], ["PERSON"], cat,
                             f"{H}; faker:{p.locale}.first_name+last_name"))
    for frame in LOWER:
        p = v.latin_person()
        rows.append(_row(v, frame, {"name": p.full.lower()}, ["name"], ["PERSON"],
                         "names:lower_case", f"{H}; faker:{p.locale}.first_name+last_name (lower-cased)",
                         styles=""))
    return rows


CARD_FRAMES = [
    "Please refund the £65 to my card {card}, expiry 09/27.",
    "card no {card} was charged twice for the passport fee",
    "Customer paid the fine over the phone, debit card ending ... full number {card}",
    "My credit card number is {card} - can you take the visa fee from it?",
    "chargeback received for card {card}, amount £120, merchant DVLA",
    "Payment details\nCardholder: {name}\nCard number: {card}\nCVV: {cvv}",
    "the mastercard she used is {card}, it's in her maiden name",
    "Pls block card {card} — stolen with my purse yesterday",
]
# Published sandbox test cards that sets 1-4 do not list.
PUBLISHED_CARDS = [
    ("4622 9431 2701 3705", "published:cybersource_test_card_visa"),
    ("3566 1111 1111 1113", "published:cybersource_test_card_jcb"),
    ("6759 4111 0000 0008", "published:cybersource_test_card_maestro_uk"),
    ("2222 4200 0000 1113", "published:cybersource_test_card_mastercard_2series"),
    ("4005519200000004", "published:tabapay_test_card_visa"),
    ("5403879999999997", "published:tabapay_test_card_mastercard"),
    ("5319 3178 0136 6660", "published:fincra_test_card_mastercard"),
    ("5326-1402-8077-9844", "published:payplus_test_card"),
]


def card_rows(v: Values) -> list[Row]:
    rows = []
    for i in range(14):
        length = v.rng.choice([12, 13, 14, 15, 16, 16, 16, 17, 18, 19])
        ok = i % 2 == 0
        sep = v.rng.choice([" ", "", "-", " "])
        card = v.card(luhn_ok=ok, length=length, sep=sep)
        p = v.person()
        vals = {"card": card, "name": p.full, "cvv": str(v.rng.randint(100, 999))}
        frame = CARD_FRAMES[i % len(CARD_FRAMES)]
        personal = ["card"] + (["name"] if "{name}" in frame else [])
        rows.append(_row(v, frame, vals, personal, ["CREDIT_CARD"], "card:cue_digits",
                         f"{H}; generator:h5_card_{'luhn_ok' if ok else 'luhn_fail'}_{length}",
                         opt=["PERSON"]))
    for j, (card, src) in enumerate(PUBLISHED_CARDS):
        frame = CARD_FRAMES[(j + 3) % len(CARD_FRAMES)]
        p = v.person()
        vals = {"card": card, "name": p.full, "cvv": "123"}
        personal = ["card"] + (["name"] if "{name}" in frame else [])
        rows.append(_row(v, frame, vals, personal, ["CREDIT_CARD"], "card:published_test",
                         f"{H}; {src}", opt=["PERSON"]))
    return rows


PLATE_FRAMES = [
    "my car reg is {plate} and I got a PCN even though I have a permit",
    "Vehicle {plate} belonging to {name} was clamped outside her house.",
    "Witness says the van was {plate}, white Transit, driver male.",
    "Can I tax {plate}? The V5C is in my husband's name.",
    "Keeper of {plate}: {name}. Please issue the notice to owner.",
    "his motorbike ({plate}) has been SORN since 2022",
]
PLATE_SEPS = ["-", ".", "_", "/", " - ", "·", "-", ".", "–", "  ", "_", "/"]


def plate_rows(v: Values) -> list[Row]:
    rows = []
    for i, sep in enumerate(PLATE_SEPS):
        plate = v.plate(sep)
        if i % 4 == 3:
            plate = plate.lower()
        p = v.person()
        frame = PLATE_FRAMES[i % len(PLATE_FRAMES)]
        personal = ["plate"] + (["name"] if "{name}" in frame else [])
        rows.append(_row(v, frame, {"plate": plate, "name": p.full}, personal,
                         ["UK_VEHICLE_REGISTRATION"], "plate:separator",
                         f"{H}; generator:h5_2001_plate_sep", opt=["PERSON"]))
    return rows


DOB_FRAMES = [
    "{name}, DOB {dob}, did not attend the appointment.",
    "d.o.b. {dob} - please confirm that matches the passport",
    "Claimant {name} ({dob}) has moved to Wales.",
    "Her date of birth is {dob} not the 1st as on your system.",
    "birth date: {dob}\nsurname: {last}",
    "{name} - DoB: {dob} - NI pending",
    "Pupil {name} birthdate {dob}, year 9",
    "my dob is {dob}, I can't log into my personal tax account",
    "Patient identifiers: {name} / {dob}",
    "geb. {dob} — {name}, residence permit renewal",
    "his birthday is {dob} so he should be on the higher rate",
    "date of birth {dob}; place of birth Kaunas",
    "{name}\n{dob}\nrequest for subject access",
    "DOB:{dob}",
]


def dob_rows(v: Values) -> list[Row]:
    rows = []
    for i, frame in enumerate(DOB_FRAMES):
        p = v.person()
        vals = {"dob": v.dob(style=i % 10), "name": p.full, "last": p.last}
        personal = [k for k in ("dob", "name", "last") if "{" + k + "}" in frame]
        rows.append(_row(v, frame, vals, personal, ["DATE_OF_BIRTH"], "dob:no_born",
                         f"{H}; generator:h5_dob_style{i % 10}", opt=["PERSON"]))
    return rows


AGE_FRAMES = [
    "{name}, {age}, lives alone in a ground-floor flat and has had two falls.",
    "My child {first} is {age} and needs a passport for the school trip.",
    "The claimant, {name} (aged {age}), says she cannot walk 50 metres.",
    "{first} {last} is {age} years old and was found sleeping in a bus shelter.",
    "my dad {name} turned {age} last week, can he get the free bus pass",
    "Victim: {name}, {age} yrs.",
    "the child, {first}, aged {age}, was not in school for 40 days",
    "{name} ({age}) has asked for a reassessment.",
    "Mrs {last} is {age} and her carer has left.",
    "{name} age {age} - referral to falls clinic",
    "Applicant {name} is {age}; her partner is 31.",
    "{first}, who is {age}, wants help filling in the form",
]


def age_rows(v: Values) -> list[Row]:
    rows = []
    for frame in AGE_FRAMES:
        p = v.latin_person()
        vals = {"name": p.full, "first": p.first, "last": p.last, "age": str(v.rng.randint(4, 97))}
        personal = [k for k in ("name", "last", "first") if "{" + k + "}" in frame]
        if "{first}" in frame and "{last}" in frame:
            vals_full = f"{p.first} {p.last}"
            personal = ["first", "last"]
        else:
            vals_full = None
        r = _row(v, frame, vals, personal, ["PERSON"], "age:identifiable",
                 f"{H}; faker:{p.locale}.first_name+last_name", opt=["AGE"])
        if vals_full and vals_full in r.text:
            r.values.append(vals_full)
        rows.append(r)
    return rows


def mistyped_rows(v: Values) -> list[Row]:
    """Identifiers failing their check or range, next to a cue for their kind."""
    rows = []
    nhs_frames = ["NHS number {x} - patient says this is on her letter",
                  "pt nhs no. {x}, please check PDS",
                  "Re: NHS No {x} — referral bounced back",
                  "her nhs number is {x} i think",
                  "NHS#: {x}",
                  "Could you look up NHS number {x} for the discharge letter?"]
    for f in nhs_frames:
        x = v.nhs(good=False, sep=v.rng.choice([" ", ""]))
        rows.append(_row(v, f, {"x": x}, ["x"], ["UK_NHS"], "mistyped:nhs_bad_check",
                         f"{H}; generator:h5_nhs_wrong_check"))
    for f in nhs_frames:
        x = v.nhs(in_range=False, sep=v.rng.choice([" ", "", "-"]))
        rows.append(_row(v, f.replace("patient", "the patient"), {"x": x}, ["x"], ["UK_NHS"],
                         "mistyped:nhs_out_of_range", f"{H}; generator:h5_nhs_mod11_outside_england"))
    nino_frames = ["NI number {x}", "my national insurance no is {x}", "NINO: {x} (customer)",
                   "He gave his NI as {x} but it doesn't validate", "nat ins {x}",
                   "National Insurance number - {x}"]
    for f in nino_frames:
        x = v.nino(good=False, sep=v.rng.choice([" ", ""]))
        rows.append(_row(v, f, {"x": x}, ["x"], ["UK_NINO"], "mistyped:nino_never_allocated",
                         f"{H}; generator:h5_nino_bad_prefix_or_suffix"))
    for f in ["UTR {x}", "my unique taxpayer reference is {x}", "Self Assessment UTR: {x}",
              "sa utr {x} for the partnership return"]:
        x = v.utr(good=False)
        rows.append(_row(v, f, {"x": x}, ["x"], ["TAX_ID"], "mistyped:utr_bad_check",
                         f"{H}; generator:h5_utr_wrong_check"))
    for f in ["passport no. {x}", "Her passport number is {x}."]:
        x = v.passport(8)
        rows.append(_row(v, f, {"x": x}, ["x"], ["PASSPORT"], "mistyped:passport_8_digits",
                         f"{H}; generator:h5_passport_short"))
    for f in ["IBAN {x} (refund to claimant)", "pay it to my iban {x}"]:
        x = v.gb_iban(good=False)
        rows.append(_row(v, f, {"x": x}, ["x"], ["IBAN"], "mistyped:iban_bad_check",
                         f"{H}; generator:h5_gb_iban_wrong_check"))
    for f in ["I live at postcode {x}", "send it to {a}, {x} please"]:
        x = v.postcode(good=False)
        a, _ = v.address()
        rows.append(_row(v, f, {"x": x, "a": a}, ["x"] + (["a"] if "{a}" in f else []),
                         ["UK_POSTCODE"], "mistyped:postcode_bad_inward",
                         f"{H}; generator:h5_postcode_unused_inward_letters", opt=["LOCATION"]))
    for f in ["driving licence {x}", "my licence number is {x}"]:
        p = v.latin_person()
        x = v.licence(p)[:-1]
        rows.append(_row(v, f, {"x": x}, ["x"], ["DRIVING_LICENCE"], "mistyped:licence_short",
                         f"{H}; generator:h5_dvla_layout_one_char_short"))
    return rows


DIGIT_FRAMES = [
    "my account number is {d}", "Customer {d} has not paid since June",
    "patient {d} needs transport on Tuesday", "claimant ref {d}",
    "her reference is {d} - can you check it", "case {d}: he has moved out",
    "his membership no {d}", "Account {d} belongs to the deceased's estate",
    "customer no. {d} wants a call back", "my ref {d}",
    "the claimant's number is {d}", "Patient ID {d}", "my student loan customer reference {d}",
    "Her pension scheme member number is {d}.", "case number {d} (my son's)",
]


def digit_rows(v: Values) -> list[Row]:
    rows = []
    for f in DIGIT_FRAMES:
        n = v.rng.randint(8, 19)
        d = v.digits(n)
        if v.rng.random() < .35:
            d = " ".join(d[i:i + 4] for i in range(0, len(d), 4))
        rows.append(_row(v, f, {"d": d}, ["d"], [], "digits:personal_cue",
                         f"{H}; generator:h5_digit_run_{n}", opt=["UK_BANK_ACCOUNT", "NATIONAL_ID"]))
    return rows
