"""Word lists and fragments of postal-address patterns, shared by the recognisers that find addresses.

Split from `postal_address.py` (past 400 lines): street types of North America and the UK,
continental street words that come before or after the name, unit and state codes,
national postcode layouts and the lookaheads that tell a postcode near a street line. The
sources are those named in `postal_address.py` (UPU country sheets, USPS Publication 28).
"""

from __future__ import annotations

import re

__all__ = [
    "COUNTRIES",
    "DATE_BEFORE",
    "YEAR_NUMBER",
    "DIRECTION",
    "HOUSE_TAIL",
    "MORE_PREFIX_STREETS",
    "MORE_PREFIX_TOKENS",
    "NOT_STREET_WORDS",
    "POSTCODE_NEAR",
    "POSTCODE_NEAR_SCORE",
    "POSTCODE_TAIL",
    "POSTCODE_TOWN",
    "PREFIX_STREETS",
    "PREFIX_TOKENS",
    "STATE",
    "SUFFIX_STREETS",
    "SUFFIX_TOKENS",
    "UK_TYPES",
    "UNIT",
    "US_TYPES",
    "WORD",
]

US_TYPES = (
    r"street|st|avenue|ave|boulevard|blvd|road|rd|drive|dr|lane|ln|way|court|ct|place|pl|terrace|ter|"
    r"parkway|pkwy|highway|hwy|circle|cir|trail|trl|square|sq|plaza|alley|crescent|close|pike|run|loop"
)
UNIT = r"(?:apt|apartment|suite|ste|unit|#|fl|floor|room|rm)\.?[ ]?#?[A-Za-z0-9\-]{1,6}"
STATE = (
    r"A[LKZR]|C[AOT]|D[EC]|FL|GA|HI|I[ADLN]|K[SY]|LA|M[ADEINOST]|N[CDEHJMVY]|O[HKR]|PA|RI|S[CD]|T[NX]|UT|"
    r"V[AT]|W[AIVY]|PR|GU|VI|ON|QC|BC|AB|MB|SK|NS|NB|NL|PE"
)
WORD = r"[A-Za-z0-9][A-Za-z0-9'.\-]*"
SUFFIX_STREETS = (
    r"straße|strasse|str\.|weg|gasse|platz|allee|damm|ufer|chaussee|straat|laan|gracht|plein|steeg|kade|"
    r"singel|gatan|vägen|vagen|gränd|gade|vej|stræde|katu|utca|útca"
)
PREFIX_STREETS = (
    r"rue|avenue|av\.|boulevard|bd|chemin|allée|allee|impasse|quai|cours|calle|c/|avenida|avda\.?|paseo|"
    r"plaza|carrer|(?-i:Via)|viale|piazza|piazzale|corso|largo|vicolo|rua|travessa|praça|ulica|ul\.|aleja|al\.|"
    r"strada|calea|bulevardul|odos"
)
MORE_PREFIX_STREETS = (
    r"jalan|jln\.?|jl\.|carrera|cra\.|calzada|camino|estrada|rodovia|ulitsa|prospekt|sokak|caddesi|cad\.|soi|thanon|"
    r"đường|duong|marg"
)
"""Street words of Malaysia and Indonesia, Latin America, Russia, Turkey, Thailand, Vietnam and India, in their own
patterns so that their prefilter keeps them off texts without them."""
MORE_PREFIX_TOKENS = (*(f"{w} " for w in MORE_PREFIX_STREETS.replace("\\", "").replace("?", "").split("|")), "jln ")
UK_TYPES = (
    r"road|street|avenue|lane|close|drive|crescent|gardens|grove|terrace|place|way|court|mews|square|parade|"
    r"walk|rise|row|hill|green|park|view|gate|chase|croft"
)
SUFFIX_TOKENS = tuple(f"{w} " for w in SUFFIX_STREETS.replace("\\", "").split("|"))
PREFIX_TOKENS = tuple(
    f"{w} " for w in PREFIX_STREETS.replace("\\", "").replace("(?-i:Via)", "via").replace("?", "").split("|")
)
POSTCODES = r"(?:\d{4,5}|\d{3}[ ]\d{2}|\d{2}-\d{3}|\d{4}-\d{3}|\d{4}[ ]?[A-Z]{2}|\d{3}-\d{4})"
"""Postcodes written before the town: 4-5 digits (DE, FR, IT, ES, AT, CH, BE, DK, NO), 3+2 (SE, CZ, SK, GR),
00-000 (PL), 0000-000 (PT), 0000 AA (NL), 000-0000 (JP)."""
POSTCODE_TAIL = rf"(?:,?[ ]{POSTCODES}[ ][A-ZÀ-Ž][A-Za-zÀ-ž\-]+)?"
"""An optional postcode (DE/FR/IT/ES 4-5 digits, PL 00-000, PT 0000-000) and town after a street line."""
HOUSE_TAIL = (
    r"(?:[/\-]\d{1,4}[A-Za-z]?)?(?:,?[ ](?:m\.|lok\.|apt\.?|app\.?|whg\.?|bus|bte|piso|º|°)[ ]?\d{1,4}[A-Za-z]?)?"
)
"""A house number's continuation: "10/12", "45-47", a flat ("m. 5" in Poland, "Whg. 3", "bus 2" in Belgium)."""
NOT_STREET_WORDS = r"(?!(?:the|a|an|of|and|or|in|on|at|to|for|by|with|from|per|than|more|less|other|different)\b)"


