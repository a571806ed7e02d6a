"""Recognisers: one small unit per identifier, each with its format or checksum rule.

The built-in list and the loader for extra recognisers live in
`classifiers.recognisers.registry` (not imported here, so that modules outside this
package, such as `classifiers.markings`, can subclass `PatternRecogniser` without an
import cycle).
"""

from __future__ import annotations

from classifiers.recognisers.base import Pattern, PatternRecogniser, Recogniser

__all__ = ["Pattern", "PatternRecogniser", "Recogniser"]
