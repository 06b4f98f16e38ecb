"""Normaliser functions: a rule's match groups + the publication date -> TIMEX3 value.

Each function is named in data/time/rules.tsv (column norm) and returns a `Norm`, or None to
drop the match (e.g. 'February 30'). Without a publication date, relative expressions keep
their shape with X for the unknown digits (XXXX-WXX-3, XXXX-06) -- never today's date.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Callable

from newsgraph.time import anchor as A
from newsgraph.time.anchor import FUTURE, PAST


@dataclass
class Norm:
    value: str | None
    type: str | None = None          # None: the rule's type
    granularity: str | None = None
    mod: str | None = None


@dataclass
class Ctx:
    """What a normaliser may look at besides its match groups."""

    dct: dt.date | None
    lex: object                      # rules.Lexicon
    tense: Callable[[], str]         # lazily computed tense of the clause
    sentence: Callable[[], str] = lambda: ""   # the sentence around the expression


NORMALISERS: dict[str, Callable[[dict, Ctx], Norm | None]] = {}


def norm(func):
    NORMALISERS[func.__name__] = func
    return func


# ---------------------------------------------------------------- helpers

_GRAN = {"Y": "year", "M": "month", "W": "week", "D": "day", "TH": "hour", "TM": "minute",
         "S": "second", "DE": "decade", "CE": "century", "Q": "quarter", "2W": "week"}
_WS = re.compile(r"\s+")


def _clean(s: str | None) -> str:
    return _WS.sub(" ", s.strip().lower()) if s else ""


def _month(g: dict, ctx: Ctx) -> int | None:
    m = g.get("month")
    if not m:
        return None
    v = ctx.lex.value("month", m) or ctx.lex.value("month_abbr", m) \
        or ctx.lex.value("month_abbr", m.rstrip(".")) or ctx.lex.value("month_abbr", m + ".")
    return int(v) if v else None


def _weekday(name: str | None, ctx: Ctx) -> int | None:
    if not name:
        return None
    v = ctx.lex.value("weekday", name)
    return int(v) if v else None


def _dmod(g: dict, ctx: Ctx) -> str | None:
    d = g.get("dmod")
    return (ctx.lex.value("date_mod", d) or None) if d else None


def _qmod(g: dict, ctx: Ctx) -> str | None:
    q = g.get("qmod")
    return (ctx.lex.value("quant_mod", q) or None) if q else None


def number(s: str | None, ctx: Ctx) -> float | str | None:
    """'two' -> 2, 'twenty-five' -> 25, '1.5' -> 1.5, 'several' -> 'X'."""
    s = _clean(s)
    if not s:
        return None
    frac = re.fullmatch(r"(\d+)\s+1/2", s)
    if frac:
        return int(frac.group(1)) + 0.5
    if re.fullmatch(r"\d+(?:\.\d+)?", s):
        f = float(s)
        return int(f) if f.is_integer() else f
    v = ctx.lex.value("cardinal", s) or ctx.lex.value("number", s)
    if v is not None:
        return "X" if v == "X" else int(v)
    parts = re.split(r"[\s-]+", s)
    if len(parts) == 2:
        a, b = ctx.lex.value("cardinal", parts[0]), ctx.lex.value("cardinal", parts[1])
        if a and b and a != "X" and b != "X":
            return int(a) + int(b)
    return None


def unit_code(s: str | None, ctx: Ctx) -> str | None:
    s = _clean(s).rstrip(".")
    if not s:
        return None
    for cand in (s, s[:-1] if s.endswith("s") else s, s[:-3] + "y" if s.endswith("ies") else s):
        v = ctx.lex.value("unit", cand)
        if v:
            return v
    return None


def _num_str(n: float | str) -> str:
    if isinstance(n, float) and n.is_integer():
        n = int(n)
    return str(n)


def duration_value(n: float | str, unit: str) -> str:
    """P2Y, PT2H, P1DE, PXY ... (unit: a TIMEX3 unit code from the lexicon)."""
    if unit == "2W":
        n, unit = ("X" if n == "X" else n * 2), "W"
    if unit in ("TH", "TM"):
        return f"PT{_num_str(n)}{unit[1]}"
    if unit == "S":
        return f"PT{_num_str(n)}S"
    return f"P{_num_str(n)}{unit}"


def _x(dct: dt.date | None, value: Callable[[], str], unknown: str) -> str:
    return value() if dct is not None else unknown


# ---------------------------------------------------------------- absolute dates

@norm
def iso(g: dict, ctx: Ctx) -> Norm | None:
    try:
        d = dt.date(int(g["year"]), int(g["m"]), int(g["d"]))
    except ValueError:
        return None
    if g.get("hh"):
        return Norm(f"{d.isoformat()}T{g['hh']}:{g['mm']}", "TIME", "minute")
    return Norm(d.isoformat(), "DATE", "day")


@norm
def slash_date(g: dict, ctx: Ctx) -> Norm | None:
    a, b, y = int(g["a"]), int(g["b"]), int(g["y"])
    if y < 100:
        y += 2000 if y < 50 else 1900
    m, d = (a, b) if a <= 12 else (b, a)       # US order unless impossible
    try:
        return Norm(dt.date(y, m, d).isoformat(), "DATE", "day")
    except ValueError:
        return None


@norm
def date(g: dict, ctx: Ctx) -> Norm | None:
    """Month names with or without day and year; the year is inferred from tense when absent."""
    month = _month(g, ctx)
    if month is None:
        return None
    mod = _dmod(g, ctx)
    day = int(re.match(r"\d+", g["day"]).group()) if g.get("day") else None
    year = int(g["year"]) if g.get("year") else None
    if day is not None:
        if year is None:
            if ctx.dct is None:
                try:
                    dt.date(2000, month, day)           # a leap year: Feb 29 is a real date
                except ValueError:
                    return None
                return Norm(f"XXXX-{month:02d}-{day:02d}", "DATE", "day", mod)
            year = A.infer_year(ctx.dct, month, day, ctx.tense())
        try:
            return Norm(dt.date(year, month, day).isoformat(), "DATE", "day", mod)
        except ValueError:
            return None
    if year is None:
        if ctx.dct is None:
            return Norm(f"XXXX-{month:02d}", "DATE", "month", mod)
        year = A.infer_year(ctx.dct, month, None, ctx.tense())
    return Norm(A.fmt_month(year, month), "DATE", "month", mod)


@norm
def year(g: dict, ctx: Ctx) -> Norm | None:
    return Norm(g["year"], "DATE", "year", _dmod(g, ctx))


@norm
def spoken_year(g: dict, ctx: Ctx) -> Norm | None:
    """'nineteen ninety-six' -> 1996, 'two thousand and one' -> 2001 (transcribed speech)."""
    words = [w for w in re.split(r"[\s-]+", _clean(g["spoken"])) if w != "and"]
    if words[:2] == ["two", "thousand"]:
        base, rest = 2000, words[2:]
    else:
        base, rest = 1900, words[1:]
    if not rest and base == 1900:
        return None          # a bare 'nineteen' is a number
    # 'hundred' only closes the century ("nineteen hundred" = 1900); the rest are added up
    rest = [ctx.lex.value("cardinal", w) for w in rest if w != "hundred"]
    return Norm(f"{base + sum(int(v) for v in rest if v):04d}", "DATE", "year")


@norm
def decade(g: dict, ctx: Ctx) -> Norm | None:
    raw = (g.get("decade") or "").strip("'").lower()
    words = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6,
             "seventies": 7, "eighties": 8, "nineties": 9}
    if raw in words:
        value = f"19{words[raw]}X"
    elif len(raw) == 4:
        value = raw[:3] + "X"
    else:                 # "the '90s": the latest such decade that has begun by the DCT
        d = int(raw[0])
        ref_year = ctx.dct.year if ctx.dct else 2000
        value = f"20{d}X" if 2000 + 10 * d <= ref_year else f"19{d}X"
    return Norm(value, "DATE", "decade", _dmod(g, ctx))


@norm
def century(g: dict, ctx: Ctx) -> Norm | None:
    raw = _clean(g["century"])
    # Word ordinals also hold relative ones ("last" = L): "the last century" is left to the relative rule.
    number = re.match(r"\d+", raw).group() if raw[0].isdigit() else str(ctx.lex.value("ordinal", raw) or "")
    if not number.isdigit() or not int(number):
        return None
    n = int(number)
    return Norm(f"{n - 1:02d}", "DATE", "century", _dmod(g, ctx))


@norm
def holiday(g: dict, ctx: Ctx) -> Norm | None:
    rule = ctx.lex.value("holiday", g["holiday"])
    if not rule:
        return None

    def on(y: int) -> dt.date:
        if rule.startswith("easter"):
            return A.easter(y) + dt.timedelta(days=int(rule[6:] or 0))
        parts = rule.split("-")
        if len(parts) == 2:
            return dt.date(y, int(parts[0]), int(parts[1]))
        return A.nth_weekday(y, int(parts[0]), parts[1], int(parts[2]))

    if g.get("year"):
        return Norm(on(int(g["year"])).isoformat(), "DATE", "day")
    if ctx.dct is None:
        parts = rule.split("-")
        if len(parts) == 2:
            return Norm(f"XXXX-{rule}", "DATE", "day")
        return Norm(f"XXXX-{int(parts[0]):02d}" if parts[0].isdigit() else "XXXX-XX-XX", "DATE",
                    "day")
    y, tense = ctx.dct.year, ctx.tense()
    d = on(y)
    if tense == PAST and d > ctx.dct:
        d = on(y - 1)
    elif tense == FUTURE and d < ctx.dct:
        d = on(y + 1)
    elif tense not in (PAST, FUTURE):
        d = min((on(y), on(y - 1), on(y + 1)), key=lambda c: abs((c - ctx.dct).days))
    return Norm(d.isoformat(), "DATE", "day")


# ---------------------------------------------------------------- relative to the publication date

def _pod(g: dict, ctx: Ctx) -> str | None:
    p = g.get("pod") or g.get("pod2")
    return ctx.lex.value("part_of_day", p) if p else None


@norm
def weekday(g: dict, ctx: Ctx) -> Norm | None:
    wd = _weekday(g.get("weekday"), ctx)
    if wd is None:
        return None
    pod, mod = _pod(g, ctx), _dmod(g, ctx)
    rel = _clean(g.get("rel"))
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
    word = _clean(g["relday"])
    pod = _pod(g, ctx) or {"tonight": "NI", "overnight": "NI"}.get(word)
    if word == "last" and pod != "NI":
        return None                   # 'last morning' is not an expression we anchor
    mod = _dmod(g, ctx)
    value = _x(ctx.dct, lambda: (ctx.dct + dt.timedelta(days=_RELDAY[word])).isoformat(),
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
    rel, unit = _clean(g.get("rel")), _clean(g.get("runit"))
    mod = _dmod(g, ctx) or ("END" if _clean(g.get("dmod")) == "end" else None)
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
    month = _month(g, ctx)
    if month is None:
        return None
    mod = _dmod(g, ctx)
    if ctx.dct is None:
        return Norm(f"XXXX-{month:02d}", "DATE", "month", mod)
    step = _direction(_clean(g.get("rel")))
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
    month = _month(g, ctx)
    if month is None:
        return None
    if ctx.dct is None:
        return Norm(f"XXXX-{month:02d}", "DATE", "month", _dmod(g, ctx))
    y = ctx.dct.year + _direction(_clean(g.get("rel")))
    return Norm(A.fmt_month(y, month), "DATE", "month", _dmod(g, ctx))


def _last_quarter(dct: dt.date) -> int:
    """Index (year*4 + q-1) of the last completed quarter ('the quarter' in results news)."""
    return dct.year * 4 + A.quarter_of(dct) - 2


def _fmt_q(n: int) -> str:
    return f"{n // 4:04d}-Q{n % 4 + 1}"


@norm
def year_ago_adj(g: dict, ctx: Ctx) -> Norm | None:
    """'year-earlier' -> last year; 'the year-ago quarter' -> the reported quarter a year back."""
    unit = _clean(g["yago"])
    if g.get("period"):
        if ctx.dct is None:
            return Norm("XXXX-QX", "DATE", "quarter")
        if g.get("ord"):
            q = int(ctx.lex.value("ordinal", g["ord"]))
            return Norm(f"{ctx.dct.year - 1:04d}-Q{q}", "DATE", "quarter")
        return Norm(_fmt_q(_last_quarter(ctx.dct) - 4), "DATE", "quarter")
    return _shifted(ctx, {"year": "Y", "month": "M", "quarter": "Q", "week": "W"}[unit], -1, None)


def _shifted(ctx: Ctx, unit: str, n: float | str, mod: str | None) -> Norm | None:
    """The publication date moved by n units, written at the unit's granularity."""
    gran = _GRAN.get(unit, "day")
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
    word = _clean(g["ago"])
    sign = -1 if word in ("ago", "earlier", "before", "previously") else 1
    mod = {"MORE_THAN": "BEFORE" if sign < 0 else "AFTER",
           "LESS_THAN": "AFTER" if sign < 0 else "BEFORE"}.get(_qmod(g, ctx) or "", _qmod(g, ctx))
    if n == "X":
        return Norm("PAST_REF" if sign < 0 else "FUTURE_REF", "DATE", None, mod)
    if unit == "Y" and n == 1 and ctx.dct is not None and _QUARTER_TALK.search(ctx.sentence()):
        # 'profit rose from $3 million a year earlier' in quarterly results: that quarter last year
        return Norm(_fmt_q(_last_quarter(ctx.dct) + 4 * sign), "DATE", "quarter", mod)
    return _shifted(ctx, unit, sign * n, mod)


