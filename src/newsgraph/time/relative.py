"""Normalisers of times told relative to the publication date: weekdays, "yesterday", "last month", "two
weeks ago", quarters, halves, seasons, clock times and anaphors ("that day"). Registered by name with
values.norm (data/time/rules.tsv); without a publication date they keep their shape with X digits.
"""
from __future__ import annotations

import datetime as dt
import re

from newsgraph.time import anchor as A
from newsgraph.time.anchor import FUTURE, PAST
from newsgraph.time.absolute import date
from newsgraph.time.values import (GRANULARITY, Ctx, Norm, clean, date_mod, known_or, month_number, norm, number,
                                   quant_mod, unit_code, weekday_number)


def part_of_day(g: dict, ctx: Ctx) -> str | None:
    p = g.get("pod") or g.get("pod2")
    return ctx.lex.value("part_of_day", p) if p else None


@norm
def weekday(g: dict, ctx: Ctx) -> Norm | None:
    wd = weekday_number(g.get("weekday"), ctx)
    if wd is None:
        return None
    pod, mod = part_of_day(g, ctx), date_mod(g, ctx)
    rel = clean(g.get("rel"))
    if ctx.dct is None:
        value = f"XXXX-WXX-{wd}"
    else:
        if rel in ("last", "past", "this past"):
            d = A.shift_weekday(ctx.dct, wd, -1)
        elif rel in ("next", "coming", "this coming"):
            d = A.shift_weekday(ctx.dct, wd, +1)
        elif rel == "this":
            tense = ctx.tense()
            d = A.anchor_weekday(ctx.dct, wd, A.PAST if tense == PAST else FUTURE)
        else:
            d = A.anchor_weekday(ctx.dct, wd, ctx.tense())
        value = d.isoformat()
    if pod:
        return Norm(f"{value}T{pod}", "TIME", "part_of_day", mod)
    return Norm(value, "DATE", "day", mod)


_RELDAY = {"today": 0, "tonight": 0, "overnight": 0, "yesterday": -1, "tomorrow": 1,
           "this": 0, "last": -1, "the day before yesterday": -2, "the day after tomorrow": 2}


@norm
def rel_day(g: dict, ctx: Ctx) -> Norm | None:
    word = clean(g["relday"])
    pod = part_of_day(g, ctx) or {"tonight": "NI", "overnight": "NI"}.get(word)
    if word == "last" and pod != "NI":
        return None                   # 'last morning' is not an expression we anchor
    mod = date_mod(g, ctx)
    value = known_or(ctx.dct, lambda: (ctx.dct + dt.timedelta(days=_RELDAY[word])).isoformat(),
               "XXXX-XX-XX")
    if pod:
        return Norm(f"{value}T{pod}", "TIME", "part_of_day", mod)
    return Norm(value, "DATE", "day", mod)


def _direction(rel: str) -> int:
    if rel in ("last", "past", "previous", "this past", "the past", "the last", "the previous"):
        return -1
    if rel in ("next", "coming", "this coming", "the next", "the coming", "the following"):
        return 1
    return 0


