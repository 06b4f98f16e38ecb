"""Normalisers of durations ("three years", "1 1/2 hours", "a quarter century"), references ("now", "the
past") and sets ("every Monday"). Registered by name with values.norm (data/time/rules.tsv).
"""
from __future__ import annotations

import re

from newsgraph.time.relative import part_of_day, shifted
from newsgraph.time.values import (GRANULARITY, Ctx, Norm, clean, duration_value, month_number, norm, num_str, number,
                                   quant_mod, unit_code, weekday_number)


@norm
def duration(g: dict, ctx: Ctx) -> Norm | None:
    unit = unit_code(g.get("unit"), ctx)
    if unit is None:
        return None
    raw = g.get("num")
    n = number(raw, ctx) if raw else ("X" if g.get("unit", "").endswith("s") else 1)
    if n is None:
        return None
    if clean(g.get("unit")) == "second" and n != 1:
        return None              # 'the 1988 second quarter', not 1988 seconds
    if re.fullmatch(r"(?:1[5-9]|20)\d\d", clean(raw)) and not clean(g.get("unit")).endswith("s"):
        return None              # 'the 1988 quarter': a year, not 1988 quarters
    if isinstance(n, float) and n % 1 == 0.5 and unit in _HALF:     # '2 1/2 years' -> P2Y6M
        letter, half = _HALF[unit]
        whole = f"{int(n)}{letter}" if int(n) else ""
        prefix = "PT" if unit in ("TH", "TM") else "P"
        return Norm(prefix + whole + half, "DURATION", GRANULARITY.get(unit), quant_mod(g, ctx))
    if unit == "Q":                           # 'the next three quarters' -> P9M
        n, unit = (n * 3 if n != "X" else "X"), "M"
    if g.get("half") and n != "X":
        if unit == "Y":
            n, unit = n * 12 + 6, "M"
        elif unit == "TH":
            return Norm(f"PT{num_str(n)}H30M", "DURATION", "hour", quant_mod(g, ctx))
        elif unit == "D":
            return Norm(f"P{num_str(n)}DT12H", "DURATION", "day", quant_mod(g, ctx))
        elif unit == "TM":
            return Norm(f"PT{num_str(n)}M30S", "DURATION", "minute", quant_mod(g, ctx))
    return Norm(duration_value(n, unit), "DURATION", GRANULARITY.get(unit), quant_mod(g, ctx))


@norm
def duration_hms(g: dict, ctx: Ctx) -> Norm | None:
    """'2 hours and 15 minutes' -> PT2H15M; a bare 'N minutes' is left to the duration rule."""
    parts = []
    for key, letter in (("h", "H"), ("m", "M"), ("s", "S")):
        if g.get(key):
            n = number(g[key], ctx)
            if n is None or n == "X":
                return None
            parts.append(f"{num_str(n)}{letter}")
    if len(parts) < 2:
        return None
    return Norm("PT" + "".join(parts), "DURATION", "minute", quant_mod(g, ctx))


# unit -> (letter of the whole part, the half written in the next smaller unit)
_HALF = {"Y": ("Y", "6M"), "M": ("M", "15D"), "D": ("D", "T12H"), "TH": ("H", "30M"),
         "TM": ("M", "30S")}

_SPECIAL = {"quarter century": "P25Y", "quarter of a century": "P25Y", "half century": "P50Y",
            "half a century": "P50Y", "half an hour": "PT30M", "half hour": "PT30M",
            "half a day": "PT12H", "half day": "PT12H", "half a year": "P6M", "half year": "P6M",
            "half a decade": "P5Y"}


@norm
def duration_special(g: dict, ctx: Ctx) -> Norm | None:
    key = clean(g["special"]).replace("-", " ")
    value = _SPECIAL.get(key)
    if value is None:
        return None
    gran = "year" if value.endswith("Y") else "hour" if "T" in value else "month"
    if g.get("ago") and value.endswith("Y"):            # 'a quarter-century ago'
        return shifted(ctx, "Y", -int(value[1:-1]), quant_mod(g, ctx))
    return Norm(value, "DURATION", gran, quant_mod(g, ctx))


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
        wd = weekday_number(x[:-1], ctx)
        return Norm(f"XXXX-WXX-{wd}", "SET", "day") if wd else None
    wd = weekday_number(g.get("weekday"), ctx)
    pod = part_of_day(g, ctx) or (ctx.lex.value("part_of_day", g["pods"][:-1]) if g.get("pods") else None)
    if wd:
        return Norm(f"XXXX-WXX-{wd}" + (f"T{pod}" if pod else ""), "SET", "day")
    month = month_number(g, ctx) if g.get("month") else None
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
    raw = clean(g.get("num"))
    n = 2 if raw == "other" else (number(raw, ctx) if raw else 1)
    if n is None:
        return None
    if unit == "Q":
        unit, n = "M", (n * 3 if n != "X" else "X")
    return Norm(duration_value(n, unit), "SET", GRANULARITY.get(unit))
