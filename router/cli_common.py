"""What the `sovereign-router` command modules share: settings loading and the common options.

Kept free of heavy imports: every CLI module imports this at start-up, and `size`
must answer without loading the router's config (classifiers, spaCy).
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any, NoReturn

import typer

ConfigOpt = Annotated[Path | None, typer.Option(help="YAML config file.")]
DataDirOpt = Annotated[Path | None, typer.Option(help="Data directory (default: from config).")]


def fail(message: object, code: int = 2) -> NoReturn:
    """Print `sovereign-router: <message>` on stderr and exit with `code` (2: bad input or config)."""
    typer.echo(f"sovereign-router: {message}", err=True)
    raise typer.Exit(code) from None  # the message says it all; no chained traceback


def load_cli_settings(config: Path | None, **overrides: Any) -> Any:
    """Load settings for a command; a config error exits 2 with its message, never a traceback."""
    # Imported here, not at module level: the config pulls in the classifiers (spaCy,
    # recognisers), which `size` and `upstream-sim` never need (`size` answers in < 1 s).
    from router.config import ConfigError, load_settings

    try:
        return load_settings(config, **overrides)
    except ConfigError as exc:
        fail(exc)


def settings_with_data_dir(config: Path | None, data_dir: Path | None) -> Any:
    """Settings for a command that takes `--data-dir`: the option, when given, wins over the config
    file and `SOVEREIGN_ROUTER_DATA_DIR` alike (the environment wins over the file, so the option
    is applied after both)."""
    settings = load_cli_settings(config)
    return settings if data_dir is None else settings.model_copy(update={"data_dir": data_dir})
