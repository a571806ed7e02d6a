"""A name written in a non-Latin script inside English text: "سمير مهنا came into the office".

Departments write case notes in English about people whose names are kept in their
own script (Arabic, Devanagari, Thai, Chinese, Cyrillic...). The name rules read Latin
letters and the English NER model does not tag these, so such a name was no candidate
at all, and a health or religion term beside it was about nobody. In text that is
mostly Latin, a short run of non-Latin words (one to four) is almost always a name;
the exceptions are words quoted or discussed as language ("the Arabic word مرحبا",
"what does 谢谢 mean?", "translate ...") and such runs are left out. Each run is a
candidate (`person_script`) like any other name: `aggregate.py` decides with the
context, and strict mode counts it in plain narrative (`name_narrative.py`).
"""

from __future__ import annotations

import re

from classifiers.types import Finding, Sensitivity

__all__ = ["script_names"]

PERSON = "PERSON"

_LETTER = (
    r"\u0370-\u03ff\u0400-\u052f\u0530-\u058f\u0590-\u05ff\u0600-\u06ff\u0750-\u077f\u0900-\u0dff\u0e00-\u0eff"
    r"\u1000-\u109f\u10a0-\u10ff\u1100-\u11ff\u1780-\u17ff\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af"
)
"""Letters (and their combining marks) of Greek, Cyrillic, Armenian, Hebrew, Arabic, the Indic scripts, Thai, Lao,
Myanmar, Georgian, Hangul, Khmer, Kana and CJK ideographs."""
_RUN = re.compile(rf"[{_LETTER}]+(?:[ ][{_LETTER}]+){{0,3}}")
_LATIN = re.compile(r"[A-Za-z]")
_LANGUAGE_TALK = re.compile(
    r"(?i)(?<![a-z])(?:words?|phrases?|terms?|characters?|script|alphabet|means?|meaning|"
    r"translat\w*|pronounc\w*|transliterat\w*|spell\w*|spelt|written|sign|motto|slogan|greeting|proverb|"
    r"idiom|expression|arabic|hindi|urdu|bengali|punjabi|gujarati|tamil|telugu|persian|farsi|pashto|chinese|"
    r"mandarin|cantonese|japanese|korean|thai|russian|ukrainian|greek|hebrew|amharic|kanji|hanzi)(?![a-z])"
)
"""Language talk near a run: the words are discussed as words, not a person named."""
_QUOTES = "'\"‘’“”«»「」『』"
_NEAR = 40


def script_names(text: str) -> list[Finding]:
    """Runs of non-Latin words in mostly Latin text, as `person_script` candidates (module docstring)."""
    if text.isascii():
        return []
    runs = list(_RUN.finditer(text))
    if not runs:
        return []
    # mostly Latin: a text written in another script is not English prose naming someone
    if len(_LATIN.findall(text)) <= sum(len(run.group()) for run in runs):
        return []
    findings = []
    for run in runs:
        start, end = run.span()
        if end - start < 2:
            continue
        before = text[max(0, start - _NEAR) : start]
        after = text[end : end + _NEAR]
        opening, closing = before.rstrip(" ")[-1:], after.lstrip(" ")[:1]
        quoted = (opening != "" and opening in _QUOTES) or (
            closing != "" and closing in _QUOTES and not after.startswith(("'s", "’s"))  # a possessive is no quote
        )
        if quoted:
            continue
        if _LANGUAGE_TALK.search(before) or _LANGUAGE_TALK.search(after):
            continue
        findings.append(Finding(PERSON, start, end, 0.5, "person_script", Sensitivity.PERSONAL))
    return findings
