"""Typer apps for the benchmark-side commands of `sovereign-router`.

The router's CLI hands `bench`, `size` and `upstream-sim` arguments to these apps,
importing this module only inside those commands; each app is built (and its
modules imported) on first call.
"""

from __future__ import annotations

from typing import Any

import typer


def _single(command: Any, help_text: str) -> typer.Typer:
    app = typer.Typer(help=help_text, add_completion=False, pretty_exceptions_enable=False)
    app.command()(command)
    return app


class _LazyApp:
    """A typer app built on first call, so importing this module stays cheap."""

    def __init__(self, build: Any) -> None:
        self._build = build

    def __call__(self, *, args: list[str], prog_name: str) -> Any:
        return self._build()(args=args, prog_name=prog_name)


def _build_upstream_app() -> typer.Typer:
    from benchmarks.upstream_sim import upstream_sim_command

    return _single(upstream_sim_command, "Recording OpenAI-compatible upstream simulator.")


def _build_size_app() -> typer.Typer:
    from benchmarks.sizing.cli import size_app as app

    return app


def _build_bench_app() -> typer.Typer:
    app = typer.Typer(
        help="Benchmarks: reports (JSON + Markdown + PNG) go to benchmarks/results/ or --out.",
        no_args_is_help=True,
        add_completion=False,
        pretty_exceptions_enable=False,
    )
    from benchmarks.classify_bench.cli import classify_command
    from benchmarks.load import load_command
    from benchmarks.route import route_command

    app.command("classify")(classify_command)
    app.command("load")(load_command)
    app.command("route")(route_command)
    return app


upstream_app = _LazyApp(_build_upstream_app)
size_app = _LazyApp(_build_size_app)
bench_app = _LazyApp(_build_bench_app)
