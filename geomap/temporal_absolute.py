"""Rules for dates that carry their own year (or need none): full dates, years, decades, clock times."""

from __future__ import annotations

import re
from datetime import timedelta

from geomap.temporal_calendar import make_date, nearest_day
from geomap.temporal_context import FUTURE, Context, Rule, Value
from geomap.temporal_lexicon import (
    MONTH,
    MONTHS,
    NUMBER_WORD,
    ORDINAL,
    ORDINAL_WORD,
    WEEKDAY,
    WEEKDAYS,
    YEAR,
    number,
    ordinal,
    words,
)

__all__ = ["RULES"]

_I = re.IGNORECASE
_COUNTED = (
    r"people|persons|residents|troops|soldiers|men|women|children|deaths|dead|cases|votes|points|times|"
    r"units|km|kilometres|kilometers|miles|metres|meters|feet|ft|kg|tons|tonnes|hours|hrs|households|"
    r"families|workers|jobs|employees|students|patients|pounds|dollars|euros|yen|barrels|acres|hectares|"
    r"refugees|civilians|seats|members|homes|houses|vehicles|cars|rockets|missiles|shells|GMT|UTC"
)
_ISO = re.compile(r"(?<![\w-])([12]\d{3})-([01]\d)-([0-3]\d)(?:[T ]([01]\d|2[0-3]):([0-5]\d))?(?![\w-])")
_NUMERIC = re.compile(r"(?<![\w./-])(\d{1,2})([/.])(\d{1,2})\2([12]\d{3})(?![\w/-]|\.\d)")
_YEAR_AFTER = rf"(?:,?\s+(?P<y>{YEAR})|,?\s+(?P<said>last|this|next)\s+year\b)?"  # "on May 6 last year"
_DAY_MONTH = re.compile(
    rf"\b(?:(?P<wd>{WEEKDAY}),?\s+)?(?:the\s+)?(?P<d>{ORDINAL})(?:\s+of)?\s+(?P<mo>{MONTH}){_YEAR_AFTER}", _I)
_MONTH_DAY = re.compile(
    rf"\b(?:(?P<wd>{WEEKDAY}),?\s+)?(?P<mo>{MONTH})\s+(?:the\s+)?(?P<d>{ORDINAL}){_YEAR_AFTER}", _I)
_BARE_DAY = re.compile(  # "on the 5th": a day of the month the text is in (not "on the 5th floor", "the 5th of")
    r"\b(?:on|since|until|by)\s+the\s+(?P<x>(?P<d>[12]?\d|3[01])(?:st|nd|rd|th))\b"
    r"(?=\s*(?:[,.;:!?)]|$|\s(?:and|but|after|before|when|as|while|at|in|amid|with|to)\b))", _I)
