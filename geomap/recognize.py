"""Toponym recognition: gazetteer-driven spans, with evidence against false places.

Every run of capitalised tokens (allowing connectors such as "of", "de", "upon") up to six tokens long is
looked up in the gazetteer in one batch; the longest match wins. A match is then doubted when it looks like
something else: a month or weekday, a title or person name ("Minister Kuleba", "George Washington"), an
acronym that is not a country ("EU", "NATO"), or a common English word that is only capitalised because it
starts a sentence ("Reading the report..."). Possessives ("Turkey's") and hyphenated compounds
("Belarus-hosted", "pro-Russia") keep just the name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

from geomap.gazetteer import Gazetteer
from geomap.models import Candidate, Mention
from geomap.names import fold

MAX_TOKENS = 6
_TOKEN = re.compile(r"(?:[A-Z]\.){2,}|[A-Z][a-z]?\.[A-Z][a-z]+\.|[^\W\d_]+(?:['’][^\W\d_]+)*")
_POSSESSIVE = re.compile(r"['’]s?$")
CONNECTORS = frozenset("of de del della di la le les upon on am an der du des da do dos das y el al sur en".split())
CALENDAR = frozenset(
    "january february march april may june july august september october november december jan feb mar apr "
    "jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday".split())
TITLES = frozenset(
    "mr mrs ms miss dr prof sen senator rep gov governor president minister secretary judge justice coach "
    "general gen col colonel capt captain lt sgt officer deputy chief pope king queen prince princess sir "
    "lord lady father rev reverend bishop mayor chancellor premier ambassador spokesman spokeswoman "
    "commissioner detective trooper councilman councilwoman commander admiral sheriff".split())
GENERIC = frozenset(
    "north south east west northern southern eastern western northeast northwest southeast southwest central "
    "upper lower greater inner outer middle gulf lake river sea bay mount metro mart city county state province "
    "region district valley island islands coast harbor harbour beach park downtown midtown uptown".split())
STRONG_KINDS = frozenset({"country", "admin1", "continent", "region", "water"})
BIG_CITY = 100_000
HUGE_CITY = 1_000_000
VERY_COMMON = 700  # "west", "north", "hope", "nice": doubted even as regions


@dataclass(frozen=True, slots=True)
class Token:
    start: int
    end: int
    text: str

    @property
    def capitalised(self) -> bool:
        return self.text[0].isupper()

    @property
    def acronym(self) -> bool:
        letters = [c for c in self.text if c.isalpha()]
        return len(letters) >= 2 and all(c.isupper() for c in letters) and "." not in self.text


@cache
def _wordlist(name: str) -> dict[str, int]:
    text = resources.files("geomap").joinpath(f"data/{name}").read_text(encoding="utf-8")
    words = [line for line in text.splitlines() if line and not line.startswith("#")]
    return {w.lower(): rank for rank, w in enumerate(words, 1)}


def common_words() -> dict[str, int]:
    """Frequent lower-case English words -> frequency rank; capitalised, they need evidence to be places."""
    return _wordlist("common_words.txt")


def not_places() -> dict[str, int]:
    """Demonyms, languages, faiths and holidays: proper words that are not place names."""
    return _wordlist("not_places.txt")


def first_names() -> dict[str, int]:
    """Common given names (US Census 1990): the word after one is a surname, not a place."""
    return _wordlist("first_names.txt")


def tokenize(text: str) -> list[Token]:
    """Word tokens with their offsets; a possessive ending is left out of the token."""
    out = []
    for m in _TOKEN.finditer(text):
        word = m.group()
        if (p := _POSSESSIVE.search(word)) and len(word) > 2 and not word.isupper():
            word = word[: p.start()]
        out.append(Token(m.start(), m.start() + len(word), word))
    return out


def _sentence_initial(text: str, start: int) -> bool:
    before = text[max(0, start - 4): start].rstrip(" \t\"'“‘(")
    return not before or before[-1] in ".!?\n:;" or start == 0


def _spans(text: str, tokens: list[Token]) -> list[tuple[int, int]]:
    """(first, last) token index pairs of candidate names: capitalised at both ends, connectors inside,
    only spaces or hyphens between tokens."""
    spans = []
    for i, tok in enumerate(tokens):
        if not tok.capitalised:
            continue
        spans.append((i, i))
        for j in range(i + 1, min(i + MAX_TOKENS, len(tokens))):
            gap = text[tokens[j - 1].end: tokens[j].start]
            if gap not in (" ", "-"):
                break
            if not (tokens[j].capitalised or tokens[j].text in CONNECTORS):
                break
            if tokens[j].capitalised:
                spans.append((i, j))
    return spans


def _keys(text: str, tokens: list[Token], i: int, j: int) -> list[tuple[int, int, str]]:
    """Span offsets and lookup keys to try, in order: a short capitalised token followed by "." is tried
    first as an abbreviation ("Ga."), then as a word that ends a sentence ("Izium.")."""
    start, end = tokens[i].start, tokens[j].end
    plain = (start, end, fold(text[start:end]))
    if i == j and end < len(text) and text[end] == "." and len(tokens[i].text) <= 5 and tokens[i].text[0].isupper():
        return [(start, end + 1, fold(text[start: end + 1])), plain]
    return [plain]


def _strong(cand: Candidate) -> bool:
    """Countries, continents, seas and named regions, and populous admin-1 regions, by their own name."""
    place = cand.place
    return cand.primary and (place.kind in STRONG_KINDS or (place.kind == "admin1" and place.population >= BIG_CITY))


def _doubt(text: str, tokens: list[Token], i: int, cands: list[Candidate], known: set[str],
           placed: set[int], people: set[str]) -> str | None:
    """Why a single-token match is probably not a place (None when it may well be one). `known` holds the
    keys of every name the gazetteer knows in this text, `placed` the end offsets of accepted places."""
    tok = tokens[i]
    best = cands[0].place
    strong = _strong(cands[0])
    low = tok.text.lower()
    rank = common_words().get(low)
    if low in CALENDAR:
        return "calendar word"
    if low in GENERIC or low in not_places():
        return "not a place name"
    if low in people:
        return "a person's name in this text"
    if low in first_names() and not strong and best.population < BIG_CITY:
        return "given name"
    if i > 0 and tokens[i - 1].text.lower().rstrip(".") in TITLES and text[tokens[i - 1].end: tok.start] in (" ", ". "):
        return "follows a title"
    if tok.acronym and len(tok.text) <= 4:
        return None if strong and best.kind in ("country", "admin1") else "acronym"
    if rank and rank <= VERY_COMMON and best.kind != "country":
        return "very common word"
    if rank and not strong and best.population < (HUGE_CITY if _sentence_initial(text, tok.start) else BIG_CITY):
        return "common word"
    prev = _word_before(text, tokens, i)
    if prev and prev.end not in placed and (prev.text.lower() in first_names() or (
            prev.text.lower() not in common_words() and prev.text.lower() not in TITLES)):
        return "surname"
    nxt = _word_after(text, tokens, i)
    if (nxt and low in first_names() and nxt.text.lower() not in common_words() and best.kind != "country"
            and best.population < HUGE_CITY):
        return "first name"
    return None


def _word_before(text: str, tokens: list[Token], i: int) -> Token | None:
    """The capitalised word (not an acronym or connector) right before token i, if any."""
    if i == 0 or text[tokens[i - 1].end: tokens[i].start] != " ":
        return None
    prev = tokens[i - 1]
    return prev if prev.capitalised and not prev.acronym and prev.text.lower() not in CONNECTORS else None


def _word_after(text: str, tokens: list[Token], i: int) -> Token | None:
    """The capitalised word (not an acronym) right after token i, if any."""
    if i + 1 >= len(tokens) or text[tokens[i].end: tokens[i + 1].start] != " ":
        return None
    nxt = tokens[i + 1]
    return nxt if nxt.capitalised and not nxt.acronym else None


def _people(text: str, tokens: list[Token]) -> set[str]:
    """Words used as surnames anywhere in the text (after a given name or a title), so a later bare
    "Obama" or "Kuleba" is a person too."""
    out = set()
    for i in range(1, len(tokens)):
        prev, tok = tokens[i - 1], tokens[i]
        low = prev.text.lower().rstrip(".")
        if tok.capitalised and not tok.acronym and text[prev.end: tok.start] in (" ", ". ") and prev.capitalised and (
                low in TITLES or low in first_names()):
            out.add(tok.text.lower())
    return out


_LOCATIVE_BEFORE = re.compile(r"\b(?:in|at|near|outside|from|to|across)\s+(?:the\s+)?$", re.IGNORECASE)


def _unknown_names(text: str, tokens: list[Token], spans: list[tuple[int, int]], taken: list[Mention],
                   known: set[str]) -> list[Mention]:
    """Capitalised names right after "in/at/near/..." that the gazetteer lacks: kept as mentions without
    candidates, so they are reported as unresolved (or asked online) instead of silently dropped. Names the
    gazetteer knows but recognition doubted stay out."""
    longest: dict[int, int] = {}
    for i, j in spans:
        if not any(t.text.lower() in CALENDAR for t in tokens[i + 1: j + 1]):
            longest[i] = max(j, longest.get(i, i))
    out: list[Mention] = []
    for i, j in sorted(longest.items()):
        start, end = tokens[i].start, tokens[j].end
        first = tokens[i].text.lower()
        if (any(m.start < end and start < m.end for m in taken) or fold(text[start:end]) in known
                or not _LOCATIVE_BEFORE.search(text[max(0, start - 12): start])
                or first in CALENDAR or first in TITLES or (i == j and (first in common_words() or tokens[i].acronym))):
            continue
        if out and out[-1].end > start:
            continue
        out.append(Mention(start, end, text[start:end]))
    return out


def recognize(text: str, gazetteer: Gazetteer) -> list[Mention]:
    """Place-name mentions in `text`, each with its gazetteer candidates (best prior first)."""
    tokens = tokenize(text)
    spans = _spans(text, tokens)
    keyed = {(i, j): _keys(text, tokens, i, j) for i, j in spans}
    found = gazetteer.candidates(k for variants in keyed.values() for _, _, k in variants)
    known = set(found)
    placed: set[int] = set()
    people = _people(text, tokens)
    by_start: dict[int, list[tuple[int, int]]] = {}
    for i, j in spans:
        by_start.setdefault(i, []).append((i, j))
    mentions: list[Mention] = []
    i = 0
    while i < len(tokens):
        for _, j in sorted(by_start.get(i, []), key=lambda s: -s[1]):
            start, end, key = next((v for v in keyed[(i, j)] if v[2] in found), keyed[(i, j)][-1])
            cands = found.get(key)
            if cands and (j > i or _doubt(text, tokens, i, cands, known, placed, people) is None):
                mentions.append(Mention(start, end, text[start:end], tuple(cands)))
                placed.add(end)
                i = j
                break
        i += 1
    return sorted(mentions + _unknown_names(text, tokens, spans, mentions, known), key=lambda m: m.start)