_QUARTER_TALK = re.compile(r"\b(?:quarter|quarterly)\b", re.IGNORECASE)


@norm
def quarter(g: dict, ctx: Ctx) -> Norm | None:
    raw = _clean(g.get("ord"))
    q = ctx.lex.value("ordinal", raw) if not raw.startswith("q") else raw[1:]
    mod = _dmod(g, ctx)
    year_s = g.get("year") or g.get("year2") or g.get("year3")
    if g.get("qrel") and ctx.dct is not None:
        year_s = str(ctx.dct.year + _direction(_clean(g["qrel"])))
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
    mod = _dmod(g, ctx)
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
    named = _clean(g.get("named"))
    if named:
        hh, mm = (24, 0) if named == "midnight" else (12, 0)
    else:
        raw = _clean(g["hh"])
        hh = int(raw) if raw.isdigit() else _WORD_HOURS.get(raw)
        mm = int(g["mm"]) if g.get("mm") else 0
        if hh is None or hh > 24:
            return None
        ampm = _clean(g.get("ampm")).replace(".", "")
        if ampm:
            if not 1 <= hh <= 12:
                return None
            hh = hh % 12 + (12 if ampm == "pm" else 0)
    dct = ctx.dct
    wd = _weekday(g.get("weekday"), ctx)
    if dct is None:
        day = f"XXXX-WXX-{wd}" if wd else "XXXX-XX-XX"
    elif wd:
        day = A.anchor_weekday(dct, wd, ctx.tense()).isoformat()
    elif g.get("relday"):
        day = (dct + dt.timedelta(days=_RELDAY[_clean(g["relday"])])).isoformat()
    elif g.get("month") and g.get("day"):
        d = date(g, ctx)
        if d is None:
            return None
        day = d.value
    else:
        day = "@D+0"                            # the day last mentioned (normalise.py)
    # ISO 8601 marks UTC with Z; other zones are kept as local time
    zone = "Z" if _clean(g.get("tz")) in ("gmt", "utc", "z") else ""
    return Norm(f"{day}T{hh:02d}:{mm:02d}{zone}", "TIME", "minute", _dmod(g, ctx))


