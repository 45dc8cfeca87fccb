"""A threading HTTP server for fake vendors and receivers that stays quiet when a client
hangs up (a reset keep-alive connection is not a test failure; socketserver would print
a traceback into the test output)."""

from __future__ import annotations

import sys
from http.server import ThreadingHTTPServer
from typing import Any


class QuietHTTPServer(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: Any, client_address: Any) -> None:
        if isinstance(sys.exc_info()[1], ConnectionResetError | BrokenPipeError):
            return
        super().handle_error(request, client_address)
