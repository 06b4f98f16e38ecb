"""Benchmark: the store at 1 M events, on DuckDB and on PostgreSQL (a benchmark, not a test).

    .venv/bin/python benchmarks/bench_store.py [--events 1000000] [--backend duckdb,postgresql] [--rounds 20]

Generates a synthetic corpus (seeded; made-up names and sentences, 10 events per article), loads it
through `Store.write` in batches (the ingest path: rows, evidence index, actor merge, one transaction
per batch), then times the queries the CLI and the dashboard run, each `--rounds` times, and prints
median and p95 per query with the targets of issues 14/15:

    bulk load <= 30 s; filtered event page (with its total) p95 <= 100 ms; timeline, network and map
    <= 200 ms; text search over evidence <= 200 ms.

PostgreSQL runs as a throwaway server (tests/throwaway_postgres.py, Debian's postgresql package) with
the settings in PG_SETTINGS.
The generator's own time is not counted in the load time; the store's is (Python rows, the evidence
index, the database inserts, and closing the store, where DuckDB writes what its log still holds).
The load's phases are printed under it: the bulk load's start, the batches, its end (PostgreSQL: the
summaries, indexes and keys built), closing the store, and the CPU seconds of this process inside the
store, of its loading thread alone in the batches (the Python building the rows, which bounds DuckDB's
batches) and (PostgreSQL) of the whole throwaway server over the load: on a shared machine the CPU
seconds compare two versions better than the wall time. `--pregenerate` generates every batch before the
load, so nothing but the store runs while it is timed (session 31 measured the same writes 15-20 s slower
at 1 M events with the generator running between them; EVALUATION, "Session 31 (issue 14, branch bulk32)").
"""
from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import json
import random
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests"))          # throwaway_postgres

from newsgraph.records import Actor, Analysis, Article, Event, Mention, stable_id  # noqa: E402
from newsgraph.store import open_store  # noqa: E402
from newsgraph.store.imprecise import placed_timeline  # noqa: E402

EVENTS_PER_ARTICLE = 10
CODES = [("010", "01", 1, 0.0, "CONSULT"), ("036", "03", 1, 4.0, "AGREE"), ("042", "04", 1, 1.9, "CONSULT"),
         ("043", "04", 1, 2.8, "CONSULT"), ("057", "05", 1, 8.0, "AGREE"), ("061", "06", 2, 6.4, "COOPERATE"),
         ("071", "07", 2, 7.4, "AID"), ("112", "11", 3, -2.0, "ACCUSE"), ("130", "13", 3, -4.4, "THREATEN"),
         ("163", "16", 3, -5.6, "REDUCE"), ("173", "17", 4, -5.0, "COERCE"), ("190", "19", 4, -10.0, "FIGHT"),
         ("193", "19", 4, -10.0, "FIGHT"), ("141", "14", 3, -6.5, "PROTEST")]
SECTORS = ["GOV", "MIL", "BUS", "MED", "OPP", "CVL", "JUD", "LEG"]
VERBS = ["met", "accused", "warned", "praised", "visited", "attacked", "supported", "criticised", "thanked",
         "sanctioned", "called", "hosted", "urged", "rejected", "welcomed", "blamed", "shelled", "funded"]
TOPICS = ["missile strike", "trade deal", "border talks", "grain exports", "energy prices", "aid package",
          "peace plan", "election results", "gas pipeline", "prisoner exchange", "drone attack", "port access",
          "fishing rights", "water treaty", "debt relief", "troop movements", "cyber attack", "oil exports"]
FILLER = ["officials", "said", "on", "the", "after", "a", "week", "of", "tension", "according", "to", "reports",
          "late", "on", "Tuesday", "amid", "growing", "concern", "in", "the", "region", "analysts", "noted"]
SYLLABLES = ["ka", "lo", "mi", "ren", "do", "sa", "vi", "tor", "el", "an", "ri", "mu", "bek", "zan", "ol", "ta"]


def make_actors(rng: random.Random, n: int, countries: list[str]) -> list[Actor]:
    actors = []
    for i in range(n):
        name = " ".join("".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3))).title() for _ in range(2))
        country, sector = rng.choice(countries), rng.choice(SECTORS)
        name = f"{name} {i}"
        actors.append(Actor(id=Actor.make_id(name, country), name=name, kind="PERSON", country=country,
                            sector=sector, role="Minister", aliases=[name.split()[-2]]))
    return actors


