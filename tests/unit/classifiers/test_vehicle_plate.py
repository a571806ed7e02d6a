"""Plates of any country after a word naming them (`vehicle_plate.py`), and UK plates with any separator."""

from __future__ import annotations

import pytest

from classifiers import Sensitivity


@pytest.mark.parametrize(
    "text",
    [
        "The car with plate B-MW 1234 was seen outside his house.",
        "his licence plate: 7-ABC-123 (California)",
        "the plate number was AB–123–CD, a grey Renault",
        "Kennzeichen M-XY 482 gehört meinem Nachbarn.",
        "Her reg number is LK65_XJT and the MOT is due.",
        "Vehicle reg: MA_59/OGH, owner disputes the PCN.",
        "Parking fine for vehicle AB.12.CDE issued to my account.",
        "numéro d'immatriculation GH-456-JK",
    ],
)
def test_plates_are_personal(rules_classifier, text):
    result = rules_classifier.classify(text)
    assert result.level is Sensitivity.PERSONAL
    assert any("VEHICLE_REGISTRATION" in f.kind for f in result.findings)


@pytest.mark.parametrize(
    "text",
    [
        "registration 10 AM sharp",
        "Registration opens for Year 10 students.",
        "Vehicle registration fees rose by 5% in 2023.",
        "The registration form v5C must be sent",
        "Event registration code EV2024X.",
        "Company registration number 01234567 is on the invoice.",
        "The plate shows 220V 50Hz on the back.",
    ],
)
def test_not_plates(rules_classifier, text):
    result = rules_classifier.classify(text)
    assert not any("VEHICLE_REGISTRATION" in f.kind for f in result.findings), result.findings
