"""docpipe: medical documents in, audited clinical data out.

``dramatiq pipeline`` imports this package and expects it to declare the broker
and every stage actor. Any other importer (the CLI, the upload hook, tests)
gets a side-effect-free package and configures the broker explicitly.
"""

from __future__ import annotations

import os
import sys

__version__ = "0.1.0"

# The dramatiq CLI imports dramatiq.cli before importing us, in the parent and in
# every worker process it forks or spawns; that is how we know we are a worker.
if "dramatiq.cli" in sys.modules or os.environ.get("DOCPIPE_AUTOCONFIGURE") == "1":
    import pipeline.worker  # noqa: F401  (declares broker + actors)