@norm
def rel_unit(g: dict, ctx: Ctx) -> Norm | None:
    rel, unit = clean(g.get("rel")), clean(g.get("runit"))
    mod = date_mod(g, ctx) or ("END" if clean(g.get("dmod")) == "end" else None)
    step = _direction(rel)
    dct = ctx.dct
    season = ctx.lex.value("season", unit)
    if unit == "weekend" and rel == "the" and dct is not None:
        step = 0 if dct.isoweekday() >= 6 else (1 if ctx.tense() == FUTURE else -1)
    if dct is None:
        unknown = {"week": "XXXX-WXX", "weekend": "XXXX-WXX-WE", "month": "XXXX-XX",
                   "quarter": "XXXX-QX", "year": "XXXX", "decade": "XXXX", "century": "XX"}
        return Norm(unknown.get(unit, f"XXXX-{season}" if season else None), "DATE", unit, mod)
    if unit == "week":
        return Norm(A.fmt_week(dct + dt.timedelta(weeks=step)), "DATE", "week", mod)
    if unit == "weekend":
        return Norm(A.fmt_week(dct + dt.timedelta(weeks=step)) + "-WE", "DATE", "week", mod)
    if unit == "month":
        d = A.add_months(dct, step)
        return Norm(A.fmt_month(d.year, d.month), "DATE", "month", mod)
    if unit == "quarter":
        q = (dct.year * 4 + A.quarter_of(dct) - 1) + step
        return Norm(f"{q // 4:04d}-Q{q % 4 + 1}", "DATE", "quarter", mod)
    if unit == "year":
        return Norm(f"{dct.year + step:04d}", "DATE", "year", mod)
    if unit == "decade":
        return Norm(f"{dct.year // 10 + step:03d}X", "DATE", "decade", mod)
    if unit == "century":
        return Norm(f"{dct.year // 100 + step:02d}", "DATE", "century", mod)
    if season:
        cur = A.SEASON_ORDER[A.season_of(dct)]
        want = A.SEASON_ORDER[season]
        y = dct.year
        if step < 0 and want >= cur:
            y -= 1
        elif step > 0 and want <= cur:
            y += 1
        return Norm(f"{y:04d}-{season}", "DATE", "season", mod)
    return None


@norm
def rel_month(g: dict, ctx: Ctx) -> Norm | None:
    g = dict(g)
    if not g.get("month"):
        g["month"] = "May"
    month = month_number(g, ctx)
    if month is None:
        return None
    mod = date_mod(g, ctx)
    if ctx.dct is None:
        return Norm(f"XXXX-{month:02d}", "DATE", "month", mod)
    step = _direction(clean(g.get("rel")))
    y = ctx.dct.year
    if step < 0 and month >= ctx.dct.month:
        y -= 1
    elif step > 0 and month <= ctx.dct.month:
        y += 1
    return Norm(A.fmt_month(y, month), "DATE", "month", mod)


@norm
def date_rel_year(g: dict, ctx: Ctx) -> Norm | None:
    """'June last year', 'January this year'."""
    g = dict(g)
    g["month"] = g.get("month") or "May"
    month = month_number(g, ctx)
    if month is None:
        return None
    if ctx.dct is None:
        return Norm(f"XXXX-{month:02d}", "DATE", "month", date_mod(g, ctx))
    y = ctx.dct.year + _direction(clean(g.get("rel")))
    return Norm(A.fmt_month(y, month), "DATE", "month", date_mod(g, ctx))


def _last_quarter(dct: dt.date) -> int:
    """Index (year*4 + q-1) of the last completed quarter ('the quarter' in results news)."""
    return dct.year * 4 + A.quarter_of(dct) - 2


def _fmt_q(n: int) -> str:
    return f"{n // 4:04d}-Q{n % 4 + 1}"


@norm
def year_ago_adj(g: dict, ctx: Ctx) -> Norm | None:
    """'year-earlier' -> last year; 'the year-ago quarter' -> the reported quarter a year back."""
    unit = clean(g["yago"])
    if g.get("period"):
        if ctx.dct is None:
            return Norm("XXXX-QX", "DATE", "quarter")
        if g.get("ord"):
            q = int(ctx.lex.value("ordinal", g["ord"]))
            return Norm(f"{ctx.dct.year - 1:04d}-Q{q}", "DATE", "quarter")
        return Norm(_fmt_q(_last_quarter(ctx.dct) - 4), "DATE", "quarter")
    return shifted(ctx, {"year": "Y", "month": "M", "quarter": "Q", "week": "W"}[unit], -1, None)


