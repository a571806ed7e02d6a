"""`\\uXXXX` escapes in JSON text written out, so what a string says is what every reader sees.

Python's `json.dumps` (and most serialisers) write tool-call arguments and tool results with
every non-ASCII letter escaped: "Renée Dubois" arrives as `Ren\\u00e9e Dubois`. Read raw,
neither the classifier nor redaction sees the name, and the escaped name would leave whole;
`u00eb` even looks like a postcode to a reader. The egress schema passes such fields through
`unescaped`, so the classifier, the local engine and the hosted API all get the letters.

Only text that is a JSON document is changed, and only so that it still parses to the same
value: escapes of quotes, backslashes, control characters and unpaired surrogates stay.
"""

from __future__ import annotations

import json
import re

__all__ = ["unescaped"]

_ESCAPE = re.compile(
    r"(?<!\\)((?:\\\\)*)\\u(?:([dD][89abAB][0-9a-fA-F]{2})\\u([dD][c-fC-F][0-9a-fA-F]{2})|([0-9a-fA-F]{4}))"
)
"""An escape not itself escaped (after an even number of backslashes): a surrogate pair, or one code unit."""


def _write_out(match: re.Match[str]) -> str:
    backslashes, high, low, single = match.groups()
    if high is not None:
        return backslashes + chr(0x10000 + ((int(high, 16) - 0xD800) << 10) + int(low, 16) - 0xDC00)
    code = int(single, 16)
    if code < 0x20 or 0xD800 <= code < 0xE000 or chr(code) in '"\\':
        return match.group(0)  # must stay escaped in JSON, or an unpaired surrogate
    return backslashes + chr(code)


def unescaped(text: str) -> str:
    """`text` with its `\\uXXXX` escapes written out, when it is JSON that still means the same after."""
    if "\\u" not in text:
        return text
    try:
        value = json.loads(text)
    except ValueError:
        return text
    written = _ESCAPE.sub(_write_out, text)
    try:
        same = json.loads(written) == value
    except ValueError:
        same = False
    return written if same else text
