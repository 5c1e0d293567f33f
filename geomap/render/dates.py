"""Event dates for the map: a human label at the date's precision and the span of days it covers.

Days are counted from 1970-01-01 so the page can filter with plain integers.

Examples
--------
>>> when("2022-03-10")
When(label='10 Mar 2022', first=19061, last=19061)
>>> when("2022-W10").label, when("2022-03").label, when("2022-SP").label, when("201X").label
('week 10, 2022', 'Mar 2022', 'spring 2022', '2010s')
>>> when(None)
When(label='date unknown', first=None, last=None)
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import lru_cache
from typing import NamedTuple

EPOCH = date(1970, 1, 1)
UNKNOWN = "date unknown"
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
# Meteorological seasons; winter YYYY is December of YYYY-1 to February of YYYY.
SEASONS = {"SP": ("spring", 3, 5), "SU": ("summer", 6, 8), "FA": ("autumn", 9, 11), "WI": ("winter", -1, 2)}
_PATTERN = re.compile(
    r"^(?P<year>\d{4})(?:-(?:(?P<month>\d{2})(?:-(?P<day>\d{2})(?:T(?P<time>\d{2}:\d{2}))?)?"
    r"|W(?P<week>\d{2})|(?P<season>SP|SU|FA|WI)))?$"
    r"|^(?P<decade>\d{3})X$"
)


class When(NamedTuple):
    """A label such as "Mar 2022" and the first and last day (since 1970-01-01) it covers, or None."""

    label: str
    first: int | None
    last: int | None


def _days(day: date) -> int:
    return (day - EPOCH).days


def _month_end(year: int, month: int) -> date:
    return date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)


def _span(label: str, first: date, last: date) -> When:
    return When(label, _days(first), _days(last))


@lru_cache(maxsize=65536)
def when(value: str | None) -> When:
    """Label and day span of an ISO/TIMEX date; an unreadable value keeps its text but no span."""
    if not value:
        return When(UNKNOWN, None, None)
    match = _PATTERN.match(value)
    if match is None:
        return When(value, None, None)
    try:
        return _dated(match)
    except ValueError:  # e.g. 2022-02-30 or week 54
        return When(value, None, None)


def _dated(match: re.Match[str]) -> When:
    parts = match.groupdict()
    if parts["decade"]:
        decade = int(parts["decade"]) * 10
        return _span(f"{decade}s", date(decade, 1, 1), date(decade + 9, 12, 31))
    year = int(parts["year"])
    if parts["week"]:
        monday = date.fromisocalendar(year, int(parts["week"]), 1)
        return _span(f"week {int(parts['week'])}, {year}", monday, monday + timedelta(days=6))
    if parts["season"]:
        name, first, last = SEASONS[parts["season"]]
        start = date(year - 1, 12, 1) if first < 0 else date(year, first, 1)
        return _span(f"{name} {year}", start, _month_end(year, last))
    if not parts["month"]:
        return _span(str(year), date(year, 1, 1), date(year, 12, 31))
    day = date(year, int(parts["month"]), int(parts["day"] or 1))
    if not parts["day"]:
        return _span(f"{MONTHS[day.month - 1]} {year}", day, _month_end(year, day.month))
    label = f"{day.day} {MONTHS[day.month - 1]} {year}" + (f", {parts['time']}" if parts["time"] else "")
    return _span(label, day, day)
