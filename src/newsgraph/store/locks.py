"""Turn DuckDB's file-lock error into one line that says which newsgraph command holds the database
and what to do, instead of "IO Error: Could not set lock on file ... See also ...".

DuckDB names the process holding the lock ("Conflicting lock is held in /usr/bin/python3 (PID 4711)");
its command line (/proc/PID/cmdline on Linux) tells which newsgraph command that is.
"""
from __future__ import annotations

import os
import re
from pathlib import Path

_PID = re.compile(r"\(PID (\d+)\)")


class DatabaseLockedError(RuntimeError):
    """Another process holds the DuckDB file (the message says which, and what to do)."""


def is_lock_error(exc: BaseException) -> bool:
    text = str(exc)
    return "Could not set lock" in text or "Conflicting lock" in text


def holder_pid(message: str) -> int | None:
    m = _PID.search(message)
    return int(m.group(1)) if m else None


def describe_process(pid: int | None) -> str:
    """'`newsgraph ingest` (PID 4711)', 'python (PID 4711)', or 'another process' when unknown."""
    if pid is None:
        return "another process"
    try:
        argv = [a for a in Path(f"/proc/{pid}/cmdline").read_bytes().decode("utf-8", "replace").split("\0") if a]
    except OSError:
        return f"another process (PID {pid})"
    for i, arg in enumerate(argv):
        if os.path.basename(arg) == "newsgraph" or (arg == "-m" and i + 1 < len(argv)
                                                     and argv[i + 1].startswith("newsgraph")):
            rest = argv[i + 1:] if os.path.basename(arg) == "newsgraph" else argv[i + 2:]
            command = next((a for a in rest if not a.startswith("-")), "")
            return f"`newsgraph {command}` (PID {pid})" if command else f"`newsgraph` (PID {pid})"
    name = os.path.basename(argv[0]) if argv else "a process"
    return f"{name} (PID {pid})"


def lock_message(path: str, exc: BaseException, waited: float) -> str:
    """One line: what holds `path` and what to do."""
    who = describe_process(holder_pid(str(exc)))
    return (f"{path} is in use by {who} (waited {waited:.0f} s): wait for it to finish, or stop it, and run "
            "this command again (to query while ingesting, use a PostgreSQL database: --db postgresql://...)")
