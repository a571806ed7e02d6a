"""The OpenAI wire protocol's response side as pydantic models: errors and the model list.

Request bodies are validated by the egress schema (`hosted.egress_schema`), the one
description of what a request may carry: the router, the classifier and the hosted
client all work from the body it builds. Unknown request fields are dropped there
(their names may be logged, never their values).
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel


class ErrorInfo(BaseModel):
    message: str
    type: str
    param: str | None = None
    code: str | None = None


class ErrorResponse(BaseModel):
    error: ErrorInfo


class SovereignModelInfo(BaseModel):
    route: Literal["local", "hosted", "auto"]  # auto: the router picks per request
    levels: list[str]


class ModelCard(BaseModel):
    id: str
    object: Literal["model"] = "model"
    created: int
    owned_by: str
    sovereign: SovereignModelInfo


class HostedStatus(BaseModel):
    enabled: bool
    detail: str


class ModelList(BaseModel):
    object: Literal["list"] = "list"
    data: list[ModelCard]
    sovereign: HostedStatus
