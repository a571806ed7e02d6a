"""The `sovereign-router` command: the root app, `serve`, `classify` and the pass-through commands.

`benchmarks` is imported only inside `bench`, `size` and `upstream-sim`, so `serve`
and `classify` never load benchmark code (and benchmarks never import `router`).
Those three commands hand their arguments to typer apps owned by `benchmarks`.
The other command groups live in their own modules and are registered here:

    audit_cli.py      audit verify / export (retention_cli.py: retention-key, retained)
    keys_cli.py       keys create / list / revoke / rotate-signing / retire-signing / token
    report/cli.py     report
    deploy_cli.py     deploy-config
    cli_common.py     settings loading and the options every command shares
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, Any, NoReturn, TextIO

import orjson
import typer

from router.audit_cli import audit_app
from router.cli_common import fail, load_cli_settings
from router.deploy_cli import deploy_config as deploy_config_command
from router.keys_cli import keys_app
from router.report.cli import report as report_command

app = typer.Typer(
    name="sovereign-router",
    help="One OpenAI-compatible endpoint that keeps personal data inside the government boundary.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
_PASS_THROUGH: dict[str, Any] = {"allow_extra_args": True, "ignore_unknown_options": True, "help_option_names": []}


@app.command()
def serve(
    config: Annotated[Path | None, typer.Option(help="YAML config file (defaults are embedded).")] = None,
    host: Annotated[str | None, typer.Option(help="Interface to bind (default 127.0.0.1).")] = None,
    port: Annotated[int | None, typer.Option(help="HTTP port (default 8000).")] = None,
) -> None:
    """Start Ray (local, embedded) and the Serve app; SIGTERM or Ctrl-C drains and stops it (router/serve_loop.py)."""
    settings = load_cli_settings(config)
    server = settings.server.model_copy(update={k: v for k, v in {"host": host, "port": port}.items() if v is not None})
    settings = settings.model_copy(update={"server": server})
    from router import app as serve_app
    from router.config import ConfigError
    from router.serve_loop import run_serve

    def ready() -> None:
        typer.echo(
            f"sovereign-router listening on {'https' if settings.server.tls_certfile else 'http'}://"
            f"{settings.server.host}:{settings.server.port} (proxy mode {settings.server.proxy_mode}, "
            f"hosted {'enabled' if settings.hosted.enabled else 'disabled'})"
        )

    try:
        serve_app.check_engines(settings)  # before Ray starts
        code = run_serve(settings, serve_app.start, serve_app.stop, ready, lambda line: typer.echo(line, err=True))
    except ConfigError as exc:  # e.g. engine vllm without the gpu extra: refused before Ray starts
        fail(exc)
    if code:
        raise typer.Exit(code)


def _classify_lines(source: TextIO, sink: TextIO, classifier: Any) -> int:
    failures = 0
    for number, line in enumerate(source, start=1):
        if not line.strip():
            continue
        try:
            record = orjson.loads(line)
            text = record.get("text") if isinstance(record, dict) else None
            if not isinstance(text, str):
                raise ValueError('each line must be a JSON object with a string "text"')
            out: dict[str, Any] = classifier.classify(text).as_dict()
        except (orjson.JSONDecodeError, ValueError) as exc:
            failures += 1
            out = {"error": f"line {number}: {exc}"}
        sink.write(orjson.dumps(out).decode() + "\n")
    sink.flush()
    return failures


@app.command()
def classify(
    file: Annotated[str, typer.Argument(help='JSONL file of {"text": ...} lines, or - for stdin.')] = "-",
    config: Annotated[Path | None, typer.Option(help="YAML config file.")] = None,
) -> None:
    """Classify JSONL texts; prints one JSON result per line, in order."""
    from classifiers import Classifier

    settings = load_cli_settings(config)
    classifier = Classifier(settings.classifier)
    if file == "-":
        failures = _classify_lines(sys.stdin, sys.stdout, classifier)
    else:
        try:
            with open(file, encoding="utf-8") as source:
                failures = _classify_lines(source, sys.stdout, classifier)
        except OSError as exc:
            fail(f"cannot read {file}: {exc.strerror}")
    if failures:
        fail(f"{failures} line(s) could not be classified", code=1)


@app.command("upstream-sim", context_settings=_PASS_THROUGH, add_help_option=False)
def upstream_sim(ctx: typer.Context) -> None:
    """Recording OpenAI-compatible upstream for tests and benchmarks (see `upstream-sim --help`)."""
    from benchmarks.cli import upstream_app

    upstream_app(args=ctx.args, prog_name="sovereign-router upstream-sim")


@app.command(context_settings=_PASS_THROUGH, add_help_option=False)
def bench(ctx: typer.Context) -> None:
    """Benchmarks: classify, route, load (see `bench --help`)."""
    from benchmarks.cli import bench_app

    bench_app(args=ctx.args, prog_name="sovereign-router bench")


@app.command(context_settings=_PASS_THROUGH, add_help_option=False)
def size(ctx: typer.Context) -> None:
    """GPU node sizing for a model, GPU and workload (see `size --help`)."""
    from benchmarks.cli import size_app

    size_app(args=ctx.args, prog_name="sovereign-router size")


app.command("report")(report_command)  # department KPIs from the audit store (router/report/)
app.command("deploy-config")(deploy_config_command)  # Serve config / RayService (router/deploy_cli.py)
app.add_typer(audit_app, name="audit")  # router/audit_cli.py (+ router/retention_cli.py)
app.add_typer(keys_app, name="keys")  # router/keys_cli.py


def main() -> None:
    """The console script: a file, directory or store the user named that cannot be used is a one-line
    error (exit 2), never a traceback, whichever command met it."""
    import sqlite3

    try:
        app()
    except OSError as exc:
        where = f" ({exc.filename})" if exc.filename else ""
        _exit_with(f"{exc.strerror or exc}{where}")
    except sqlite3.DatabaseError as exc:
        _exit_with(f"the SQLite store cannot be read: {exc}")
    except UnicodeDecodeError as exc:
        _exit_with(f"a file given is not UTF-8 text ({exc.reason} at byte {exc.start})")


def _exit_with(message: str) -> NoReturn:
    # outside typer's context, so not `fail` (typer.Exit needs its runner)
    print(f"sovereign-router: {message}", file=sys.stderr)
    raise SystemExit(2)
