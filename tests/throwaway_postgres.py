"""A throwaway PostgreSQL server for the tests and the benchmarks: initdb in a temporary directory,
started on a free local port (TCP on 127.0.0.1 only), stopped and deleted at the end.

Uses Debian's PostgreSQL binaries (`make test` installs the `postgresql` package when it is missing).
As root, the server runs as the `postgres` user, since PostgreSQL refuses to run as root.
"""
from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path


class PostgresUnavailable(RuntimeError):
    """No PostgreSQL binaries here, or the server would not start (the message says why)."""


def find_bindir() -> Path:
    """Directory holding initdb and pg_ctl (pg_config --bindir, else the newest /usr/lib/postgresql/*/bin)."""
    candidates = []
    if shutil.which("pg_config"):
        out = subprocess.run(["pg_config", "--bindir"], capture_output=True, text=True)
        if out.returncode == 0:
            candidates.append(out.stdout.strip())
    candidates += sorted(glob.glob("/usr/lib/postgresql/*/bin"), key=lambda p: int(p.split("/")[-2]), reverse=True)
    for c in candidates:
        if (Path(c) / "initdb").exists() and (Path(c) / "pg_ctl").exists():
            return Path(c)
    raise PostgresUnavailable("PostgreSQL is not installed (no initdb/pg_ctl; Debian package: postgresql)")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class ThrowawayPostgres:
    """`with ThrowawayPostgres() as pg: url = pg.create_database("x")`."""

    user = "newsgraph"

    def __init__(self, settings: dict[str, str] | None = None) -> None:
        """settings: extra server settings (`-c name=value`), e.g. a benchmark's shared_buffers."""
        self.settings = dict(settings or {})
        self.bindir = find_bindir()
        self.root = Path(tempfile.mkdtemp(prefix="ng-pg-"))
        self.data = self.root / "data"
        self.port = _free_port()
        self._as_root = os.geteuid() == 0
        self._count = 0

    def _run(self, *args: str) -> subprocess.CompletedProcess:
        cmd = [str(self.bindir / args[0]), *args[1:]]
        if self._as_root:
            cmd = ["runuser", "-u", "postgres", "--", *cmd]
        return subprocess.run(cmd, capture_output=True, text=True, timeout=120)

    def start(self) -> "ThrowawayPostgres":
        if self._as_root:
            shutil.chown(self.root, "postgres")
        res = self._run("initdb", "-D", str(self.data), "-U", self.user, "--auth=trust", "-E", "UTF8",
                        "--locale=C", "--no-sync")
        if res.returncode != 0:
            raise PostgresUnavailable(f"initdb failed: {(res.stderr or res.stdout).strip()[-500:]}")
        opts = (f"-p {self.port} -h 127.0.0.1 -c unix_socket_directories='' -c fsync=off "
                "-c synchronous_commit=off -c full_page_writes=off -c max_connections=50"
                + "".join(f" -c {k}={v}" for k, v in self.settings.items()))
        res = self._run("pg_ctl", "-D", str(self.data), "-o", opts, "-l", str(self.root / "server.log"), "-w",
                        "-t", "60", "start")
        if res.returncode != 0:
            log = (self.root / "server.log").read_text(errors="replace")[-800:] if (self.root / "server.log").exists() else ""
            raise PostgresUnavailable(f"pg_ctl start failed: {(res.stderr or res.stdout).strip()[-300:]} {log}")
        return self

    def url(self, dbname: str = "postgres") -> str:
        return f"postgresql://{self.user}@127.0.0.1:{self.port}/{dbname}"

    def create_database(self, prefix: str = "ng") -> str:
        """A new empty database; returns its URL."""
        import psycopg

        self._count += 1
        name = f"{prefix}_{self._count}"
        with psycopg.connect(self.url(), autocommit=True) as con:
            con.execute(f'DROP DATABASE IF EXISTS "{name}"')
            con.execute(f'CREATE DATABASE "{name}"')
        return self.url(name)

    def stop(self) -> None:
        if self.data.exists():
            self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop")
        shutil.rmtree(self.root, ignore_errors=True)

    def __enter__(self) -> "ThrowawayPostgres":
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()
