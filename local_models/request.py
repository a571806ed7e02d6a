"""What a local engine takes from an OpenAI request body, checked once.

`parse_request` turns the router's JSON body into a `GenerationRequest` and refuses,
with `UnsupportedParameter` naming the field, anything a local engine cannot honour
(`n > 1`, tools, structured output, logprobs, ...). A refusal is a 400 the client can
act on; silently ignoring such a field would hand back an answer of a different shape
than the one asked for. `completion_budget` applies the context limit.

Nothing here depends on the engine, so a vLLM engine reuses it unchanged.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Literal

from local_models.errors import LocalModelError, UnsupportedParameter

__all__ = ["ChatMessage", "Endpoint", "GenerationRequest", "completion_budget", "parse_request"]

Endpoint = Literal["chat.completions", "completions"]
ChatMessage = dict[str, str]

# OpenAI's `developer` role is the newer name of `system`; templates only know the latter.
_ROLES = {"system": "system", "developer": "system", "user": "user", "assistant": "assistant", "tool": "tool"}


@dataclass(frozen=True)
class GenerationRequest:
    """One generation, in the terms every local engine understands.

    Attributes:
        endpoint: Which OpenAI API the request came through; it fixes the response shape.
        messages: Chat turns as `{"role", "content"}` with text content (chat only).
        prompt: Completion prompt as text or token ids (completions only).
        max_tokens: Requested output limit, or None when the client set none.
        max_tokens_param: The body field `max_tokens` came from, for error messages.
        temperature: Sampling temperature; 0 means greedy decoding.
        top_p: Nucleus-sampling mass.
        seed: Seed for sampling, or None for the engine's running state.
        stop: Strings that end the output (not included in it).
        include_usage: Whether a stream ends with a usage-only chunk.
    """

    endpoint: Endpoint
    messages: tuple[ChatMessage, ...] = ()
    prompt: str | tuple[int, ...] = ""
    max_tokens: int | None = None
    max_tokens_param: str = "max_tokens"
    temperature: float = 1.0
    top_p: float = 1.0
    seed: int | None = None
    stop: tuple[str, ...] = ()
    include_usage: bool = False

    @property
    def prompt_param(self) -> str:
        """The body field that holds the prompt: `messages` or `prompt`."""
        return "messages" if self.endpoint == "chat.completions" else "prompt"


def parse_request(endpoint: str, body: Mapping[str, Any]) -> GenerationRequest:
    """Check an OpenAI body and keep what a local engine needs.

    Args:
        endpoint: "chat.completions" or "completions".
        body: The OpenAI JSON body, `model` already resolved.

    Returns:
        The generation to run.

    Raises:
        UnsupportedParameter: A field asks for something local engines cannot do,
            or holds a value outside its range; `param` names the field.
        LocalModelError: The endpoint is not one a local engine serves.
    """
    if endpoint not in ("chat.completions", "completions"):
        raise LocalModelError(f"local engines do not serve the {endpoint!r} endpoint")
    _refuse_unsupported(body)
    if endpoint == "chat.completions":
        max_param = "max_completion_tokens" if body.get("max_completion_tokens") is not None else "max_tokens"
        return GenerationRequest(
            endpoint="chat.completions",
            messages=_messages(body.get("messages")),
            max_tokens=_positive_int(body, max_param),
            max_tokens_param=max_param,
            **_sampling(body),
        )
    return GenerationRequest(
        endpoint="completions",
        prompt=_prompt(body.get("prompt")),
        max_tokens=_positive_int(body, "max_tokens"),
        **_sampling(body),
    )


def completion_budget(
    prompt_tokens: int,
    request: GenerationRequest,
    *,
    max_context: int,
    default_max_tokens: int,
    policy: Literal["clamp", "reject"],
) -> int:
    """Decide how many tokens the engine may generate for this prompt.

    A `max_tokens` the client did not set is always clamped to the room left: the
    client asked for nothing that could be refused.

    Returns:
        The output limit, at least 1.

    Raises:
        UnsupportedParameter: The prompt fills the context (names the prompt field),
            or `max_tokens` does not fit and the policy is "reject".
    """
    room = max_context - prompt_tokens
    if room < 1:
        raise UnsupportedParameter(
            request.prompt_param,
            f"The prompt is {prompt_tokens} tokens; this model's context is {max_context} tokens "
            "including the output.",
        )
    if request.max_tokens is None:
        return min(default_max_tokens, room)
    if request.max_tokens <= room or policy == "clamp":
        return min(request.max_tokens, room)
    raise UnsupportedParameter(
        request.max_tokens_param,
        f"{request.max_tokens_param}={request.max_tokens} does not fit: the prompt is {prompt_tokens} "
        f"tokens and this model's context is {max_context}; at most {room} tokens are left.",
    )


def _refuse_unsupported(body: Mapping[str, Any]) -> None:
    def refuse(param: str, what: str) -> None:
        raise UnsupportedParameter(param, f"The local model does not support {what} (`{param}`).")

    if body.get("n") not in (None, 1):
        refuse("n", "more than one choice per request")
    if body.get("best_of") not in (None, 1):
        refuse("best_of", "best-of sampling")
    if body.get("echo"):
        refuse("echo", "echoing the prompt")
    if body.get("suffix"):
        refuse("suffix", "insertion with a suffix")
    if body.get("tools") and body.get("tool_choice") != "none":
        refuse("tools", "tool calls")
    if body.get("tool_choice") not in (None, "none"):
        refuse("tool_choice", "tool calls")
    if body.get("functions") and body.get("function_call") != "none":
        refuse("functions", "function calls")
    if body.get("function_call") not in (None, "none"):
        refuse("function_call", "function calls")
    response_format = body.get("response_format")
    if response_format is not None and response_format != {"type": "text"}:
        refuse("response_format", "structured output")
    # Completions take an int (how many), chat a bool; any request for logprobs is refused.
    logprobs = body.get("logprobs")
    if logprobs is not None and logprobs is not False:
        refuse("logprobs", "log probabilities")
    if body.get("top_logprobs"):
        refuse("top_logprobs", "log probabilities")
    if body.get("logit_bias"):
        refuse("logit_bias", "logit bias")
    for penalty in ("presence_penalty", "frequency_penalty"):
        if body.get(penalty) not in (None, 0, 0.0):
            refuse(penalty, "repetition penalties")
    if body.get("audio") is not None or any(m != "text" for m in body.get("modalities") or ()):
        refuse("modalities" if body.get("audio") is None else "audio", "audio output")


MAX_STOP_CHARS = 1000  # the longest stop sequence accepted (a 400 beyond it)
_SEED_LOW, _SEED_HIGH = -(2**63), 2**64 - 1  # what torch.manual_seed accepts


def _sampling(body: Mapping[str, Any]) -> dict[str, Any]:
    temperature = _number(body, "temperature", default=1.0, low=0.0, high=2.0)
    top_p = _number(body, "top_p", default=1.0, low=0.0, high=1.0)
    if top_p == 0.0:
        raise UnsupportedParameter("top_p", "top_p must be greater than 0 and at most 1.")
    seed = body.get("seed")
    if seed is not None and (isinstance(seed, bool) or not isinstance(seed, int)):
        raise UnsupportedParameter("seed", "seed must be an integer.")
    if seed is not None and not _SEED_LOW <= seed <= _SEED_HIGH:
        # torch.manual_seed overflows beyond these: a client's fault, not a failed generation.
        raise UnsupportedParameter("seed", f"seed must be between {_SEED_LOW} and {_SEED_HIGH}.")
    options = body.get("stream_options") or {}
    if not isinstance(options, Mapping):
        raise UnsupportedParameter("stream_options", "stream_options must be an object.")
    return {
        "temperature": temperature,
        "top_p": top_p,
        "seed": seed,
        "stop": _stop(body.get("stop")),
        "include_usage": bool(options.get("include_usage")),
    }


def _number(body: Mapping[str, Any], name: str, *, default: float, low: float, high: float) -> float:
    value = body.get(name)
    if value is None:
        return default
    if isinstance(value, bool) or not isinstance(value, int | float) or not low <= value <= high:
        raise UnsupportedParameter(name, f"{name} must be a number from {low:g} to {high:g}.")
    return float(value)


def _positive_int(body: Mapping[str, Any], name: str) -> int | None:
    value = body.get(name)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise UnsupportedParameter(name, f"{name} must be a positive integer.")
    return value


def _stop(value: Any) -> tuple[str, ...]:
    items = [value] if isinstance(value, str) else value if value is not None else []
    if not isinstance(items, list) or not all(isinstance(item, str) for item in items):
        raise UnsupportedParameter("stop", "stop must be a string or a list of strings.")
    # Matching runs on the replica's event loop for every token: a bounded stop keeps it cheap.
    if any(len(item) > MAX_STOP_CHARS for item in items):
        raise UnsupportedParameter("stop", f"Each stop sequence may be at most {MAX_STOP_CHARS} characters.")
    return tuple(item for item in items if item)


def _messages(value: Any) -> tuple[ChatMessage, ...]:
    if not isinstance(value, list) or not value:
        raise UnsupportedParameter("messages", "messages must be a non-empty list.")
    return tuple(_message(message) for message in value)


def _message(message: Any) -> ChatMessage:
    if not isinstance(message, Mapping) or message.get("role") not in _ROLES:
        raise UnsupportedParameter("messages", f"Each message needs a role, one of {sorted(_ROLES)}.")
    if message.get("tool_calls") or message.get("function_call"):
        raise UnsupportedParameter("messages", "The local model does not support tool calls in messages.")
    return {"role": _ROLES[message["role"]], "content": _text_content(message.get("content"))}


def _text_content(content: Any) -> str:
    if content is None or isinstance(content, str):
        return content or ""
    if not isinstance(content, list):
        raise UnsupportedParameter("messages", "Message content must be a string or a list of parts.")
    texts = []
    for part in content:
        kind = part.get("type") if isinstance(part, Mapping) else None
        if kind == "text" and isinstance(part.get("text"), str):
            texts.append(part["text"])
        elif kind == "refusal" and isinstance(part.get("refusal"), str):
            texts.append(part["refusal"])
        else:
            message = f"The local model accepts only text content parts, not {kind!r}."
            raise UnsupportedParameter("messages", message)
    return "".join(texts)


def _prompt(value: Any) -> str | tuple[int, ...]:
    if value is None or isinstance(value, str):
        return value or ""
    if isinstance(value, list) and value and all(_is_token(item) for item in value):
        return tuple(value)
    if isinstance(value, list) and len(value) == 1:
        return _prompt(value[0])
    if isinstance(value, list) and len(value) > 1:
        raise UnsupportedParameter("prompt", "The local model takes one prompt per request.")
    raise UnsupportedParameter("prompt", "prompt must be a string, a list of one string, or token ids.")


def _is_token(item: Any) -> bool:
    return isinstance(item, int) and not isinstance(item, bool) and item >= 0
