"""Small shared helpers around transformers (imported lazily by the callers)."""

from __future__ import annotations

import functools
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any, cast

if TYPE_CHECKING:
    from transformers import StoppingCriteria


@contextmanager
def quiet_progress_bars() -> Iterator[None]:
    """Silence transformers' progress bars while loading or saving a model.

    A replica's log is for operators; a tqdm bar per load or save is noise in it.
    The previous setting is restored afterwards.
    """
    from transformers.utils import logging as hf_logging

    enabled = hf_logging.is_progress_bar_enabled()
    hf_logging.disable_progress_bar()  # type: ignore[no-untyped-call]
    try:
        yield
    finally:
        if enabled:
            hf_logging.enable_progress_bar()  # type: ignore[no-untyped-call]


@contextmanager
def seeded(seed: int | None) -> Iterator[None]:
    """Seed sampling for one request without disturbing the process-wide RNG."""
    if seed is None:
        yield
        return
    import torch

    with torch.random.fork_rng(devices=[]):
        torch.manual_seed(seed)
        yield


def cancel_criterion(cancelled: threading.Event) -> StoppingCriteria:
    """A stopping criterion that ends `generate` once `cancelled` is set.

    `generate` checks it after every token, so a generation whose reader has gone
    stops within one token instead of running to `max_new_tokens`.
    """
    return cast("StoppingCriteria", _cancel_criterion_type()(cancelled))


@functools.cache
def _cancel_criterion_type() -> Any:
    # Built on first use so that importing this module does not import transformers.
    import torch
    from transformers import StoppingCriteria

    class CancelCriterion(StoppingCriteria):
        """Ends `generate` after the current token once the reader has cancelled."""

        def __init__(self, cancelled: threading.Event) -> None:
            self._cancelled = cancelled

        def __call__(self, input_ids: torch.Tensor, scores: Any, **kwargs: Any) -> torch.Tensor:
            stop = self._cancelled.is_set()
            return torch.full((input_ids.shape[0],), stop, dtype=torch.bool, device=input_ids.device)

    return CancelCriterion
