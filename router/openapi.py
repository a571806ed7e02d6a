"""The OpenAPI document (`/openapi.json`) and a self-contained reference page (`/docs`).

The routes read raw bodies (the egress schema validates them, so that every error is
ours), so FastAPI cannot infer the request schemas; this module writes the document
from the same pydantic models instead: request bodies from `hosted.egress_schema`,
responses and errors from `router.protocol`, and the bearer scheme of `router.access`.
`/docs` is plain HTML with no external scripts (the router runs inside the boundary).
"""

from __future__ import annotations

import html
from functools import cache
from typing import Any

from pydantic import BaseModel

from hosted.egress_schema import ChatCompletionBody, CompletionBody
from router.access.gate import TOKEN_BODY_MAX_BYTES
from router.protocol import ErrorResponse, ModelCard, ModelList

_REF = "#/components/schemas/{model}"
_ERRORS = {
    "400": "Invalid request (JSON, fields, parameters the local engine cannot honour)",
    "401": "Missing or invalid credentials",
    "403": "Not allowed: level, model, route or role",
    "404": "Unknown model or path",
    "413": "Body over server.max_body_bytes",
    "429": "Quota reached (Retry-After, x-ratelimit-*)",
    "503": "Backend, key store, identity provider or quota ledger unavailable (Retry-After)",
    "504": "Backend timeout",
}


def _schema(model: type[BaseModel], components: dict[str, Any]) -> dict[str, str]:
    schema = model.model_json_schema(ref_template=_REF)
    components.update(schema.pop("$defs", {}))
    components[model.__name__] = schema
    return {"$ref": _REF.format(model=model.__name__)}


def _responses(
    ok: dict[str, Any], error: dict[str, str], codes: tuple[str, ...], said: dict[str, str] | None = None
) -> dict[str, Any]:
    """The 200 and each error code's answer; `said` replaces `_ERRORS`' description for an endpoint."""
    responses: dict[str, Any] = {"200": ok}
    for code in codes:
        description = (said or {}).get(code, _ERRORS[code])
        responses[code] = {"description": description, "content": {"application/json": {"schema": error}}}
    return responses


def _inference(summary: str, body: dict[str, str], error: dict[str, str]) -> dict[str, Any]:
    ok = {
        "description": "OpenAI-shaped answer (JSON), or an SSE stream ending with `data: [DONE]` when `stream` "
        "is true. Headers: x-sovereign-route, x-sovereign-sensitivity, x-sovereign-model, x-request-id, "
        "x-ai-generated, Server-Timing.",
        "content": {"application/json": {"schema": {"type": "object"}}, "text/event-stream": {}},
    }
    return {
        "post": {
            "summary": summary,
            "parameters": [{"name": "X-Sensitivity", "in": "header", "required": False,
                            "schema": {"type": "string", "enum": ["public", "personal", "special", "secret"]},
                            "description": "Raise (never lower) the request's sensitivity level."}],
            "requestBody": {"required": True, "content": {"application/json": {"schema": body}}},
            "responses": _responses(ok, error, tuple(_ERRORS)),
        }
    }


