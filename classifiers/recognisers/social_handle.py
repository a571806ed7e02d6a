"""Social-media handles and user names: online identifiers (UK GDPR Recital 30), like an e-mail address.

Found by the redaction QA (stop 27): "Draft a reply to Jane Doe (jdoe1984 on Twitter,
@janedoe84) about her claim" had the name redacted and both handles sent. A handle is
read when its form says it is one:

* `@name` of four characters or more (X's shortest), starting with a letter, with a digit or an
  underscore ("@janedoe84", "@jane_doe"; not "@10am", "@x1"), or with a social
  network or handle wording near it ("follow @janedoe on Instagram"). A plain `@word` is
  left alone: code's decorators (`@dataclass`, `@property`) and mentions of teams are
  that; a dot after the word (`@app.route`, `@pytest.fixture`) is never a handle;
* a user name stated as one: "jdoe1984 on Twitter", "username: jdoe1984",
  "her handle is jane.doe.84".

An account promoted to readers ("follow ... on Instagram", "subscribe to ...") is an
organisation's, and is left alone.
"""

from __future__ import annotations

import re

from classifiers.recognisers.base import Pattern, PatternRecogniser

__all__ = ["SocialHandle"]

_NETWORKS = (
    r"twitter|x|instagram|insta|tiktok|facebook|snapchat|linkedin|reddit|discord|threads|bluesky|twitch|"
    r"youtube|telegram|mastodon|github"
)
_USER = r"[A-Za-z0-9_][A-Za-z0-9_.]{1,28}[A-Za-z0-9_]"
_SHORTEST_USER = 5
"""A stated user name shorter than this is a word or a code ("2fa on GitHub")."""
_NOT_A_USER = re.compile(
    r"v?\d+(?:\.\d+)*[a-z]?|[\w\-]+\.(?:com|org|net|io|uk|gov|dev|app|co)(?:\.[a-z]{2})?", re.IGNORECASE
)
"""A version or a domain before "on GitHub" is no user ("2.14.3 on GitHub", "example.com on Twitter")."""
_PROMOTED = re.compile(r"(?i)(?<![a-z])(?:follow|subscribe to|find us|like us|join us)(?![a-z])")
_PROMOTED_BEFORE = 40
"""An account promoted to readers ("follow world2022s on instagram for travel tips") is an organisation's."""


class SocialHandle(PatternRecogniser):
    """`@janedoe84`, `jdoe1984 on Twitter`, `username: jdoe1984`."""

    name = "social_handle"
    kind = "SOCIAL_MEDIA_HANDLE"
    patterns = (
        Pattern(
            "at_handle_marked",
            r"(?<![A-Za-z0-9_.@/])@(?=[A-Za-z0-9_]*[0-9_])[A-Za-z_][A-Za-z0-9_]{3,29}(?![A-Za-z0-9_@]|\.[A-Za-z0-9])",
            score=0.6,
            requires=("@",),
        ),
        Pattern(
            "at_handle",
            r"(?<![A-Za-z0-9_.@/])@[A-Za-z][A-Za-z0-9_]{2,29}(?![A-Za-z0-9_@]|\.[A-Za-z0-9]|\()",
            score=0.3,
            requires=("@",),
        ),
        Pattern(
            "user_on_network",
            rf"(?<![A-Za-z0-9_.@])(?P<handle>@?{_USER})[ ]+on[ ]+(?:{_NETWORKS})(?![A-Za-z])",
            score=0.6,
            flags=re.IGNORECASE,
            requires=tuple(f" on {network}" for network in _NETWORKS.split("|")),  # the tail: most texts skip it
        ),
        Pattern(
            "stated_user_name",
            rf"(?:user[ ]?name|handle|gamertag|screen[ ]name)(?:[ ]+is)?[ ]*[:=]?[ ]+"
            rf"(?P<handle>@?{_USER})(?![A-Za-z0-9_@])",
            score=0.6,
            flags=re.IGNORECASE,
            requires=("username", "user name", "handle", "gamertag", "screen name"),
        ),
    )
    context = (*(n for n in _NETWORKS.split("|") if len(n) > 1), "handle", "username", "user name", "tweet", "tweeted")

    def span(self, match: re.Match[str], text: str) -> tuple[int, int] | None:
        """The handle itself, not the words that said it is one; a plain word stated as a user name needs a digit,
        an underscore or a dot, and five characters ("username: jdoe1984", not "handle is important", "2fa on
        GitHub")."""
        if _PROMOTED.search(text, max(0, match.start() - _PROMOTED_BEFORE), match.start()):
            return None
        if "handle" not in match.re.groupindex:
            return match.span()
        value = match.group("handle").lstrip("@")
        marked = match.group("handle").startswith("@") or any(c.isdigit() or c in "_." for c in value)
        if not marked or len(value) < _SHORTEST_USER or _NOT_A_USER.fullmatch(value):
            return None
        return match.span("handle")
