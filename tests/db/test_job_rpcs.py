"""The job RPCs: claiming, fencing, retries, rescue, dead letter, redrive."""

from __future__ import annotations

import random
import threading
import uuid
from typing import Any

import psycopg
import pytest
from psycopg.types.json import Jsonb

from tests.support import factories as f
from tests.support.pg import dict_connect

pytestmark = pytest.mark.db

Conn = psycopg.Connection[Any]


@pytest.fixture
def doc(db: Conn) -> dict[str, uuid.UUID]:
    """A patient with one uploaded document (made as the superuser, before the role switch)."""
    owner, patient = f.make_patient(db)
    return {"owner": owner, "patient": patient, "shell": f.make_shell_file(db, patient, owner)}


@pytest.fixture
def svc(db: Conn, doc: dict[str, uuid.UUID]) -> Conn:
    """The rolled-back test connection, switched to the service role."""
    db.execute("SET LOCAL ROLE service_role")
    return db


def enqueue(conn: Conn, key: str | None = None, **payload: Any) -> uuid.UUID:
    row = conn.execute(
        "SELECT * FROM enqueue_job_v3('fast_queue_security', 'scan', %s::jsonb, p_idempotency_key => %s)",
        (Jsonb(payload or {"probe": True}), key),
    ).fetchone()
    assert row is not None
    return uuid.UUID(str(row["job_id"]))


def claim(conn: Conn, job_id: uuid.UUID, worker: str = "w1") -> dict[str, Any]:
    row = conn.execute("SELECT claim_job_v3(%s, %s) AS r", (job_id, worker)).fetchone()
    assert row is not None
    return dict(row["r"])


def job(conn: Conn, job_id: uuid.UUID) -> dict[str, Any]:
    row = conn.execute("SELECT * FROM job_queue WHERE id = %s", (job_id,)).fetchone()
    assert row is not None
    return dict(row)


def test_same_idempotency_key_gives_same_job(svc: Conn) -> None:
    """Enqueue is idempotent by key: the second call returns the first job."""
    first = svc.execute(
        "SELECT * FROM enqueue_job_v3('fast_queue_ocr', 'ocr', '{\"x\": 1}', p_idempotency_key => 'k')"
    ).fetchone()
    second = svc.execute(
        "SELECT * FROM enqueue_job_v3('fast_queue_ocr', 'ocr', '{\"x\": 1}', p_idempotency_key => 'k')"
    ).fetchone()
    assert first is not None and second is not None
    assert first["job_id"] == second["job_id"]
    assert (first["created"], second["created"]) == (True, False)


@pytest.mark.parametrize(
    ("job_type", "payload"),
    [("no_such_type", '{"a": 1}'), ("fast_queue_ocr", "{}"), ("fast_queue_ocr", "[1]")],
)
def test_enqueue_validates_type_and_payload(svc: Conn, job_type: str, payload: str) -> None:
    """Unknown types and empty or non-object payloads are refused."""
    with pytest.raises(psycopg.errors.InvalidParameterValue):
        svc.execute("SELECT * FROM enqueue_job_v3(%s, 'x', %s::jsonb)", (job_type, payload))


def test_enqueue_fills_lane_ids_and_rejects_bad_lane(svc: Conn, doc: dict[str, uuid.UUID]) -> None:
    """Lanes are assigned (never NULL); shell_file_id/patient_id come from the payload."""
    patient, shell = doc["patient"], doc["shell"]
    job_id = enqueue(svc, shell_file_id=str(shell), patient_id=str(patient))
    row = job(svc, job_id)
    assert (row["job_lane"], row["shell_file_id"], row["patient_id"]) == (
        "security_scan",
        shell,
        patient,
    )
    assert "estimated_tokens" not in row["job_payload"]  # nothing is injected
    with pytest.raises(psycopg.errors.InvalidParameterValue):
        svc.execute(
            "SELECT * FROM enqueue_job_v3('fast_queue_ocr', 'x', '{\"job_lane\": \"finalize\"}')"
        )


@pytest.mark.parametrize("legacy_type", ["ai_processing", "shell_file_processing", "audit_cleanup"])
def test_only_stage_job_types_are_accepted(svc: Conn, legacy_type: str) -> None:
    """The reference design's other job types are gone: a job is a run of a known stage."""
    with pytest.raises(psycopg.errors.InvalidParameterValue):
        svc.execute("SELECT * FROM enqueue_job_v3(%s, 'x', '{\"a\": 1}')", (legacy_type,))


