"""The full-text GIN index during a PostgreSQL bulk load: kept, and filled beside the load (unless
`PostgresBackend.gin_beside_load` is turned off: then it is built first at the end, which costs the server
5-15 CPU-seconds less at 1 M events but made a quiet load slower, session 12).

Why: built at the end of a bulk load, the GIN index over the evidence words was the longest job there
(one process: PostgreSQL 15 builds GIN indexes without parallel workers; 18.8 s of 26 s at 1 M events),
while during the batches the server has a core mostly idle (the client's Python is the bottleneck).
So the index stays: each batch's rows go to its *pending list* (an unsorted append, cheap for the
inserting COPY; the loader's `gin_pending_list_limit` is raised so that it does not merge the list
itself), and a second connection merges the list into the index after every committed batch
(`gin_clean_pending_list`, the same sorted merge VACUUM does), on that idle core. The end of the load
merges what is left (`finish`). Searches stay exact all along: a GIN scan reads the pending list too.
"""
from __future__ import annotations

import threading
from typing import Any, Callable

INDEX = "evidence_index_terms"
# the loader's pending list may grow this far before it merges the list itself (the cleaner normally
# merges after each batch: a batch of 5,000 articles adds about 25 MB)
PENDING_LIST_LIMIT = "512MB"
_CLEAN = f"SELECT gin_clean_pending_list('{INDEX}'::regclass)"


class PendingListCleaner:
    """A thread with a connection of its own that merges the index's pending list each time it is
    poked. A failure (e.g. a role that does not own the index) stops the cleaning only: the loader
    then merges the list itself when it passes the limit, and autovacuum does the rest."""

    def __init__(self, connect: Callable[[], Any], maintenance_mem: str):
        self._connect = connect
        self._mem = maintenance_mem
        self._poked = threading.Event()
        self._stopping = False
        self.error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="ng-gin-pending", daemon=True)
        self._thread.start()

    def poke(self) -> None:
        self._poked.set()

    def stop(self) -> None:
        """No merge after the one under way, if any (`finish` merges the rest)."""
        self._stopping = True
        self._poked.set()

    def join(self) -> None:
        self._thread.join()

    def _run(self) -> None:
        try:
            con = self._connect()
        except Exception as exc:  # noqa: BLE001 - the load goes on without the cleaner
            self.error = exc
            return
        try:
            # the merge sorts in maintenance_work_mem (or work_mem, by PostgreSQL version): both
            con.execute("SELECT set_config('maintenance_work_mem', %s, false), set_config('work_mem', %s, false)",
                        [self._mem, self._mem])
            while True:
                self._poked.wait()
                self._poked.clear()
                if self._stopping:
                    return
                con.execute(_CLEAN)
        except Exception as exc:  # noqa: BLE001 - as above
            self.error = exc
        finally:
            con.close()


def finish(con) -> None:
    """Merge what the load left in the pending list (on one of the end-of-load connections)."""
    from psycopg.errors import InsufficientPrivilege

    try:
        con.execute(_CLEAN)
    except InsufficientPrivilege:
        pass                  # not this role's index: autovacuum merges the list
