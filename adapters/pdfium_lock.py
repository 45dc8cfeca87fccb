"""One process-wide lock around pdfium.

PDFium is not thread-safe, not even across different documents (pypdfium2 docs,
"Incompatibility with Threading"); Dramatiq runs actors in threads. Every caller
of pypdfium2 in this process should hold ``PDFIUM_LOCK`` while it opens, reads,
renders and closes a document.
"""

from __future__ import annotations

import threading

PDFIUM_LOCK = threading.RLock()
