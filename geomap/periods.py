"""Periods of TIMEX3-style dates: "2022-03" is 1-31 March 2022, "2022-W10" the ISO week, "2022-SP" March-May,
"199X" the 1990s. Used to sort events by when they start and to filter them by date range."""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

_SEASONS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 14)}  # months; WI runs into next year
_DATE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T.*)?)?|-W(\d{2})|-(SP|SU|FA|WI))?|(\d{3})X")


def period(value: str | date) -> tuple[date, date] | None:
    """First and last day of a TIMEX3-style date at its precision; None for undated or unparseable."""
    if isinstance(value, date):
        return value, value
    m = _DATE.fullmatch(value)
    try:
        return _bounds(*m.groups()) if m else None
    except ValueError:  # 2022-02-30, 2022-W60
        return None


def _bounds(year: str, month: str, day: str, week: str, season: str, decade: str) -> tuple[date, date]:
    if decade:
        return date(int(decade) * 10, 1, 1), date(int(decade) * 10 + 9, 12, 31)
    y = int(year)
    if day:
        return (date(y, int(month), int(day)),) * 2
    if month:
        return date(y, int(month), 1), date(y, int(month), calendar.monthrange(y, int(month))[1])
    if week:
        start = date.fromisocalendar(y, int(week), 1)
        return start, start + timedelta(days=6)
    if season:
        first, last = _SEASONS[season]
        end = date(y + (last - 1) // 12, (last - 1) % 12 + 1, 1)
        return date(y, first, 1), date(end.year, end.month, calendar.monthrange(end.year, end.month)[1])
    return date(y, 1, 1), date(y, 12, 31)