def shifted(ctx: Ctx, unit: str, n: float | str, mod: str | None) -> Norm | None:
    """The publication date moved by n units, written at the unit's granularity."""
    gran = GRANULARITY.get(unit, "day")
    if n == "X":
        return None
    n = int(n) if float(n).is_integer() else n
    if not isinstance(n, int):
        return None
    dct = ctx.dct
    if dct is None:
        unknown = {"Y": "XXXX", "M": "XXXX-XX", "W": "XXXX-WXX", "Q": "XXXX-QX", "DE": "XXXX",
                   "CE": "XX"}
        return Norm(unknown.get(unit, "XXXX-XX-XX"), "DATE", gran, mod)
    if unit == "Y":
        return Norm(f"{dct.year + n:04d}", "DATE", gran, mod)
    if unit == "M":
        d = A.add_months(dct, n)
        return Norm(A.fmt_month(d.year, d.month), "DATE", gran, mod)
    if unit in ("W", "2W"):
        return Norm(A.fmt_week(dct + dt.timedelta(weeks=n * (2 if unit == "2W" else 1))), "DATE",
                    "week", mod)
    if unit == "Q":
        q = dct.year * 4 + A.quarter_of(dct) - 1 + n
        return Norm(f"{q // 4:04d}-Q{q % 4 + 1}", "DATE", gran, mod)
    if unit == "DE":
        return Norm(f"{(dct.year + 10 * n) // 10:03d}X", "DATE", gran, mod)
    if unit == "CE":
        return Norm(f"{(dct.year + 100 * n) // 100:02d}", "DATE", gran, mod)
    if unit == "D":
        return Norm((dct + dt.timedelta(days=n)).isoformat(), "DATE", gran, mod)
    return Norm(dct.isoformat(), "DATE", "day", mod)          # hours/minutes ago: that day


@norm
def ago(g: dict, ctx: Ctx) -> Norm | None:
    n, unit = number(g.get("num"), ctx), unit_code(g.get("unit"), ctx)
    if n is None or unit is None:
        return None
    word = clean(g["ago"])
    sign = -1 if word in ("ago", "earlier", "before", "previously") else 1
    mod = {"MORE_THAN": "BEFORE" if sign < 0 else "AFTER",
           "LESS_THAN": "AFTER" if sign < 0 else "BEFORE"}.get(quant_mod(g, ctx) or "", quant_mod(g, ctx))
    if n == "X":
        return Norm("PAST_REF" if sign < 0 else "FUTURE_REF", "DATE", None, mod)
    if unit == "Y" and n == 1 and ctx.dct is not None and _QUARTER_TALK.search(ctx.sentence()):
        # 'profit rose from $3 million a year earlier' in quarterly results: that quarter last year
        return Norm(_fmt_q(_last_quarter(ctx.dct) + 4 * sign), "DATE", "quarter", mod)
    return shifted(ctx, unit, sign * n, mod)


_QUARTER_TALK = re.compile(r"\b(?:quarter|quarterly)\b", re.IGNORECASE)


@norm
def quarter(g: dict, ctx: Ctx) -> Norm | None:
    raw = clean(g.get("ord"))
    q = ctx.lex.value("ordinal", raw) if not raw.startswith("q") else raw[1:]
    mod = date_mod(g, ctx)
    year_s = g.get("year") or g.get("year2") or g.get("year3")
    if g.get("qrel") and ctx.dct is not None:
        year_s = str(ctx.dct.year + _direction(clean(g["qrel"])))
    if raw == "quarter":       # 'the quarter', 'the latest quarter': the last one reported
        q = "L"
    if q == "L":
        if ctx.dct is None:
            return Norm("XXXX-QX", "DATE", "quarter", mod)
        n = ctx.dct.year * 4 + A.quarter_of(ctx.dct) - 2
        return Norm(f"{n // 4:04d}-Q{n % 4 + 1}", "DATE", "quarter", mod)
    if not q or not q.isdigit() or not 1 <= int(q) <= 4:
        return None
    q = int(q)
    if year_s:
        y = int(year_s)
    elif ctx.dct is None:
        return Norm(f"XXXX-Q{q}", "DATE", "quarter", mod)
    else:
        y = ctx.dct.year
        if ctx.tense() == PAST and q > A.quarter_of(ctx.dct):
            y -= 1
    return Norm(f"{y:04d}-Q{q}", "DATE", "quarter", mod)


