"""The transformers engine: an open-weight causal LM run in-process (CPU, or a GPU when given one).

Concurrent requests are generated together by transformers' continuous-batching
manager (`local_models.batching`): each forward step covers every request in flight,
so eight chats cost little more than one on a CPU replica instead of queueing behind
each other. Requests that ask for sampling with a `seed` cannot share the manager's
random stream; they run alone on a worker thread with the manager paused (the
"exclusive lane"), which is how every request ran before batching. The event loop
never blocks: prompts are tokenised in a helper thread and tokens arrive through
queues fed from the generation threads.

A generation stops early when its reader goes away: closing the stream (the client
disconnected, or the request was cancelled) cancels the batched request, or sets
the exclusive lane's cancel event, which a stopping criterion checks after every
token. Every request has a deadline (`request_timeout_s`), counted from its arrival
so that time spent queueing counts too. Weights load only from local paths: the
engine sets `HF_HUB_OFFLINE=1` before transformers is imported.
"""

from __future__ import annotations

import asyncio
import logging
import os
import threading
import time
from collections.abc import AsyncGenerator, Awaitable, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import aclosing
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol, TypeVar, cast

from local_models._hf import cancel_criterion, quiet_progress_bars, seeded
from local_models.batching import ContinuousBatcher
from local_models.detokeniser import IncrementalText
from local_models.errors import BackendTimeout, BackendUnavailable, UnsupportedParameter
from local_models.request import GenerationRequest, completion_budget, parse_request
from local_models.responses import Finished, FinishReason, GenerationEvent, collect_response, stream_chunks
from local_models.settings import LocalModelSettings
from local_models.token_channel import TokenChannel

if TYPE_CHECKING:
    from transformers import GenerationConfig

__all__ = ["TransformersEngine"]

logger = logging.getLogger(__name__)

_T = TypeVar("_T")
_MAX_AHEAD = 16  # tokens the exclusive lane may run ahead of a stream's reader
_FAILURES_BEFORE_UNHEALTHY = 3
_STUCK_GRACE_S = 30.0


class _TokenStream(Protocol):
    """One generation's tokens, whichever lane produces them."""

    async def get(self) -> int | None: ...

    async def close(self) -> None: ...


