"""The OpenAPI document: every endpoint, the bearer scheme, every $ref resolves."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from typing import Any

from router.openapi import docs_page, openapi_document


def _served(routes: Iterable[Any]) -> set[tuple[str, str]]:
    """(path, method) of every route the app serves, through included routers."""
    from fastapi.routing import APIRoute

    found: set[tuple[str, str]] = set()
    for route in routes:
        if isinstance(route, APIRoute):
            path = re.sub(r"\{(\w+):\w+\}", r"{\1}", route.path)  # OpenAPI has no converters ({id:path})
            found |= {(path, method.lower()) for method in route.methods}
        inner = getattr(route, "original_router", None) or getattr(route, "app", None)
        if inner is not None and hasattr(inner, "routes"):
            found |= _served(inner.routes)
    return found


def test_document_describes_every_endpoint_the_app_serves() -> None:
    from router.ingress import app

    served = _served(app.routes)
    assert ("/v1/chat/completions", "post") in served and ("/docs", "get") in served  # the walk finds them
    document = openapi_document()
    described = {(path, method) for path, operations in document["paths"].items() for method in operations}
    assert described == served  # a new endpoint without a description fails here


def test_document_describes_the_auth_scheme() -> None:
    document = openapi_document()
    assert document["openapi"].startswith("3.1")
    assert document["components"]["securitySchemes"]["bearer"]["scheme"] == "bearer"
    assert document["security"] == [{"bearer": []}]
    assert document["paths"]["/healthz"]["get"]["security"] == []
    chat = document["paths"]["/v1/chat/completions"]["post"]
    assert {"401", "403", "429", "503"} <= set(chat["responses"])
    for path in ("/v1/models", "/v1/models/{model_id}", "/v1/tokens"):  # every credentialed endpoint
        [operation] = document["paths"][path].values()
        assert "security" not in operation and {"401", "503"} <= set(operation["responses"]), path


def test_every_ref_resolves() -> None:
    document = openapi_document()
    refs = set(re.findall(r'"\$ref": "#/components/schemas/([^"]+)"', json.dumps(document)))
    assert refs and refs <= set(document["components"]["schemas"])


def test_docs_page_is_self_contained() -> None:
    page = docs_page(openapi_document())
    assert "/v1/tokens" in page and "<script" not in page and "http" not in page.split("</h1>")[1].split("/openapi")[0]


def test_the_token_request_schema_says_what_the_server_takes() -> None:
    """What the fuzzer found the document promised and the server refused: extra fields, and its body limit."""
    from router.access.gate import _TOKEN_FIELDS, TOKEN_BODY_MAX_BYTES

    operation = openapi_document()["paths"]["/v1/tokens"]["post"]
    schema = operation["requestBody"]["content"]["application/json"]["schema"]
    assert schema["additionalProperties"] is False and tuple(schema["properties"]) == _TOKEN_FIELDS
    assert all("null" in field.get("type", []) or None in field.get("enum", [])
               for field in schema["properties"].values())  # null: the default, as the server takes it
    assert str(TOKEN_BODY_MAX_BYTES) in operation["responses"]["413"]["description"]
