"""Running the upstream simulator: in a thread for tests, in the foreground for the CLI.

The in-thread server follows encode/httpx's `tests/conftest.py`: uvicorn's
`Server.run` in a thread, wait for `started`, set `should_exit` to stop. We bind
the socket ourselves before starting, so port 0 resolves to the real ephemeral
port at once and a port in use fails in the caller's thread, not silently in
the server's.
"""

from __future__ import annotations

import socket
import threading
import time
from pathlib import Path
from types import TracebackType
from typing import Any

import uvicorn
from uvicorn.config import LOGGING_CONFIG

from benchmarks.upstream_sim.app import DEFAULT_MODELS, SimApp
from benchmarks.upstream_sim.faults import Fault
from benchmarks.upstream_sim.records import DEFAULT_MAX_RECORDS

_START_TIMEOUT_S = 10.0
_STOP_TIMEOUT_S = 10.0


def server_config(
    app: SimApp, *, host: str, port: int, log_level: str, configure_logging: bool = False
) -> uvicorn.Config:
    """uvicorn settings shared by the thread and the CLI: lean, no lifespan, no websockets.

    Only the CLI, which owns its process, lets uvicorn configure logging; in a test
    process the host's logging configuration is left alone.
    """
    return uvicorn.Config(
        app,
        host=host,
        port=port,
        lifespan="off",
        ws="none",  # websockets are not needed and their import can warn
        access_log=False,
        log_level=log_level,
        log_config=LOGGING_CONFIG if configure_logging else None,
        timeout_graceful_shutdown=2,
    )


def base_url_for(host: str, port: int) -> str:
    shown = f"[{host}]" if ":" in host else host
    return f"http://{shown}:{port}/v1"


class UpstreamSim:
    """A recording OpenAI-compatible upstream served from a daemon thread.

    Use as a context manager, or call `start()` and `stop()`.
    """

    def __init__(
        self,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        latency_ms: float = 0.0,
        tokens_per_s: float = 0.0,
        record_path: Path | None = None,
        max_records: int | None = DEFAULT_MAX_RECORDS,
        models: tuple[str, ...] = DEFAULT_MODELS,
    ) -> None:
        self.host = host
        self.port = port
        self.app = SimApp(
            latency_ms=latency_ms,
            tokens_per_s=tokens_per_s,
            record_path=record_path,
            max_records=max_records,
            models=models,
        )
        self._server: uvicorn.Server | None = None
        self._thread: threading.Thread | None = None
        self._socket: socket.socket | None = None

    @property
    def base_url(self) -> str:
        """The OpenAI base URL, e.g. `http://127.0.0.1:PORT/v1`."""
        return base_url_for(self.host, self.port)

    @property
    def root_url(self) -> str:
        """The server root, where `/_sim/...` control endpoints live."""
        return self.base_url.removesuffix("/v1")

    def start(self) -> None:
        """Bind, start serving in a daemon thread and wait until uvicorn says it started.

        Raises:
            OSError: the address cannot be bound.
            RuntimeError: the server did not start.
        """
        if self._thread is not None:
            raise RuntimeError("the upstream simulator is already running")
        family = socket.AF_INET6 if ":" in self.host else socket.AF_INET
        sock = socket.create_server((self.host, self.port), family=family)
        self.port = sock.getsockname()[1]
        server = uvicorn.Server(server_config(self.app, host=self.host, port=self.port, log_level="warning"))
        thread = threading.Thread(
            target=server.run, kwargs={"sockets": [sock]}, name=f"upstream-sim:{self.port}", daemon=True
        )
        self._server, self._thread, self._socket = server, thread, sock
        thread.start()
        deadline = time.monotonic() + _START_TIMEOUT_S
        while not server.started:
            if not thread.is_alive() or time.monotonic() > deadline:
                self.stop()
                raise RuntimeError("the upstream simulator did not start")
            time.sleep(0.001)

    def stop(self) -> None:
        """Stop serving and close the record file; safe to call twice."""
        if self._server is not None:
            self._server.should_exit = True
        if self._thread is not None:
            self._thread.join(_STOP_TIMEOUT_S)
        if self._socket is not None:
            self._socket.close()
        self._server = self._thread = self._socket = None
        self.app.recorder.close()

    def __enter__(self) -> UpstreamSim:
        self.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    @property
    def records(self) -> list[dict[str, Any]]:
        """Every API request received, in arrival order (most recent `max_records`)."""
        return self.app.recorder.snapshot()

    @property
    def client_disconnects(self) -> int:
        """API requests whose client went away before the answer was complete.

        Seen only while the simulator waits (latency, fault delay, pacing, a hold):
        an unpaced answer is written in full before a disconnect can be noticed.
        """
        return self.app.client_disconnects

    def set_tokens_per_s(self, tokens_per_s: float) -> None:
        """Change the streaming rate of the running simulator (0 streams as fast as possible)."""
        if tokens_per_s < 0:
            raise ValueError("tokens_per_s must be >= 0")
        self.app.token_interval_s = 1 / tokens_per_s if tokens_per_s > 0 else 0.0

    def clear_records(self) -> None:
        self.app.recorder.clear()

    def set_fault(
        self,
        status: int | None = None,
        *,
        count: int | None = None,
        delay_ms: float = 0.0,
        drop_after_chunks: int | None = None,
        end_after_chunks: int | None = None,
        hold_after_chunks: int | None = None,
        stream_omit: str | None = None,
        malformed_sse: bool = False,
        wrong_content_type: bool = False,
        empty_answer: bool = False,
        service_tier: str | None = None,
        echo: bool = False,
        message: str | None = None,
        type: str | None = None,
        code: str | None = None,
        param: str | None = None,
        retry_after_s: float | None = None,
    ) -> Fault:
        """Inject a fault into the next `count` API requests (None: until cleared); see `Fault`."""
        fault = Fault(
            status=status,
            count=count,
            delay_ms=delay_ms,
            drop_after_chunks=drop_after_chunks,
            end_after_chunks=end_after_chunks,
            hold_after_chunks=hold_after_chunks,
            stream_omit=stream_omit,
            malformed_sse=malformed_sse,
            wrong_content_type=wrong_content_type,
            empty_answer=empty_answer,
            service_tier=service_tier,
            echo=echo,
            message=message,
            type=type,
            code=code,
            param=param,
            retry_after_s=retry_after_s,
        )
        self.app.faults.set(fault)
        return fault

    def clear_fault(self) -> None:
        """Remove the fault and release any stream held by `hold_after_chunks`."""
        self.app.faults.clear()