@cache
def openapi_document(version: str = "0.1.0") -> dict[str, Any]:
    components: dict[str, Any] = {}
    error = _schema(ErrorResponse, components)
    chat = _schema(ChatCompletionBody, components)
    completion = _schema(CompletionBody, components)
    models = _schema(ModelList, components)
    card = _schema(ModelCard, components)
    token_request = {  # null or absent: the key's own (roles, models, level) or the default lifetime
        "type": "object",
        "additionalProperties": False,
        "properties": {
            "roles": {"type": ["array", "null"], "items": {"type": "string"}},
            "models": {"type": ["array", "null"], "items": {"type": "string", "minLength": 1}},
            "max_level": {"enum": ["public", "personal", "special", "secret", None]},
            "ttl_minutes": {"type": ["integer", "null"], "minimum": 1,
                            "description": "At most access.token_max_ttl_minutes (60 by default)."},
        },
    }
    token_response = {
        "type": "object",
        "properties": {"token": {"type": "string"}, "token_type": {"type": "string"},
                       "expires_at": {"type": "integer"}, "expires_in": {"type": "integer"}},
    }
    plain: dict[str, Any] = {"security": []}
    return {
        "openapi": "3.1.0",
        "info": {"title": "sovereign-router", "version": version,
                 "description": "One OpenAI-compatible endpoint that keeps personal data inside the government "
                 "boundary."},
        "components": {
            "schemas": components,
            "securitySchemes": {"bearer": {"type": "http", "scheme": "bearer",
                                           "description": "An API key (srk_…), a token from POST /v1/tokens, "
                                           "or an access token from a configured identity provider."}},
        },
        "security": [{"bearer": []}],
        "paths": {
            "/v1/chat/completions": _inference("Chat completion, routed by sensitivity", chat, error),
            "/v1/completions": _inference("Text completion, routed by sensitivity", completion, error),
            "/v1/tokens": {"post": {
                "summary": "A short-lived role-scoped token for the calling API key",
                "requestBody": {"required": False, "content": {"application/json": {"schema": token_request}}},
                "responses": _responses({"description": "The signed token",
                                         "content": {"application/json": {"schema": token_response}}},
                                        error, ("400", "401", "403", "413", "503"),
                                        {"413": f"Body over {TOKEN_BODY_MAX_BYTES} bytes"}),
            }},
            "/v1/models": {"get": {"summary": "Models the credential may use, with the route and levels each serves",
                                   "responses": _responses({"description": "Model list",
                                                            "content": {"application/json": {"schema": models}}},
                                                           error, ("401", "403", "503"))}},
            "/v1/models/{model_id}": {"get": {
                "summary": "One model of the list (the SDK's models.retrieve)",
                "parameters": [{"name": "model_id", "in": "path", "required": True, "schema": {"type": "string"}}],
                "responses": _responses({"description": "Model card",
                                         "content": {"application/json": {"schema": card}}},
                                        error, ("401", "403", "404", "503")),
            }},
            "/healthz": {"get": {"summary": "Process alive", **plain, "responses": {"200": {"description": "ok"}}}},
            "/readyz": {"get": {"summary": "Classifier loaded and local backend answering", **plain,
                                "responses": {"200": {"description": "ready"}, "503": {"description": "not ready"}}}},
            "/metrics": {"get": {"summary": "Prometheus metrics", **plain,
                                 "responses": {"200": {"description": "text exposition format"}}}},
            "/openapi.json": {"get": {"summary": "This document", **plain,
                                      "responses": {"200": {"description": "OpenAPI 3.1"}}}},
            "/docs": {"get": {"summary": "A reference page made from this document (HTML)", **plain,
                              "responses": {"200": {"description": "text/html"}}}},
        },
    }


def docs_page(document: dict[str, Any]) -> str:
    """A reference page from the document: endpoints, auth, error codes; no external assets."""
    rows = []
    for path, operations in document["paths"].items():
        for method, operation in operations.items():
            auth = "none" if operation.get("security") == [] else "Bearer"
            codes = ", ".join(operation.get("responses", {}))
            rows.append(f"<tr><td><code>{method.upper()}</code></td><td><code>{html.escape(path)}</code></td>"
                        f"<td>{html.escape(operation['summary'])}</td><td>{auth}</td><td>{codes}</td></tr>")
    return (
        "<!doctype html><html><head><meta charset='utf-8'><title>sovereign-router API</title></head><body>"
        "<h1>sovereign-router API</h1><p>OpenAI-compatible. Send <code>Authorization: Bearer &lt;key or token&gt;"
        "</code>. Machine-readable: <a href='/openapi.json'>/openapi.json</a>.</p>"
        "<table border='1' cellpadding='4'><tr><th>method</th><th>path</th><th>what</th><th>auth</th>"
        "<th>statuses</th></tr>" + "".join(rows) + "</table></body></html>"
    )