_MONTH_YEAR = re.compile(rf"\b(?P<mo>{MONTH}),?\s+(?:of\s+)?(?P<y>{YEAR})", _I)
_YEAR = re.compile(
    rf"(?:(?<=[12]\d{{3}}[-–])|(?<=\bmid-)|(?<![\w$£€¥#.,/-]))(?P<y>(?:19|20)\d\d)"
    rf"(?![\w%]|[.,:/]\d|-\d{{5}}|\s+(?:{_COUNTED})\b)"
)
_PLURAL_AFTER = re.compile(r"\s+[a-z]+s\b")  # "2000 tanks" counts tanks; "the 2020 elections" is a year
_YEAR_CUE_BEFORE = re.compile(
    r"\b(?:the|a|an|his|her|its|their|our|your|this|that|in|of|since|until|till|by|before|after|during|"
    r"from|through|mid|early|late|fiscal|calendar)[\s-]+$|['’]s\s+$",
    _I,
)
_OLD_YEAR = re.compile(
    r"\b(?:in|since|until|before|after|during)\s+(?P<x>1[0-8]\d\d)(?=\s*[,.;:!?)]|\s+(?:and|when|to)\b)", _I
)
_YEAR_TAIL = re.compile(r"(?<=(?:19|20)\d\d[-–/])(?P<yy>\d\d)(?![\w%]|[.,:/]\d)")
_DECADE = re.compile(
    r"\b(?:(?:the\s+)?(?:(?:early|mid|late)[\s-]*)?(?<![\w$])(?P<c>1[0-9]|20)(?P<d>\d)0'?s"
    r"|\bthe\s+(?:(?:early|mid|late)[\s-]*)?['’]?(?P<d2>\d)0'?s)(?!\w)",
    _I,
)
_DECADE_WORDS = {w: i for i, w in enumerate(words("twenties thirties forties fifties sixties seventies"), 2)}
_DECADE_WORDS |= {"eighties": 8, "nineties": 9}
_DECADE_WORD = re.compile(
    rf"\bthe\s+(?:(?:early|mid|late)[\s-]*)?(?:nineteen[\s-]*)?(?P<w>{'|'.join(_DECADE_WORDS)})\b", _I
)
_CENTURY = re.compile(
    rf"\b(?:the\s+)?(?P<n>\d{{1,2}}(?:st|nd|rd|th)|{ORDINAL_WORD})"
    r"[\s-]+century\b",
    _I,
)
_SPELLED_YEAR = re.compile(
    rf"\b(?P<c>nineteen|twenty)[\s-]+(?P<n>{NUMBER_WORD}|hundred\b)"
    r"(?![\s-]+(?:percent|people|thousand|million|billion|hundred|dollars)\b)",
    _I,
)
_TWO_THOUSAND = re.compile(
    rf"\b(?:the\s+year|in|since|until|by)\s+(?P<x>two\s+thousand(?:\s+(?:and\s+)?(?P<n>{NUMBER_WORD}))?)"
    r"(?=\s*[,.;:!?)]|\s+(?:and|when|to|has|had|was|is)\b)",
    _I,
)
_TZ = r"(?:\s*(?-i:GMT|UTC|[ECMP][SD]T|BST|CES?T|EES?T|MSK|IST|JST|AES?T)\b|\s+local\s+time\b)"
_CLOCK_12 = re.compile(
    rf"(?<![\d:.,])(?P<h>1[0-2]|0?[1-9])(?:[:.](?P<mi>[0-5]\d))?\s*(?P<ap>[ap])(?:\.\s?m\.|\s?m\b){_TZ}?", _I
)
_CLOCK_24 = re.compile(  # a bare "3:16" may be a verse or a score: it needs "at" (or the like) or a zone
    r"(?:\b(?P<cue>at|by|from|until|till|to|before|after|around|about|since|between|and)\s+)?"
    rf"(?P<x>(?<![\d:.,$£€])(?P<h>[01]?\d|2[0-3]):(?P<mi>[0-5]\d)(?![\d:]|[.,]\d)"
    rf"(?P<zone>\s*(?:h|hrs|hours)\b|{_TZ})?)",
    _I,
)
_MILITARY = re.compile(
    rf"(?<![\d:.,$£€])(?P<h>[01]\d|2[0-3])(?P<mi>[0-5]\d)(?:\s*(?:h|hrs|hours)\b|{_TZ})", _I
)
_NOON = re.compile(r"\b(?P<w>noon|midday|midnight)\b", _I)


def _iso(m: re.Match[str], ctx: Context) -> Value | None:
    y, mo, d, h, mi = m.groups()
    day = make_date(int(y), int(mo), int(d))
    if day is None:
        return None
    return day.isoformat() + (f"T{h}:{mi}" if h else "")


def _numeric(m: re.Match[str], ctx: Context) -> Value | None:
    """d/m/y or m/d/y only when the order is certain (a part above 12, or both equal); d.m.y always."""
    a, sep, b, y = int(m.group(1)), m.group(2), int(m.group(3)), int(m.group(4))
    if sep == "." or (a > 12 >= b):
        day, month = a, b
    elif b > 12 >= a or a == b:
        day, month = b, a
    else:
        return None
    d = make_date(y, month, day)
    return d.isoformat() if d else None


def _bare_day(m: re.Match[str], ctx: Context) -> Value | None:
    """A day of the month alone: this month's when the day has come, else last month's (next month's, for a day
    the tense sets ahead: "talks resume on the 5th")."""
    day = int(m.group("d"))
    if ctx.anchor is None:
        return None
    this = ctx.anchor.replace(day=1)
    ahead = ctx.tense(*m.span("x")) == FUTURE
    if day == ctx.anchor.day or (day < ctx.anchor.day) != ahead:
        month = this
    elif ahead:
        month = (this + timedelta(days=32)).replace(day=1)
    else:
        month = (this - timedelta(days=1)).replace(day=1)
    d = make_date(month.year, month.month, day)
    return d.isoformat() if d else None


