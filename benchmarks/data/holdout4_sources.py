"""Published example values used by held-out set 4, each with where it comes from.

None of these is the personal data of a private individual: they are payment-sandbox
test numbers, the SWIFT IBAN Registry's example IBANs, specimen documents printed by
their issuers, telephone ranges that regulators reserve for fiction, and public
market, company and legal references (for hard negatives). Values that sets 1-3 list
in PROVENANCE.md are left out. Check digits were confirmed with python-stdnum when the
list was written; where a value is quoted from memory the tag says so.
"""

from __future__ import annotations

# Payment sandbox test cards (Stripe and Adyen testing docs); all pass Luhn.
TEST_CARDS = (
    ("4242 4242 4242 4242", "published:stripe_test_card_visa"),
    ("4000 0566 5566 5556", "published:stripe_test_card_visa_debit"),
    ("5200 8282 8282 8210", "published:stripe_test_card_mastercard_debit"),
    ("2223 0031 2200 3222", "published:stripe_test_card_mastercard_2series"),
    ("3714 496353 98431", "published:stripe_test_card_amex"),
    ("6011 0009 9013 9424", "published:stripe_test_card_discover"),
    ("3056 9300 0902 0004", "published:stripe_test_card_diners"),
    ("3566 0020 2036 0505", "published:stripe_test_card_jcb"),
    ("6200 0000 0000 0005", "published:stripe_test_card_unionpay"),
    ("5105 1051 0510 5100", "published:paypal_braintree_test_card_mastercard"),
    ("4000 0025 0000 3155", "published:stripe_test_card_3ds"),
    ("6703 4444 4444 4449", "published:adyen_test_card_bcmc"),
    ("4988 4388 4388 4305", "published:adyen_test_card_visa"),
    ("5454 5454 5454 5454", "published:test_card_mastercard"),
)

# SWIFT IBAN Registry example IBANs (not the GB, DE, GR examples sets 1-3 used).
REGISTRY_IBANS = (
    "FR14 2004 1010 0505 0001 3M02 606", "NL91 ABNA 0417 1643 00",
    "ES91 2100 0418 4502 0005 1332", "IT60 X054 2811 1010 0000 0123 456",
    "CH93 0076 2011 6238 5295 7", "AT61 1904 3002 3457 3201",
    "IE29 AIBK 9311 5212 3456 78", "PL61 1090 1014 0000 0712 1981 2874",
    "PT50 0002 0123 1234 5678 9015 4", "SE45 5000 0000 0583 9825 7466",
    "DK50 0040 0440 1162 43", "NO93 8601 1117 947", "FI21 1234 5600 0007 85",
    "LU28 0019 4006 4475 0000",
)

# Specimen documents published by their issuers (fictitious holders).
ICAO_SPECIMEN = {
    "name": "ANNA MARIA ERIKSSON", "surname": "ERIKSSON", "given": "ANNA MARIA",
    "passport": "L898902C3", "dob": "12 AUG 1974",
    "mrz1": "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<",
    "mrz2": "L898902C36UTO7408122F1204159ZE184226B<<<<<10",
    "source": "published:icao_doc9303_specimen_passport",
}
GERMAN_ID_SPECIMEN = {
    "name": "Erika Mustermann", "birth_name": "Gabler", "id": "T22000129",
    "dob": "12.08.1964", "address": "Heidestraße 17, 51147 Köln",
    "source": "published:bmi_personalausweis_specimen (quoted from memory)",
}
DUTCH_SPECIMEN = {
    "name": "Willeke Liselotte De Bruijn", "bsn": "999999990", "document": "SPECI2014",
    "source": "published:rijksoverheid_specimen_passport (quoted from memory)",
}
# The Woolworth wallet-card SSN, printed on a sample card in 1938 and later voided.
WOOLWORTH_SSN = ("078-05-1120", "published:ssa_woolworth_sample_card_ssn")

# Placeholder names that forms and guidance print as examples.
PLACEHOLDER_NAMES = (
    ("Joe Bloggs", "published:uk_form_placeholder_name"),
    ("Jane Roe", "published:us_legal_placeholder_name"),
    ("Max Mustermann", "published:de_form_placeholder_name"),
    ("Jan Jansen", "published:nl_form_placeholder_name"),
    ("Mario Rossi", "published:it_form_placeholder_name"),
    ("Ola Nordmann", "published:no_form_placeholder_name"),
    ("Fulano de Tal", "published:pt_es_placeholder_name"),
    ("Jean Dupont", "published:fr_form_placeholder_name"),
)

# Telephone numbers reserved for drama and fiction.
NANP_FICTION = tuple(f"555-01{n:02d}" for n in range(0, 100, 7))  # 555-0100..0199
NANP_AREAS = ("212", "312", "415", "617", "202", "416", "604", "713")
ACMA_MOBILES = ("0491 570 006", "0491 570 156", "0491 570 157", "0491 570 158",
                "0491 570 159", "0491 570 110", "0491 570 313", "0491 570 737",
                "0491 571 266", "0491 571 491", "0491 571 804", "0491 572 549")
