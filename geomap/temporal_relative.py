"""Rules for expressions resolved against the anchor date: today, last Friday, in March, two years ago."""

from __future__ import annotations

import re
from datetime import date, timedelta

from geomap.temporal_calendar import (
    add_months,
    month_value,
    nearest_month,
    quarter_of,
    shift_quarter,
    week_value,
    weekday_near,
)
from geomap.temporal_context import FUTURE, PAST, Context, DayRef, MonthRef, QuarterRef, Rule, Value, YearRef
from geomap.temporal_lexicon import (
    DAY_PART,
    DAY_PARTS,
    MONTH_FULL,
    MONTHS,
    NUMBER,
    SEASONS,
    UNIT,
    WEEKDAY,
    WEEKDAYS,
    number,
)

__all__ = ["RULES"]

_I = re.IGNORECASE
_DEICTIC = re.compile(
    rf"\b(?:the\s+day\s+(?P<dd>before\s+yesterday|after\s+tomorrow)"
    rf"|(?P<w>today|tonight|yesterday|tomorrow)(?:\s+(?P<part>{DAY_PART}))?"
    rf"|(?P<rel>this|last)\s+(?P<part2>{DAY_PART}))(?![\w-])",
    _I,
)
_OFFSETS = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1, "before yesterday": -2}
_OFFSETS |= {"after tomorrow": 2, "this": 0, "last": -1}
_HOLIDAY = re.compile(r"\b(?:Good|Black|Bloody|Ash|Cyber|Easter|Palm|Holy|Super|Maundy)\s+$")
_WEEKDAY = re.compile(
    r"\b(?:(?P<rel>this\s+coming|this\s+past|last|next|this|coming|past|previous|the\s+previous"
    r"|the\s+next)\s+)?"
    rf"(?P<wd>{WEEKDAY})(?:,?\s+(?P<part>{DAY_PART}))?(?:\s+(?:of\s+)?(?P<wk>next|last|this)\s+week\b(?!['’]))?",
    _I,
)
_SURNAME_AFTER = re.compile(  # a day's name as a given name before a surname: "spokeswoman Sunday Abutu said"
    rf" (?!{MONTH_FULL}|(?-i:Morning|Afternoon|Evening|Night)\b)(?-i:[A-Z][a-z]+)\b(?! \d)")
_DATE_BEFORE = re.compile(  # what comes before a day's name: "on Sunday", "by Monday", "Saturday, and Sunday"
    r"(?:\b(?:on|by|since|until|till|from|to|through|before|after|and|or|late|early|last|next|this|of|between|"
    r"said|says|told|announced|reported)"
    r"|[.,;:(—–-]|^)\s*$", _I)
