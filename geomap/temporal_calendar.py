"""Calendar arithmetic and TIMEX3 value helpers for `geomap.temporal`."""

from __future__ import annotations

import re
from datetime import date, timedelta

from geomap.temporal_context import PAST

__all__ = [
    "add_months",
    "full_year",
    "make_date",
    "month_value",
    "nearest_day",
    "nearest_month",
    "precision_of",
    "prefer_future",
    "quarter_of",
    "shift_quarter",
    "timex_type",
    "week_value",
    "weekday_near",
]

_PRECISION = (
    (re.compile(r"\d{4}-\d\d-\d\dT.+"), "time"),
    (re.compile(r"\d{4}-\d\d-\d\d"), "day"),
    (re.compile(r"\d{4}-W\d\d(-WE)?"), "week"),
    (re.compile(r"\d{4}-\d\d"), "month"),
    (re.compile(r"\d{4}-(SP|SU|FA|WI|Q[1-4])"), "season"),
    (re.compile(r"\d{4}"), "year"),
    (re.compile(r"\d{3}X"), "decade"),
)
_DURATION = re.compile(r"P(\d|T|X)")


def precision_of(value: str) -> str:
    """The granularity of a TIMEX3 value; quarters count as seasons (three-month spans)."""
    for pattern, precision in _PRECISION:
        if pattern.fullmatch(value):
            return precision
    return "unknown"


def timex_type(value: str) -> str:
    """DURATION for `P…` values, TIME for values with a clock or day-part, else DATE."""
    if _DURATION.match(value):
        return "DURATION"
    return "TIME" if "T" in value[8:] else "DATE"


def full_year(yy: int, anchor: date | None) -> int:
    """A two-digit year ("FY23", "Q1 '22") in the century that puts it nearest the anchor (or 1950-2049)."""
    reference = anchor.year if anchor else 2000
    return min((century + yy for century in (1900, 2000, 2100)), key=lambda y: abs(y - reference))


def make_date(year: int, month: int, day: int) -> date | None:
    """A date, or None when the day does not exist (31 April, 29 February 2023)."""
    try:
        return date(year, month, day)
    except ValueError:
        return None


def month_value(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


def week_value(d: date) -> str:
    """ISO week of a day, e.g. `2022-W10`."""
    year, week, _ = d.isocalendar()
    return f"{year:04d}-W{week:02d}"


def add_months(year: int, month: int, k: int) -> tuple[int, int]:
    """(year, month) shifted by k months."""
    n = year * 12 + month - 1 + k
    return n // 12, n % 12 + 1


def quarter_of(d: date) -> tuple[int, int]:
    return d.year, (d.month - 1) // 3 + 1


def shift_quarter(year: int, quarter: int, k: int) -> tuple[int, int]:
    n = year * 4 + quarter - 1 + k
    return n // 4, n % 4 + 1


def weekday_near(anchor: date, weekday: int, future: bool, strict: bool = False) -> date:
    """The given weekday nearest the anchor: on or before it (past), on or after it (future).

    `strict` excludes the anchor itself ("last Friday" said on a Friday means a week ago).
    """
    if future:
        delta = (weekday - anchor.weekday()) % 7 or (7 if strict else 0)
        return anchor + timedelta(days=delta)
    delta = (anchor.weekday() - weekday) % 7 or (7 if strict else 0)
    return anchor - timedelta(days=delta)


def prefer_future(to_past: int, to_future: int, tense: int, near: int, far: int) -> bool:
    """Whether a date named without its year is the coming occurrence rather than the last one.

    Future tense takes the coming one. Past tense takes the last one, unless the coming one is
    within `near` and the last one more than `far` away: a reported deadline ("extended the offer
    to Nov. 6") is upcoming even in a past-tense clause. LOOKS_BACK always takes the last one. With
    no tense marker, the nearer one wins.
    """
    if tense > 0:
        return True
    if tense < 0:
        return tense == PAST and to_future <= near and to_past >= far
    return to_future < to_past


def nearest_month(anchor: date, month: int, tense: int) -> int:
    """The year of a month named without one ("in March"); the anchor's month is this year's."""
    to_past, to_future = (anchor.month - month) % 12, (month - anchor.month) % 12
    if to_past == 0:
        return anchor.year
    if prefer_future(to_past, to_future, tense, near=2, far=6):
        return anchor.year + (month < anchor.month)
    return anchor.year - (month > anchor.month)


def nearest_day(anchor: date, month: int, day: int, tense: int, weekday: int | None = None) -> date | None:
    """A day named without a year ("24 February"), rolling over the year end when needed.

    A weekday given with it ("Monday, 7 March") picks whichever occurrence falls on that weekday.
    """
    past, future = _day_from(anchor, month, day, future=False), _day_from(anchor, month, day, future=True)
    if past is None or future is None:
        return past or future
    fits = [d for d in (past, future) if d.weekday() == weekday]
    if len(fits) == 1:
        return fits[0]
    if prefer_future((anchor - past).days, (future - anchor).days, tense, near=61, far=183):
        return future
    return past


def _day_from(anchor: date, month: int, day: int, future: bool) -> date | None:
    """The latest such day on or before the anchor, or the first on or after it."""
    for year in _years_from(anchor.year, future):
        d = make_date(year, month, day)
        if d is not None and (d >= anchor if future else d <= anchor):
            return d
    return None


def _years_from(year: int, future: bool) -> range:
    """Years to try, nearest first; eight of them so that 29 February always finds a leap year."""
    return range(year, year + 8) if future else range(year, year - 8, -1)