class TransformersEngine:
    """Serves OpenAI chat and text completions from a local transformers model.

    Args:
        settings: The `local` section of the router's configuration.
        model_dir: A directory saved with `save_pretrained` (model and tokenizer);
            it is read with `local_files_only=True`, never fetched.

    Raises:
        BackendUnavailable: The model or tokenizer could not be loaded, or `num_gpus` asks
            for a GPU and torch sees none.
    """

    def __init__(self, settings: LocalModelSettings, model_dir: Path) -> None:
        os.environ["HF_HUB_OFFLINE"] = "1"
        import torch
        from transformers import AutoModelForCausalLM, AutoTokenizer, GenerationConfig

        from local_models.precision import float32_logits, model_dtype

        self._settings = settings
        torch.set_num_threads(settings.num_threads)
        if settings.num_gpus > 0 and not torch.cuda.is_available():
            # Running on the CPU instead would answer, many times slower, with nobody told why.
            raise BackendUnavailable(
                f"model {settings.model_id!r} asks for num_gpus {settings.num_gpus:g}, but this replica sees no "
                "CUDA device (a CPU build of torch, or no GPU or driver visible to it); it is not run on the CPU"
            )
        on_gpu = settings.num_gpus > 0
        try:
            with quiet_progress_bars():
                tokenizer = AutoTokenizer.from_pretrained(model_dir, local_files_only=True)
                model = AutoModelForCausalLM.from_pretrained(
                    model_dir, local_files_only=True, dtype=model_dtype(settings.dtype, on_gpu)
                )
            if on_gpu:
                cast(Any, model).to("cuda")
            elif model.dtype == torch.bfloat16:
                float32_logits(model)
        except Exception as exc:
            raise BackendUnavailable(f"could not load the local model from {model_dir}") from exc
        self._tokenizer: Any = tokenizer
        self._model: Any = cast(Any, model)
        self._model.eval()
        positions = getattr(model.config, "max_position_embeddings", None) or settings.max_context
        self._max_context = min(settings.max_context, positions)
        configured = model.generation_config
        self._end_ids = _end_token_ids(configured.eos_token_id, tokenizer.eos_token_id)
        self._pad_id = tokenizer.pad_token_id if tokenizer.pad_token_id is not None else min(self._end_ids)
        # `generate` fills every knob a request leaves unset from the model's own generation
        # config (say temperature 0.6, top_k 20, a repetition penalty). OpenAI's defaults apply
        # here instead, so only the token ids are kept.
        self._model.generation_config = GenerationConfig(  # type: ignore[no-untyped-call]
            bos_token_id=configured.bos_token_id,
            eos_token_id=sorted(self._end_ids),
            pad_token_id=self._pad_id,
        )
        # Fast tokenizers are not safe to encode from two threads at once ("Already borrowed").
        self._tokenizer_lock = threading.Lock()
        try:
            self._batcher = ContinuousBatcher(
                self._model,
                end_ids=self._end_ids,
                pad_id=self._pad_id,
                max_batch_size=settings.max_batch_size,
                # Room for at least one request of the full context.
                cache_tokens=max(settings.kv_cache_tokens, self._max_context + 1),
                num_threads=settings.num_threads,
            )
        except Exception as exc:
            raise BackendUnavailable("could not start continuous batching for the local model") from exc
        self._worker = ThreadPoolExecutor(
            max_workers=1,
            thread_name_prefix="local-generate",
            initializer=torch.set_num_threads,
            initargs=(settings.num_threads,),
        )
        self._active = 0
        self._running: TokenChannel | None = None
        self._running_since: float | None = None
        self._failures = 0
        self._closed = False
        self._exclusive_tokens = 0
        logger.info("loaded local model %s (context %d tokens)", settings.model_id, self._max_context)

    @property
    def model_id(self) -> str:
        """The id clients use for this model."""
        return self._settings.model_id

    @property
    def max_context(self) -> int:
        """Prompt plus output tokens the engine accepts (config limit and model limit)."""
        return self._max_context

    @property
    def busy(self) -> bool:
        """Whether a generation is running or queued."""
        return self._active > 0

    @property
    def tokens_generated(self) -> int:
        """Tokens generated since start, in both lanes (including abandoned streams)."""
        return self._batcher.tokens_generated + self._exclusive_tokens

    async def create(self, endpoint: str, body: dict[str, Any]) -> dict[str, Any]:
        """Answer a whole request: a `chat.completion` or `text_completion` dict.

        Raises:
            UnsupportedParameter: A field the engine cannot honour (router: 400).
            BackendTimeout: The deadline passed (router: 504).
            BackendUnavailable: The engine is closed or the model failed (router: 503).
        """
        request = parse_request(endpoint, body)
        return await collect_response(request.endpoint, self.model_id, self._events(request))

    async def stream(self, endpoint: str, body: dict[str, Any]) -> AsyncGenerator[dict[str, Any], None]:
        """Answer a request as OpenAI chunks; errors surface on the first iteration.

        Closing the iterator early stops the generation.
        """
        request = parse_request(endpoint, body)
        chunks = stream_chunks(
            request.endpoint, self.model_id, self._events(request), include_usage=request.include_usage
        )
        async with aclosing(chunks):
            async for chunk in chunks:
                yield chunk

    def check_health(self) -> None:
        """Raise BackendUnavailable if the engine cannot serve requests.

        Unhealthy means closed, the batching loop stopped, several exclusive generations
        failing in a row, or one still running well past its deadline (the worker is
        wedged and cannot be freed).
        """
        if self._closed:
            raise BackendUnavailable("the local engine is closed")
        self._batcher.check_health()
        if self._failures >= _FAILURES_BEFORE_UNHEALTHY:
            raise BackendUnavailable(f"the last {self._failures} local generations failed")
        since = self._running_since
        if since is not None and time.monotonic() - since > self._settings.request_timeout_s + _STUCK_GRACE_S:
            raise BackendUnavailable("a local generation is stuck past its deadline")

    def close(self) -> None:
        """Stop generating, refuse new requests and release the generation threads."""
        self._closed = True
        if (running := self._running) is not None:
            running.cancelled.set()
        self._worker.shutdown(wait=False, cancel_futures=True)
        self._batcher.close()

    async def _events(self, request: GenerationRequest) -> AsyncGenerator[GenerationEvent, None]:
        loop = asyncio.get_running_loop()
        deadline = loop.time() + self._settings.request_timeout_s
        if self._closed:
            raise BackendUnavailable("the local engine is closed")
        prompt_ids = await self._before(deadline, asyncio.to_thread(self._prompt_ids, request))
        budget = completion_budget(
            len(prompt_ids),
            request,
            max_context=self._max_context,
            default_max_tokens=self._settings.max_tokens_default,
            policy=self._settings.max_tokens_policy,
        )
        if self._closed:
            raise BackendUnavailable("the local engine is closed")
        tokens = self._open(prompt_ids, budget, request)
        self._active += 1
        try:
            text = IncrementalText(self._decode, request.stop, context=prompt_ids)
            count, last = 0, None
            while (token := await self._before(deadline, tokens.get())) is not None:
                count, last = count + 1, token
                if piece := text.add(token):
                    yield piece
                if text.stopped:
                    break
            if piece := text.flush():
                yield piece
            reason: FinishReason = "stop" if text.stopped or last in self._end_ids else "length"
            yield Finished(reason, len(prompt_ids), count)
        finally:
            # Runs on normal end, on error, and when the reader closes or is cancelled.
            self._active -= 1
            await tokens.close()

    def _open(self, prompt_ids: list[int], budget: int, request: GenerationRequest) -> _TokenStream:
        if request.seed is not None and request.temperature > 0:
            return self._open_exclusive(prompt_ids, budget, request)
        return self._batcher.open(prompt_ids, budget, request.temperature, request.top_p)

    def _open_exclusive(self, prompt_ids: list[int], budget: int, request: GenerationRequest) -> _TokenStream:
        channel = TokenChannel(asyncio.get_running_loop(), max_ahead=_MAX_AHEAD)
        try:
            future = self._worker.submit(self._generate, prompt_ids, budget, request, channel)
        except RuntimeError as exc:  # the executor was shut down by close()
            raise BackendUnavailable("the local engine is closed") from exc
        return _ExclusiveStream(channel, future)

    async def _before(self, deadline: float, awaitable: Awaitable[_T]) -> _T:
        try:
            async with asyncio.timeout_at(deadline):
                return await awaitable
        except TimeoutError as exc:
            raise BackendTimeout(
                f"the local model did not answer within {self._settings.request_timeout_s:g} s"
            ) from exc

    def _prompt_ids(self, request: GenerationRequest) -> list[int]:
        with self._tokenizer_lock:
            if request.endpoint == "chat.completions":
                try:
                    # sanitize_control_tokens: a user cannot forge a turn by typing the template's tokens.
                    ids = self._tokenizer.apply_chat_template(
                        list(request.messages),
                        add_generation_prompt=True,
                        tokenize=True,
                        return_dict=False,
                        sanitize_control_tokens=True,
                    )
                except Exception as exc:
                    raise UnsupportedParameter(
                        "messages", "The local model's chat template cannot render these messages."
                    ) from exc
            elif isinstance(request.prompt, str):
                ids = self._tokenizer.encode(request.prompt, add_special_tokens=True)
            else:
                ids = list(request.prompt)
                if any(token >= len(self._tokenizer) for token in ids):
                    raise UnsupportedParameter("prompt", "The prompt holds token ids outside the vocabulary.")
        if not ids:
            raise UnsupportedParameter(request.prompt_param, "The prompt is empty.")
        return [int(token) for token in ids]

    def _decode(self, ids: Sequence[int]) -> str:
        with self._tokenizer_lock:
            return cast(str, self._tokenizer.decode(list(ids), skip_special_tokens=True))

    def _generate(
        self, prompt_ids: list[int], budget: int, request: GenerationRequest, channel: TokenChannel
    ) -> None:
        """Run `model.generate` on the worker thread with the batching loop paused, feeding `channel`."""
        import torch
        from transformers import StoppingCriteriaList

        self._running, self._running_since = channel, time.monotonic()
        try:
            if channel.cancelled.is_set():
                return
            inputs = torch.tensor([prompt_ids], dtype=torch.long, device=self._model.device)
            with self._batcher.paused(), torch.inference_mode(), seeded(request.seed):
                self._model.generate(
                    input_ids=inputs,
                    attention_mask=torch.ones_like(inputs),
                    generation_config=self._generation_config(budget, request),
                    streamer=channel,
                    stopping_criteria=StoppingCriteriaList([cancel_criterion(channel.cancelled)]),
                )
            self._failures = 0
        except Exception as exc:
            self._failures += 1
            logger.error("local generation failed: %s", type(exc).__name__, exc_info=exc)
            error = BackendUnavailable("The local model failed while generating.")
            error.__cause__ = exc
            channel.fail(error)
        finally:
            self._exclusive_tokens += channel.produced
            self._running, self._running_since = None, None
            channel.close()

    def _generation_config(self, budget: int, request: GenerationRequest) -> GenerationConfig:
        from transformers import GenerationConfig

        # top_k=0 switches off transformers' global default of 50, which OpenAI's API does not have.
        options: dict[str, Any] = {
            "max_new_tokens": budget,
            "min_new_tokens": 0,
            "num_beams": 1,
            "eos_token_id": sorted(self._end_ids),
            "pad_token_id": self._pad_id,
            "do_sample": request.temperature > 0,
        }
        if request.temperature > 0:
            options.update(temperature=request.temperature, top_p=request.top_p, top_k=0)
        return GenerationConfig(**options)  # type: ignore[no-untyped-call]


class _ExclusiveStream:
    """The exclusive lane's tokens: a `TokenChannel` fed by a generation on the worker thread."""

    def __init__(self, channel: TokenChannel, future: Future[None]) -> None:
        self._channel = channel
        self._future = future

    async def get(self) -> int | None:
        return await self._channel.get()

    async def close(self) -> None:
        """Stop the generation and wait for the worker to let go of the model."""
        self._channel.cancelled.set()
        if not self._future.cancel():
            await asyncio.wrap_future(self._future)


def _end_token_ids(configured: int | list[int] | None, tokenizer_eos: int | None) -> frozenset[int]:
    ids = set(configured if isinstance(configured, list) else [configured] if configured is not None else [])
    if tokenizer_eos is not None:
        ids.add(tokenizer_eos)
    if not ids:
        raise BackendUnavailable("the local model defines no end-of-sequence token")
    return frozenset(ids)
