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
from functools import lru_cache
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
STRONG_KINDS = frozenset({"country", "admin1", "continent", "region", "water"})
BIG_CITY = 100_000
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


@lru_cache(maxsize=1)
def common_words() -> dict[str, int]:
    """Frequent English words (shipped list) -> frequency rank; they need more evidence to count as places."""
    text = resources.files("geomap").joinpath("data/common_words.txt").read_text(encoding="utf-8")
    words = [line for line in text.splitlines() if line and not line.startswith("#")]
    return {w: rank for rank, w in enumerate(words, 1)}


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


def _key(text: str, tokens: list[Token], i: int, j: int) -> tuple[int, int, str]:
    """Span offsets and lookup key; a short capitalised token followed by "." is tried as an abbreviation."""
    start, end = tokens[i].start, tokens[j].end
    if i == j and end < len(text) and text[end] == "." and len(tokens[i].text) <= 5 and tokens[i].text[0].isupper():
        return start, end + 1, fold(text[start: end + 1])
    return start, end, fold(text[start:end])


def _doubt(text: str, tokens: list[Token], i: int, j: int, cands: list[Candidate]) -> str | None:
    """Why a single-token match is probably not a place (None when it may well be one)."""
    tok = tokens[i]
    best = cands[0].place
    strong = best.kind in STRONG_KINDS and cands[0].primary
    low = tok.text.lower()
    if low in CALENDAR:
        return "calendar word"
    if i > 0 and tokens[i - 1].text.lower().rstrip(".") in TITLES and text[tokens[i - 1].end: tok.start] in (" ", ". "):
        return "follows a title"
    if tok.acronym and len(tok.text) <= 4:
        return None if strong and best.kind in ("country", "admin1") else "acronym"
    rank = common_words().get(low)
    if rank and not strong and (best.population < BIG_CITY or _sentence_initial(text, tok.start)):
        return "common word"
    if rank and rank <= VERY_COMMON and best.kind != "country":
        return "very common word"
    if i > 0 and _person_before(text, tokens, i) and not strong:
        return "surname"
    return None


def _person_before(text: str, tokens: list[Token], i: int) -> bool:
    """A capitalised word right before, that does not start the sentence: "George Washington"."""
    prev = tokens[i - 1]
    return (prev.capitalised and text[prev.end: tokens[i].start] == " " and not prev.acronym
            and not _sentence_initial(text, prev.start) and prev.text.lower() not in common_words())


_LOCATIVE_BEFORE = re.compile(r"\b(?:in|at|near|outside|from|to|across)\s+(?:the\s+)?$", re.IGNORECASE)


def _unknown_names(text: str, tokens: list[Token], spans: list[tuple[int, int]], taken: list[Mention]) -> list[Mention]:
    """Capitalised names right after "in/at/near/..." that the gazetteer lacks: kept as mentions without
    candidates, so they are reported as unresolved (or asked online) instead of silently dropped."""
    longest: dict[int, int] = {}
    for i, j in spans:
        longest[i] = max(j, longest.get(i, i))
    out = []
    for i, j in sorted(longest.items()):
        start, end = tokens[i].start, tokens[j].end
        first = tokens[i].text.lower()
        if (any(m.start < end and start < m.end for m in taken) or not _LOCATIVE_BEFORE.search(text[max(0, start - 12): start])
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
    keyed = {(i, j): _key(text, tokens, i, j) for i, j in spans}
    found = gazetteer.candidates(k for _, _, k in keyed.values())
    by_start: dict[int, list[tuple[int, int]]] = {}
    for i, j in spans:
        by_start.setdefault(i, []).append((i, j))
    mentions: list[Mention] = []
    i = 0
    while i < len(tokens):
        for _, j in sorted(by_start.get(i, []), key=lambda s: -s[1]):
            start, end, key = keyed[(i, j)]
            cands = found.get(key)
            if cands and (j > i or _doubt(text, tokens, i, j, cands) is None):
                mentions.append(Mention(start, end, text[start:end], tuple(cands)))
                i = j
                break
        i += 1
    return sorted(mentions + _unknown_names(text, tokens, spans, mentions), key=lambda m: m.start)
