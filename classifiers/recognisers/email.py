"""E-mail addresses, including the spelt-out forms used to dodge filters.

Syntax from RFC 5322 section 3.4.1 (addr-spec) restricted to the dot-atom forms
people actually write, with domain labels as in RFC 1035 (letters, digits and
hyphens, up to 63 characters) and an alphabetic top-level domain. The obfuscated
forms "jane.doe at example dot com", "jane [at] example [dot] com" and
"jane (at) example (dot) com" are matched too, but only with a known top-level
domain, so ordinary prose ("look at this. Come...") is not read as an address, and
not before a path: "the list at westbridge.gov.uk/warmspaces" is a web page.
"""

from __future__ import annotations

import re

from classifiers.recognisers.base import Pattern, PatternRecogniser

__all__ = ["EmailAddress"]

_LOCAL = r"[A-Za-z0-9][A-Za-z0-9._%+\-]{0,63}"
# Where a local part may start: after a character that cannot be in one, or after an
# ellipsis or a lone sentence dot ("...jane.doe@", "See.jane@") — never inside "abc.jane@".
_START = r"(?:(?<![A-Za-z0-9._%+\-])|(?<=\.\.)|(?<=[^A-Za-z0-9._%+\-]\.)|(?<=^\.))"
_AT = r"(?:[ ]*@[ ]*|[ ]+at[ ]+|[ ]*[\[({<][ ]*at[ ]*[\])}>][ ]*)"
_DOT = r"(?:\.|[ ]+dot[ ]+|[ ]*[\[({<][ ]*dot[ ]*[\])}>][ ]*)"
_LABEL = r"[A-Za-z0-9](?:[A-Za-z0-9\-]{0,61}[A-Za-z0-9])?"
_TLDS = (
    "com|org|net|uk|gov|ac|co|nhs|sch|police|mod|edu|io|info|biz|me|eu|ie|de|fr|es|it|nl|be|"
    "ch|at|se|no|dk|fi|pl|pt|us|ca|au|nz|in|app|dev|online|email|mail|cloud|tech|scot|wales|cymru|london"
)
_SPELT_OUT_GATE = (
    rf"[@\[({{<a](?:(?<=@)[ ]*|(?<=[ ]a)t[ ]+|(?<=[\[({{<])[ ]*at[ ]*[\])}}>][ ]*)"
    rf"(?:{_LABEL}{_DOT})+(?:{_TLDS})(?![A-Za-z0-9\-])"
)
"""The spelt-out form from its "at" on (`_AT` less its leading spaces, found from its first character, which
`re` can skip to): ~6x cheaper than trying a local part at every word of prose that says "at" somewhere."""


class EmailAddress(PatternRecogniser):
    """`jane.doe@example.com`, and `jane.doe at example dot com` with a known TLD."""

    name = "email_address"
    kind = "EMAIL_ADDRESS"
    patterns = (
        Pattern(
            "email",
            rf"{_START}{_LOCAL}@(?:{_LABEL}\.)+[A-Za-z]{{2,24}}(?![A-Za-z0-9\-])",
            score=0.9,
            requires=("@",),
        ),
        Pattern(
            "email_spelt_out",
            rf"{_START}{_LOCAL}{_AT}(?:{_LABEL}{_DOT})+(?:{_TLDS})(?![A-Za-z0-9\-/]|\.[A-Za-z0-9])",
            score=0.8,
            requires=(" at ", "[at]", "(at)", "{at}", "<at>", "@"),
            gate=_SPELT_OUT_GATE,
            flags=re.IGNORECASE,
        ),
    )
    context = ("email", "e-mail", "mail", "contact", "address", "write to")
    context_boost = 0.1
