"""One hosted upstream: an OpenAI account or an Azure OpenAI resource, through the `openai` SDK.

Requests go through the SDK's generic `post` (its retries, timeouts, headers and
status-error types) with the built body serialised once with orjson, and answers are
read raw: building the SDK's pydantic models for every response and every streamed
chunk cost more CPU than the rest of the routing path together
(benchmarks/results/route/profile.md). The SDK runs on its aiohttp transport
(`openai.DefaultAioHttpClient`): the default httpx transport took about four times the
CPU per request (profile.md).

Azure: `openai.AsyncAzureOpenAI` authenticates with `api-key` and adds `api-version`;
the deployment is named in the path (`/deployments/{model}/chat/completions`), which the
SDK builds only for its typed methods, so it is built here. Our own `store` and
`service_tier` are not sent there (`_AZURE_UNDEFINED`): the GA API version (2024-10-21)
defines neither in its chat or completions request (azure-rest-api-specs,
AzureOpenAI/inference/stable/2024-10-21), Azure refuses arguments its API version does not
define with 400 "Unrecognized request argument supplied", Azure stores a completion only
when a request asks it to (`store: true`, stored completions), and its tier is the
deployment's type (standard or provisioned), not a request field.

What leaves, beyond the body: our credential, the SDK's `User-Agent`,
`Content-Type`/`Accept`, and `OpenAI-Organization`/`OpenAI-Project` when
`$OPENAI_ORG_ID`/`$OPENAI_PROJECT_ID` are set. The SDK's `X-Stainless-*` telemetry (OS,
architecture, runtime, retry count) is omitted where the SDK builds headers, and a
request hook on the HTTP client, the last step before a request is written, strips any
that remain, so headers the SDK adds in future versions or per call are caught as well.
"""

from __future__ import annotations

import contextvars
import logging
import os
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from typing import Any, cast

import aiohttp
import httpx2
import openai
import orjson

from hosted.breaker import CircuitBreaker
from hosted.egress import Endpoint
from hosted.errors import HostedAuthFailed, HostedRejected, HostedTimeout, HostedUnavailable
from hosted.settings import HostedSettings, UpstreamSettings

__all__ = ["Upstream", "map_sdk_errors", "rate_limits"]

logger = logging.getLogger(__name__)

_TELEMETRY_PREFIX = "x-stainless-"
# Added per request by the SDK's `_build_headers` unless a default header names them.
_PER_REQUEST_TELEMETRY = ("X-Stainless-Retry-Count", "X-Stainless-Read-Timeout")
_PATHS: dict[Endpoint, str] = {"chat.completions": "/chat/completions", "completions": "/completions"}
_AZURE_UNDEFINED = ("store", "service_tier")  # our fields Azure's API does not define (module docstring)
_RATE_LIMIT_PREFIX = "x-ratelimit-"
# HTTP attempts of the call in flight (the request hook counts them): beyond the first, the SDK's retries.
_ATTEMPTS: contextvars.ContextVar[list[int] | None] = contextvars.ContextVar("hosted_attempts", default=None)
RetryHook = Callable[[str, int], None]


async def _strip_sdk_telemetry(request: httpx2.Request) -> None:
    """Remove every `X-Stainless-*` header the SDK added (request hook of the HTTP client); count the attempt."""
    attempts = _ATTEMPTS.get()
    if attempts is not None:
        attempts[0] += 1
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
        HostedUnavailable: connection failed, broke mid-stream, 5xx after retries, an
            error event inside a stream, or a server that does not speak HTTP.
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
            headers = exc.response.headers
            raise HostedRejected(
                status, message, exc.code, exc.param, headers.get("retry-after"), rate_limits(headers)
            ) from exc
        raise HostedUnavailable(f"the hosted API failed with {status}: {message}") from exc
    except openai.APIError as exc:  # an `error` event inside a stream, or an unparseable answer
        raise HostedUnavailable(f"the hosted API failed: {_error_text(exc)}") from exc
    except (aiohttp.ClientError, httpx2.TransportError) as exc:
        # The SDK's aiohttp transport lets some failures through unwrapped: a server that does
        # not speak HTTP/1.1 (here a gRPC port, "Bad status line") came out as aiohttp's own
        # ClientResponseError, and the router answered 500 instead of failing closed.
        raise HostedUnavailable(f"could not talk to the hosted API: {type(exc).__name__}") from exc


