"""`python -m benchmarks.load ...`: the `bench load` command without the router's CLI."""

from __future__ import annotations

import typer

from benchmarks.load.cli import load_command

if __name__ == "__main__":
    typer.run(load_command)