_BACK = frozenset({"last", "past", "this past", "previous", "the previous"})
_AHEAD = frozenset({"next", "coming", "this coming", "the next"})
_MONTH = re.compile(
    r"\b(?:(?P<rel>this\s+past|this\s+coming|last|next|this)\s+)?"
    rf"(?P<mo>{MONTH_FULL})(?:,?\s+(?:of\s+)?(?P<yr>last|this|next)\s+year\b)?",
    _I,
)
_MONTH_CUE = re.compile(
    r"\b(?:in|since|until|till|by|through|from|to|of|during|before|after|early|late|mid|between|and|or|"
    r"around|throughout|last|next|this)[\s-]+$",
    _I,
)
_NAME_AFTER = re.compile(r"\s+(?-i:[A-Z][a-z])")
_THE_BEFORE = re.compile(r"\bthe\s+$", _I)
_UNIT = re.compile(
    r"\b(?P<rel>(?:the\s+)?(?:last|past|previous|next|coming|current)|this(?:\s+past|\s+coming)?)"
    r"\s+(?:fiscal\s+)?(?P<u>week|weekend|month|year)\b(?!-)",
    _I,
)
_WEEKEND = re.compile(r"\bthe\s+weekend\b", _I)
_PERIOD_END = re.compile(
    r"\bthe\s+(?:end|close)\s+of\s+(?:the\s+)?(?P<u>month|year)\b|\byear(?:'s)?[\s-]end\b(?!-)", _I
)
_IN_THE = re.compile(r"\b(?:earlier|later)\s+in\s+the\s+(?P<u>week|month|year)\b", _I)
_FOR_THE_YEAR = re.compile(
    r"(?<=\bfor\s)the\s+(?:full\s+)?year\b(?!\s+(?:before|after|earlier|ago|that|when)\b)", _I
)
_AGO = re.compile(
    rf"\b(?P<n>{NUMBER}|several|a\s+few|few|many)\s+(?P<u>{UNIT})"
    r"\s+(?P<dir>ago|earlier|from\s+now)\b(?!\s+than)",
    _I,
)
_DAY_PARTS = r"(?:day|morning|afternoon|evening|night)"
_THAT_DAY = re.compile(  # a day counted from the last one named: resolved in document order (see `DayRef`)
    rf"\b(?:(?P<next>(?:the\s+)?(?:next|following)\s+{_DAY_PARTS})"
    rf"|(?P<n>{NUMBER})\s+(?P<u>days?|weeks?)\s+later"
    rf"|(?P<same>later\s+that\s+{_DAY_PARTS}|that\s+same\s+{_DAY_PARTS}|the\s+same\s+day)"
    rf"|(?P<before>the\s+(?:previous|preceding)\s+{_DAY_PARTS}))\b",
    _I,
)
_THAT_YEAR = re.compile(  # a date in the year last named: resolved in document order (see `YearRef`)
    rf"\b(?:(?P<mo>{MONTH_FULL})\s+(?:of\s+)?that\s+year"  # "in November of that year"
    rf"|that\s+(?!May\b)(?P<mo2>{MONTH_FULL})(?!,?\s+\d)"  # "that September" (not Theresa May, "that March 3")
    rf"|(?:later\s+|earlier\s+)?that\s+(?:same\s+)?year|the\s+same\s+year"
    r"|that\s+(?P<season>summer|winter|autumn)(?![\w-])(?!\s+(?-i:[A-Z][a-z]))"
    r"|(?:(?<=\bin )|(?<=\bby )|(?<=\bduring )|(?<=\blater )|(?<=\bearlier )|(?-i:(?=That\s+\w+,)))that\s+"
    r"(?P<season2>spring|fall)"  # (not "the facilities that fall under its contract")
    rf"|the\s+(?P<next>following)\s+year)\b",
    _I,
)
_THAT_MONTH = re.compile(  # a month counted from the last one named: resolved in document order (see `MonthRef`)
    rf"\b(?:(?P<n>{NUMBER})\s+months?\s+later|the\s+(?P<next>following)\s+month"
    r"|(?:later\s+|earlier\s+)?that\s+(?:same\s+)?month|the\s+same\s+month)\b",
    _I,
)
# Adjectives such as "current", "recent" and "future" and adverbs such as "previously" are left out: in
# news they rarely date anything (and TimeML annotators mostly agree).
_PRESENT = re.compile(
    r"\b(?:right\s+now|now|currently|presently|nowadays|these\s+days|at\s+present|at\s+the\s+moment)\b", _I
)
_PAST = re.compile(
    r"\b(?:recently|lately|(?:in\s+)?recent\s+(?:days|weeks|months|years|decades)"
    r"|the\s+past(?!\s+(?:tense|participle|perfect)\b)|at\s+(?:the|that)\s+time(?!\s+of\b))\b",
    _I,
)
_FUTURE = re.compile(
    r"\b(?:the\s+(?:near\s+|distant\s+)?future|(?<!\bas\s)soon(?!\s+(?:after|afterwards|as|thereafter)\b)"
    r"|the\s+(?:near|short|long)\s+term|(?:the\s+)?coming\s+(?:days|weeks|months|years|decades))\b",
    _I,
)


def _deictic(m: re.Match[str], ctx: Context) -> Value | None:
    """today, tonight, yesterday morning, last night, the day after tomorrow."""
    if ctx.anchor is None:
        return None
    word = " ".join(str(m.group("dd") or m.group("w") or m.group("rel")).lower().split())
    part = m.group("part") or m.group("part2") or ("night" if word == "tonight" else None)
    if word == "last" and str(part).lower() != "night":
        return None  # "last night", but not "last morning"
    day = ctx.anchor + timedelta(days=_OFFSETS[word])
    return day.isoformat() + (f"T{DAY_PARTS[part.lower()]}" if part else "")


