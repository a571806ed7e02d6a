"""Key administration: create, list, revoke, rotate the token signing key, the development key.

Used by the `keys` CLI, by `serve` (the development key on a first start) and by the
test suite. Works on the store directly; replicas see changes within `cache_ttl_s`.
"""

from __future__ import annotations

import hashlib
import hmac
import time
from pathlib import Path

from router.access.keys import KeyRecord, hash_key, key_id_of, new_key
from router.access.principal import ANONYMOUS_DEPARTMENT, UNAUTHENTICATED_DEPARTMENT
from router.access.settings import AccessSettings
from router.access.store import KeyStore, open_key_store
from router.access.tokens import new_kid
from router.keys import load_or_create_secret

RESERVED_DEPARTMENTS = frozenset({"*", ANONYMOUS_DEPARTMENT, UNAUTHENTICATED_DEPARTMENT})

DEV_DEPARTMENT = "local-dev"
DEV_ROLE = "developer"


def root_secret(settings: AccessSettings, data_dir: Path) -> bytes:
    """The access secret: configured, or a file in the data directory (created once, 0600)."""
    if settings.secret is not None:
        return settings.secret.get_secret_value().encode()
    return load_or_create_secret(data_dir / "keys" / "access.key")


def key_hash_secret(root: bytes) -> bytes:
    return hmac.new(root, b"api-key-hash", hashlib.sha256).digest()


class KeyAdmin:
    """The store plus the secret that hashes keys."""

    def __init__(self, settings: AccessSettings, data_dir: Path, store: KeyStore | None = None) -> None:
        self.settings = settings
        self.store = store if store is not None else open_key_store(settings, data_dir)
        self._hash_secret = key_hash_secret(root_secret(settings, data_dir))

    def create(
        self,
        department: str,
        roles: tuple[str, ...],
        *,
        expires_in_s: float | None = None,
        description: str = "",
        key: str | None = None,
    ) -> tuple[str, KeyRecord]:
        """A new key: (the key, shown once; its record).

        `key` registers a key generated elsewhere (`keys.new_key()` format), e.g. one a
        test suite or a migration already holds; by default a fresh one is made.
        """
        if not department or any(c.isspace() for c in department):
            raise ValueError("a department name is required (no spaces)")
        if not department.isprintable() or not all(role.isprintable() for role in roles):
            # a zero-width or control character makes one name print as another ("d5\u200b" as "d5")
            raise ValueError("department and role names must be printable (no control or invisible characters)")
        if department in RESERVED_DEPARTMENTS:
            raise ValueError(
                f"{department!r} is reserved ({', '.join(sorted(RESERVED_DEPARTMENTS))}: the policy wildcard and "
                "the departments the router records for requests without a credential)"
            )
        if any(not role or any(c.isspace() for c in role) for role in roles):
            raise ValueError("role names cannot be empty or contain spaces")
        if key is None:
            key_id, key = new_key()
        else:
            found = key_id_of(key)
            if found is None:
                raise ValueError("not a well-formed key")
            key_id = found
        now = time.time()
        record = KeyRecord(
            key_id=key_id, department=department, roles=tuple(roles), key_hash=hash_key(self._hash_secret, key),
            created=now, expires=None if expires_in_s is None else now + expires_in_s, description=description,
        )
        self.store.add(record)
        return key, record

    def records(self) -> list[KeyRecord]:
        return self.store.records()

    def revoke(self, key_id: str) -> bool:
        return self.store.revoke(key_id, time.time())

    def rotate_signing(self) -> str:
        return self.rotate_signing_on(self.store)

    @staticmethod
    def rotate_signing_on(store: KeyStore) -> str:
        """Add a new signing kid; it signs from now on, the older ones still verify."""
        kid = new_kid()
        store.add_signing_kid(kid, time.time())
        return kid

    def retire_signing(self, kid: str) -> bool:
        """Tokens signed with `kid` stop verifying (within cache_ttl_s); the newest kid cannot be retired."""
        kids = self.store.signing_kids()
        if kids and kids[0] == kid:
            raise ValueError("the newest signing key signs new tokens; rotate first, then retire it")
        return self.store.remove_signing_kid(kid)

    def ensure_dev_key(self) -> str | None:
        """On a first start with no keys: a key for `local-dev`, returned once (else None)."""
        if not self.settings.dev_key or self.store.count() > 0:
            return None
        key, _ = self.create(DEV_DEPARTMENT, (DEV_ROLE,), description="development key created on first start")
        return key

    def close(self) -> None:
        self.store.close()


def check_key_store(settings: AccessSettings, data_dir: Path) -> None:
    """At `serve`, before Ray starts: raises StoreUnavailable when auth is on and the key store
    cannot be opened (PostgreSQL down), so the start is refused with its reason, not a traceback."""
    if settings.enabled:
        KeyAdmin(settings, data_dir).close()


def announce_dev_key(settings: AccessSettings, data_dir: Path) -> str | None:
    """At `serve`: with auth on and an empty store, create the development key and print it once."""
    import sys

    if not settings.enabled:
        return None
    admin = KeyAdmin(settings, data_dir)
    try:
        key = admin.ensure_dev_key()
    finally:
        admin.close()
    if key is not None:
        print(
            f"sovereign-router: no API keys yet; created a development key for department '{DEV_DEPARTMENT}' "
            f"(shown once; set access.dev_key: false in production):\n  {key}\n"
            # Not OPENAI_API_KEY: the router reads that one as the hosted API's key.
            f"  export SOVEREIGN_ROUTER_KEY={key}   # clients send it as 'Authorization: Bearer <key>'",
            file=sys.stderr,
            flush=True,
        )
    return key