def make_batch(rng: random.Random, start: int, n_articles: int, actors: list[Actor],
               places: list[tuple[str, str, float, float]]) -> list[Analysis]:
    out = []
    base = dt.date(2023, 1, 1)
    for k in range(start, start + n_articles):
        published = base + dt.timedelta(days=rng.randint(0, 729))
        sentences, specs = [], []
        for _ in range(EVENTS_PER_ARTICLE):
            src, tgt = rng.sample(actors, 2)
            place = rng.choice(places)
            topic = rng.choice(TOPICS)
            sent = (f"{src.name} {rng.choice(VERBS)} {tgt.name} in {place[0]} over the {topic} "
                    + " ".join(rng.choice(FILLER) for _ in range(rng.randint(4, 12))) + ".")
            specs.append((src, tgt, place, sent))
            sentences.append(sent)
        text = " ".join(sentences)
        url = f"http://bench.example/{k}"
        art = Article(id=Article.make_id(text, url), text=text, title=f"Report {k}", url=url,
                      source=f"Outlet {k % 40}", published=published, content_hash=Article.make_content_hash(text))
        an = Analysis(article=art)
        pos = 0
        for i, (src, tgt, place, sent) in enumerate(specs):
            start_ = text.index(sent, pos)
            pos = start_ + len(sent)
            code, root, quad, gold, plover = rng.choice(CODES)
            day = published - dt.timedelta(days=rng.randint(0, 3))
            an.events.append(Event(
                id=Event.make_id(art.id, i, code, src.code, tgt.code, start_), article_id=art.id, sentence=i,
                evidence_start=start_, evidence_end=pos, cameo_code=code, rule_id="bench.rule",
                source_actor_id=src.id, target_actor_id=tgt.id, source_code=src.code, target_code=tgt.code,
                source_text=src.name, target_text=tgt.name, source_start=start_, cameo_root=root, quad_class=quad,
                goldstein=gold, plover_type=plover, cue=sent.split()[2], modality="asserted" if rng.random() < 0.85
                else rng.choice(["negated", "planned", "hypothetical"]), date=day.isoformat(),
                date_precision="day", place_name=place[0], place_country=place[1], place_lat=place[2],
                place_lon=place[3], confidence=round(rng.random(), 2)))
            for who in (src, tgt):
                s = text.index(who.name, start_)
                # the pipeline's mention id (actors/stage.py): 16 characters from the article and the span
                an.mentions.append(Mention(id=stable_id(art.id, s, s + len(who.name)), article_id=art.id, start=s,
                                           end=s + len(who.name), text=who.name, label="PERSON", sentence=i,
                                           actor_id=who.id))
        an.actors = list({a.id: a for sp in specs for a in sp[:2]}.values())
        out.append(an)
    return out


