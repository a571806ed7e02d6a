"""Render the router for a Ray cluster: a Serve config and a KubeRay `RayService` manifest.

`sovereign-router deploy-config` turns the project's YAML into what a cluster runs:

- a Serve config (`applications:` with one application whose `import_path` is
  `router.app:app_builder` and whose `args.config` is the project's YAML), and
  per-deployment options: the ingress on CPU workers, each local model's replicas
  with the GPUs (or CPUs) its settings ask for;
- a `RayService` (KubeRay `ray.io/v1`) that embeds that Serve config as
  `serveConfigV2` and declares the cluster: a head group (no model work), a CPU
  worker group for the ingress and CPU models, and a GPU worker group sized from the
  local models' GPUs per replica (`num_gpus`, or `tensor_parallel_size` for vLLM),
  whole replicas per node; a replica larger than a node is refused.

- a ConfigMap with HAProxy's error answers: every pod names the router's HAProxy launcher
  and its settings (router/haproxy_front.py), so a cluster's edge is one machine's: OpenAI-
  shaped 5xx, the status ports on `server.haproxy_status_host`, the client timeout, and
  HTTPS from a `kubernetes.io/tls` Secret (`--tls-secret`).

Secrets never enter the rendered files: keys, tokens and DSNs are dropped from the
embedded config and arrive as environment variables from a Kubernetes Secret
(`OPENAI_API_KEY` and any `SOVEREIGN_ROUTER_<SECTION>__<FIELD>` the operator adds).
The data directory is `/data` on a persistent volume; on a cluster, audit and keys
belong in PostgreSQL (the `audit` and `access` sections), as DESIGN.md says.
"""

from __future__ import annotations

import base64
from typing import Any, get_args, get_origin

import yaml
from pydantic import BaseModel, SecretStr

from local_models.settings import for_another_machine
from router.app import APP_NAME, METRICS_EXPORT_INTERVAL_MS, local_deployment_name, proxy_env
from router.config import ConfigError, ServerSettings, Settings, load_settings
from router.haproxy_front import error_files, launcher_env
from router.haproxy_launch import IMAGE_LAUNCHER

__all__ = [
    "dump_yaml", "render_haproxy_errors", "render_manifests", "render_rayservice",
    "render_serve_config", "secret_paths",
]

_DATA_DIR = "/data"
_SECRET_NAME = "sovereign-router-secrets"
_ERRORS_DIR = "/etc/sovereign-router/haproxy-errors"
_TLS_DIR = "/etc/sovereign-router/tls"


_EACH = "[]"  # a path step: every item of a list, or every value of a mapping


def _secrets_in(annotation: Any) -> list[tuple[str, ...]]:
    """Paths, below a field of this type, of every `SecretStr` (() when the field is one)."""
    if annotation is SecretStr:
        return [()]
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return secret_paths(annotation)
    origin, args = get_origin(annotation), get_args(annotation)
    if origin in (list, tuple, set, frozenset, dict):
        items = args[1:] if origin is dict else args
        return [(_EACH, *path) for arg in items for path in _secrets_in(arg)]
    return [path for arg in args for path in _secrets_in(arg)]  # Optional, unions, Annotated


def secret_paths(model: type[BaseModel]) -> list[tuple[str, ...]]:
    """Where a config model holds secrets: the path of each of its `SecretStr` fields.

    Derived from the model rather than listed, so a new secret field is never rendered;
    names alone would also drop ordinary settings that happen to share a secret's name
    (a department's `secret` action, `access.dev_key`).
    """
    return [(name, *path) for name, field in model.model_fields.items() for path in _secrets_in(field.annotation)]


def _drop(value: Any, path: tuple[str, ...]) -> Any:
    if not path:
        return value
    head, rest = path[0], path[1:]
    if head == _EACH:
        if isinstance(value, list):
            return [_drop(item, rest) for item in value]
        if isinstance(value, dict):
            return {key: _drop(item, rest) for key, item in value.items()}
        return value
    if not isinstance(value, dict) or head not in value:
        return value
    if not rest:
        return {key: item for key, item in value.items() if key != head}
    return {**value, head: _drop(value[head], rest)}


