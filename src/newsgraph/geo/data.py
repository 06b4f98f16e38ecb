"""Loaders for the hand-written geo data files in newsgraph/data/geo/ (schema-checked).

A bad row raises ValueError naming the file and line, so a typo cannot silently drop a place.
"""
from __future__ import annotations

import csv
from pathlib import Path
from typing import Callable

DATA_DIR = Path(__file__).resolve().parents[1] / "data" / "geo"


def _float(v: str) -> float:
    return float(v)


def _opt_float(v: str) -> float | None:
    return float(v) if v.strip() else None


def _opt_int(v: str) -> int:
    return int(v) if v.strip() else 0


SCHEMAS: dict[str, dict[str, Callable[[str], object]]] = {
    "aliases.csv": {"id": str, "alias": str, "kind": str, "target": str, "source": str},
    "demonyms.csv": {"id": str, "demonym": str, "iso2": str, "source": str},
    "country_points.csv": {"id": str, "iso2": str, "lat": _float, "lon": _float, "source": str},
    "admin1.csv": {"id": str, "iso2": str, "admin1": str, "city": str, "name": str,
                   "lat": _opt_float, "lon": _opt_float, "source": str},
    "landmark_heads.csv": {"id": str, "word": str, "source": str},
    "region_demonyms.csv": {"id": str, "demonym": str, "place": str, "source": str},
    "landmarks.csv": {"id": str, "name": str, "geonameid": int, "source": str},
    "places.csv": {"id": str, "name": str, "feature": str, "iso2": str, "lat": _float,
                   "lon": _float, "population": _opt_int, "source": str},
}
_KINDS = {"country", "us_state", "admin1", "geonameid"}


def load_table(name: str, data_dir: Path = DATA_DIR) -> list[dict]:
    """Read one CSV from data/geo with its schema; ValueError('file:line: ...') on a bad row."""
    schema = SCHEMAS[name]
    path = data_dir / name
    rows: list[dict] = []
    seen: set[str] = set()
    with open(path, encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        missing = set(schema) - set(reader.fieldnames or [])
        if missing:
            raise ValueError(f"{path}:1: missing columns {sorted(missing)}")
        for row in reader:
            line = reader.line_num
            out = {}
            for col, conv in schema.items():
                raw = row.get(col)
                if raw is None:
                    raise ValueError(f"{path}:{line}: missing value for {col!r}")
                try:
                    out[col] = conv(raw.strip()) if conv is not str else raw.strip()
                except ValueError as exc:
                    raise ValueError(f"{path}:{line}: bad {col!r} value {raw!r} ({exc})") from None
            if not out["id"]:
                raise ValueError(f"{path}:{line}: empty id")
            if out["id"] in seen:
                raise ValueError(f"{path}:{line}: duplicate id {out['id']!r}")
            seen.add(out["id"])
            if name == "aliases.csv" and out["kind"] not in _KINDS:
                raise ValueError(f"{path}:{line}: kind must be one of {sorted(_KINDS)}")
            if (out.get("lat") is None) != (out.get("lon") is None):
                raise ValueError(f"{path}:{line}: give both lat and lon, or neither")
            if out.get("lat") is not None and not (-90 <= out["lat"] <= 90 and -180 <= out["lon"] <= 180):
                raise ValueError(f"{path}:{line}: coordinates out of range")
            rows.append(out)
    return rows