def _day_month(m: re.Match[str], ctx: Context) -> Value | None:
    """A day and month, with its year when given, said ("May 6 last year") or set by the sentence ("since 1999,
    when … on Aug. 17"); otherwise the year the tense (or weekday) implies."""
    month, day = MONTHS[m.group("mo").lower().rstrip(".")], ordinal(m.group("d"))
    if day is None:
        return None
    if m.group("y"):
        d = make_date(int(m.group("y")), month, day)
        return d.isoformat() if d else None
    if (year := ctx.year_set(m.start())) is not None:
        d = make_date(year, month, day)
        return d.isoformat() if d else None
    if ctx.anchor is None:
        return None
    if said := m.group("said"):
        d = make_date(ctx.anchor.year + {"last": -1, "this": 0, "next": 1}[said.lower()], month, day)
        return d.isoformat() if d else None
    weekday = WEEKDAYS.get((m.group("wd") or "").lower())
    d = nearest_day(ctx.anchor, month, day, ctx.year_tense(*m.span()), weekday)
    return d.isoformat() if d else None


def _month_year(m: re.Match[str], ctx: Context) -> Value | None:
    return f"{int(m.group('y')):04d}-{MONTHS[m.group('mo').lower().rstrip('.')]:02d}"


def _year(m: re.Match[str], ctx: Context) -> Value | None:
    """A bare year, unless it reads as a count ("sent 2000 tanks")."""
    if "x" in m.re.groupindex:
        return m.group("x")
    counted = _PLURAL_AFTER.match(m.string, m.end())
    if counted and not _YEAR_CUE_BEFORE.search(m.string, max(0, m.start() - 12), m.start()):
        return None
    return m.group("y")


def _year_tail(m: re.Match[str], ctx: Context) -> Value | None:
    """The "58" of "1957-58": the century of the first year, and later than it."""
    first = m.string[m.start() - 5 : m.start() - 1]
    year = int(first[:2] + m.group("yy"))
    return str(year) if year > int(first) else None


def _decade(m: re.Match[str], ctx: Context) -> Value | None:
    if m.group("c"):
        return f"{m.group('c')}{m.group('d')}X"
    digit = m.group("d2")
    return f"{'20' if digit in '01' else '19'}{digit}X"


def _decade_word(m: re.Match[str], ctx: Context) -> Value | None:
    return f"19{_DECADE_WORDS[m.group('w').lower()]}X"


def _century(m: re.Match[str], ctx: Context) -> Value | None:
    n = ordinal(m.group("n"))
    return f"{n - 1:02d}" if n and n <= 30 else None


def _spelled_year(m: re.Match[str], ctx: Context) -> Value | None:
    """ "nineteen ninety-six" → 1996, "nineteen hundred" → 1900."""
    century = 19 if m.group("c").lower() == "nineteen" else 20
    rest = m.group("n").lower()
    years = 0 if rest == "hundred" else number(rest) or 0
    return str(century * 100 + years) if rest == "hundred" or years >= 10 else None


def _two_thousand(m: re.Match[str], ctx: Context) -> Value | None:
    return str(2000 + (number(m.group("n")) or 0 if m.group("n") else 0))


def _clock(m: re.Match[str], ctx: Context) -> Value | None:
    """A clock time awaiting its day ("T14:00"); the day is attached or defaulted later."""
    groups = m.groupdict()
    if "cue" in groups and not (groups["cue"] or groups["zone"]):
        return None
    hour, minute = int(m.group("h")), int(m.group("mi") or 0)
    if "ap" in groups:
        hour = hour % 12 + (12 if m.group("ap").lower() == "p" else 0)
    return f"T{hour:02d}:{minute:02d}"


def _noon(m: re.Match[str], ctx: Context) -> Value | None:
    return "T24:00" if m.group("w").lower() == "midnight" else "T12:00"


RULES: tuple[Rule, ...] = (
    Rule(_ISO, _iso),
    Rule(_NUMERIC, _numeric),
    Rule(_DAY_MONTH, _day_month),
    Rule(_BARE_DAY, _bare_day),
    Rule(_MONTH_DAY, _day_month),
    Rule(_MONTH_YEAR, _month_year),
    Rule(_YEAR, _year),
    Rule(_OLD_YEAR, _year),
    Rule(_YEAR_TAIL, _year_tail),
    Rule(_DECADE, _decade),
    Rule(_DECADE_WORD, _decade_word),
    Rule(_CENTURY, _century),
    Rule(_SPELLED_YEAR, _spelled_year),
    Rule(_TWO_THOUSAND, _two_thousand),
    Rule(_CLOCK_12, _clock),
    Rule(_CLOCK_24, _clock),
    Rule(_MILITARY, _clock),
    Rule(_NOON, _noon),
)
