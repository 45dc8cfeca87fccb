"""Network faults for tests: a TCP proxy that forwards, or turns into a black hole.

A black hole accepts connections and reads nothing, answers nothing: what a hung
database host, a dead load balancer or a dropped route look like to a client
(TCP keepalives do not help: the proxy's kernel still ACKs).
"""

from __future__ import annotations

import select
import socket
import threading
from contextlib import suppress


class SwitchableProxy:
    """127.0.0.1:<port> → 127.0.0.1:<target_port>, switchable to a black hole."""

    def __init__(self, target_port: int) -> None:
        self.target_port = target_port
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.port: int = self._listener.getsockname()[1]
        self._holes = threading.Event()
        self._closed = threading.Event()
        self._sockets: list[socket.socket] = []
        self._lock = threading.Lock()
        self._thread = threading.Thread(target=self._accept_loop, daemon=True)
        self._thread.start()

    def black_hole(self) -> None:
        self._holes.set()

    def forward(self) -> None:
        self._holes.clear()

    def close(self) -> None:
        self._closed.set()
        with suppress(OSError):
            self._listener.close()
        with self._lock:
            for sock in self._sockets:
                with suppress(OSError):
                    sock.close()
        self._thread.join(timeout=5)

    def _track(self, sock: socket.socket) -> None:
        with self._lock:
            self._sockets.append(sock)

    def _accept_loop(self) -> None:
        while not self._closed.is_set():
            try:
                client, _ = self._listener.accept()
            except OSError:
                return
            self._track(client)
            threading.Thread(target=self._serve, args=(client,), daemon=True).start()

    def _serve(self, client: socket.socket) -> None:
        while self._holes.is_set():  # accepted, never answered
            if self._closed.wait(0.05):
                return
        try:
            upstream = socket.create_connection(("127.0.0.1", self.target_port), timeout=5)
        except OSError:  # the database is down: the client sees the connection closed
            with suppress(OSError):
                client.close()
            return
        self._track(upstream)
        self._pump(client, upstream)

    def _pump(self, client: socket.socket, upstream: socket.socket) -> None:
        peers = {client: upstream, upstream: client}
        try:
            while not self._closed.is_set():
                if self._holes.is_set():  # hold everything in flight
                    self._closed.wait(0.05)
                    continue
                readable, _, _ = select.select(list(peers), [], [], 0.05)
                for sock in readable:
                    data = sock.recv(65536)
                    if not data:
                        return
                    peers[sock].sendall(data)
        except OSError:
            return
        finally:
            for sock in peers:
                with suppress(OSError):
                    sock.close()