def test_priority_one_is_dispatched_first(svc: Conn) -> None:
    """Convention: 1 = most urgent. The relay sends the lowest number first."""
    low = svc.execute(
        "SELECT job_id FROM enqueue_job_v3('fast_queue_ocr', 'low', '{\"a\": 1}', priority => 9)"
    ).fetchone()
    high = svc.execute(
        "SELECT job_id FROM enqueue_job_v3('fast_queue_ocr', 'high', '{\"a\": 2}', priority => 1)"
    ).fetchone()
    assert low is not None and high is not None
    order = [
        row["id"]
        for row in svc.execute("SELECT id FROM jobs_to_dispatch(p_grace_seconds => -1)").fetchall()
    ]
    assert order.index(high["job_id"]) < order.index(low["job_id"])


def test_claim_outcomes_and_full_row(svc: Conn) -> None:
    """Claiming returns the whole row with a lease; a second claim sees it leased."""
    job_id = enqueue(svc)
    result = claim(svc, job_id, "w1")
    assert result["outcome"] == "claimed"
    assert result["job"]["lease_token"] and result["job"]["attempt"] == 1
    assert result["job"]["job_payload"]["probe"] is True
    assert claim(svc, job_id, "w2")["outcome"] == "leased"
    assert claim(svc, uuid.uuid4(), "w2")["outcome"] == "missing"


def test_stale_lease_token_is_refused_everywhere(svc: Conn) -> None:
    """Heartbeat, complete, fail and reschedule with a wrong token change nothing."""
    job_id = enqueue(svc)
    token = claim(svc, job_id)["job"]["lease_token"]
    stale = uuid.uuid4()
    assert svc.execute(
        "SELECT update_job_heartbeat(%s, 'w1', %s) AS ok", (job_id, stale)
    ).fetchone() == {"ok": False}
    assert svc.execute("SELECT complete_job(%s, 'w1', %s) AS ok", (job_id, stale)).fetchone() == {
        "ok": False
    }
    assert svc.execute("SELECT complete_job(%s, 'w2', %s) AS ok", (job_id, token)).fetchone() == {
        "ok": False
    }
    failed = svc.execute("SELECT fail_job(%s, 'w1', %s, 'e') AS r", (job_id, stale)).fetchone()
    assert failed is not None and failed["r"]["outcome"] == "lease_lost"
    moved = svc.execute(
        "SELECT reschedule_job(%s, 5, 'r', true, 'w1', %s) AS t", (job_id, stale)
    ).fetchone()
    assert moved == {"t": None}
    assert job(svc, job_id)["status"] == "processing"
    assert svc.execute(
        "SELECT update_job_heartbeat(%s, 'w1', %s) AS ok", (job_id, token)
    ).fetchone() == {"ok": True}
    assert svc.execute(
        "SELECT complete_job(%s, 'w1', %s, '{\"n\": 1}') AS ok", (job_id, token)
    ).fetchone() == {"ok": True}
    done = job(svc, job_id)
    assert (done["status"], done["lease_token"], done["job_result"]) == (
        "completed",
        None,
        {"n": 1},
    )
    assert claim(svc, job_id, "w2")["outcome"] == "done"


def test_retryable_failure_backs_off_then_dead_letters(svc: Conn) -> None:
    """Each retryable failure schedules a later retry; past max_retries it is dead."""
    svc.execute(
        "UPDATE system_configuration SET config_value = '2' WHERE config_key = 'worker.retry_base_seconds'"
    )
    job_id = enqueue(svc)
    svc.execute("UPDATE job_queue SET max_retries = 2 WHERE id = %s", (job_id,))
    delays = []
    for attempt in (1, 2):
        token = claim(svc, job_id)["job"]["lease_token"]
        result = svc.execute(
            "SELECT fail_job(%s, 'w1', %s, 'vendor_500', 'upstream error') AS r", (job_id, token)
        ).fetchone()
        assert result is not None and result["r"]["outcome"] == "retry_scheduled"
        delays.append(result["r"]["delay_seconds"])
        row = job(svc, job_id)
        assert (row["status"], row["retry_count"], row["attempt"]) == ("pending", attempt, attempt)
        assert row["dispatched_at"] is None
        assert claim(svc, job_id)["outcome"] == "not_due"
        svc.execute("UPDATE job_queue SET scheduled_at = now() WHERE id = %s", (job_id,))
    # equal jitter: first retry in [1, 2] s (base 2), second in [2, 4] s
    assert 1 <= delays[0] <= 2 and 2 <= delays[1] <= 4
    token = claim(svc, job_id)["job"]["lease_token"]
    result = svc.execute(
        "SELECT fail_job(%s, 'w1', %s, 'vendor_500') AS r", (job_id, token)
    ).fetchone()
    assert result is not None and result["r"]["outcome"] == "dead_lettered"
    dead = job(svc, job_id)
    assert dead["status"] == "failed" and dead["dead_letter_at"] is not None
    assert dead["error_details"]["dead_letter_reason"] == "exceeded_max_retries"
    assert [e["code"] for e in dead["error_details"]["history"]] == ["vendor_500"] * 3
    assert claim(svc, job_id)["outcome"] == "dead"


