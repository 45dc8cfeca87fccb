"""The storage cleanup: the stored originals of erased and deleted documents are deleted
from the blob store, a batch at a time, on the real schema (migration 0105, the erasure
functions and the shell_files trigger), with the service role's privileges.

Most tests run in the rolled-back ``db`` transaction, where ``now()`` stands still: a
row the backoff moved out is made due again by moving ``next_attempt_at`` back.
"""

from __future__ import annotations

import io
import json
import logging
import uuid
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path
from typing import Any

import psycopg
import pytest

from adapters.brokers import broker_from_url
from adapters.storage.local import LocalBlobStore
from adapters.storage.supabase import SupabaseBlobStore
from pipeline.cli import main as cli_main
from pipeline.db import make_pool
from pipeline.errors import PermanentError, TransientError
from pipeline.ledger.maintenance import Maintainer
from pipeline.ledger.outbox import Dispatcher
from pipeline.ledger.retention import RetentionPolicy, delete_batch
from pipeline.ledger.storage_cleanup import CleanupCounts, CleanupPolicy, open_rows, run_batch
from pipeline.ports import BlobStore
from pipeline.settings import Settings
from pipeline.sqlfiles import query
from tests.fakes.supabase_storage import FakeSupabaseStorage, mint_key
from tests.support import factories as f
from tests.support.pg import dict_connect

pytestmark = pytest.mark.db

Conn = psycopg.Connection[dict[str, Any]]
BUCKET = "medical-docs"
#: A file name of the kind patients upload: it must never reach a log line.
PHI_FILE = "Jane Doe 1980-02-03 HIV result.pdf"


@pytest.fixture
def store(tmp_path: Path) -> LocalBlobStore:
    return LocalBlobStore(tmp_path / "bucket")


def _document(
    conn: Conn, store: BlobStore | None, patient: uuid.UUID, owner: uuid.UUID, name: str
) -> uuid.UUID:
    path = f"{patient}/{name}"
    if store is not None:
        store.put(path, io.BytesIO(b"%PDF-1.7 synthetic"))
    return f.make_shell_file(conn, patient, owner, original_filename=name, storage_path=path)


def _erase(conn: Conn, patient: uuid.UUID) -> None:
    conn.execute("SET LOCAL ROLE service_role")
    conn.execute("SELECT * FROM erase_patient(%s, 'data subject request')", (patient,)).fetchall()
    conn.execute("RESET ROLE")


def _rows(conn: Conn, patient: uuid.UUID) -> list[dict[str, Any]]:
    return conn.execute(
        "SELECT storage_path, shell_file_id, attempts, deleted_at IS NOT NULL AS closed, outcome, "
        "last_error_code, next_attempt_at > now() AS waiting "
        "FROM pending_storage_deletions WHERE patient_id = %s ORDER BY storage_path",
        (patient,),
    ).fetchall()


def _batch(conn: Conn, store: Any, batch: int = 50) -> CleanupCounts:
    """One batch as the role the maintenance connection runs as."""
    conn.execute("SET LOCAL ROLE service_role")
    try:
        return run_batch(conn, store, batch=batch)
    finally:
        conn.execute("RESET ROLE")


def _make_due(conn: Conn) -> None:
    conn.execute(
        "UPDATE pending_storage_deletions SET next_attempt_at = now() - interval '1 second' "
        "WHERE deleted_at IS NULL"
    )


def test_erasing_a_patient_deletes_both_files_in_one_batch(db: Conn, store: LocalBlobStore) -> None:
    owner, patient = f.make_patient(db)
    _document(db, store, patient, owner, "a.pdf")
    _document(db, store, patient, owner, PHI_FILE)
    _erase(db, patient)
    assert [r["closed"] for r in _rows(db, patient)] == [False, False]

    counts = _batch(db, store)

    assert (counts.deleted, counts.already_gone, counts.failed, counts.claimed) == (2, 0, 0, 2)
    assert list((store.root / str(patient)).iterdir()) == []
    rows = _rows(db, patient)
    assert [(r["closed"], r["outcome"], r["attempts"], r["last_error_code"]) for r in rows] == [
        (True, "deleted", 1, None),
        (True, "deleted", 1, None),
    ]
    assert _batch(db, store).claimed == 0  # nothing left to do


