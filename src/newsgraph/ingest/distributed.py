"""Analysis on a Dask cluster: `newsgraph ingest PATH... --workers N` starts a local cluster of N worker
processes, `--scheduler tcp://HOST:PORT` uses a cluster that is already running.

Only analysis moves. The ingest service (`service.IngestService`) still reads the inputs, runs the
admission checks and the near-duplicate lookup, and writes every batch, in input order, on the client;
`DaskRunner` sends each batch (a partition of the input) to the workers and hands the analyses back in
the batches' order, keeping a few partitions in flight so that no worker waits for the writes. Hence the
same rows and ids as a serial run, and one writer, which is what a DuckDB file needs.

Each worker loads the pipeline (spaCy model, knowledge base, gazetteer, patterns) once, when it starts,
through a worker plugin (`PipelinePlugin`); a worker the nanny restarts loads it again. After each
partition it frees the partition's parses and returns the memory to the system (`release_memory`). When a worker
dies, the scheduler gives the partitions it held to another worker: those are analysed again and
written once, since only the client writes and only what comes back. A partition whose workers die
`distributed.scheduler.allowed-failures` times (Dask's default: 3) is reported article by article as
failed ("worker died"), and the run goes on.

Workers of an existing cluster need newsgraph installed (the same version) and the same NEWSGRAPH_*
settings; they never open the database.
"""
from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import gc
import logging
import pickle
import re
import resource
import uuid
from collections import deque
from dataclasses import dataclass
from typing import Iterable, Iterator

import dask
from distributed import Client, Future, LocalCluster, WorkerPlugin
from distributed.scheduler import KilledWorker

from newsgraph.records import Analysis, Article
from newsgraph.products import StageContext
from newsgraph.settings import get_settings

log = logging.getLogger("newsgraph.ingest")

PLUGIN_NAME = "newsgraph-pipeline"
SCHEDULER_ADDRESS = re.compile(r"^(tcp|tls)://[^\s/:]+:\d+$")
# The environment of local workers: one BLAS thread each (as Dask sets it), but glibc's own malloc trim
# threshold: Dask's 64 KiB made the workers spend about 20 % more CPU than one process on the same
# articles (measured with `newsgraph bench scale`'s corpus).
WORKER_ENVIRON = {"OMP_NUM_THREADS": 1, "MKL_NUM_THREADS": 1, "OPENBLAS_NUM_THREADS": 1}
# A local cluster also runs without Dask's statistical profiler (a thread in each worker that samples the
# running task's stack every 10 ms, for the dashboard's profile page) and with slower housekeeping clocks
# (event-loop watchdog 20 ms -> 1 s, memory monitor 100 ms -> 1 s, system monitor 0.5 -> 2 s). Idle, a
# 2-worker cluster's client and workers used 3 s of CPU per 30 s with Dask's defaults, 0.5 s with these;
# a worker over its memory limit is still restarted (within a second instead of 0.1 s).
LOCAL_CLUSTER_CONFIG = {"distributed.nanny.pre-spawn-environ": WORKER_ENVIRON,
                        "distributed.worker.profile.enabled": False,
                        "distributed.admin.tick.interval": "1s",
                        "distributed.worker.memory.monitor-interval": "1s",
                        "distributed.admin.system-monitor.interval": "2s"}
# A sentence of our own that touches every stage (actors, time, geo, quotes, events), so that a worker
# has loaded everything before its first partition.
WARM_UP_TEXT = ("The foreign minister of Norway met his Danish counterpart in Oslo on Monday and said the "
                "two governments \"agreed to share fishing data\", officials said.")


class SchedulerError(RuntimeError):
    """The Dask scheduler cannot be reached or used (one line, for the command line)."""


class PipelinePlugin(WorkerPlugin):
    """Loads newsgraph's pipeline once per worker process, when the worker starts (or restarts)."""

    name = PLUGIN_NAME

    def setup(self, worker) -> None:
        from newsgraph.pipeline import default_pipeline

        default_pipeline().analyse(Article(id="warm-up", text=WARM_UP_TEXT))


def analyse_partition(articles: list[Article]) -> list[tuple[Article, Analysis | BaseException]]:
    """Runs on a worker: the partition's (article, Analysis or exception) pairs, in order. The stages'
    hand-offs (`analysis.context`) stay behind: the store does not need them."""
    from newsgraph.pipeline import default_pipeline

    out: list[tuple[Article, Analysis | BaseException]] = []
    for article, outcome in default_pipeline().analyse_each(articles):
        if isinstance(outcome, Analysis):
            outcome.context = StageContext()
        else:
            outcome = _portable(outcome)
        out.append((article, outcome))
    release_memory()
    return out


def release_memory() -> None:
    """Collect what cyclic garbage the partition left and hand freed memory back to the system. The
    pipeline already frees each Doc when its stages are done (`nlp.cache.drop_doc_caches` breaks the
    cycle through the per-doc caches); before that, a worker carried several partitions' dead Docs
    (1.2-1.4 GB over a `bench scale` run). glibc keeps freed memory in its arenas; `malloc_trim` returns it."""
    gc.collect()
    if _LIBC is not None:
        _LIBC.malloc_trim(0)


