"""The one error root of docpipe and its branches.

Every error carries a short machine ``code``; its text never contains PHI
(no names, file names or document text), because error texts end up in the
job ledger, logs and traces.

Two roots share that shape (a ``code`` and a PHI-free ``message``):

- :class:`DocpipeError` (an ``Exception``): a failure, which the stage runner maps
  to the ledger (retry, reschedule, dead letter);
- :class:`DocpipeInterrupt` (a Dramatiq ``Interrupt``, so a ``BaseException``):
  control flow that must unwind the stage whatever it is doing. It is raised
  asynchronously into a worker thread, like Dramatiq's own ``TimeLimitExceeded``,
  and so it must not be a DocpipeError: any ``except Exception`` in stage or
  adapter code (page readers, vendor clients, libraries) would swallow it and
  carry on with work whose result can no longer be committed.

``CODED_ERRORS`` names both, for code that only wants the code and message.
"""

from __future__ import annotations

from dramatiq.middleware.threading import Interrupt


class _Coded(BaseException):
    """The machine ``code`` and PHI-free message every docpipe error and interrupt has.

    Never raised or caught itself (catching it would catch interrupts)."""

    code = "docpipe_error"

    def __init__(self, message: str = "", *, code: str | None = None) -> None:
        super().__init__(message or self.__class__.__doc__ or self.code)
        if code is not None:
            self.code = code

    @property
    def message(self) -> str:
        return str(self.args[0]) if self.args else self.code


class DocpipeError(_Coded, Exception):
    """Root of every docpipe error."""

    code = "docpipe_error"


class DocpipeInterrupt(_Coded, Interrupt):
    """Root of docpipe's interrupts: stop the stage now, commit nothing, record no failure."""

    code = "docpipe_interrupt"


#: Everything that carries a docpipe ``code`` (for ``isinstance``).
CODED_ERRORS = (DocpipeError, DocpipeInterrupt)


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


class ContentChanged(PermanentError):
    """The stored object is not the one the security scan inspected."""

    code = "content_changed"

    def __init__(self, expected_sha256: str, found_sha256: str | None) -> None:
        super().__init__("the stored object differs from the scanned one")
        self.expected_sha256 = expected_sha256
        #: None when the object grew past the size limit before it was fully read.
        self.found_sha256 = found_sha256


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


class LeaseLost(DocpipeInterrupt):
    """This worker no longer holds the job's lease; its work must not be committed."""

    code = "lease_lost"


class AccessDenied(DocpipeError):
    """The caller may not act on this patient's data."""

    code = "access_denied"
