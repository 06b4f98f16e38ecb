"""`newsgraph eval`: the help lists every task and suite; each suite's text report leads with the
measure it really computes (accuracies for actors, acc@161 km for geo resolution on gold spans),
while the JSON keeps its stable fields."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsgraph import eval as harness
from newsgraph.cli import main
from newsgraph.eval import EvalResult, format_result

EVAL_DATA = Path(__file__).resolve().parents[2] / "shared" / "eval"
needs_data = pytest.mark.skipif(not EVAL_DATA.is_dir(), reason="../shared/eval not available")


def run(*args: str):
    return CliRunner().invoke(main, ["eval", *args], catch_exceptions=False)


def headline(output: str) -> list[str]:
    """The labels of the report's lines between `n` and the first suite extra (the headline)."""
    labels = [re.split(r"\s{2,}| (?=[\d.n/-]+$)", ln, maxsplit=1)[0] for ln in output.splitlines()]
    return labels[2:5]


def test_help_lists_every_task_and_suite():
    r = run("--help")
    assert r.exit_code == 0
    listing = r.output.split("Tasks and their suites")[1]
    names = harness.available()
    assert "extraction/zyte" in names
    entries: dict[str, str] = {}          # task -> its suites, with the lines the help wraps joined
    for ln in listing.splitlines()[1:]:
        if re.match(r"^  \S", ln):
            task, _, rest = ln.strip().partition(" ")
            entries[task] = rest.strip()
        elif ln.strip() and entries:
            entries[task] += " " + ln.strip()
    for name in names:
        task, suite = name.split("/", 1)
        assert re.search(rf"(^|[ ,]){re.escape(suite)}( \(default\))?(,|$)", entries[task]), name
    assert "zyte (default)" in listing and "lgl (default)" in listing


def test_unknown_task_or_suite_is_one_line_naming_the_choices():
    r = run("nope")
    assert r.exit_code == 1 and r.output.count("\n") == 1 and "tasks: actors, events, extraction" in r.output
    r = run("geo", "--suite", "nope")
    assert r.exit_code == 1 and r.output.count("\n") == 1 and "suites: lgl" in r.output


def test_report_uses_the_suites_own_labels():
    plain = EvalResult("x/y", 3, 0.5, 0.25, 1 / 3)
    assert headline(format_result(plain)) == ["precision", "recall", "f1"]
    acc = EvalResult("x/acc", 3, 0.9, 0.8, 0.7, headline={"country accuracy": 0.9, "median error km": None})
    text = format_result(acc)
    assert "precision" not in text and "recall" not in text and "country accuracy 0.900" in text
    assert "median error km  n/a" in text
    both = EvalResult("x/acc", 3, 0.9, 0.8, 0.7, extra={"strict_acc": 0.9, "pronoun_speakers": 5},
                      headline={"strict accuracy": 0.9})
    text = format_result(both)
    assert "strict_acc" not in text and "strict accuracy" in text and "pronoun_speakers" in text
    assert acc.to_json()["precision"] == 0.9 and acc.to_json()["headline"]["country accuracy"] == 0.9


@needs_data
def test_eval_actors_prints_accuracies_not_precision_recall():
    r = run("actors", "--misses", "0")
    assert r.exit_code == 0, r.output
    assert headline(r.output) == ["country accuracy", "sector accuracy", "code accuracy"]
    assert not re.search(r"^(precision|recall|f1)\b", r.output, re.M)
    d = json.loads(run("actors", "--json", "--misses", "0").output)
    assert d["f1"] == d["headline"]["code accuracy"] == d["exact_acc"]          # JSON fields unchanged


@needs_data
def test_eval_geo_on_gold_spans_headlines_acc_at_161km():
    r = run("geo", "-o", "gold_spans=1", "-o", "limit=4", "--misses", "0")
    assert r.exit_code == 0, r.output
    assert headline(r.output) == ["acc@161km", "country accuracy", "median error km"]
    assert not re.search(r"^(precision|recall|f1)\b", r.output, re.M)
    d = json.loads(run("geo", "-o", "gold_spans=1", "-o", "limit=4", "--json", "--misses", "0").output)
    assert d["headline"]["acc@161km"] == d["acc_161km"] and "f1" in d
    end_to_end = run("geo", "-o", "limit=2", "--misses", "0").output
    assert headline(end_to_end) == ["precision", "recall", "f1"] and "acc@161km" in end_to_end
