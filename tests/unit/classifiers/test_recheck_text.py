"""The re-check's reading of a redacted text: the sentences near a placeholder, else all of it."""

from __future__ import annotations

from classifiers.recheck_text import RECHECK_RADIUS, recheck_text

FILLER = "The library opens at nine on weekdays and at ten on Saturdays, and the cafe closes earlier. "


def test_only_the_sentences_near_a_placeholder_are_read() -> None:
    text = "Write to <PERSON> (NHS number <UK_NHS_NUMBER>) about this notice. " + FILLER * 10
    part = recheck_text(text)
    assert part.startswith("Write to <PERSON> (NHS number <UK_NHS_NUMBER>) about this notice. ")
    assert part == text[: len(part)]  # one run, as written
    # every sentence starting within the radius of the last placeholder is read whole, no other
    last = text.index("<UK_NHS_NUMBER>") + len("<UK_NHS_NUMBER>")
    assert last + RECHECK_RADIUS - len(FILLER) < len(part) <= last + RECHECK_RADIUS + len(FILLER)
    assert part.endswith("earlier.") or part.endswith("earlier. ")


def test_runs_apart_are_joined_by_a_blank_line() -> None:
    text = "Dear <PERSON>, thanks. " + FILLER * 8 + "Call me on <UK_PHONE_NUMBER> soon. " + FILLER * 8
    part = recheck_text(text, radius=20)
    runs = part.split("\n\n")
    assert len(runs) == 2
    assert runs[0].startswith("Dear <PERSON>") and "Call me on <UK_PHONE_NUMBER> soon." in runs[1]
    assert len(part) < len(text) / 2
    assert all(run in text for run in runs)


def test_a_sentence_a_placeholder_reaches_by_the_radius_is_read_whole() -> None:
    text = FILLER * 6 + "Write to <PERSON>. " + FILLER * 6
    part = recheck_text(text, radius=len(FILLER) + 15)
    assert part.count(FILLER.strip()) == 4  # two whole sentences either side
    assert "Write to <PERSON>." in part


def test_no_placeholder_or_little_to_skip_reads_the_whole_text() -> None:
    plain = "NHS number 943 476 5919 for the patient. " + FILLER * 10
    assert recheck_text(plain) == plain
    short = "Write to <PERSON> about the notice. " + FILLER
    assert recheck_text(short) == short
    everywhere = "".join(f"Ask <PERSON> about item {i}. " for i in range(40))
    assert recheck_text(everywhere) == everywhere
