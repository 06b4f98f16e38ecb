"""The hand-written geo tables in newsgraph/data/geo/, read with their schemas (newsgraph.datafile).

A bad row raises DataFileError naming the file and line, so a typo cannot silently drop a place.
Each row keeps its line number under "line", for the cross-checks the gazetteer makes later.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any, Callable

from newsgraph.datafile import DataFileError, package_data, read_rows

DATA_DIR = package_data("geo")


def _opt_float(v: str) -> float | None:
    return float(v) if v else None


def _opt_int(v: str) -> int:
    return int(v) if v else 0


# file -> (columns, typed columns); the other columns are text and may be empty
SCHEMAS: dict[str, tuple[tuple[str, ...], dict[str, Callable[[str], Any]]]] = {
    "aliases.csv": (("alias", "kind", "target", "source"), {}),
    "country_points.csv": (("iso2", "source"), {"lat": float, "lon": float}),
    "admin1.csv": (("iso2", "admin1", "city", "name", "source"), {"lat": _opt_float, "lon": _opt_float}),
    "landmark_heads.csv": (("word", "source"), {}),
    "celestial.csv": (("kind", "word", "source"), {}),
    "region_demonyms.csv": (("demonym", "place", "source"), {}),
    "landmarks.csv": (("name", "source"), {"geonameid": int}),
    "places.csv": (("name", "feature", "iso2", "source"), {"lat": float, "lon": float, "population": _opt_int}),
}
_KINDS = {"country", "us_state", "admin1", "geonameid"}
_CELESTIAL_KINDS = {"body", "cue"}


def table_path(name: str, data_dir: Path = DATA_DIR) -> Path:
    return data_dir / name


def load_table(name: str, data_dir: Path = DATA_DIR) -> list[dict]:
    """The rows of one table of data/geo, checked against its schema (DataFileError on a bad row)."""
    columns, types = SCHEMAS[name]
    path = table_path(name, data_dir)
    rows: list[dict] = []
    for line, row in read_rows(path, optional=columns, types=types):
        if name == "aliases.csv" and row["kind"] not in _KINDS:
            raise DataFileError(path, line, f"kind must be one of {sorted(_KINDS)}")
        if name == "celestial.csv" and row["kind"] not in _CELESTIAL_KINDS:
            raise DataFileError(path, line, f"kind must be one of {sorted(_CELESTIAL_KINDS)}")
        if (row.get("lat") is None) != (row.get("lon") is None):
            raise DataFileError(path, line, "give both lat and lon, or neither")
        if row.get("lat") is not None and not (-90 <= row["lat"] <= 90 and -180 <= row["lon"] <= 180):
            raise DataFileError(path, line, "coordinates out of range")
        row["line"] = line
        rows.append(row)
    return rows
