"""A timeline places an event only in a period its date really falls in (store/imprecise.py), on both
backends: an event dated only to a month or a year is left out of the periods of a finer interval and
reported apart, instead of being counted on the first day of its month or year."""
from __future__ import annotations

import datetime as dt

import pytest

from newsgraph.records import Actor
from newsgraph.store import open_store
from newsgraph.store.imprecise import _first_days, period_end, place_precisely

from test_store import XI, event, make_analysis

USA = Actor(id=Actor.make_id("United States", "USA"), name="United States", kind="COUNTRY", country="USA")
TEXT = ("Xi met Biden in Geneva on June 19. Xi will visit Washington in July. Xi thanked Washington on July 1. "
        "Xi may visit Washington next year.")


def _analysis():
    s = TEXT.split(". ")
    return make_analysis(TEXT, url="http://t.example/1", source="Tau", published=dt.date(2024, 6, 20),
                         actors=[XI, USA], events=[
        event(s[0] + ".", "040", XI, USA, date="2024-06-19", date_precision="day", goldstein=1.0),
        event(s[1] + ".", "036", XI, USA, date="2024-07", date_precision="month", goldstein=4.0,
              quad_class=1),
        event(s[2] + ".", "051", XI, USA, date="2024-07-01", date_precision="day", goldstein=3.4,
              quad_class=1, sentence=2),
        event(s[3], "036", XI, USA, date="2025", date_precision="year", goldstein=4.0, quad_class=1,
              sentence=3)])


@pytest.fixture()
def store(db_target):
    with open_store(db_target) as s:
        s.write([_analysis()])
        yield s


def _timeline(store, interval):
    res = store.timeline(interval, modality="all")
    return place_precisely(store, res.meta["interval"], res.rows, res.meta["window"], {"modality": "all"})


def test_a_week_holds_only_events_dated_to_a_day(store):
    periods, imprecise = _timeline(store, "week")
    assert [(p["period"], p["total"], p["goldstein_mean"]) for p in periods] == [
        ("2024-06-17", 1, 1.0), ("2024-07-01", 1, 3.4)]          # no week of 2024-12-30 for "2025"
    assert [(r["date"], r["precision"], r["period"], r["total"], r["q1"]) for r in imprecise] == [
        ("2024-07", "month", "2024-07-01", 1, 1), ("2025", "year", "2024-12-30", 1, 1)]


def test_a_month_holds_events_dated_to_the_month_and_a_year_nothing_is_left_out(store):
    periods, imprecise = _timeline(store, "month")
    assert [(p["period"], p["total"]) for p in periods] == [("2024-06-01", 1), ("2024-07-01", 2)]
    assert [(r["date"], r["period"]) for r in imprecise] == [("2025", "2025-01-01")]
    periods, imprecise = _timeline(store, "year")
    assert [(p["period"], p["total"]) for p in periods] == [("2024-01-01", 3), ("2025-01-01", 1)]
    assert imprecise == []


def test_every_event_is_in_a_period_or_apart(store):
    for interval in ("day", "week", "month", "year"):
        periods, imprecise = _timeline(store, interval)
        assert sum(p["total"] for p in periods) + sum(r["total"] for r in imprecise) == 4, interval


def test_period_ends_and_first_days():
    assert period_end(dt.date(2024, 12, 30), "week") == dt.date(2025, 1, 5)
    assert period_end(dt.date(2024, 2, 1), "month") == dt.date(2024, 2, 29)
    assert period_end(dt.date(2024, 1, 1), "year") == dt.date(2024, 12, 31)
    assert _first_days(dt.date(2024, 11, 15), dt.date(2025, 2, 1), months=True) == [
        dt.date(2024, 12, 1), dt.date(2025, 1, 1), dt.date(2025, 2, 1)]
    assert _first_days(dt.date(2024, 11, 15), dt.date(2026, 2, 1), months=False) == [
        dt.date(2025, 1, 1), dt.date(2026, 1, 1)]


def test_the_timeline_command_leaves_them_out_and_says_so(tmp_path):
    import json

    from click.testing import CliRunner

    from newsgraph.cli import main

    path = str(tmp_path / "t.duckdb")
    with open_store(path) as s:
        s.write([_analysis()])
    run = lambda *a: CliRunner().invoke(main, ["timeline", "--db", path, "--all-modalities", *a])  # noqa: E731
    out = json.loads(run("--interval", "week", "--json").output)
    assert [p["period"] for p in out["periods"]] == ["2024-06-17", "2024-07-01"]
    assert [r["date"] for r in out["imprecise"]] == ["2024-07", "2025"]
    table = run("--interval", "week").output
    assert "2024-12-30" not in table
    assert "(2 periods, by week); 2 events dated only to a month or a year left out" in table
    assert "1 event dated only to a year left out" in run("--interval", "month").output


@pytest.mark.parametrize("total,n,mean", [("0.25", 4, 0.063), ("-0.25", 4, -0.063), ("0.05", 4, 0.013),
                                          ("7", 2, 3.5), ("0", 0, None)])
def test_a_recomputed_mean_rounds_half_away_from_zero_as_the_sql_does(total, n, mean):
    """A period that loses imprecise events gets its mean recomputed in Python; it must round as the
    store's SQL rounds every other period's mean (half away from zero), not as round() does (half to even)."""
    from decimal import Decimal

    from newsgraph.store.imprecise import mean_goldstein
    assert mean_goldstein(Decimal(total), n) == mean


def test_the_sql_mean_rounds_half_away_from_zero(store):
    """The rule mean_goldstein mirrors, checked on the backend itself."""
    from newsgraph.store.aggregates import _round3
    assert store.query(f"SELECT {_round3('CAST(0.25 AS DOUBLE PRECISION) / 4')} AS m")[0]["m"] == 0.063
    assert store.query(f"SELECT {_round3('CAST(-0.25 AS DOUBLE PRECISION) / 4')} AS m")[0]["m"] == -0.063
