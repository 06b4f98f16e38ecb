"""Reading inputs with a budget: gzip decompressed as a stream, capped on the expanded size and on the
expansion ratio, and plain reads capped on size (a pipe or a device has no size to check beforehand).

Why a stream: a 3 MB .gz can expand to gigabytes (a compression bomb, or a dump); decompressing it whole
before looking costs that memory. Here output is produced chunk by chunk and reading stops with
`InputTooLarge` as soon as a cap is passed, so memory stays at the caller's buffer.
"""
from __future__ import annotations

import io
import zlib
from typing import IO

GZIP_MAGIC = b"\x1f\x8b"
CHUNK = 1 << 16            # decompressed bytes produced per step
CHUNK_IN = 1 << 12         # compressed bytes read per step: small, so the ratio is judged early
RATIO_GRACE = 1 << 20      # the ratio is judged once this much has come out (tiny files compress oddly)


class InputTooLarge(OSError):
    """Reading stopped at a cap; the message says which (size, expanded size or ratio) and its setting."""


class GzipStream(io.RawIOBase):
    """The decompressed bytes of a gzip stream (all members), refusing to produce more than
    `max_bytes` in all or more than `max_ratio` times the compressed bytes read so far."""

    def __init__(self, raw: IO[bytes], *, max_bytes: int, max_ratio: int):
        super().__init__()
        self.raw = raw
        self.max_bytes = max_bytes
        self.max_ratio = max_ratio
        self.bytes_in = 0
        self.bytes_out = 0
        self._d = zlib.decompressobj(16 + zlib.MAX_WBITS)
        self._pending = b""          # compressed bytes not yet given to the decompressor
        self._done = False

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        out = self._next(len(buffer))
        buffer[:len(out)] = out
        return len(out)

    def _next(self, size: int) -> bytes:
        while not self._done:
            if self._d.eof:                      # between members (a WARC.gz is one member a record)
                rest = self._d.unused_data + self._pending
                self._pending = b""
                if not rest:
                    rest = self._read_raw()
                if not rest.strip(b"\x00"):      # end of input, or NUL padding after the last member
                    self._done = True
                    break
                self._d = zlib.decompressobj(16 + zlib.MAX_WBITS)
                self._pending = rest
            data = self._d.unconsumed_tail or self._pending or self._read_raw()
            self._pending = b""
            if not data:
                raise EOFError("truncated gzip data (the stream ends inside a member)")
            out = self._d.decompress(data, min(size, CHUNK))
            if out:
                self._count(len(out))
                return out
        return b""

    def _read_raw(self) -> bytes:
        data = self.raw.read(CHUNK_IN)
        self.bytes_in += len(data)
        return data

    def _count(self, n: int) -> None:
        self.bytes_out += n
        if self.bytes_out > self.max_bytes:
            raise InputTooLarge(f"expands to more than {self.max_bytes:,} bytes "
                                "(limit NEWSGRAPH_MAX_EXPANDED_BYTES); not read further")
        if self.bytes_out > RATIO_GRACE and self.bytes_out > self.max_ratio * max(self.bytes_in, 1):
            raise InputTooLarge(f"expands more than {self.max_ratio}x ({self.bytes_in:,} compressed bytes gave "
                                f"{self.bytes_out:,}; limit NEWSGRAPH_MAX_EXPAND_RATIO): a compression bomb?"
                                "; not read further")


def open_input(raw: IO[bytes], *, gzipped: bool, max_bytes: int, max_ratio: int) -> IO[bytes]:
    """A buffered binary stream over `raw`, decompressed (with its caps) when `gzipped`."""
    if not gzipped:
        return raw if hasattr(raw, "peek") else io.BufferedReader(raw)   # type: ignore[arg-type]
    return io.BufferedReader(GzipStream(raw, max_bytes=max_bytes, max_ratio=max_ratio), CHUNK)


def read_capped(stream: IO[bytes], limit: int, what: str, setting: str) -> bytes:
    """All of `stream`, or InputTooLarge when it holds more than `limit` bytes (at most limit+1 read)."""
    data = stream.read(limit + 1)
    if len(data) > limit:
        raise InputTooLarge(f"too large: more than {limit:,} bytes {what} (limit {setting}); not read")
    return data


def is_gzip(stream: IO[bytes]) -> bool:
    """Whether a peekable stream starts with the gzip signature (nothing is consumed)."""
    return stream.peek(2)[:2] == GZIP_MAGIC    # type: ignore[attr-defined]
