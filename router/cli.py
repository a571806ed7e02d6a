"""The `sovereign-router` command.

`benchmarks` is imported only inside `bench`, `size` and `upstream-sim`, so `serve`
and `classify` never load benchmark code (and benchmarks never import `router`).
Those three commands hand their arguments to typer apps owned by `benchmarks`.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, Any, TextIO

import orjson
import typer

from router.report.cli import report as report_command
from router.retention_cli import register as register_retention_commands

app = typer.Typer(
    name="sovereign-router",
    help="One OpenAI-compatible endpoint that keeps personal data inside the government boundary.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
_PASS_THROUGH: dict[str, Any] = {"allow_extra_args": True, "ignore_unknown_options": True, "help_option_names": []}


def _settings(config: Path | None, **overrides: Any) -> Any:
    # Imported here, not at module level: the config pulls in the classifiers (spaCy,
    # recognisers), which `size` and `upstream-sim` never need (`size` answers in < 1 s).
    from router.config import ConfigError, load_settings

    try:
        return load_settings(config, **overrides)
    except ConfigError as exc:
        typer.echo(f"sovereign-router: {exc}", err=True)
        raise typer.Exit(2) from None


@app.command()
def serve(
    config: Annotated[Path | None, typer.Option(help="YAML config file (defaults are embedded).")] = None,
    host: Annotated[str | None, typer.Option(help="Interface to bind (default 127.0.0.1).")] = None,
    port: Annotated[int | None, typer.Option(help="HTTP port (default 8000).")] = None,
) -> None:
    """Start Ray (local, embedded) and the Serve app; SIGTERM or Ctrl-C drains and stops it (router/lifecycle.py)."""
    settings = _settings(config)
    server = settings.server.model_copy(
        update={k: v for k, v in {"host": host, "port": port}.items() if v is not None}
    )
    settings = settings.model_copy(update={"server": server})
    from router import app as serve_app
    from router.config import ConfigError
    from router.lifecycle import run_serve

    def ready() -> None:
        typer.echo(
            f"sovereign-router listening on {'https' if settings.server.tls_certfile else 'http'}://"
            f"{settings.server.host}:{settings.server.port} (proxy mode {settings.server.proxy_mode}, "
            f"hosted {'enabled' if settings.hosted.enabled else 'disabled'})"
        )

    try:
        serve_app.check_engines(settings)  # before Ray starts
        code = run_serve(settings, serve_app.start, serve_app.stop, ready, lambda line: typer.echo(line, err=True))
    except ConfigError as exc:  # e.g. engine vllm without the gpu extra: refused before Ray starts
        typer.echo(f"sovereign-router: {exc}", err=True)
        raise typer.Exit(2) from None
    if code:
        raise typer.Exit(code)


def _classify_lines(source: TextIO, sink: TextIO, classifier: Any) -> int:
    failures = 0
    for number, line in enumerate(source, start=1):
        if not line.strip():
            continue
        try:
            record = orjson.loads(line)
            text = record["text"] if isinstance(record, dict) else None
            if not isinstance(text, str):
                raise ValueError('each line must be a JSON object with a string "text"')
            out: dict[str, Any] = classifier.classify(text).as_dict()
        except (orjson.JSONDecodeError, KeyError, ValueError) as exc:
            failures += 1
            out = {"error": f"line {number}: {exc}"}
        sink.write(orjson.dumps(out).decode() + "\n")
    sink.flush()
    return failures


@app.command()
def classify(
    file: Annotated[str, typer.Argument(help="JSONL file of {\"text\": ...} lines, or - for stdin.")] = "-",
    config: Annotated[Path | None, typer.Option(help="YAML config file.")] = None,
) -> None:
    """Classify JSONL texts; prints one JSON result per line, in order."""
    from classifiers import Classifier

    settings = _settings(config)
    classifier = Classifier(settings.classifier)
    if file == "-":
        failures = _classify_lines(sys.stdin, sys.stdout, classifier)
    else:
        try:
            with open(file, encoding="utf-8") as source:
                failures = _classify_lines(source, sys.stdout, classifier)
        except OSError as exc:
            typer.echo(f"sovereign-router: cannot read {file}: {exc.strerror}", err=True)
            raise typer.Exit(2) from None
    if failures:
        typer.echo(f"sovereign-router: {failures} line(s) could not be classified", err=True)
        raise typer.Exit(1)


@app.command("upstream-sim", context_settings=_PASS_THROUGH, add_help_option=False)
def upstream_sim(ctx: typer.Context) -> None:
    """Recording OpenAI-compatible upstream for tests and benchmarks (see `upstream-sim --help`)."""
    from benchmarks.cli import upstream_app

    upstream_app(args=ctx.args, prog_name="sovereign-router upstream-sim")


@app.command(context_settings=_PASS_THROUGH, add_help_option=False)
def bench(ctx: typer.Context) -> None:
    """Benchmarks: classify, route, load (see `bench --help`)."""
    from benchmarks.cli import bench_app

    bench_app(args=ctx.args, prog_name="sovereign-router bench")


@app.command(context_settings=_PASS_THROUGH, add_help_option=False)
def size(ctx: typer.Context) -> None:
    """GPU node sizing for a model, GPU and workload (see `size --help`)."""
    from benchmarks.cli import size_app

    size_app(args=ctx.args, prog_name="sovereign-router size")


audit_app = typer.Typer(help="The audit chain: verify it, export it.", no_args_is_help=True)
app.add_typer(audit_app, name="audit")
register_retention_commands(audit_app, _settings)  # audit retention-key, audit retained


def _audit_store(config: Path | None, data_dir: Path | None) -> Any:
    from router.audit.tools import StoreMissing, open_existing

    settings = _settings(config, **({"data_dir": data_dir} if data_dir is not None else {}))
    try:
        return open_existing(settings.audit, settings.data_dir)
    except StoreMissing as exc:
        typer.echo(f"sovereign-router: {exc}", err=True)
        raise typer.Exit(2) from None


@audit_app.command("verify")
def audit_verify(
    config: Annotated[Path | None, typer.Option(help="YAML config file.")] = None,
    data_dir: Annotated[Path | None, typer.Option(help="Data directory (default: from config).")] = None,
) -> None:
    """Prove the chain: exit 1 naming each tampered, deleted or re-ordered record."""
    from router.audit.tools import verify_store

    store = _audit_store(config, data_dir)
    try:
        result = verify_store(store)
    finally:
        store.close()
    for problem in result.problems[:100]:
        typer.echo(str(problem), err=True)
    if not result.ok:
        typer.echo(f"audit chain BROKEN: {len(result.problems)} problem(s) in {result.records} record(s)", err=True)
        raise typer.Exit(1)
    typer.echo(f"audit chain OK: {result.records} record(s), head {result.head_seq} {result.head_hash}")


@audit_app.command("export")
def audit_export(
    since: Annotated[str, typer.Option(help="ISO 8601 date/time (UTC if no offset) or a span back: 30m, 24h, 7d.")],
    department: Annotated[str | None, typer.Option(help="Only this department's records.")] = None,
    out: Annotated[Path | None, typer.Option(help="JSONL file to write (default: stdout).")] = None,
    config: Annotated[Path | None, typer.Option(help="YAML config file.")] = None,
    data_dir: Annotated[Path | None, typer.Option(help="Data directory (default: from config).")] = None,
) -> None:
    """Write records as JSONL (one object per record, with its hash) for SIEM ingestion."""
    from router.audit.tools import parse_since, write_export

    try:
        start = parse_since(since)
    except ValueError as exc:
        typer.echo(f"sovereign-router: {exc}", err=True)
        raise typer.Exit(2) from None
    store = _audit_store(config, data_dir)
    try:
        if out is None:
            count = write_export(store, sys.stdout.buffer, start, department)
        else:
            with out.open("wb") as sink:
                count = write_export(store, sink, start, department)
    finally:
        store.close()
    typer.echo(f"exported {count} record(s)", err=True)


app.command("report")(report_command)  # department KPIs from the audit store (router/report/)

keys_app = typer.Typer(help="API keys and signed tokens: create, list, revoke, token, rotate-signing.",
                       no_args_is_help=True)
app.add_typer(keys_app, name="keys")


def _key_admin(config: Path | None, data_dir: Path | None) -> Any:
    from router.access import KeyAdmin

    settings = _settings(config, **({"data_dir": data_dir} if data_dir is not None else {}))
    return KeyAdmin(settings.access, settings.data_dir), settings


def _when(epoch: float | None) -> str:
    from datetime import UTC, datetime

    return "-" if epoch is None else datetime.fromtimestamp(epoch, UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


_ConfigOpt = Annotated[Path | None, typer.Option(help="YAML config file.")]
_DataDirOpt = Annotated[Path | None, typer.Option(help="Data directory (default: from config).")]


@keys_app.command("create")
def keys_create(
    department: Annotated[str, typer.Option(help="Department the key is issued to.")],
    role: Annotated[list[str], typer.Option(help="Role (repeat for several).")],
    expires: Annotated[str | None, typer.Option(help="Lifetime: 90d, 12h, 30m (default: no expiry).")] = None,
    description: Annotated[str, typer.Option(help="Free text shown by `keys list`.")] = "",
    json_out: Annotated[bool, typer.Option("--json", help='Print {"key": ..., "id": ...} for scripts.')] = False,
    config: _ConfigOpt = None,
    data_dir: _DataDirOpt = None,
) -> None:
    """Create a key; it is printed once and only its keyed hash is stored."""
    from router.access.keys import parse_duration

    try:
        lifetime = parse_duration(expires) if expires is not None else None
    except ValueError as exc:
        typer.echo(f"sovereign-router: {exc}", err=True)
        raise typer.Exit(2) from None
    admin, _ = _key_admin(config, data_dir)
    try:
        key, record = admin.create(department, tuple(role), expires_in_s=lifetime, description=description)
    except ValueError as exc:
        typer.echo(f"sovereign-router: {exc}", err=True)
        raise typer.Exit(2) from None
    finally:
        admin.close()
    if json_out:
        typer.echo(orjson.dumps({"key": key, "id": record.key_id, "expires": record.expires}).decode())
    else:
        typer.echo(key)
        typer.echo(f"id {record.key_id}, department {department}, roles {' '.join(role)}, "
                   f"expires {_when(record.expires)} (the key is not shown again)", err=True)


@keys_app.command("list")
def keys_list(
    json_out: Annotated[bool, typer.Option("--json", help="One JSON object per key.")] = False,
    config: _ConfigOpt = None,
    data_dir: _DataDirOpt = None,
) -> None:
    """List keys (id, department, roles, times); never key material."""
    admin, _ = _key_admin(config, data_dir)
    try:
        records = admin.records()
    finally:
        admin.close()
    for record in records:
        if json_out:
            typer.echo(orjson.dumps(record.public()).decode())
            continue
        state = "revoked" if record.revoked is not None else ("active" if record.usable() else "expired")
        typer.echo(f"{record.key_id}  {record.department:<16} {','.join(record.roles):<24} {state:<8} "
                   f"created {_when(record.created)} expires {_when(record.expires)}")


@keys_app.command("revoke")
def keys_revoke(
    key_id: Annotated[str, typer.Argument(help="The key id (from `keys list`).")],
    config: _ConfigOpt = None,
    data_dir: _DataDirOpt = None,
) -> None:
    """Revoke a key; running replicas refuse it within access.cache_ttl_s seconds."""
    admin, _ = _key_admin(config, data_dir)
    try:
        found = admin.revoke(key_id)
    finally:
        admin.close()
    if not found:
        typer.echo(f"sovereign-router: no key with id {key_id}", err=True)
        raise typer.Exit(1)
    typer.echo(f"revoked {key_id}")


@keys_app.command("rotate-signing")
def keys_rotate_signing(config: _ConfigOpt = None, data_dir: _DataDirOpt = None) -> None:
    """Start signing tokens with a new key id; tokens signed with older ids stay valid until they expire."""
    admin, _ = _key_admin(config, data_dir)
    try:
        typer.echo(admin.rotate_signing())
    finally:
        admin.close()


@keys_app.command("retire-signing")
def keys_retire_signing(
    kid: Annotated[str, typer.Argument(help="The signing key id to retire (after its tokens have expired).")],
    config: _ConfigOpt = None,
    data_dir: _DataDirOpt = None,
) -> None:
    """Stop accepting tokens signed with an older signing key id."""
    admin, _ = _key_admin(config, data_dir)
    try:
        found = admin.retire_signing(kid)
    except ValueError as exc:
        typer.echo(f"sovereign-router: {exc}", err=True)
        raise typer.Exit(2) from None
    finally:
        admin.close()
    if not found:
        typer.echo(f"sovereign-router: no signing key {kid}", err=True)
        raise typer.Exit(1)
    typer.echo(f"retired {kid}")


@keys_app.command("token")
def keys_token(
    key: Annotated[str, typer.Option(envvar="SOVEREIGN_ROUTER_KEY", help="The API key the token is issued from.")],
    role: Annotated[list[str] | None, typer.Option(help="Narrow to these roles (default: all of the key's).")] = None,
    model: Annotated[list[str] | None, typer.Option(help="Only these models (default: the roles' models).")] = None,
    max_level: Annotated[str | None, typer.Option(help="Highest level the token may send.")] = None,
    ttl_minutes: Annotated[int | None, typer.Option(help="Lifetime in minutes (default access.token_ttl_minutes).")]
    = None,
    json_out: Annotated[bool, typer.Option("--json", help='Print {"token": ..., "expires_at": ...}.')] = False,
    config: _ConfigOpt = None,
    data_dir: _DataDirOpt = None,
) -> None:
    """Issue a short-lived role-scoped token (a signed JWT) from an API key."""
    import asyncio

    from router.access import Authenticator
    from router.errors import ApiError

    settings = _settings(config, **({"data_dir": data_dir} if data_dir is not None else {}))
    auth = Authenticator(settings.access, settings.data_dir)

    async def issue() -> tuple[str, int]:
        principal = await auth.authenticate([f"Bearer {key}"])
        return await auth.issue_token(principal, roles=tuple(role) if role else None,
                                      models=tuple(model) if model else None, max_level=max_level,
                                      ttl_minutes=ttl_minutes)

    try:
        token, expires_at = asyncio.run(issue())
    except ApiError as exc:
        typer.echo(f"sovereign-router: {exc.message}", err=True)
        raise typer.Exit(1) from None
    finally:
        auth.close()
    if json_out:
        typer.echo(orjson.dumps({"token": token, "expires_at": expires_at}).decode())
    else:
        typer.echo(token)



@app.command("deploy-config")
def deploy_config(
    config: Annotated[Path | None, typer.Option(help="The project's YAML config file.")] = None,
    image: Annotated[str, typer.Option(help="Container image with sovereign-router installed.")] = (
        "sovereign-router:latest"
    ),
    kind: Annotated[str, typer.Option(help="rayservice (KubeRay manifest) or serve (Serve config only).")] = (
        "rayservice"
    ),
    gpus_per_node: Annotated[int, typer.Option(help="GPUs on each GPU worker node.")] = 8,
    cpu_workers: Annotated[int, typer.Option(help="CPU worker pods (ingress, CPU models).")] = 2,
    out: Annotated[Path | None, typer.Option(help="Write here instead of stdout.")] = None,
) -> None:
    """Render the Serve config or a KubeRay RayService (GPU workers for local models, CPU for the ingress)."""
    import yaml

    from router.config import ConfigError
    from router.deploy_config import dump_yaml, render_rayservice, render_serve_config

    values = yaml.safe_load(config.read_text(encoding="utf-8")) if config is not None else {}
    try:
        if kind == "serve":
            rendered = render_serve_config(values or {})
        elif kind == "rayservice":
            rendered = render_rayservice(
                values or {}, image=image, gpus_per_node=gpus_per_node, cpu_workers=cpu_workers
            )
        else:
            typer.echo(f"sovereign-router: --kind must be rayservice or serve, not {kind!r}", err=True)
            raise typer.Exit(2)
    except ConfigError as exc:
        typer.echo(f"sovereign-router: {exc}", err=True)
        raise typer.Exit(2) from None
    text = dump_yaml(rendered)
    if out is None:
        typer.echo(text, nl=False)
    else:
        out.write_text(text, encoding="utf-8")

def main() -> None:
    app()
