"""Rules for spans of the calendar: seasons, fiscal quarters and years, durations and sets."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

from geomap.temporal_calendar import add_months, full_year, quarter_of, shift_quarter
from geomap.temporal_context import FUTURE, Context, QuarterRef, Rule, Value
from geomap.temporal_lexicon import (
    MONTH_FULL,
    MONTHS,
    NUMBER,
    SEASON,
    SEASONS,
    UNIT,
    UNITS,
    WEEKDAY,
    WEEKDAYS,
    YEAR,
    number,
)

__all__ = ["RULES"]

_I = re.IGNORECASE
_SEASON = re.compile(
    r"\b(?:(?P<prep>in|during|over|by|until|since|through|throughout)\s+)?"
    r"(?P<x>(?:(?P<rel>last|next|this\s+past|this\s+coming|this|the\s+coming|the\s+past)\s+|(?P<the>the)\s+)?"
    rf"(?:(?:early|late|mid)[\s-]+)?\b(?P<s>{SEASON})(?!\s+(?-i:[A-Z][a-z]))"  # not "Winter Park", "Fall River"
    rf"(?:\s+(?:of\s+)?(?P<y>{YEAR}))?)",
    _I,
)
_SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}
_QN = r"(?P<q>first|second|third|fourth|1st|2nd|3rd|4th)"
_QUARTER = re.compile(
    rf"\b(?P<x>(?:the\s+)?(?:(?:(?P<y1>{YEAR})|(?P<rel>last|this|next)\s+year)(?:'s)?\s+)?"
    rf"(?P<fiscal>fiscal(?:[\s-]+year)?[\s-]+)?{_QN}[\s-]+quarter\b"
    rf"(?:\s+of\s+(?:fiscal\s+(?:year\s+)?)?(?P<y2>{YEAR}))?)(?P<ended>\s+ended)?",
    _I,
)
_Q_CODE = re.compile(rf"\b(?-i:Q)(?P<q>[1-4])(?:\s+(?P<y1>{YEAR})|\s*['’](?P<yy>\d\d))?\b")
_QUARTER_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}
_QUARTER_STEP = re.compile(
    r"\b(?P<rel>this|the\s+current|last|the\s+previous|the\s+last|the\s+past|next|the\s+next|the\s+coming)"
    r"\s+quarter\b",
    _I,
)
_QUARTER_SAME = re.compile(
    r"\b(?:the|that)\s+(?:(?P<latest>latest|most\s+recent|recent)\s+|same\s+)?(?P<u>quarter|period)\b", _I
)
_YEAR_AGO = re.compile(
    r"\b(?:the\s+)?(?:(?:same|comparable|corresponding)\s+)?year-(?:earlier|ago)"
    r"(?:\s+(?:(?:first|second|third|fourth)\s+)?(?:quarter|period))?"
    r"|\bthe\s+(?:same|comparable|corresponding)\s+(?:quarter|period)\s+"
    r"(?:of\s+)?(?:last\s+year|a\s+year\s+(?:earlier|ago))",
    _I,
)
_YEAR_PERIOD = re.compile(rf"\bthe\s+(?P<y>{YEAR})\s+(?:period|quarter)\b", _I)
_FISCAL = re.compile(r"\b(?:fiscal\s+(?:year\s+)?|(?-i:FY)\s?)(?P<y>(?:19|20)\d\d|['’]?\d\d)\b", _I)
_DURATION = re.compile(
    r"\b(?:(?:the\s+)?(?:past|last|next|previous|coming|first|following|final)\s+)?"
    rf"(?P<n>{NUMBER}|several|a\s+few|few|many|some)\s+(?P<u>{UNIT})",
    _I,
)
_DURATION_ADJ = re.compile(
    rf"\b(?P<n>{NUMBER})-(?P<u>year|month|week|day|hour|minute|decade)(?:-long)?\b(?!-old)", _I
)
_SET = re.compile(
    rf"\b(?:every|each)\s+(?:(?P<n>other|{NUMBER})\s+)?(?P<u>{UNIT}|{WEEKDAY}|{SEASON}|{MONTH_FULL})", _I
)
_PERIOD_CODES = {
    "Y": (1, "Y"), "M": (1, "M"), "W": (1, "W"), "D": (1, "D"), "DE": (10, "Y"), "CE": (100, "Y"),
    "Q": (3, "M"), "FN": (2, "W"), "H": (1, "TH"), "MI": (1, "TM"),
}  # fmt: skip
_OF_AFTER = re.compile(r"\s+of\b")
# Which occurrence of a season a phrase means, tested on (anchor, first day, day after the last).
_SEASON_PICKS: dict[str, Callable[[date, date, date], bool]] = {
    "over": lambda anchor, start, end: end <= anchor,  # last summer
    "begun": lambda anchor, start, end: start <= anchor,  # (in) the summer, reported
    "not over": lambda anchor, start, end: end > anchor,  # (in) the summer, announced
    "to come": lambda anchor, start, end: start > anchor,  # next summer
}


def _season(m: re.Match[str], ctx: Context) -> Value | None:
    """spring 2022, last summer, in the spring (the one the tense points to)."""
    code = SEASONS[m.group("s").lower()]
    if m.group("y"):
        return f"{m.group('y')}-{code}"
    rel = " ".join((m.group("rel") or "").lower().split())
    cued = rel or m.group("prep") or (m.group("the") and code != "FA")  # "the fall" is mostly a drop
    if ctx.anchor is None or not cued or _OF_AFTER.match(m.string, m.end()):
        return None  # also "the fall of Kabul", "the spring of discontent"
    if rel == "this":  # the winter that began last December is still "this winter" in January
        return f"{ctx.anchor.year - (code == 'WI' and ctx.anchor.month <= 2)}-{code}"
    if rel in ("last", "this past", "the past"):
        pick = "over"
    elif rel in ("next", "this coming", "the coming"):
        pick = "to come"
    else:
        pick = "not over" if ctx.tense(*m.span("x")) == FUTURE else "begun"
    return f"{_season_year(ctx.anchor, code, pick)}-{code}"


def _season_year(anchor: date, code: str, pick: str) -> int:
    """The latest (or, looking ahead, the earliest) year whose season fits the pick."""
    latest = pick in ("over", "begun")
    years = range(anchor.year + 1, anchor.year - 3, -1) if latest else range(anchor.year - 2, anchor.year + 2)
    for year in years:
        start = date(year, _SEASON_START[code], 1)
        if _SEASON_PICKS[pick](anchor, start, date(*add_months(year, _SEASON_START[code], 3), 1)):
            return year
    return anchor.year


def _quarter(m: re.Match[str], ctx: Context) -> Value | None:
    """third quarter (of 1990), Q3 2022, the 1988 fourth quarter; a bare one is the nearest such quarter."""
    quarter = _QUARTER_ORDINALS.get(m.group("q").lower()) or int(m.group("q"))
    groups = m.groupdict()
    year = (
        groups["y1"]
        or groups.get("y2")
        or (full_year(int(groups["yy"]), ctx.anchor) if groups.get("yy") else None)
    )
    if year:
        return f"{year}-Q{quarter}"
    if ctx.anchor is None:
        return None
    if groups.get("rel"):
        return f"{ctx.anchor.year + {'last': -1, 'this': 0, 'next': 1}[groups['rel'].lower()]}-Q{quarter}"
    this_year, current = quarter_of(ctx.anchor)
    to_past, to_future = (current - quarter) % 4, (quarter - current) % 4
    reported = groups.get("fiscal") or groups.get("ended")  # results come after the quarter
    ahead = to_future < to_past or (to_future == to_past and ctx.tense(*m.span()) == FUTURE)
    if to_past and ahead and not reported:
        return f"{this_year + (quarter < current)}-Q{quarter}"
    return f"{this_year - (quarter > current)}-Q{quarter}"


def _quarter_step(m: re.Match[str], ctx: Context) -> Value | None:
    if ctx.anchor is None:
        return None
    rel = m.group("rel").lower().removeprefix("the").strip()
    step = -1 if rel in ("last", "previous", "past") else 1 if rel in ("next", "coming") else 0
    year, quarter = shift_quarter(*quarter_of(ctx.anchor), step)
    return f"{year}-Q{quarter}"


def _quarter_same(m: re.Match[str], ctx: Context) -> Value | None:
    """ "the quarter", "the latest period": the quarter last named ("the latest quarter": or the last one)."""
    fallback = None
    if ctx.anchor is not None and m.group("latest") and m.group("u").lower() == "quarter":
        fallback = "{}-Q{}".format(*shift_quarter(*quarter_of(ctx.anchor), -1))
    return QuarterRef(0, fallback)


def _year_ago(m: re.Match[str], ctx: Context) -> Value | None:
    return None if ctx.anchor is None else QuarterRef(-4, str(ctx.anchor.year - 1))


def _year_period(m: re.Match[str], ctx: Context) -> Value | None:
    """ "the 1988 period": the quarter under discussion, in that year."""
    return QuarterRef(0, m.group("y"), year=int(m.group("y")))


def _fiscal(m: re.Match[str], ctx: Context) -> Value | None:
    digits = m.group("y").lstrip("'’")
    return digits if len(digits) == 4 else str(full_year(int(digits), ctx.anchor))


def _duration(m: re.Match[str], ctx: Context) -> Value | None:
    """two years → P2Y, a decade → P10Y, several months → PXM, 48 hours → PT48H."""
    return _period(number(m.group("n")), m.group("u"))


def _period(count: int | None, unit: str) -> str:
    """A TIMEX3 period of `count` units (None: an unknown number)."""
    scale, code = _PERIOD_CODES[UNITS[unit.lower().rstrip("s").replace("centurie", "century")]]
    amount = "X" if count is None else str(count * scale)
    return f"PT{amount}{code[1]}" if code.startswith("T") else f"P{amount}{code}"


def _set(m: re.Match[str], ctx: Context) -> Value | None:
    """every week → P1W, each Monday → XXXX-WXX-1, every spring → XXXX-SP."""
    word = m.group("u").lower()
    if word in WEEKDAYS:
        return f"XXXX-WXX-{WEEKDAYS[word] + 1}"
    if word in SEASONS:
        return f"XXXX-{SEASONS[word]}"
    if word in MONTHS:
        return f"XXXX-{MONTHS[word]:02d}"
    n = m.group("n")
    return _period(2 if n and n.lower() == "other" else (number(n) if n else 1), word)


RULES: tuple[Rule, ...] = (
    Rule(_SEASON, _season),
    Rule(_QUARTER, _quarter),
    Rule(_Q_CODE, _quarter),
    Rule(_QUARTER_STEP, _quarter_step),
    Rule(_QUARTER_SAME, _quarter_same),
    Rule(_YEAR_AGO, _year_ago),
    Rule(_YEAR_PERIOD, _year_period),
    Rule(_FISCAL, _fiscal),
    Rule(_DURATION, _duration),
    Rule(_DURATION_ADJ, _duration),
    Rule(_SET, _set, type="SET"),
)
