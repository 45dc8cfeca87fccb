"""Settings, read once from the environment (all listed in docs/configuration.md). No I/O."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass

from pipeline.errors import ConfigurationError


def _int(env: Mapping[str, str], name: str, default: int) -> int:
    raw = env.get(name)
    if raw is None or raw == "":
        return default
    try:
        return int(raw)
    except ValueError as exc:
        raise ConfigurationError(f"{name} must be an integer") from exc


def _flag(env: Mapping[str, str], name: str, default: bool) -> bool:
    raw = (env.get(name) or "").strip().lower()
    if raw == "":
        return default
    if raw in {"1", "true", "yes", "on"}:
        return True
    if raw in {"0", "false", "no", "off"}:
        return False
    raise ConfigurationError(f"{name} must be true or false")


def _days(env: Mapping[str, str], name: str, default: int) -> int:
    value = _int(env, name, default)
    if value < 0:
        raise ConfigurationError(f"{name} must be 0 (keep forever) or a number of days")
    return value


def _float(env: Mapping[str, str], name: str, default: float) -> float:
    raw = env.get(name)
    if raw is None or raw == "":
        return default
    try:
        return float(raw)
    except ValueError as exc:
        raise ConfigurationError(f"{name} must be a number") from exc


def _grace(env: Mapping[str, str], name: str, default: float) -> float:
    value = _float(env, name, default)
    if value < 0:
        raise ConfigurationError(f"{name} must be 0 or a number of seconds")
    return value


@dataclass(frozen=True)
class Settings:
    database_url: str | None = None
    broker_url: str | None = None
    ratelimit_url: str = "memory://"
    storage_url: str | None = None
    supabase_url: str | None = None
    supabase_service_role_key: str | None = None
    supabase_jwt_secret: str | None = None
    supabase_jwt_audience: str = "authenticated"
    # -- user tokens at the hook (pipeline/hook/auth.py) --
    supabase_jwks_url: str | None = None  # default <SUPABASE_URL>/auth/v1/.well-known/jwks.json
    supabase_jwks_ttl: float = 600.0  # seconds the project's signing keys are cached
    supabase_jwt_leeway: float = 30.0  # seconds iat/nbf may be ahead of our clock
    supabase_allow_anonymous: bool = False  # Supabase anonymous sign-ins (is_anonymous)
    storage_webhook_secret: str | None = None
    storage_bucket: str = "medical-docs"
    # Role the app switches to on every connection (SET ROLE); "" to stay as the login role.
    database_role: str = "service_role"
    ocr_engine: str = "rapidocr"
    extractor: str = "offline"
    # Vendor quotas: "pacing" (GCRA, safe for any vendor algorithm) or "window".
    quota_mode: str = "pacing"
    quota_headroom: float = 0.97
    quota_time_scale: float = 1.0  # < 1 only for tests and load runs with short vendor windows
    quota_max_wait: float = 1.0  # waits longer than this reschedule the job instead
    max_upload_bytes: int = 50 * 1024 * 1024
    max_pages: int = 200  # OCR memory is per page, not per document (measured)
    # The upload hook (docpipe serve): answer 503 fast when the database is away.
    hook_db_connect_timeout: int = 2  # seconds per connection attempt (libpq, min 2)
    hook_db_pool_timeout: float = 2.0  # seconds a request waits for a pooled connection
    hook_statement_timeout_ms: int = 5000  # server-side; the client gives up 1 s later
    hook_retry_after_seconds: int = 5  # Retry-After on 503 (database unavailable)
    # Rates in `limits` notation ("60/minute;600/hour"), stored in RATELIMIT_URL.
    hook_upload_rate: str = "60/minute;600/hour"  # per uploading user
    hook_webhook_auth_failure_rate: str = "10/minute"  # failed webhook secrets per client address
    hook_header_timeout: float = 10.0  # seconds to send a request's headers
    hook_keep_alive_timeout: int = 5  # seconds an idle keep-alive connection stays open
    # SIGTERM: seconds the hook lets in-flight requests finish before cancelling them.
    hook_shutdown_grace_seconds: int = 20
    # SIGTERM: seconds a worker lets running stages finish; then it hands them back to
    # the ledger (no attempt used) for another worker. Below the platform's kill delay.
    worker_shutdown_grace_seconds: float = 60.0
    # Retention (pipeline/ledger/retention.py): days after which the maintenance leader
    # deletes finished bookkeeping; 0 keeps it forever. Clinical data is never touched.
    retention_jobs_days: int = 30  # completed/cancelled jobs and their events
    retention_artifacts_days: int = 30  # OCR pages and AI pass results of finished documents
    retention_broker_days: int = 7  # rejected dramatiq-postgres messages
    # Closed pending_storage_deletions rows: their path holds the patient's file name.
    retention_storage_deletions_days: int = 7
    retention_batch: int = 500  # rows per DELETE statement
    retention_interval_seconds: float = 300.0  # between retention rounds (backlog: every tick)
    # Storage cleanup (pipeline/ledger/storage_cleanup.py): the maintenance leader deletes
    # the stored originals of erased and deleted documents from STORAGE_URL's store.
    storage_cleanup_interval_seconds: float = 60.0  # between rounds (backlog: every tick); 0: off
    storage_cleanup_batch: int = 50  # objects per round

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> Settings:
        env = os.environ if env is None else env
        return cls(
            database_url=env.get("DATABASE_URL") or None,
            broker_url=env.get("BROKER_URL") or None,
            ratelimit_url=env.get("RATELIMIT_URL") or "memory://",
            storage_url=env.get("STORAGE_URL") or None,
            supabase_url=env.get("SUPABASE_URL") or None,
            supabase_service_role_key=env.get("SUPABASE_SERVICE_ROLE_KEY") or None,
            supabase_jwt_secret=env.get("SUPABASE_JWT_SECRET") or None,
            supabase_jwt_audience=env.get("SUPABASE_JWT_AUDIENCE") or "authenticated",
            supabase_jwks_url=env.get("SUPABASE_JWKS_URL") or None,
            supabase_jwks_ttl=_float(env, "SUPABASE_JWKS_TTL_SECONDS", 600.0),
            supabase_jwt_leeway=_float(env, "SUPABASE_JWT_LEEWAY_SECONDS", 30.0),
            supabase_allow_anonymous=_flag(env, "SUPABASE_ALLOW_ANONYMOUS", False),
            storage_webhook_secret=env.get("STORAGE_WEBHOOK_SECRET") or None,
            storage_bucket=env.get("STORAGE_BUCKET") or "medical-docs",
            database_role=env.get("DATABASE_ROLE", "service_role"),
            ocr_engine=env.get("OCR_ENGINE") or "rapidocr",
            extractor=env.get("EXTRACTOR") or "offline",
            quota_mode=env.get("QUOTA_MODE") or "pacing",
            quota_headroom=_float(env, "QUOTA_HEADROOM", 0.97),
            quota_time_scale=_float(env, "QUOTA_TIME_SCALE", 1.0),
            quota_max_wait=_float(env, "QUOTA_MAX_WAIT", 1.0),
            max_upload_bytes=_int(env, "MAX_UPLOAD_BYTES", 50 * 1024 * 1024),
            max_pages=_int(env, "MAX_PAGES", 200),
            hook_db_connect_timeout=_int(env, "HOOK_DB_CONNECT_TIMEOUT", 2),
            hook_db_pool_timeout=_float(env, "HOOK_DB_POOL_TIMEOUT", 2.0),
            hook_statement_timeout_ms=_int(env, "HOOK_STATEMENT_TIMEOUT_MS", 5000),
            hook_retry_after_seconds=_int(env, "HOOK_RETRY_AFTER", 5),
            hook_upload_rate=env.get("HOOK_UPLOAD_RATE") or "60/minute;600/hour",
            hook_webhook_auth_failure_rate=env.get("HOOK_WEBHOOK_AUTH_FAILURE_RATE") or "10/minute",
            hook_header_timeout=_float(env, "HOOK_HEADER_TIMEOUT", 10.0),
            hook_keep_alive_timeout=_int(env, "HOOK_KEEP_ALIVE_TIMEOUT", 5),
            hook_shutdown_grace_seconds=int(_grace(env, "HOOK_SHUTDOWN_GRACE_SECONDS", 20)),
            worker_shutdown_grace_seconds=_grace(env, "WORKER_SHUTDOWN_GRACE_SECONDS", 60.0),
            retention_jobs_days=_days(env, "RETENTION_JOBS_DAYS", 30),
            retention_artifacts_days=_days(env, "RETENTION_ARTIFACTS_DAYS", 30),
            retention_broker_days=_days(env, "RETENTION_BROKER_DAYS", 7),
            retention_storage_deletions_days=_days(env, "RETENTION_STORAGE_DELETIONS_DAYS", 7),
            retention_batch=max(1, _int(env, "RETENTION_BATCH", 500)),
            retention_interval_seconds=_float(env, "RETENTION_INTERVAL_SECONDS", 300.0),
            storage_cleanup_interval_seconds=_grace(env, "STORAGE_CLEANUP_INTERVAL_SECONDS", 60.0),
            storage_cleanup_batch=max(1, _int(env, "STORAGE_CLEANUP_BATCH", 50)),
        )

    def require_database_url(self) -> str:
        if not self.database_url:
            raise ConfigurationError("DATABASE_URL is not set")
        return self.database_url

    @property
    def effective_broker_url(self) -> str:
        """BROKER_URL, defaulting to the app database."""
        return self.broker_url or self.require_database_url()
