"""The README's configuration reference lists every field the config model has."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from pydantic import BaseModel

from router.config import DepartmentPolicy, Settings

README = Path(__file__).resolve().parents[3] / "README.md"


def _leaf_paths(model: type[BaseModel], prefix: str = "") -> Iterator[str]:
    for name, field in model.model_fields.items():
        if name == "departments":
            yield from _leaf_paths(DepartmentPolicy, f"{prefix}departments.<name>.")
        elif isinstance(field.annotation, type) and issubclass(field.annotation, BaseModel):
            yield from _leaf_paths(field.annotation, f"{prefix}{name}.")
        else:
            yield f"{prefix}{name}"


def test_every_config_field_is_documented() -> None:
    text = README.read_text(encoding="utf-8")
    missing = [path for path in _leaf_paths(Settings) if f"`{path}`" not in text]
    assert missing == []
