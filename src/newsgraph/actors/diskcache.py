"""Derived knowledge-base structures kept on disk between processes (the name index, the filtered
Phoenix tables), in the cache directory of the settings (`NEWSGRAPH_CACHE`).

An entry is a marshal file named after a hash of everything it was built from -- the KB files, the module
that builds it and a version -- so a changed input builds a new entry instead of reading a stale one. A
cache that cannot be read or written only costs a rebuild.
"""
from __future__ import annotations

import hashlib
import marshal
import os
import tempfile
from pathlib import Path
from typing import Any, Callable


def kb_cache_path(prefix: str, kb_dir: Path, *sources: str | Path) -> Path:
    """The cache file for a structure built from every table under `kb_dir` and `sources` (module files,
    version strings)."""
    from newsgraph.settings import get_settings

    h = hashlib.sha1()
    for s in sources:
        h.update(Path(s).read_bytes() if isinstance(s, Path) else s.encode())
    for p in sorted(kb_dir.rglob("*.csv")):
        h.update(p.name.encode())
        h.update(p.read_bytes())
    return get_settings().cache_path / f"{prefix}-{h.hexdigest()[:12]}.marshal"


def load_or_build(path: Path, build: Callable[[], Any]) -> Any:
    """The marshalled value at `path`, else `build()` (written to `path` for the next process)."""
    try:
        return marshal.loads(path.read_bytes())
    except (OSError, EOFError, TypeError, ValueError):
        pass
    data = build()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.stem}-", suffix=".tmp")
        with os.fdopen(fd, "wb") as fh:
            fh.write(marshal.dumps(data))
        os.replace(tmp, path)
    except OSError:
        pass   # a read-only cache dir only costs a rebuild next time
    return data
