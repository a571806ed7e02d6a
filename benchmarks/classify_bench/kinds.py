"""The kinds the evaluation set names, and how each engine's labels map onto them.

This is the one place where labels are translated, so a renamed recogniser or a
new Presidio entity changes one table, and the mapping a reader must trust to
believe the comparison is written down next to its reasons.

Presidio mapping choices (all documented in the quality report):

* Each Presidio entity is credited as the nearest kind of ours, generously: its US
  passport, driving-licence and bank-number recognisers are credited as the UK
  kinds when they fire on UK identifiers, and `DATE_TIME` is credited as
  `DATE_OF_BIRTH`, `NRP` (nationality, religious or political group) as
  `SPECIAL_CATEGORY`.
* For the overall `sensitive` decision a Presidio result counts when its score is
  at least `PRESIDIO_SCORE_THRESHOLD` and its entity is personal data on its own.
  `DATE_TIME`, `URL`, `ORGANIZATION` and `UUID` are not: every historic date or web
  address would otherwise make a text personal, which no gateway built on Presidio
  would do.
* 0.4 keeps Presidio's phone results (base score 0.4) and its spaCy NER results
  (0.85) and drops the weak catch-all patterns (US driving licence 0.01–0.3, US
  bank number 0.05) that Presidio itself scores as near-noise.
"""

from __future__ import annotations

# Identifier kinds: structured values found by pattern and checksum.
IDENTIFIER_KINDS: tuple[str, ...] = (
    "UK_NHS_NUMBER",
    "UK_NINO",
    "UK_UTR",
    "UK_VAT",
    "UK_BANK_ACCOUNT",
    "IBAN",
    "PAYMENT_CARD",
    "UK_PASSPORT",
    "UK_DRIVING_LICENCE",
    "UK_UPN",
    "UK_CHI",
    "UK_POSTCODE",
    "UK_PHONE",
    "EMAIL",
    "IP_ADDRESS",
    "UK_VEHICLE_REG",
)
# Contextual kinds: need language understanding or a marking vocabulary.
CONTEXT_KINDS: tuple[str, ...] = (
    "DATE_OF_BIRTH",
    "PERSON",
    "LOCATION",
    "SPECIAL_CATEGORY",
    "PROTECTIVE_MARKING",
)
EVAL_KINDS: tuple[str, ...] = IDENTIFIER_KINDS + CONTEXT_KINDS

# Our classifier's kind names where they differ from the evaluation set's (checked
# against `classifiers/` by `grep -rn "kind = "`); anything not listed is taken as
# it is. Special-category and marking findings carry a suffix
# (`SPECIAL_CATEGORY_HEALTH`, `PROTECTIVE_MARKING_SECRET`); the set scores each
# family as one kind (the level says which marking).
OUR_KIND_ALIASES: dict[str, str] = {
    "UK_NATIONAL_INSURANCE_NUMBER": "UK_NINO",
    "UK_VAT_NUMBER": "UK_VAT",
    "UK_PASSPORT_NUMBER": "UK_PASSPORT",
    "UK_UNIQUE_PUPIL_NUMBER": "UK_UPN",
    "UK_CHI_NUMBER": "UK_CHI",
    "UK_PHONE_NUMBER": "UK_PHONE",
    "PHONE_NUMBER": "UK_PHONE",
    "EMAIL_ADDRESS": "EMAIL",
    "UK_VEHICLE_REGISTRATION": "UK_VEHICLE_REG",
    "VEHICLE_REGISTRATION": "UK_VEHICLE_REG",
    "UK_SORT_CODE": "UK_BANK_ACCOUNT",
    "UK_STREET_ADDRESS": "LOCATION",
    "UK_DRIVING_LICENSE": "UK_DRIVING_LICENCE",
    # Issue 9's international recognisers, where the set has a kind for them; SSN, ITIN,
    # national and tax ids, ages and ID-like references have none and score on the decision only.
    "POSTAL_ADDRESS": "LOCATION",
    "DRIVING_LICENCE": "UK_DRIVING_LICENCE",
    "PASSPORT_NUMBER": "UK_PASSPORT",
}
_FAMILIES = (("SPECIAL_CATEGORY_", "SPECIAL_CATEGORY"), ("PROTECTIVE_MARKING_", "PROTECTIVE_MARKING"))

PRESIDIO_KIND_MAP: dict[str, str] = {
    "PERSON": "PERSON",
    "LOCATION": "LOCATION",
    "EMAIL_ADDRESS": "EMAIL",
    "EMAIL": "EMAIL",
    "PHONE_NUMBER": "UK_PHONE",
    "CREDIT_CARD": "PAYMENT_CARD",
    "IBAN_CODE": "IBAN",
    "IP_ADDRESS": "IP_ADDRESS",
    "UK_NHS": "UK_NHS_NUMBER",
    "UK_NINO": "UK_NINO",
    "US_PASSPORT": "UK_PASSPORT",
    "US_DRIVER_LICENSE": "UK_DRIVING_LICENCE",
    "US_BANK_NUMBER": "UK_BANK_ACCOUNT",
    "DATE_TIME": "DATE_OF_BIRTH",
    "NRP": "SPECIAL_CATEGORY",
}
PRESIDIO_NOT_PERSONAL: frozenset[str] = frozenset({"DATE_TIME", "URL", "ORGANIZATION", "UUID"})
PRESIDIO_SCORE_THRESHOLD = 0.4


def our_kind(kind: str) -> str:
    """The evaluation-set name for one of our classifier's kinds."""
    for prefix, family in _FAMILIES:
        if kind.startswith(prefix):
            return family
    return OUR_KIND_ALIASES.get(kind, kind)


def presidio_kind(entity_type: str) -> str | None:
    """The evaluation-set kind credited for a Presidio entity, or None when there is none."""
    return PRESIDIO_KIND_MAP.get(entity_type)
