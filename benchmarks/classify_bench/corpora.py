"""Prompts of a given size, assembled deterministically from the evaluation set.

Latency depends on how much text there is and on what it contains (an engine that
stops at the first identifier is faster on personal text), so prompts are built
from the same realistic sentences the quality run scores, in a fixed seeded order,
and cut to the target size at a word boundary.
"""

from __future__ import annotations

import random
import re
from collections.abc import Sequence
from dataclasses import dataclass

from benchmarks.classify_bench.eval_set import EvalRow

DEFAULT_SIZES = "100B,1KB,8KB,32KB"
_SIZE = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(B|KB|KIB|MB|MIB)?\s*$", re.IGNORECASE)
_UNITS = {"B": 1, "KB": 1024, "KIB": 1024, "MB": 1024 * 1024, "MIB": 1024 * 1024}
CORPORA = ("mixed", "public", "no-identifiers")
CORPUS_NOTES = {
    "mixed": "every evaluation row, personal and public, in the set's proportions",
    "public": "public rows only (general questions and hard negatives)",
    "no-identifiers": "rows without a structured identifier (public questions, named people, "
    "special-category statements, markings), so names and context decide",
}


@dataclass(frozen=True, slots=True)
class PromptSize:
    """A labelled target size in UTF-8 bytes."""

    label: str
    target_bytes: int


def parse_sizes(spec: str) -> list[PromptSize]:
    """Parse `"100B,1KB,8KB,32KB"` (KB = 1024 bytes).

    Raises:
        ValueError: an entry is not a number with an optional B/KB/MB unit, or is zero.
    """
    sizes: list[PromptSize] = []
    for part in spec.split(","):
        match = _SIZE.match(part)
        if not match:
            raise ValueError(f"bad size {part!r}; expected e.g. 100B, 1KB, 8KB, 32KB")
        number, unit = float(match.group(1)), (match.group(2) or "B").upper()
        target = int(number * _UNITS[unit])
        if target <= 0:
            raise ValueError(f"bad size {part!r}: must be at least one byte")
        sizes.append(PromptSize(label=part.strip().upper().replace("KIB", "KB"), target_bytes=target))
    return sizes


def _cut(text: str, target_bytes: int) -> str:
    """Cut to at most `target_bytes` UTF-8 bytes, at the last whitespace if there is one."""
    data = text.encode("utf-8")
    if len(data) <= target_bytes:
        return text
    head = data[:target_bytes].decode("utf-8", errors="ignore")
    space = max(head.rfind(" "), head.rfind("\n"))
    return head[:space] if space > target_bytes // 2 else head


def _in_corpus(row: EvalRow, corpus: str) -> bool:
    if corpus == "public":
        return not row.sensitive
    if corpus == "no-identifiers":
        return not row.has_identifier
    return True


def build_prompts(
    rows: Sequence[EvalRow], size: PromptSize, count: int, seed: int = 0, corpus: str = "mixed"
) -> list[str]:
    """`count` prompts of about `size` bytes each.

    Args:
        rows: the evaluation set (its texts are the material).
        size: target size; each prompt is within a few bytes of it, never above.
        count: how many distinct prompts to build.
        seed: with the size and corpus, fixes the prompts exactly.
        corpus: "mixed" draws from every row (personal and public, as in the set);
            "public" only from public rows; "no-identifiers" from every row without a
            structured identifier (public questions, named people, special-category
            statements, markings): the slow path for an engine that skips NER once
            an identifier has settled the level.

    Raises:
        ValueError: unknown corpus, or no rows to draw from.
    """
    if corpus not in CORPORA:
        raise ValueError(f"unknown corpus {corpus!r}; expected one of {', '.join(CORPORA)}")
    pool = [r.text for r in rows if _in_corpus(r, corpus)]
    if not pool:
        raise ValueError("no evaluation rows to build prompts from")
    rng = random.Random(f"{seed}:{corpus}:{size.target_bytes}")
    prompts: list[str] = []
    order: list[str] = []
    for _ in range(count):
        parts: list[str] = []
        length = 0
        while length < size.target_bytes:
            if not order:
                order = pool[:]
                rng.shuffle(order)
            piece = order.pop()
            parts.append(piece)
            length += len(piece.encode("utf-8")) + 2
        prompts.append(_cut("\n\n".join(parts), size.target_bytes))
    return prompts
