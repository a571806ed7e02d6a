"""`sovereign-router report`: department KPIs from the audit store (registered by router/cli.py)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer


def report(
    since: Annotated[str, typer.Option(help="ISO 8601 date/time (UTC if no offset) or a span back: 30m, 24h, 7d.")],
    department: Annotated[str | None, typer.Option(help="Only this department.")] = None,
    out: Annotated[Path, typer.Option(help="Directory for report.md and the charts.")] = Path("kpi-report"),
    config: Annotated[Path | None, typer.Option(help="YAML config file.")] = None,
    data_dir: Annotated[Path | None, typer.Option(help="Data directory (default: from config).")] = None,
) -> None:
    """Write Markdown with PNG charts per department: requests, route mix, latency, TTFT, hand-offs, tokens."""

    from router.audit.tools import StoreMissing, matching_records, open_existing, parse_since
    from router.cli_common import settings_with_data_dir
    from router.report.markdown import write_report

    try:
        start = parse_since(since)
        settings = settings_with_data_dir(config, data_dir)
        store = open_existing(settings.audit, settings.data_dir)
    except (ValueError, StoreMissing) as exc:
        typer.echo(f"sovereign-router: {exc}", err=True)
        raise typer.Exit(2) from None
    try:
        records = (record for record, _hash in matching_records(store, start, department))
        written = write_report(records, out, since=start, department=department)
    finally:
        store.close()
    total = sum(kpis.requests for kpis in written.departments.values())
    typer.echo(f"wrote {written.path} ({total} request(s), {len(written.departments)} department(s))", err=True)
