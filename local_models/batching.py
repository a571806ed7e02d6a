"""Continuous batching for the transformers engine, on transformers' own scheduler.

transformers 5.23 ships a continuous-batching manager (`model.init_continuous_batching`,
the engine behind `transformers serve`): one background thread runs every request in
flight in one forward pass per step over a paged key/value cache, admitting new
requests between steps and retiring finished ones. On a 2-core CPU with SmolLM2-135M,
8 concurrent 32-token chats take ~2-2.5x the time of one, instead of ~8x when requests
wait for each other (benchmarks/results/local/).

What the manager cannot do per request, and how this module bridges it:

- Greedy decoding: `do_sample` is one switch for the whole manager. The manager
  samples, and a greedy request (temperature 0) runs at `GREEDY_TEMPERATURE`, where
  the softmax is one-hot for any pair of logits further apart than ~1e-3.
- Temperature and top_p are per request (`per_request_processors`); the base
  generation config sets non-default values only so that the processors exist.
- A per-request seed: not supported; the engine runs seeded sampling alone, with the
  manager paused (`paused()`).
- Cost on CPU: the per-request top_p processor sorts the whole vocabulary (49,152
  tokens for SmolLM2) for every request at every step, even when every top_p is 1
  (OpenAI's default); with 8 requests that was ~40 % of a step. On CPU it is made to
  skip the sort when no request in the step asks for top_p < 1 (`_skip_full_top_p`).
  On a GPU it is left alone: the check would synchronise the device at every step.

Tokens reach the event loop through a result handler the manager calls with
`call_soon_threadsafe`; each output carries all tokens so far, and `BatchedStream`
hands on the new ones.
"""

from __future__ import annotations

import asyncio
import logging
import math
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from local_models.errors import BackendUnavailable

__all__ = ["GREEDY_TEMPERATURE", "BatchedStream", "ContinuousBatcher"]

logger = logging.getLogger(__name__)

GREEDY_TEMPERATURE = 1e-5
_PAGE_TOKENS = 256
_MAX_BATCH_TOKENS = 512  # tokens of prompt and output one forward step takes; long prompts are chunked
_STOP_TIMEOUT_S = 10.0


class _End:
    """Marks the end of a request's tokens."""


_END = _End()


class BatchedStream:
    """One request's tokens, as the manager produces them.

    Created by `ContinuousBatcher.open`; `close` cancels the request if it is still
    running and forgets it.
    """

    def __init__(self, batcher: ContinuousBatcher, request_id: str) -> None:
        self._batcher = batcher
        self.request_id = request_id
        self._queue: asyncio.Queue[int | _End | BackendUnavailable] = asyncio.Queue()
        self._seen = 0
        self._finished = False

    def deliver(self, output: Any) -> None:
        """Take one `GenerationOutput` (on the event loop): queue the tokens not seen yet."""
        tokens = output.generated_tokens
        fresh = tokens[self._seen :]
        self._seen = len(tokens)
        self._batcher.tokens_generated += len(fresh)
        for token in fresh:
            self._queue.put_nowait(int(token))
        if output.error is not None:
            self._finished = True
            logger.error("batched generation failed: %s", output.error)
            self._queue.put_nowait(BackendUnavailable("The local model failed while generating."))
        elif output.is_finished():
            self._finished = True
            self._queue.put_nowait(_END)

    async def get(self) -> int | None:
        """The next token, or None once the request has finished.

        Raises:
            BackendUnavailable: The generation failed.
        """
        item = await self._queue.get()
        if isinstance(item, BackendUnavailable):
            raise item
        if isinstance(item, _End):
            return None
        return item

    async def close(self) -> None:
        """Stop the request if it is still running; idempotent."""
        self._batcher.forget(self.request_id, cancel=not self._finished)
        self._finished = True


