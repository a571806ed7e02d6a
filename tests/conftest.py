"""Shared fixtures: settings factory, data directory, and markers applied by path."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from router.config import Settings, load_settings

_MARKERS_BY_DIR = {"integration": ("integration", "slow"), "gpu": ("gpu",)}


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    for item in items:
        parts = Path(str(item.fspath)).parts
        for directory, markers in _MARKERS_BY_DIR.items():
            if directory in parts:
                for marker in markers:
                    item.add_marker(marker)


@pytest.fixture(autouse=True)
def _no_ambient_credentials(monkeypatch: pytest.MonkeyPatch) -> None:
    """Tests decide whether hosted is enabled; a developer's own key must not leak in."""
    monkeypatch.delenv("OPENAI_API_KEY", raising=False)
    for name in list(__import__("os").environ):
        if name.startswith("SOVEREIGN_ROUTER_"):
            monkeypatch.delenv(name, raising=False)


@pytest.fixture(scope="session")
def data_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One data directory per run, so the demo model is built once."""
    return tmp_path_factory.mktemp("sovereign-data")


@pytest.fixture
def make_settings(data_dir: Path) -> Callable[..., Settings]:
    def factory(**overrides: Any) -> Settings:
        overrides.setdefault("data_dir", data_dir)
        return load_settings(None, **overrides)

    return factory


@pytest.fixture(scope="module")
def sim_options() -> dict[str, Any]:
    """UpstreamSim options for the module's simulator; a module overrides this to pace it."""
    return {}


@pytest.fixture(scope="module")
def _sim_server(sim_options: dict[str, Any]) -> Iterator[Any]:
    from benchmarks.upstream_sim import UpstreamSim

    with UpstreamSim(**sim_options) as server:
        yield server


@pytest.fixture
def sim(_sim_server: Any) -> Iterator[Any]:
    """The module's simulator with no fault and an empty record, whatever the last test left."""
    _sim_server.clear_fault()
    _sim_server.clear_records()
    yield _sim_server
    _sim_server.clear_fault()
