"""The OpenAPI document: every endpoint, the bearer scheme, every $ref resolves."""

from __future__ import annotations

import json
import re

from router.openapi import docs_page, openapi_document


def test_document_describes_every_endpoint_and_the_auth_scheme() -> None:
    document = openapi_document()
    assert document["openapi"].startswith("3.1")
    assert set(document["paths"]) >= {"/v1/chat/completions", "/v1/completions", "/v1/models", "/v1/tokens",
                                      "/healthz", "/readyz", "/metrics", "/openapi.json"}
    assert document["components"]["securitySchemes"]["bearer"]["scheme"] == "bearer"
    assert document["security"] == [{"bearer": []}]
    assert document["paths"]["/healthz"]["get"]["security"] == []
    chat = document["paths"]["/v1/chat/completions"]["post"]
    assert {"401", "403", "429"} <= set(chat["responses"])


def test_every_ref_resolves() -> None:
    document = openapi_document()
    refs = set(re.findall(r'"\$ref": "#/components/schemas/([^"]+)"', json.dumps(document)))
    assert refs and refs <= set(document["components"]["schemas"])


def test_docs_page_is_self_contained() -> None:
    page = docs_page(openapi_document())
    assert "/v1/tokens" in page and "<script" not in page and "http" not in page.split("</h1>")[1].split("/openapi")[0]
