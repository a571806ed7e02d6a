"""What a request may use of a tokens/min quota, reserved at admission (`quotas.Limiter.admit`)."""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any, TypeGuard

__all__ = ["NO_ESTIMATE", "TokenEstimate", "positive_count"]


@dataclass(frozen=True, slots=True)
class TokenEstimate:
    """What a request may use, reserved at admission: its prompt's estimate and the most it may generate."""

    prompt: int = 0
    completion: int = 0

    @property
    def total(self) -> int:
        return max(1, self.prompt + self.completion)

    @classmethod
    def of(cls, body: dict[str, Any], text: str) -> TokenEstimate:
        """From the parsed body and the text it sends (`ParsedRequest.classified_text`).

        The prompt: a token per 4 characters (OpenAI's rule of thumb for English), plus the
        chat format's own tokens, 3 per message and 3 to prime the answer (the openai-cookbook's
        "How to count tokens with tiktoken"). A model whose chat template adds more (a default
        system prompt) uses more than this: the difference is spent when the answer's usage comes.
        """
        prompt = math.ceil(len(text) / _CHARS_PER_TOKEN)
        messages = body.get("messages")
        if isinstance(messages, list):
            prompt += _TOKENS_PER_MESSAGE * len(messages) + _TOKENS_PER_MESSAGE
        bound = body.get("max_completion_tokens")
        if not positive_count(bound):  # unset, or null as some clients send it: the older name
            bound = body.get("max_tokens")
        choices = body.get("n", 1)
        completion = bound * choices if positive_count(bound) and positive_count(choices) else 0
        return cls(prompt, completion)


NO_ESTIMATE = TokenEstimate()  # one token: a request under a tokens/min quota reserves at least that

_CHARS_PER_TOKEN = 4
_TOKENS_PER_MESSAGE = 3


def positive_count(value: Any) -> TypeGuard[int]:
    """A count as JSON gives it: an int above zero (not a bool)."""
    return isinstance(value, int) and not isinstance(value, bool) and value > 0
