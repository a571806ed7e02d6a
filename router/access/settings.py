"""The `access` section of the configuration: credentials, tokens, single sign-on, RBAC."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, FilePath, SecretStr, field_validator, model_validator

from classifiers.types import Sensitivity

MIN_SECRET_CHARS = 32
ASYMMETRIC_ALGORITHMS = frozenset(
    {"RS256", "RS384", "RS512", "PS256", "PS384", "PS512", "ES256", "ES256K", "ES384", "ES512", "EdDSA"}
)
RouteName = Literal["local", "hosted", "redacted-hosted"]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class OidcProvider(_Model):
    """A department's identity provider whose access tokens the router accepts."""

    issuer: str = Field(min_length=1, description="The `iss` the tokens carry (exact match).")
    audience: str = Field(min_length=1, description="The `aud` the tokens must name (the router's client id).")
    jwks_url: str | None = Field(
        default=None,
        description="In-boundary URL of the provider's JWKS: https (certificate verified), or http to a "
        "loopback address only; a file is `jwks_file`.",
    )
    jwks_file: FilePath | None = Field(default=None, description="A JWKS file instead of a URL (must exist).")
    jwks_ca_file: FilePath | None = Field(
        default=None,
        description="CA bundle (PEM) that verifies the JWKS URL's certificate, e.g. an internal CA; "
        "verification stays on either way (unset: the system's CAs).",
    )
    department: str | None = Field(default=None, description="Department of every token from this issuer.")
    department_claim: str = Field(default="department", description="Claim naming the department (if unset above).")
    departments: tuple[str, ...] | None = Field(
        default=None,
        description="Departments this provider may name through `department_claim` (a token naming another: "
        "401); unset: any. Keeps one IdP from speaking for another department.",
    )
    roles_claim: str = Field(default="roles", description="Claim holding the roles (list or space-separated).")
    algorithms: tuple[str, ...] = Field(
        default=("RS256", "ES256"),
        min_length=1,
        description="Accepted signature algorithms: asymmetric only (RS*, PS*, ES*, EdDSA).",
    )

    @model_validator(mode="after")
    def _one_jwks_source(self) -> OidcProvider:
        if (self.jwks_url is None) == (self.jwks_file is None):
            raise ValueError("an OIDC provider needs exactly one of jwks_url and jwks_file")
        if self.jwks_url is not None:
            _check_jwks_url(self.jwks_url)
        if self.jwks_ca_file is not None and (self.jwks_url is None or not self.jwks_url.startswith("https://")):
            raise ValueError("jwks_ca_file verifies an https jwks_url; there is none")
        if self.department is not None and self.departments is not None and self.department not in self.departments:
            raise ValueError(f"department {self.department!r} is not among the provider's departments")
        if any(alg.lower() == "none" for alg in self.algorithms):
            raise ValueError("'none' is not a signature algorithm")
        # HS* would verify with a JWKS "oct" key, i.e. a secret the IdP publishes; an unknown name is a typo.
        unfit = [alg for alg in self.algorithms if alg not in ASYMMETRIC_ALGORITHMS]
        if unfit:
            raise ValueError(f"algorithms {unfit} not accepted: use asymmetric ones, {sorted(ASYMMETRIC_ALGORITHMS)}")
        return self


def _check_jwks_url(url: str) -> None:
    """https anywhere; http only to this machine (a sidecar), where nothing crosses a network."""
    import ipaddress
    from urllib.parse import urlsplit

    parts = urlsplit(url)
    if parts.scheme == "https" and parts.hostname:
        return
    if parts.scheme == "http" and parts.hostname:
        host = parts.hostname
        try:
            loopback = ipaddress.ip_address(host).is_loopback
        except ValueError:
            loopback = host == "localhost"
        if loopback:
            return
        raise ValueError(f"jwks_url {url!r}: http is allowed to a loopback address only; use https")
    raise ValueError(f"jwks_url {url!r} must be an https URL (or http to loopback); a file is jwks_file")


class RolePolicy(_Model):
    """What one role of one department may do; a principal with several roles gets their union."""

    allowed_models: tuple[str, ...] | None = Field(default=None, description="Models it may ask for; unset: any.")
    allowed_routes: tuple[RouteName, ...] | None = Field(default=None, description="Routes it may take; unset: any.")
    max_level: str = Field(default="secret", description="Highest sensitivity level it may send.")
    redact_allowed: bool = Field(default=True, description="Whether its requests may go redact-then-hosted.")

    @model_validator(mode="after")
    def _level(self) -> RolePolicy:
        Sensitivity.parse(self.max_level)
        return self


class Quota(_Model):
    """Per-minute limits of one department (and of each of its credentials); unset: no limit."""

    requests_per_min: int | None = Field(default=None, ge=1, description="Requests per minute, department.")
    tokens_per_min: int | None = Field(default=None, ge=1, description="Tokens per minute, department.")
    key_requests_per_min: int | None = Field(default=None, ge=1, description="Requests per minute, per credential.")
    key_tokens_per_min: int | None = Field(default=None, ge=1, description="Tokens per minute, per credential.")


