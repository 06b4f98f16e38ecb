"""Calendar arithmetic for anchoring relative expressions to the publication date.

Pure functions over `datetime.date`; TIMEX3 string formatting lives here too so that every
value is written the same way (2024-06-19, 2024-W25, 2024-Q2, 2024-SU, 199X ...).
"""
from __future__ import annotations

import datetime as dt

PAST, PRESENT, FUTURE = "past", "present", "future"


def fmt_day(d: dt.date) -> str:
    return d.isoformat()


def fmt_month(y: int, m: int) -> str:
    return f"{y:04d}-{m:02d}"


def fmt_week(d: dt.date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y:04d}-W{w:02d}"


def add_months(d: dt.date, n: int) -> dt.date:
    """Shift by calendar months, clamping the day (Jan 31 + 1 month -> Feb 28/29)."""
    y, m = divmod(d.month - 1 + n, 12)
    y += d.year
    m += 1
    for day in (d.day, 30, 29, 28):
        try:
            return dt.date(y, m, day)
        except ValueError:
            continue
    raise ValueError("unreachable")


def anchor_weekday(dct: dt.date, weekday: int, tense: str) -> dt.date:
    """The day named `weekday` (ISO 1-7) nearest the publication date, news convention.

    Past/present tense: the most recent such day, including the publication day itself.
    Future tense: the coming one, again including the publication day.
    """
    diff = weekday - dct.isoweekday()
    if tense == FUTURE:
        return dct + dt.timedelta(days=diff % 7)
    return dct - dt.timedelta(days=(-diff) % 7)


def shift_weekday(dct: dt.date, weekday: int, direction: int) -> dt.date:
    """'last Friday' (-1) / 'next Friday' (+1): strictly before/after the publication day."""
    if direction < 0:
        back = (dct.isoweekday() - weekday) % 7 or 7
        return dct - dt.timedelta(days=back)
    fwd = (weekday - dct.isoweekday()) % 7 or 7
    return dct + dt.timedelta(days=fwd)


def infer_year(dct: dt.date, month: int, day: int | None, tense: str) -> int:
    """Year of a month(-day) given without one: the occurrence nearest the publication date,
    with a penalty for lying on the side the tense rules out.

    A past-tense 'October' written in May is last October; a future-tense 'February' written in
    October is next February; but a future-tense 'Jan. 14' written on Jan. 15 is still this
    year's (a year away is less likely than a misread tense). Unknown tense leans to the past,
    as news mostly reports what happened.
    """
    def cost(y: int) -> int:
        try:
            d = dt.date(y, month, day or 15)
        except ValueError:
            d = dt.date(y, month, 28)
        gap = (d - dct).days
        if tense == FUTURE:
            penalty = 200 if gap < 0 else 0
        else:
            penalty = (200 if tense == PAST else 120) if gap > 0 else 0
        return abs(gap) + penalty

    return min((dct.year, dct.year - 1, dct.year + 1), key=cost)


def quarter_of(d: dt.date) -> int:
    return (d.month - 1) // 3 + 1


def season_of(d: dt.date) -> str:
    """Northern-hemisphere meteorological season code of a date."""
    return {12: "WI", 1: "WI", 2: "WI", 3: "SP", 4: "SP", 5: "SP",
            6: "SU", 7: "SU", 8: "SU"}.get(d.month, "FA")


SEASON_ORDER = {"WI": 0, "SP": 1, "SU": 2, "FA": 3}


def easter(year: int) -> dt.date:
    """Western Easter Sunday (anonymous Gregorian algorithm, 'Meeus/Jones/Butcher')."""
    a = year % 19
    b, c = divmod(year, 100)
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month, day = divmod(h + l_ - 7 * m + 114, 31)
    return dt.date(year, month, day + 1)


def nth_weekday(year: int, month: int, nth: str, weekday: int) -> dt.date:
    """The nth (1-5, or 'L' for last) ISO weekday of a month (Thanksgiving: 4th Thursday, Nov)."""
    if nth == "L":
        d = add_months(dt.date(year, month, 1), 1) - dt.timedelta(days=1)
        return d - dt.timedelta(days=(d.isoweekday() - weekday) % 7)
    d = dt.date(year, month, 1)
    d += dt.timedelta(days=(weekday - d.isoweekday()) % 7)
    return d + dt.timedelta(weeks=int(nth) - 1)
