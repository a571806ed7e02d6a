"""The classifier: text (or a whole OpenAI request) in, `Classification` out.

The pipeline for each text, in this order:

1. normalise once (`normalise.py`): NFKC, zero-width removal, letter-spacing...;
2. run every recogniser on the normalised text (in `balanced` mode, not the
   `strict_only` ones); drop findings below `settings.min_score`; a catch-all
   (`Recogniser.fallback`: field values, ID-like digit runs) gives way to a specific
   finding it overlaps; base64, URL- and hex-encoded runs are decoded and
   classified with the same rules (`encoded.py`, `decoded.py`), and what they hide is
   reported on the encoded run;
3. find context cues, special-category terms and rule-based name candidates, and
   drop the values that are nobody's personal data: an organisation's contact
   details, an example or test value (`public_values.py`);
4. decide whether NER could change the result (`_ner_windows`): it cannot when
   the rules already reached `personal` or above (a name only adds `personal`, and
   an identifier already makes special-category terms count), nor when nothing in
   the text would make a name personal. Otherwise NER runs only on the sentences
   around the cues that contain a capitalised word, in windows of whole sentences,
   and stops for a text once a name has decided it (`_run_ner`);
5. decide the level (`aggregate.py`) and map finding offsets back to the original.

`classify_many` runs steps 1-4 for every text, then NER over the windows of all
texts together (`nlp.pipe` batches), then step 5; the router wraps it in Ray Serve's
`@serve.batch`. Any exception inside is re-raised as `ClassifierError` so that the
router fails closed with one `except` branch. `ClassifierSettings.ner_always` turns
the skipping off, for policies that redact every name.

Modes (`ClassifierSettings.mode`, or `mode=` per call for a department's override):
`strict` (the default, recall first) adds the rules that trade precision for recall
(ID-like digit runs beside personal cues, ages of relatives, an honorific and a
name without other context, a full name in plain narrative: `name_narrative.py`,
for which NER also runs on the statements where such a name could count);
`balanced` keeps everything else, including the
design's rule that an identifier with a cue for its kind is personal even when its
check fails.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from typing import Any

from classifiers.aggregate import Evidence, decide, resolve_overlaps
from classifiers.cues import find_cues
from classifiers.decoded import decoded_findings
from classifiers.encoded import MAX_DECODE_DEPTH
from classifiers.errors import ClassifierError, ClassifierTimeout, RecogniserFailed
from classifiers.full_spans import names_beyond
from classifiers.name_narrative import famous_sentences, narrative_names, narrative_sentences
from classifiers.name_words import fold
from classifiers.names import find_name_candidates
from classifiers.ner import NerTagger, has_name_candidate, sentence_windows
from classifiers.ner_evidence import entity_finding, with_ner
from classifiers.normalise import NormalisedText, normalise
from classifiers.not_persons import private_candidates
from classifiers.public_values import without_public_values
from classifiers.recognisers.age import ages_after_names
from classifiers.recognisers.base import Recogniser
from classifiers.recognisers.date_of_birth import dates_after_names
from classifiers.recognisers.registry import build_recognisers
from classifiers.request_text import request_text
from classifiers.settings import MODES, ClassifierSettings, Mode
from classifiers.span_index import SpanIndex
from classifiers.special_category import find_special_terms, is_disclosure
from classifiers.types import Classification, Finding, Sensitivity
from classifiers.vocabulary import is_english_word

__all__ = ["Classifier", "Scan"]

logger = logging.getLogger(__name__)


@dataclass(slots=True)
class Scan:
    """One text after steps 1-4: what the rules found and where NER should look."""

    text: NormalisedText
    evidence: Evidence
    windows: list[tuple[int, int]]
    mode: Mode = "strict"
    decision: tuple[Sensitivity, list[Finding]] | None = None
    """`decide(evidence)` when step 4 already computed it (reused by step 5 when NER adds nothing)."""

    @property
    def needs_ner(self) -> bool:
        """Whether NER could still change this text's level (step 4 chose windows for it)."""
        return bool(self.windows)


