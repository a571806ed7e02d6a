"""Department KPI report from the audit store: `sovereign-router report`.

    kpis.py      records → numbers per department (definitions in its docstring)
    charts.py    matplotlib PNGs: route mix, latency/TTFT percentiles, requests per hour
    markdown.py  report.md with a summary table and a section per department (`write_report`)
    cli.py       the typer command, registered by router/cli.py

Nothing is re-exported here: router/cli.py imports `router.report.cli` at start-up, and
numpy and matplotlib are loaded only when a report is written.
"""