def test_permanent_failure_dead_letters_at_once(svc: Conn) -> None:
    """A non-retryable error skips the retries."""
    job_id = enqueue(svc)
    token = claim(svc, job_id)["job"]["lease_token"]
    result = svc.execute(
        "SELECT fail_job(%s, 'w1', %s, 'encrypted_pdf', 'encrypted', false) AS r", (job_id, token)
    ).fetchone()
    assert result is not None and result["r"]["outcome"] == "dead_lettered"
    row = job(svc, job_id)
    assert (row["retry_count"], row["error_details"]["dead_letter_reason"]) == (
        0,
        "permanent_error",
    )


def test_reclaim_returns_expired_job_with_attempt_counted(svc: Conn) -> None:
    """An expired lease goes back to pending with retry_count + 1; history records it."""
    job_id = enqueue(svc)
    claim(svc, job_id)
    svc.execute(
        "UPDATE job_queue SET lease_expires_at = now() - interval '1 second' WHERE id = %s",
        (job_id,),
    )
    rows = svc.execute("SELECT * FROM reclaim_expired_jobs()").fetchall()
    assert rows == [{"job_id": job_id, "outcome": "reclaimed"}]
    row = job(svc, job_id)
    assert (row["status"], row["retry_count"], row["lease_token"], row["last_error"]) == (
        "pending",
        1,
        None,
        "lease_expired",
    )
    events = [
        r["event"]
        for r in svc.execute(
            "SELECT event FROM job_events WHERE job_id = %s ORDER BY id", (job_id,)
        )
    ]
    assert events == ["reclaimed"]  # the happy path writes no events; rescues always do
    # a live lease is never reclaimed
    claim_row = svc.execute("UPDATE job_queue SET scheduled_at = now() WHERE id = %s", (job_id,))
    assert claim_row.rowcount == 1
    claim(svc, job_id)
    assert svc.execute("SELECT * FROM reclaim_expired_jobs()").fetchall() == []


def test_reclaim_past_max_retries_dead_letters_with_provenance(svc: Conn) -> None:
    """A job that keeps losing its worker ends in the dead letter, not in a loop."""
    job_id = enqueue(svc)
    svc.execute("UPDATE job_queue SET max_retries = 0 WHERE id = %s", (job_id,))
    claim(svc, job_id, "crashy-worker")
    svc.execute(
        "UPDATE job_queue SET lease_expires_at = now() - interval '1 second' WHERE id = %s",
        (job_id,),
    )
    assert svc.execute("SELECT outcome FROM reclaim_expired_jobs()").fetchall() == [
        {"outcome": "dead_lettered"}
    ]
    row = job(svc, job_id)
    assert row["status"] == "failed" and row["dead_letter_at"] is not None
    assert row["error_details"]["last"]["worker_id"] == "crashy-worker"
    assert row["error_details"]["dead_letter_reason"] == "exceeded_max_retries_after_lease_expired"


def test_reschedule_keeps_attempt_count(svc: Conn) -> None:
    """A rate-limit reschedule delays the job without consuming an attempt."""
    job_id = enqueue(svc)
    token = claim(svc, job_id)["job"]["lease_token"]
    when = svc.execute(
        "SELECT reschedule_job(%s, 10, 'rate_limited', false, 'w1', %s) AS t", (job_id, token)
    ).fetchone()
    assert when is not None and when["t"] is not None
    row = job(svc, job_id)
    assert (row["status"], row["retry_count"], row["reschedule_count"]) == ("pending", 0, 1)
    delay = svc.execute(
        "SELECT extract(epoch FROM scheduled_at - now()) AS s FROM job_queue WHERE id = %s",
        (job_id,),
    ).fetchone()
    assert delay is not None and 9 <= float(delay["s"]) <= 10.5
    svc.execute("UPDATE job_queue SET scheduled_at = now() WHERE id = %s", (job_id,))
    assert claim(svc, job_id)["job"]["attempt"] == 1


