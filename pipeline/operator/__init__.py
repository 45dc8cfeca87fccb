"""Operator commands behind ``docpipe`` (status, jobs, dlq, cancel, submit, trace, quotas).

Each module does one command; :mod:`~pipeline.operator.render` prints tables and JSON,
:mod:`~pipeline.operator.parse` checks input, :mod:`~pipeline.operator.explain` says why a
job is where it is. Output is ids, codes, statuses and times only (no PHI).
"""
