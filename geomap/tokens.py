"""Word tokens and the word lists recognition and actor finding share (shipped in `geomap/data/`)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from functools import cache
from importlib import resources
from typing import NamedTuple

from geomap.spans import SpanIndex

CONNECTORS = frozenset(  # "and" too, but only before a capitalised word: "Bosnia and Herzegovina"
    "of de del della di la le les upon under super on am an der du des da do dos das y el al sur en au aux es ez ed"
    " ad az ar ash and i e ul ud".split())  # (Persian "-i-"/"-e", Urdu "-ul-": "Mazar-i-Sharif", "Sar-e Pol")
CALENDAR = frozenset(
    "january february march april may june july august september october november december jan feb mar apr "
    "jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday".split())
TITLES = frozenset(
    "mr mrs ms miss dr prof sen senator rep gov governor president minister secretary judge justice coach "
    "general gen col colonel capt captain lt sgt officer deputy chief pope king queen prince princess sir "
    "lord lady father rev reverend bishop mayor chancellor premier ambassador spokesman spokeswoman "
    "commissioner detective trooper councilman councilwoman commander admiral sheriff marshal "
    "spokesperson coordinator director superintendent principal inspector supervisor manager chairman chairwoman "
    "councillor coun det insp supt trustee const constable cpl corporal sergeant lieutenant leader "  # roles
    "spc pfc pvt maj brig specialist "  # military ranks: "Spc. Kennedy Sanders"
    "quarterback linebacker forward winger goaltender goalkeeper striker midfielder pitcher guard "
    "aide adviser advisor businessman businesswoman tycoon billionaire swimmer sprinter cyclist boxer golfer "
    "singer actor actress rapper novelist analyst economist lawyer attorney journalist photographer nurse "
    "hurricane typhoon cyclone storm".split())  # a storm is named like a person: "Hurricane Milton"
COMPASS = frozenset("north south east west northern southern eastern western".split())
CAR_MAKES = frozenset(  # car makes named like towns: "a 1992 Toyota Corolla" is no Toyota, Aichi
    "toyota lincoln mercedes pontiac cadillac dodge plymouth mercury honda ford nissan bentley chrysler buick "
    "chevrolet jeep oldsmobile saturn hyundai kia mazda subaru volvo lexus acura infiniti".split())
KIN = frozenset(  # lower-case, these introduce a person as a title does: "his wife Mary" (but "Mother Russia")
    "wife husband son daughter mother brother sister uncle aunt nephew niece cousin widow grandson "
    "granddaughter".split())
ARABIC_GENERIC = frozenset(  # "spring", "mountain", "sons of", "valley", "cape", "mound", "well"...: a name's start
    "Ain Ayn Jebel Jabal Bani Beni Wadi Ras Tell Tel Bir Deir Dayr Kafr Beit Bayt Umm Abu Sidi Bab Qasr Nahr Khirbet"
    .split())
KIN_GENERIC = frozenset("Abu Umm Bani Beni Sidi".split())  # also begin people's names: "said Abu Omar, a shopkeeper"
GENERIC = frozenset(
    "north south east west northern southern eastern western northeast northwest southeast southwest central "
    "upper lower greater inner outer middle gulf lake river sea bay mount metro mart city county state province "
    "region district valley island islands coast harbor harbour beach park downtown midtown uptown center centre"
    .split())
IRISH_COUNTY_BEFORE = re.compile(r"(?:, |\b(?:in|of|from|near) )Co\.? $")  # "Newcastle, Co Tipperary", "in Co Kerry"
LOCATIVE_BEFORE = re.compile(r"\b(?:in|at|near|outside|from|to|across)\s+(?:the\s+)?$", re.IGNORECASE)  # "in (the) X"


def irish_county_before(text: str, start: int) -> bool:
    """Irish county style before `start`: "Newcastle, Co Tipperary", "in Co Kerry" (IRISH_COUNTY_BEFORE, tried only
    where "Co" stands in the last five characters, as it must)."""
    return "Co" in text[max(0, start - 5): start] and bool(IRISH_COUNTY_BEFORE.search(text, max(0, start - 10), start))


class Token(NamedTuple):
    """A word and its offsets in the text."""

    start: int
    end: int
    text: str
    capitalised: bool
    acronym: bool  # two or more letters, all capitals, no period ("NATO", not "U.S.")


@cache
def _wordlist(name: str) -> dict[str, int]:
    text = resources.files("geomap").joinpath(f"data/{name}").read_text(encoding="utf-8")
    words = [line for line in text.splitlines() if line and not line.startswith("#")]
    return {w.lower(): rank for rank, w in enumerate(words, 1)}


NEWS_WORD_RANK = 1500  # how common the words of disaster news count (news_words.txt): as the 1,500th word


@cache
def common_words() -> dict[str, int]:
    """Frequent lower-case English words -> frequency rank; capitalised, they need evidence to be places."""
    return {**dict.fromkeys(_wordlist("news_words.txt"), NEWS_WORD_RANK), **_wordlist("common_words.txt")}


def common_rank(word: str) -> int | None:
    """Frequency rank of a lower-case word, or of the singular of a regular plural ("sales", "banks",
    "cities", "taxes"); None for a word that is not common."""
    words = common_words()
    if (rank := words.get(word)) or not word.endswith("s"):
        return rank
    if word.endswith("ies"):
        return words.get(word[:-3] + "y")
    if word.endswith(("ses", "xes", "zes", "ches", "shes")):
        return words.get(word[:-2])
    return words.get(word[:-1])


def not_places() -> dict[str, int]:
    """Demonyms, languages, faiths and holidays: proper words that are not place names."""
    return _wordlist("not_places.txt")


def first_names() -> dict[str, int]:
    """Common given names (US Census 1990): the word after one is a surname, not a place."""
    return _wordlist("first_names.txt")


def rare_first_names() -> dict[str, int]:
    """Rarer given names (US Census 1990: "Paris", "India", "Hunter"): a person's only before a surname."""
    return _wordlist("rare_first_names.txt")


