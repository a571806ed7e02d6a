"""Government Security Classifications protective markings.

From the Cabinet Office's "Government Security Classifications Policy" (2014, as
updated 2023): the markings are OFFICIAL, SECRET and TOP SECRET; OFFICIAL-SENSITIVE
is OFFICIAL information with the SENSITIVE handling caveat. Markings are written in
capitals at the top and bottom of a document, often with caveats and descriptors
("SECRET UK EYES ONLY", "TOP SECRET//STRAP1", "OFFICIAL-SENSITIVE: PERSONAL").

* OFFICIAL-SENSITIVE, any case and separator ("official sensitive", "OFFICIAL -
  SENSITIVE") -> `special`.
* TOP SECRET / SECRET -> `secret`, but only as a marking: in capitals as a header
  or footer line ("SECRET", "SECRET - UK EYES ONLY"), before `//`, in brackets
  ("[SECRET]"), after a label ("Classification: SECRET", "Protective marking =
  TOP SECRET"), a line that is just "Secret", "TOP SECRET" in capitals anywhere,
  SECRET in capitals among lower-case words ("Header: UK SECRET", "This annex is
  SECRET"; not a capitalised phrase such as "SECRET SANTA"), "secret" with a caveat
  in any case ("secret - uk eyes only", "secret noforn"), and "Top Secret:" opening
  a line.
  The word inside an identifier ("AWS_SECRET_ACCESS_KEY", "CLIENT_SECRET") is a setting's name, not a marking.
  The word in ordinary prose ("the secret to good bread", "a top secret recipe",
  "the files were classified as top secret in 1945") is not a marking.
* OFFICIAL alone is the baseline for all government work: `public`.

A marking that is *mentioned* rather than applied does not count: in a question or
a request for an explanation ("What does the OFFICIAL-SENSITIVE marking mean?",
"Explain when to use 'TOP SECRET'"), not at the start of a line, with the marking
named as a concept (followed by "marking", "classification", "caveat", "mean"...,
in quotes, compared with another marking, or after "marked" in a question or a
request to explain: "Which documents should be marked TOP SECRET?") and nothing in the sentence
pointing at a document ("this", "attached", "below"). A marking on a document
("OFFICIAL-SENSITIVE: can you summarise this?") is applied and still counts.
"""

from __future__ import annotations

import re
from dataclasses import replace

from classifiers.normalise import NormalisedText
from classifiers.recognisers.base import Pattern, PatternRecogniser
from classifiers.types import Finding, Sensitivity

__all__ = ["OFFICIAL_SENSITIVE", "SECRET", "TOP_SECRET", "ProtectiveMarking"]

OFFICIAL_SENSITIVE = "PROTECTIVE_MARKING_OFFICIAL_SENSITIVE"
SECRET = "PROTECTIVE_MARKING_SECRET"
TOP_SECRET = "PROTECTIVE_MARKING_TOP_SECRET"

_DECORATION = r"[ \t*#\[\](){}_\-=|>:.]*"
_DECORATION_CHARS = " \t*#[](){}_-=|>:."
_LOWER = re.compile(r"[a-z]")
_SENTENCE_BREAK = re.compile(r"[.!?\n]")
_EXPLAIN = re.compile(
    r"[^a-z]*(?:what|how|why|when|who|which|explain|describe|define|tell me|can you explain|could you explain)"
    r"(?![a-z])"
)
_CONCEPT_AFTER = re.compile(
    r"[\"'`\u201d\u2019]?[ \t]*(?:marking|markings|classification|classifications|caveat|label|descriptor|"
    r"tier|level|designation|handling|category|status|policy|rules|guidance|mean|means|stand for|stands for)"
    r"(?![a-z])"
)
_QUOTED_BEFORE = re.compile(r"[\"'`\u201c\u2018][ \t]*$")
_MARKED_BEFORE = re.compile(r"(?<![a-z])(?:marked|classified|classed|graded)(?:[ \t]+as)?[ \t]*$")
_COMPARISON = re.compile(
    r"(?<![a-z])(?:difference between|differ from|compared (?:to|with)|versus|vs|(?:higher|lower|stricter|more|less)"
    r"(?: [a-z]+)? than|rank(?:s|ed)? (?:above|below)|the (?:highest|lowest|top|next)|in the (?:[a-z]+ )?(?:scheme|"
    r"system|policy))(?![a-z])"
)
"""A marking compared with another or placed in the scheme: "Is TOP SECRET higher than SECRET in the UK scheme?"."""
_DEIXIS = re.compile(r"(?<![a-z])(?:this|these|attached|enclosed|below|following|above|here is|here are)(?![a-z])")


