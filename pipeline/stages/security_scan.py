"""security_scan: the real type, size, pages and safety of the upload, from its bytes."""

from __future__ import annotations

from typing import Any

from pipeline.db import DictConnection
from pipeline.ports import ScanReport
from pipeline.sqlfiles import query
from pipeline.stages._runner import StageContext


class SecurityScan:
    def work(self, ctx: StageContext) -> ScanReport:
        runtime = ctx.runtime
        with runtime.storage.local_copy(ctx.shell_file["storage_path"]) as path:
            return runtime.scanner.scan(path, ctx.shell_file["mime_type"])

    def persist(
        self, conn: DictConnection, ctx: StageContext, output: ScanReport
    ) -> dict[str, Any]:
        conn.execute(
            query("shell_file_record_scan"),
            {
                "shell_file_id": ctx.shell_file_id,
                "mime_type": output.mime_type,
                "page_count": output.page_count,
                "sha256": output.sha256,
            },
        )
        return {"mime_type": output.mime_type, "page_count": output.page_count}
