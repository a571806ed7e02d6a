"""Recall (issue 9, sixth pass): identifiers and addresses from outside the UK, and plates with separators.

Written for this file from the categories of set 5's misses (by category only: international
identifiers and addresses, PO boxes, plates with separators); no held-out set was read. Each
mechanism is tested on several countries or spellings, with public counterparts that stay public.
"""

from __future__ import annotations

import pytest

from classifiers import Sensitivity

PUBLIC, PERSONAL = Sensitivity.PUBLIC, Sensitivity.PERSONAL

IDENTIFIERS = {
    # a cue for an identity document in the writer's language, then an ID-shaped token (check or not)
    "de_reisepass": "Reisepass-Nr. C01X00T47 des Antragstellers",
    "de_ausweis": "Personalausweisnummer L01X00T47, bitte prüfen",
    "de_ausweis_nr": "Ausweis Nr. T22000129 liegt in Kopie bei",
    "fr_carte": "Carte d'identité n° 880692310285 de ma mère",
    "fr_titre_sejour": "titre de séjour numéro 1234567890 expiré",
    "es_dni_lower": "mi dni es 12345678z y vivo en Málaga",
    "es_nie_lower": "my nie is x1234567l, I moved here from Spain",
    "es_documento": "número de identidad 44556677, nacionalidad colombiana",
    "it_carta": "carta d'identità n. CA00000AA, scaduta",
    "nl_identiteitskaart": "identiteitskaart nr IR57BN3K4 van de klant",
    "pl_dowod": "numer dowodu ABA300000 — proszę o weryfikację",
    "us_state_id": "State ID number 987654321 (Ohio) for the tenant",
    "passaporto": "passaporto YA1234567 rilasciato a Roma",
    "pt_passaporte": "passaporte n.º CB123456 do requerente",
    "permit": "residence permit number ZU1234567 expired last month",
    "lic_hash": "lic # D1234567 expired in March",
    "sin_dotted": "S.I.N. 046 454 286 for my Canadian pension",
    "alien_number": "A#: 123-456-789 on the asylum form",
    "pp_hash": "pp# 123456789, issued in Lagos",
    "ghana_card": "Ghana card GHA-123456789-0 of the applicant",
    "emirates_id": "Emirates ID 784-1985-1234567-1 for my husband",
    "iqama": "iqama number 2123456789, expires next year",
}
PUBLIC_ID_TALK = {
    "format_question": "What does a Spanish DNI number look like, and how is its letter worked out?",
    "passport_office": "How long does the passport office take to renew a passport this summer?",
    "ausweis_fee": "Wie viel kostet ein neuer Personalausweis im Jahr 2024?",
    "id_card_policy": "Should the UK bring back national identity cards? Give arguments for and against.",
}
ADDRESSES = {
    "pl_slash_flat": "Proszę wysłać na adres: ul. Marszałkowska 10/12 m. 5, 00-590 Warszawa",
    "se_postcode": "Hon bor på Drottninggatan 15, 111 51 Stockholm sedan mars.",
    "cz_postcode": "my address is Vinohradská 1511/230, 100 00 Praha",
    "nl_number_first": "our new place is 8 Kerkstraat, 1017 GJ Amsterdam",
    "nl_postcode": "Kerkstraat 8, 1017 GJ Amsterdam is my mother's flat",
    "de_number_first": "I now live at 12 Hauptstraße, 10115 Berlin",
    "ie_eircode": "12 O'Connell Street Upper, Dublin 1, D01 F5P2",
    "ie_eircode_flat": "send the card to apt 4, 21 main st, D6W XY23",
    "dk_vej": "min adresse er Nørrebrogade 20, 2200 København N",
    "jp_postcode": "Shinjuku 3-2-1, 160-0023 Tokyo is where my son lives",
    "rural_route": "RR 1 Box 45, Dalton, GA 30720",
    "highway_contract": "HC 65 Box 12, Ely NV 89301",
    "ca_postcode_after_town": "45 rue Sainte-Catherine O, Montréal QC H2X 1K4",
    "in_dwelling_first": "Flat 201, Sai Apartments, MG Road, Bengaluru 560001",
    "mx_colonia": "Av. Reforma 222, Col. Juárez, 06600 CDMX",
    "my_jalan": "my parents live at 14 Jalan Ampang, 50450 Kuala Lumpur",
    "co_grid": "Calle 50 #12-34, Bogotá",
    "pk_house_street": "House 12, Street 5, F-7/2, Islamabad",
}
PO_BOXES = {
    "boite_postale": "BP 1234 Dakar, Senegal",
    "bp_dots": "Veuillez écrire à B.P. 56 Ouagadougou",
    "gpo_box": "my postal address is GPO Box 2231, Melbourne VIC 3001",
    "private_bag": "Private Bag 3115, Hamilton 3240",
    "locked_bag": "send it to Locked Bag 7, Parramatta NSW 2124",
    "casella": "casella postale 88, 00100 Roma",
    "skrytka": "skrytka pocztowa 45, 30-001 Kraków",
}
PUBLIC_ADDRESSES = {
    "landmark": "The Eiffel Tower is at Champ de Mars, 5 Avenue Anatole France, 75007 Paris.",
    "hotel": "Is the Hotel Adlon at Unter den Linden 77, 10117 Berlin worth the price?",
    "bp_company": "BP 2023 results showed a fall in profits.",
    "bp_shares": "Should I buy BP shares at 450p?",
    "museum": "The Rijksmuseum, Museumstraat 1, 1071 XX Amsterdam, opens at 9.",
    "street_then_year": "the shop at 12 main street, 1998 was the year it opened; who built it?",
    "street_then_count": "the parade on 5 high road, 2000 people came along in 2019.",
}
PLATES = {
    "hyphen_make": "My Golf (lk65.xjt) was clamped outside my house",
    "towed": "they towed my car, ab12-cde, from the residents' bay",
    "dots_upper": "Our Corsa AB.12.CDE has been scratched",
    "slash_keeper": "I'm the registered keeper of YT67/NMK",
    "hyphen_make_prefix": "a parking ticket for my Ford Focus P123-ABC",
    "taxi": "The taxi that hit me was SK19-ABC.",
    "ulez": "ULEZ charge on vehicle LK-65-XJT even though it is compliant",
    "eu_after_noun": "my Polish car WX 12345 was fined in London",
    "bracketed_after_noun": "the van (KR-1234A) was stolen from the depot",
}
PUBLIC_PLATES = {
    "age_question": "What age can you get a driving licence in the UK? Is 17 too young?",
    "at_time": "Driving lessons start at 12 and end at 14; is that too long for one car?",
    "plate_format": "What do the letters in a UK number plate format like AB12 CDE mean?",
    "model_and_year": "The new car BMW X5 2021 is fast but thirsty.",
    "model_review": "Toyota car GR 86 review: is it worth it?",
    "road_junction": "my car M25 J10 traffic update please",
}


