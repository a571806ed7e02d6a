"""`python -m benchmarks.upstream_sim`: the simulator without the router's CLI."""

from __future__ import annotations

import typer

from benchmarks.upstream_sim.cli import upstream_sim_command

if __name__ == "__main__":
    typer.run(upstream_sim_command)
