"""Table sizes before and after retention on a ledger of N finished documents.

    .venv/bin/python -m tests.maintenance.retention_sizes [N]

Creates a throwaway database (dropped at the end), migrates it, fills it with SQL
(no pipeline run): per document 6 completed stage jobs with 4 events each, 2 OCR
pages (~2 KB of text each), 3 AI pass results (~1 KB each); plus one rejected broker
message per 10 documents; all 40 days old. One document in 100 has a dead-lettered
job and one in 100 a pending one: their rows must stay. Then runs retention batches
(500 rows, as the maintenance leader does) until nothing is left to delete, and prints
pg_total_relation_size per table before, after a plain VACUUM (the file keeps its size;
the space is reused by new rows) and after VACUUM FULL (what the kept rows need).
"""

from __future__ import annotations

import sys
import time
import uuid
from typing import Any

import psycopg

from pipeline.ledger.retention import RetentionPolicy, delete_batch
from pipeline.migrate import migrate
from tests.support import pg

TABLES = (
    "public.job_queue",
    "public.job_events",
    "public.ocr_page_artifacts",
    "public.ai_pass_results",
    "dramatiq.queue",
    "public.shell_files",
    "public.patient_clinical_events",
)

FILL = """
INSERT INTO auth.users (id, email) VALUES (%(user)s, 'retention@example.test');
INSERT INTO public.user_profiles (id, account_owner_id, display_name, profile_type)
VALUES (%(user)s, %(user)s, 'Synthetic Person', 'self');
CREATE TEMP TABLE docs AS
SELECT gen_random_uuid() AS id, n FROM generate_series(1, %(n)s) AS n;
INSERT INTO public.shell_files (id, patient_id, uploaded_by, original_filename, storage_path,
  mime_type, file_size_bytes, status, processing_completed_at)
SELECT d.id, %(user)s, %(user)s, 'synthetic.pdf', %(user)s || '/' || d.n || '.pdf',
       'application/pdf', 1000, 'completed', now() - interval '40 days'
  FROM docs d;
CREATE TEMP TABLE jobs AS
SELECT gen_random_uuid() AS id, d.id AS shell_file_id, s.job_type, s.stage
  FROM docs d CROSS JOIN public.pipeline_stages s;
INSERT INTO public.job_queue (id, job_type, job_lane, job_name, job_payload, correlation_id,
  patient_id, shell_file_id, status, started_at, completed_at, attempt, job_result,
  idempotency_key, dispatched_at, created_at, updated_at)
SELECT j.id, j.job_type, j.stage, j.stage, jsonb_build_object('shell_file_id', j.shell_file_id),
       gen_random_uuid()::text, %(user)s, j.shell_file_id, 'completed',
       now() - interval '40 days 1 minute', now() - interval '40 days', 1,
       '{"summary": {"pages": 2, "items": 12}}', 'stage:' || j.shell_file_id || ':' || j.stage,
       now() - interval '40 days 2 minutes', now() - interval '40 days 3 minutes',
       now() - interval '40 days'
  FROM jobs j;
INSERT INTO public.job_events (job_id, event, attempt, worker_id, details, created_at)
SELECT j.id, e.event, 1, 'worker-1', '{"queue": "ocr"}', now() - interval '40 days'
  FROM jobs j CROSS JOIN (VALUES ('enqueued'), ('dispatched'), ('claimed'), ('completed'))
    AS e (event);
INSERT INTO public.ocr_page_artifacts (shell_file_id, patient_id, file_checksum_sha256,
  page_number, engine_key, engine, status, text_content, lines, created_at)
SELECT d.id, %(user)s, md5(d.id::text), p, 'rapidocr', 'rapidocr', 'ok',
       repeat('synthetic line of page text ', 70),
       (SELECT jsonb_agg(jsonb_build_object('text', 'line', 'box', jsonb_build_array(0.1, 0.2, 0.3, 0.4)))
          FROM generate_series(1, 30)),
       now() - interval '40 days'
  FROM docs d CROSS JOIN generate_series(1, 2) AS p;
INSERT INTO public.ai_pass_results (shell_file_id, patient_id, pass_name, input_sha256,
  extractor, extractor_version, output, created_at)
SELECT d.id, %(user)s, p, md5(d.id::text || p), 'offline', '1',
       jsonb_build_object('items', repeat('synthetic output ', 60)), now() - interval '40 days'
  FROM docs d CROSS JOIN (VALUES ('pass1'), ('pass2'), ('pass3')) AS x (p);
UPDATE public.job_queue SET status = 'failed', dead_letter_at = completed_at
 WHERE job_type = 'finalize_shell_file'
   AND shell_file_id IN (SELECT id FROM docs WHERE n %% 100 = 1);
UPDATE public.job_queue SET status = 'pending', completed_at = NULL,
       scheduled_at = now() + interval '1 day'
 WHERE job_type = 'finalize_shell_file'
   AND shell_file_id IN (SELECT id FROM docs WHERE n %% 100 = 2);
INSERT INTO dramatiq.queue (message_id, queue_name, state, mtime, message)
SELECT gen_random_uuid(), 'ocr', 'rejected', now() - interval '40 days',
       '{"actor_name": "ocr", "args": []}'
  FROM generate_series(1, greatest(%(n)s / 10, 1));
"""


