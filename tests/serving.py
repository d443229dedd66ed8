"""Run `build.py serve` on a scratch project for a test, on a free loopback port."""
from __future__ import annotations

import socket
import subprocess
import sys
import time
from contextlib import contextmanager
from pathlib import Path

from conftest import REPO, TODAY


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for(condition, what: str, seconds: float = 30) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(0.2)
    raise AssertionError(f"timed out waiting for {what}")


def _listening(port: int, server: subprocess.Popen, log: Path | None = None) -> bool:
    """Whether the server listens on port yet; fails with its output if it has exited (from log, if it writes one)."""
    if server.poll() is not None:
        output = log.read_text() if log else server.stdout.read() if server.stdout else ""
        raise AssertionError(f"the server exited: {output}")
    try:
        socket.create_connection(("127.0.0.1", port), timeout=1).close()
        return True
    except OSError:
        return False


@contextmanager
def serving(project, seconds: float = 90):
    """`build.py serve` on the project until the block ends; yields the base URL."""
    port = free_port()
    server = subprocess.Popen([sys.executable, str(REPO / "build.py"), "serve", "--root", str(project.root),
                               "--port", str(port), "--today", TODAY.isoformat()],
                              stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        wait_for(lambda: _listening(port, server), f"`build.py serve` to listen on port {port}", seconds)
        yield f"http://127.0.0.1:{port}"
    finally:
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
