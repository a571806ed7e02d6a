"""Deterministic requests and arrival times for a load run.

Request `i` depends only on the seed and `i` (its own `random.Random`), never on
the order in which workers ask for requests, so two runs with the same seed send
the same bodies whatever the concurrency. Synthetic prompts are plain everyday
words: a sensitivity classifier sees public text, so a run against the router
exercises its default route unless the caller raises the level with a header.
"""

from __future__ import annotations

import itertools
import math
import random
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import orjson

from benchmarks.load.config import LoadConfig

# Everyday, non-identifying words; no names, numbers or places that could read as personal data.
_VOCABULARY = (
    "the a of and to in for on with about how what why when which more less each every some many "
    "council library service weather river garden bridge road school report policy budget energy "
    "water transport housing market season history science music art sport travel food health "
    "please explain describe summarise compare list outline suggest improve plan review consider "
    "general public simple clear short long early late new old local national open quiet busy "
    "morning evening winter summer spring autumn light heavy green blue bright calm careful useful"
).split()


class PromptFileError(ValueError):
    """A prompts file line is not a JSON object with a usable `prompt` or `messages`."""


@dataclass(frozen=True)
class PromptSource:
    """One prompt from a file: chat messages or a completion prompt, as given."""

    messages: tuple[dict[str, Any], ...] | None = None
    prompt: str | None = None
    max_tokens: int | None = None


@dataclass(frozen=True)
class RequestSpec:
    """What request `index` sends: its JSON body and the prompt length in words."""

    index: int
    body: dict[str, Any]
    prompt_words: int


def load_prompts(path: Path) -> tuple[PromptSource, ...]:
    """Read a JSONL prompts file; blank lines are skipped.

    Each line is `{"prompt": "..."}` or `{"messages": [...]}`, optionally with
    `"max_tokens"` to fix that prompt's output length.

    Raises:
        PromptFileError: a line is not valid, naming the file and line number; or no prompts.
    """
    sources: list[PromptSource] = []
    with path.open("rb") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                sources.append(_parse_line(orjson.loads(line)))
            except (orjson.JSONDecodeError, ValueError) as exc:
                raise PromptFileError(f"{path}:{number}: {exc}") from exc
    if not sources:
        raise PromptFileError(f"{path}: no prompts")
    return tuple(sources)


def _parse_line(data: object) -> PromptSource:
    if not isinstance(data, dict):
        raise ValueError("each line must be a JSON object")
    max_tokens = data.get("max_tokens")
    if max_tokens is not None and (not isinstance(max_tokens, int) or max_tokens < 1):
        raise ValueError("'max_tokens' must be an integer >= 1")
    messages = data.get("messages")
    if messages is not None:
        if not isinstance(messages, list) or not messages or not all(isinstance(m, dict) for m in messages):
            raise ValueError("'messages' must be a non-empty array of objects")
        return PromptSource(messages=tuple(messages), max_tokens=max_tokens)
    prompt = data.get("prompt")
    if isinstance(prompt, str) and prompt:
        return PromptSource(prompt=prompt, max_tokens=max_tokens)
    raise ValueError("each line needs a non-empty 'prompt' string or a 'messages' array")


def synthetic_prompt(words: int, rng: random.Random) -> str:
    """`words` whitespace-separated everyday words drawn from `rng`."""
    return " ".join(rng.choices(_VOCABULARY, k=words))


def _message_text(messages: Sequence[Mapping[str, Any]]) -> str:
    parts: list[str] = []
    for message in messages:
        content = message.get("content")
        if isinstance(content, str):
            parts.append(content)
        elif isinstance(content, list):
            parts.extend(p["text"] for p in content if isinstance(p, dict) and isinstance(p.get("text"), str))
    return "\n".join(parts)


class Workload:
    """The request bodies of one run, addressed by index.

    Args:
        config: The run's configuration.
        prompts: Prompts read from `config.prompts_file` (read here when None and a file is set).
    """

    def __init__(self, config: LoadConfig, prompts: Sequence[PromptSource] | None = None) -> None:
        self._config = config
        if prompts is None and config.prompts_file is not None:
            prompts = load_prompts(config.prompts_file)
        self._prompts = tuple(prompts) if prompts else None

    def request(self, index: int) -> RequestSpec:
        """The body of request `index`, identical for the same seed and index."""
        config = self._config
        rng = random.Random(f"{config.seed}:{index}")
        source = self._prompts[index % len(self._prompts)] if self._prompts else None
        if source is None:
            hi = config.prompt_words_max or config.prompt_words
            text = synthetic_prompt(rng.randint(config.prompt_words, hi), rng)
            source = PromptSource(prompt=text)
        hi_out = config.output_tokens_max or config.output_tokens
        max_tokens = source.max_tokens or rng.randint(config.output_tokens, hi_out)
        body: dict[str, Any] = {"model": config.model}
        if config.endpoint == "chat":
            messages = source.messages or ({"role": "user", "content": source.prompt},)
            body["messages"] = list(messages)
            # vLLM's benchmark_serving sends max_completion_tokens to chat; max_tokens is deprecated there.
            body["max_completion_tokens"] = max_tokens
            words = len(_message_text(messages).split())
        else:
            prompt = source.prompt if source.prompt is not None else _message_text(source.messages or ())
            body["prompt"] = prompt
            body["max_tokens"] = max_tokens
            words = len(prompt.split())
        body["stream"] = config.stream
        if config.stream:
            body["stream_options"] = {"include_usage": True}
        if config.ignore_eos:
            body["ignore_eos"] = True
        return RequestSpec(index=index, body=body, prompt_words=words)


def poisson_arrivals(rate: float, seed: int) -> Iterator[float]:
    """Arrival offsets in seconds from the start: a Poisson process of `rate` per second.

    Inter-arrival gaps are exponential with mean `1 / rate`, drawn from
    `random.Random(seed)`, as vLLM's benchmark_serving draws them (burstiness 1);
    an infinite rate sends every request at offset 0.
    """
    if math.isinf(rate):
        yield from itertools.repeat(0.0)
        return
    rng = random.Random(seed)
    offset = 0.0
    while True:
        offset += rng.expovariate(rate)
        yield offset


def poisson_schedule(rate: float, count: int, seed: int) -> list[float]:
    """The first `count` offsets of `poisson_arrivals(rate, seed)`."""
    return list(itertools.islice(poisson_arrivals(rate, seed), count))