def test_a_closed_row_and_its_file_name_leave_the_database_after_the_retention_window(
    db: Conn, store: LocalBlobStore
) -> None:
    """The path is <patient_id>/<file name>: once the object is gone, retention deletes the
    closed row RETENTION_STORAGE_DELETIONS_DAYS later, so an erased patient's file names
    do not stay in the database for good."""
    owner, patient = f.make_patient(db)
    _document(db, store, patient, owner, PHI_FILE)
    _erase(db, patient)
    assert _batch(db, store).deleted == 1
    policy = RetentionPolicy(jobs_days=0, artifacts_days=0, broker_days=0, storage_deletions_days=7)
    db.execute("SET LOCAL ROLE service_role")  # what the maintenance connection runs as

    assert delete_batch(db, policy) == {"deleted_storage_deletions": 0}  # closed just now
    assert [r["outcome"] for r in _rows(db, patient)] == ["deleted"]
    db.execute(
        "UPDATE pending_storage_deletions SET deleted_at = deleted_at - interval '8 days' "
        "WHERE patient_id = %s",
        (patient,),
    )
    assert delete_batch(db, policy) == {"deleted_storage_deletions": 1}
    assert _rows(db, patient) == []
    named = db.execute(
        "SELECT count(*) AS n FROM pending_storage_deletions WHERE storage_path LIKE %s",
        (f"%{PHI_FILE}%",),
    ).fetchone()
    assert named is not None and named["n"] == 0


def test_a_document_deleted_while_another_version_shares_the_path_keeps_the_file(
    db: Conn, store: LocalBlobStore
) -> None:
    owner, patient = f.make_patient(db)
    first = _document(db, store, patient, owner, "report.pdf")
    newer = _document(db, store, patient, owner, "report.pdf")  # a new version, same path
    db.execute("DELETE FROM shell_files WHERE id = %s", (first,))

    assert _rows(db, patient) == []  # the trigger queued nothing: a version is still stored
    assert _batch(db, store).claimed == 0
    assert (store.root / str(patient) / "report.pdf").is_file()

    db.execute("DELETE FROM shell_files WHERE id = %s", (newer,))  # the last version goes
    assert _batch(db, store).deleted == 1
    assert not (store.root / str(patient) / "report.pdf").exists()


def test_a_path_reused_by_a_new_upload_is_closed_still_referenced_and_the_file_stays(
    db: Conn, store: LocalBlobStore
) -> None:
    owner, patient = f.make_patient(db)
    old = _document(db, store, patient, owner, "scan.pdf")
    db.execute("DELETE FROM shell_files WHERE id = %s", (old,))  # queued
    _document(db, store, patient, owner, "scan.pdf")  # uploaded again before the cleanup ran

    counts = _batch(db, store)

    assert (counts.still_referenced, counts.deleted) == (1, 0)
    assert (store.root / str(patient) / "scan.pdf").read_bytes() == b"%PDF-1.7 synthetic"
    [row] = _rows(db, patient)
    assert (row["closed"], row["outcome"]) == (True, "still_referenced")

    # Erasing the patient later queues the path again, as a new request: due, no attempts.
    _erase(db, patient)
    [row] = _rows(db, patient)
    assert (row["closed"], row["outcome"], row["attempts"], row["waiting"]) == (
        False,
        None,
        0,
        False,
    )
    assert _batch(db, store).deleted == 1
    assert not (store.root / str(patient) / "scan.pdf").exists()


class FlakyStore:
    """A store that is unavailable for its first ``failures`` deletions."""

    def __init__(self, inner: BlobStore, failures: int = 1) -> None:
        self.inner = inner
        self.failures = failures
        self.calls = 0

    def delete(self, path: str) -> bool:
        self.calls += 1
        if self.calls <= self.failures:
            raise TransientError("storage unreachable (ConnectError)", code="storage_unavailable")
        return self.inner.delete(path)


