"""`sovereign-router keys ...`: API keys and signed tokens, administered from the command line.

The group is registered on the root command by `router/cli.py`. Key material is
printed once, at creation; everything else prints ids, departments, roles and times.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, Any

import orjson
import typer

from router.cli_common import ConfigOpt, DataDirOpt, fail, settings_with_data_dir

keys_app = typer.Typer(
    help="API keys and signed tokens: create, list, revoke, token, rotate-signing, retire-signing.",
    no_args_is_help=True,
)


@contextmanager
def _key_admin(config: Path | None, data_dir: Path | None) -> Iterator[Any]:
    """The key store's admin for one command, closed when the command is done (or fails).

    A store that cannot be reached (PostgreSQL down, a damaged SQLite file) exits 1 with
    "key store unreachable: <reason>", never a driver traceback.
    """
    from router.access import KeyAdmin
    from router.access.errors import StoreUnavailable

    settings = settings_with_data_dir(config, data_dir)
    try:
        admin = KeyAdmin(settings.access, settings.data_dir)
    except StoreUnavailable as exc:
        fail(f"key store unreachable: {exc}", code=1)
    try:
        yield admin
    except StoreUnavailable as exc:
        fail(f"key store unreachable: {exc}", code=1)
    finally:
        admin.close()


def _when(epoch: float | None) -> str:
    """An epoch as UTC time; a stored value no datetime can show prints as the number, never a traceback."""
    from datetime import UTC, datetime

    if epoch is None:
        return "-"
    try:
        return datetime.fromtimestamp(epoch, UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    except (OverflowError, OSError, ValueError):
        return f"{epoch:.0f}"


@keys_app.command("create")
def keys_create(
    department: Annotated[str, typer.Option(help="Department the key is issued to.")],
    role: Annotated[list[str], typer.Option(help="Role (repeat for several).")],
    expires: Annotated[
        str | None, typer.Option(help="Lifetime: 90d, 12h, 30m, 2y; 1 s to 100 years (default: no expiry).")
    ] = None,
    description: Annotated[str, typer.Option(help="Free text shown by `keys list`.")] = "",
    json_out: Annotated[bool, typer.Option("--json", help='Print {"key": ..., "id": ...} for scripts.')] = False,
    config: ConfigOpt = None,
    data_dir: DataDirOpt = None,
) -> None:
    """Create a key; it is printed once and only its keyed hash is stored."""
    from router.access.keys import parse_duration

    try:
        lifetime = parse_duration(expires) if expires is not None else None
    except ValueError as exc:
        fail(exc)
    with _key_admin(config, data_dir) as admin:
        try:
            key, record = admin.create(department, tuple(role), expires_in_s=lifetime, description=description)
        except ValueError as exc:
            fail(exc)
    if json_out:
        typer.echo(orjson.dumps({"key": key, "id": record.key_id, "expires": record.expires}).decode())
    else:
        typer.echo(key)
        typer.echo(
            f"id {record.key_id}, department {department}, roles {' '.join(role)}, "
            f"expires {_when(record.expires)} (the key is not shown again)",
            err=True,
        )


@keys_app.command("list")
def keys_list(
    json_out: Annotated[bool, typer.Option("--json", help="One JSON object per key.")] = False,
    config: ConfigOpt = None,
    data_dir: DataDirOpt = None,
) -> None:
    """List keys (id, department, roles, state, times, description); never key material."""
    with _key_admin(config, data_dir) as admin:
        records = admin.records()
    for record in records:
        if json_out:
            typer.echo(orjson.dumps(record.public()).decode())
            continue
        state = "revoked" if record.revoked is not None else ("active" if record.usable() else "expired")
        # roles by spaces (a role holds none; it may hold a comma); the description as a quoted
        # literal, so a newline or a terminal escape in it prints as text
        described = f"  {record.description!r}" if record.description else ""
        typer.echo(
            f"{record.key_id}  {record.department:<16} {' '.join(record.roles):<24} {state:<8} "
            f"created {_when(record.created)} expires {_when(record.expires)}{described}"
        )


@keys_app.command("revoke")
def keys_revoke(
    key_id: Annotated[str, typer.Argument(help="The key id (from `keys list`).")],
    config: ConfigOpt = None,
    data_dir: DataDirOpt = None,
) -> None:
    """Revoke a key; running replicas refuse it within access.cache_ttl_s seconds."""
    with _key_admin(config, data_dir) as admin:
        found = admin.revoke(key_id)
    if not found:
        fail(f"no key with id {key_id}", code=1)
    typer.echo(f"revoked {key_id}")


@keys_app.command("rotate-signing")
def keys_rotate_signing(config: ConfigOpt = None, data_dir: DataDirOpt = None) -> None:
    """Start signing tokens with a new key id; tokens signed with older ids stay valid until they expire."""
    with _key_admin(config, data_dir) as admin:
        typer.echo(admin.rotate_signing())


@keys_app.command("retire-signing")
def keys_retire_signing(
    kid: Annotated[str, typer.Argument(help="The signing key id to retire (after its tokens have expired).")],
    config: ConfigOpt = None,
    data_dir: DataDirOpt = None,
) -> None:
    """Stop accepting tokens signed with an older signing key id."""
    with _key_admin(config, data_dir) as admin:
        try:
            found = admin.retire_signing(kid)
        except ValueError as exc:
            fail(exc)
    if not found:
        fail(f"no signing key {kid}", code=1)
    typer.echo(f"retired {kid}")


@keys_app.command("token")
def keys_token(
    key: Annotated[str, typer.Option(envvar="SOVEREIGN_ROUTER_KEY", help="The API key the token is issued from.")],
    role: Annotated[list[str] | None, typer.Option(help="Narrow to these roles (default: all of the key's).")] = None,
    model: Annotated[list[str] | None, typer.Option(help="Only these models (default: the roles' models).")] = None,
    max_level: Annotated[str | None, typer.Option(help="Highest level the token may send.")] = None,
    ttl_minutes: Annotated[
        int | None, typer.Option(help="Lifetime in minutes (default access.token_ttl_minutes).")
    ] = None,
    json_out: Annotated[bool, typer.Option("--json", help='Print {"token": ..., "expires_at": ...}.')] = False,
    config: ConfigOpt = None,
    data_dir: DataDirOpt = None,
) -> None:
    """Issue a short-lived role-scoped token (a signed JWT) from an API key."""
    import asyncio

    from router.access import Authenticator
    from router.access.errors import StoreUnavailable
    from router.errors import ApiError

    settings = settings_with_data_dir(config, data_dir)
    try:
        auth = Authenticator(settings.access, settings.data_dir)
    except StoreUnavailable as exc:
        fail(f"key store unreachable: {exc}", code=1)

    async def issue() -> tuple[str, int]:
        principal = await auth.authenticate([f"Bearer {key}"])
        return await auth.issue_token(
            principal,
            roles=tuple(role) if role else None,
            models=tuple(model) if model else None,
            max_level=max_level,
            ttl_minutes=ttl_minutes,
        )

    try:
        token, expires_at = asyncio.run(issue())
    except ApiError as exc:
        fail(exc.message, code=1)
    finally:
        auth.close()
    if json_out:
        typer.echo(orjson.dumps({"token": token, "expires_at": expires_at}).decode())
    else:
        typer.echo(token)
