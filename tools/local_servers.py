"""Servers the deploy tests and `tools/deploy_bench.py` run on this machine (loopback only)."""

from __future__ import annotations

import contextlib
import os
import socket
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path


def free_port() -> int:
    """A TCP port nothing listens on at the moment, on 127.0.0.1."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextlib.contextmanager
def rsync_daemon(folder: Path) -> Iterator[tuple[str, Path]]:
    """A real rsync daemon writing into `folder/served`: yields ("rsync://127.0.0.1:<port>/site",
    the served folder) once it accepts connections, and stops it at the end."""
    served = folder / "served"
    served.mkdir()
    conf = folder / "rsyncd.conf"
    conf.write_text(
        f"use chroot = no\npid file = {folder / 'rsyncd.pid'}\n"
        f"[site]\npath = {served}\nread only = no\nuid = {os.getuid()}\ngid = {os.getgid()}\n"
    )
    port = free_port()
    process = subprocess.Popen(
        [
            "rsync",
            "--daemon",
            "--no-detach",
            f"--config={conf}",
            "--address=127.0.0.1",
            f"--port={port}",
        ],
        stderr=subprocess.PIPE,
    )
    try:
        deadline = time.monotonic() + 10
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                if process.poll() is not None:
                    raise RuntimeError(f"rsync daemon exited: {process.stderr.read()!r}") from None
                if time.monotonic() > deadline:
                    raise RuntimeError("rsync daemon did not start in 10 s") from None
                time.sleep(0.05)
        yield f"rsync://127.0.0.1:{port}/site", served
    finally:
        process.terminate()
        process.wait(timeout=10)
