"""Incremental decoding with the demo model's real byte-level tokenizer."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest

from local_models.detokeniser import IncrementalText


@pytest.fixture(scope="module")
def tokenizer(demo_model_path: Path) -> Any:
    from transformers import AutoTokenizer

    return AutoTokenizer.from_pretrained(demo_model_path, local_files_only=True)


def _feed(tokenizer: Any, text: str, stop: Sequence[str] = ()) -> tuple[list[str], str, IncrementalText]:
    ids = tokenizer.encode(text, add_special_tokens=False)
    decoder = IncrementalText(lambda chunk: tokenizer.decode(list(chunk), skip_special_tokens=True), stop)
    pieces = []
    for token in ids:
        pieces.append(decoder.add(token))
        if decoder.stopped:
            break
    return pieces, decoder.flush(), decoder


def test_multibyte_characters_are_never_sent_in_halves(tokenizer: Any) -> None:
    text = "Café – naïve 🙂 résumé, 10 €."
    # The corpus has none of these characters, so each is split over several byte tokens.
    assert len(tokenizer.encode("🙂", add_special_tokens=False)) > 1

    pieces, rest, _ = _feed(tokenizer, text)

    assert "".join(pieces) + rest == text
    assert all("\ufffd" not in piece for piece in pieces)


def test_stop_sequence_cuts_the_text_and_nothing_after_it_is_sent(tokenizer: Any) -> None:
    pieces, rest, decoder = _feed(tokenizer, "The council reviews the application.", stop=["reviews the"])

    assert decoder.stopped
    assert "".join(pieces) + rest == "The council "
    assert decoder.text == "The council "


def test_a_partial_stop_is_held_back_then_released(tokenizer: Any) -> None:
    text = "Step 1: read the guidance."
    ids = tokenizer.encode(text, add_special_tokens=False)
    decoder = IncrementalText(
        lambda chunk: tokenizer.decode(list(chunk), skip_special_tokens=True), ["guidance!"]
    )
    sent = ""
    for token in ids:
        sent += decoder.add(token)
        # Whatever has been sent never ends with the start of the stop sequence.
        assert not any(sent.endswith("guidance!"[:size]) for size in range(1, len("guidance!")))
    assert not decoder.stopped
    assert sent + decoder.flush() == text


def test_earliest_of_several_stops_wins(tokenizer: Any) -> None:
    pieces, rest, decoder = _feed(tokenizer, "Q: Can I pay online? A: Yes.", stop=["A:", "pay"])

    assert decoder.stopped
    assert "".join(pieces) + rest == "Q: Can I "
