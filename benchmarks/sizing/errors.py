"""Errors the sizing tool raises, each carrying the message an operator should read.

    SizingError                 base; the `size` command prints it and exits with code 2
    ├── UnknownModelError       name not in the catalogue and not a config.json path
    ├── UnknownGpuError         name not in the catalogue
    ├── InvalidConfigError      a config.json that cannot be read or lacks a field
    ├── InvalidDeploymentError  a tensor-parallel size the model or node cannot take
    ├── DoesNotFitError         weights + runtime + one sequence exceed the GPUs' memory
    └── SloUnattainableError    even one sequence misses the TTFT or inter-token SLO

Each message ends with what would work instead (close names, a larger --tp, a
smaller dtype, another GPU), so the operator never has to guess.
"""

from __future__ import annotations


class SizingError(Exception):
    """Base class of every error the sizing tool raises; `str(exc)` is the whole message."""

    def __init__(self, message: str, suggestions: tuple[str, ...] = ()) -> None:
        self.message = message
        self.suggestions = suggestions
        text = message
        if suggestions:
            text += "\n" + "\n".join(f"  - {s}" for s in suggestions)
        super().__init__(text)


class UnknownModelError(SizingError):
    """The model name is neither in the catalogue nor a path to a config.json."""


class UnknownGpuError(SizingError):
    """The GPU name is not in the catalogue."""


class InvalidConfigError(SizingError):
    """A local config.json could not be read or lacks a required field."""


class InvalidDeploymentError(SizingError):
    """The tensor-parallel size does not divide the heads or exceeds the node."""


class DoesNotFitError(SizingError):
    """The model does not fit the chosen GPUs at this dtype and tensor-parallel size."""


class SloUnattainableError(SizingError):
    """No batch size meets the latency SLOs, not even a single sequence."""
