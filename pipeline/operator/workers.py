"""``docpipe workers``: registered worker processes, alive or dead, and what they hold."""

from __future__ import annotations

from typing import Any, TextIO

from pipeline.db import DictConnection
from pipeline.operator.render import Style, iso, table, write_json
from pipeline.sqlfiles import query


def list_workers(conn: DictConnection) -> list[dict[str, Any]]:
    return [
        {
            "worker_id": r["worker_id"],
            "alive": not r["dead"],
            "running_jobs": r["running_jobs"],
            "started_at": r["started_at"],
            "queues": list(r["queues"] or []),
        }
        for r in conn.execute(query("ops_workers")).fetchall()
    ]


def print_workers(conn: DictConnection, out: TextIO, style: Style, *, as_json: bool) -> int:
    workers = list_workers(conn)
    if as_json:
        write_json(out, workers)
        return 0
    rows = [
        [
            w["worker_id"],
            style.paint("alive", "green") if w["alive"] else style.paint("DEAD", "red"),
            str(w["running_jobs"]),
            iso(w["started_at"]),
            ",".join(w["queues"]) or "-",
        ]
        for w in workers
    ]
    if rows:
        out.write(table(["WORKER", "STATE", "JOBS", "SINCE", "QUEUES"], rows, style))
    out.write(f"{len(workers)} registered worker process(es)\n")
    return 0