def test_a_transient_error_leaves_the_row_open_and_a_later_batch_deletes_it(
    db: Conn, store: LocalBlobStore
) -> None:
    owner, patient = f.make_patient(db)
    _document(db, store, patient, owner, "a.pdf")
    _document(db, store, patient, owner, "b.pdf")
    _erase(db, patient)
    flaky = FlakyStore(store)

    counts = _batch(db, flaky)

    # The first object fails, the batch stops there, the second is handed back untried.
    assert (counts.failed, counts.handed_back, counts.store_unavailable) == (1, 1, True)
    assert flaky.calls == 1
    failed, untried = _rows(db, patient)
    assert (failed["closed"], failed["attempts"], failed["waiting"]) == (False, 1, True)
    assert failed["last_error_code"] == "storage_unavailable"
    assert (untried["closed"], untried["attempts"], untried["waiting"]) == (False, 0, False)
    assert (store.root / str(patient) / "a.pdf").is_file()

    # The next batch takes only what is due: the failed row waits for its backoff.
    assert _batch(db, flaky).deleted == 1
    assert _rows(db, patient)[0]["closed"] is False

    _make_due(db)  # its backoff has passed
    assert _batch(db, flaky).deleted == 1
    rows = _rows(db, patient)
    assert [(r["closed"], r["outcome"], r["attempts"]) for r in rows] == [
        (True, "deleted", 2),
        (True, "deleted", 1),
    ]
    assert rows[0]["last_error_code"] is None
    assert list((store.root / str(patient)).iterdir()) == []


def test_a_claim_alone_moves_the_row_out_so_a_crash_mid_batch_retries_later(
    db: Conn, store: LocalBlobStore
) -> None:
    """The claim commits the attempt and the backoff before any deletion: rows of a process
    that died mid-batch are not due again at once."""
    owner, patient = f.make_patient(db)
    _document(db, store, patient, owner, "a.pdf")
    _erase(db, patient)
    db.execute("SET LOCAL ROLE service_role")
    claimed = db.execute(
        query("storage_deletion_claim"), {"limit": 10, "base_seconds": 30, "cap_seconds": 3600}
    ).fetchall()
    assert [r["attempts"] for r in claimed] == [1]
    # ... the process dies here ...
    assert run_batch(db, store, batch=10).claimed == 0
    backoff = db.execute(
        "SELECT extract(epoch FROM next_attempt_at - now()) AS secs FROM pending_storage_deletions "
        "WHERE patient_id = %s",
        (patient,),
    ).fetchone()
    assert backoff is not None and 15 <= backoff["secs"] <= 30  # base 30 s, equal jitter
    assert open_rows(db) == {"due": 0, "waiting": 1}
    db.execute("RESET ROLE")


def test_supabase_store_deletes_and_takes_not_found_as_already_gone(
    db: Conn, tmp_path: Path
) -> None:
    owner, patient = f.make_patient(db)
    kept = f"{patient}/{PHI_FILE}"
    with FakeSupabaseStorage(buckets=(BUCKET,)) as fake:
        fake.put_object(BUCKET, kept, b"%PDF-1.7")
        _document(db, None, patient, owner, PHI_FILE)
        _document(db, None, patient, owner, "never-stored.pdf")  # the object is not there
        _erase(db, patient)
        with SupabaseBlobStore(fake.url, fake.service_role_key, BUCKET, timeout=5.0) as supabase:
            counts = _batch(db, supabase)
        assert (counts.deleted, counts.already_gone) == (1, 1)
        assert not fake.has_object(BUCKET, kept)
        assert fake.count("delete") == 2
    outcomes = {r["storage_path"]: (r["outcome"], r["closed"]) for r in _rows(db, patient)}
    assert outcomes == {
        kept: ("deleted", True),
        f"{patient}/never-stored.pdf": ("already_gone", True),
    }


class ExplodingStore:
    """A store bug: an exception that is not ours, whose text quotes the path."""

    def delete(self, path: str) -> bool:
        raise RuntimeError(f"cannot remove {path}")