_ANA_STEP = {"that": 0, "that same": 0, "the same": 0, "the next": 1, "the following": 1,
             "the previous": -1, "the preceding": -1, "the prior": -1, "before": -1,
             "earlier": -1, "after": 1, "later": 1}


@norm
def anaphor(g: dict, ctx: Ctx) -> Norm | None:
    """'that day', 'the next morning', 'the following year', 'the day before': relative to the
    last date the text mentioned. The value is a placeholder (@UNIT±N or @P+code) that
    normalise.resolve_anaphors fills in, in text order."""
    unit = _clean(g["aunit"])
    step = _ANA_STEP[_clean(g["ana"])]
    pod = ctx.lex.value("part_of_day", unit)
    mod = _dmod(g, ctx)
    if pod:                                   # 'the next morning' -> next day + TMO
        return Norm(f"@D{step:+d}T{pod}", "TIME", "part_of_day", mod)
    code = {"day": "D", "week": "W", "month": "M", "year": "Y"}[unit]
    return Norm(f"@{code}{step:+d}", "DATE", {"D": "day", "W": "week", "M": "month",
                                              "Y": "year"}[code], mod)


# ---------------------------------------------------------------- durations, references, sets

@norm
def duration(g: dict, ctx: Ctx) -> Norm | None:
    unit = unit_code(g.get("unit"), ctx)
    if unit is None:
        return None
    raw = g.get("num")
    n = number(raw, ctx) if raw else ("X" if g.get("unit", "").endswith("s") else 1)
    if n is None:
        return None
    if _clean(g.get("unit")) == "second" and n != 1:
        return None              # 'the 1988 second quarter', not 1988 seconds
    if re.fullmatch(r"(?:1[5-9]|20)\d\d", _clean(raw)) and not _clean(g.get("unit")).endswith("s"):
        return None              # 'the 1988 quarter': a year, not 1988 quarters
    if isinstance(n, float) and n % 1 == 0.5 and unit in _HALF:     # '2 1/2 years' -> P2Y6M
        letter, half = _HALF[unit]
        whole = f"{int(n)}{letter}" if int(n) else ""
        prefix = "PT" if unit in ("TH", "TM") else "P"
        return Norm(prefix + whole + half, "DURATION", _GRAN.get(unit), _qmod(g, ctx))
    if unit == "Q":                           # 'the next three quarters' -> P9M
        n, unit = (n * 3 if n != "X" else "X"), "M"
    if g.get("half") and n != "X":
        if unit == "Y":
            n, unit = n * 12 + 6, "M"
        elif unit == "TH":
            return Norm(f"PT{_num_str(n)}H30M", "DURATION", "hour", _qmod(g, ctx))
        elif unit == "D":
            return Norm(f"P{_num_str(n)}DT12H", "DURATION", "day", _qmod(g, ctx))
        elif unit == "TM":
            return Norm(f"PT{_num_str(n)}M30S", "DURATION", "minute", _qmod(g, ctx))
    return Norm(duration_value(n, unit), "DURATION", _GRAN.get(unit), _qmod(g, ctx))


