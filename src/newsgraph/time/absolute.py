"""Normalisers of dates written out in full or in part: ISO and slashed dates, "June 19, 2024", years
(spoken too), decades, centuries and holidays. Registered by name with values.norm (data/time/rules.tsv).
"""
from __future__ import annotations

import datetime as dt
import re

from newsgraph.time import anchor as A
from newsgraph.time.anchor import FUTURE, PAST
from newsgraph.time.values import Ctx, Norm, clean, date_mod, month_number, norm


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
    month = month_number(g, ctx)
    if month is None:
        return None
    mod = date_mod(g, ctx)
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
    return Norm(g["year"], "DATE", "year", date_mod(g, ctx))


@norm
def spoken_year(g: dict, ctx: Ctx) -> Norm | None:
    """'nineteen ninety-six' -> 1996, 'two thousand and one' -> 2001 (transcribed speech)."""
    words = [w for w in re.split(r"[\s-]+", clean(g["spoken"])) if w != "and"]
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
    return Norm(value, "DATE", "decade", date_mod(g, ctx))


@norm
def century(g: dict, ctx: Ctx) -> Norm | None:
    raw = clean(g["century"])
    # Word ordinals also hold relative ones ("last" = L): "the last century" is left to the relative rule.
    number = re.match(r"\d+", raw).group() if raw[0].isdigit() else str(ctx.lex.value("ordinal", raw) or "")
    if not number.isdigit() or not int(number):
        return None
    n = int(number)
    return Norm(f"{n - 1:02d}", "DATE", "century", date_mod(g, ctx))


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
