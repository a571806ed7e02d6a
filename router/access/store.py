"""The key store interface and the factory that picks one from the settings.

Both stores keep the same two tables: `api_keys` (one row per key: id, department,
roles, keyed hash, times) and `signing_keys` (the ids of the token signing keys,
newest active; the key material is derived from the access secret, never stored).
"""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

from router.access.keys import KeyRecord
from router.access.settings import AccessSettings


class KeyStore(Protocol):
    def add(self, record: KeyRecord) -> None: ...

    def get(self, key_id: str) -> KeyRecord | None: ...

    def records(self) -> list[KeyRecord]: ...

    def revoke(self, key_id: str, when: float) -> bool:
        """Mark the key revoked; False if there is no such key."""
        ...

    def count(self) -> int: ...

    def signing_kids(self) -> list[str]:
        """Signing key ids, newest first (the first signs, all verify)."""
        ...

    def add_signing_kid(self, kid: str, when: float) -> None: ...

    def remove_signing_kid(self, kid: str) -> bool:
        """Stop verifying tokens signed with `kid`; False if unknown."""
        ...

    def close(self) -> None: ...


def open_key_store(settings: AccessSettings, data_dir: Path) -> KeyStore:
    if settings.store == "postgresql":
        from router.access.postgres_store import PostgresKeyStore

        if settings.dsn is None:  # AccessSettings requires it; this is for the type checker
            raise ValueError("access.store 'postgresql' needs access.dsn")
        return PostgresKeyStore(settings.dsn.get_secret_value())
    from router.access.sqlite_store import SqliteKeyStore

    return SqliteKeyStore(settings.sqlite_file(data_dir))
