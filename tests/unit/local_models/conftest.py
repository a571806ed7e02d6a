"""The demo model, built once per run, and engines that serve it on CPU."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from local_models import DEMO_MODEL_ID, LocalSettings, TransformersEngine, ensure_demo_model

# Nothing here may reach a model hub; loading is by path with local_files_only as well.
os.environ.setdefault("HF_HUB_OFFLINE", "1")


def demo_settings(**overrides: Any) -> LocalSettings:
    """Settings for the demo model, with the context these tests were written for (512).

    float32: these tests compare greedy answers given at different times, and the demo
    model's random weights give near-flat logits, so in bfloat16 the rounding of a batch
    that holds another test's leftover request can change a token (test_precision.py
    covers bfloat16).
    """
    return LocalSettings(**{"model_id": DEMO_MODEL_ID, "max_context": 512, "dtype": "float32", **overrides})


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture(scope="session")
def demo_data_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A data directory holding the demo model (built here once for the whole run)."""
    data_dir = tmp_path_factory.mktemp("local-models-data")
    ensure_demo_model(data_dir)
    return data_dir


@pytest.fixture(scope="session")
def demo_model_path(demo_data_dir: Path) -> Path:
    return ensure_demo_model(demo_data_dir)


@pytest.fixture(scope="session")
def engine(demo_model_path: Path) -> Iterator[TransformersEngine]:
    """The engine most tests share: default settings (context 512, clamp)."""
    shared = TransformersEngine(demo_settings(), demo_model_path)
    yield shared
    shared.close()


@pytest.fixture
def make_engine(demo_model_path: Path) -> Iterator[Callable[..., TransformersEngine]]:
    """Build an engine with settings overridden for one test; closed afterwards."""
    built: list[TransformersEngine] = []

    def make(**overrides: Any) -> TransformersEngine:
        built.append(TransformersEngine(demo_settings(**overrides), demo_model_path))
        return built[-1]

    yield make
    for each in built:
        each.close()
