"""The one configuration model, loaded from YAML and overridden by the environment.

Precedence, highest first: environment variables `SOVEREIGN_ROUTER_<SECTION>__<FIELD>`
(the pydantic-settings convention), then the YAML file, then the embedded defaults.
Each package owns the model of its own section (`classifiers`, `local_models`, `hosted`
never import `router`); this module composes them and adds the router's own sections.
"""

from __future__ import annotations

import ipaddress
import os
from pathlib import Path
from typing import Any, Literal

import httpx
import yaml
from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    SecretStr,
    ValidationError,
    field_validator,
    model_validator,
)
from pydantic_settings import BaseSettings, PydanticBaseSettingsSource, SettingsConfigDict

from classifiers.settings import ClassifierSettings
from hosted.settings import HostedSettings
from local_models.admission import model_capacity, reserved_slots
from local_models.settings import LocalSettings, this_machine_checked
from router.access.settings import AccessSettings
from router.audit.settings import AuditSettings
from router.policy_settings import DepartmentPolicy as DepartmentPolicy
from router.policy_settings import PolicySettings as PolicySettings
from router.rollout import check_rollouts
from router.telemetry.settings import ObservabilitySettings
from router.tls import check_tls_settings


class ConfigError(Exception):
    """The configuration is invalid; the message names each field path and reason."""


