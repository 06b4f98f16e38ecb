"""`newsgraph serve` as a separate process on a free local port, for tests and benchmarks that need
the real server (uvicorn, its HTTP parser, the process's memory) rather than an in-process client.

    with LiveServer(db_path, token="t0ken") as server:
        server.url          # http://127.0.0.1:PORT
        server.rss_kib()    # the server's resident memory now (Linux)
"""
from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

NEWSGRAPH = Path(sys.executable).with_name("newsgraph")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class LiveServer:
    """Starts `newsgraph serve --db DB` on 127.0.0.1 and waits until /api/meta answers; stops it on exit."""

    def __init__(self, db: str | os.PathLike, token: str | None = None, extra_args: tuple[str, ...] = (),
                 env: dict[str, str] | None = None, startup_timeout: float = 120.0):
        self.db, self.token, self.extra_args = str(db), token, extra_args
        self.env = {k: v for k, v in os.environ.items() if not k.startswith("NEWSGRAPH_")}
        self.env.update(env or {})
        self.startup_timeout = startup_timeout
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.proc: subprocess.Popen | None = None
        self.log = b""

    def start(self) -> "LiveServer":
        args = [str(NEWSGRAPH), "serve", "--db", self.db, "--port", str(self.port), *self.extra_args]
        if self.token:
            args += ["--token", self.token]
        self.proc = subprocess.Popen(args, env=self.env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
        deadline = time.monotonic() + self.startup_timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                self.log = self.proc.stdout.read()
                raise RuntimeError(f"newsgraph serve exited with {self.proc.returncode}:\n{self.log.decode()}")
            try:
                with urllib.request.urlopen(self.url + "/api/meta", timeout=2) as r:
                    if r.status == 200:
                        return self
            except OSError:
                time.sleep(0.2)
        self.stop()
        raise RuntimeError(f"newsgraph serve did not answer within {self.startup_timeout:.0f} s")

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        if self.proc is not None and self.proc.stdout is not None:
            self.log += self.proc.stdout.read() or b""
            self.proc.stdout.close()

    def __enter__(self) -> "LiveServer":
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()

    # ------------------------------------------------------------ memory (Linux /proc)

    def _status(self, field: str) -> int:
        for line in Path(f"/proc/{self.proc.pid}/status").read_text().splitlines():
            if line.startswith(field + ":"):
                return int(line.split()[1])
        raise KeyError(field)

    def rss_kib(self) -> int:
        """Resident memory now."""
        return self._status("VmRSS")

    def peak_rss_kib(self) -> int:
        """Highest resident memory since start or since reset_peak()."""
        return self._status("VmHWM")

    def reset_peak(self) -> bool:
        """Start measuring the peak afresh (Linux >= 4.0; False where the kernel refuses)."""
        try:
            Path(f"/proc/{self.proc.pid}/clear_refs").write_text("5")
            return True
        except OSError:
            return False
