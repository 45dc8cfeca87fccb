"""docpipe: medical documents in, audited clinical data out.

``dramatiq pipeline`` imports this package and expects it to declare the broker
and every stage actor. Any other importer (the CLI, the upload hook, tests,
other dramatiq modules) gets a side-effect-free package and configures the
broker explicitly.
"""

from __future__ import annotations

import os
import sys

__version__ = "0.1.0"


def _started_as_worker() -> bool:
    """True under ``dramatiq pipeline ...`` (parent and forked/spawned children alike:
    the CLI module is loaded and its argv names this package as the broker module)."""
    forced = os.environ.get("DOCPIPE_AUTOCONFIGURE")
    if forced is not None:
        return forced == "1"
    if "dramatiq.cli" not in sys.modules:
        return False
    return any(arg == "pipeline" or arg.startswith("pipeline:") for arg in sys.argv[1:])


if _started_as_worker():
    import pipeline.worker  # noqa: F401  (declares broker + actors)
