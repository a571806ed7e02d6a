"""Bad input gets an OpenAI-shaped error with the right status — never 422, 500 or a trace."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from tests.integration.conftest import auth_headers, hosted_overrides


@pytest.fixture(scope="module")
def router(deploy: Any, upstream: Any) -> str:
    return str(deploy(**hosted_overrides(upstream.base_url)))


def _assert_openai_error(response: httpx.Response, status: int) -> dict[str, Any]:
    assert response.status_code == status, response.text
    body = response.json()
    assert set(body) == {"error"}
    assert set(body["error"]) == {"message", "type", "param", "code"}
    assert "Traceback" not in response.text
    return dict(body["error"])


CHAT_URL = "/v1/chat/completions"


@pytest.mark.parametrize(
    ("content", "param"),
    [
        (b"{not json", None),
        (b'{"model": "auto"}', "messages"),
        (b'{"messages": [{"role": "user", "content": "hi"}]}', "model"),
        (b'{"model": "auto", "messages": [{"role": "user", "content": "hi"}], "max_tokens": "many"}', "max_tokens"),
        (b'["not", "an", "object"]', None),
    ],
)
def test_malformed_requests_get_400(router: str, content: bytes, param: str | None) -> None:
    headers = {**auth_headers(), "content-type": "application/json"}
    response = httpx.post(router + CHAT_URL, content=content, headers=headers)
    error = _assert_openai_error(response, 400)
    assert error["param"] == param
    assert error["type"] == "invalid_request_error"


def test_unknown_model_is_404(router: str) -> None:
    body = {"model": "no-such-model", "messages": [{"role": "user", "content": "What is 2+2?"}]}
    error = _assert_openai_error(httpx.post(router + CHAT_URL, json=body, headers=auth_headers()), 404)
    assert error["code"] == "model_not_found"


def test_oversized_body_is_413(router: str) -> None:
    body = {"model": "auto", "messages": [{"role": "user", "content": "x" * (1024 * 1024 + 10)}]}
    _assert_openai_error(httpx.post(router + CHAT_URL, json=body, headers=auth_headers()), 413)


def test_unknown_sensitivity_header_is_400(router: str) -> None:
    body = {"model": "auto", "messages": [{"role": "user", "content": "What is 2+2?"}]}
    headers = {**auth_headers(), "X-Sensitivity": "hush"}
    error = _assert_openai_error(httpx.post(router + CHAT_URL, json=body, headers=headers), 400)
    assert error["param"] == "x-sensitivity"


def test_parameter_the_local_engine_cannot_honour_is_400_naming_it(router: str) -> None:
    body = {"model": "local-demo-tiny", "n": 2, "messages": [{"role": "user", "content": "hello"}]}
    error = _assert_openai_error(httpx.post(router + CHAT_URL, json=body, headers=auth_headers()), 400)
    assert error["param"] == "n"


@pytest.mark.parametrize(("method", "path", "status"), [("GET", "/nope", 404), ("GET", CHAT_URL, 405)])
def test_unknown_paths_and_methods_use_the_error_shape(router: str, method: str, path: str, status: int) -> None:
    response = httpx.request(method, router + path)
    _assert_openai_error(response, status)
    if status == 405:  # HTTP requires a 405 to say which methods the path takes
        assert response.headers["allow"] == "POST"
        assert response.json()["error"]["code"] == "method_not_allowed"
