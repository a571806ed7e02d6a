"""RBAC `allowed_models` holds for the model that answers, not only the one the client named.

A real Gateway, AccessGate and SQLite key store; the backends are stand-ins that record
which model was called (the hosted one fails, to reach the local fallback).
"""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import orjson
import pytest

from classifiers.types import Classification, Sensitivity
from hosted.errors import HostedUnavailable
from router.access.admin import KeyAdmin
from router.access.gate import AccessGate
from router.config import Settings
from router.errors import ApiError
from router.gateway import Gateway

HOSTED_MODEL = "gpt-4o-mini"


class _Headers(dict[str, str]):
    def getlist(self, key: str) -> list[str]:
        return [self[key]] if key in self else []


class _Local:
    def __init__(self) -> None:
        self.models: list[str] = []

    async def create(self, endpoint: str, body: dict[str, Any]) -> dict[str, Any]:
        self.models.append(body["model"])
        return {"id": "x", "object": "chat.completion", "model": body["model"],
                "choices": [{"index": 0, "message": {"role": "assistant", "content": "hi"}, "finish_reason": "stop"}]}

    async def stream(self, endpoint: str, body: dict[str, Any]) -> Any:
        raise NotImplementedError


class _HostedDown:
    def __init__(self) -> None:
        self.calls = 0

    async def call(self, *args: Any, **kwargs: Any) -> Any:
        self.calls += 1
        raise HostedUnavailable("upstream down")


def _gateway(tmp_path: Path, allowed: list[str], level: Sensitivity, actions: dict[str, str] | None = None,
             ) -> tuple[Gateway, str, _Local, _HostedDown]:
    policy: dict[str, Any] = {"departments": {"*": {"actions": actions} if actions else {}}}
    settings = Settings.model_validate({
        "data_dir": tmp_path,
        "local": {"models": [{"engine": "transformers", "model_id": "local-demo-tiny", "levels": ["public"]}]},
        "hosted": {"api_key": "sk-test", "default_model": HOSTED_MODEL},
        "policy": policy,
        "access": {"rbac": {"HMRC": {"clerk": {"allowed_models": allowed}}}},
    })
    admin = KeyAdmin(settings.access, tmp_path)
    key, _ = admin.create("HMRC", ("clerk",))
    admin.close()

    async def classify(text: str, mode: Any) -> Classification:
        return Classification(level=level, findings=())

    local, hosted = _Local(), _HostedDown()
    gateway = Gateway(settings, classify=classify, local=local, hosted=hosted,  # type: ignore[arg-type]
                      user_id_key=b"k" * 32, access=AccessGate(settings.access, tmp_path))
    return gateway, key, local, hosted


def _ask(gateway: Gateway, key: str, model: str) -> Any:
    raw = orjson.dumps({"model": model, "messages": [{"role": "user", "content": "my NI is QQ123456C"}]})
    return asyncio.run(gateway.handle("chat.completions", raw, _Headers(authorization="Bearer " + key)))


def test_a_model_policy_reroutes_to_must_be_allowed(tmp_path: Path) -> None:
    # The role may use only local-demo-tiny, which serves public work; personal work naming it
    # is re-routed to another local model, which the role may not use.
    gateway, key, local, _ = _gateway(tmp_path, ["local-demo-tiny"], Sensitivity.PERSONAL)
    with pytest.raises(ApiError) as caught:
        _ask(gateway, key, "local-demo-tiny")
    assert (caught.value.status, caught.value.code) == (403, "model_not_allowed")
    assert local.models == []


def test_a_reroute_to_an_allowed_model_is_answered(tmp_path: Path) -> None:
    gateway, key, local, _ = _gateway(tmp_path, ["local-demo-tiny", "smollm2-135m-instruct"], Sensitivity.PERSONAL)
    answer = _ask(gateway, key, "local-demo-tiny")
    assert answer.headers["x-sovereign-rerouted-from"] == "local-demo-tiny"
    assert local.models == [answer.headers["x-sovereign-model"]] == ["smollm2-135m-instruct"]


def test_the_local_fallback_after_a_hosted_failure_must_be_allowed(tmp_path: Path) -> None:
    gateway, key, local, hosted = _gateway(tmp_path, [HOSTED_MODEL], Sensitivity.PUBLIC)
    with pytest.raises(ApiError) as caught:
        _ask(gateway, key, HOSTED_MODEL)
    assert (caught.value.status, caught.value.code) == (403, "model_not_allowed")
    assert hosted.calls == 1 and local.models == []


def test_the_local_answer_when_redaction_is_incomplete_must_be_allowed(tmp_path: Path) -> None:
    # No NER configured: redaction cannot complete, so personal work would be answered locally.
    gateway, key, local, hosted = _gateway(tmp_path, [HOSTED_MODEL], Sensitivity.PERSONAL,
                                           actions={"public": "hosted", "personal": "redact_hosted",
                                                    "special": "local", "secret": "reject"})
    with pytest.raises(ApiError) as caught:
        _ask(gateway, key, HOSTED_MODEL)
    assert (caught.value.status, caught.value.code) == (403, "model_not_allowed")
    assert hosted.calls == 0 and local.models == []  # refused: never hosted, never the forbidden model