def _glibc():
    """glibc (for malloc_trim), or None on a system without it (macOS, musl)."""
    name = ctypes.util.find_library("c")
    try:
        libc = ctypes.CDLL(name) if name else None
        return libc if libc is not None and hasattr(libc, "malloc_trim") else None
    except OSError:
        return None


_LIBC = _glibc()


def _portable(exc: BaseException) -> BaseException:
    """The exception itself when it survives pickling, else one that says the same."""
    try:
        pickle.loads(pickle.dumps(exc))
        return exc
    except Exception:  # noqa: BLE001 - any failure to pickle
        return RuntimeError(f"{type(exc).__name__}: {exc}")


class WorkerLost(RuntimeError):
    """The workers analysing a partition died too often (the article may crash or exhaust them)."""


class DaskRunner:
    """A `service.Runner` that analyses batches on a Dask cluster, `in_flight` partitions at a time."""

    def __init__(self, client: Client, in_flight: int | None = None):
        self.client = client
        threads = sum(client.nthreads().values()) or 1
        self.in_flight = in_flight or 2 * threads + 1
        self.partitions = 0          # partitions analysed by the workers
        self.lost = 0                # partitions given up after their workers died

    def run(self, batches: Iterable[list[Article]]) -> Iterator[list]:
        window: deque[tuple[list[Article], Future | None]] = deque()
        for batch in batches:
            window.append((batch, self._submit(batch)))
            while len(window) >= self.in_flight:
                yield self._collect(*window.popleft())
        while window:
            yield self._collect(*window.popleft())

    def worker_usage(self) -> dict[str, WorkerUsage]:
        """Peak resident memory and CPU time of each worker process now in the cluster."""
        return {addr: WorkerUsage(*usage) for addr, usage in self.client.run(_own_usage).items()}

    def _submit(self, batch: list[Article]) -> Future | None:
        if not batch:
            return None
        key = f"newsgraph-analyse-{uuid.uuid4().hex}"
        return self.client.submit(analyse_partition, batch, key=key, pure=False)

    def _collect(self, batch: list[Article], future: Future | None) -> list:
        if future is None:
            return []
        try:
            outcomes = future.result()
        except KilledWorker as exc:
            self.lost += 1
            where = getattr(exc.last_worker, "address", exc.last_worker)
            log.warning("a partition of %d articles was given up: its workers died (last: %s)", len(batch), where)
            lost = WorkerLost(f"the Dask workers analysing its partition died {exc.allowed_failures} times "
                              f"(last: {where})")
            return [(article, lost) for article in batch]
        finally:
            future.release()
        self.partitions += 1
        return outcomes


@dataclass
class WorkerUsage:
    """What one worker process has used since it started (model loading included)."""

    peak_rss_mb: float
    cpu_seconds: float


def _own_usage() -> tuple[float, float]:
    r = resource.getrusage(resource.RUSAGE_SELF)
    return round(r.ru_maxrss / 1024.0, 1), round(r.ru_utime + r.ru_stime, 1)


def check_scheduler_address(address: str) -> str:
    """tcp://HOST:PORT or tls://HOST:PORT, else ValueError saying so."""
    if not SCHEDULER_ADDRESS.match(address.strip()):
        raise ValueError(f"expected a scheduler address like tcp://HOST:PORT, got {address!r}")
    return address.strip()


@contextlib.contextmanager
def dask_runner(workers: int | None = None, scheduler: str | None = None,
                timeout: float | None = None) -> Iterator[DaskRunner]:
    """A DaskRunner on a local cluster of `workers` processes (one thread each), or on the cluster at
    `scheduler`; the local cluster is shut down on exit, an existing one only disconnected from."""
    if (workers is None) == (scheduler is None):
        raise ValueError("give workers or scheduler")
    timeout = timeout or get_settings().scheduler_timeout
    with contextlib.ExitStack() as stack:
        if scheduler is not None:
            address = check_scheduler_address(scheduler)
            try:
                client = Client(address, timeout=timeout)
            except (OSError, TimeoutError) as exc:
                raise SchedulerError(f"cannot reach the Dask scheduler at {address}: {exc}") from None
        else:
            stack.enter_context(dask.config.set(LOCAL_CLUSTER_CONFIG))
            cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                   dashboard_address="127.0.0.1:0", memory_limit=get_settings().worker_memory,
                                   silence_logs=logging.ERROR)
            stack.callback(cluster.close)
            client = Client(cluster)
        stack.callback(client.close)
        try:
            client.wait_for_workers(1, timeout=timeout)
        except TimeoutError:
            raise SchedulerError(f"the Dask cluster at {client.scheduler.address} has no workers "
                                 f"(none joined within {timeout:.0f} s)") from None
        client.register_plugin(PipelinePlugin(), name=PLUGIN_NAME)
        yield DaskRunner(client)