def _secret(name: str, regex: str, flags: int = 0, top: bool = False) -> Pattern:
    return Pattern(
        name,
        regex,
        score=0.95,
        requires=("secret",),
        flags=flags,
        kind=TOP_SECRET if top else SECRET,
        level=Sensitivity.SECRET,
    )


class ProtectiveMarking(PatternRecogniser):
    """OFFICIAL-SENSITIVE (`special`), SECRET and TOP SECRET (`secret`) markings."""

    name = "protective_marking"
    kind = SECRET
    level = Sensitivity.SECRET
    patterns = (
        Pattern(
            "official_sensitive",
            r"(?<![a-z])official[ \t]*[\-_:/]?[ \t]*sensitive(?![a-z])",
            score=0.95,
            requires=("sensitive",),
            flags=re.IGNORECASE,
            kind=OFFICIAL_SENSITIVE,
            level=Sensitivity.SPECIAL,
        ),
        _secret("top_secret_capitals", r"(?<![A-Za-z_])TOP[ \t\-_]*SECRET(?![A-Za-z_])", top=True),
        _secret(
            "marking_line",
            rf"(?m)^{_DECORATION}(?:UK[ ]+)?SECRET(?![A-Za-z])(?P<rest>[^\n]*)$",
        ),
        _secret(
            "lone_line",
            rf"(?im)^{_DECORATION}(?:top[ \t\-_]*)?secret{_DECORATION}$",
        ),
        _secret("slashes", r"(?<![a-z])(?:top[ \t\-_]*)?secret[ \t]*//", flags=re.IGNORECASE),
        _secret("bracketed", r"[\[(]SECRET[\])]"),
        _secret("capitals_in_prose", r"(?<![A-Za-z_])(?:UK[ ]+)?SECRET(?![A-Za-z_])(?P<next>[ \t]+[A-Za-z]+)?"),
        _secret(
            "caveat",
            r"(?<![a-z])(?:top[ \t\-_]*)?secret[ \t\-_:|/,]*(?:uk[ ]+)?"
            r"(?:eyes[ ]+only|noforn|strap[ ]?\d|rel(?:easable)?[ ]+to|orcon|originator controlled)(?![a-z])",
            flags=re.IGNORECASE,
        ),
        _secret("top_secret_label", r"(?m)^[ \t*#\[(]*Top[ \t\-_]*Secret[ \t]*[:\-–]"),
        # "s e c r e t -- handle via approved channels only", "Secret: do not forward": a handling instruction
        _secret(
            "handling_line",
            rf"(?im)^{_DECORATION}(?:top[ \t\-_]*)?secret[ \t]*[\-:|/,;]+[ \t]*(?:[a-z]+[ \t]+){{0,2}}?"
            r"(?:handle|handling|do not (?:forward|share|copy|circulate|distribute)|not for (?:circulation|"
            r"distribution|onward)|need[ \-]to[ \-]know|approved (?:channels|systems|recipients)|eyes only|"
            r"restricted (?:distribution|circulation)|named recipients|addressee only)(?![a-z])",
        ),
        _secret(
            "labelled",
            r"(?<![a-z])(?:(?:security[ ]+)?classification(?:[ ]+level)?|protective[ ]+marking|"
            r"security[ ]+marking|marking|handling)[ \t]*[:=][ \t]*(?:top[ \t\-_]*)?secret(?![a-z])",
            flags=re.IGNORECASE,
        ),
    )

    def span(self, match: re.Match[str], text: str) -> tuple[int, int] | None:
        """Report the marking words, without the decoration around them."""
        if match.re.pattern.startswith(_PROSE_PREFIX):
            return _capitals_in_prose(match, text)
        value = match.group()
        stripped = value.strip(_DECORATION_CHARS)
        if not stripped:
            return None
        start = match.start() + value.index(stripped)
        return start, start + len(stripped)

    def assess(self, value: str, pattern: Pattern) -> float | None:
        """A capitals header line is a marking only if the rest of it is capitals too."""
        if pattern.name == "marking_line":
            rest = value.split("SECRET", 1)[1]
            if _LOWER.search(rest) is not None or "SANTA" in rest or "SERVICE" in rest:
                return None
        return pattern.score

    def find(self, text: NormalisedText) -> list[Finding]:
        """Pattern findings, with the kind corrected to TOP SECRET where the words say so.

        Mentions of a marking (module docstring) are dropped.
        """
        findings = super().find(text)
        return [
            replace(f, kind=TOP_SECRET) if f.kind == SECRET and "top" in text.lower[f.start : f.end] else f
            for f in findings
            if not _is_mention(text.lower, f.start, f.end)
        ]


