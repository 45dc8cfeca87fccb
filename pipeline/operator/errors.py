"""The operator's errors: each prints as one line ``error [code]: message`` (exit 2)."""

from __future__ import annotations

from pipeline.errors import DocpipeError


class BadInput(DocpipeError):
    """An argument is malformed (a uuid, a duration, a stage or status name)."""

    code = "bad_input"


class NotFound(DocpipeError):
    """The id names nothing in the database."""

    code = "not_found"


class Refused(DocpipeError):
    """The request is understood but not carried out (it would do harm or nothing)."""

    code = "refused"


class DatabaseUnavailable(DocpipeError):
    """The database cannot be reached."""

    code = "database_unavailable"
