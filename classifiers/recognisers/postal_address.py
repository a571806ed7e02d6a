"""Postal addresses outside the UK street form: PO boxes, military mail, other countries' streets.

`uk.street_address` covers "12 Acacia Avenue" in title case. Departments also see
addresses of overseas claimants and service families, written in other orders and
in any case. The shapes, from the Universal Postal Union's addressing guides (the
"Postal addressing systems" country sheets) and USPS Publication 28:

* PO boxes in their usual national forms ("PO Box 4471", "Post Office Box",
  "Postfach 10 12 34", "Apartado 1234", "Boîte postale 56", "Postbus 123",
  "Caixa Postal 12"): personal unless an organisation word is near (a department's
  or a company's box is not a household);
* military mail: US "Unit 2050 Box 4190" / "PSC 1234 Box 5678" / "CMR 450 Box 12"
  and "APO|FPO|DPO AA|AE|AP 96278" (USPS Publication 28, section 225), and the
  UK's "BFPO 801";
* North American street lines: a house number, one to four words, a street type
  ("Street", "Ave", "Blvd"...), then a unit (Apt, Suite, #), a ZIP code or a state
  and ZIP, any case;
* continental street lines: a street name ending in a street word
  ("Hauptstraße 12", "Kerkstraat 5") or opening with one ("rue de la Paix 15",
  "15 rue de la Paix", "Calle Mayor 5", "Via Roma 10", "ul. Długa 5") with a house
  number; with a postcode and town after it (`10115 Berlin`) it stands alone,
  otherwise it needs address wording near;
* UK-style lines in lower case ("12 acacia avenue"), which `uk.street_address`
  leaves to context: a number, one to three words and a full street type.
"""

from __future__ import annotations

import re

from classifiers.recognisers.base import DIGITS, Pattern, PatternRecogniser
from classifiers.recognisers.postal_words import (
    DATE_BEFORE,
    DIRECTION,
    HOUSE_TAIL,
    MORE_PREFIX_STREETS,
    MORE_PREFIX_TOKENS,
    NOT_STREET_WORDS,
    POSTCODE_NEAR,
    POSTCODE_NEAR_SCORE,
    POSTCODE_TAIL,
    POSTCODE_TOWN,
    PREFIX_STREETS,
    PREFIX_TOKENS,
    STATE,
    SUFFIX_STREETS,
    SUFFIX_TOKENS,
    UK_TYPES,
    UNIT,
    US_TYPES,
    WORD,
    YEAR_NUMBER,
)

__all__ = ["PostalAddress"]