def test_redrive_resets_a_dead_job(svc: Conn, doc: dict[str, uuid.UUID]) -> None:
    """Redrive gives a dead job fresh attempts, resets its document and audits the action."""
    patient, shell = doc["patient"], doc["shell"]
    svc.execute(
        "UPDATE shell_files SET status = 'failed', ocr_status = 'failed' WHERE id = %s", (shell,)
    )
    job_id = svc.execute(
        "SELECT job_id FROM enqueue_job_v3('fast_queue_ocr', 'ocr', %s::jsonb)",
        (Jsonb({"shell_file_id": str(shell), "patient_id": str(patient)}),),
    ).fetchone()["job_id"]  # type: ignore[index]
    token = claim(svc, job_id)["job"]["lease_token"]
    svc.execute("SELECT fail_job(%s, 'w1', %s, 'bad', 'bad', false)", (job_id, token))
    assert svc.execute("SELECT redrive_job(%s, 'fixed', 'ops') AS ok", (job_id,)).fetchone() == {
        "ok": True
    }
    row = job(svc, job_id)
    assert (row["status"], row["retry_count"], row["dead_letter_at"], row["redrive_count"]) == (
        "pending",
        0,
        None,
        1,
    )
    assert row["error_details"]["history"][0]["code"] == "bad"
    shell_row = svc.execute(
        "SELECT status, ocr_status FROM shell_files WHERE id = %s", (shell,)
    ).fetchone()
    assert shell_row == {"status": "processing", "ocr_status": "pending"}
    audit = svc.execute(
        "SELECT actor, compliance_category FROM audit_log WHERE job_id = %s", (job_id,)
    ).fetchall()
    assert audit == [{"actor": "ops", "compliance_category": "system"}]
    assert svc.execute("SELECT redrive_job(%s) AS ok", (job_id,)).fetchone() == {"ok": False}


def test_bulk_redrive_by_error_code(svc: Conn) -> None:
    """redrive_jobs picks dead jobs by filter and leaves the others."""
    ids = []
    for code in ("vendor_500", "vendor_500", "encrypted_pdf"):
        job_id = enqueue(svc)
        token = claim(svc, job_id)["job"]["lease_token"]
        svc.execute("SELECT fail_job(%s, 'w1', %s, %s, '', false)", (job_id, token, code))
        ids.append(job_id)
    redriven = {
        r["redrive_jobs"] for r in svc.execute("SELECT redrive_jobs(p_error_code => 'vendor_500')")
    }
    assert redriven == set(ids[:2])
    assert job(svc, ids[2])["status"] == "failed"


def test_one_active_job_per_document_and_stage(svc: Conn, doc: dict[str, uuid.UUID]) -> None:
    """Two live jobs for the same document stage cannot exist (race-free, by index)."""
    shell = doc["shell"]
    payload = Jsonb({"shell_file_id": str(shell)})
    svc.execute("SELECT * FROM enqueue_job_v3('fast_queue_ocr', 'ocr', %s)", (payload,))
    with pytest.raises(psycopg.errors.UniqueViolation):
        svc.execute("SELECT * FROM enqueue_job_v3('fast_queue_ocr', 'ocr', %s)", (payload,))


def test_outbox_lists_undispatched_jobs_until_marked(svc: Conn) -> None:
    """The relay sees pending jobs whose message was never sent, until marked sent."""
    job_id = enqueue(svc)
    assert [
        r["id"] for r in svc.execute("SELECT id FROM jobs_to_dispatch(10, 0)")
    ] == []  # same txn: now() == updated_at
    svc.execute(
        "UPDATE job_queue SET updated_at = now() - interval '1 minute' WHERE id = %s", (job_id,)
    )
    assert [r["id"] for r in svc.execute("SELECT id FROM jobs_to_dispatch(10, 0)")] == [job_id]
    svc.execute("SELECT mark_job_dispatched(%s, 'msg-1')", (job_id,))
    assert [r["id"] for r in svc.execute("SELECT id FROM jobs_to_dispatch(10, 0)")] == []