@norm
def duration_hms(g: dict, ctx: Ctx) -> Norm | None:
    """'2 hours and 15 minutes' -> PT2H15M; a bare 'N minutes' is left to the duration rule."""
    parts = []
    for key, letter in (("h", "H"), ("m", "M"), ("s", "S")):
        if g.get(key):
            n = number(g[key], ctx)
            if n is None or n == "X":
                return None
            parts.append(f"{_num_str(n)}{letter}")
    if len(parts) < 2:
        return None
    return Norm("PT" + "".join(parts), "DURATION", "minute", _qmod(g, ctx))


# unit -> (letter of the whole part, the half written in the next smaller unit)
_HALF = {"Y": ("Y", "6M"), "M": ("M", "15D"), "D": ("D", "T12H"), "TH": ("H", "30M"),
         "TM": ("M", "30S")}

_SPECIAL = {"quarter century": "P25Y", "quarter of a century": "P25Y", "half century": "P50Y",
            "half a century": "P50Y", "half an hour": "PT30M", "half hour": "PT30M",
            "half a day": "PT12H", "half day": "PT12H", "half a year": "P6M", "half year": "P6M",
            "half a decade": "P5Y"}


@norm
def duration_special(g: dict, ctx: Ctx) -> Norm | None:
    key = _clean(g["special"]).replace("-", " ")
    value = _SPECIAL.get(key)
    if value is None:
        return None
    gran = "year" if value.endswith("Y") else "hour" if "T" in value else "month"
    if g.get("ago") and value.endswith("Y"):            # 'a quarter-century ago'
        return _shifted(ctx, "Y", -int(value[1:-1]), _qmod(g, ctx))
    return Norm(value, "DURATION", gran, _qmod(g, ctx))