def _without_secrets(config: dict[str, Any]) -> dict[str, Any]:
    for path in secret_paths(Settings):
        config = _drop(config, path)
    return config


def render_serve_config(config: dict[str, Any]) -> dict[str, Any]:
    """The Serve config (the `serve deploy` / `serveConfigV2` format) for a project config.

    Args:
        config: The project's YAML as a mapping (validated here first).

    Raises:
        ConfigError: The configuration is invalid (the message names the field).
    """
    with for_another_machine():  # tls_* files, api_key_env variables: the cluster's, checked when it loads the config
        settings = load_settings(None, **{**config, "data_dir": _DATA_DIR})
    if settings.server.tls_certfile is not None:
        # The files are this machine's; a cluster's certificate is a Kubernetes Secret its pods mount.
        raise ConfigError(
            "server.tls_certfile / server.tls_keyfile are for `sovereign-router serve` on one machine; on a cluster "
            "leave them unset and name a Kubernetes TLS Secret with deploy-config --tls-secret (or terminate TLS "
            "in front of the RayService)"
        )
    embedded = _without_secrets({**config, "data_dir": _DATA_DIR})
    deployments: list[dict[str, Any]] = [
        {
            "name": "Ingress",
            "num_replicas": settings.server.num_replicas,
            "max_ongoing_requests": settings.server.max_ongoing_requests,
            "ray_actor_options": {"num_cpus": settings.server.num_cpus},
        }
    ]
    for index, model in enumerate(settings.local.all_models):
        if model.engine == "vllm":
            continue  # Ray Serve LLM's own deployments (local_models.vllm_serve)
        if model.engine == "openai":
            continue  # no deployment: the ingress calls the in-boundary server itself (router.local_leg)
        deployments.append({"name": local_deployment_name(index, model.model_id), **model.serve_options()})
    return {
        "proxy_location": "EveryNode",
        "http_options": {"host": "0.0.0.0", "port": settings.server.port},
        "applications": [
            {
                "name": APP_NAME,
                "route_prefix": "/",
                "import_path": "router.app:app_builder",
                "args": {"config": embedded},
                "runtime_env": {"env_vars": {"HF_HUB_OFFLINE": "1", "SOVEREIGN_ROUTER_DATA_DIR": _DATA_DIR}},
                "deployments": deployments,
            }
        ],
    }


def _gpu_nodes(settings: Settings, gpus_per_node: int) -> int:
    """GPU worker nodes that hold every local model's replicas at their most.

    A replica's GPUs are on one node: a vLLM replica's tensor-parallel ranks are one
    STRICT_PACK placement group (local_models.vllm_serve), a transformers replica is one
    actor. So replicas are packed whole (first fit, largest first), not GPUs summed.

    Raises:
        ConfigError: A replica needs more GPUs than a node has: Ray could never schedule it.
    """
    replicas: list[float] = []
    for model in settings.local.all_models:
        if model.engine == "openai":
            continue
        per_replica = model.tensor_parallel_size if model.engine == "vllm" else model.num_gpus
        if per_replica > gpus_per_node:
            what = f"tensor_parallel_size {per_replica}" if model.engine == "vllm" else f"num_gpus {per_replica}"
            raise ConfigError(
                f"local model {model.model_id!r}: {what} GPUs per replica, more than a GPU node has "
                f"(--gpus-per-node {gpus_per_node}); a replica's GPUs must be on one node"
            )
        count = model.autoscaling.max_replicas if model.autoscaling is not None else model.num_replicas
        replicas += [per_replica] * count if per_replica > 0 else []
    free: list[float] = []  # GPUs left on each node opened so far
    for need in sorted(replicas, reverse=True):
        node = next((i for i, left in enumerate(free) if left >= need), None)
        if node is None:
            free.append(gpus_per_node - need)
        else:
            free[node] -= need
    return len(free)


