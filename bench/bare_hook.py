"""ASGI apps for the hook benchmark (``uvicorn --factory``).

``app``: a bare endpoint that inserts a file row and a job row in one transaction,
with no auth, validation or broker send: the ceiling to compare the real hook with.
``real_app``: the docpipe hook as ``docpipe serve`` builds it.
"""

from __future__ import annotations

import json
import os
import uuid

from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

from pipeline.db import make_pool
from pipeline.settings import Settings


def app() -> Starlette:
    pool = make_pool(os.environ["DATABASE_URL"], max_size=16, name="bare")
    pool.open(wait=True)

    def insert(body: dict[str, str], uploader: str) -> str:
        with pool.connection() as conn, conn.transaction():
            row = conn.execute(
                "INSERT INTO shell_files (patient_id, uploaded_by, original_filename, storage_path, mime_type, "
                "file_size_bytes, idempotency_key) VALUES (%s, %s, %s, %s, %s, %s, %s) RETURNING id",
                (
                    body["patient_id"],
                    uploader,
                    body["original_filename"],
                    body["storage_path"],
                    body["mime_type"],
                    body["file_size_bytes"],
                    str(uuid.uuid4()),
                ),
            ).fetchone()
            assert row is not None  # noqa: S101
            conn.execute(
                "SELECT * FROM enqueue_job_v3('fast_queue_security', 'scan', jsonb_build_object('shell_file_id', %s::text))",
                (str(row["id"]),),
            )
            return str(row["id"])

    async def create(request: Request) -> JSONResponse:
        body = json.loads(await request.body())
        shell_id = await run_in_threadpool(insert, body, body["patient_id"])
        return JSONResponse({"shell_file_id": shell_id}, status_code=201)

    return Starlette(routes=[Route("/v1/shell-files", create, methods=["POST"])])


def real_app() -> Starlette:
    from pipeline.hook.server import build_app

    return build_app(Settings.from_env())