_PROSE_PREFIX = r"(?<![A-Za-z_])(?:UK[ ]+)?SECRET"
_NOT_MARKING_NEXT = frozenset(
    "SANTA SERVICE SERVICES GARDEN SOCIETY AGENT AGENTS WEAPON SAUCE RECIPE INGREDIENT MENU SALE OFFER DEAL LIFE "
    "CINEMA SHOP SHOPPER STASH LAIR PASSAGE DOOR CODE OF".split()
)
"""Words after SECRET that make it a name or a phrase ("SECRET SANTA", "SECRET service"), not a marking."""


def _capitals_in_prose(match: re.Match[str], text: str) -> tuple[int, int] | None:
    """SECRET in capitals inside mixed-case text ("Header: UK SECRET", "This annex is SECRET").

    Written in capitals among lower-case words, the word is a marking; a line in capitals
    throughout is left to the header-line pattern, and a capitalised phrase ("SECRET SANTA")
    is not a marking.
    """
    nxt = match.group("next")
    if nxt is not None and nxt.strip().upper() in _NOT_MARKING_NEXT:
        return None
    if re.search(r"TOP[ \t\-_]*$", text[max(0, match.start() - 8) : match.start()]):
        return None  # TOP SECRET: its own pattern reports the whole marking
    line_start = text.rfind("\n", 0, match.start()) + 1
    line_end = text.find("\n", match.end())
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    if _LOWER.search(line) is None:
        return None
    return match.start(), match.start("next") if nxt is not None else match.end()


def _is_mention(lower: str, start: int, end: int) -> bool:
    """True when the marking at `lower[start:end]` is talked about, not applied to a text."""
    line_start = lower.rfind("\n", 0, start) + 1
    if not lower[line_start:start].strip(_DECORATION_CHARS + "\"'`"):
        return False  # first thing on its line: a header, which is how markings are applied
    breaks = [m.end() for m in _SENTENCE_BREAK.finditer(lower, line_start, start)]
    sentence_start = breaks[-1] if breaks else line_start
    after = _SENTENCE_BREAK.search(lower, end)
    sentence_end = after.end() if after else len(lower)
    sentence = lower[sentence_start:sentence_end]
    asks = sentence.rstrip().endswith("?") or _EXPLAIN.match(sentence) is not None
    if not asks or _DEIXIS.search(sentence) is not None:
        return False
    return (
        _CONCEPT_AFTER.match(lower, end) is not None
        or _QUOTED_BEFORE.search(lower, sentence_start, start) is not None
        or _MARKED_BEFORE.search(lower, sentence_start, start) is not None
        or _COMPARISON.search(sentence) is not None
    )
