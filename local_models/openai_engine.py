"""The in-boundary OpenAI-compatible engine: an existing server on the government network.

vLLM, SGLang, TGI and NIM all speak the OpenAI API; a department that already runs
one inside the boundary points a local model at it (`engine: openai`, `url`,
`in_boundary: true`). It is called with the `openai` SDK, as the hosted API is, but
it is a *local* backend: everything above `public` may go there, and the router
refuses to start if its URL is on the hosted API's host (`router.config`).

The body is the router's OpenAI body with `model` replaced by the name the server
knows; the fields only the hosted API understands (`store`, `metadata`,
`service_tier`) are dropped; a request without `max_tokens` (or
`max_completion_tokens`) gets the model's `max_tokens_default`. Answers come back with `model` set to the id clients
use. The server's own limits apply (context length, parameters it cannot honour; the
router has no tokenizer for this model, so `max_context` and `max_tokens_policy` are
the server's to enforce):
its 400s become `UnsupportedParameter` naming the field, so the client gets a 400
too; connection failures and 5xx become `BackendUnavailable` (503), timeouts
`BackendTimeout` (504).

Whole answers go through the SDK's typed `create`. Streams, whose time to first token
the router is measured on, are sent on the same connection pool (the SDK's own httpx
client, built here) without the SDK's request machinery: see `stream`.
"""

from __future__ import annotations

import json
import logging
from collections.abc import AsyncGenerator, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

import orjson

from local_models.errors import BackendTimeout, BackendUnavailable, LocalModelError, UnsupportedParameter
from local_models.openai_stream import StreamCheck, is_done, sse_data, stream_error
from local_models.settings import LocalModelSettings

if TYPE_CHECKING:
    import openai

__all__ = ["OpenAICompatibleEngine"]

logger = logging.getLogger(__name__)

_HOSTED_ONLY_FIELDS = ("store", "metadata", "service_tier", "model")
_NO_KEY = "in-boundary"  # the SDK insists on a key; servers without auth ignore it


def _http_client(settings: LocalModelSettings) -> openai.DefaultAsyncHttpxClient:
    """The SDK's default httpx client (its limits, redirects), with the model's timeout and TLS files.

    Built here rather than inside the SDK so that `stream` can send on the same pool.
    With a CA or client certificate configured (mutual TLS), verification stays on: the
    context is the standard library's default one (certificate and host name checked),
    only its trust anchors and client chain change.

    Raises:
        BackendUnavailable: a configured certificate, key or CA file cannot be loaded.
    """
    import openai

    if settings.tls_ca_file is None and settings.tls_client_certfile is None:
        return openai.DefaultAsyncHttpxClient(timeout=settings.request_timeout_s)
    import ssl

    try:
        context = ssl.create_default_context(cafile=settings.tls_ca_file)
        if settings.tls_client_certfile is not None:
            context.load_cert_chain(settings.tls_client_certfile, settings.tls_client_keyfile)
    except (OSError, ssl.SSLError) as exc:
        raise BackendUnavailable(f"model {settings.model_id!r}: cannot load its TLS files: {exc}") from exc
    return openai.DefaultAsyncHttpxClient(verify=context, timeout=settings.request_timeout_s)


