"""The `audit` section of the configuration."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, SecretStr, model_validator


class AuditSettings(BaseModel):
    """Where the audit chain is kept and how records reach it."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    store: Literal["sqlite", "postgresql"] = Field(
        default="sqlite",
        description="Audit store: 'sqlite' (WAL file in the data directory) or 'postgresql' (clusters).",
    )
    sqlite_path: Path | None = Field(
        default=None, description="SQLite file; unset uses <data_dir>/audit/audit.sqlite3."
    )
    dsn: SecretStr | None = Field(
        default=None,
        description="PostgreSQL connection string (libpq form, e.g. 'postgresql://user@host/db'); "
        "required when store is 'postgresql'.",
    )
    batch_max_records: int = Field(
        default=256, ge=1, le=100_000, description="Most records an ingress replica sends to the writer at once."
    )
    batch_interval_ms: float = Field(
        default=100.0,
        gt=0,
        le=10_000,
        description="How long an ingress replica gathers records after the first one before sending them to "
        "the writer, which commits them in one transaction (group commit). Sends are costly: at ~200 requests/s "
        "on one replica, 20 ms cost ~2 ms more CPU per request than 100 ms (replica and writer together). A "
        "shorter interval narrows what a power loss can take (the journal is not fsynced: the last interval of "
        "records, per replica). An idle replica does not wake.",
    )
    retention_key_file: Path | None = Field(
        default=None,
        description="File holding the base64 AES-256 key that encrypts retained prompts and completions "
        "(departments with retention 'encrypted'; `sovereign-router audit retention-key` makes one).",
    )
    retention_key_env: str | None = Field(
        default=None,
        description="Name of an environment variable holding that key instead of a file (the name, not the key).",
    )

    @model_validator(mode="after")
    def _dsn_for_postgresql(self) -> AuditSettings:
        if self.store == "postgresql" and self.dsn is None:
            raise ValueError("audit.store 'postgresql' needs audit.dsn")
        return self

    def sqlite_file(self, data_dir: Path) -> Path:
        return self.sqlite_path if self.sqlite_path is not None else data_dir / "audit" / "audit.sqlite3"
