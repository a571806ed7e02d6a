"""Incremental decoding with the demo model's real byte-level tokenizer."""

from __future__ import annotations

import random
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


# A fake tokenizer for the stop-matching cases: a few one- and two-character tokens.
_PIECES = ("a", "b", "c", "ab", "ca")


def _fake_decode(ids: Sequence[int]) -> str:
    return "".join(_PIECES[i % len(_PIECES)] for i in ids)


class _UnboundedHoldBack(IncrementalText):
    """The hold-back search before it was bounded by the unsent text (the reference)."""

    def _held_back(self) -> int:
        longest = 0
        for stop in self._stop:
            for size in range(min(len(stop) - 1, len(self._text)), longest, -1):
                if self._text.endswith(stop[:size]):
                    longest = size
                    break
        return longest


def _run(decoder: IncrementalText, ids: Sequence[int]) -> tuple[list[str], str, bool]:
    pieces = [decoder.add(token) for token in ids]
    pieces.append(decoder.flush())
    return pieces, decoder.text, decoder.stopped


def test_bounded_hold_back_sends_exactly_what_the_unbounded_search_sent() -> None:
    rng = random.Random(13)
    for _ in range(3000):
        stops = ["".join(rng.choice("abc") for _ in range(rng.randint(1, 7))) for _ in range(rng.randint(1, 3))]
        ids = [rng.randrange(len(_PIECES)) for _ in range(rng.randint(1, 40))]
        expected = _run(_UnboundedHoldBack(_fake_decode, stops), ids)
        assert _run(IncrementalText(_fake_decode, stops), ids) == expected, (stops, ids)


class _CountingStop(str):
    """A stop string that counts how many of its prefixes are taken."""

    slices = 0

    def __getitem__(self, key: Any) -> str:
        type(self).slices += 1
        return str.__getitem__(self, key)


def test_a_long_stop_costs_no_more_per_token_than_the_new_text() -> None:
    # Before: every token tried every prefix size up to the whole text (quadratic on the event loop).
    _CountingStop.slices = 0
    decoder = IncrementalText(lambda ids: "".join("abc"[i % 3] for i in ids), [_CountingStop("Z" * 1000)])
    for token in range(300):
        decoder.add(token)
    assert _CountingStop.slices <= 300
