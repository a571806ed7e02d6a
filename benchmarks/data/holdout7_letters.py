"""Filled letters to councils about Council Tax Reduction and benefit decisions (held-out
set 7). The wording is this set's own; what each letter contains follows what councils'
public pages (found through the `pages` search corpus) tell residents to include: full
name and address, the address the appeal relates to, the decision and the reasons
(wiltshire.gov.uk, teignbridge.gov.uk), a "CTR dispute" heading (ealing.gov.uk), a
written, signed explanation (north-herts.gov.uk), a statement of reasons
(angliarevenues.gov.uk).
"""

from __future__ import annotations

P, S = "personal", "special"
SRC = "handwritten:holdout7_letters (contents per council guidance pages)"

LETTERS: list[tuple[str, str, str]] = [
    ("wiltshire.gov.uk", P,
     "{name}\n{address}\n\nDear Sir or Madam,\n\nRequest for reconsideration - Council Tax Reduction\n\n"
     "I am writing within one month of your decision letter dated {date}. The reduction relates to the "
     "property above. I think the decision is wrong because you have counted my son's student loan as "
     "household income, although he lives away during term.\n\nYours faithfully,\n{name}"),
    ("teignbridge.gov.uk", P,
     "To the Revenues Team\n\nFrom: {name}, {address}\nProperty the appeal relates to: {street2}, {town} "
     "{postcode2}\n\nI am appealing against the council tax reduction award for the property above. The "
     "award ignores that my partner moved out on {date}. Please treat this as my written appeal.\n\n{name}"),
    ("north-herts.gov.uk", P,
     "Dear Benefits Manager,\nI would like you to review the housing benefit decision notice I received last "
     "week. My rent went up in April and the notice still uses the old figure. My claim is in the name of "
     "{name} and my telephone number is {phone}.\nSigned: {name}"),
    ("ealing.gov.uk", S,
     "CTR dispute\n\nName: {name}\nAddress: {address}\n\nI dispute the council tax support decision because "
     "the disability-related costs of my multiple sclerosis (carers, a stairlift service contract) were "
     "not taken into account. Evidence from my neurologist is attached."),
    ("angliarevenues.gov.uk", P,
     "Dear Sir/Madam,\nPlease send me a statement of reasons explaining how my Council Tax Reduction was "
     "worked out. I do not understand the income figures used.\n{name}\n{address}\n{email}"),
    ("ealing.gov.uk", S,
     "Application for a discretionary council tax discount\n\nI am {name} of {address}. Since my admission "
     "to hospital with depression in the spring I have not been able to work and have fallen behind with "
     "the council tax. I am asking for extra help while I recover."),
]
