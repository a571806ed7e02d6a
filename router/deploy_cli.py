"""`sovereign-router deploy-config`: render the Serve config or a KubeRay RayService.

A plain function with typer annotations, registered on the root command by
`router/cli.py`; the rendering itself lives in `router/deploy_config.py`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import typer

from router.cli_common import fail
from router.haproxy_launch import IMAGE_LAUNCHER


def deploy_config(
    config: Annotated[Path | None, typer.Option(help="The project's YAML config file.")] = None,
    image: Annotated[str, typer.Option(help="Container image with sovereign-router installed.")] = (
        "sovereign-router:latest"
    ),
    kind: Annotated[str, typer.Option(help="rayservice (KubeRay manifest) or serve (Serve config only).")] = (
        "rayservice"
    ),
    gpus_per_node: Annotated[int, typer.Option(min=1, help="GPUs on each GPU worker node.")] = 8,
    cpu_workers: Annotated[
        int, typer.Option(min=1, help="CPU worker pods (ingress, CPU models); at least 1: the ingress runs there.")
    ] = 2,
    haproxy_launcher: Annotated[
        str, typer.Option(help="Absolute path of sovereign-router-haproxy in the image (Ray's HAProxy runs it).")
    ] = IMAGE_LAUNCHER,
    tls_secret: Annotated[
        str | None, typer.Option(help="A kubernetes.io/tls Secret: HAProxy serves HTTPS only, with its certificate.")
    ] = None,
    out: Annotated[Path | None, typer.Option(help="Write here instead of stdout.")] = None,
) -> None:
    """Render the Serve config or a KubeRay RayService (GPU workers for local models, CPU for the ingress)."""
    from router.config import ConfigError, read_config_file
    from router.deploy_config import dump_yaml, render_manifests, render_serve_config

    if not image.strip() or any(c.isspace() for c in image):
        fail(f"--image must name a container image (no spaces), e.g. registry.example/sovereign-router:1.0, "
             f"not {image!r}")
    try:
        values = read_config_file(config) if config is not None else {}
        rendered: dict[str, Any] | list[dict[str, Any]]
        if kind == "serve":
            rendered = render_serve_config(values or {})
        elif kind == "rayservice":
            rendered = render_manifests(
                values or {}, image=image, gpus_per_node=gpus_per_node, cpu_workers=cpu_workers,
                haproxy_launcher=haproxy_launcher, tls_secret=tls_secret,
            )
        else:
            fail(f"--kind must be rayservice or serve, not {kind!r}")
    except ConfigError as exc:
        fail(exc)
    text = dump_yaml(rendered)
    if kind == "rayservice":  # say how the file came about, so it is rendered again, not edited
        source = f" --config {config.name}" if config is not None else ""
        if haproxy_launcher != IMAGE_LAUNCHER:
            source += f" --haproxy-launcher {haproxy_launcher}"
        if tls_secret:
            source += f" --tls-secret {tls_secret}"
        text = (
            f"# Rendered by sovereign-router deploy-config{source} --image {image} "
            f"--gpus-per-node {gpus_per_node} --cpu-workers {cpu_workers}\n"
            "# Edit the project's YAML and render again rather than editing this file.\n" + text
        )
    if out is None:
        typer.echo(text, nl=False)
    else:
        out.write_text(text, encoding="utf-8")