@pytest.mark.parametrize("name", sorted(IDENTIFIERS))
def test_identity_documents_named_in_other_languages_are_personal(classifier, name):
    assert classifier.classify(IDENTIFIERS[name]).level >= PERSONAL


@pytest.mark.parametrize("name", sorted(PUBLIC_ID_TALK))
def test_talk_about_identity_documents_stays_public(classifier, name):
    assert classifier.classify(PUBLIC_ID_TALK[name]).level == PUBLIC


@pytest.mark.parametrize("name", sorted(ADDRESSES))
def test_non_uk_street_addresses_are_personal(classifier, name):
    assert classifier.classify(ADDRESSES[name]).level >= PERSONAL


@pytest.mark.parametrize("name", sorted(PO_BOXES))
def test_po_boxes_in_their_national_forms_are_personal(classifier, name):
    assert classifier.classify(PO_BOXES[name]).level >= PERSONAL


@pytest.mark.parametrize("name", sorted(PUBLIC_ADDRESSES))
def test_landmarks_businesses_and_bp_stay_public(classifier, name):
    assert classifier.classify(PUBLIC_ADDRESSES[name]).level == PUBLIC


@pytest.mark.parametrize("name", sorted(PLATES))
def test_plates_with_separators_near_a_vehicle_are_personal(classifier, name):
    assert classifier.classify(PLATES[name]).level >= PERSONAL


@pytest.mark.parametrize("name", sorted(PUBLIC_PLATES))
def test_prose_shaped_like_a_plate_stays_public(classifier, name):
    assert classifier.classify(PUBLIC_PLATES[name]).level == PUBLIC