def _sizes(conn: psycopg.Connection[dict[str, Any]], *, full: bool = False) -> dict[str, int]:
    out = {}
    for table in TABLES:
        conn.execute(("VACUUM (FULL, ANALYZE) " if full else "VACUUM (ANALYZE) ") + table)
        row = conn.execute("SELECT pg_total_relation_size(%s::regclass) AS b", (table,)).fetchone()
        assert row is not None
        out[table] = int(row["b"])
    return out


def main(argv: list[str]) -> int:
    n = int(argv[0]) if argv else 10_000
    admin = pg.admin_url()
    name = pg.unique_name("docpipe_retention")
    url = pg.create_database(admin, name)
    try:
        migrate(url)
        with pg.dict_connect(url) as conn:
            started = time.monotonic()
            with conn.transaction():
                params = {"n": n, "user": uuid.uuid4()}
                for statement in FILL.split(";\n"):
                    if statement.strip():
                        conn.execute(statement, params)
            fill_s = time.monotonic() - started
            before = _sizes(conn)
            policy = RetentionPolicy(batch=500)
            conn.execute("SET ROLE service_role")
            totals: dict[str, int] = {}
            batches = 0
            slowest = 0.0
            started = time.monotonic()
            while True:
                t0 = time.monotonic()
                done = delete_batch(conn, policy)
                slowest = max(slowest, time.monotonic() - t0)
                batches += 1
                for key, value in done.items():
                    totals[key] = totals.get(key, 0) + value
                if not any(done.values()):
                    break
            took = time.monotonic() - started
            conn.execute("RESET ROLE")
            after = _sizes(conn)
            compacted = _sizes(conn, full=True)  # what the kept rows need (a rewrite)
        print(f"documents: {n}; fill {fill_s:.1f}s")
        print(f"retention: {batches} rounds, {took:.1f}s, slowest round {slowest * 1000:.0f} ms")
        print(f"deleted: {totals}")
        print(f"{'table':<32} {'before':>12} {'after VACUUM':>14} {'after VACUUM FULL':>18}")
        for table in TABLES:
            print(
                f"{table:<32} {before[table] / 1e6:>10.2f}MB {after[table] / 1e6:>12.2f}MB "
                f"{compacted[table] / 1e6:>16.2f}MB"
            )
        mb = [sum(d.values()) / 1e6 for d in (before, after, compacted)]
        print(f"{'total':<32} {mb[0]:>10.2f}MB {mb[1]:>12.2f}MB {mb[2]:>16.2f}MB")
    finally:
        pg.drop_database(admin, name)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
