"""Holidays named as dates: "on Christmas Day", "Good Friday", "Yom Kippur", "Eid al-Fitr", "Thanksgiving 2019".

A holiday without a year is its occurrence nearest the anchor, by tense, as for "24 February". Christian movable
feasts follow Easter (Western, or Orthodox when named so), Jewish ones the Hebrew calendar, Islamic ones the Umm
al-Qura calendar; the US federal days are the American ones. A holiday that names something else ("the Good
Friday Agreement", "the Boxing Day tsunami", "the Yom Kippur War", "Easter weekend") is no date.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta

from convertdate import holidays as calendars
from dateutil.easter import EASTER_ORTHODOX, EASTER_WESTERN, easter
from hijridate import Hijri

from geomap.temporal_calendar import prefer_future
from geomap.temporal_context import Context, Rule, Value
from geomap.temporal_lexicon import YEAR

__all__ = ["RULES"]

_Dates = Callable[[int], list[date]]  # a holiday's days in a Gregorian year


def _fixed(month: int, day: int) -> _Dates:
    return lambda year: [date(year, month, day)]


def _from_easter(days: int, method: int = EASTER_WESTERN) -> _Dates:
    return lambda year: [easter(year, method) + timedelta(days=days)]


def _gregorian(rule: Callable[[int], tuple[int, int, int]], days: int = 0) -> _Dates:
    """A day from convertdate's rules for a Gregorian year (Hebrew calendar, US federal days)."""
    return lambda year: [date(*rule(year)) + timedelta(days=days)]


def _hijri(month: int, day: int) -> _Dates:
    """An Islamic day: Hijri years run 11 days short, so a Gregorian year may hold it once or twice."""
    def dates(year: int) -> list[date]:
        out = []
        for hijri_year in range(year - 580, year - 577):
            try:
                d = Hijri(hijri_year, month, day).to_gregorian()
            except (OverflowError, ValueError):  # outside the Umm al-Qura tables (1924-2077)
                continue
            if d.year == year:
                out.append(date(d.year, d.month, d.day))
        return out
    return dates


def _thanksgiving(year: int) -> tuple[int, int, int]:
    """The fourth Thursday of November (convertdate's is the last, a week late when November has five)."""
    return calendars.nth_day_of_month(4, calendars.THU, calendars.NOV, year)


