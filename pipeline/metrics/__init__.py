"""Prometheus metrics for the workers and the upload hook (off unless configured).

* ``pipeline.metrics.config``: the settings (``METRICS_PORT``, ``HOOK_METRICS`` …).
* ``pipeline.metrics.names``: every metric docpipe exports, with its type, labels and help.
* ``pipeline.metrics.events``: the calls the ledger, the stage runner and the quota
  gate make; each is a no-op (one ``None`` check) while metrics are off.
* ``pipeline.metrics.worker``: Dramatiq's Prometheus middleware, adapted, plus our
  counters, in a multiprocess registry served by one exposition process.
* ``pipeline.metrics.ledger_collector`` and ``pipeline.metrics.hook``: the queue and
  Postgres gauges, read at scrape time by the hook's ``/metrics``.

Nothing here imports ``prometheus_client`` until metrics are switched on.
"""