def test_a_failing_cleanup_logs_ids_and_codes_never_the_path(
    db: Conn, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    owner, patient = f.make_patient(db)
    shell = _document(db, None, patient, owner, PHI_FILE)
    _erase(db, patient)
    wrong_key = mint_key("service_role", "a-different-projects-jwt-secret-32-chars!")
    with FakeSupabaseStorage(buckets=(BUCKET,)) as fake:
        fake.put_object(BUCKET, f"{patient}/{PHI_FILE}", b"x")
        with SupabaseBlobStore(fake.url, wrong_key, BUCKET, timeout=5.0) as refused:
            forbidden = _batch(db, refused)  # permanent: storage_forbidden
        _make_due(db)
        with SupabaseBlobStore(fake.url, fake.service_role_key, BUCKET, timeout=5.0) as down:
            fake.fail_next(500, routes={"delete"})
            unavailable = _batch(db, down)  # transient: storage_unavailable
        _make_due(db)
        broken = _batch(db, ExplodingStore())
        assert fake.has_object(BUCKET, f"{patient}/{PHI_FILE}")

    assert (forbidden.failed, unavailable.failed, broken.failed) == (1, 1, 1)
    [row] = _rows(db, patient)
    assert (row["closed"], row["attempts"], row["last_error_code"]) == (False, 3, "storage_error")
    warnings = [r.getMessage() for r in caplog.records if r.levelno >= logging.WARNING]
    assert f"storage cleanup of document {shell} failed: storage_forbidden" in warnings
    assert any(str(shell) in w and "storage_error (RuntimeError)" in w for w in warnings)
    for record in caplog.records:
        text = record.getMessage() + repr(record.args) + str(record.exc_info or "")
        for piece in ("Jane", "Doe", "HIV", PHI_FILE, str(patient) + "/"):
            assert piece not in text, text


def test_the_maintenance_leader_cleans_storage_on_its_schedule(
    fresh_db_url: str, store: LocalBlobStore
) -> None:
    with dict_connect(fresh_db_url, autocommit=False) as conn:
        owner, patient = f.make_patient(conn)
        for name in ("a.pdf", "b.pdf"):
            _document(conn, store, patient, owner, name)
        _erase(conn, patient)
        conn.commit()
    built: list[BlobStore] = []

    def storage() -> BlobStore:
        built.append(store)
        return store

    broker = broker_from_url(fresh_db_url)
    off = RetentionPolicy(jobs_days=0, artifacts_days=0, broker_days=0, storage_deletions_days=0)
    with make_pool(fresh_db_url, max_size=1, name="test") as pool:
        dispatcher = Dispatcher(broker, pool)
        without = Maintainer(fresh_db_url, dispatcher, retention=off)
        leader = Maintainer(
            fresh_db_url,
            dispatcher,
            retention=off,
            storage=storage,
            storage_cleanup=CleanupPolicy(batch=1, interval_seconds=3600),
        )
        try:
            assert "storage_deleted" not in without.tick()  # no store: no cleanup
            without.stop()  # hands the leadership over
            rounds = [leader.tick().get("storage_deleted") for _ in range(4)]
        finally:
            leader.stop()
            without.stop()
            broker.close()
    # A full batch keeps the cleanup due on the next tick; an empty round waits an hour.
    assert rounds == [1, 1, 0, None]
    assert len(built) == 1  # the store is built once, by the leader, when first due
    assert list((store.root / str(patient)).iterdir()) == []


def test_interval_zero_switches_the_cleanup_off(fresh_db_url: str, store: LocalBlobStore) -> None:
    broker = broker_from_url(fresh_db_url)
    with make_pool(fresh_db_url, max_size=1, name="test") as pool:
        leader = Maintainer(
            fresh_db_url,
            Dispatcher(broker, pool),
            retention=RetentionPolicy(
                jobs_days=0, artifacts_days=0, broker_days=0, storage_deletions_days=0
            ),
            storage=lambda: store,
            storage_cleanup=CleanupPolicy.from_settings(
                Settings.from_env({"STORAGE_CLEANUP_INTERVAL_SECONDS": "0"})
            ),
        )
        try:
            assert "storage_deleted" not in leader.tick()
        finally:
            leader.stop()
            broker.close()


def test_settings_defaults_and_bad_values() -> None:
    assert CleanupPolicy.from_settings(Settings.from_env({})) == CleanupPolicy(
        batch=50, interval_seconds=60.0
    )
    env = {"STORAGE_CLEANUP_INTERVAL_SECONDS": "15", "STORAGE_CLEANUP_BATCH": "7"}
    assert CleanupPolicy.from_settings(Settings.from_env(env)) == CleanupPolicy(7, 15.0)
    with pytest.raises(Exception, match="STORAGE_CLEANUP_INTERVAL_SECONDS"):
        Settings.from_env({"STORAGE_CLEANUP_INTERVAL_SECONDS": "-1"})
    with pytest.raises(Exception, match="STORAGE_CLEANUP_BATCH"):
        Settings.from_env({"STORAGE_CLEANUP_BATCH": "many"})


def _cli(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        try:
            code = cli_main(list(argv))
        except SystemExit as exc:  # argparse's exit on bad arguments
            code = int(exc.code or 0)
    return code, out.getvalue(), err.getvalue()


def test_cli_runs_batches_until_nothing_is_due_and_prints_counts_only(
    fresh_db_url: str, store: LocalBlobStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    with dict_connect(fresh_db_url, autocommit=False) as conn:
        owner, patient = f.make_patient(conn)
        for name in ("a.pdf", PHI_FILE, "c.pdf"):
            _document(conn, store, patient, owner, name)
        _erase(conn, patient)
        conn.commit()
    monkeypatch.setenv("DATABASE_URL", fresh_db_url)
    monkeypatch.delenv("DATABASE_ROLE", raising=False)
    monkeypatch.delenv("STORAGE_URL", raising=False)

    code, out, err = _cli("storage-cleanup")
    assert (code, out) == (2, "")
    assert err.startswith("error [configuration_error]: STORAGE_URL is not set")
    assert _cli("storage-cleanup", "--batch", "0")[0] == 2

    monkeypatch.setenv("STORAGE_URL", store.root.as_uri())
    code, out, err = _cli("storage-cleanup", "--batch", "2", "--json")
    assert code == 0, err
    assert json.loads(out) == {
        "deleted": 3,
        "already_gone": 0,
        "still_referenced": 0,
        "failed": 0,
        "store_unavailable": False,
        "queued_due": 0,
        "queued_waiting": 0,
    }
    code, out, _ = _cli("storage-cleanup")
    assert code == 0
    assert out.splitlines() == [
        "deleted 0, already gone 0, kept (a document uses the path again) 0, failed 0",
        "still queued: 0 due, 0 waiting for a retry",
    ]
    assert list((store.root / str(patient)).iterdir()) == []


def test_cli_exit_code_says_an_object_could_not_be_deleted(
    fresh_db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with dict_connect(fresh_db_url, autocommit=False) as conn:
        owner, patient = f.make_patient(conn)
        _document(conn, None, patient, owner, PHI_FILE)
        _erase(conn, patient)
        conn.commit()
    with FakeSupabaseStorage(buckets=(BUCKET,)) as fake:
        monkeypatch.setenv("DATABASE_URL", fresh_db_url)
        monkeypatch.setenv("STORAGE_URL", f"supabase://{BUCKET}")
        monkeypatch.setenv("SUPABASE_URL", fake.url)
        monkeypatch.setenv("SUPABASE_SERVICE_ROLE_KEY", fake.service_role_key)
        monkeypatch.delenv("DATABASE_ROLE", raising=False)
        fake.fail_next(503, routes={"delete"})
        code, out, err = _cli("storage-cleanup")
    assert code == 1
    assert out.splitlines() == [
        "deleted 0, already gone 0, kept (a document uses the path again) 0, failed 1",
        "stopped early: the store is unavailable; the rest stays queued",
        "still queued: 0 due, 1 waiting for a retry",
    ]
    assert "Jane" not in out + err


def test_permanent_errors_are_counted_and_the_batch_goes_on(
    db: Conn, store: LocalBlobStore
) -> None:
    """A refused object does not hold up the others (unlike an unavailable store)."""

    class RefusesOne:
        def delete(self, path: str) -> bool:
            if path.endswith("a.pdf"):
                raise PermanentError("storage refused the credentials", code="storage_forbidden")
            return store.delete(path)

    owner, patient = f.make_patient(db)
    _document(db, store, patient, owner, "a.pdf")
    _document(db, store, patient, owner, "b.pdf")
    _erase(db, patient)
    counts = _batch(db, RefusesOne())
    assert (counts.failed, counts.deleted, counts.store_unavailable) == (1, 1, False)
    assert [(r["outcome"], r["last_error_code"]) for r in _rows(db, patient)] == [
        (None, "storage_forbidden"),
        ("deleted", None),
    ]
