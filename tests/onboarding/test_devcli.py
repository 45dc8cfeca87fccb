"""`docpipe dev`: a user, a patient, a token the hook accepts, an upload; never in production.

The commands run through ``pipeline.cli.main`` with the dev group added to its parser
(what the wiring in pipeline/cli.py does), against a real database, a real hook over
HTTP and a real JWKS endpoint.
"""

from __future__ import annotations

import functools
import http.server
import threading
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from dramatiq.brokers.stub import StubBroker

from pipeline import cli, devcli
from pipeline.db import make_pool
from pipeline.hook.app import create_app
from pipeline.hook.auth import TokenVerifier
from pipeline.hook.jwks import JwksCache
from pipeline.ledger.outbox import Dispatcher, declare_stage_queues
from pipeline.settings import Settings
from tests.support.http import JWT_SECRET, serve_app
from tests.support.pg import dict_connect

pytestmark = [pytest.mark.db]

SAMPLES = Path(__file__).resolve().parents[2] / "samples"


@pytest.fixture
def run(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> Any:
    """``docpipe dev …`` through the real CLI entry point: (exit code, stdout, stderr)."""
    monkeypatch.delenv(devcli.ENV_SETTING, raising=False)

    def invoke(*argv: str) -> tuple[int, str, str]:
        code = cli.main(["dev", *argv])
        out, err = capsys.readouterr()
        return code, out, err

    return invoke


def _counts(url: str) -> tuple[int, int]:
    with dict_connect(url) as conn:
        users = conn.execute("SELECT count(*) AS n FROM auth.users").fetchone()
        profiles = conn.execute("SELECT count(*) AS n FROM user_profiles").fetchone()
    assert users is not None and profiles is not None
    return int(users["n"]), int(profiles["n"])


@pytest.mark.parametrize("value", ["production", "Production", "prod"])
def test_every_dev_command_refuses_production(
    run: Any, monkeypatch: pytest.MonkeyPatch, fresh_db_url: str, value: str
) -> None:
    """DOCPIPE_ENV=production: exit 2 with the code, nothing written, no token printed."""
    monkeypatch.setenv(devcli.ENV_SETTING, value)
    monkeypatch.setenv("SUPABASE_JWT_SECRET", JWT_SECRET)
    someone = str(uuid.uuid4())
    for argv in (
        ["user", "--database-url", fresh_db_url],
        ["patient", "--user", someone, "--database-url", fresh_db_url],
        ["token", "--user", someone],
        ["upload", str(SAMPLES / "lab_report.pdf"), "--patient", someone, "--user", someone],
    ):
        code, out, err = run(*argv)
        assert (code, out) == (2, ""), argv
        assert "error [dev_refused_in_production]" in err
    assert _counts(fresh_db_url) == (0, 0)


def test_user_then_patients_with_server_minted_ids(run: Any, fresh_db_url: str) -> None:
    """`dev user` prints a new user id; `dev patient` makes the self profile (id = user id,
    set by the server) and, with --type child, another profile with a fresh id."""
    code, out, _ = run("user", "--database-url", fresh_db_url)
    assert code == 0
    user = uuid.UUID(out.strip())
    code, out, _ = run("patient", "--user", str(user), "--database-url", fresh_db_url)
    assert (code, uuid.UUID(out.strip())) == (0, user)
    code, out, _ = run(
        "patient", "--user", str(user), "--type", "child", "--database-url", fresh_db_url
    )
    child = uuid.UUID(out.strip())
    assert code == 0 and child != user
    with dict_connect(fresh_db_url) as conn:
        rows = conn.execute(
            "SELECT id, account_owner_id, profile_type FROM user_profiles ORDER BY created_at"
        ).fetchall()
        audit = conn.execute(
            "SELECT changed_by FROM audit_log WHERE table_name = 'user_profiles'"
        ).fetchall()
    assert [(r["id"], r["account_owner_id"], r["profile_type"]) for r in rows] == [
        (user, user, "self"),
        (child, user, "child"),
    ]
    assert {r["changed_by"] for r in audit} == {user}  # written as the user, audited so


def test_patient_refusals(run: Any, fresh_db_url: str) -> None:
    """A second self profile and an unknown user are refused with a plain error."""
    _, out, _ = run("user", "--database-url", fresh_db_url)
    user = out.strip()
    assert run("patient", "--user", user, "--database-url", fresh_db_url)[0] == 0
    code, _, err = run("patient", "--user", user, "--database-url", fresh_db_url)
    assert code == 2 and "already has a self profile" in err
    code, _, err = run("patient", "--user", str(uuid.uuid4()), "--database-url", fresh_db_url)
    assert code == 2 and "no such user" in err


def test_hs256_token_is_accepted_by_the_hook_verifier(
    run: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With SUPABASE_JWT_SECRET (and a custom audience) the token carries sub, role, aud,
    exp and passes the hook's own verifier."""
    monkeypatch.setenv("SUPABASE_JWT_SECRET", JWT_SECRET)
    monkeypatch.setenv("SUPABASE_JWT_AUDIENCE", "my-audience")
    user = uuid.uuid4()
    code, out, _ = run("token", "--user", str(user))
    assert code == 0
    verifier = TokenVerifier.from_settings(Settings.from_env())
    assert verifier.verify(out.strip()).user_id == user


def test_token_without_a_secret_or_key_says_what_to_set(
    run: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("SUPABASE_JWT_SECRET", raising=False)
    code, out, err = run("token", "--user", str(uuid.uuid4()))
    assert (code, out) == (2, "")
    assert "SUPABASE_JWT_SECRET" in err and "dev keys" in err


@pytest.fixture
def jwks_server(tmp_path: Path) -> Iterator[str]:
    """A static file server for the folder (stands in for the project's JWKS endpoint)."""

    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, format: str, *args: Any) -> None:
            pass

    handler = functools.partial(Quiet, directory=str(tmp_path))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def test_local_key_pair_tokens_verify_against_the_published_jwks(
    run: Any, tmp_path: Path, jwks_server: str
) -> None:
    """`dev keys` writes an ES256 key and jwks.json; a token signed with `--key` is accepted
    by a hook whose SUPABASE_JWKS_URL serves that jwks.json (no shared secret)."""
    code, out, _ = run("keys", "--out", str(tmp_path), "--kid", "local-1")
    assert code == 0 and "jwks.json" in out
    user = uuid.uuid4()
    code, out, _ = run("token", "--user", str(user), "--key", str(tmp_path / "local-1.pem"))
    assert code == 0
    verifier = TokenVerifier(jwks=JwksCache(f"{jwks_server}/jwks.json"))
    assert verifier.verify(out.strip()).user_id == user


@pytest.fixture
def hook_url(fresh_db_url: str, tmp_path: Path) -> Iterator[str]:
    settings = Settings(database_url=fresh_db_url, supabase_jwt_secret=JWT_SECRET)
    broker = StubBroker()
    declare_stage_queues(broker)
    with make_pool(fresh_db_url, max_size=4) as pool:
        app = create_app(settings, pool=pool, dispatcher=Dispatcher(broker, pool))
        with serve_app(app) as url:
            yield url
    broker.close()


@pytest.mark.integration
def test_upload_stores_under_the_patient_and_registers_once(
    run: Any, monkeypatch: pytest.MonkeyPatch, fresh_db_url: str, hook_url: str, tmp_path: Path
) -> None:
    """The file lands at <patient_id>/… in STORAGE_URL; the hook records it; the ids come
    back as NAME=value lines; the same file again is the same document."""
    storage = tmp_path / "storage"
    monkeypatch.setenv("STORAGE_URL", storage.as_uri())
    monkeypatch.setenv("SUPABASE_JWT_SECRET", JWT_SECRET)
    user = devcli.create_user(fresh_db_url)
    patient = devcli.create_patient(fresh_db_url, user)
    code, out, _ = run("token", "--user", str(user))
    token = out.strip()
    sample = SAMPLES / "lab_report.pdf"
    argv = [
        "upload", str(sample), "--patient", str(patient), "--token", token, "--hook-url", hook_url,
    ]  # fmt: skip
    code, out, err = run(*argv)
    assert code == 0, err
    lines = dict(line.split("=", 1) for line in out.strip().splitlines())
    assert set(lines) == {"SHELL_FILE_ID", "CORRELATION_ID", "UPLOAD_STATUS"}
    assert lines["UPLOAD_STATUS"] == "enqueued"
    with dict_connect(fresh_db_url) as conn:
        row = conn.execute(
            "SELECT storage_path, mime_type, file_size_bytes, uploaded_by, correlation_id "
            "FROM shell_files WHERE id = %s",
            (lines["SHELL_FILE_ID"],),
        ).fetchone()
    assert row is not None
    assert row["storage_path"].startswith(f"{patient}/")
    assert (storage / row["storage_path"]).read_bytes() == sample.read_bytes()
    assert (row["mime_type"], row["file_size_bytes"]) == ("application/pdf", sample.stat().st_size)
    assert (row["uploaded_by"], row["correlation_id"]) == (user, lines["CORRELATION_ID"])
    again = run(*argv)
    assert again[0] == 0 and f"SHELL_FILE_ID={lines['SHELL_FILE_ID']}" in again[1]
    assert "UPLOAD_STATUS=" in again[1] and "enqueued" not in again[1]


@pytest.mark.integration
def test_upload_refusals_come_back_with_the_hooks_code(
    run: Any, monkeypatch: pytest.MonkeyPatch, fresh_db_url: str, hook_url: str, tmp_path: Path
) -> None:
    """A file type the hook refuses, and someone else's patient: the hook's code and text."""
    monkeypatch.setenv("STORAGE_URL", (tmp_path / "storage").as_uri())
    monkeypatch.setenv("SUPABASE_JWT_SECRET", JWT_SECRET)
    user = devcli.create_user(fresh_db_url)
    patient = devcli.create_patient(fresh_db_url, user)
    stranger = devcli.create_user(fresh_db_url)
    text_file = tmp_path / "notes.txt"
    text_file.write_text("synthetic")
    base = ["--hook-url", hook_url, "--patient", str(patient)]
    code, _, err = run("upload", str(text_file), "--user", str(user), *base)
    assert code == 2 and "error [unsupported_media_type]" in err and "application/pdf" in err
    code, _, err = run("upload", str(SAMPLES / "lab_report.pdf"), "--user", str(stranger), *base)
    assert code == 2 and "error [forbidden]" in err
    assert httpx.get(f"{hook_url}/healthz").status_code == 200
