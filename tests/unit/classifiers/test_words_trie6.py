"""`words_regex` builds a prefix tree; it must find exactly what the flat alternation finds.

The tree replaced a flat, longest-first alternation for speed (a few hundred cue words were
tried at every position of the text). These tests compare the two on the evaluation set's
texts for the largest word lists the recognisers use, and on words that are prefixes of others.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from classifiers.recognisers.id_cues import GENERIC_CUES
from classifiers.recognisers.postal_address import PostalAddress
from classifiers.recognisers.regex_build import flat_words_regex, words_regex
from classifiers.recognisers.vehicle_plate import PLATE_CUES

_EVAL = Path(__file__).resolve().parents[3] / "benchmarks" / "data" / "classify_eval.jsonl"
WORD_LISTS = {
    "generic_id_cues": [cue for _, cues in GENERIC_CUES for cue in cues],
    "plate_cues": list(PLATE_CUES),
    "address_context": list(PostalAddress.context),
    "prefixes": ["id", "id no", "id number", "id#", "a#", "age", "aged", "ppt no", "pp#", "lic", "lic #", "lic no"],
}
EXTRA_TEXTS = [
    "my ID no 12345 and id#77, aged 4, a# 12; lic # 9 and lic no 5",
    "Id  number\t12345 (two spaces and a tab between the words)",
    "paid, idle, agency: none of these is a cue word",
]


def _texts() -> list[str]:
    rows = [json.loads(line)["text"].lower() for line in _EVAL.read_text(encoding="utf-8").splitlines() if line.strip()]
    return rows + [t.lower() for t in EXTRA_TEXTS]


@pytest.mark.parametrize("name", sorted(WORD_LISTS))
def test_prefix_tree_finds_what_the_flat_alternation_finds(name):
    tree, flat = words_regex(WORD_LISTS[name]), flat_words_regex(WORD_LISTS[name])
    assert tree is not None and flat is not None
    for text in _texts():
        assert [m.span() for m in tree.finditer(text)] == [m.span() for m in flat.finditer(text)], text[:80]


def test_longer_word_wins_where_one_is_a_prefix_of_another():
    regex = words_regex(["id", "id no", "id number"])
    assert regex is not None
    assert [m.group() for m in regex.finditer("id number 5, id no 6, id 7")] == ["id number", "id no", "id"]
