"""What every normaliser shares: a rule's match groups + the publication date -> TIMEX3 value.

Each normaliser is named in data/time/rules.tsv (column norm) and returns a `Norm`, or None to
drop the match (e.g. 'February 30'). Without a publication date, relative expressions keep
their shape with X for the unknown digits (XXXX-WXX-3, XXXX-06) -- never today's date.
This module holds the record types, the registry (`norm`, NORMALISERS) and the helpers that read
numbers, units, months and modifiers; the normalisers themselves live in absolute.py (written-out
dates), relative.py (times relative to the publication date) and durations.py (durations,
references, sets), and time/normalisers.py loads them all.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Callable


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

GRANULARITY = {"Y": "year", "M": "month", "W": "week", "D": "day", "TH": "hour", "TM": "minute",
         "S": "second", "DE": "decade", "CE": "century", "Q": "quarter", "2W": "week"}
_WS = re.compile(r"\s+")


def clean(s: str | None) -> str:
    return _WS.sub(" ", s.strip().lower()) if s else ""


def month_number(g: dict, ctx: Ctx) -> int | None:
    m = g.get("month")
    if not m:
        return None
    v = ctx.lex.value("month", m) or ctx.lex.value("month_abbr", m) \
        or ctx.lex.value("month_abbr", m.rstrip(".")) or ctx.lex.value("month_abbr", m + ".")
    return int(v) if v else None


def weekday_number(name: str | None, ctx: Ctx) -> int | None:
    if not name:
        return None
    v = ctx.lex.value("weekday", name)
    return int(v) if v else None


def date_mod(g: dict, ctx: Ctx) -> str | None:
    d = g.get("dmod")
    return (ctx.lex.value("date_mod", d) or None) if d else None


def quant_mod(g: dict, ctx: Ctx) -> str | None:
    q = g.get("qmod")
    return (ctx.lex.value("quant_mod", q) or None) if q else None


def number(s: str | None, ctx: Ctx) -> float | str | None:
    """'two' -> 2, 'twenty-five' -> 25, '1.5' -> 1.5, 'several' -> 'X'."""
    s = clean(s)
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
    s = clean(s).rstrip(".")
    if not s:
        return None
    for cand in (s, s[:-1] if s.endswith("s") else s, s[:-3] + "y" if s.endswith("ies") else s):
        v = ctx.lex.value("unit", cand)
        if v:
            return v
    return None


def num_str(n: float | str) -> str:
    if isinstance(n, float) and n.is_integer():
        n = int(n)
    return str(n)


def duration_value(n: float | str, unit: str) -> str:
    """P2Y, PT2H, P1DE, PXY ... (unit: a TIMEX3 unit code from the lexicon)."""
    if unit == "2W":
        n, unit = ("X" if n == "X" else n * 2), "W"
    if unit in ("TH", "TM"):
        return f"PT{num_str(n)}{unit[1]}"
    if unit == "S":
        return f"PT{num_str(n)}S"
    return f"P{num_str(n)}{unit}"


def known_or(dct: dt.date | None, value: Callable[[], str], unknown: str) -> str:
    return value() if dct is not None else unknown
