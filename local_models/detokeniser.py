"""Token ids in, text deltas out, with stop sequences applied.

Decoding one token at a time is wrong for byte-level tokenizers (a character may
span tokens, and a half character decodes as U+FFFD) and for SentencePiece ones
(a token's leading space depends on its neighbours). `IncrementalText` therefore
re-decodes a short window of recent tokens, as vLLM's incremental detokeniser does,
and only releases text that later tokens cannot change.

Stop sequences are matched on the text, not on tokens, because one stop string may
span tokens. Text that could be the start of a stop sequence is held back until it
is clearly not one, so a stream never sends characters it would have cut.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

__all__ = ["IncrementalText"]

_REPLACEMENT = "\ufffd"
_PREFIX_TOKENS = 5


class IncrementalText:
    """The text of a growing token sequence, released in safe pieces.

    Args:
        decode: Token ids to text, skipping special tokens.
        stop: Strings that end the output; the output stops before the first one.
        context: The last prompt tokens, so the first output token decodes with its
            real left neighbour (it decides the leading space in SentencePiece).
    """

    def __init__(
        self, decode: Callable[[Sequence[int]], str], stop: Sequence[str] = (), context: Sequence[int] = ()
    ) -> None:
        self._decode = decode
        self._stop = tuple(s for s in stop if s)
        self._ids: list[int] = list(context[-_PREFIX_TOKENS:])
        self._prefix = 0
        self._read = len(self._ids)
        self._text = ""
        self._sent = 0
        self.stopped = False

    @property
    def text(self) -> str:
        """All the text so far (cut at the stop sequence once one has been found)."""
        return self._text

    def add(self, token_id: int) -> str:
        """Take one generated token and return the text now safe to send (maybe "")."""
        if self.stopped:
            return ""
        self._ids.append(token_id)
        prefix_text = self._decode(self._ids[self._prefix : self._read])
        new_text = self._decode(self._ids[self._prefix :])
        # A trailing U+FFFD is a character whose remaining bytes are still to come.
        if len(new_text) <= len(prefix_text) or new_text.endswith(_REPLACEMENT):
            return ""
        self._text += new_text[len(prefix_text) :]
        self._prefix, self._read = self._read, len(self._ids)
        return self._release(final=False)

    def flush(self) -> str:
        """At the end of generation, return everything not yet sent."""
        if not self.stopped:
            prefix_text = self._decode(self._ids[self._prefix : self._read])
            new_text = self._decode(self._ids[self._prefix :])
            self._text += new_text[len(prefix_text) :]
            self._read = len(self._ids)
        return self._release(final=True)

    def _release(self, *, final: bool) -> str:
        # A stop sequence may only start in text not yet sent: see `_held_back`.
        search_from = max(0, self._sent - max((len(s) for s in self._stop), default=0))
        cuts = [i for i in (self._text.find(s, search_from) for s in self._stop) if i >= 0]
        if cuts:
            self._text = self._text[: min(cuts)]
            self.stopped = True
            final = True
        end = len(self._text) if final else len(self._text) - self._held_back()
        piece = self._text[self._sent : end]
        self._sent = max(self._sent, end)
        return piece

    def _held_back(self) -> int:
        # The longest end of the text that is a proper prefix of some stop sequence:
        # sending it could not be undone if the next token completed the stop.
        # Only text not yet sent can be held back (what was held last time, plus the
        # new text, covers any longer prefix), so sizes stop at the unsent length:
        # the work per token is bounded by that, not by the text or the stop's length.
        longest = 0
        unsent = len(self._text) - self._sent
        for stop in self._stop:
            for size in range(min(len(stop) - 1, unsent), longest, -1):
                if self._text.endswith(stop[:size]):
                    longest = size
                    break
        return longest
