"""The README's configuration reference lists every field the config model has, with its default, and no other."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from pydantic import BaseModel
from pydantic_core import PydanticUndefined

from router.config import DepartmentPolicy, Settings

README = Path(__file__).resolve().parents[3] / "README.md"


def _leaf_defaults(model: type[BaseModel], prefix: str = "") -> Iterator[tuple[str, Any]]:
    """Every leaf field's dotted path (as the README writes it) and its default."""
    for name, field in model.model_fields.items():
        if name == "departments":
            yield from _leaf_defaults(DepartmentPolicy, f"{prefix}departments.<name>.")
        elif isinstance(field.annotation, type) and issubclass(field.annotation, BaseModel):
            yield from _leaf_defaults(field.annotation, f"{prefix}{name}.")
        else:
            default = field.default_factory() if field.default is PydanticUndefined else field.default  # type: ignore[call-arg, misc]
            yield f"{prefix}{name}", default


def test_every_config_field_is_documented() -> None:
    text = README.read_text(encoding="utf-8")
    missing = [path for path, _ in _leaf_defaults(Settings) if f"`{path}`" not in text]
    assert missing == []


def _as_written(default: Any) -> set[str]:
    """The ways the README may write a default: `unset` for nothing, `k: v, …` for a mapping, `~` for home."""
    if default is None or default == {}:
        return {"unset", "null", "{}"}
    if isinstance(default, dict):
        return {", ".join(f"{key}: {value}" for key, value in default.items())}
    if isinstance(default, Path):
        return {str(default).replace(str(Path.home()), "~", 1)}
    return {str(default)}


def _reference_rows() -> dict[str, str]:
    sections = tuple(f"{name}." for name in Settings.model_fields) + tuple(Settings.model_fields)
    rows = {}
    for line in README.read_text(encoding="utf-8").splitlines():
        match = re.match(r"\| `([^`]+)` \| (.*?) \| .* \|$", line)
        if match and match.group(1).startswith(sections):
            rows[match.group(1)] = match.group(2).strip("`")
    return rows


def test_every_reference_row_is_a_field_with_the_default_it_shows() -> None:
    defaults = dict(_leaf_defaults(Settings))
    rows = _reference_rows()
    assert [path for path in rows if path not in defaults] == []
    wrong = {path: (shown, defaults[path]) for path, shown in rows.items() if shown not in _as_written(defaults[path])}
    assert wrong == {}
