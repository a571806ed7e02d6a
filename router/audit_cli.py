"""`sovereign-router audit ...`: verify the hash chain, export records for a SIEM.

The group is registered on the root command by `router/cli.py`; the retention
commands (`audit retention-key`, `audit retained`) come from `router/retention_cli.py`.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, Any

import typer

from router.cli_common import ConfigOpt, DataDirOpt, fail, settings_with_data_dir
from router.retention_cli import register as register_retention_commands

audit_app = typer.Typer(
    help="The audit chain: verify it, export it; retained text: retention-key, retained.", no_args_is_help=True
)
register_retention_commands(audit_app)  # audit retention-key, audit retained


def _audit_store(config: Path | None, data_dir: Path | None) -> Any:
    from router.audit.tools import StoreMissing, open_existing

    settings = settings_with_data_dir(config, data_dir)
    try:
        return open_existing(settings.audit, settings.data_dir)
    except StoreMissing as exc:
        fail(exc)


@audit_app.command("verify")
def audit_verify(config: ConfigOpt = None, data_dir: DataDirOpt = None) -> None:
    """Prove the chain: exit 1 naming each tampered, deleted or re-ordered record."""
    from router.audit.tools import verify_store

    store = _audit_store(config, data_dir)
    try:
        result = verify_store(store)
    finally:
        store.close()
    for problem in result.problems[:100]:
        typer.echo(str(problem), err=True)
    if not result.ok:
        typer.echo(f"audit chain BROKEN: {len(result.problems)} problem(s) in {result.records} record(s)", err=True)
        raise typer.Exit(1)
    typer.echo(f"audit chain OK: {result.records} record(s), head {result.head_seq} {result.head_hash}")


@audit_app.command("export")
def audit_export(
    since: Annotated[str, typer.Option(help="ISO 8601 date/time (UTC if no offset) or a span back: 30m, 24h, 7d.")],
    department: Annotated[str | None, typer.Option(help="Only this department's records.")] = None,
    out: Annotated[Path | None, typer.Option(help="JSONL file to write (default: stdout).")] = None,
    config: ConfigOpt = None,
    data_dir: DataDirOpt = None,
) -> None:
    """Write records as JSONL (one object per record, with its hash) for SIEM ingestion."""
    from router.audit.tools import parse_since, write_export

    try:
        start = parse_since(since)
    except ValueError as exc:
        fail(exc)
    store = _audit_store(config, data_dir)
    try:
        if out is None:
            count = write_export(store, sys.stdout.buffer, start, department)
        else:
            with out.open("wb") as sink:
                count = write_export(store, sink, start, department)
    finally:
        store.close()
    typer.echo(f"exported {count} record(s)", err=True)