@norm
def half(g: dict, ctx: Ctx) -> Norm | None:
    h = ctx.lex.value("ordinal", g.get("ord") or "")
    h = {"1": 1, "2": 2, "L": 2}.get(h or "")
    if h is None:
        return None
    if g.get("year"):
        y = g["year"]
    elif ctx.dct is None:
        return Norm(f"XXXX-H{h}", "DATE", "half")
    else:
        y = f"{ctx.dct.year:04d}"
    return Norm(f"{y}-H{h}", "DATE", "half")


@norm
def season(g: dict, ctx: Ctx) -> Norm | None:
    code = ctx.lex.value("season", g["season"])
    mod = date_mod(g, ctx)
    if g.get("year"):
        return Norm(f"{g['year']}-{code}", "DATE", "season", mod)
    if ctx.dct is None:
        return Norm(f"XXXX-{code}", "DATE", "season", mod)
    y, tense = ctx.dct.year, ctx.tense()
    cur, want = A.SEASON_ORDER[A.season_of(ctx.dct)], A.SEASON_ORDER[code]
    if tense == PAST and want > cur:
        y -= 1
    elif tense == FUTURE and want < cur:
        y += 1
    return Norm(f"{y:04d}-{code}", "DATE", "season", mod)


_WORD_HOURS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
               "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}


@norm
def clock(g: dict, ctx: Ctx) -> Norm | None:
    named = clean(g.get("named"))
    if named:
        hh, mm = (24, 0) if named == "midnight" else (12, 0)
    else:
        raw = clean(g["hh"])
        hh = int(raw) if raw.isdigit() else _WORD_HOURS.get(raw)
        mm = int(g["mm"]) if g.get("mm") else 0
        if hh is None or hh > 24:
            return None
        ampm = clean(g.get("ampm")).replace(".", "")
        if ampm:
            if not 1 <= hh <= 12:
                return None
            hh = hh % 12 + (12 if ampm == "pm" else 0)
    dct = ctx.dct
    wd = weekday_number(g.get("weekday"), ctx)
    if dct is None:
        day = f"XXXX-WXX-{wd}" if wd else "XXXX-XX-XX"
    elif wd:
        day = A.anchor_weekday(dct, wd, ctx.tense()).isoformat()
    elif g.get("relday"):
        day = (dct + dt.timedelta(days=_RELDAY[clean(g["relday"])])).isoformat()
    elif g.get("month") and g.get("day"):
        d = date(g, ctx)
        if d is None:
            return None
        day = d.value
    else:
        day = "@D+0"                            # the day last mentioned (normalise.py)
    # ISO 8601 marks UTC with Z; other zones are kept as local time
    zone = "Z" if clean(g.get("tz")) in ("gmt", "utc", "z") else ""
    return Norm(f"{day}T{hh:02d}:{mm:02d}{zone}", "TIME", "minute", date_mod(g, ctx))


_ANA_STEP = {"that": 0, "that same": 0, "the same": 0, "the next": 1, "the following": 1,
             "the previous": -1, "the preceding": -1, "the prior": -1, "before": -1,
             "earlier": -1, "after": 1, "later": 1}


@norm
def anaphor(g: dict, ctx: Ctx) -> Norm | None:
    """'that day', 'the next morning', 'the following year', 'the day before': relative to the
    last date the text mentioned. The value is a placeholder (@UNIT±N or @P+code) that
    normalise.resolve_anaphors fills in, in text order."""
    unit = clean(g["aunit"])
    step = _ANA_STEP[clean(g["ana"])]
    pod = ctx.lex.value("part_of_day", unit)
    mod = date_mod(g, ctx)
    if pod:                                   # 'the next morning' -> next day + TMO
        return Norm(f"@D{step:+d}T{pod}", "TIME", "part_of_day", mod)
    code = {"day": "D", "week": "W", "month": "M", "year": "Y"}[unit]
    return Norm(f"@{code}{step:+d}", "DATE", {"D": "day", "W": "week", "M": "month",
                                              "Y": "year"}[code], mod)
