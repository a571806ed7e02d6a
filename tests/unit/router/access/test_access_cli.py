"""The `keys` commands and the development key printed at `serve`."""

from __future__ import annotations

import asyncio
from pathlib import Path

import orjson
import pytest
from typer.testing import CliRunner

from router.access import AccessSettings, Authenticator
from router.access.admin import announce_dev_key
from router.cli import app
from router.errors import ApiError


def _run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(app, list(args))
    return result.exit_code, result.output


def test_create_list_revoke_token(tmp_path: Path) -> None:
    code, out = _run("keys", "create", "--department", "HMRC", "--role", "caseworker", "--expires", "90d",
                     "--json", "--data-dir", str(tmp_path))
    assert code == 0, out
    created = orjson.loads(out.strip().splitlines()[-1])
    assert created["key"].startswith("srk_" + created["id"] + "_")
    code, out = _run("keys", "list", "--json", "--data-dir", str(tmp_path))
    [listed] = [orjson.loads(line) for line in out.strip().splitlines()]
    assert listed["id"] == created["id"] and listed["department"] == "HMRC" and created["key"] not in out
    code, out = _run("keys", "token", "--key", created["key"], "--ttl-minutes", "5", "--json",
                     "--data-dir", str(tmp_path))
    assert code == 0, out
    token = orjson.loads(out.strip().splitlines()[-1])["token"]
    principal = asyncio.run(Authenticator(AccessSettings(), tmp_path).authenticate([f"Bearer {token}"]))
    assert principal.department == "HMRC"
    assert _run("keys", "revoke", created["id"], "--data-dir", str(tmp_path))[0] == 0
    assert _run("keys", "revoke", "000000000000", "--data-dir", str(tmp_path))[0] == 1
    code, out = _run("keys", "token", "--key", created["key"], "--data-dir", str(tmp_path))
    assert code == 1


@pytest.mark.parametrize(
    "args",
    [
        ["--expires", "soon"],
        ["--department", "two words"],
        # reserved: the policy wildcard, and what the audit records without a credential
        ["--department", "*"],
        ["--department", "anonymous"],
        ["--department", "unauthenticated"],
        # invisible or control characters make one name print as another
        ["--department", "d5\u200b"],
        ["--department", "d6\x1b[2J"],
        ["--role", "r\u202e"],
    ],
)
def test_create_refuses_bad_input(tmp_path: Path, args: list[str]) -> None:
    base = {"--department": "HMRC", "--role": "r", "--data-dir": str(tmp_path)}
    base.update(dict(zip(args[::2], args[1::2], strict=True)))
    assert _run("keys", "create", *[part for pair in base.items() for part in pair])[0] == 2


def test_access_is_on_by_default_and_the_dev_key_authenticates(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from router.access.gate import AccessGate
    from router.config import Settings

    settings = Settings(data_dir=tmp_path)
    assert settings.access.enabled
    key = announce_dev_key(settings.access, tmp_path)
    assert key is not None and f"SOVEREIGN_ROUTER_KEY={key}" in capsys.readouterr().err
    gate = AccessGate(settings.access, tmp_path)
    try:
        admission = asyncio.run(gate.admit(_Headers({"authorization": [f"Bearer {key}"]})))
        assert admission.principal.department == "local-dev"
        with pytest.raises(ApiError) as refused:
            asyncio.run(gate.admit(_Headers({})))
        assert refused.value.status == 401
    finally:
        gate.close()


class _Headers:
    def __init__(self, values: dict[str, list[str]]) -> None:
        self._values = values

    def getlist(self, key: str) -> list[str]:
        return self._values.get(key, [])


def test_dev_key_is_announced_once(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    settings = AccessSettings(enabled=True)
    key = announce_dev_key(settings, tmp_path)
    assert key is not None and key in capsys.readouterr().err
    assert announce_dev_key(settings, tmp_path) is None
    assert announce_dev_key(AccessSettings(enabled=True, dev_key=False), tmp_path / "prod") is None
    assert announce_dev_key(AccessSettings(enabled=False), tmp_path / "off") is None


@pytest.mark.parametrize("expires", ["99999999999999d", "0s", "0d", "101y", "36526d"])
def test_create_refuses_a_lifetime_out_of_range_and_stores_nothing(tmp_path: Path, expires: str) -> None:
    code, out = _run("keys", "create", "--department", "HMRC", "--role", "r", "--expires", expires,
                     "--data-dir", str(tmp_path))
    assert code == 2 and "1 s" in out and "Traceback" not in out, out
    code, out = _run("keys", "list", "--json", "--data-dir", str(tmp_path))
    assert code == 0 and out.strip() == "", out


def test_list_survives_a_stored_expiry_out_of_range(tmp_path: Path) -> None:
    from router.access import KeyAdmin

    admin = KeyAdmin(AccessSettings(), tmp_path)
    admin.create("HMRC", ("r",), expires_in_s=1e15)  # written by an older version, or by hand
    admin.close()
    code, out = _run("keys", "list", "--data-dir", str(tmp_path))
    assert code == 0 and "HMRC" in out and "Traceback" not in out, out


def _closed_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])  # closed again when the block ends: nothing listens there


@pytest.fixture
def unreachable_store(tmp_path: Path) -> Path:
    config = tmp_path / "config.yaml"
    config.write_text(
        "access:\n  store: postgresql\n"
        f"  dsn: postgresql://router@127.0.0.1:{_closed_port()}/keys\n"
        f"  secret: {'s' * 40}\n",
        encoding="utf-8",
    )
    return config


@pytest.mark.parametrize(
    "args",
    [["list"], ["create", "--department", "HMRC", "--role", "r"], ["revoke", "000000000000"],
     ["token", "--key", "srk_000000000000_" + "a" * 43], ["rotate-signing"]],
)
def test_an_unreachable_postgresql_store_is_a_clear_cli_failure(
    tmp_path: Path, unreachable_store: Path, args: list[str]
) -> None:
    result = CliRunner().invoke(app, ["keys", *args, "--config", str(unreachable_store), "--data-dir", str(tmp_path)])
    assert result.exit_code == 1, result.output
    assert "key store unreachable" in result.output, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)


def test_serve_refuses_to_start_with_an_unreachable_key_store(
    tmp_path: Path, unreachable_store: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from router import serve_loop
    from router.config import load_settings

    settings = load_settings(unreachable_store, data_dir=tmp_path)
    said: list[str] = []
    started: list[object] = []
    # Only what comes after the refusal is replaced: Ray must not start in a unit test.
    monkeypatch.setattr(serve_loop, "serve_until_signalled", lambda *args: started.append(args))
    code = serve_loop.run_serve(settings, started.append, lambda: None, lambda: None, said.append)
    assert code == 2 and started == []
    assert any("key store unreachable" in line for line in said), said


def test_list_shows_the_description_as_text_and_roles_apart(tmp_path: Path) -> None:
    code, out = _run("keys", "create", "--department", "HMRC", "--role", "x,y", "--role", "z",
                     "--description", "batch job\n\x1b[31mred", "--data-dir", str(tmp_path))
    assert code == 0, out
    code, out = _run("keys", "list", "--data-dir", str(tmp_path))
    [line] = out.strip().splitlines()
    assert " x,y z " in line  # two roles, one of them with a comma
    assert "'batch job\\n\\x1b[31mred'" in line and "\x1b" not in line
