"""Identity and access: who is calling, and what they may do.

    keys.py           API key format, keyed hash, constant-time match, records
    store.py          the key store interface; sql_store.py (their shared SQL), sqlite_store.py (default),
                      postgres_store.py (clusters)
    admin.py          create / list / revoke keys, signing-key rotation, the development key
    tokens.py         short-lived role-scoped JWTs the router signs (kid rotation)
    oidc.py           access tokens from a department's identity provider (JWKS)
    authenticator.py  Authorization header → Principal (cached lookups; one 401 for every failure)
    rbac.py           per department and role: models, routes, max level, redaction → 403
    settings.py       the `access` configuration section
"""

from __future__ import annotations

from router.access.admin import DEV_DEPARTMENT, KeyAdmin
from router.access.authenticator import Authenticator
from router.access.keys import KeyRecord
from router.access.principal import Principal
from router.access.rbac import Grant, Rbac
from router.access.settings import AccessSettings, OidcProvider, RolePolicy
from router.access.store import KeyStore, open_key_store

__all__ = [
    "DEV_DEPARTMENT",
    "AccessSettings",
    "Authenticator",
    "Grant",
    "KeyAdmin",
    "KeyRecord",
    "KeyStore",
    "OidcProvider",
    "Principal",
    "Rbac",
    "RolePolicy",
    "open_key_store",
]
