"""Build a model directory once, atomically, however many processes try at the same time.

The build writes into a temporary directory next to the target and renames it into
place: on POSIX the rename is atomic and fails when the target already exists, so
two replicas starting together both end up with one complete directory and neither
ever loads a half-written one. Only a finished build is renamed, so the presence of
its files means it is whole.
"""

from __future__ import annotations

import logging
import os
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path

from local_models.errors import BackendUnavailable

__all__ = ["build_once"]

logger = logging.getLogger(__name__)


def build_once(target: Path, build: Callable[[Path], None], required: tuple[str, ...], what: str) -> Path:
    """Return `target`, building it with `build(staging_dir)` unless it is already complete.

    Args:
        target: The directory the model lives in once built.
        build: Writes the model into the (empty) directory it is given.
        required: File names whose presence means a build is complete.
        what: A short name for log and error messages.

    Raises:
        BackendUnavailable: The build failed or could not be moved into place.
    """
    if _is_complete(target, required):
        return target
    target.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{target.name}-", dir=target.parent))
    try:
        build(staging)
        try:
            os.rename(staging, target)
        except OSError as exc:
            if not _is_complete(target, required):
                raise BackendUnavailable(f"could not move the {what} into {target}") from exc
            logger.info("the %s was built concurrently by another process; using theirs", what)
        else:
            logger.info("built the %s in %s", what, target)
    except BackendUnavailable:
        raise
    except Exception as exc:
        raise BackendUnavailable(f"could not build the {what}: {type(exc).__name__}: {exc}") from exc
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return target


def _is_complete(directory: Path, required: tuple[str, ...]) -> bool:
    return all((directory / name).is_file() for name in required)