def _weekday(m: re.Match[str], ctx: Context) -> Value | None:
    """A weekday: reported ones are the latest on or before the anchor, announced ones the next; "next
    Tuesday" and "Tuesday next week" are next week's, "Monday last week" last week's."""
    if ctx.anchor is None or _HOLIDAY.search(m.string, max(0, m.start("wd") - 10), m.start("wd")):
        return None  # Good Friday, Black Monday: named days, not dates
    if not m.group("rel") and _SURNAME_AFTER.match(m.string, m.end("wd")) and not _DATE_BEFORE.search(
            m.string, max(0, m.start("wd") - 12), m.start("wd")):
        return None  # a person: "police spokeswoman Sunday Abutu said" (not "on Sunday Putin said")
    weekday = WEEKDAYS[m.group("wd").lower()]
    rel = " ".join(m.group("rel").lower().split()) if m.group("rel") else ""
    if m.group("wk"):  # "on Thursday next week", "Monday last week"
        step = {"next": 7, "last": -7, "this": 0}[m.group("wk").lower()]
        day = ctx.anchor + timedelta(days=step + weekday - ctx.anchor.weekday())
    elif rel == "this":
        day = ctx.anchor + timedelta(days=weekday - ctx.anchor.weekday())
    elif rel == "next":  # next week's: "next Tuesday" said on a Monday is eight days on, said on a Saturday three
        day = ctx.anchor + timedelta(days=7 + weekday - ctx.anchor.weekday())
    elif rel in _BACK or rel in _AHEAD:
        day = weekday_near(ctx.anchor, weekday, future=rel in _AHEAD, strict=True)
    else:
        ahead = ctx.tense(*m.span()) == FUTURE or (ctx.after_deadline(m.start())  # "until Friday", unless what
                                                    and ctx.tense(*m.span(), reports_too=False) != PAST)  # lasted
        # so is told in the past ("were closed until Thursday", "By Monday, 3,000 had fled"; but "are closed until
        # Thursday, officials said": the report's past is not the closure's)
        day = weekday_near(ctx.anchor, weekday, future=ahead)
    part = m.group("part")
    return day.isoformat() + (f"T{DAY_PARTS[part.lower()]}" if part else "")


def _month(m: re.Match[str], ctx: Context) -> Value | None:
    """A month without a year: "in March", "last May", "June last year"."""
    if ctx.anchor is None or not _is_month(m):
        return None
    month, anchor = MONTHS[m.group("mo").lower()], ctx.anchor
    rel, yr = (m.group("rel") or "").lower(), (m.group("yr") or "").lower()
    if yr:
        year = anchor.year + {"last": -1, "this": 0, "next": 1}[yr]
    elif rel == "this":
        year = anchor.year
    elif rel in _BACK:  # the month just gone is "last month": "last May" said in June is a year back
        year = anchor.year - (month >= anchor.month - 1)
    elif rel:
        year = anchor.year + (month <= anchor.month)
    else:
        year = nearest_month(anchor, month, ctx.year_tense(*m.span()))
    return month_value(year, month)


def _is_month(m: re.Match[str]) -> bool:
    """Month names double as words and names ("May", "April Smith"): bare ones need a cue before them."""
    if m.group("rel") or m.group("yr"):
        return True
    cued = _MONTH_CUE.search(m.string, max(0, m.start() - 12), m.start()) is not None
    if cued or m.group("mo") == "May":
        return cued
    if m.group("mo") == "March" and _THE_BEFORE.search(m.string, max(0, m.start() - 5), m.start()):
        return False  # "the March on Washington"
    return not _NAME_AFTER.match(m.string, m.end())


def _unit(m: re.Match[str], ctx: Context) -> Value | None:
    """last week, this month, next year, the past year, this weekend."""
    if ctx.anchor is None:
        return None
    rel = m.group("rel").lower().removeprefix("the").strip()
    step = -1 if rel in ("last", "past", "previous", "this past") else 1 if rel in ("next", "coming") else 0
    unit = m.group("u").lower()
    if unit == "weekend":
        return _weekend(ctx.anchor, step)
    return _shift(ctx.anchor, unit, step)


def _shift(anchor: date, unit: str, step: int) -> str:
    """The anchor's (ISO) week, month or year moved by `step` of them."""
    if unit == "week":
        return week_value(anchor + timedelta(weeks=step))
    if unit == "month":
        return month_value(*add_months(anchor.year, anchor.month, step))
    return str(anchor.year + step)


def _weekend(anchor: date, step: int) -> str:
    """The weekend before (-1), of (0) or after (1) the anchor's week; a weekend anchor is its own."""
    in_weekend = anchor.weekday() >= 5
    weeks = {-1: -1, 0: 0, 1: int(in_weekend)}[step]
    return f"{week_value(anchor + timedelta(weeks=weeks))}-WE"


def _the_weekend(m: re.Match[str], ctx: Context) -> Value | None:
    """ "over the weekend" is the last one, "ahead of the weekend" the coming one."""
    if ctx.anchor is None:
        return None
    if ctx.tense(*m.span()) == FUTURE or ctx.anchor.weekday() >= 5:
        return _weekend(ctx.anchor, 0)
    return _weekend(ctx.anchor, -1)


