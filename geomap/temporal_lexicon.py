"""Word tables and regex fragments shared by the temporal rules (English)."""

from __future__ import annotations

from collections.abc import Iterable

__all__ = [
    "DAY",
    "DAY_PART",
    "DAY_PARTS",
    "MONTH",
    "MONTHS",
    "MONTH_FULL",
    "NUMBER",
    "NUMBER_WORD",
    "ORDINAL",
    "ORDINAL_WORD",
    "SEASON",
    "SEASONS",
    "UNIT",
    "UNITS",
    "WEEKDAY",
    "WEEKDAYS",
    "YEAR",
    "number",
    "ordinal",
    "words",
]


def words(text: str) -> tuple[str, ...]:
    """A space-separated word list, in order: keeps long vocabularies readable."""
    return tuple(text.split())


_MONTH_NAMES = words("january february march april may june july august september october november december")
MONTHS: dict[str, int] = {name: i for i, name in enumerate(_MONTH_NAMES, 1)}
MONTHS.update({name[:3]: i for i, name in enumerate(_MONTH_NAMES, 1)})
MONTHS["sept"] = 9

WEEKDAYS: dict[str, int] = {
    name: i for i, name in enumerate(words("monday tuesday wednesday thursday friday saturday sunday"))
}
SEASONS: dict[str, str] = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}
DAY_PARTS: dict[str, str] = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"}
UNITS: dict[str, str] = {
    "year": "Y", "month": "M", "week": "W", "day": "D", "decade": "DE", "century": "CE",
    "quarter": "Q", "hour": "H", "minute": "MI", "fortnight": "FN",
}  # fmt: skip

_ONES = words("one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen")
_ONES += words("sixteen seventeen eighteen nineteen")
_TENS = words("twenty thirty forty fifty sixty seventy eighty ninety")
_ORD_ONES = words("first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth")
_ORD_ONES += words("thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth")
_ORD_TENS = {"twentieth": 20, "thirtieth": 30}


def _number_words() -> dict[str, int]:
    table = {w: i for i, w in enumerate(_ONES, 1)}
    for t, tens in enumerate(_TENS, 2):
        table[tens] = 10 * t
        for u, one in enumerate(_ONES[:9], 1):
            table[f"{tens}-{one}"] = table[f"{tens} {one}"] = 10 * t + u
    return table


def _ordinal_words() -> dict[str, int]:
    words = {w: i for i, w in enumerate(_ORD_ONES, 1)} | _ORD_TENS
    for tens, base in (("twenty", 20), ("thirty", 30)):
        for u, one in enumerate(_ORD_ONES[:9], 1):
            words[f"{tens}-{one}"] = words[f"{tens} {one}"] = base + u
    return words


NUMBER_WORDS = _number_words()
ORDINAL_WORDS = _ordinal_words()
_FUZZY = {"a": 1, "an": 1, "one": 1, "a couple of": 2, "couple of": 2}


def number(word: str) -> int | None:
    """`"three"`, `"twenty-one"`, `"12"`, `"a"` → int; vague words (`"several"`) → None."""
    w = " ".join(word.lower().split())
    if w.isdigit():
        return int(w)
    return _FUZZY.get(w, NUMBER_WORDS.get(w))


def ordinal(word: str) -> int | None:
    """`"24th"`, `"24"`, `"twenty-fourth"` → 24."""
    w = word.lower().rstrip(".")
    digits = w.rstrip("stndrh")
    if digits.isdigit():
        return int(digits)
    return ORDINAL_WORDS.get(" ".join(w.split()))


def _alternation(options: Iterable[str]) -> str:
    """A regex alternation, longest option first."""
    return "|".join(sorted(options, key=lambda w: (-len(w), w)))


# Month and weekday names must be capitalised ((?-i:...) inside case-insensitive patterns).
MONTH_FULL = rf"(?-i:{_alternation(n.capitalize() for n in _MONTH_NAMES)})"
MONTH = rf"(?:{MONTH_FULL}|(?-i:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?)(?![\w])"
MONTH_FULL = rf"{MONTH_FULL}(?![\w-])"
WEEKDAY = rf"(?-i:{_alternation(n.capitalize() for n in WEEKDAYS)})(?![\w-])"
SEASON = rf"(?:{_alternation(SEASONS)})(?![\w-])"
DAY_PART = rf"(?:{_alternation(DAY_PARTS)})(?![\w-])"
UNIT = rf"(?:{_alternation(UNITS)}|centuries)(?:s)?(?![\w])"
_TENS_RE = "|".join(_TENS)
_UNITS_RE = "|".join(_ONES[:9])
NUMBER_WORD = rf"(?:(?:{_TENS_RE})(?:[\s-](?:{_UNITS_RE}))?|{'|'.join(_ONES)})(?!\w)"
NUMBER = rf"(?:\d{{1,3}}|{NUMBER_WORD}|a couple of|an?)(?![\w])"
DAY = r"(?<![\d.,])(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?![\w,.:/]?\d)(?!\w)"
_ORD_UNITS_RE = "|".join(_ORD_ONES[:9])
ORDINAL_WORD = (
    rf"(?:(?:twenty|thirty)[\s-](?:{_ORD_UNITS_RE})|{'|'.join(_ORD_ONES)}|twentieth|thirtieth)(?![\w-])"
)
ORDINAL = rf"(?:{DAY}|{ORDINAL_WORD})"
YEAR = r"(?<![\w.,$£€])[12]\d{3}(?![\w%]|[.,:/]\d)"