def surnames() -> dict[str, int]:
    """Common surnames (US Census 1990): after a given name, a person's name, though a common word ("Austin
    Butler")."""
    return _wordlist("surnames.txt")


@cache
def demonyms() -> dict[str, str]:
    """Demonyms -> ISO country code ("Syrian" -> "SY"): context for resolution, never toponyms."""
    text = resources.files("geomap").joinpath("data/demonyms.tsv").read_text(encoding="utf-8")
    return dict(line.split("\t") for line in text.splitlines() if line and not line.startswith("#"))


def alternation(words: Iterable[str]) -> str:
    """A regular expression matching any of `words`, as a trie (each branch point tried once, where a
    plain alternation would try every word in turn)."""
    trie: dict[str, dict] = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def pattern(node: dict[str, dict]) -> str:
        branches = [re.escape(ch) + pattern(sub) for ch, sub in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"
        return f"(?:{body})?" if "" in node else body
    return pattern(trie)


@cache
def _demonym_pattern() -> re.Pattern[str]:
    return re.compile(rf"({alternation(demonyms())})s?(?!{LETTER})")  # the word start is checked after


def demonym_matches(text: str, start: int = 0, end: int | None = None) -> Iterator[tuple[int, int, str]]:
    """(start, end, country code) of each demonym in text[start:end] ("Ukrainian", "Sri Lankans")."""
    table = demonyms()
    for m in _demonym_pattern().finditer(text, start, len(text) if end is None else end):
        if m.start() == 0 or not text[m.start() - 1].isalpha():
            yield m.start(), m.end(), table[m.group(1)]


def demonym_countries(text: str, names: Sequence[tuple[int, int]] = ()) -> dict[str, int]:
    """How often the text uses each country's demonym ("Ukrainian", "Ukrainians"), outside the spans of
    `names` (the "Indian" of "Indian Ocean" says nothing of India)."""
    out: dict[str, int] = {}
    spans = SpanIndex(names, lambda span: span)
    for at, _, code in demonym_matches(text):
        if not spans.overlaps(at, at + 1):
            out[code] = out.get(code, 0) + 1
    return out


UPPER = "".join(sorted({chr(c) for c in range(0x10000) if chr(c).isupper()} - set("\\]^-")))  # of the BMP
LETTER = r"[^\W\d_]"
_WORD_START = rf"(?<!{LETTER})(?<!{LETTER}['’‘])"  # a word, not the rest of one ("McDonald", "d'Ivoire",
# "Nuku‘alofa", its ʻokina written as a left quote)
_LOWER_WORDS = alternation((CONNECTORS - {"and"}) | TITLES | KIN | COMPASS)
_FIRST = "".join(sorted({w[0] for w in (CONNECTORS | TITLES | KIN | COMPASS)} | {"d", "l"}))
_NAME_TOKEN = re.compile(  # the lookahead first lets the engine skip positions no token starts at
    rf"(?=[{UPPER}{_FIRST}]){_WORD_START}(?:(?:[A-Z]\.){{2,}}|[A-Z][a-z]?\.[A-Z][a-z]+\."
    rf"|(?:[dl]['’])?[{UPPER}]{LETTER}*(?:['’‘]{LETTER}+)*|(?:{_LOWER_WORDS})(?!{LETTER}|['’]{LETTER})"
    rf"|and(?= (?:the )?[{UPPER}])|(?:(?<=\band )|(?<=\bof ))the(?= [{UPPER}]))")  # ("Saint Vincent and the
# Grenadines", "Democratic Republic of the Congo")
POSSESSIVE = re.compile(r"['’‘](?:s|re|ll|ve|d|m)?$")  # "Turkey's", "Ukraines'", and "We're", "I'd"


def tokenize(text: str) -> list[Token]:
    """The words names are made of, with their offsets: capitalised words (an elided article counts as part of
    the name: "d'Ivoire", "l'Aquila"), a lower-case compass word ("north Carolina" in a transcript), and the
    lower-case words that join or introduce names (connectors such as "of", or "and" before a capitalised
    word, titles such as "minister", kin words such as "wife"). Other words are skipped; the gap one leaves
    keeps the tokens either side of it from counting as adjacent, which is all the recogniser asks of them. A
    possessive or contraction ending is left out of the token."""
    out = []
    for m in _NAME_TOKEN.finditer(text):
        word = m.group()
        start = m.start()
        if (p := POSSESSIVE.search(word)) and len(word) > 2 and not word.isupper():
            word = word[: p.start()]
        upper = word[0].isupper()
        out.append(Token(start, start + len(word), word, upper or word[1:2] in ("'", "’"),
                         upper and word.isupper() and "." not in word and sum(c.isalpha() for c in word) >= 2))
    return out


def sentence_initial(text: str, start: int) -> bool:
    """Whether the word at `start` opens a sentence, a line or a list item ("- Floods hit Kano")."""
    before = text[max(0, start - 4): start].rstrip(" \t\"'“‘(")
    return (not before or before[-1] in ".!?\n:;" or start == 0
            or bool(_LIST_ITEM.search(text, max(0, start - 8), start)))


_LIST_ITEM = re.compile(r"(?:^|\n)[ \t]*[-*•][ \t]+$")