class AccessSettings(_Model):
    """Who may call the router: API keys, signed tokens, OIDC, role policies."""

    enabled: bool = Field(
        default=True,
        description="Require a credential (Authorization: Bearer) on the OpenAI endpoints; off: every request "
        "is the 'anonymous' department's, unlimited (for a closed test bench only).",
    )
    store: Literal["sqlite", "postgresql"] = Field(
        default="sqlite", description="Key store: 'sqlite' (data directory) or 'postgresql' (clusters)."
    )
    sqlite_path: Path | None = Field(
        default=None, description="SQLite key file; unset uses <data_dir>/access/keys.sqlite3."
    )
    dsn: SecretStr | None = Field(default=None, description="PostgreSQL connection string when store is 'postgresql'.")
    secret: SecretStr | None = Field(
        default=None,
        description="Secret that keys the stored key hashes and signs tokens, at least 32 characters (e.g. "
        "`openssl rand -base64 48`); unset: a file in the data directory (set it, the same on every node, "
        "on a cluster).",
    )
    cache_ttl_s: float = Field(
        default=2.0, ge=0, le=60, description="How long a replica trusts a key lookup (create/revoke delay)."
    )
    dev_key: bool = Field(
        default=True,
        description="On a first start with no keys, create a key for 'local-dev' and print it once; "
        "turn off in production.",
    )
    token_issuer: str = Field(
        default="sovereign-router", min_length=1, description="`iss` of the tokens the router signs."
    )
    token_ttl_minutes: int = Field(
        default=15, ge=1, le=1440, description="Default lifetime of a signed token (at most token_max_ttl_minutes)."
    )
    token_max_ttl_minutes: int = Field(default=60, ge=1, le=1440, description="Longest lifetime a token may ask for.")
    oidc: tuple[OidcProvider, ...] = Field(
        default=(),
        description="Identity providers whose access tokens are accepted: issuer, audience, jwks_url (https, or "
        "http to loopback; jwks_ca_file: its CA) or jwks_file, department or department_claim (departments: the "
        "ones it may name), roles_claim, algorithms (asymmetric only). Each issuer once, never token_issuer.",
    )
    rbac: dict[str, dict[str, RolePolicy]] = Field(
        default_factory=dict,
        description="Per department, per role: allowed_models, allowed_routes, max_level, redact_allowed. "
        "A department listed here allows only the roles it lists ('*' matches any role). Once any department "
        "is listed, an unlisted one gets the '*' department's roles, or none (403): a misspelt name opens "
        "nothing. Empty (the default): no role limits.",
    )

    quotas: dict[str, Quota] = Field(
        default_factory=dict,
        description="Per department ('*': any other): requests_per_min, tokens_per_min, key_requests_per_min, "
        "key_tokens_per_min; enforced across all ingress replicas (429 with Retry-After).",
    )

    @field_validator("secret")
    @classmethod
    def _long_secret(cls, value: SecretStr | None) -> SecretStr | None:
        # The secret keys every token signature: an empty or short one lets anyone holding a token
        # guess it offline and re-sign the token with any roles.
        if value is not None and len(value.get_secret_value()) < MIN_SECRET_CHARS:
            raise ValueError(
                f"access.secret must be at least {MIN_SECRET_CHARS} characters (e.g. `openssl rand -base64 48`); "
                "or leave it unset for a generated file in the data directory"
            )
        return value

    @model_validator(mode="after")
    def _consistent(self) -> AccessSettings:
        if self.token_ttl_minutes > self.token_max_ttl_minutes:
            raise ValueError(f"access.token_ttl_minutes ({self.token_ttl_minutes}) exceeds "
                             f"access.token_max_ttl_minutes ({self.token_max_ttl_minutes})")
        issuers = [provider.issuer for provider in self.oidc]
        repeated = sorted({issuer for issuer in issuers if issuers.count(issuer) > 1})
        if repeated:
            # The provider is chosen by `iss`: a second entry would silently never be used.
            raise ValueError(f"access.oidc lists issuer {repeated[0]!r} more than once")
        if self.token_issuer in issuers:
            # The router's own tokens and this provider's would be told apart by nothing.
            raise ValueError(f"access.oidc issuer {self.token_issuer!r} is the router's own access.token_issuer")
        return self

    @model_validator(mode="after")
    def _dsn_for_postgresql(self) -> AccessSettings:
        if self.store == "postgresql" and self.dsn is None:
            raise ValueError("access.store 'postgresql' needs access.dsn")
        if self.store == "postgresql" and self.secret is None:
            # Each node would make its own secret file: keys hashed on one fail on the others.
            raise ValueError("access.store 'postgresql' (a cluster) needs access.secret, the same on every node")
        return self

    def sqlite_file(self, data_dir: Path) -> Path:
        return self.sqlite_path if self.sqlite_path is not None else data_dir / "access" / "keys.sqlite3"
