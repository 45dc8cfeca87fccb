"""Entry point of ``dramatiq pipeline``: the broker from settings plus every stage actor."""

from __future__ import annotations

from pipeline.bootstrap import configure_for_workers

broker = configure_for_workers()