@contextmanager
def _failing_closed() -> Iterator[None]:
    """Any exception inside becomes ClassifierError: a bug of ours must fail closed too."""
    try:
        yield
    except ClassifierError:
        raise
    except Exception as exc:
        raise ClassifierError("classification failed") from exc


def _in_time(deadline: float | None) -> None:
    """Between stages: a scan past its caller's deadline stops. The router has failed the request
    closed by then, and Python's `re` cannot be interrupted, so this is where its work ends."""
    if deadline is not None and time.monotonic() > deadline:
        raise ClassifierTimeout("classification ran past its deadline")


class Classifier:
    """Classifies texts and OpenAI requests for sensitivity; pure Python, no Ray, no I/O."""

    def __init__(self, settings: ClassifierSettings) -> None:
        """Build the recogniser registry (spaCy is not loaded until `warm_up` or first need).

        Raises:
            RecogniserLoadError: An extra recogniser in the settings cannot be loaded.
        """
        self._settings = settings
        self._recognisers: list[Recogniser] = build_recognisers(settings.extra_recognisers)
        self._ner = NerTagger(settings.spacy_model, settings.ner_batch_size) if settings.ner_enabled else None

    @property
    def settings(self) -> ClassifierSettings:
        """The settings this classifier was built with."""
        return self._settings

    @property
    def recognisers(self) -> tuple[Recogniser, ...]:
        """The registry, built-ins first, then extras."""
        return tuple(self._recognisers)

    @property
    def ready(self) -> bool:
        """True when everything needed to classify is loaded (readiness probe)."""
        return self._ner is None or self._ner.loaded

    def warm_up(self) -> None:
        """Load spaCy now and run it once, so that readiness means loaded.

        Raises:
            ClassifierError: The pipeline cannot be loaded or fails on a sample.
        """
        if self._ner is not None:
            self._ner.load()
            self._ner.entities(["Warm-up sentence about Jane Smith of Leeds."])
        is_english_word("warm-up")  # the lower-case surname rule's word list (`vocabulary.py`), ~0.5 s once

    def classify(self, text: str, mode: Mode | None = None) -> Classification:
        """Classify one text; see `classify_many`."""
        return self.classify_many([text], mode)[0]

    def classify_many(self, texts: Sequence[str], mode: Mode | None = None) -> list[Classification]:
        """Classify texts, one result per text, with NER batched across all of them.

        Args:
            texts: The texts; finding offsets refer to each original text.
            mode: `strict` or `balanced` for this call (a department's override);
                None uses `settings.mode`.

        Returns:
            One `Classification` per text, in order.

        Raises:
            ClassifierError: A recogniser or NER failed, or a text is not a string.
        """
        prepared = [self.scan(text, mode) for text in texts]
        results = self.complete(prepared)
        if logger.isEnabledFor(logging.DEBUG):  # counts and levels only, never text
            windows = sum(len(item.windows) for item in prepared)
            logger.debug(
                "classified %d texts, %d NER windows, levels %s",
                len(results),
                windows,
                [r.level.label for r in results],
            )
        return results

    def classify_request(self, body: Mapping[str, Any], mode: Mode | None = None) -> Classification:
        """Classify every text of an OpenAI request body as one document.

        The texts from `request_texts` are joined with a blank line
        (`request_text(body)`), so cues in one message (a system prompt naming "the
        claimant") apply to names in another; finding offsets refer to that string.
        """
        return self.classify(request_text(body), mode)

    def names_beyond(self, text: str, found_values: Sequence[str]) -> list[Finding]:
        """Redaction's full-span pass (`full_spans.py`): what NER finds where the rules explained nothing.

        Args:
            text: The text the level pass classified.
            found_values: The text of each of that pass's findings.

        Returns:
            Further findings (names, dates of birth, places beside names), original offsets.

        Raises:
            ClassifierError: NER failed or is not loaded.
        """
        with _failing_closed():
            if self._ner is None:
                raise ClassifierError("full-span classification needs NER")
            return names_beyond(self._ner, normalise(text), found_values, entity_finding)

    def scan(self, text: str, mode: Mode | None = None, deadline: float | None = None) -> Scan:
        """Steps 1-4 only: the cheap rules, and whether NER is needed (`Scan.needs_ner`).

        With `complete` this lets a caller run the rules inline and batch only the
        texts that need NER (the router's ingress does). `mode` overrides
        `settings.mode` for this text (a per-department setting); `complete` decides
        with the mode the scan was made in.

        Raises:
            ClassifierError: A recogniser failed, `text` is not a string, or `mode` is unknown.
        """
        with _failing_closed():
            chosen = self._settings.mode if mode is None else mode
            if chosen not in MODES:
                raise ClassifierError(f"unknown classifier mode {chosen!r}; expected one of: {', '.join(MODES)}")
            return self._prepare(text, chosen, deadline=deadline)

    def complete(self, scans: Sequence[Scan]) -> list[Classification]:
        """NER over the windows of all `scans` together, then step 5: one result per scan.

        Raises:
            ClassifierError: NER failed.
        """
        with _failing_closed():
            entities = self._run_ner(list(scans))
            return [self._finish(item, found) for item, found in zip(scans, entities, strict=True)]

    # -- steps 1-4 -----------------------------------------------------------------

    def _prepare(self, text: str, mode: Mode, depth: int = 0, deadline: float | None = None) -> Scan:
        if not isinstance(text, str):
            raise ClassifierError(f"expected a str to classify, got {type(text).__name__}")
        strict = mode == "strict"
        normalised = normalise(text)
        findings = self._recognise(normalised, strict, deadline)
        if depth < MAX_DECODE_DEPTH:
            findings += decoded_findings(
                normalised.text,
                findings,
                lambda run: self._read(run, mode, depth + 1, deadline),
                lambda window: self._read(window, mode, MAX_DECODE_DEPTH, deadline),
            )
        _in_time(deadline)
        cues = find_cues(normalised)
        terms = find_special_terms(normalised)
        _in_time(deadline)
        candidates = find_name_candidates(normalised, [end for _, end in cues.strong + cues.relations])
        _in_time(deadline)
        names = private_candidates(normalised, cues, candidates, terms)
        findings = without_public_values(normalised, findings, cues, names)
        findings += dates_after_names(normalised, names)
        findings += ages_after_names(normalised, names, cues.public_near)
        # with an identifier or a strong cue every name counts already (`aggregate.py`, rule 2)
        settled = bool(cues.strong) or any(
            f.level >= Sensitivity.PERSONAL and not f.kind.startswith("PROTECTIVE_MARKING_")
            for f in resolve_overlaps(findings)
        )
        narrative = narrative_names(normalised.text, normalised.lower, cues, names) if strict and not settled else ()
        evidence = Evidence(
            findings=tuple(findings),
            names=tuple(names),
            special_terms=tuple(terms),
            disclosed=tuple(is_disclosure(normalised, cues, t) for t in terms),
            places=(),
            cues=cues,
            strict=strict,
            narrative=narrative,
            famous=famous_sentences(normalised.text, normalised.lower, cues, names) if strict else frozenset(),
        )
        decision = decide(evidence) if self._ner is not None and not self._settings.ner_always else None
        return Scan(normalised, evidence, self._ner_windows(normalised, evidence, decision), mode, decision)

    def _read(self, text: str, mode: Mode, depth: int, deadline: float | None) -> tuple[Sensitivity, list[Finding]]:
        """Steps 1-5 by the rules alone: the level of a decoded text and the findings that decide it."""
        inner = self._prepare(text, mode, depth, deadline)
        return inner.decision or decide(inner.evidence)

    def _recognise(self, text: NormalisedText, strict: bool = True, deadline: float | None = None) -> list[Finding]:
        findings: list[Finding] = []
        fallbacks: list[Finding] = []
        length = len(text.text)
        for recogniser in self._recognisers:
            if recogniser.strict_only and not strict:
                continue
            _in_time(deadline)
            try:
                found = recogniser.find(text)
            except Exception as exc:
                raise RecogniserFailed(recogniser.name) from exc
            for finding in found:
                if not 0 <= finding.start < finding.end <= length:
                    raise RecogniserFailed(recogniser.name)
                if finding.score >= self._settings.min_score:
                    (fallbacks if recogniser.fallback else findings).append(finding)
        # A catch-all gives way to a specific recogniser on any overlap (`Recogniser.fallback`).
        specific = SpanIndex.of(f for f in findings if f.level >= Sensitivity.PERSONAL)
        findings += [f for f in fallbacks if not specific.overlaps(f.start, f.end)]
        return findings

    def _ner_windows(
        self, text: NormalisedText, evidence: Evidence, decision: tuple[Sensitivity, list[Finding]] | None
    ) -> list[tuple[int, int]]:
        """Where NER runs: nowhere unless it could change the result (module docstring, step 4)."""
        if self._ner is None or not text.text.strip():
            return []
        cues = evidence.cues
        if self._settings.ner_always or decision is None:
            return sentence_windows(text.text, [(s.start, s.end) for s in cues.sentences])
        level, _ = decision
        if level >= Sensitivity.PERSONAL:
            return []
        statement_terms = [t for t in evidence.special_terms if not cues.sentence_at(t.start).question]
        source = fold(text.text)  # accents folded for the capital tests, same offsets ("Hilario Cáceres")
        narrative = narrative_sentences(source, text.lower, cues) if evidence.strict else []
        if not (narrative or cues.private or any(not cues.public_near(t.start, t.end) for t in statement_terms)):
            return []
        anchors = {cues.sentence_index(start) for start, _ in cues.strong + cues.weak}
        anchors |= {cues.sentence_index(t.start) for t in statement_terms}
        chosen = sorted(
            {
                index
                for index in {a + d for a in anchors for d in (-1, 0, 1)}
                if 0 <= index < len(cues.sentences)
                and has_name_candidate(source, cues.sentences[index].start, cues.sentences[index].end)
            }
            | set(narrative)
        )
        return sentence_windows(text.text, [(cues.sentences[i].start, cues.sentences[i].end) for i in chosen])

    # -- NER and step 5 ---------------------------------------------------------------

    def _run_ner(self, prepared: list[Scan]) -> list[list[Finding]]:
        """Tag windows in rounds; each round batches the next windows of every open text.

        Round k takes 2**k windows of each text (1, 2, 4...), so a name early in a
        text costs one small window and a text with no name costs a few calls, not
        one per window. A text leaves the rounds as soon as what NER found decides
        `personal` or above, since later windows cannot raise it (unless `ner_always`).
        """
        per_text: list[list[Finding]] = [[] for _ in prepared]
        if self._ner is None:
            return per_text
        queues = [list(item.windows) for item in prepared]
        take = 1
        while batch := [(i, window) for i, queue in enumerate(queues) for window in _pop(queue, take)]:
            take *= 2
            tagged = self._ner.entities([prepared[i].text.text[start:end] for i, (start, end) in batch])
            for (i, (start, _)), entities in zip(batch, tagged, strict=True):
                text = prepared[i].text
                found = [f for e in entities if (f := entity_finding(e, start, text)) is not None]
                if not found:
                    continue
                per_text[i].extend(found)
                if not self._settings.ner_always and queues[i]:
                    level, _ = decide(with_ner(prepared[i].text, prepared[i].evidence, per_text[i]))
                    if level >= Sensitivity.PERSONAL:
                        queues[i].clear()
        return per_text

    def _finish(self, item: Scan, ner_findings: list[Finding]) -> Classification:
        if ner_findings or item.decision is None:
            level, kept = decide(with_ner(item.text, item.evidence, ner_findings))
        else:
            level, kept = item.decision
        text = item.text
        mapped = []
        for finding in kept:
            start, end = text.to_original(finding.start, finding.end)
            mapped.append(replace(finding, start=start, end=end))
        return Classification(level=level, findings=tuple(mapped))


def _pop(queue: list[tuple[int, int]], count: int) -> list[tuple[int, int]]:
    """Remove and return the first `count` windows of a queue."""
    taken = queue[:count]
    del queue[:count]
    return taken