def _period_end(m: re.Match[str], ctx: Context) -> Value | None:
    """ "the end of the month/year": this one, or, early in the next one and in the past tense, the last."""
    if ctx.anchor is None:
        return None
    unit = m.group("u").lower() if m.group("u") else "year"
    early = ctx.anchor.month <= 3 if unit == "year" else ctx.anchor.day <= 10
    return _shift(ctx.anchor, unit, -(early and ctx.tense(*m.span()) == PAST))


def _current(m: re.Match[str], ctx: Context) -> Value | None:
    """ "later in the week", "for the year": the anchor's own week, month or year."""
    unit = m.group("u").lower() if "u" in m.re.groupindex else "year"
    return None if ctx.anchor is None else _shift(ctx.anchor, unit, 0)


def _ago(m: re.Match[str], ctx: Context) -> Value | None:
    """two years ago, three days from now; vague counts give PAST_REF/FUTURE_REF.

    "N units earlier" is counted from the anchor too: news uses it mostly for the year-ago figures.
    """
    if ctx.anchor is None:
        return None
    n, unit = number(m.group("n")), m.group("u").lower().rstrip("s").replace("centurie", "century")
    sign = 1 if m.group("dir").lower().startswith("from") else -1
    if n is None:
        return "FUTURE_REF" if sign > 0 else "PAST_REF"
    value = _offset(ctx.anchor, unit, sign * n)
    if value is not None and unit == "year" and sign < 0:
        return QuarterRef(-4 * n, value)  # "a year ago" in a quarterly report means that quarter
    return value


def _that_day(m: re.Match[str], ctx: Context) -> Value | None:
    """ "the next morning" (+1), "two days later", "a week later", "later that day" (0), "the previous day"."""
    if m.group("next"):
        return DayRef(1)
    if m.group("before"):
        return DayRef(-1)
    if m.group("same"):
        return DayRef(0)
    n = number(m.group("n"))
    return None if n is None else DayRef(n * (7 if m.group("u").lower().startswith("week") else 1))


def _that_year(m: re.Match[str], ctx: Context) -> Value | None:
    """ "that September" (-09), "in November of that year", "later that year", "that summer" (-SU), "the
    following year" (+1)."""
    if month := m.group("mo") or m.group("mo2"):
        return YearRef(0, f"-{MONTHS[month.lower()]:02d}")
    if season := m.group("season") or m.group("season2"):
        return YearRef(0, f"-{SEASONS[season.lower()]}")
    return YearRef(1 if m.group("next") else 0)


def _that_month(m: re.Match[str], ctx: Context) -> Value | None:
    """ "the following month" (+1), "two months later" (+2), "later that month", "the same month" (0)."""
    if m.group("next"):
        return MonthRef(1)
    if m.group("n"):
        n = number(m.group("n"))
        return None if n is None else MonthRef(n, f"P{n}M")
    return MonthRef(0)


def _offset(anchor: date, unit: str, k: int) -> str | None:
    """The anchor moved by k units, at that unit's precision."""
    if unit in ("week", "month", "year"):
        return _shift(anchor, unit, k)
    if unit == "day":
        return (anchor + timedelta(days=k)).isoformat()
    if unit in ("decade", "century"):
        return str(anchor.year + k * (10 if unit == "decade" else 100))
    if unit == "quarter":
        year, quarter = shift_quarter(*quarter_of(anchor), k)
        return f"{year}-Q{quarter}"
    return None


def _ref(value: str) -> Rule:
    pattern = {"PRESENT_REF": _PRESENT, "PAST_REF": _PAST, "FUTURE_REF": _FUTURE}[value]
    return Rule(pattern, lambda m, ctx: value)


RULES: tuple[Rule, ...] = (
    Rule(_DEICTIC, _deictic),
    Rule(_WEEKDAY, _weekday),
    Rule(_MONTH, _month),
    Rule(_UNIT, _unit),
    Rule(_WEEKEND, _the_weekend),
    Rule(_PERIOD_END, _period_end),
    Rule(_FOR_THE_YEAR, _current),
    Rule(_IN_THE, _current),
    Rule(_AGO, _ago),
    Rule(_THAT_DAY, _that_day),
    Rule(_THAT_YEAR, _that_year),
    Rule(_THAT_MONTH, _that_month),
    _ref("PRESENT_REF"),
    _ref("PAST_REF"),
    _ref("FUTURE_REF"),
)
