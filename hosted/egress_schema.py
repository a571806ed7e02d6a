"""The one schema of what an OpenAI request may carry out of the boundary.

Every field a hosted request can contain is declared here, at every depth, with its
type and range; anything else is dropped at the level where it appears (a key on a
message, on a content part, on a tool call). The router validates each client body
with these models once, and the same validated body feeds three consumers, so they
cannot disagree:

* the classifier reads every string of it (`hosted.egress.outgoing_texts`);
* the hosted API receives it (plus `store`, `service_tier`, `stream` set by us);
* the local engine receives it.

Values are checked strictly: a string where a number or a boolean belongs is a 400,
as the OpenAI API answers, and free-text-shaped fields the API defines as enums
(`reasoning_effort`, `verbosity`, `tool_choice`) accept only their values.

Fields declared here but never sent (`INBOUND_ONLY`): `metadata` (where clients put
`sensitivity`), `stream` (ours), `user` (replaced by an opaque per-department id),
`modalities`/`audio` (read only to refuse audio output). Not declared at all, so
dropped like any unknown key: `prediction`, `web_search_options` (its
`user_location` is personal data), `safety_identifier`, `prompt_cache_key`,
`store`, `service_tier`.

Content the classifier cannot read — images, audio and files in user messages,
completions prompts given as token ids — is declared (the local model may accept it)
but marked unreadable; policy keeps such requests inside unless a department opts in.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal, get_args

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, JsonValue, StringConstraints

from hosted.json_escapes import unescaped

__all__ = [
    "INBOUND_ONLY",
    "UNREADABLE_PARTS",
    "ChatCompletionBody",
    "CompletionBody",
    "schema_field_names",
]


class _Wire(BaseModel):
    """Unknown keys are dropped at every level; values are not coerced."""

    model_config = ConfigDict(extra="ignore", strict=True, frozen=True, populate_by_name=True)


FunctionName = Annotated[str, StringConstraints(pattern=r"^[a-zA-Z0-9_-]{1,64}$")]
TokenId = Annotated[str, StringConstraints(pattern=r"^\d{1,10}$")]
JsonObject = dict[str, JsonValue]
JsonText = Annotated[str, AfterValidator(unescaped)]
"""Text that is usually a JSON document (tool-call arguments, tool results): its `\\uXXXX` escapes are
written out (`hosted/json_escapes.py`), so an escaped name is read, redacted and sent as the name it is."""


# --- content parts ------------------------------------------------------------------


class TextPart(_Wire):
    type: Literal["text"]
    text: str


class RefusalPart(_Wire):
    type: Literal["refusal"]
    refusal: str


class ImageUrl(_Wire):
    url: str
    detail: Literal["auto", "low", "high"] | None = None


class ImagePart(_Wire):
    type: Literal["image_url"]
    image_url: ImageUrl


class InputAudio(_Wire):
    data: str
    format: Literal["wav", "mp3"]


class AudioPart(_Wire):
    type: Literal["input_audio"]
    input_audio: InputAudio


class FileRef(_Wire):
    file_data: str | None = None
    file_id: str | None = None
    filename: str | None = None


class FilePart(_Wire):
    type: Literal["file"]
    file: FileRef


UNREADABLE_PARTS = frozenset({"image_url", "input_audio", "file"})
"""Content-part types whose payload the classifier cannot read."""

UserPart = Annotated[TextPart | ImagePart | AudioPart | FilePart, Field(discriminator="type")]
AssistantPart = Annotated[TextPart | RefusalPart, Field(discriminator="type")]
# A list of content parts holds at least one, as the API requires: an empty one asks nothing
TextParts = Annotated[list[TextPart], Field(min_length=1)]
UserParts = Annotated[list[UserPart], Field(min_length=1)]
AssistantParts = Annotated[list[AssistantPart], Field(min_length=1)]


# --- messages -----------------------------------------------------------------------


class FunctionCall(_Wire):
    name: FunctionName
    arguments: JsonText


class ToolCall(_Wire):
    id: str
    type: Literal["function"]
    function: FunctionCall


class _Instructions(_Wire):
    content: str | TextParts
    name: str | None = None


class SystemMessage(_Instructions):
    role: Literal["system"]


class DeveloperMessage(_Instructions):
    role: Literal["developer"]


class UserMessage(_Wire):
    role: Literal["user"]
    content: str | UserParts
    name: str | None = None


class AssistantMessage(_Wire):
    role: Literal["assistant"]
    content: str | AssistantParts | None = None
    name: str | None = None
    refusal: str | None = None
    tool_calls: list[ToolCall] | None = None
    function_call: FunctionCall | None = None


class ToolTextPart(TextPart):
    text: JsonText


class ToolMessage(_Wire):
    role: Literal["tool"]
    content: JsonText | Annotated[list[ToolTextPart], Field(min_length=1)]
    tool_call_id: str


class FunctionMessage(_Wire):
    role: Literal["function"]
    content: JsonText | None
    name: FunctionName


Message = Annotated[
    SystemMessage | DeveloperMessage | UserMessage | AssistantMessage | ToolMessage | FunctionMessage,
    Field(discriminator="role"),
]


# --- tools and output formats ---------------------------------------------------------


class FunctionDefinition(_Wire):
    name: FunctionName
    description: str | None = None
    parameters: JsonObject | None = None
    strict: bool | None = None


class Tool(_Wire):
    type: Literal["function"]
    function: FunctionDefinition


class NamedFunction(_Wire):
    name: FunctionName


class NamedToolChoice(_Wire):
    type: Literal["function"]
    function: NamedFunction


class TextFormat(_Wire):
    type: Literal["text"]


class JsonObjectFormat(_Wire):
    type: Literal["json_object"]


class JsonSchemaSpec(_Wire):
    name: FunctionName
    description: str | None = None
    json_schema: JsonObject | None = Field(default=None, alias="schema")
    strict: bool | None = None


class JsonSchemaFormat(_Wire):
    type: Literal["json_schema"]
    json_schema: JsonSchemaSpec


ResponseFormat = Annotated[TextFormat | JsonObjectFormat | JsonSchemaFormat, Field(discriminator="type")]


class StreamOptions(_Wire):
    include_usage: bool | None = None


# --- request bodies -----------------------------------------------------------------

Penalty = Annotated[float, Field(ge=-2, le=2)]
Stop = str | Annotated[list[str], Field(max_length=4)]


class _Body(_Wire):
    """Fields both endpoints share."""

    model: str = Field(min_length=1)
    stream: bool | None = None
    stream_options: StreamOptions | None = None
    max_tokens: int | None = Field(default=None, ge=1)
    temperature: float | None = Field(default=None, ge=0, le=2)
    top_p: float | None = Field(default=None, gt=0, le=1)
    n: int | None = Field(default=None, ge=1, le=128)
    stop: Stop | None = None
    seed: int | None = None
    presence_penalty: Penalty | None = None
    frequency_penalty: Penalty | None = None
    logit_bias: dict[TokenId, Annotated[int, Field(ge=-100, le=100)]] | None = None
    user: str | None = None
    metadata: Annotated[dict[str, str], Field(max_length=16)] | None = None


class ChatCompletionBody(_Body):
    messages: list[Message] = Field(min_length=1)
    max_completion_tokens: int | None = Field(default=None, ge=1)
    logprobs: bool | None = None
    top_logprobs: int | None = Field(default=None, ge=0, le=20)
    response_format: ResponseFormat | None = None
    tools: list[Tool] | None = None
    tool_choice: Literal["none", "auto", "required"] | NamedToolChoice | None = None
    parallel_tool_calls: bool | None = None
    functions: list[FunctionDefinition] | None = None
    function_call: Literal["none", "auto"] | NamedFunction | None = None
    reasoning_effort: Literal["none", "minimal", "low", "medium", "high", "xhigh"] | None = None
    verbosity: Literal["low", "medium", "high"] | None = None
    modalities: list[Literal["text", "audio"]] | None = None
    audio: JsonObject | None = None


TokenIds = list[Annotated[int, Field(ge=0)]]


class CompletionBody(_Body):
    prompt: str | list[str] | TokenIds | list[TokenIds]
    suffix: str | None = None
    echo: bool | None = None
    best_of: int | None = Field(default=None, ge=1, le=20)
    logprobs: int | None = Field(default=None, ge=0, le=5)


INBOUND_ONLY = frozenset({"metadata", "stream", "user", "modalities", "audio"})
"""Declared so that they are validated and read by the router; never sent."""


def _field_names(model: type[BaseModel], seen: set[type[BaseModel]], names: set[str]) -> None:
    if model in seen:
        return
    seen.add(model)
    for name, field in model.model_fields.items():
        names.add(field.alias or name)
        for nested in _models_in(field.annotation):
            _field_names(nested, seen, names)


def _models_in(annotation: Any) -> list[type[BaseModel]]:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return [annotation]
    return [model for arg in get_args(annotation) for model in _models_in(arg)]


def schema_field_names() -> frozenset[str]:
    """Every key the schema itself defines, at any depth (ours, not the client's text)."""
    names: set[str] = set()
    seen: set[type[BaseModel]] = set()
    for body in (ChatCompletionBody, CompletionBody):
        _field_names(body, seen, names)
    return frozenset(names)
