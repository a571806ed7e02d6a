"""Connecting an ingress replica to the writer deployment (kept out of `router/ingress.py`)."""

from __future__ import annotations

from collections.abc import Collection
from typing import TYPE_CHECKING, Any

from router.audit.records import Record
from router.audit.retention import retainer_for
from router.audit.trail import Auditor
from router.audit.writer import AuditWriter

if TYPE_CHECKING:
    from router.config import Settings


def replica_auditor(settings: Settings, writer: Any, *, department: str, known_models: Collection[str]) -> Auditor:
    """The auditor of one ingress replica.

    `writer` is the Serve handle of the single `AuditWriter` deployment; None (an ingress
    built without one, as in a unit test) writes through an in-process writer instead,
    which is only one chain if there is only one replica.
    """
    if writer is None:
        local = AuditWriter(settings.audit, settings.data_dir)

        async def send(records: list[Record]) -> int:
            return await local.append(records)

    else:
        # The method's handle, made once: `writer.append` is `writer.options(method_name=...)`,
        # a new handle (options copied) on every flush otherwise (router/local_handle.py does the same).
        append = writer.options(method_name="append")

        async def send(records: list[Record]) -> int:
            return int(await append.remote(records))

    return Auditor(settings.audit, settings.data_dir, send, department=department, known_models=known_models,
                   retainer=retainer_for(settings))