POSTCODE_TOWN = re.compile(rf"{POSTCODES}[ ][A-Za-zÀ-ž]", re.IGNORECASE)
"""A postcode and a town after a continental street line, in any case: it then stands without context."""
POSTCODE_NEAR = re.compile(
    r"[^\n]{0,45}?(?:"
    # a comma, a postcode (not a year) and a town: "..., 06600 CDMX", "..., 50450 Kuala Lumpur"
    r",[ ]*(?!(?:19|20)\d\d(?!\d))(?:\d{4,6}|\d{3}[ ]\d{2}|\d{2}-\d{3}|\d{4}-\d{3}|\d{4}[ ]?[a-z]{2})[ ]+[a-zà-ž]{3,}|"
    # a state or province code and its postcode: "IL 62704", "QC H2X 1K4", "VIC 3065"
    rf"[ ,](?:{STATE.lower()})[ ]+\d{{5}}(?:-\d{{4}})?|"
    r"[ ,](?:on|qc|bc|ab|mb|sk|ns|nb|nl|pe)[ ]+[a-z]\d[a-z][ ]?\d[a-z]\d|"
    r"[ ,](?:nsw|vic|qld|wa|sa|tas|nt|act)[ ]+\d{4}"
    r"|"
    # a city and an Indian PIN or other six-digit code: "Bengaluru 560001"
    r",[ ]*[a-zà-ž]{3,}[ ]+[1-9]\d{5}"
    r")(?![a-z0-9])"
)
"""A postcode within a few words after a street line, in a national layout (matched on lower-cased text)."""
POSTCODE_NEAR_SCORE = 0.6
DIRECTION = r"(?:,?[ ](?:north|south|east|west|n|s|e|w|ne|nw|se|sw)\.?)?"

YEAR_NUMBER = re.compile(r"(?:1[89]|20)\d\d(?![0-9])")
"""A number that could be a year."""
DATE_BEFORE = re.compile(
    r"(?i:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|"
    r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|in|since|before|after|from|until|by|of|year|during)[ ,]+$"
)
"""A month or a preposition of time straight before it: then it is the year of a date, not a house number."""

COUNTRIES = (
    r"australia|new zealand|canada|usa|u\.s\.a\.?|united states|america|ireland|france|germany|deutschland|spain|"
    r"españa|espana|italy|italia|portugal|netherlands|nederland|belgium|switzerland|austria|poland|polska|"
    r"sweden|norway|denmark|finland|iceland|estonia|latvia|lithuania|slovenia|luxembourg|greece|romania|bulgaria|"
    r"hungary|czechia|czech republic|slovakia|croatia|serbia|bosnia|albania|kosovo|moldova|georgia|armenia|"
    r"turkey|türkiye|cyprus|malta|nigeria|ghana|kenya|uganda|tanzania|rwanda|cameroon|senegal|south africa|"
    r"zimbabwe|zambia|malawi|botswana|namibia|mozambique|ethiopia|eritrea|somalia|sudan|egypt|morocco|algeria|"
    r"tunisia|libya|india|pakistan|bangladesh|sri lanka|nepal|china|taiwan|hong kong|macau|japan|korea|"
    r"south korea|philippines|malaysia|singapore|indonesia|thailand|vietnam|viet nam|cambodia|myanmar|"
    r"mongolia|kazakhstan|uzbekistan|uae|united arab emirates|saudi arabia|qatar|kuwait|oman|bahrain|yemen|"
    r"israel|palestine|lebanon|jordan|iraq|iran|afghanistan|syria|ukraine|belarus|russia|brazil|brasil|mexico|"
    r"méxico|colombia|venezuela|ecuador|bolivia|paraguay|uruguay|argentina|chile|peru|cuba|"
    r"dominican republic|jamaica|trinidad|barbados|guyana|fiji"
)
"""Country names an address ends with (lower case, for regexes over lower-cased or IGNORECASE text)."""
