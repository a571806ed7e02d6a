"""Retention: keys, sealing, and the split between the chain and the sealed texts."""

from __future__ import annotations

import base64
from pathlib import Path

import pytest

from router.audit.retention import (
    RETAINED_FIELD,
    RetainedStore,
    Retainer,
    RetentionError,
    Sealer,
    load_key,
    new_key,
    split_retained,
)
from router.audit.settings import AuditSettings
from router.config import ConfigError, PolicySettings, load_settings

SECRET_TEXT = "Mrs Okafor's NHS number is 943 476 5919"


def test_a_key_file_or_variable_is_read_and_checked(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    key = new_key()
    path = tmp_path / "retention.key"
    path.write_text(key + "\n")
    assert load_key(AuditSettings(retention_key_file=path)) == base64.urlsafe_b64decode(key)
    monkeypatch.setenv("MY_RETENTION_KEY", key)
    assert load_key(AuditSettings(retention_key_env="MY_RETENTION_KEY")) == base64.urlsafe_b64decode(key)
    with pytest.raises(RetentionError, match="not set"):
        load_key(AuditSettings(retention_key_env="NO_SUCH_VARIABLE_HERE"))
    with pytest.raises(RetentionError, match="cannot read"):
        load_key(AuditSettings(retention_key_file=tmp_path / "missing.key"))
    path.write_text("too-short")
    with pytest.raises(RetentionError, match="AES-256"):
        load_key(AuditSettings(retention_key_file=path))


def test_retention_without_a_key_is_refused_at_load(tmp_path: Path) -> None:
    fallback = next(iter(PolicySettings().departments))  # the policy of departments not listed
    departments = {fallback: {}, "HMRC": {"retention": "encrypted"}}
    with pytest.raises(ConfigError, match="HMRC retain prompts encrypted but no key"):
        load_settings(None, data_dir=tmp_path, policy={"departments": departments})
    settings = load_settings(None, data_dir=tmp_path, policy={"departments": departments},
                             audit={"retention_key_file": str(tmp_path / "k")})
    assert settings.policy.departments["HMRC"].retention == "encrypted"
    assert settings.policy.departments[fallback].retention == "off"


def test_sealed_text_decrypts_with_its_key_only_and_only_for_its_record() -> None:
    sealer = Sealer(base64.urlsafe_b64decode(new_key()))
    blob = sealer.seal("rec-1", {"request": {"messages": [{"role": "user", "content": SECRET_TEXT}]}})
    assert SECRET_TEXT not in blob and "943 476" not in base64.b64decode(blob.partition(":")[2]).decode("latin-1")
    assert sealer.open("rec-1", blob)["request"]["messages"][0]["content"] == SECRET_TEXT
    with pytest.raises(RetentionError, match="moved from another record"):
        sealer.open("rec-2", blob)
    other = Sealer(base64.urlsafe_b64decode(new_key()))
    with pytest.raises(RetentionError, match=f"sealed under key {sealer.key_id}, this key is {other.key_id}"):
        other.open("rec-1", blob)


def test_stream_deltas_are_joined_per_choice() -> None:
    texts: list[str] = []
    for chunk in (b'data: {"choices":[{"index":0,"delta":{"role":"assistant"}}]}\n\n',
                  b'data: {"choices":[{"index":0,"delta":{"content":"Hel"}}]}\n\n',
                  b'data: {"choices":[{"index":0,"delta":{"content":"lo"}}]}\n\n',
                  b'data: {"choices":[],"usage":{"prompt_tokens":1}}\n\n', b"data: [DONE]\n\n"):
        Retainer.add_chunk(texts, chunk)
    assert texts == ["Hello"]


def test_the_writer_chains_records_without_their_sealed_text(tmp_path: Path) -> None:
    records: list[dict[str, object]] = [
        {"record_id": "a", "time": "t1", "department": "HMRC", RETAINED_FIELD: "kid:blob", "retained": True},
        {"record_id": "b", "time": "t2", "department": "DWP"},
    ]
    chained, rows = split_retained(records)
    assert all(RETAINED_FIELD not in r for r in chained) and chained[0]["retained"] is True
    assert rows == [("a", "t1", "HMRC", "kid:blob")]
    store = RetainedStore(tmp_path / "retained.sqlite3")
    store.put(rows)
    store.put(rows)  # a journal replay: kept once
    assert [(r.record_id, r.key_id) for r in store.rows()] == [("a", "kid")]
    store.close()