class _HAProxySetup:
    """What every pod needs for the router's HAProxy (router/haproxy_front.py), as on one machine.

    Ray starts HAProxy on every node with a proxy, from the node's environment: the pod's.
    So each pod names the launcher, its error answers (a ConfigMap, `render_haproxy_errors`)
    and, with `tls_secret`, the certificate (a `kubernetes.io/tls` Secret, mounted; a pod
    whose Secret is missing does not start, so HTTPS asked for is never served in clear),
    with HAProxy's ports and client timeout from the config.
    """

    def __init__(self, server: ServerSettings, name: str, launcher: str, tls_secret: str | None) -> None:
        tls = (f"{_TLS_DIR}/tls.crt", f"{_TLS_DIR}/tls.key") if tls_secret else None
        self.env = {
            **proxy_env(server, "haproxy", server.haproxy_threads),
            "RAY_SERVE_METRICS_EXPORT_INTERVAL_MS": METRICS_EXPORT_INTERVAL_MS,
            **launcher_env(server, launcher=launcher, errors=_ERRORS_DIR, tls=tls),
        }
        self.mounts = [{"name": "haproxy-errors", "mountPath": _ERRORS_DIR, "readOnly": True}]
        self.volumes: list[dict[str, Any]] = [{"name": "haproxy-errors", "configMap": {"name": errors_map(name)}}]
        if tls_secret:
            self.mounts.append({"name": "tls", "mountPath": _TLS_DIR, "readOnly": True})
            self.volumes.append({"name": "tls", "secret": {"secretName": tls_secret}})


def errors_map(name: str) -> str:
    """The ConfigMap of a RayService's HAProxy error answers."""
    return f"{name}-haproxy-errors"


def _container(image: str, edge: _HAProxySetup, cpus: int, memory: str, gpus: int = 0) -> dict[str, Any]:
    limits: dict[str, Any] = {"cpu": str(cpus), "memory": memory}
    if gpus:
        limits["nvidia.com/gpu"] = str(gpus)
    env: list[dict[str, Any]] = [{"name": k, "value": v} for k, v in {**edge.env, "HF_HUB_OFFLINE": "1"}.items()]
    env.append({"name": "OPENAI_API_KEY", "valueFrom": {"secretKeyRef": {
        "name": _SECRET_NAME, "key": "OPENAI_API_KEY", "optional": True}}})
    return {
        "name": "ray",
        "image": image,
        "resources": {"limits": limits, "requests": dict(limits)},
        "env": env,
        "envFrom": [{"secretRef": {"name": _SECRET_NAME, "optional": True}}],
        "volumeMounts": [{"name": "data", "mountPath": _DATA_DIR}, *edge.mounts],
    }


def _pod(image: str, edge: _HAProxySetup, cpus: int, memory: str, gpus: int = 0) -> dict[str, Any]:
    spec: dict[str, Any] = {
        "containers": [_container(image, edge, cpus, memory, gpus)],
        "volumes": [{"name": "data", "persistentVolumeClaim": {"claimName": "sovereign-router-data"}}, *edge.volumes],
    }
    if gpus:
        spec["tolerations"] = [{"key": "nvidia.com/gpu", "operator": "Exists", "effect": "NoSchedule"}]
    return {"spec": spec}


def render_haproxy_errors(name: str = "sovereign-router") -> dict[str, Any]:
    """The ConfigMap with HAProxy's error answers in the OpenAI shape, byte for byte (`binaryData`)."""
    return {
        "apiVersion": "v1",
        "kind": "ConfigMap",
        "metadata": {"name": errors_map(name), "labels": {"app.kubernetes.io/name": "sovereign-router"}},
        "binaryData": {file: base64.b64encode(content).decode() for file, content in error_files().items()},
    }


