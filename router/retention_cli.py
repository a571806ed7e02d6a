"""`sovereign-router audit retention-key` and `audit retained`: make a key, read retained text.

Registered on the `audit` command group by `router/cli.py`. Reading decrypts with the
key the config names (or `--key-file`), so only whoever holds the key reads the text;
each record's text is printed as one JSON line beside its record id, time and department.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Annotated

import orjson
import typer

from router.cli_common import ConfigOpt, DataDirOpt, fail, settings_with_data_dir


def register(audit_app: typer.Typer) -> None:
    """Add the retention commands to `audit_app`."""

    @audit_app.command("retention-key")
    def retention_key(
        out: Annotated[Path, typer.Option(help="File to create (mode 0600); refuses to overwrite one.")],
    ) -> None:
        """Create a retention key file (AES-256, base64) for audit.retention_key_file."""
        from router.audit.retention import key_id, load_key, new_key
        from router.audit.settings import AuditSettings

        try:
            fd = os.open(out, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:
            fail(f"{out} exists; a retention key is never overwritten")
        with os.fdopen(fd, "w", encoding="ascii") as sink:
            sink.write(new_key() + "\n")
        typer.echo(
            f"retention key {key_id(load_key(AuditSettings(retention_key_file=out)))} written to {out}; "
            "keep a copy: without it the retained text cannot be read"
        )

    @audit_app.command("retained")
    def retained(
        since: Annotated[str | None, typer.Option(help="ISO 8601 date/time or a span back: 30m, 24h, 7d.")] = None,
        department: Annotated[str | None, typer.Option(help="Only this department's texts.")] = None,
        record_id: Annotated[str | None, typer.Option(help="Only this audit record's text.")] = None,
        key_file: Annotated[Path | None, typer.Option(help="Key file (default: from config).")] = None,
        config: ConfigOpt = None,
        data_dir: DataDirOpt = None,
    ) -> None:
        """Decrypt retained prompts and completions (JSONL to stdout) for an authorised reader."""
        from router.audit.retention import RetainedStore, RetentionError, Sealer, load_key, retained_file
        from router.audit.tools import parse_since

        settings = settings_with_data_dir(config, data_dir)
        audit = (
            settings.audit
            if key_file is None
            else settings.audit.model_copy(update={"retention_key_file": key_file, "retention_key_env": None})
        )
        try:
            start = parse_since(since) if since is not None else None
            sealer = Sealer(load_key(audit))
        except (ValueError, RetentionError) as exc:
            fail(exc)
        path = retained_file(settings.data_dir)
        if not path.exists():
            fail(f"no retained text at {path}")
        store = RetainedStore(path, readonly=True)
        failures = count = 0
        try:
            for row in store.rows(start, department, record_id):
                try:
                    payload = sealer.open(row.record_id, row.blob)
                except RetentionError as exc:
                    failures += 1
                    typer.echo(f"sovereign-router: {exc}", err=True)
                    continue
                count += 1
                line = {"record_id": row.record_id, "time": row.time, "department": row.department, **payload}
                sys.stdout.buffer.write(orjson.dumps(line) + b"\n")
        finally:
            store.close()
        sys.stdout.buffer.flush()
        typer.echo(f"decrypted {count} record(s)", err=True)
        if failures:
            raise typer.Exit(1)
