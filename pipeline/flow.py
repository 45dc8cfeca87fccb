"""The stage graph: which stage follows which, by fixed names only.

Actor names and queue names are permanent: messages store them, so renaming
one would strand queued messages.

The database holds a copy in ``pipeline_stages`` (sql/migrations/0040), which every
SQL function reads; ``pipeline/stage_graph.py`` checks at worker start that the two
agree. Change both together, with a migration.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class StageDef:
    name: str  # queue name and shell_files "<name>_status" prefix
    job_type: str  # job_queue.job_type
    status_column: str
    overall_status_after: str  # shell_files.status once this stage completes

    @property
    def actor_name(self) -> str:
        return f"docpipe.{self.name}"


STAGES: tuple[StageDef, ...] = (
    StageDef("security_scan", "fast_queue_security", "security_scan_status", "processing"),
    StageDef("ocr", "fast_queue_ocr", "ocr_status", "processing"),
    StageDef("pass1_entities", "ai_queue_pass1", "pass1_status", "pass1_complete"),
    StageDef("pass2_clinical", "ai_queue_pass2", "pass2_status", "pass2_complete"),
    StageDef("pass3_narrative", "ai_queue_pass3", "pass3_status", "pass3_complete"),
    StageDef("finalize", "finalize_shell_file", "finalize_status", "completed"),
)

BY_NAME = {stage.name: stage for stage in STAGES}
BY_JOB_TYPE = {stage.job_type: stage for stage in STAGES}
FIRST_STAGE = STAGES[0]
QUEUES = tuple(stage.name for stage in STAGES)


def next_stage(name: str) -> StageDef | None:
    index = [stage.name for stage in STAGES].index(name)
    return STAGES[index + 1] if index + 1 < len(STAGES) else None


def stage_job_key(shell_file_id: str, stage: StageDef) -> str:
    """Idempotency key of a document's run of a stage: one job row, ever."""
    return f"stage:{shell_file_id}:{stage.job_type}"
