"""The hosted backend: the OpenAI API through the official `openai` SDK.

Satisfies the router's `Backend` protocol structurally: OpenAI JSON body in (the
body `hosted.egress.build_outgoing` built from the egress schema, with the model and
the opaque user id set by the router), OpenAI-shaped dicts out. One
`AsyncOpenAI` with a pooled keep-alive HTTP client is shared by every request of
the process. SDK exceptions are translated once, in `map_sdk_errors`, for both
the initial request and the iteration of a stream.

Requests go through the SDK's generic `post` (its retries, timeouts, headers and
status-error types) with the minimised body serialised once with orjson, and
answers are read raw and parsed with orjson: building the SDK's pydantic models
for every response and every streamed chunk cost more CPU than the rest of the
routing path together (benchmarks/results/route/profile.md).

The SDK runs on its aiohttp transport (`openai.DefaultAioHttpClient`): the
default httpx transport took about four times the CPU per request (profile.md).

What leaves, beyond the minimised body: our `Authorization`, the SDK's
`User-Agent`, `Content-Type`/`Accept`, and `OpenAI-Organization`/`OpenAI-Project`
when `$OPENAI_ORG_ID`/`$OPENAI_PROJECT_ID` are set. The SDK's `X-Stainless-*`
telemetry (OS, architecture, runtime, retry count) is omitted where the SDK builds
headers, and a request hook on the HTTP client, the last step before a request is
written, strips any that remain, so headers the SDK adds in future versions or per
call are caught as well.
"""

from __future__ import annotations

import logging
import os
from collections.abc import AsyncGenerator, Iterator
from contextlib import contextmanager
from typing import Any, cast

import httpx2
import openai
import orjson

from hosted.egress import Endpoint, with_our_fields
from hosted.errors import HostedAuthFailed, HostedRejected, HostedTimeout, HostedUnavailable
from hosted.settings import HostedSettings

logger = logging.getLogger(__name__)

_TELEMETRY_PREFIX = "x-stainless-"
# Added per request by the SDK's `_build_headers` unless a default header names them.
_PER_REQUEST_TELEMETRY = ("X-Stainless-Retry-Count", "X-Stainless-Read-Timeout")
_PATHS: dict[Endpoint, str] = {"chat.completions": "/chat/completions", "completions": "/completions"}


async def _strip_sdk_telemetry(request: httpx2.Request) -> None:
    """Remove every `X-Stainless-*` header the SDK added (request hook of the HTTP client)."""
    for name in [name for name in request.headers if name.lower().startswith(_TELEMETRY_PREFIX)]:
        del request.headers[name]


def _telemetry_omitted(sdk: openai.AsyncOpenAI) -> dict[str, openai.Omit]:
    """`Omit` for each telemetry header the SDK would add (the SDK honours `Omit` in default headers)."""
    names = [name for name in sdk.default_headers if name.lower().startswith(_TELEMETRY_PREFIX)]
    return {name: openai.Omit() for name in [*names, *_PER_REQUEST_TELEMETRY]}


def _error_text(exc: openai.APIError) -> str:
    # The SDK prefixes "Error code: NNN - "; the API's own message is what clients should see.
    body = exc.body
    if isinstance(body, dict) and isinstance(body.get("message"), str):
        return cast(str, body["message"])
    return exc.message


def _refused(exc: BaseException) -> bool:
    """Whether a 'timeout' was really a refused connection.

    The SDK's aiohttp transport reports a refused connection as a connect timeout;
    the router answers the two differently (503 against 504), so look at the cause.
    """
    seen: BaseException | None = exc
    while seen is not None:
        if isinstance(seen, ConnectionRefusedError):
            return True
        seen = seen.__cause__ or seen.__context__
    return False


@contextmanager
def map_sdk_errors() -> Iterator[None]:
    """Translate `openai` exceptions raised inside the block into `hosted.errors`.

    Raises:
        HostedTimeout: no answer within `hosted.timeout_s`.
        HostedUnavailable: connection failed, broke mid-stream, 5xx after retries, or
            an error event inside a stream.
        HostedAuthFailed: 401/403, our own credential was refused.
        HostedRejected: any other 4xx, with the API's status, message, code and param.
    """
    try:
        yield
    except openai.APITimeoutError as exc:  # a subclass of APIConnectionError: check it first
        if _refused(exc):
            raise HostedUnavailable("could not reach the hosted API: connection refused") from exc
        raise HostedTimeout("the hosted API did not answer in time") from exc
    except openai.APIConnectionError as exc:
        raise HostedUnavailable(f"could not reach the hosted API: {exc.__cause__ or exc}") from exc
    except openai.APIStatusError as exc:
        status, message = exc.status_code, _error_text(exc)
        if status in (401, 403):
            raise HostedAuthFailed(status, message, exc.code, exc.param) from exc
        if 400 <= status < 500:
            raise HostedRejected(status, message, exc.code, exc.param) from exc
        raise HostedUnavailable(f"the hosted API failed with {status}: {message}") from exc
    except openai.APIError as exc:  # an `error` event inside a stream, or an unparseable answer
        raise HostedUnavailable(f"the hosted API failed: {_error_text(exc)}") from exc


