"""security_scan: the real type, size, pages and safety of the upload, from its bytes.

The scanner inspects a private snapshot of the stored object, and the sha256 recorded
is the hash of exactly that snapshot: every later stage reads only bytes that hash to
it (adapters.storage.verified), so what is read is what was scanned.
"""

from __future__ import annotations

from typing import Any

from adapters.storage.verified import verified_local_copy
from pipeline.db import DictConnection
from pipeline.errors import ContentChanged
from pipeline.ports import ScanReport
from pipeline.sqlfiles import query
from pipeline.stages._runner import StageContext


class SecurityScan:
    def work(self, ctx: StageContext) -> ScanReport:
        runtime = ctx.runtime
        with verified_local_copy(
            runtime.storage,
            ctx.shell_file["storage_path"],
            None,
            max_bytes=runtime.settings.max_upload_bytes,
        ) as copy:
            report = runtime.scanner.scan(copy.path, ctx.shell_file["mime_type"])
        if report.sha256 != copy.sha256:
            # The scanner hashed other bytes than the snapshot we copied: trust neither.
            raise ContentChanged(copy.sha256, report.sha256)
        return report

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