def test_relay_resends_a_due_job_whose_message_was_sent_long_ago(svc: Conn) -> None:
    """Sent but never claimed (a dropped message): re-sent after the redispatch timeout,
    counted from the later of the send and the due time; never while it runs."""
    lost, recent, delayed, running = (enqueue(svc) for _ in range(4))
    for job_id in (lost, recent, delayed, running):
        svc.execute("SELECT mark_job_dispatched(%s, 'msg')", (job_id,))
    svc.execute(
        "UPDATE job_queue SET dispatched_at = now() - interval '10 minutes', "
        "scheduled_at = now() - interval '10 minutes' WHERE id IN (%s, %s)",
        (lost, running),
    )
    svc.execute(  # a delayed message sent long ago, due only a moment ago: not late yet
        "UPDATE job_queue SET dispatched_at = now() - interval '10 minutes', "
        "scheduled_at = now() - interval '1 second' WHERE id = %s",
        (delayed,),
    )
    claim(svc, running)

    def relayed(after: int | None) -> list[uuid.UUID]:
        return [
            r["id"]
            for r in svc.execute(
                "SELECT id FROM jobs_to_dispatch(10, 0, 60, %s)", (after,)
            ).fetchall()
        ]

    assert relayed(300) == [lost]
    svc.execute(
        "UPDATE system_configuration SET config_value = '300' "
        "WHERE config_key = 'queue.redispatch_after_seconds'"
    )
    assert relayed(None) == [lost]  # the default comes from system_configuration
    svc.execute("SELECT mark_job_dispatched(%s, 'msg-2')", (lost,))  # re-sent: wait again
    assert relayed(300) == []


def test_register_worker_never_waits_for_its_lock(fresh_db_url: str) -> None:
    """While another session (a lingering old one) holds the lock, registering answers
    false at once instead of blocking; it succeeds once that session is gone."""
    with dict_connect(fresh_db_url) as old, dict_connect(fresh_db_url) as new:
        for conn in (old, new):
            conn.execute("SET ROLE service_role")
        new.execute("SET statement_timeout = '5s'")  # a blocking lock would fail loudly
        assert old.execute("SELECT register_worker('w-1', 'h', 1) AS ok").fetchone() == {"ok": True}
        assert new.execute("SELECT register_worker('w-1', 'h', 1) AS ok").fetchone() == {
            "ok": False
        }
        old.close()
        row = wait_rows(
            new, "SELECT 1 FROM (SELECT register_worker('w-1', 'h', 1) AS ok) r WHERE ok"
        )
        assert row == [{"?column?": 1}]
        assert new.execute("SELECT * FROM dead_workers()").fetchall() == []


def test_workers_whose_32_bit_hashes_collide_have_separate_locks(fresh_db_url: str) -> None:
    """Two worker ids with the same hashtext() value each get their own lock (64-bit
    keys): both register, and one dying is noticed while the other lives."""
    with dict_connect(fresh_db_url) as admin:
        row = admin.execute(
            "SELECT min(s) AS a, max(s) AS b FROM ("
            "  SELECT 'host:' || g AS s FROM generate_series(1, 400000) g) ids "
            "GROUP BY hashtext(s) HAVING count(*) > 1 ORDER BY 1 LIMIT 1"
        ).fetchone()
        assert row is not None  # deterministic: hashtext is a fixed function
        a, b = row["a"], row["b"]
        first, second = dict_connect(fresh_db_url), dict_connect(fresh_db_url)
        try:
            for conn, name in ((first, a), (second, b)):
                conn.execute("SET ROLE service_role")
                conn.execute("SET statement_timeout = '5s'")
                assert conn.execute(
                    "SELECT register_worker(%s, 'h', 1) AS ok", (name,)
                ).fetchone() == {"ok": True}
            assert admin.execute("SELECT * FROM dead_workers()").fetchall() == []
            first.close()
            assert wait_rows(admin, "SELECT * FROM dead_workers()") == [{"dead_workers": a}]
        finally:
            first.close()
            second.close()