class ContinuousBatcher:
    """Runs a model's continuous-batching manager for one engine.

    Args:
        model: A loaded transformers causal LM (in eval mode).
        end_ids: Token ids that end a generation.
        pad_id: The padding token id.
        max_batch_size: Most requests generated for in one step.
        cache_tokens: Key/value cache capacity, in tokens, across all requests.
        num_threads: torch intra-op threads for the generation thread.
    """

    def __init__(
        self,
        model: Any,
        *,
        end_ids: frozenset[int],
        pad_id: int,
        max_batch_size: int,
        cache_tokens: int,
        num_threads: int,
    ) -> None:
        import torch
        from transformers import ContinuousBatchingConfig, GenerationConfig

        generation = GenerationConfig(  # type: ignore[no-untyped-call]
            do_sample=True,
            # Not 1.0, so that the per-request temperature and top_p processors are built;
            # every request passes its own values.
            temperature=0.5,
            top_p=0.5,
            top_k=0,
            eos_token_id=sorted(end_ids),
            pad_token_id=pad_id,
        )
        on_gpu = model.device.type == "cuda"
        batching = ContinuousBatchingConfig(
            page_size=_PAGE_TOKENS,
            num_blocks=math.ceil(cache_tokens / _PAGE_TOKENS),
            max_batch_tokens=_MAX_BATCH_TOKENS,
            max_requests_per_batch=max_batch_size,
            per_request_processors=True,
            use_cuda_graph=None if on_gpu else False,
        )
        self._manager: Any = model.init_continuous_batching(
            generation_config=generation, continuous_batching_config=batching
        )
        if not on_gpu:
            _skip_full_top_p(self._manager)
        run_loop: Callable[[], None] = self._manager._run_generation_loop

        def run_with_threads() -> None:
            # The manager starts its own thread; torch's intra-op thread count is set per
            # thread, so it is set here rather than inherited from the caller.
            torch.set_num_threads(num_threads)
            run_loop()

        self._manager._run_generation_loop = run_with_threads
        self._streams: dict[str, BatchedStream] = {}
        self.tokens_generated = 0
        """Tokens generated since start (including those of streams abandoned early)."""
        self._closed = False
        self._manager.start()

    @property
    def in_flight(self) -> int:
        """Requests queued or running."""
        return len(self._streams)

    def open(self, prompt_ids: list[int], budget: int, temperature: float, top_p: float) -> BatchedStream:
        """Queue one generation; must be called on the event loop that reads the stream.

        Raises:
            BackendUnavailable: The manager is closed or has stopped.
        """
        self.check_health()
        request_id = f"local-{uuid.uuid4().hex}"
        stream = BatchedStream(self, request_id)
        self._streams[request_id] = stream
        # The handler is registered before the request exists, so no output can miss it.
        self._manager.register_result_handler(request_id, stream.deliver)
        try:
            added = self._manager.add_request(
                prompt_ids,
                request_id=request_id,
                max_new_tokens=budget,
                streaming=True,
                temperature=float(temperature) if temperature > 0 else GREEDY_TEMPERATURE,
                top_p=float(top_p),
            )
        except Exception as exc:
            self.forget(request_id, cancel=False)
            raise BackendUnavailable("the local engine could not queue the request") from exc
        if added is None:
            self.forget(request_id, cancel=False)
            raise BackendUnavailable("the local engine is not accepting requests")
        return stream

    def forget(self, request_id: str, *, cancel: bool) -> None:
        """Drop a request's handler, cancelling it first if it may still be running."""
        if self._streams.pop(request_id, None) is None:
            return
        if cancel and not self._closed:
            self._manager.cancel_request(request_id)
        router = self._manager.output_router
        # A cancelled request may never send a final output, so its handler would stay
        # registered; the manager offers no public way to drop it.
        with router._lock:
            router.result_handlers.pop(request_id, None)

    @contextmanager
    def paused(self) -> Iterator[None]:
        """Hold the generation loop (requests in flight keep their place) to use the model alone."""
        with self._manager.pause():
            yield

    def check_health(self) -> None:
        """Raise BackendUnavailable if the generation thread is closed or has died."""
        if self._closed:
            raise BackendUnavailable("the local engine is closed")
        error = self._manager.background_thread_status.fatal_error
        if error is not None or not self._manager.is_running():
            raise BackendUnavailable(f"the local generation loop has stopped ({type(error).__name__})")

    def close(self) -> None:
        """Stop the generation thread, failing whatever is still in flight; idempotent."""
        if self._closed:
            return
        self._closed = True
        try:
            self._manager.stop(block=True, timeout=_STOP_TIMEOUT_S, hard_stop=True)
        except Exception as exc:  # noqa: BLE001 - closing must not raise (also runs from __del__)
            logger.warning("stopping the generation loop failed: %s", type(exc).__name__)


def _skip_full_top_p(manager: Any) -> None:
    """Make the manager's top_p processor a no-op for steps where every top_p is 1."""
    from transformers.generation.continuous_batching.cb_logits_processors import (
        ContinuousBatchingTopPLogitsWarper,
    )

    class _SkipFullTopP(ContinuousBatchingTopPLogitsWarper):
        def __call__(self, scores: Any, tensor_arg: Any) -> Any:
            top_p = tensor_arg[: scores.size(0)].view(dtype=torch.float32)
            if bool((top_p >= 1.0).all()):
                return scores
            return super().__call__(scores, tensor_arg)

    import torch

    for processor in manager.logit_processor.logits_processor:
        if type(processor) is ContinuousBatchingTopPLogitsWarper:
            processor.__class__ = _SkipFullTopP
