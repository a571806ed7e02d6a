"""The hand-off between a generation thread and the event loop that reads it.

`model.generate` blocks, so it runs in a worker thread and pushes each new token
into a `TokenChannel` (it has the `put` / `end` methods of a transformers
streamer). The event loop awaits tokens without blocking. Two things travel the
other way: `cancelled`, which the reader sets when its client has gone or its
deadline has passed (the engine's stopping criterion reads it after every token),
and room in the channel — the thread may run at most `max_ahead` tokens ahead of
the reader, so an abandoned stream stops within that many tokens even when the
event loop is too busy to notice at once.
"""

from __future__ import annotations

import asyncio
import threading
from typing import TYPE_CHECKING

from local_models.errors import LocalModelError

if TYPE_CHECKING:
    import torch

__all__ = ["TokenChannel"]

_POLL_S = 0.05


class _End:
    """Marks the end of the token sequence."""


_END = _End()


class TokenChannel:
    """Carries one generation's tokens from its thread to its reader.

    Args:
        loop: The event loop of the reader.
        max_ahead: How many tokens the thread may produce before the reader takes them.
    """

    def __init__(self, loop: asyncio.AbstractEventLoop, max_ahead: int = 16) -> None:
        self._loop = loop
        self._queue: asyncio.Queue[int | _End | LocalModelError] = asyncio.Queue()
        self._room = threading.Semaphore(max_ahead)
        self._prompt_seen = False
        self.cancelled = threading.Event()
        self.produced = 0

    # -- generation thread -------------------------------------------------------

    def put(self, value: torch.Tensor) -> None:
        """Take new tokens from `generate` (its first call passes the prompt, skipped)."""
        if not self._prompt_seen:
            self._prompt_seen = True
            return
        for token in value.reshape(-1).tolist():
            while not self._room.acquire(timeout=_POLL_S):
                if self.cancelled.is_set():
                    return
            self.produced += 1
            self._send(int(token))

    def end(self) -> None:
        """Called by `generate` when it returns; `close` marks the end for the reader."""

    def fail(self, error: LocalModelError) -> None:
        """Hand the reader the error that ended the generation."""
        self._send(error)

    def close(self) -> None:
        """Tell the reader that no more tokens will come."""
        self._send(_END)

    def _send(self, item: int | _End | LocalModelError) -> None:
        try:
            self._loop.call_soon_threadsafe(self._queue.put_nowait, item)
        except RuntimeError:
            # The reader's loop is closed: nobody is listening any more.
            self.cancelled.set()

    # -- event loop --------------------------------------------------------------

    async def get(self) -> int | None:
        """Wait for the next token; None once the generation has ended.

        Raises:
            LocalModelError: The generation thread failed.
        """
        item = await self._queue.get()
        if isinstance(item, LocalModelError):
            raise item
        if isinstance(item, _End):
            return None
        self._room.release()
        return item