class PostalAddress(PatternRecogniser):
    """PO boxes, military mail, North American and continental street lines, lower-case UK lines."""

    name = "postal_address"
    kind = "POSTAL_ADDRESS"
    patterns = (
        Pattern(
            "po_box",
            r"(?<![A-Za-z])(?:g?\.?p\.?[ ]?o\.?[ ]?box|pobox|post[ ]office[ ]box|postfach|apartado(?:[ ]de[ ]correos)?|"
            r"bo[iî]te[ ]postale|postbus|caixa[ ]postal|casilla(?:[ ]de[ ]correo)?|postboks|private[ ]bag|"
            r"locked[ ]bag|pmb|casella[ ]postale|case[ ]postale|skrytka[ ]pocztowa|postilokero|box[ ]?hall)"
            r"[ ]?(?:no\.?[ ]?)?"
            r"\d{1,6}(?:[ ]\d{2}){0,2}(?![A-Za-z0-9])",
            score=0.6,
            requires=(
                "box",
                "postfach",
                "apartado",
                "postale",
                "postbus",
                "caixa",
                "casilla",
                "postboks",
                " bag",
                "pmb",
                "pocztowa",
                "postilokero",
            ),  # fmt: skip
            flags=re.IGNORECASE,
        ),
        # a bare "Box 4471" needs address wording: "box 6" of a tax form, "Box 3" of a diagram are not mail
        Pattern(
            "bare_box",
            r"(?<![A-Za-z.])box[ ]?(?:no\.?[ ]?)?\d{1,6}(?:[ ]\d{2}){0,2}(?![A-Za-z0-9])",
            score=0.45,
            requires=("box",),
            flags=re.IGNORECASE,
        ),
        Pattern(
            "military_unit_box",
            r"(?<![A-Za-z])(?:unit|psc|cmr|rr|hc|rural[ ]route|highway[ ]contract)[ ]\d{1,5},?[ ]box[ ]\d{1,5}"
            r"(?![A-Za-z0-9])",
            score=0.7,
            requires=(" box",),
            flags=re.IGNORECASE,
        ),
        Pattern(
            "military_apo",
            r"(?<![A-Za-z])(?:apo|fpo|dpo)[ ,]+(?:aa|ae|ap)[ ,]+\d{5}(?:-\d{4})?(?![A-Za-z0-9])",
            score=0.7,
            requires=("apo", "fpo", "dpo"),
            flags=re.IGNORECASE,
        ),
        Pattern("bfpo", r"(?<![A-Za-z])bfpo[ ]?\d{1,4}(?![A-Za-z0-9])", score=0.7, requires=("bfpo",), flags=re.I),
        Pattern(
            "north_american_street",
            rf"(?<![A-Za-z0-9£$€.,])\d{{1,6}}[A-Za-z]?[ ](?:[NSEW]\.?[ ])?{NOT_STREET_WORDS}(?:{WORD}[ ]){{1,4}}"
            rf"(?:{US_TYPES})\.?(?:,?[ ]{UNIT})?"
            rf"(?:,?[ ](?:[A-Za-z][A-Za-z .'\-]{{1,30}},?[ ])?(?:(?:{STATE})[ ,]+)?\d{{5}}(?:-\d{{4}})?|"
            rf"(?<=[A-Za-z0-9.])(?=,?[ ]{UNIT}))(?![A-Za-z0-9])",
            score=0.7,
            requires=DIGITS,
            flags=re.IGNORECASE,
        ),
        Pattern(
            "north_american_unit",
            rf"(?<![A-Za-z0-9£$€.,])\d{{1,6}}[A-Za-z]?[ ](?:[NSEW]\.?[ ])?{NOT_STREET_WORDS}(?:{WORD}[ ]){{1,4}}"
            rf"(?:{US_TYPES})\.?{DIRECTION},?[ ]{UNIT}(?![A-Za-z0-9])",
            score=0.7,
            requires=DIGITS,
            flags=re.IGNORECASE,
        ),
        Pattern(
            "street_suffix_number",
            rf"(?<![A-Za-z])[A-Za-zÀ-ž][A-Za-zÀ-ž\-]*(?:{SUFFIX_STREETS})[ ]\d{{1,5}}[A-Za-z]?{HOUSE_TAIL}"
            rf"{POSTCODE_TAIL}(?![A-Za-z0-9])",
            score=0.45,
            requires=SUFFIX_TOKENS,
            flags=re.IGNORECASE,
        ),
        # "B.P." (boîte postale) of francophone Africa: a capitalised town after it, and not a year ("BP 2023 results")
        Pattern(
            "boite_postale",
            r"(?<![A-Za-z])(?:BP|B\.P\.)[ ]?(?!(?:19|20)\d\d(?!\d))\d{1,5},?[ ](?:[A-Z][a-zà-ž\-]+|[A-Z]{3,})"
            r"(?![A-Za-z0-9])",
            score=0.55,
            requires=("bp", "b.p."),
        ),
        # "8 Kerkstraat", "12 Hauptstraße, 10115 Berlin": a continental street with the number first
        Pattern(
            "number_suffix_street",
            rf"(?<![A-Za-z0-9£$€.,])\d{{1,5}}[A-Za-z]?,?[ ][A-ZÀ-Ža-zà-ž][A-Za-zÀ-ž\-]*(?:{SUFFIX_STREETS})"
            rf"{POSTCODE_TAIL}(?![A-Za-z0-9])",
            score=0.45,
            requires=(*SUFFIX_TOKENS, *(t.strip() + "," for t in SUFFIX_TOKENS)),
            flags=re.IGNORECASE,
        ),
        # Colombian and Latin American grid addresses: "Calle 50 #12-34", "Carrera 7 No. 71-21"
        Pattern(
            "grid_street",
            r"(?<![A-Za-z])(?:calle|carrera|cra\.?|cl\.?|kr\.?|avenida|av\.?|diagonal|transversal|dg\.?|tv\.?)[ ]"
            r"\d{1,3}[A-Za-z]?(?:[ ]bis)?[ ]?(?:#|no\.?|n[°º])[ ]?\d{1,3}[A-Za-z]?[ ]?-[ ]?\d{1,3}(?![0-9])",
            score=0.6,
            requires=(
                "calle ",
                "carrera ",
                "cra ",
                "cra.",
                "cl.",
                "cl ",
                "kr ",
                "kr.",
                "avenida ",
                "av.",
                "av ",
                "diagonal ",
                "transversal ",
                "dg ",
                "dg.",
                "tv ",
                "tv.",
            ),
            flags=re.IGNORECASE,
        ),
        # a dwelling first, then the street: "Flat 201, Sai Apartments, MG Road", "House 12, Street 5, F-7/2"
        Pattern(
            "dwelling_then_street",
            r"(?<![A-Za-z])(?:flat|apartment|apt\.?|house|plot|unit|door|block|villa|h\.?[ ]?no\.?)[ ]?(?:no\.?[ ]?)?"
            r"\d{1,5}[A-Za-z]?(?:/\d{1,4})?,[ ](?:[^\n,]{1,40},[ ]){0,2}(?:[^\n,]{0,30}[ ])?"
            r"(?:street|st\.?|road|rd\.?|avenue|ave\.?|lane|marg|nagar|colony|sector|jalan|drive|way)"
            r"(?:[ ]\d{1,4})?(?![A-Za-z0-9])",
            score=0.45,
            requires=(
                "flat ",
                "apartment ",
                "apt ",
                "apt.",
                "house ",
                "plot ",
                "unit ",
                "door ",
                "block ",
                "villa ",
                "h.no",
                "h no",
            ),
            flags=re.IGNORECASE,
        ),
        # an Irish Eircode (routing key, then the unique identifier of one address)
        Pattern(
            "eircode",
            r"(?<![A-Za-z0-9])[AC-FHKNPRTV-Y](?:\d{2}|6W)[ ]?(?=[A-Z]{0,3}\d)[0-9AC-FHKNPRTV-Y]{4}(?![A-Za-z0-9])",
            score=0.45,
            requires=DIGITS,
        ),
        Pattern(
            "street_prefix_number",
            rf"(?<![A-Za-z])(?:{PREFIX_STREETS})[ ](?:[A-Za-zÀ-ž'\-]+[ ]){{0,4}}?[A-Za-zÀ-ž'\-]+,?[ ]\d{{1,5}}"
            rf"(?:[ ]?[A-Za-z](?![A-Za-z]))?{HOUSE_TAIL}{POSTCODE_TAIL}(?![A-Za-z0-9])",
            score=0.45,
            requires=PREFIX_TOKENS,
            flags=re.IGNORECASE,
        ),
        Pattern(
            "number_prefix_street",
            rf"(?<![A-Za-z0-9£$€.,])\d{{1,4}}(?:[ ]?(?:bis|ter))?,?[ ](?:{PREFIX_STREETS})[ ]"
            rf"(?:[A-Za-zÀ-ž'\-]+[ ]){{0,4}}[A-Za-zÀ-ž'\-]+{POSTCODE_TAIL}"
            rf"(?![A-Za-z0-9])",
            score=0.45,
            requires=DIGITS,
            flags=re.IGNORECASE,
        ),
        Pattern(
            "more_street_prefix_number",
            rf"(?<![A-Za-z])(?:{MORE_PREFIX_STREETS})[ ](?:[A-Za-zÀ-ž'\-]+[ ]){{0,4}}?[A-Za-zÀ-ž'\-]+,?[ ]\d{{1,5}}"
            rf"(?:[ ]?[A-Za-z](?![A-Za-z]))?{HOUSE_TAIL}{POSTCODE_TAIL}(?![A-Za-z0-9])",
            score=0.45,
            requires=MORE_PREFIX_TOKENS,
            flags=re.IGNORECASE,
        ),
        Pattern(
            "more_number_prefix_street",
            rf"(?<![A-Za-z0-9£$€.,])\d{{1,4}},?[ ](?:{MORE_PREFIX_STREETS})[ ](?:[A-Za-zÀ-ž'\-]+[ ]){{0,4}}"
            rf"[A-Za-zÀ-ž'\-]+{POSTCODE_TAIL}(?![A-Za-z0-9])",
            score=0.45,
            requires=MORE_PREFIX_TOKENS,
            flags=re.IGNORECASE,
        ),
        Pattern(
            "street_prefix_postcode_any_case",
            r"(?<![A-Za-z])(?:via|viale|piazza|corso|calle|rue|rua|avenida)[ ](?:[A-Za-zÀ-ž'\-]+[ ]){0,4}?"
            r"[A-Za-zÀ-ž'\-]+,?[ ]\d{1,5}[A-Za-z]?,?[ ](?:\d{4,5}|\d{4}-\d{3})[ ][A-Za-zÀ-ž\-]+"
            r"(?![A-Za-z0-9])",
            score=0.6,
            requires=("via ", "viale ", "piazza ", "corso ", "calle ", "rue ", "rua ", "avenida "),
            flags=re.IGNORECASE,
        ),
        Pattern(
            "japanese_block",
            r"(?<![A-Za-z0-9\-])\d{1,2}-\d{1,2}(?:-\d{1,3})?,?[ ][A-Za-z]+(?:[ \-]?(?:chome|cho|machi))?,?[ ]"
            r"[A-Za-z]+-(?:ku|shi|cho|machi|gun|ken)(?![A-Za-z])",
            score=0.6,
            requires=("-ku", "-shi", "-cho", "-machi", "-gun", "-ken"),
            flags=re.IGNORECASE,
        ),
        Pattern(
            "uk_street_lower",
            rf"(?<![A-Za-z0-9£$€.,])\d{{1,4}}[a-z]?,?[ ]{NOT_STREET_WORDS}(?:[a-z][a-z'\-]+[ ]){{1,3}}(?:{UK_TYPES})"
            rf"(?![A-Za-z0-9])",
            score=0.45,
            requires=DIGITS,
        ),
    )
    context = (
        "address",
        "eircode",
        "ireland",
        "dublin",
        "adresse",
        "dirección",
        "direccion",
        "indirizzo",
        "endereço",
        "adres",
        "anschrift",
        "lives",
        "live",
        "living",
        "resides",
        "wohne",
        "wohnt",
        "habite",
        "vivo",
        "moved",
        "send",
        "post",
        "ship",
        "deliver",
        "write to",
        "home",
        "flat",
        "house",
        "apartment",
        "tenant",
        "landlord",
        "mail",
        "mailing",
        "forward",
        "c/o",
        "care of",
        "reside",
        "stay",
        "staying",
    )
    negative_context = (
        "ltd",
        "limited",
        "plc",
        "inc",
        "llc",
        "gmbh",
        "council",
        "hmrc",
        "dvla",
        "dwp",
        "department",
        "ministry",
        "agency",
        "company",
        "charity",
        "bank",
        "university",
        "museum",
        "gallery",
        "stadium",
        "station",
        "theatre",
        "cathedral",
        "embassy",
        "consulate",
        "headquarters",
        "hq",
        "tower",
        "palace",
        "monument",
        "landmark",
        "hotel",
        "restaurant",
        "café",
        "cafe",
        "shop",
        "store",
        "boutique",
        "offices",
        "visitor",
        "visitors",
        "tourist",
        "tourists",
        "opening hours",
        "open daily",
        "opens",
        "open",
        "opening",
        "admission",
        "tickets",
    )

    def contextual_score(self, lower: str, start: int, end: int, score: float) -> float | None:
        """An organisation's PO box is not a household: organisation words win over address wording.

        A street line followed, within a few words, by a postcode of any national format after a comma
        or before a town ("Av. Reforma 222, Col. Juárez, 06600 CDMX", "45 rue X O, Montréal QC H2X 1K4")
        stands as an address without other wording (any order: the postcode need not touch the line).
        """
        if ("box" in lower[start:end] or "post" in lower[start:end]) and self.has_negative_context(lower, start, end):
            return None
        contextual = super().contextual_score(lower, start, end, score)
        if contextual is not None and contextual < POSTCODE_NEAR_SCORE and POSTCODE_NEAR.match(lower, end):
            return POSTCODE_NEAR_SCORE
        return contextual

    def assess(self, value: str, pattern: Pattern) -> float | None:
        """A continental street line with a postcode and town after it stands without context (0.6)."""
        if pattern.score == 0.45 and POSTCODE_TOWN.search(value):
            return 0.6
        return pattern.score

    def span(self, match: re.Match[str], text: str) -> tuple[int, int] | None:
        """Not a date's year read as a house number: "before 1 March 2001 pay road tax", "in 1998 road deaths"."""
        start, end = match.span()
        if YEAR_NUMBER.match(text, start) and DATE_BEFORE.search(text, max(0, start - 16), start):
            return None
        return start, end
