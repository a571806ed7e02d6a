"""API keys: format, keyed hash, records.

A key is `srk_<id>_<secret>`: `srk_` says what it is (secret scanners and people
recognise it), `<id>` (12 hex characters) is the public key id used to find its
record and shown by `keys list`, `<secret>` is 32 random bytes, base64url. Only
HMAC-SHA256(access secret, key) is stored; a presented key is hashed the same way and
compared with `hmac.compare_digest`, in constant time.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
import time
from dataclasses import dataclass

KEY_PREFIX = "srk_"
_KEY_RE = re.compile(r"^srk_([0-9a-f]{12})_([A-Za-z0-9_-]{43})$")


@dataclass(frozen=True, slots=True)
class KeyRecord:
    """One key as the store keeps it (no key material, only its keyed hash)."""

    key_id: str
    department: str
    roles: tuple[str, ...]
    key_hash: str
    created: float
    expires: float | None = None
    revoked: float | None = None
    description: str = ""

    def usable(self, now: float | None = None) -> bool:
        now = time.time() if now is None else now
        return self.revoked is None and (self.expires is None or now < self.expires)

    def public(self) -> dict[str, object]:
        """What `keys list` shows: everything but the hash."""
        return {
            "id": self.key_id,
            "department": self.department,
            "roles": list(self.roles),
            "created": self.created,
            "expires": self.expires,
            "revoked": self.revoked,
            "description": self.description,
        }


def new_key() -> tuple[str, str]:
    """A fresh (key id, full key)."""
    key_id = secrets.token_hex(6)
    return key_id, f"{KEY_PREFIX}{key_id}_{secrets.token_urlsafe(32)}"


def key_id_of(key: str) -> str | None:
    """The id part of a well-formed key, else None (no lookup for malformed input)."""
    match = _KEY_RE.match(key)
    return match.group(1) if match else None


def hash_key(secret: bytes, key: str) -> str:
    return hmac.new(secret, key.encode(), hashlib.sha256).hexdigest()


def matches(secret: bytes, key: str, record: KeyRecord) -> bool:
    return hmac.compare_digest(hash_key(secret, key), record.key_hash)


MIN_LIFETIME_S = 1
_YEAR_S = 36525 * 864  # a year of 365.25 days: "100y" and "36525d" are the same lifetime
MAX_LIFETIME_S = 100 * _YEAR_S  # 100 years: beyond it a datetime cannot print it on every platform


def parse_duration(text: str) -> float:
    """'90d', '12h', '30m', '45s', '2y' → seconds, between 1 s and 100 years.

    Zero would create a key that is already expired; a huge count stored a key whose expiry
    no datetime can show, so `keys list` failed ever after. Both are refused before anything is stored.
    """
    match = re.fullmatch(r"\s*(\d+)\s*([smhdwy])\s*", text)
    if match is None:
        raise ValueError(f"not a duration: {text!r} (use e.g. 90d, 12h, 30m)")
    unit = {"s": 1, "m": 60, "h": 3600, "d": 86400, "w": 604800, "y": _YEAR_S}[match.group(2)]
    digits = match.group(1)
    seconds = int(digits) * unit if len(digits) <= 15 else MAX_LIFETIME_S + 1  # no 4000-digit int()
    if not MIN_LIFETIME_S <= seconds <= MAX_LIFETIME_S:
        raise ValueError(f"a lifetime must be between 1 s and 100 years, not {text.strip()!r}")
    return seconds
