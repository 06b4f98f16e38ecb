"""Benchmark: what unauthenticated 100 MB POSTs cost the server's memory (a benchmark, not a test).

    .venv/bin/python benchmarks/bench_api_post.py [--mb 100] [--rounds 3]

Starts `newsgraph serve` with an ingest token over an empty database (tests/live_server.py), then sends
`POST /api/ingest` requests carrying --mb megabytes of JSON from raw sockets: no Authorization, a wrong
token, the token without `Bearer `, a chunked body without a token, and -- for comparison -- the right
token with a body over the server's limit (declared, and chunked). For each it prints the answer, how
many bytes the server took before closing the connection, and the server's peak resident memory over
its resident memory before the request (Linux: VmHWM after resetting it through /proc/PID/clear_refs).
Target (issue 16): unauthenticated requests grow the server's RSS by less than 20 MB.
"""
from __future__ import annotations

import argparse
import socket
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests"))          # live_server

from live_server import LiveServer  # noqa: E402

from newsgraph.store import open_store  # noqa: E402

TOKEN = "bench-token"
TARGET_MB = 20
CHUNK = 1 << 20


def json_chunks(total: int):
    """`total` bytes of one valid JSON request whose article text is long (1 MiB pieces)."""
    head, tail = b'{"articles": [{"text": "', b'"}]}'
    yield head
    left = total - len(head) - len(tail)
    while left > 0:
        n = min(CHUNK, left)
        yield b"a" * n
        left -= n
    yield tail


def post(url_port: int, total: int, headers: dict[str, str], chunked: bool) -> tuple[str, int]:
    """Sends the request; returns (status line or what happened, body bytes the server accepted)."""
    lines = [f"POST /api/ingest HTTP/1.1", f"Host: 127.0.0.1:{url_port}", "Content-Type: application/json"]
    lines += [f"{k}: {v}" for k, v in headers.items()]
    lines.append("Transfer-Encoding: chunked" if chunked else f"Content-Length: {total}")
    sent = 0
    with socket.create_connection(("127.0.0.1", url_port), timeout=60) as sock:
        sock.sendall(("\r\n".join(lines) + "\r\n\r\n").encode())
        try:
            for piece in json_chunks(total):
                data = (f"{len(piece):x}\r\n".encode() + piece + b"\r\n") if chunked else piece
                sock.sendall(data)
                sent += len(piece)
            if chunked:
                sock.sendall(b"0\r\n\r\n")
        except OSError:
            pass   # the server answered and closed the connection: what we wanted
        try:
            answer = sock.recv(4096).split(b"\r\n", 1)[0].decode("latin-1") or "(connection closed)"
        except OSError as exc:
            answer = f"(no answer: {exc.__class__.__name__})"
    return answer, sent


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--mb", type=int, default=100, help="body size in MB (default 100)")
    ap.add_argument("--rounds", type=int, default=3, help="requests of each kind (default 3)")
    args = ap.parse_args()
    total = args.mb * 1_000_000
    cases = [
        ("no Authorization", {}, False, True),
        ("wrong token", {"Authorization": "Bearer nope"}, False, True),
        ("token without 'Bearer '", {"Authorization": TOKEN}, False, True),
        ("no Authorization, chunked", {}, True, True),
        ("right token, over the limit", {"Authorization": f"Bearer {TOKEN}"}, False, False),
        ("right token, over the limit, chunked", {"Authorization": f"Bearer {TOKEN}"}, True, False),
    ]
    worst = 0.0
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "bench.duckdb"
        open_store(db).close()
        with LiveServer(db, token=TOKEN) as server:
            time.sleep(1.0)
            print(f"server pid {server.proc.pid}, RSS {server.rss_kib() / 1024:.1f} MB after start; "
                  f"{args.rounds} x {args.mb} MB per case")
            print(f"{'case':40} {'answer':32} {'taken MB':>9} {'RSS before':>11} {'peak':>8} {'growth':>8}")
            for name, headers, chunked, unauthenticated in cases:
                for _ in range(args.rounds):
                    before = server.rss_kib()
                    exact = server.reset_peak()
                    t0 = time.perf_counter()
                    answer, sent = post(server.port, total, headers, chunked)
                    time.sleep(0.3)
                    peak = server.peak_rss_kib() if exact else max(before, server.rss_kib())
                    growth = (peak - before) / 1024
                    if unauthenticated:
                        worst = max(worst, growth)
                    print(f"{name:40} {answer[:32]:32} {sent / 1e6:9.1f} {before / 1024:9.1f}MB "
                          f"{peak / 1024:6.1f}MB {growth:6.1f}MB  ({time.perf_counter() - t0:.2f} s)")
            print(f"server RSS at the end: {server.rss_kib() / 1024:.1f} MB")
    verdict = "within" if worst < TARGET_MB else "OVER"
    print(f"largest growth for an unauthenticated request: {worst:.1f} MB ({verdict} the target of < {TARGET_MB} MB)")
    return 0 if worst < TARGET_MB else 1


if __name__ == "__main__":
    sys.exit(main())