_APOS = r"['’]?"
_SAINT = r"(?:St\.?|Saint)\s+"
_EID = r"Eid(?:[\s-](?:al|ul|el)[\s-]|\s+)"
_HOLIDAYS: tuple[tuple[str, _Dates], ...] = (  # longer names first where one starts another
    (rf"New\s+Year{_APOS}s\s+Eve|Hogmanay", _fixed(12, 31)),
    (rf"New\s+Year{_APOS}s\s+Day", _fixed(1, 1)),
    (r"Orthodox\s+Christmas\s+Eve", _fixed(1, 6)),
    (r"Orthodox\s+Christmas(?:\s+Day)?", _fixed(1, 7)),
    (r"Christmas\s+Eve", _fixed(12, 24)),
    (r"Christmas\s+Day|(?<=\b[Oo]n\s)Christmas", _fixed(12, 25)),
    (r"Boxing\s+Day", _fixed(12, 26)),
    (r"Halloween", _fixed(10, 31)),
    (rf"Valentine{_APOS}s\s+Day", _fixed(2, 14)),
    (rf"{_SAINT}Patrick{_APOS}s\s+Day", _fixed(3, 17)),
    (r"Bastille\s+Day", _fixed(7, 14)),
    (r"Bonfire\s+Night|Guy\s+Fawkes\s+Night", _fixed(11, 5)),
    (r"Armistice\s+Day|Remembrance\s+Day|Veterans\s+Day", _fixed(11, 11)),
    (r"Canada\s+Day", _fixed(7, 1)),
    (r"Australia\s+Day", _fixed(1, 26)),
    (r"Anzac\s+Day", _fixed(4, 25)),
    (r"Waitangi\s+Day", _fixed(2, 6)),
    (rf"International\s+Women{_APOS}s\s+Day", _fixed(3, 8)),
    (r"Juneteenth", _fixed(6, 19)),
    (r"Orthodox\s+Easter(?:\s+Sunday)?", _from_easter(0, EASTER_ORTHODOX)),
    (r"Easter\s+Monday", _from_easter(1)),
    (r"Easter\s+(?:Sunday|Day)|(?<=\b[Oo]n\s)Easter", _from_easter(0)),
    (r"Holy\s+Saturday", _from_easter(-1)),
    (r"Good\s+Friday", _from_easter(-2)),
    (r"Maundy\s+Thursday|Holy\s+Thursday", _from_easter(-3)),
    (r"Palm\s+Sunday", _from_easter(-7)),
    (r"Ash\s+Wednesday", _from_easter(-46)),
    (r"Pentecost(?:\s+Sunday)?|Whit\s+Sunday", _from_easter(49)),
    (r"Thanksgiving(?:\s+Day)?", _gregorian(_thanksgiving)),
    (r"Black\s+Friday", _gregorian(_thanksgiving, 1)),
    (r"Memorial\s+Day", _gregorian(calendars.memorial_day)),
    (r"Labor\s+Day", _gregorian(calendars.labor_day)),
    (r"Martin\s+Luther\s+King(?:\s+Jr\.?)?\s+Day|MLK\s+Day", _gregorian(calendars.martin_luther_king_day)),
    (rf"Presidents{_APOS}\s+Day", _gregorian(calendars.presidents_day)),
    (r"Rosh\s+Hashana?h?", _gregorian(calendars.rosh_hashanah)),
    (r"Yom\s+Kippur", _gregorian(calendars.yom_kippur)),
    (r"Simchat\s+Torah|Shemini\s+Atzeret", _gregorian(calendars.shemini_azeret)),  # Israel's single day
    (r"Passover|Pesach", _gregorian(calendars.passover)),
    (r"Hanukkah|Chanukah", _gregorian(calendars.hanukkah)),
    (r"Purim", _gregorian(calendars.purim)),
    (rf"{_EID}Fitr", _hijri(10, 1)),
    (rf"{_EID}Adha", _hijri(12, 10)),
    (r"Ashura", _hijri(1, 10)),
)
_NAMES = tuple(name for name, _ in _HOLIDAYS)
_PATTERN = re.compile(
    rf"(?<![\w-])(?:(?<!than )(?<!about )(?<!over )(?<!some )(?<!nearly )(?<!almost )(?<!around )"
    rf"(?P<yb>(?:19|20)\d\d)\s+)?(?:{'|'.join(f'(?P<h{i}>{name})' for i, name in enumerate(_NAMES))})(?![\w-])"
    rf"(?:,?\s+(?P<y>{YEAR}))?"
)
_NAMES_SOMETHING = re.compile(  # the holiday names a thing or a stretch of days, not a day (what happened on it,
    # "a Christmas Day storm", is dated; after "the" it is a known one: "the Boxing Day storm")
    r"\s+(?:[Ww]ar|[Oo]ffensive|[Rr]ising|[Uu]prising|[Aa]greement|[Aa]ccords?|[Mm]assacre|[Tt]sunami|[Tt]ruce"
    r"|[Ww]eekend|[Hh]olidays?|[Bb]reak|[Pp]eriod|[Ss]eason|[Ss]ales?|[Mm]arkets?|[Ww]eek|[Rr]ecess)\b"
)
_THE_BEFORE = re.compile(r"\bthe\s+$", re.IGNORECASE)
_NEAR, _FAR = 0, 0  # in a past-tense clause, the last one (a date of the month may be a deadline ahead)


def _holiday(m: re.Match[str], ctx: Context) -> Value | None:
    """The holiday's day in the year given, else its occurrence nearest the anchor by tense."""
    if _NAMES_SOMETHING.match(m.string, m.end()) or (
            not m.group("yb") and _THE_BEFORE.search(m.string, max(0, m.start() - 5), m.start())):
        return None  # (with its year, "the 2024 New Year's Day quake" is known)
    dates = _HOLIDAYS[next(int(k[1:]) for k, v in m.groupdict().items() if v and k not in ("y", "yb"))][1]
    if year := m.group("y") or m.group("yb"):  # "Christmas 2024", "the 2024 New Year's Day quake"
        found = dates(int(year))
        return found[0].isoformat() if found else None
    if ctx.anchor is None:
        return None
    around = [d for year in range(ctx.anchor.year - 1, ctx.anchor.year + 2) for d in dates(year)]
    past = max((d for d in around if d <= ctx.anchor), default=None)
    future = min((d for d in around if d >= ctx.anchor), default=None)
    if past is None or future is None:
        return (past or future).isoformat() if past or future else None
    if past == future or not prefer_future(
        (ctx.anchor - past).days, (future - ctx.anchor).days, ctx.year_tense(*m.span()), _NEAR, _FAR
    ):
        return past.isoformat()
    return future.isoformat()


RULES: tuple[Rule, ...] = (Rule(_PATTERN, _holiday),)