class OpenAICompatibleEngine:
    """Answers through an in-boundary OpenAI-compatible server.

    Args:
        settings: The local model's settings (engine openai: `url`, `served_model_name`, `api_key` or
                `api_key_env`).
    """

    def __init__(self, settings: LocalModelSettings) -> None:
        import openai

        if settings.url is None:
            raise BackendUnavailable(f"model {settings.model_id!r} has no url")
        self._settings = settings
        self._served = settings.served_model_name or settings.model_id
        key = settings.api_key_value() or _NO_KEY
        self._http = _http_client(settings)
        self._client = openai.AsyncOpenAI(
            base_url=settings.url, api_key=key, timeout=settings.request_timeout_s, max_retries=0,
            http_client=self._http,
        )
        self._base_url = settings.url.rstrip("/")
        # What the SDK would send for a stream: its key as a bearer token, its user agent.
        self._stream_headers = {
            "authorization": f"Bearer {key}",
            "content-type": "application/json",
            "accept": "text/event-stream",
            "user-agent": self._client.user_agent,
        }
        self._last_error: str | None = None

    @property
    def model_id(self) -> str:
        """The id clients use for this model."""
        return self._settings.model_id

    async def create(self, endpoint: str, body: dict[str, Any]) -> dict[str, Any]:
        """Answer a whole request: the server's response with our model id.

        Raises:
            UnsupportedParameter: The server refused the request as invalid (router: 400).
            BackendTimeout: The server did not answer in time (router: 504).
            BackendUnavailable: The server is unreachable or failed, or its 200 holds no answer
                (HTML, undecodable JSON, an object without `choices`) (router: 503).
        """
        import openai

        not_an_answer = BackendUnavailable(
            f"the in-boundary server for {self.model_id} answered with something that is not an OpenAI answer"
        )
        try:
            with self._mapped_errors():
                response = await self._resource(endpoint).create(**self._outgoing(body, stream=False))
        except (json.JSONDecodeError, openai.APIResponseValidationError) as exc:  # a 200 whose body is no answer
            raise not_an_answer from exc
        # The SDK hands back the raw text of a 200 that is not JSON (a proxy's HTML page), and
        # builds its model from any JSON object without checking it (`{}` too).
        # warnings=False: a malformed answer is refused below, not reported by pydantic's serializer.
        result: dict[str, Any] = (
            response.model_dump(exclude_unset=True, warnings=False) if hasattr(response, "model_dump") else {}
        )
        choices = result.get("choices")
        if not isinstance(choices, list) or not choices or not all(isinstance(c, dict) for c in choices):
            raise not_an_answer  # no choice (`[]`) or no object in it (`[1]`): nothing to answer with
        result["model"] = self.model_id
        return result

    async def stream(self, endpoint: str, body: dict[str, Any]) -> AsyncGenerator[dict[str, Any], None]:
        """Answer as chunk dicts; closing the iterator closes the server's stream.

        The request goes out on the SDK's connection pool (its TLS, timeout and limits),
        with the key as the SDK sends it, but not through the SDK's request machinery,
        and the event stream is split into lines here. Measured in-process against the
        upstream simulator, at concurrency 1 (benchmarks/results/local/router-overhead/):

        - the SDK's `post` (options copied twice, an idempotency key, its request
          building and response wrapper) cost ~0.5 ms before the first chunk and as
          much CPU per request, of ~1.6 ms; in the router that is time to first token,
          and on a CPU engine's machine, CPU taken from the engine;
        - parsing every chunk into the SDK's pydantic model and dumping it back to a dict
          cost ~120 us of CPU per chunk, against ~35 us for orjson on the `data:` line.

        Errors are mapped as the SDK's would be (`_mapped_errors`): a refusal (400, 404,
        422) names the field, other statuses and broken connections are unavailable,
        timeouts time out. A stream that ends without `[DONE]`, or with a choice that
        never finished (a proxy closing politely, an HTML page instead of events), raises
        `BackendUnavailable` when it ends: the router then sends a 503 if no chunk came,
        else an error event, never what came as a complete answer.
        """
        timeouts, broken = _transport_errors()
        broken_off: tuple[type[BaseException], ...] = (*broken, orjson.JSONDecodeError)
        outgoing = self._outgoing(body, stream=True)
        outgoing.update(outgoing.pop("extra_body", {}))  # what the SDK's create does with extra_body
        request = self._http.build_request(
            "POST", self._base_url + self._path(endpoint), content=orjson.dumps(outgoing), headers=self._stream_headers
        )
        try:
            response = await self._http.send(request, stream=True)
        except timeouts as exc:
            raise BackendTimeout(f"the in-boundary server for {self.model_id} did not answer in time") from exc
        except broken as exc:
            raise BackendUnavailable(f"the in-boundary server for {self.model_id} is unreachable") from exc
        try:
            if response.status_code >= 400:
                raise self._status_error(response.status_code, await response.aread())
            check = StreamCheck()
            pending = b""
            async for data in response.aiter_bytes():
                lines = (pending + data).splitlines(keepends=True)
                pending = lines.pop() if lines and not lines[-1].endswith((b"\n", b"\r")) else b""
                for chunk in self._chunks(lines, check):
                    yield chunk
            for chunk in self._chunks([pending], check):  # a last line without its line break
                yield chunk
            missing = check.missing()
            if missing is not None:
                raise BackendUnavailable(f"the in-boundary server for {self.model_id} sent an incomplete "
                                         f"stream: {missing}")
        except timeouts as exc:
            raise BackendTimeout(f"the in-boundary server for {self.model_id} stopped answering") from exc
        except broken_off as exc:
            raise BackendUnavailable(
                f"the in-boundary server for {self.model_id} broke off its stream: {type(exc).__name__}"
            ) from exc
        finally:
            await response.aclose()

    def _chunks(self, lines: list[bytes], check: StreamCheck) -> Iterator[dict[str, Any]]:
        """The chunk dicts of complete event-stream lines, with our model id; an error event raises."""
        for line in lines:
            if is_done(line):
                check.done = True
            chunk = sse_data(line)
            if chunk is None:
                continue
            check.see(chunk)
            if "error" in chunk:  # an error event after the stream began
                raise stream_error(chunk["error"], self.model_id)
            chunk["model"] = self.model_id
            yield chunk

    def _status_error(self, status: int, raw: bytes) -> LocalModelError:
        """The error for a refused stream, as `_mapped_errors` maps the SDK's status errors."""
        text = raw.decode("utf-8", errors="replace").strip()
        try:
            parsed: Any = orjson.loads(text)
            message = f"Error code: {status} - {parsed}"
        except orjson.JSONDecodeError:
            parsed, message = text, text or f"Error code: {status}"
        body = parsed.get("error", parsed) if isinstance(parsed, dict) else parsed  # as the SDK keeps it
        if status in (400, 404, 422):
            return UnsupportedParameter(*_error_detail(body, message))
        logger.warning("in-boundary server for %s answered %d", self.model_id, status)
        return BackendUnavailable(f"the in-boundary server for {self.model_id} answered {status}")

    async def check_health_async(self) -> None:
        """Raise BackendUnavailable unless the server lists the model we send requests to.

        A server that answers but does not serve `served_model_name` (a typo, a renamed
        deployment) would refuse every request with a 404 or 400 that blames the client;
        readiness says so instead, naming what the server does serve.
        """
        import openai

        try:
            with self._mapped_errors():
                page = await self._client.models.list()
            served = sorted(str(getattr(model, "id", "")) for model in getattr(page, "data", None) or ())
        except (ValueError, TypeError, AttributeError, openai.APIResponseValidationError) as exc:
            # An HTML page or undecodable JSON where the model list should be (a proxy's error page).
            raise BackendUnavailable(
                f"the in-boundary server for {self.model_id} answered /models with something that is not a "
                f"model list ({type(exc).__name__})"
            ) from exc
        if self._served not in served:
            raise BackendUnavailable(
                f"the in-boundary server for {self.model_id} does not serve {self._served!r} "
                f"(it lists: {', '.join(served) or 'nothing'}); check served_model_name"
            )

    def check_health(self) -> None:
        """Nothing to check in-process; `check_health_async` asks the server."""

    def close(self) -> None:
        """Nothing to do synchronously; `aclose` releases the connection pool."""

    async def aclose(self) -> None:
        """Close the SDK's connection pool (on replica shutdown, or in tests before the loop ends)."""
        await self._client.close()

    @staticmethod
    def _path(endpoint: str) -> str:
        if endpoint == "chat.completions":
            return "/chat/completions"
        if endpoint == "completions":
            return "/completions"
        raise LocalModelError(f"local engines do not serve the {endpoint!r} endpoint")

    def _resource(self, endpoint: str) -> Any:
        if endpoint == "chat.completions":
            return self._client.chat.completions
        if endpoint == "completions":
            return self._client.completions
        raise LocalModelError(f"local engines do not serve the {endpoint!r} endpoint")

    def _outgoing(self, body: dict[str, Any], *, stream: bool) -> dict[str, Any]:
        fields = {k: v for k, v in body.items() if k not in _HOSTED_ONLY_FIELDS and k != "stream"}
        known = {"messages", "prompt", "max_tokens", "max_completion_tokens", "temperature", "top_p", "n",
                 "stop", "seed", "stream_options", "tools", "tool_choice", "response_format", "logprobs",
                 "top_logprobs", "presence_penalty", "frequency_penalty", "logit_bias", "user", "echo",
                 "suffix", "best_of", "parallel_tool_calls", "reasoning_effort"}
        extra = {k: v for k, v in fields.items() if k not in known}
        outgoing = {k: v for k, v in fields.items() if k in known}
        if outgoing.get("max_tokens") is None and outgoing.get("max_completion_tokens") is None:
            # Unset, a server generates up to its context (vLLM: max_model_len less the prompt).
            outgoing["max_tokens"] = self._settings.max_tokens_default
        if not stream:
            outgoing.pop("stream_options", None)
        if extra:
            outgoing["extra_body"] = extra
        return {**outgoing, "model": self._served, "stream": stream}

    @contextmanager
    def _mapped_errors(self) -> Iterator[None]:
        import openai

        try:
            yield
        except openai.APITimeoutError as exc:
            raise BackendTimeout(f"the in-boundary server for {self.model_id} did not answer in time") from exc
        except openai.APIConnectionError as exc:
            raise BackendUnavailable(f"the in-boundary server for {self.model_id} is unreachable") from exc
        except openai.APIStatusError as exc:
            if exc.status_code in (400, 404, 422):
                param, message = _error_detail(exc.body, exc.message)
                raise UnsupportedParameter(param, message) from exc
            logger.warning("in-boundary server for %s answered %d", self.model_id, exc.status_code)
            raise BackendUnavailable(
                f"the in-boundary server for {self.model_id} answered {exc.status_code}"
            ) from exc


def _error_detail(raw_body: Any, fallback: str | None) -> tuple[str, str]:
    """(param, message) of a refusal: the error object's, else the status line's message."""
    body = raw_body if isinstance(raw_body, dict) else {}
    error = body.get("error", body) if isinstance(body.get("error", body), dict) else {}
    message = str(error.get("message") or fallback or "the in-boundary server refused the request")
    param = error.get("param") or ("messages" if "context" in message.lower() else "model")
    return str(param), message


def _transport_errors() -> tuple[tuple[type[BaseException], ...], tuple[type[BaseException], ...]]:
    """(timeouts, other failures) of the HTTP library the SDK reads the stream with.

    openai releases moved from httpx to its fork httpx2; both are caught, whichever is installed.
    """
    timeouts: list[type[BaseException]] = []
    broken: list[type[BaseException]] = []
    for name in ("httpx2", "httpx"):
        try:
            module = __import__(name)
        except ImportError:
            continue
        timeouts.append(module.TimeoutException)
        broken.append(module.HTTPError)
    return tuple(timeouts), tuple(broken)