ACMA_LANDLINE_PREFIXES = ("02 5550", "03 7010", "07 5550", "08 7010")
ARCEP_PREFIXES = ("01 99 00", "02 61 91", "03 53 01", "04 65 71", "05 36 49", "06 39 98")
OFCOM_LESSER = ("028 9649 6", "029 2018 0", "0161 496 0", "0141 496 0", "0131 496 0",
                "0121 496 0", "0151 496 0", "0117 496 0", "07700 900")
PHONE_SOURCES = {
    "nanp": "published:nanp_555_01xx_fiction_range",
    "acma": "published:acma_numbers_for_fiction (quoted from memory)",
    "arcep": "published:arcep_numeros_fiction (quoted from memory)",
    "ofcom": "published:ofcom_drama_numbers",
}

# --------------------------------------------------------------- hard negatives
# Companies House numbers of listed companies (public register; quoted from memory).
COMPANY_NUMBERS = (
    ("Tesco PLC", "00445790"), ("BP p.l.c.", "00102498"), ("Vodafone Group Plc", "01833679"),
    ("AstraZeneca PLC", "02723534"), ("HSBC Holdings plc", "00617987"),
    ("Barclays PLC", "00048839"), ("Unilever PLC", "00041424"), ("GSK plc", "03888792"),
    ("BT Group plc", "04190816"), ("Rolls-Royce Holdings plc", "07524813"),
    ("J Sainsbury plc", "00185647"), ("Diageo plc", "00023307"),
    ("NatWest Group plc", "SC045551"), ("Lloyds Banking Group plc", "SC095000"),
)
# ISINs of listed securities (public market data); all pass the ISIN check.
ISINS = (
    ("Apple Inc. common stock", "US0378331005"), ("Microsoft Corp.", "US5949181045"),
    ("BAE Systems plc", "GB0002634946"), ("BP p.l.c. ordinary shares", "GB0007980591"),
    ("Barclays PLC ordinary shares", "GB0031348658"), ("SAP SE", "DE0007164600"),
    ("TotalEnergies SE", "FR0000120271"), ("Airbus SE", "NL0000235190"),
    ("Nestlé S.A.", "CH0038863350"), ("Toyota Motor Corp.", "JP3633400001"),
    ("Lloyds Banking Group plc", "GB0008706128"), ("iShares Core MSCI World ETF",
                                                    "IE00B4L5Y983"),
)
# SEDOLs embedded in the GB ISINs above (positions 5-11).
SEDOLS = (("BAE Systems", "0263494"), ("BP", "0798059"), ("Barclays", "3134865"),
          ("Lloyds Banking Group", "0870612"), ("GSK (pre-2022 line)", "0925288"))
ISSNS = (("Nature", "0028-0836"), ("The Lancet", "0140-6736"), ("Science", "0036-8075"),
         ("The BMJ", "0959-8138"))
STATUTES = (
    "section 45 of the Data Protection Act 2018", "Article 6(1)(e) UK GDPR",
    "SI 2019/419", "section 149 of the Equality Act 2010", "[2017] UKSC 5",
    "Donoghue v Stevenson [1932] UKHL 100", "Regulation (EU) 2016/679",
    "section 94 of the Social Security Contributions and Benefits Act 1992",
    "section 143 of the Road Traffic Act 1988", "section 3(1) of the Immigration Act 1971",
    "Schedule 36 to the Finance Act 2008", "section 2 of the Mental Health Act 1983",
    "section 17 of the Children Act 1989", "section 6 of the Human Rights Act 1998",
    "section 40(2) of the Freedom of Information Act 2000", "section 11 of the Limitation Act 1980",
    "PACE Code C", "Caparo Industries plc v Dickman [1990] UKHL 2",
    "Carltona Ltd v Commissioners of Works [1943] 2 All ER 560",
    "R (UNISON) v Lord Chancellor [2017] UKSC 51", "CPR Part 31", "SI 2013/376",
    "section 8 of the Taxes Management Act 1970", "Article 8 ECHR",
)
PUBLIC_DOC_REFS = (
    "HMRC manual EIM01000", "VAT Notice 700", "NICE guideline NG28", "NICE guideline NG136",
    "BS 7671:2018", "ISO/IEC 27001:2022", "RFC 9110", "CVE-2021-44228", "form SA100",
    "form P60", "form V5C", "form D1", "Command Paper Cm 9740", "HC 1064",
    "ONS dataset EMP01", "Green Book 2022 edition", "Managing Public Money (May 2023)",
    "DWP Decision Makers' Guide chapter 11", "Home Office Immigration Rules Appendix FM",
    "Highway Code rule 126", "Practice Direction 51Z", "NHS Digital DCB0129",
)
