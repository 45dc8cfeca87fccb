"""The one error root of docpipe and its branches.

Every error carries a short machine ``code``; its text never contains PHI
(no names, file names or document text), because error texts end up in the
job ledger, logs and traces.
"""

from __future__ import annotations


class DocpipeError(Exception):
    """Root of every docpipe error."""

    code = "docpipe_error"

    def __init__(self, message: str = "", *, code: str | None = None) -> None:
        super().__init__(message or self.__class__.__doc__ or self.code)
        if code is not None:
            self.code = code

    @property
    def message(self) -> str:
        return str(self.args[0]) if self.args else self.code


class ConfigurationError(DocpipeError):
    """A setting is missing or malformed."""

    code = "configuration_error"


class MigrationError(DocpipeError):
    """The database schema cannot be brought up to date safely."""

    code = "migration_error"


class TransientError(DocpipeError):
    """A failure worth retrying later (network, vendor 5xx, timeouts)."""

    code = "transient_error"


class PermanentError(DocpipeError):
    """A failure that retrying will not fix; the job goes to the dead letter at once."""

    code = "permanent_error"


class InvalidDocument(PermanentError):
    """The uploaded file is not a document we can safely process."""

    code = "invalid_document"


class StoragePathError(PermanentError):
    """A storage path is malformed or outside the patient's prefix."""

    code = "storage_path_invalid"


class RateLimited(DocpipeError):
    """Not enough vendor capacity now; try again after ``delay`` seconds.

    Control flow, not a failure: the job is rescheduled without consuming an attempt.
    """

    code = "rate_limited"

    def __init__(self, delay: float, *, key: str = "", message: str = "") -> None:
        super().__init__(message or f"capacity exhausted, retry in {delay:.2f}s")
        self.delay = max(0.0, float(delay))
        self.key = key


class LeaseLost(DocpipeError):
    """This worker no longer holds the job's lease; its work must not be committed."""

    code = "lease_lost"


class AccessDenied(DocpipeError):
    """The caller may not act on this patient's data."""

    code = "access_denied"