class _Section(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


ProxyMode = Literal["haproxy", "python"]
"""Ray's HAProxy ingress, or Serve's Python proxy."""


class ServerSettings(_Section):
    """How the endpoint listens and how its ingress runs under Ray Serve."""

    host: str = Field(default="127.0.0.1", description="Interface to bind; other than loopback is explicit.")
    port: int = Field(default=8000, ge=0, le=65535, description="HTTP port.")
    proxy_mode: ProxyMode = Field(
        default="haproxy",
        description="Ray Serve ingress: 'haproxy' (HAProxy + direct ingress, throughput-optimised) "
        "or 'python' (Serve's default Python proxy).",
    )
    haproxy_stats_port: int = Field(
        default=8404, ge=1, le=65535, description="HAProxy stats port (haproxy mode, on haproxy_status_host)."
    )
    haproxy_metrics_port: int = Field(
        default=9101, ge=1, le=65535, description="HAProxy Prometheus port (haproxy mode, on haproxy_status_host)."
    )
    haproxy_status_host: str = Field(
        default="127.0.0.1",
        description="Address HAProxy's stats and Prometheus ports bind to (haproxy mode): loopback keeps them "
        "inside the machine; '0.0.0.0' for a scraper on another host. Ray's own template binds them on every "
        "interface.",
    )
    fallback_proxy_port: int | None = Field(
        default=None,
        ge=1,
        le=65535,
        description="Port of Ray Serve's fallback proxy (haproxy mode, on `host`), where HAProxy sends requests "
        "while no ingress replica is up; unset: a free port (31001-31499) chosen at each start. Ray's own 8500 is "
        "shared (SO_REUSEPORT) by every Serve on the host, so another router would answer some of this one's requests.",
    )
    direct_ingress_ports: tuple[int, int] | None = Field(
        default=None,
        description="First and last port of this router's direct-ingress replicas (haproxy mode, on `host`), "
        "e.g. [31500, 31563]; unset: a free block of 64 (4 per replica if more) in 31500-32767 chosen at each "
        "start. Ray's own 30000-30999 is handed out by each Ray cluster alone, so routers on one host would share it.",
    )
    haproxy_threads: int | None = Field(
        default=None,
        ge=1,
        le=64,
        description="HAProxy threads (haproxy mode); default: the machine's cores, at most 4 (Ray's own default is 4 "
        "whatever the cores).",
    )
    tls_certfile: Path | None = Field(
        default=None,
        description="PEM certificate (chain) to serve HTTPS with, together with tls_keyfile; HTTPS only, no "
        "plain HTTP on the port (haproxy mode: HAProxy terminates TLS; python mode: Serve's uvicorn).",
    )
    tls_keyfile: Path | None = Field(default=None, description="PEM private key of tls_certfile.")
    max_body_bytes: int = Field(default=1024 * 1024, ge=1024, description="Largest request body accepted (413).")
    body_timeout_s: float = Field(
        default=30.0,
        gt=0,
        description="Longest wait for a request's whole body once its headers have arrived (408): a client that "
        "declares a body and never sends it does not hold a connection and its slot for ever.",
    )
    client_timeout_s: int = Field(
        default=60, ge=1, le=86_400,
        description="haproxy mode: HAProxy's `timeout client`, how long a client may stay silent while it is "
        "expected to send (its request headers: 408 when they do not all arrive in time) or to take what it is "
        "sent; waiting for an answer, however long, is not silence. Ray's own default, 3,600 s, let a client that "
        "never finished its headers hold a connection an hour.",
    )
    shutdown_grace_s: float = Field(
        default=30.0, ge=0, le=3600,
        description="On SIGTERM, how long requests in flight may take to finish while new ones get 503 "
        "(also Serve's graceful_shutdown_timeout_s for the ingress replicas).",
    )
    num_replicas: int = Field(default=1, ge=1, description="Ingress replicas.")
    num_cpus: float = Field(default=0.5, ge=0, description="CPUs Ray reserves per ingress replica.")
    max_ongoing_requests: int = Field(default=256, ge=1, description="Concurrent requests per ingress replica.")
    ner_batch_max_size: int = Field(default=16, ge=1, description="Most requests classified in one NER batch.")
    ner_batch_wait_ms: float = Field(
        default=0.0,
        ge=0,
        description="How long a classification waits for others to batch with; 0 batches only what "
        "queued up while the previous batch ran, so a lone request never waits.",
    )

    @model_validator(mode="after")
    def _tls_whole(self) -> ServerSettings:
        check_tls_settings(self.tls_certfile, self.tls_keyfile)
        return self

    @field_validator("haproxy_status_host")
    @classmethod
    def _status_host_is_an_address(cls, value: str) -> str:
        try:
            ipaddress.ip_address(value)
        except ValueError:
            raise ValueError(f"not an IP address: {value!r} (HAProxy binds it as written)") from None
        return value

    @model_validator(mode="after")
    def _direct_ingress_ports_fit(self) -> ServerSettings:
        if self.direct_ingress_ports is not None:
            first, last = self.direct_ingress_ports
            if not 1 <= first <= last <= 65535 or last - first + 1 < self.num_replicas:
                raise ValueError("server.direct_ingress_ports: [first, last] within 1-65535, first <= last, "
                                 "and at least one port per ingress replica (server.num_replicas)")
        return self


_OPENAI_BASE_URL = "https://api.openai.com/v1"
_OPENAI_HOST = "api.openai.com"
_HOSTED_SUFFIXES = (".openai.com", ".openai.azure.com")


def _endpoint(url: str) -> tuple[str, int]:
    """(host, port) of a URL as the HTTP client connects to it, the port defaulted from the scheme.

    httpx parses it, as the engines' clients will: it IDNA-normalises the host, so
    `api。openai。com` (ideographic or fullwidth dots) is `api.openai.com` here too,
    which `urlsplit` would not see. The host loses a trailing dot: `api.openai.com.`
    is the same host (fully qualified).

    Raises:
        ValueError: httpx cannot parse the URL (no client could connect to it).
    """
    try:
        parsed = httpx.URL(url)
        host = parsed.host  # decoded here: an invalid `xn--` label raises now
    except (httpx.InvalidURL, TypeError, ValueError) as exc:
        raise ValueError(f"{url!r} is not a URL an HTTP client can use: {exc}") from exc
    return host.lower().rstrip("."), parsed.port or (443 if parsed.scheme == "https" else 80)


def _default_data_dir() -> Path:
    return Path.home() / ".local" / "share" / "sovereign-router"


class Settings(BaseSettings):
    """Root configuration: one section per stage of the request flow."""

    model_config = SettingsConfigDict(
        env_prefix="SOVEREIGN_ROUTER_",
        env_nested_delimiter="__",
        extra="forbid",
        frozen=True,
    )

    data_dir: Path = Field(
        default_factory=_default_data_dir,
        description="Demo model, keys and audit data ($SOVEREIGN_ROUTER_DATA_DIR).",
    )
    server: ServerSettings = Field(default_factory=ServerSettings)
    classifier: ClassifierSettings = Field(default_factory=ClassifierSettings)
    policy: PolicySettings = Field(default_factory=PolicySettings)
    local: LocalSettings = Field(default_factory=LocalSettings)
    hosted: HostedSettings = Field(default_factory=HostedSettings)
    audit: AuditSettings = Field(default_factory=AuditSettings)
    access: AccessSettings = Field(default_factory=AccessSettings)
    observability: ObservabilitySettings = Field(default_factory=ObservabilitySettings)

    @model_validator(mode="after")
    def _hosted_key_from_environment(self) -> Settings:
        # The openai SDK's own convention: OPENAI_API_KEY enables hosted when the config sets no key.
        key = os.environ.get("OPENAI_API_KEY")
        if self.hosted.api_key is None and key:
            hosted = self.hosted.model_copy(update={"api_key": SecretStr(key)})
            object.__setattr__(self, "hosted", hosted)
        return self

    @model_validator(mode="after")
    def _every_upstream_has_a_key(self) -> Settings:
        # After _hosted_key_from_environment. Else HostedClient refuses to start in every ingress replica.
        shared = self.hosted.api_key is not None and self.hosted.api_key.get_secret_value()
        if self.hosted.enabled and this_machine_checked() and not shared:
            for upstream in self.hosted.upstreams:
                if upstream.api_key_value() is None and not upstream.api_key_env:
                    raise ValueError(
                        f"hosted upstream {upstream.name!r} has no API key: set its api_key or api_key_env, "
                        "or hosted.api_key ($OPENAI_API_KEY)"
                    )
        return self

    @model_validator(mode="after")
    def _local_models_stay_inside(self) -> Settings:
        # A local model's URL is where sensitive requests go: it must not be the hosted API.
        hosted = {_endpoint(u.base_url or _OPENAI_BASE_URL) for u in self.hosted.resolved_upstreams()}
        for model in self.local.all_models:
            if model.url is None:
                continue
            host, port = _endpoint(model.url)
            if (host, port) in hosted or host == _OPENAI_HOST or host.endswith(_HOSTED_SUFFIXES):
                raise ValueError(
                    f"local model {model.model_id!r}: url {model.url} is on the hosted API's host ({host}); "
                    "a local model must run inside the boundary"
                )
        return self

    @model_validator(mode="after")
    def _upstream_key_variables_set(self) -> Settings:
        # Else the upstream would silently use hosted.api_key (another account) or fail at start.
        if this_machine_checked():
            for upstream in self.hosted.upstreams:
                if upstream.api_key is None and upstream.api_key_env and not os.environ.get(upstream.api_key_env):
                    raise ValueError(
                        f"hosted upstream {upstream.name!r}: api_key_env names ${upstream.api_key_env}, "
                        "which is not set"
                    )
        return self

    @model_validator(mode="after")
    def _reservations_fit(self) -> Settings:
        # Said at load: else every ingress replica refuses to start, or a reservation holds
        # slots for a class no request ever carries.
        classes = {policy.priority_class for policy in self.policy.departments.values()}
        for model in self.local.all_models:
            unknown = sorted(set(model.reserved_shares) - classes)
            if unknown:
                raise ValueError(
                    f"local model {model.model_id!r}: reserved_shares names priority class(es) {', '.join(unknown)} "
                    f"that no department has (their classes: {', '.join(sorted(classes))}); set a department's "
                    "policy priority_class or remove the reservation"
                )
            reserved_slots(model, model_capacity(model, self.server.num_replicas))
        return self

    @model_validator(mode="after")
    def _regions_have_upstreams(self) -> Settings:
        # Else every hosted request of the department finds no upstream and goes local (or 503), silently.
        regions = sorted({u.region for u in self.hosted.resolved_upstreams()})
        for name, policy in self.policy.departments.items():
            unknown = sorted(set(policy.hosted_regions or ()) - set(regions))  # a typo narrows residency silently
            if unknown:
                raise ValueError(
                    f"department {name!r}: hosted_regions {', '.join(unknown)} match no hosted "
                    f"upstream (their regions: {', '.join(regions)}); add an upstream there or change hosted_regions"
                )
        return self

    @model_validator(mode="after")
    def _rollouts_and_retention(self) -> Settings:
        check_rollouts(self.policy.departments, self.local.all_models)
        retaining = [name for name, policy in self.policy.departments.items() if policy.retention != "off"]
        if retaining and not (self.audit.retention_key_file or self.audit.retention_key_env):
            raise ValueError(
                f"department(s) {', '.join(retaining)} retain prompts encrypted but no key is configured: "
                "set audit.retention_key_file or audit.retention_key_env"
            )
        return self

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        # The YAML file arrives as init kwargs; the environment overrides it.
        return (env_settings, init_settings)


def _describe(error: ValidationError) -> str:
    lines = []
    for item in error.errors():
        path = ".".join(str(part) for part in item["loc"]) or "(root)"
        lines.append(f"  {path}: {item['msg']}")
    return "invalid configuration:\n" + "\n".join(lines)


def read_config_file(path: Path) -> dict[str, Any]:
    """The sections of a YAML config file, not yet validated (an empty file has none).

    Raises:
        ConfigError: the file is unreadable, is not YAML, or does not hold a mapping.
    """
    try:
        loaded = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise ConfigError(f"cannot read config file {path}: {exc}") from exc
    if loaded is not None and not isinstance(loaded, dict):
        raise ConfigError(f"config file {path} must hold a mapping of sections, not {type(loaded).__name__}")
    return dict(loaded or {})


def load_settings(path: Path | None = None, **overrides: Any) -> Settings:
    """Load the YAML file (if any), apply the environment, validate.

    Raises:
        ConfigError: the file is unreadable or a field is invalid (the message names the field path).
    """
    values: dict[str, Any] = read_config_file(path) if path is not None else {}
    values.update(overrides)
    try:
        return Settings(**values)
    except ValidationError as exc:
        raise ConfigError(_describe(exc)) from exc