def _api_key(settings: HostedSettings) -> str:
    if settings.api_key is not None and settings.api_key.get_secret_value():
        return settings.api_key.get_secret_value()
    key = os.environ.get("OPENAI_API_KEY")
    if key:
        return key
    raise ValueError("the hosted backend needs an API key: set hosted.api_key or $OPENAI_API_KEY")


def _json_object(raw: bytes | str, what: str) -> dict[str, Any]:
    try:
        payload = orjson.loads(raw)
    except orjson.JSONDecodeError as exc:
        raise HostedUnavailable(f"the hosted API sent an unreadable {what}") from exc
    if not isinstance(payload, dict):
        raise HostedUnavailable(f"the hosted API sent an unreadable {what}")
    return payload


_DONE = object()


def _sse_data(line: str) -> dict[str, Any] | object | None:
    """The JSON of one SSE `data:` line; `_DONE` for `[DONE]`; None for other lines.

    Raises:
        HostedUnavailable: an error event, or data that is not a JSON object.
    """
    if not line.startswith("data:"):
        return None
    data = line[5:].strip()
    if data == "[DONE]":
        return _DONE
    chunk = _json_object(data, "stream event")
    if "error" in chunk:
        error = chunk["error"]
        message = error.get("message") if isinstance(error, dict) else None
        raise HostedUnavailable(f"the hosted API failed: {message or 'error event in stream'}")
    return chunk


class _StreamCheck:
    """Whether a hosted stream arrived whole.

    A stream is whole when the upstream sent `[DONE]`, every choice it started reached a
    `finish_reason`, and, if the client asked for usage, a usage chunk came. Anything
    less (a proxy closing politely, an upstream cut short) must reach the client as an
    error event, not as a complete answer with the router's own `[DONE]`.
    """

    def __init__(self, want_usage: bool) -> None:
        self.want_usage = want_usage
        self.done = False
        self.usage = False
        self.open_choices: set[int] = set()

    def see(self, chunk: dict[str, Any]) -> None:
        if chunk.get("usage"):
            self.usage = True
        for choice in chunk.get("choices") or ():
            if not isinstance(choice, dict):
                continue
            index = choice.get("index", 0)
            if choice.get("finish_reason"):
                self.open_choices.discard(index)
            else:
                self.open_choices.add(index)

    def missing(self) -> str | None:
        if not self.done:
            return "the hosted API ended the stream without [DONE]"
        if self.open_choices:
            return "the hosted API ended the stream before every choice finished"
        if self.want_usage and not self.usage:
            return "the hosted API ended the stream without the usage it was asked for"
        return None


class HostedClient:
    """The `Backend` for the hosted OpenAI API.

    Args:
        settings: the `hosted` section of the router's configuration.

    Raises:
        ValueError: no API key in `settings` or `$OPENAI_API_KEY`.
    """

    def __init__(self, settings: HostedSettings) -> None:
        self._settings = settings
        http_client = openai.DefaultAioHttpClient(event_hooks={"request": [_strip_sdk_telemetry]})
        sdk = openai.AsyncOpenAI(
            api_key=_api_key(settings),
            base_url=settings.base_url,
            timeout=settings.timeout_s,
            max_retries=settings.max_retries,
            http_client=http_client,
        )
        # Omitted at source, so no request builds them only for the hook to delete them. The
        # signature says str values; the SDK drops `Omit` values when it merges headers.
        self._sdk = sdk.with_options(default_headers=cast(dict[str, str], _telemetry_omitted(sdk)))

    async def _post(self, endpoint: Endpoint, body: dict[str, Any], *, stream: bool) -> httpx2.Response:
        """Send the built body with our fields; the raw response (unread when streaming)."""
        fields = with_our_fields(body, service_tier=self._settings.service_tier, stream=stream)
        return await self._sdk.post(
            _PATHS[endpoint], content=orjson.dumps(fields), cast_to=httpx2.Response, stream=stream
        )

    async def create(self, endpoint: Endpoint, body: dict[str, Any]) -> dict[str, Any]:
        """One whole answer (`chat.completion` or `text_completion` dict).

        Raises:
            HostedError: see `map_sdk_errors`.
        """
        with map_sdk_errors():
            response = await self._post(endpoint, body, stream=False)
        return _json_object(response.content, "answer")

    async def stream(self, endpoint: Endpoint, body: dict[str, Any]) -> AsyncGenerator[dict[str, Any], None]:
        """Chunk dicts, each yielded as it arrives; closing the iterator closes the connection.

        A stream that was cut short (see `_StreamCheck`) raises after its last chunk
        rather than passing as whole.

        Raises:
            HostedError: see `map_sdk_errors`; raised from the iteration, possibly after
                chunks were yielded.
        """
        options = body.get("stream_options")
        check = _StreamCheck(want_usage=isinstance(options, dict) and bool(options.get("include_usage")))
        with map_sdk_errors():
            response = await self._post(endpoint, body, stream=True)
            try:
                async for line in response.aiter_lines():
                    event = _sse_data(line)
                    if event is _DONE:
                        check.done = True
                    elif isinstance(event, dict):
                        check.see(event)
                        yield event
            except httpx2.TransportError as exc:
                raise HostedUnavailable(f"the hosted API stream broke: {type(exc).__name__}") from exc
            finally:
                await response.aclose()
        problem = check.missing()
        if problem is not None:
            raise HostedUnavailable(problem)

    async def aclose(self) -> None:
        """Close the pooled connections."""
        await self._sdk.close()