def load(store, n_events: int, batch_articles: int, seed: int = 7,
         phases: dict[str, float] | None = None, pregenerate: bool = False,
         server_cpu=None) -> tuple[float, dict]:
    """Load the corpus through `Store.bulk_load`; returns the seconds in the store (the generator's
    excluded) and the probe values of the queries. `phases`, if given, gets the seconds of the start,
    the batches and the end of the bulk load. `pregenerate`: every batch generated before the load
    starts, so nothing but the store runs while it is timed. `server_cpu` (PostgreSQL): a function giving
    the server's CPU seconds so far, read at the start and the end of the batches (`phases` gets the
    server's CPU in the batches)."""
    from newsgraph.store.filters import country_codes

    rng = random.Random(seed)
    countries = sorted(country_codes())
    actors = make_actors(rng, 20_000, countries)
    places = [(f"Place {i}", rng.choice(countries), rng.uniform(-60, 70), rng.uniform(-170, 170)) for i in range(3000)]
    n_articles = max(1, n_events // EVENTS_PER_ARTICLE)
    spent = 0.0
    ready = ([make_batch(rng, start, min(batch_articles, n_articles - start), actors, places)
              for start in range(0, n_articles, batch_articles)] if pregenerate else None)
    bulk = store.bulk_load()            # what `newsgraph ingest` uses; its start and end are counted
    server_start = server_cpu() if server_cpu else 0.0
    cpu = time.process_time()       # this process's CPU inside the store (its threads included)
    t = time.perf_counter()
    bulk.__enter__()
    spent += time.perf_counter() - t
    started = spent
    client_cpu = time.process_time() - cpu
    loading_cpu = 0.0               # the loading thread's alone: the Python that builds the rows
    for start in range(0, n_articles, batch_articles):
        batch = (ready[start // batch_articles] if ready is not None
                 else make_batch(rng, start, min(batch_articles, n_articles - start), actors, places))
        t, cpu, own = time.perf_counter(), time.process_time(), time.thread_time()
        store.write(batch)
        spent += time.perf_counter() - t
        client_cpu += time.process_time() - cpu
        loading_cpu += time.thread_time() - own
        print(f"  loaded {min(start + batch_articles, n_articles) * EVENTS_PER_ARTICLE:>9,} events  "
              f"{spent:6.1f} s", file=sys.stderr, flush=True)
    batches = spent - started
    server_batches = server_cpu() - server_start if server_cpu else None
    t, cpu = time.perf_counter(), time.process_time()
    bulk.__exit__(None, None, None)
    spent += time.perf_counter() - t
    client_cpu += time.process_time() - cpu
    if phases is not None:
        phases.update({"start": started, "batches": batches, "end": spent - started - batches,
                       "client CPU": client_cpu, "loading thread CPU": loading_cpu})
        if server_batches is not None:
            phases["server CPU in the batches"] = server_batches
    print(f"  end of the bulk load (indexes built)  {spent:6.1f} s", file=sys.stderr, flush=True)
    return spent, {"actor": actors[123].name.split()[-2] + " " + actors[123].name.split()[-1],
                   "actor_id": actors[77].id, "country": actors[5].country}


def profile_load(backend: str, n_events: int, batch_articles: int) -> None:
    """Where a load's time goes: per-step timers (each writer call by table, the summaries, the evidence
    index, the actor merge; Store.write minus Store._write is BEGIN + COMMIT, i.e. DuckDB's checkpoint)
    and cProfile's top functions by own time."""
    import cProfile
    import pstats
    from collections import defaultdict

    from newsgraph.store import store as store_mod
    from newsgraph.store import summaries

    steps: dict[str, float] = defaultdict(float)

    def timed(name, fn):
        def wrapper(*args, **kwargs):
            label = name(*args, **kwargs) if callable(name) else name
            t = time.perf_counter()
            try:
                return fn(*args, **kwargs)
            finally:
                steps[label] += time.perf_counter() - t
        return wrapper

    if backend == "duckdb":
        from newsgraph.store.duckdb_backend import DuckDBWriter as Writer
    else:
        from newsgraph.store.postgres_writer import PostgresWriter as Writer
    patches = [(Writer, "insert", lambda self, table, *a, **k: f"insert {table} (incl. summaries for events)"),
               (Writer, "insert_terms", "insert evidence index"), (Writer, "merge_actors", "merge actors"),
               (summaries, "apply", "summaries"),
               (store_mod.Store, "_write", "Store._write (all but BEGIN/COMMIT)"),
               (store_mod.Store, "write", "Store.write (total)")]
    saved = [(obj, attr, getattr(obj, attr)) for obj, attr, _ in patches]
    for obj, attr, name in patches:
        setattr(obj, attr, timed(name, getattr(obj, attr)))
    prof = cProfile.Profile()
    try:
        with fresh_database(backend) as target:
            store = open_store(target)
            prof.enable()
            seconds, _ = load(store, n_events, batch_articles)
            t = time.perf_counter()
            store.close()
            steps["Store.close (final checkpoint)"] += time.perf_counter() - t
            seconds += steps["Store.close (final checkpoint)"]
            prof.disable()
    finally:
        for obj, attr, fn in saved:
            setattr(obj, attr, fn)
    print(f"\n{backend}: load of {n_events:,} events {seconds:.1f} s (profiled: slower than unprofiled)")
    for label, sec in sorted(steps.items(), key=lambda kv: -kv[1]):
        print(f"  {label:<45} {sec:7.2f} s")
    print()
    pstats.Stats(prof).sort_stats("tottime").print_stats(25)


def queries(probe: dict) -> dict[str, tuple[str, callable]]:
    """name -> (target, function(store)) for what the CLI and the dashboard run."""
    return {
        "events: country, page + total": ("event", lambda s: s.events(country=probe["country"], limit=50).total),
        "events: root + month, page + total": ("event", lambda s: s.events(root="19", since="2024-03",
                                                                           until="2024-03", limit=50).total),
        "events: actor by name, page + total": ("event", lambda s: s.events(actor=probe["actor"], limit=50).total),
        "events: actor id, -date, page + total": ("event", lambda s: s.events(actor=probe["actor_id"], order="-date",
                                                                              limit=50).total),
        "events: all, page + total": ("event", lambda s: s.events(limit=50, order="-date").total),
        "timeline (auto, all)": ("agg", lambda s: placed_timeline(s, "auto")),
        "timeline (country)": ("agg", lambda s: placed_timeline(s, "auto", country=probe["country"])),
        "network (80 pairs)": ("agg", lambda s: s.network(80)),
        "map (countries + 300 places)": ("agg", lambda s: s.event_map(300)),
        "search: one word, page + total": ("search", lambda s: s.events(search="pipeline", limit=50).total),
        "search: phrase, page + total": ("search", lambda s: s.events(search="prisoner exchange", limit=50).total),
        "search: word + country": ("search", lambda s: s.events(search="drone", country=probe["country"],
                                                                limit=50).total),
    }


TARGETS_MS = {"event": 100, "agg": 200, "search": 200}

# The throwaway server's settings: a modest tuning any production server has (PostgreSQL's defaults,
# 128 MB of shared buffers and a 1 GB WAL, checkpoint several times during a 1 M-event load).
PG_SETTINGS = {"shared_buffers": "1GB", "max_wal_size": "8GB", "work_mem": "64MB",
               "maintenance_work_mem": "512MB", "effective_cache_size": "4GB"}


def time_queries(store, probe: dict, rounds: int) -> list[dict]:
    out = []
    for name, (kind, fn) in queries(probe).items():
        fn(store)                                   # warm-up
        times = []
        for _ in range(rounds):
            t = time.perf_counter()
            fn(store)
            times.append((time.perf_counter() - t) * 1000)
        times.sort()
        p95 = times[min(len(times) - 1, int(round(0.95 * (len(times) - 1))))]
        out.append({"query": name, "median_ms": statistics.median(times), "p95_ms": p95,
                    "target_ms": TARGETS_MS[kind], "ok": p95 <= TARGETS_MS[kind]})
    return out


_SERVERS: dict[str, object] = {}     # database URL -> its throwaway server (fresh_database)


def server_cpu_seconds(server) -> float:
    """CPU seconds of a local PostgreSQL server so far: the postmaster with the children it reaped,
    and every live child (backends, workers, checkpointer, ...), from /proc."""
    import os

    def stat(pid: str) -> list[str]:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().rsplit(")", 1)[1].split()

    pid = (server.data / "postmaster.pid").read_text().split()[0]
    ticks = sum(int(x) for x in stat(pid)[11:15])            # utime, stime, cutime, cstime
    with open(f"/proc/{pid}/task/{pid}/children") as f:
        for child in f.read().split():
            with contextlib.suppress(FileNotFoundError):
                ticks += sum(int(x) for x in stat(child)[11:13])
    return ticks / os.sysconf("SC_CLK_TCK")


@contextlib.contextmanager
def fresh_database(backend: str):
    """A new empty database (a DuckDB file in a temporary directory, or a throwaway PostgreSQL server's
    database), removed afterwards; yields its target for open_store."""
    tmp = Path(tempfile.mkdtemp(prefix="ng-bench-"))
    server = url = None
    try:
        if backend == "duckdb":
            yield str(tmp / "bench.duckdb")
        else:
            from throwaway_postgres import ThrowawayPostgres
            server = ThrowawayPostgres(PG_SETTINGS).start()
            url = server.create_database("bench")
            _SERVERS[url] = server
            yield url
    finally:
        if server:
            _SERVERS.pop(url, None)
            server.stop()
        shutil.rmtree(tmp, ignore_errors=True)


def database_mb(target: str) -> float | None:
    """Size of a DuckDB file with its log, in MB (None for PostgreSQL)."""
    if "://" in target:
        return None
    return sum(p.stat().st_size for p in Path(target).parent.glob("*") if p.is_file()) / 1e6


def run_backend(backend: str, n_events: int, rounds: int, batch_articles: int,
                pregenerate: bool = False) -> dict:
    with fresh_database(backend) as target:
        store = open_store(target)
        phases: dict[str, float] = {}
        server = _SERVERS.get(target)
        server_cpu = server_cpu_seconds(server) if server else None
        seconds, probe = load(store, n_events, batch_articles, phases=phases, pregenerate=pregenerate,
                              server_cpu=(lambda: server_cpu_seconds(server)) if server else None)
        t = time.perf_counter()
        store.close()          # counted: DuckDB folds its write-ahead log into the file here
        phases["close"] = time.perf_counter() - t
        seconds += phases["close"]
        if server:     # the generator's minutes included: the GIN cleaner works beside it (postgres_gin)
            phases["server CPU"] = server_cpu_seconds(server) - server_cpu
        if backend == "postgresql":   # fresh statistics, as autovacuum would have after a real load
            with open_store(target) as store, store.backend.schema_connection() as db:
                db.execute("VACUUM ANALYZE")
        reader = open_store(target, read_only=True)          # what `serve` and the CLI use
        counts = reader.counts()
        results = time_queries(reader, probe, rounds)
        reader.close()
        return {"backend": backend, "events": counts["events"], "articles": counts["articles"],
                "actors": counts["actors"], "mentions": counts["mentions"], "load_s": seconds,
                "load_ok": seconds <= 30, "load_phases_s": phases, "file_mb": database_mb(target), "queries": results}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--events", type=int, default=1_000_000)
    ap.add_argument("--backend", default="duckdb,postgresql")
    ap.add_argument("--rounds", type=int, default=20)
    ap.add_argument("--batch-articles", type=int, default=5000, help="articles per Store.write transaction")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--profile", action="store_true", help="profile the load only (timers per step, cProfile)")
    ap.add_argument("--pregenerate", action="store_true",
                    help="generate every batch before the load (nothing but the store runs while it is timed)")
    ap.add_argument("--server-summaries", action="store_true",
                    help="PostgreSQL: the summaries rebuilt by the server at the end of the load, as before session 48 "
                         "(PostgresBackend.client_summaries off), to compare with the client's grouping")
    args = ap.parse_args()
    if args.server_summaries:
        from newsgraph.store.postgres_backend import PostgresBackend
        PostgresBackend.client_summaries = False
    if args.profile:
        for b in args.backend.split(","):
            profile_load(b.strip(), args.events, args.batch_articles)
        return
    reports = [run_backend(b.strip(), args.events, args.rounds, args.batch_articles, args.pregenerate)
               for b in args.backend.split(",") if b.strip()]
    if args.json:
        print(json.dumps(reports, indent=2))
        return
    for r in reports:
        print(f"\n{r['backend']}: {r['events']:,} events, {r['articles']:,} articles, {r['actors']:,} actors, "
              f"{r['mentions']:,} mentions" + (f", file {r['file_mb']:.0f} MB" if r["file_mb"] else ""))
        print(f"  bulk load            {r['load_s']:7.1f} s   (target <= 30 s)  {'ok' if r['load_ok'] else 'MISSED'}")
        ph = r["load_phases_s"]
        print("    " + ", ".join(f"{name} {ph[name]:.1f} s" for name in ("start", "batches", "end", "close"))
              + "; CPU: " + ", ".join(f"{name.rsplit(' ', 1)[0]} {ph[name]:.1f} s"
                                      for name in ("client CPU", "loading thread CPU", "server CPU") if name in ph)
              + (f" (in the batches {ph['server CPU in the batches']:.1f} s)" if "server CPU in the batches" in ph else "")
              + f"; overlap (client CPU / start + batches + end) "
              f"{ph['client CPU'] / max(1e-9, r['load_s'] - ph['close']):.2f}")
        for q in r["queries"]:
            print(f"  {q['query']:<38} median {q['median_ms']:7.1f} ms  p95 {q['p95_ms']:7.1f} ms  "
                  f"(target <= {q['target_ms']} ms)  {'ok' if q['ok'] else 'MISSED'}")


if __name__ == "__main__":
    main()
