"""Find time expressions in English news text and normalise them to TIMEX3 values.

Rules (regular expressions with normalisers, in `temporal_absolute`, `temporal_relative` and
`temporal_periods`) propose spans; the longest non-overlapping ones win; clock times are joined to the
day they belong to ("2 p.m. on Monday"); references ("the quarter", "a year earlier") are resolved in
document order. Relative expressions are resolved against the anchor (the publication date) and the
tense of their clause; without an anchor only self-contained dates are returned, and those counted from them
("the next morning" after "Aug. 2, 2025").

Examples
--------
>>> from datetime import date
>>> found = find_timexes("He left on Monday, 3 days after 10 March 2022.", date(2022, 3, 16))
>>> [(t.text, t.value) for t in found]
[('Monday', '2022-03-14'), ('3 days', 'P3D'), ('10 March 2022', '2022-03-10')]
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, timedelta

from geomap.models import Timex
from geomap.needles import Haystack, Needles
from geomap.temporal_absolute import RULES as ABSOLUTE_RULES
from geomap.temporal_calendar import add_months, precision_of, shift_quarter, timex_type
from geomap.temporal_context import Context, DayRef, MonthRef, QuarterRef, Rule, Value, YearRef
from geomap.temporal_holidays import RULES as HOLIDAY_RULES
from geomap.temporal_periods import RULES as PERIOD_RULES
from geomap.temporal_relative import RULES as RELATIVE_RULES

__all__ = ["find_timexes"]

RULES: tuple[Rule, ...] = ABSOLUTE_RULES + HOLIDAY_RULES + RELATIVE_RULES + PERIOD_RULES
_NEEDLES = tuple(Needles.of(rule.pattern) for rule in RULES)  # a text with none of a rule's has no match of it
_MODIFIER = re.compile(
    r"\b(?:early|late|mid|earlier|later|around|about|nearly|almost|roughly|approximately|fiscal"
    r"|the\s+(?:beginning|start|end|middle|close)\s+of)(?:\s+|-)$",
    re.IGNORECASE,
)
_TIME_THEN_DAY = re.compile(r"\s*(?:,\s*)?(?:on\s+)?")
_DAY_THEN_TIME = re.compile(r"\s*(?:,\s*)?(?:at\s+)?")
_QUARTER_VALUE = re.compile(r"(\d{4})-Q([1-4])")
_DAY_VALUE = re.compile(r"\d{4}-\d\d-\d\d")
_MONTH_VALUE = re.compile(r"(\d{4})-([01]\d)")  # a value in a month: "2022-09", "2022-09-14" (not "2022-W09")
_YEAR_VALUE = re.compile(r"\d{4}(?!\d)")  # a value in a year: "2022", "2022-09", "2022-W36", "2022-SU"
_QUARTER_REACH = 1500  # characters within which a named quarter is still "the quarter"
_DAY_REACH = 1500  # ... and a named day still the one "the next morning" follows
_CLOCK_DAYS = 31  # a time alone is on the day named before it when that lies this close to the anchor


@dataclass(frozen=True, slots=True)
class _Span:
    start: int
    end: int
    value: Value
    type: str | None
    rank: int  # rule order, to break ties between equally long spans


def find_timexes(text: str, anchor: date | None) -> list[Timex]:
    """Time expressions in `text`, sorted by start and non-overlapping, normalised against `anchor`.

    `anchor` is the publication date; when it is None, expressions that need it (today, Monday,
    "24 February", last year) are left out rather than given underspecified values.
    """
    if anchor is not None:
        anchor = date(anchor.year, anchor.month, anchor.day)  # a datetime is also a date
    ctx = Context(text, anchor)
    spans = _select(_candidates(ctx), len(text))
    spans = [_extend(text, span, spans[i - 1].end if i else 0) for i, span in enumerate(spans)]
    return _finalise(_attach_times(text, spans), ctx)


def _candidates(ctx: Context) -> list[_Span]:
    out = []
    hay = Haystack.of(ctx.text)
    for rank, (rule, needles) in enumerate(zip(RULES, _NEEDLES)):
        if not needles.may_match(hay):
            continue  # (most rules find nothing in most texts: not searching is the same)
        for m in rule.pattern.finditer(ctx.text):
            value = rule.normalise(m, ctx)
            start, end = rule.span(m)
            if value is not None and end > start:
                out.append(_Span(start, end, value, rule.type, rank))
    return out


def _select(candidates: list[_Span], size: int) -> list[_Span]:
    """Longest spans first (earlier rules on ties); a span overlapping a chosen one is dropped."""
    taken, used = [], bytearray(size)
    for span in sorted(candidates, key=lambda s: (s.start - s.end, s.start, s.rank)):
        if used.find(1, span.start, span.end) < 0:
            used[span.start : span.end] = b"\x01" * (span.end - span.start)
            taken.append(span)
    return sorted(taken, key=lambda s: s.start)


def _extend(text: str, span: _Span, floor: int) -> _Span:
    """Take in a leading modifier that keeps the value (early, mid-, the end of, around, fiscal).

    `floor` is where the previous span ends: an extension never reaches into it.
    """
    if not isinstance(span.value, str) or span.value.endswith("_REF") or span.value.startswith("P"):
        return span
    m = _MODIFIER.search(text, max(floor, span.start - 24), span.start)
    return replace(span, start=m.start()) if m else span


def _attach_times(text: str, spans: list[_Span]) -> list[_Span]:
    """Join a clock time to the day next to it: "2 p.m. on Monday", "Friday at 14:00"."""
    out: list[_Span] = []
    for span in spans:
        prev = out[-1] if out else None
        if prev is not None and isinstance(prev.value, str) and isinstance(span.value, str):
            gap = text[prev.end : span.start]
            if _is_clock(prev.value) and _is_day(span.value) and _TIME_THEN_DAY.fullmatch(gap):
                out[-1] = replace(prev, end=span.end, value=span.value[:10] + prev.value)
                continue
            if _is_day(prev.value) and _is_clock(span.value) and _DAY_THEN_TIME.fullmatch(gap):
                out[-1] = replace(prev, end=span.end, value=prev.value[:10] + span.value)
                continue
        out.append(span)
    return out


def _is_clock(value: str) -> bool:
    return value.startswith("T")


def _is_day(value: str) -> bool:
    return _DAY_VALUE.match(value) is not None


def _finalise(spans: list[_Span], ctx: Context) -> list[Timex]:
    """Resolve clock times, day, month, year and quarter references in document order, and build the records.
    A day reference ("the next morning") counts from the last day named within _DAY_REACH characters before it,
    a month reference ("the following month") from the last month so named, a year reference ("that September")
    from the last year, and a clock time alone ("around 6:40 p.m.") is on that day too when it lies within
    _CLOCK_DAYS of the anchor, else on the anchor's."""
    out: list[Timex] = []
    last_quarter: tuple[int, int, int] | None = None  # (end offset, year, quarter)
    last_day: tuple[int, date] | None = None  # (end offset, day)
    last_year: tuple[int, int] | None = None  # (end offset, year)
    last_month: tuple[int, int, int] | None = None  # (end offset, year, month)
    for span in spans:
        value: str | None
        near = last_day[1] if last_day and span.start - last_day[0] <= _DAY_REACH else None
        if isinstance(span.value, MonthRef):
            value = ("{:04d}-{:02d}".format(*add_months(last_month[1], last_month[2], span.value.shift))
                     if last_month and span.start - last_month[0] <= _DAY_REACH else span.value.fallback)
        elif isinstance(span.value, YearRef):
            value = (f"{last_year[1] + span.value.shift:04d}{span.value.part}"
                     if last_year and span.start - last_year[0] <= _DAY_REACH else None)
        elif isinstance(span.value, QuarterRef):
            value = _resolve(span.value, last_quarter, span.start)
        elif isinstance(span.value, DayRef):
            value = (near + timedelta(days=span.value.shift)).isoformat() if near else None
        elif _is_clock(span.value):  # (a day long before the anchor is history's, not today's story's: "founded
            day = (near if near and (ctx.anchor is None or abs((ctx.anchor - near).days) <= _CLOCK_DAYS)  # on June
                   else ctx.anchor)  # 4, 1990. Its chief will speak at 3 p.m.")
            value = f"{day.isoformat()}{span.value}" if day else None
        else:
            value = span.value
            if m := _QUARTER_VALUE.fullmatch(value):
                last_quarter = (span.end, int(m.group(1)), int(m.group(2)))
        if value and _is_day(value):
            last_day = (span.end, date.fromisoformat(value[:10]))
        if value and _YEAR_VALUE.match(value):
            last_year = (span.end, int(value[:4]))
        if value and (month := _MONTH_VALUE.match(value)):
            last_month = (span.end, int(month.group(1)), int(month.group(2)))
        if value:
            out.append(_timex(ctx.text, span, value))
    return out


def _resolve(ref: QuarterRef, last: tuple[int, int, int] | None, start: int) -> str | None:
    if last is None or start - last[0] > _QUARTER_REACH:
        return ref.fallback
    if ref.year is not None:
        return f"{ref.year}-Q{last[2]}"
    return "{}-Q{}".format(*shift_quarter(last[1], last[2], ref.shift))


def _timex(text: str, span: _Span, value: str) -> Timex:
    kind = span.type or timex_type(value)
    precision = "unknown" if kind == "SET" else precision_of(value)
    return Timex(span.start, span.end, text[span.start : span.end], value, precision, kind)