@norm
def ref(g: dict, ctx: Ctx) -> Norm | None:
    v = ctx.lex.value("ref", g["ref"])
    return Norm(v, "DATE", None) if v else None


@norm
def set_every(g: dict, ctx: Ctx) -> Norm | None:
    """'every year' P1Y, 'each Thursday' XXXX-WXX-4, 'daily' P1D, 'twice a month' P1M."""
    if g.get("setadv"):
        v = ctx.lex.value("set_adverb", g["setadv"])
        return Norm(v, "SET", None) if v else None
    x = g.get("x")
    if x and not g.get("unit") and not g.get("season"):  # plural weekday: 'on Mondays'
        wd = _weekday(x[:-1], ctx)
        return Norm(f"XXXX-WXX-{wd}", "SET", "day") if wd else None
    wd = _weekday(g.get("weekday"), ctx)
    pod = _pod(g, ctx) or (ctx.lex.value("part_of_day", g["pods"][:-1]) if g.get("pods") else None)
    if wd:
        return Norm(f"XXXX-WXX-{wd}" + (f"T{pod}" if pod else ""), "SET", "day")
    month = _month(g, ctx) if g.get("month") else None
    if month:
        return Norm(f"XXXX-{month:02d}", "SET", "month")
    if g.get("season"):
        code = ctx.lex.value("season", g["season"]) or ctx.lex.value("season", g["season"][:-1])
        return Norm(f"XXXX-{code}", "SET", "season") if code else None
    if pod:
        return Norm(f"XXXX-XX-XXT{pod}", "SET", "part_of_day")
    unit = unit_code(g.get("unit"), ctx)
    if unit is None:
        # 'every May' (month name outside the MONTHN group)
        return None
    raw = _clean(g.get("num"))
    n = 2 if raw == "other" else (number(raw, ctx) if raw else 1)
    if n is None:
        return None
    if unit == "Q":
        unit, n = "M", (n * 3 if n != "X" else "X")
    return Norm(duration_value(n, unit), "SET", _GRAN.get(unit))
