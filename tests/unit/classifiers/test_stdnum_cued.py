"""Identifiers of ~100 countries found from python-stdnum's own names for them (`stdnum_cued.py`).

Valid values come from each python-stdnum module's own doctests (`>>> validate('...')`
lines that do not raise), so every module in `MODULES` with such an example is
checked with every cue read from its docstring, not a few hand-picked countries.
"""

from __future__ import annotations

import importlib
import re

import pytest

from classifiers.normalise import normalise
from classifiers.recognisers.stdnum_cued import MODULES, CuedStdnumIdentifier, cues_of

_RECOGNISER = CuedStdnumIdentifier()


def _doctest_valid(module: str) -> str | None:
    mod = importlib.import_module(f"stdnum.{module}")
    for match in re.finditer(r">>> validate\('([^']+)'\)\n(?!Traceback)", mod.__doc__ or ""):
        try:
            if mod.is_valid(match.group(1)):
                return match.group(1)
        except Exception:  # noqa: BLE001 - a doctest value another version rejects is skipped
            continue
    return None


_CASES = [(m, cue, v) for m in MODULES if (v := _doctest_valid(m)) for cue in cues_of(m)]


def _found(text: str) -> list[tuple[str, str, float]]:
    return [(f.kind, text[f.start : f.end], f.score) for f in _RECOGNISER.find(normalise(text))]


def test_most_modules_have_a_doctest_value():
    assert len({m for m, _, _ in _CASES}) >= len(MODULES) - 6
    assert len(_CASES) >= 250


@pytest.mark.parametrize(("module", "cue", "value"), _CASES)
def test_every_cue_of_every_module_finds_its_valid_value(module, cue, value):
    found = _found(f"Please update the file: {cue} {value}, thanks.")
    # values written with spaces between letter groups ("AL J 91402501 L") are found by their digits
    assert any(text in value and score >= 0.6 for _, text, score in found), (module, found)


@pytest.mark.parametrize(
    "text",
    [
        "Mi NIF es 501964843 para la factura.",
        "CUIT 20-26756539-3 del titular.",
        "Steuernummer: 181/815/08155, Finanzamt München.",
        "RFC: GODE561231GR8, régimen de personas físicas.",
        "Her AFM is 094259216.",
        "RUT 76.086.428-5 del contribuyente.",
        "Kennitala: 120174-3399.",
        "SVNR 1237 010180 des Versicherten.",
        "NIK 3171011708450001 tercantum di KTP.",
        "Asmens kodas 33309240064.",
        "his number 501964843 (NIF) is on the form",
    ],
)
def test_written_as_people_write_them(text):
    assert _found(text)


@pytest.mark.parametrize(
    "text",
    [
        "CUIT 20-26756539-4 del titular.",  # check digit wrong: still somebody's (recall first)
        "Her AMKA is 01013099990.",
        "Kennitala: 120174-3398.",
    ],
)
def test_failed_check_with_a_cue_is_still_personal(text):
    found = _found(text)
    assert found and all(0.5 <= score < 0.85 for _, _, score in found)


@pytest.mark.parametrize(
    "text",
    [
        "CI 1714307104 del paciente.",  # two-letter cue: only a passing check counts
        "PIN 123456 for the door keypad",  # an abbreviation with other meanings
        "the nip 12345678 in the air",  # short abbreviations count only in capitals
        "Why does CUIT 20-26756539-4 fail the check digit test?",
        "RFC 7231 section 6.5.1 defines 400 Bad Request.",
        "NIF format: nine characters.",
    ],
)
def test_not_evidence(text):
    assert _found(text) == []


def test_token_cut_by_the_window_is_reported_whole():
    text = "CUIT (Código Único de Identificación Tributaria del titular) 20-26756539-3"
    assert any(value == "20-26756539-3" for _, value, _ in _found(text))