def _api_key(upstream: UpstreamSettings, settings: HostedSettings) -> str:
    own = upstream.api_key_value()  # api_key, else $api_key_env
    if own:
        return own
    if settings.api_key is not None and settings.api_key.get_secret_value():
        return settings.api_key.get_secret_value()
    key_from_env = os.environ.get("OPENAI_API_KEY")
    if key_from_env:
        return key_from_env
    raise ValueError("the hosted backend needs an API key: set hosted.api_key or $OPENAI_API_KEY")


def rate_limits(headers: Mapping[str, str]) -> dict[str, float]:
    """The numeric `x-ratelimit-*` headers of an answer (`remaining-requests`, `limit-tokens` …)."""
    found: dict[str, float] = {}
    for name, value in headers.items():
        lower = name.lower()
        if lower.startswith(_RATE_LIMIT_PREFIX):
            try:
                found[lower[len(_RATE_LIMIT_PREFIX):]] = float(value)
            except ValueError:
                continue  # reset times come as durations ("6m0s"); only counts are exported
    return found


class Upstream:
    """One upstream's SDK client and circuit breaker.

    Args:
        upstream: this upstream's settings.
        settings: the whole `hosted` section (shared key, timeouts, breaker tuning).
    """

    def __init__(
        self, upstream: UpstreamSettings, settings: HostedSettings, on_retries: RetryHook | None = None
    ) -> None:
        self.name = upstream.name
        self._on_retries = on_retries
        self.region = upstream.region
        self.weight = upstream.weight
        self.breaker = CircuitBreaker(
            failures=settings.breaker_failures,
            window_s=settings.breaker_window_s,
            cooldown_s=settings.breaker_cooldown_s,
        )
        self._azure = upstream.kind == "azure"
        http_client = openai.DefaultAioHttpClient(event_hooks={"request": [_strip_sdk_telemetry]})
        sdk: openai.AsyncOpenAI
        if self._azure:
            sdk = openai.AsyncAzureOpenAI(
                api_key=_api_key(upstream, settings),
                azure_endpoint=cast(str, upstream.base_url),
                api_version=upstream.api_version,
                timeout=settings.timeout_s,
                max_retries=settings.max_retries,
                http_client=http_client,
            )
        else:
            sdk = openai.AsyncOpenAI(
                api_key=_api_key(upstream, settings),
                base_url=upstream.base_url,
                timeout=settings.timeout_s,
                max_retries=settings.max_retries,
                http_client=http_client,
            )
        # Omitted at source, so no request builds them only for the hook to delete them. The
        # signature says str values; the SDK drops `Omit` values when it merges headers.
        self._sdk = sdk.with_options(default_headers=cast(dict[str, str], _telemetry_omitted(sdk)))

    def _for_api(self, wire: Mapping[str, Any]) -> Mapping[str, Any]:
        if self._azure:
            return {key: value for key, value in wire.items() if key not in _AZURE_UNDEFINED}
        return wire

    def _path(self, endpoint: Endpoint, body: Mapping[str, Any]) -> str:
        if self._azure:
            return f"/deployments/{body['model']}{_PATHS[endpoint]}"
        return _PATHS[endpoint]

    async def post(self, endpoint: Endpoint, wire: Mapping[str, Any], *, stream: bool) -> httpx2.Response:
        """Send a wire body (ours fields included); the raw response (unread when streaming).

        Raises:
            HostedError: see `map_sdk_errors`.
        """
        attempts = [0]
        token = _ATTEMPTS.set(attempts)
        try:
            with map_sdk_errors():
                return await self._sdk.post(
                    self._path(endpoint, wire), content=orjson.dumps(self._for_api(wire)), cast_to=httpx2.Response,
                    stream=stream,
                )
        finally:
            _ATTEMPTS.reset(token)
            if attempts[0] > 1 and self._on_retries is not None:
                self._on_retries(self.name, attempts[0] - 1)

    async def aclose(self) -> None:
        await self._sdk.close()
