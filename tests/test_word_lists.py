"""The rules' word lists live in data files (data/<stage>/word_lists.csv), each documented and named in the code."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from newsgraph.datafile import DataFileError, package_data, read_word_lists, word_list

SRC = Path(__file__).resolve().parents[1] / "src" / "newsgraph"
STAGES = ("patterns", "kb", "geo")
_NAMED = re.compile(r'word_list\(\s*"(\w+)",\s*"(\w+)"\s*\)')


def _named_in_code() -> set[tuple[str, str]]:
    return {m.groups() for p in SRC.rglob("*.py") for m in _NAMED.finditer(p.read_text(encoding="utf-8"))}


def test_every_list_is_documented_and_named_in_the_code_and_every_name_has_a_list():
    named = _named_in_code()
    in_files = {(stage, name) for stage in STAGES for name in read_word_lists(package_data(stage, "word_lists.csv"))}
    assert len(in_files) >= 35
    assert in_files - named == set(), "lists no rule reads"
    assert named - in_files == set(), "lists the code names but no file holds"


def test_words_are_kept_as_written_and_read_once():
    assert word_list("patterns", "TITLE_OPENERS") == {"The", "A", "An"}     # matched with the capital
    assert "communiqué" in word_list("patterns", "UTTERANCES")
    assert word_list("patterns", "FIRST_PERSON") is word_list("patterns", "FIRST_PERSON")


def test_an_unknown_list_names_the_file():
    with pytest.raises(KeyError, match=r"no word list 'NO_SUCH_LIST' in .*patterns/word_lists\.csv"):
        word_list("patterns", "NO_SUCH_LIST")


@pytest.mark.parametrize("row,message", [
    ("CAUSES,when|after|when,conjunctions", r"w\.csv:3: when listed twice in 'CAUSES'"),
    ("CAUSES,when||after,conjunctions", r"w\.csv:3: empty word in list 'CAUSES'"),
    ("CAUSES,when|after,", r"w\.csv:3: empty 'note' in entry 'CAUSES'"),
    ("CAUSES,,conjunctions", r"w\.csv:3: empty 'words' in entry 'CAUSES'"),
])
def test_a_bad_list_names_its_line(tmp_path, row, message):
    path = tmp_path / "w.csv"
    path.write_text(f"# lists\nid,words,note\n{row}\n", encoding="utf-8")
    with pytest.raises(DataFileError, match=message):
        read_word_lists(path)