def test_concurrent_claimers_never_share_a_job(fresh_db_url: str) -> None:
    """8 threads on separate connections race through the same 200 job ids (every
    message delivered to every worker): each job is claimed exactly once."""
    with dict_connect(fresh_db_url) as conn:
        conn.execute("SET ROLE service_role")
        ids = [enqueue(conn, i=i) for i in range(200)]

    claimed: list[list[uuid.UUID]] = [[] for _ in range(8)]
    barrier = threading.Barrier(8)

    def claimer(slot: int) -> None:
        order = list(ids)
        random.Random(slot).shuffle(order)
        with dict_connect(fresh_db_url) as conn:
            conn.execute("SET ROLE service_role")
            barrier.wait()
            for job_id in order:
                if claim(conn, job_id, f"w{slot}")["outcome"] == "claimed":
                    claimed[slot].append(job_id)

    threads = [threading.Thread(target=claimer, args=(i,)) for i in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    every = [job_id for ids_ in claimed for job_id in ids_]
    assert len(every) == 200
    assert len(set(every)) == 200
    assert sum(1 for ids_ in claimed if ids_) >= 2  # the work really was shared


def test_concurrent_claims_of_one_job_have_one_winner(fresh_db_url: str) -> None:
    """20 workers racing for the same job id (duplicate deliveries): one claim wins."""
    with dict_connect(fresh_db_url) as conn:
        conn.execute("SET ROLE service_role")
        job_id = enqueue(conn)
    outcomes: list[str] = []
    lock = threading.Lock()
    barrier = threading.Barrier(20)

    def racer(i: int) -> None:
        with dict_connect(fresh_db_url) as conn:
            conn.execute("SET ROLE service_role")
            barrier.wait()
            result = claim(conn, job_id, f"w{i}")
            with lock:
                outcomes.append(result["outcome"])

    threads = [threading.Thread(target=racer, args=(i,)) for i in range(20)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    assert sorted(outcomes) == ["claimed"] + ["leased"] * 19


def test_dead_workers_jobs_are_rescued_without_waiting_for_the_lease(fresh_db_url: str) -> None:
    """A registered worker whose session died loses its jobs at once; a live one keeps them."""
    with dict_connect(fresh_db_url) as admin:
        admin.execute("SET ROLE service_role")
        doomed_job = enqueue(admin)
        living_job = enqueue(admin)
        unregistered_job = enqueue(admin)
    doomed = dict_connect(fresh_db_url)
    living = dict_connect(fresh_db_url)
    for conn, name in ((doomed, "w-doomed"), (living, "w-living")):
        conn.execute("SET ROLE service_role")
        conn.execute("SELECT register_worker(%s, 'host', 1)", (name,))
    with dict_connect(fresh_db_url) as svc:
        svc.execute("SET ROLE service_role")
        claim(svc, doomed_job, "w-doomed")
        claim(svc, living_job, "w-living")
        claim(svc, unregistered_job, "ad-hoc-worker")  # never registered: only its lease counts
        assert svc.execute("SELECT * FROM reclaim_orphaned_jobs()").fetchall() == []
        doomed.close()  # the process dies: its session and liveness lock go with it
        rows = wait_rows(svc, "SELECT job_id, outcome FROM reclaim_orphaned_jobs()")
        assert rows == [{"job_id": doomed_job, "outcome": "reclaimed"}]
        row = job(svc, doomed_job)
        assert (row["status"], row["retry_count"], row["last_error"]) == (
            "pending",
            1,
            "worker_died",
        )
        assert job(svc, living_job)["status"] == "processing"
        assert job(svc, unregistered_job)["status"] == "processing"
        workers = [r["worker_id"] for r in svc.execute("SELECT worker_id FROM worker_registry")]
        assert workers == ["w-living"]
    living.execute("SELECT unregister_worker('w-living')")
    living.close()


def wait_rows(conn: Conn, sql: str, timeout: float = 10.0) -> list[dict[str, Any]]:
    """Postgres notices a closed session a moment later; poll until rows appear."""
    import time

    deadline = time.monotonic() + timeout
    while True:
        rows = [dict(r) for r in conn.execute(sql).fetchall()]
        if rows or time.monotonic() > deadline:
            return rows
        time.sleep(0.05)


def test_worker_that_lost_its_session_registers_again(fresh_db_url: str) -> None:
    """After a dropped liveness session, check() takes the lock again: not dead any more."""
    from pipeline.ledger.liveness import WorkerLiveness

    liveness = WorkerLiveness(fresh_db_url, "w-blip")
    liveness.register()
    with dict_connect(fresh_db_url) as admin:
        assert admin.execute("SELECT * FROM dead_workers()").fetchall() == []
        admin.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_locks WHERE locktype = 'advisory' "
            "AND classid = worker_lock_hi(worker_lock_key('w-blip'))::oid "
            "AND objid = worker_lock_lo(worker_lock_key('w-blip'))::oid AND objsubid = 2"
        )
        assert wait_rows(admin, "SELECT * FROM dead_workers()") == [{"dead_workers": "w-blip"}]
        assert liveness.check() is False  # noticed the loss and registered again
        assert admin.execute("SELECT * FROM dead_workers()").fetchall() == []
        assert liveness.check() is True
    liveness.unregister()