def render_rayservice(
    config: dict[str, Any],
    *,
    image: str,
    name: str = "sovereign-router",
    gpus_per_node: int = 8,
    cpu_workers: int = 2,
    haproxy_launcher: str = IMAGE_LAUNCHER,
    tls_secret: str | None = None,
) -> dict[str, Any]:
    """A KubeRay `RayService` that runs the router: ingress on CPU, local models on GPU nodes.

    Args:
        config: The project's YAML as a mapping.
        image: The container image with the project installed (and the `gpu` extra
            on GPU workers when a model uses engine vllm).
        name: The RayService's name.
        gpus_per_node: GPUs on each GPU worker node.
        cpu_workers: CPU worker pods for the ingress and CPU-only models (at least 1).
        haproxy_launcher: The absolute path of `sovereign-router-haproxy` in the image.
        tls_secret: A `kubernetes.io/tls` Secret: HAProxy then serves HTTPS only.

    Raises:
        ConfigError: The configuration is invalid, or a replica needs more GPUs than a node has.
    """
    if cpu_workers < 1 or gpus_per_node < 1:  # the ingress runs on the CPU workers
        raise ConfigError(f"cpu_workers and gpus_per_node must be at least 1, not {cpu_workers}, {gpus_per_node}")
    if not haproxy_launcher.startswith("/") or any(c.isspace() for c in haproxy_launcher):
        raise ConfigError(f"the HAProxy launcher must be an absolute path in the image (Ray runs only those), "
                          f"not {haproxy_launcher!r}")
    with for_another_machine():  # tls_* files, api_key_env variables: the cluster's, checked when it loads the config
        settings = load_settings(None, **{**config, "data_dir": _DATA_DIR})
    serve_config = render_serve_config(config)
    nodes = _gpu_nodes(settings, gpus_per_node)
    edge = _HAProxySetup(settings.server, name, haproxy_launcher, tls_secret)
    worker_groups: list[dict[str, Any]] = [
        {
            "groupName": "cpu",
            "replicas": cpu_workers,
            "minReplicas": 1,
            "maxReplicas": cpu_workers * 2,
            "rayStartParams": {},
            "template": _pod(image, edge, cpus=8, memory="32Gi"),
        }
    ]
    if nodes:
        worker_groups.append(
            {
                "groupName": "gpu",
                "replicas": nodes,
                "minReplicas": nodes,
                "maxReplicas": nodes * 2,
                "rayStartParams": {},
                "template": _pod(image, edge, cpus=max(8, 2 * gpus_per_node), memory="256Gi", gpus=gpus_per_node),
            }
        )
    return {
        "apiVersion": "ray.io/v1",
        "kind": "RayService",
        "metadata": {"name": name, "labels": {"app.kubernetes.io/name": "sovereign-router"}},
        "spec": {
            "serveConfigV2": yaml.safe_dump(serve_config, sort_keys=False),
            "rayClusterConfig": {
                "rayVersion": "2.60.0",
                "enableInTreeAutoscaling": True,
                # The head runs the Serve controller and proxy only: num-cpus 0 keeps replicas off it.
                "headGroupSpec": {
                    "rayStartParams": {"num-cpus": "0", "dashboard-host": "0.0.0.0"},
                    "template": _pod(image, edge, cpus=4, memory="16Gi"),
                },
                "workerGroupSpecs": worker_groups,
            },
        },
    }


def render_manifests(config: dict[str, Any], *, name: str = "sovereign-router", **options: Any) -> list[dict[str, Any]]:
    """Everything `kubectl apply` needs besides the Secrets: the error answers' ConfigMap, the RayService.

    Args:
        config: The project's YAML as a mapping.
        name: The RayService's name.
        options: `render_rayservice`'s.
    """
    return [render_haproxy_errors(name), render_rayservice(config, name=name, **options)]


class _Dumper(yaml.SafeDumper):
    """Writes multi-line strings (the embedded `serveConfigV2`) as literal blocks."""


def _str(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    style = "|" if "\n" in value else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_Dumper.add_representer(str, _str)


def dump_yaml(document: dict[str, Any] | list[dict[str, Any]]) -> str:
    """YAML for a rendered document (or several, `---` between them), keys in the order they were built."""
    documents = document if isinstance(document, list) else [document]
    return yaml.dump_all(documents, Dumper=_Dumper, sort_keys=False)
