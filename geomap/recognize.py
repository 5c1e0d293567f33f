"""Toponym recognition: gazetteer-driven spans, with evidence against false places.

Every run of capitalised tokens (allowing connectors such as "of", "de", "upon") up to six tokens long is
looked up in the gazetteer in one batch; the longest match wins. Abbreviated name parts are also tried
written out ("St. Paul" = Saint Paul, "Mt. Pleasant", "Ft. Worth", "Loudon Co." = Loudon County).
A match is then doubted when it looks like something else (unless the text writes it as a place:
"Reading, Pa."):
- a month or weekday; a demonym, language, faith or holiday; a generic word ("West", "Gulf"); a
  currency ("US$");
- a person: after a title, with its office or not, or a lower-case kin word ("Minister Kuleba", "Gov.
  Smith", "Secretary of State Antony Blinken", "his wife Mary"), a given name or a middle initial
  ("Ashley L. Evans"), one word further after a title ("Secretary Dick Cheney"), before an age ("Evans,
  26, of Paris"), or used so anywhere else in the article (unless a country, region or big city is
  written as a place there: "lawmakers in Washington"); the speaker of "said" ("Welch said"); a given
  name standing for its bearer, or before a surname of the text ("Nigel Judah, 58,"); a family ("the
  Underwood family"); a storm ("Hurricane Milton");
- a company: a firm ("Stevens & Wilkinson"), a name before a corporate suffix ("Kellogg Co.", "Drexel
  Burnham Lambert Inc.") and that name elsewhere in the article unless written as a place ("based in
  Nashua", "Duluth police"); half of a hyphenated name whose other half is no place ("Hewlett-Packard");
- a saint's church, school or day ("St. John's Lutheran School");
- a thing: a town's name as the head of a noun phrase with "the" ("the White House said", "striking the
  Toyota."), since towns take no article; a small town's name in common words so used names the thing in
  every mention of the article ("White House spokesman");
- a word that is only another place's alternate name, an acronym that is not a country or a world city ("EU", "NATO"), a
  common English word (or its plural) capitalised only because it starts a sentence ("Reading the
  report...", "Sales rose"), or one that no place has as its full name ("Capital" for "Capital Region").
A name the text writes as a place once ("READING, Pa.") is a place in its other mentions too, unless
they are a person, a company or a speaker. Countries, continents, seas, named regions and populous
admin-1 regions need less evidence. A bare given
name that is also a town ("Lindsay", "Augusta") is kept when the text writes it as a place ("in Lindsay",
"the Lindsay area") or it lies right next to another place of the article ("Gainesville and Lindsay").
A township, park, lake, creek or port named after a place ("Madison Township", "Lake Norman", "Port Renfrew"),
or a village whose name extends a better-known one ("Meadow Grove", "Tennessee Colony"), is one mention whose candidates
are only namesakes; resolution places it only near the article's other places (a river or valley named after a
place, "the Hunter River", at its namesake unless that lies far from them). A street named after a
place ("6016 Dublin Road", "Memphis St.") is a street, never its namesake town: it is one mention, which
resolution places at the town the text puts it in.
Possessives ("Turkey's") and hyphenated compounds ("Belarus-hosted", "pro-Russia") keep just the name. A
lower-case compass word joins the next name only into a country or region, and only when that name alone
is none ("north Carolina"; but "south Georgia" is a direction).
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import replace
from functools import cache, lru_cache
from typing import NamedTuple

import numpy as np

from geomap.gazetteer import Gazetteer
from geomap.models import Candidate, Mention, Place
from geomap.names import CALLS_GAP_RE, fold, respelled
from geomap.resolve import EARTH_KM, LIST_GAPS, POINT_KINDS, km
from geomap.spans import SpanIndex
from geomap.tokens import (
    ARABIC_GENERIC,
    CALENDAR,
    CAR_MAKES,
    COMPASS,
    CONNECTORS,
    GENERIC,
    KIN,
    KIN_GENERIC,
    LETTER,
    LOCATIVE_BEFORE,
    NEWS_WORD_RANK,
    POSSESSIVE,
    TITLES,
    UPPER,
    Token,
    common_rank,
    common_words,
    demonyms,
    first_names,
    irish_county_before,
    not_places,
    rare_first_names,
    sentence_initial,
    surnames,
    tokenize,
)

MAX_TOKENS = 6
GIVEN_NAME = "given name"
ALTERNATE_ONLY = "only another place's alternate name"
MAX_SUPPORT = 10  # readings of a name considered as support for a doubtful neighbour
NEIGHBOUR_KM = 15.0
PEOPLES_TOWN = 50_000  # a city this big named like a people or a word of faith is the city after "in" ("in Latina")
PAIR_KM = 150.0  # a given name paired with a place is a town of its state this near one of its readings
POSSESSIVE_GAPS = ("'s ", "’s ")  # inside a name: "Cox's Bazar", "Thompson's Station"
NAME_GAPS = (" ", "-", *POSSESSIVE_GAPS)  # what may stand between the words of a name
ABBREVIATIONS = {"St": "saint", "Ste": "sainte", "Mt": "mount", "Ft": "fort"}  # before "." in a name
ABBREVIATIONS |= {short.upper(): long for short, long in ABBREVIATIONS.items()}  # "ST. PARIS -" in a dateline
INSTITUTIONS = frozenset(
    "church cathedral chapel parish catholic episcopal lutheran methodist baptist presbyterian orthodox united "
    "hospital medical health school academy college university cemetery center centre youth dominican "
    "mission".split())
FEATURE_AFTER = frozenset(  # "Madison Township", "Griffith Park", "Meadow Grove": named after another place
    "Township Twp Park Grove Colony Heights Junction Village Hill Hills Crossing Beach Island Islands Bay River Valley "
    "Creek".split())
FEATURE_BEFORE = frozenset({"Lake", "River", "Port", "Camp"})  # "Port Renfrew" is no Renfrew, "Camp Mystic" no Mystic
ABBREVIATED = frozenset({"Twp"})
LONG_ABBREVIATED_TITLES = frozenset({"Const", "Lieut", "Cmdr"})  # "Const. Victoria Sandhu" (not "the judge.")
STRONG_KINDS = frozenset({"country", "continent", "region", "water"})
BIG_CITY = 100_000
HUGE_CITY = 1_000_000
WORD_CITY = 400_000  # a city this big is what a rarer common word (below RARE_WORD) names when it opens a sentence
RARE_WORD = NEWS_WORD_RANK  # (the words of disaster news count as this common)
AFFAIR_TOWN = 10_000  # a village's name before "case" or "scandal" is a person's or a firm's
ARABIC_ARTICLES = frozenset("al el ad an ar as ash at az".split())
PERSON_PARTICLES = frozenset("da de do dos das van von bin ibn".split())  # "Lula da Silva", "Ursula von der Leyen"
ROMANCE_CONNECTORS = frozenset("de del della di do dos da das du des".split())  # "Maguindanao del Sur"
NAME_CONNECTORS = frozenset("do dos da das de del della di du des el al".split())  # inside names, never between
LONGER_NAME = "only a small town's alternate name"
ALTERNATE_TOWN = 10_000  # a town this big answers to its alternate name after "in" ("in Clonmel", Cluain Meala)
SURNAME_WORD = 2000  # a surname that is a commoner word than this is no sure surname ("Park", "Hill", "King")
PARTY_WORDS = frozenset({"United", "Just", "Fair"})  # before a country's name: a party ("United Russia")
LONGER_NAME_TOWN = 10_000  # a town this small after a capitalised common word is part of a longer name
CONNECTED_TOWN = 50_000  # a town this small after "de", "di" … and a name keeps its place ("Steccato di Cutro")
BUILDING_NAME_TOWN = 50_000  # a town this small before an unknown word and "Hospital" (…) names the building
CITY_OFFICE_SIZE = 10  # "X City Council" is X's when X, a town by its own name, is this many times bigger than "X City"
VERY_COMMON = 700  # "west", "north", "hope", "nice": doubted even as regions
CALLED_REACH = 300  # how far apart two names of one place can stand ("X, the city that Russia calls Y")
OTHER_FORM = 1.5  # how far below a name's own places rank those of its other written form ("Mt." → "Mount")


def _spans(text: str, tokens: list[Token]) -> list[tuple[int, int]]:
    """(first, last) token index pairs of candidate names: capitalised at both ends (or starting with a
    lower-case compass word, see `recognize`), connectors inside, only spaces, hyphens or a possessive
    ("Cox's Bazar") between tokens."""
    spans = []
    for i, tok in enumerate(tokens):
        if not tok.capitalised:
            if tok.text not in COMPASS and not _arabic_article(text, tokens, i):
                continue
        else:
            spans.append((i, i))
        for j in range(i + 1, min(i + MAX_TOKENS, len(tokens))):
            gap = text[tokens[j - 1].end: tokens[j].start]
            abbreviated = gap == ". " and ((tokens[j - 1].text in ABBREVIATIONS and (
                not tokens[j - 1].text.isupper() or tokens[j].text.isupper()))  # "ST. PARIS", not "MT. Helena"
                or (len(tokens[j - 1].text) == 1 and tokens[j - 1].text.isupper()))  # "W. Va."
            if gap not in NAME_GAPS and not abbreviated:
                break
            if not (tokens[j].capitalised or tokens[j].text in CONNECTORS or tokens[j].text == "the"):
                break  # ("the" inside: "Saint Vincent and the Grenadines", "Democratic Republic of the Congo")
            if tokens[j].capitalised:
                spans.append((i, j))
    return spans


def _arabic_article(text: str, tokens: list[Token], i: int) -> bool:
    """Token i is an Arabic article written in lower case and hyphened to a name: "near al-Qaim", "the al-Hol
    camp", "al-Lubban al-Sharqiya" (a name's start, as GeoNames' "Al Qā’im" is)."""
    return (tokens[i].text in ARABIC_ARTICLES and i + 1 < len(tokens) and tokens[i + 1].capitalised
            and text[tokens[i].end: tokens[i + 1].start] == "-")


AREA_WORDS = {"counties": "county", "parishes": "parish", "districts": "district"}
_LIST_NAME = re.compile(r"[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+)?")  # a name of such a list
_LISTED_BEFORE = re.compile(r"(?:[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+)?(?:, |,? and |,? or ))+$")  # its names before one
_COUNTY_AFTER = re.compile(r" county(?! courts?\b| seat\b)")  # lower case (not "Oxford county court")
_ADMIN_AFTER = re.compile(r" (state|province|governorate|prefecture|oblast|region|district)\b")  # lower case
_LISTED_PLACES = re.compile(  # "Nice and Toulouse airports": names listed before a plural place noun
    r"(?:(?:, |,? and |,? or )[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+)?)+ (?:airports|cities|towns|villages|ports|harbou?rs|"
    r"provinces|regions|suburbs|islands)\b")
_LISTED_AREAS = re.compile(  # "Clarke, Madison, Oconee and Oglethorpe counties"
    r"(?:(?:, |,? and |,? or )[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+)?)* (counties|parishes|districts)\b")
_AREA_INITIALS = frozenset("acdgoprs")  # after a space, the first letters of _LISTED_AREAS, _COUNTY_AFTER, _ADMIN_AFTER


def _keys(text: str, tokens: list[Token], parts: list[str], i: int, j: int,
          county: bool, areas: bool) -> list[tuple[int, int, str]]:
    """Span offsets and lookup keys to try, in order: a short capitalised token followed by "." is tried
    first as an abbreviation ("Ga."), then as a word that ends a sentence ("Izium."); "Loudon Co." is
    tried first as "Loudon County" (unless `county` is off: in business text "Co." is a company). Other
    abbreviated name parts are tried written out after the name as written, and the first form that is
    some place's own name wins: "St. Louis" is the city in Missouri, not Senegal's Saint-Louis, while
    "St. Paul" is read as Saint Paul and "Mt. Pleasant" as Mount Pleasant; a hyphenated name is tried last
    as one word ("Pétion-Ville" for Pétionville). A key joins the tokens' folded
    `parts` (tokens meet over " ", "-" or ". ", which folding drops), or folds the span itself when it
    holds a possessive ("Cox's Bazar" is "coxs bazar"). A name in a list before "counties", "parishes" or
    "districts" is tried first as that county, parish or district, and a name before a lower-case
    administrative word as that region ("in Chin state" is Chin State, whatever "Chin" alone may be)."""
    start, end = tokens[i].start, tokens[j].end
    if j > i and ("'s " in (span := text[start:end]) or "’s " in span):  # (the POSSESSIVE_GAPS)
        key = fold(span)  # "Cox's Bazar", "Martha's Vineyard"
    else:  # = fold(span)
        key = (parts[i] if i == j else " ".join([p for p in parts[i: j + 1] if p])) + (
            "." if tokens[j].text[-1] == "." else "")
    plain = (start, end, key)
    if i == j and end < len(text) and text[end] == "." and len(tokens[i].text) <= 5 and tokens[i].text[0].isupper():
        return [(start, end + 1, parts[i] + "."), plain]
    if len(tokens[i].text) == 1 and text[end: end + 1] == "." and len(tokens[j].text) <= 4:
        return [(start, end + 1, key + "."), plain]  # "W. Va."
    out = []
    first = tokens[i].text
    if county and j > i and tokens[j].text in ("Co", "Cnty") and text[end: end + 1] == "." and not (
            i and tokens[i - 1].capitalised and text[tokens[i - 1].end: start] == " "
            and (common_rank(tokens[i - 1].text.lower()) or VERY_COMMON + 1) > VERY_COMMON):  # (not "Electric Power
        # Co."; but "In Platte Co.", "The Platte Co. sheriff")
        out.append((start, end + 1, key[: -len(tokens[j].text)] + "county"))
    after = text[end: end + 2]
    if after[:1] == "," or (after[:1] == " " and after[1:] in _AREA_INITIALS):  # (what the patterns below start with)
        if areas and (listed := _LISTED_AREAS.match(text, end)):  # "Eastland and Callahan counties": "Callahan County"
            out.append((start, end, f"{key} {AREA_WORDS[listed.group(1)]}"))
        elif county and _COUNTY_AFTER.match(text, end):  # "Polk county deputies": Polk County
            out.append((start, end, f"{key} county"))
        elif admin := _ADMIN_AFTER.match(text, end):  # "in Chin state", "Borno state": Chin State, Borno State
            out.append((start, end, f"{key} {admin.group(1)}"))
    out.append(plain)
    if j > i and first in ABBREVIATIONS:
        out.append((start, end, ABBREVIATIONS[first] + key[len(first):]))
    if j > i and "-" in text[start:end] and not any(t.acronym for t in tokens[i: j + 1]):
        out.append((start, end, fold(text[start:end].replace("-", ""))))  # "Pétion-Ville" for Pétionville
    return out


def _region_first(text: str, forms: list[tuple[int, int, str]],
                  found: dict[str, tuple[Candidate, ...]]) -> list[tuple[int, int, str]]:
    """A name that is itself a state, county or country, in a list before "counties" (`_keys`) of nothing but
    such names, is tried as written before as a county: "several New York counties", "the Texas and Oklahoma
    counties", "Kent and Sussex counties" are the states' and England's; "Washington and Yamhill counties"
    are Oregon's counties."""
    if len(forms) < 2 or forms[0][2].rpartition(" ")[0] != forms[1][2]:
        return forms
    start, end, _ = forms[1]
    before = _LISTED_BEFORE.search(text, max(0, start - 120), start)
    after = _LISTED_AREAS.match(text, end)
    parts = (before.group(0) if before else "", after.group(0) if after else "")
    listed = [forms[1][2]] + [fold(name) for part in parts for name in _LIST_NAME.findall(part)]
    if all(any(c.primary and c.own_name and c.place.kind in ("admin1", "admin2", "country")
               for c in found.get(name, ())) for name in listed):
        return forms[1:] + forms[:1]
    return forms


def _merged(found: dict[str, tuple[Candidate, ...]], keys: list[str]) -> tuple[Candidate, ...]:
    """The candidates of the first of several forms of a name that are each some place's own name, then,
    ranked OTHER_FORM lower as if alternates, the others' places: "Mt. Pleasant" is Mt Pleasant in
    Vancouver, unless the text puts it in Texas, where Mount Pleasant is; "St. Louis" stays the city in
    Missouri rather than Senegal's Saint-Louis."""
    first = found[keys[0]]
    seen = {c.place.id for c in first}
    others = {c.place.id: replace(c, primary=False, score=round(c.score - OTHER_FORM, 4))
              for key in keys[1:] for c in found[key] if c.place.id not in seen}
    return first + tuple(sorted(others.values(), key=lambda c: (-c.score, c.place.id)))


def _strong(cand: Candidate) -> bool:
    """Countries, continents, seas and named regions, and populous admin-1 regions, by their own name."""
    place = cand.place
    return cand.primary and (place.kind in STRONG_KINDS or (place.kind == "admin1" and place.population >= BIG_CITY))


def _surname_after(text: str, tok: Token, nxt: Token | None, found: dict[str, tuple[Candidate, ...]]) -> bool:
    """The next word is a surname: capitalised and no common word, and the speaker of the name ("Jordan Perales
    said"), or no place and used alone elsewhere in the text as a person ("Vladimir Putin approved … Putin
    said"); a common word only when a known surname that speaks alone elsewhere ("Chad Smith … Smith said")."""
    if (nxt is None or text[tok.end: nxt.start] != " " or not nxt.capitalised or nxt.acronym
            or text.endswith(("the ", "The "), 0, tok.start)):  # "the Paris Walmart store"
        return False
    word = nxt.text
    speaking = _speakers(text)
    if common_rank(word.lower()) or (word.endswith("s") and common_rank(word[:-1].lower())
                                     and word[:-1].lower() not in first_names()):
        return word.lower() in surnames() and any(  # (a common word's plural is a
            not text.endswith(tok.text + " ", 0, at) for at in speaking.get(word, ()))  # team: "Dallas Mavericks
        # said"), unless a surname that speaks alone: "Chad Smith … Smith said"
    if nxt.start in speaking.get(word, ()):
        return True
    if fold(word) in found:
        return False
    return any(not text.endswith(tok.text + " ", 0, at) for at in speaking.get(word, ()))


def _given_before(text: str, word: str) -> bool:
    """Whether the text writes `word` after a given name somewhere ("Mayor Richard Ireland"; not "Defence Minister
    Israel Katz", where the country's name is the given name)."""
    return any(m.group(1).lower() in first_names() for m in re.finditer(rf"\b([A-Z][a-z]+) {re.escape(word)}\b", text))


def _surname_of(text: str, tok: Token, nxt: Token, found: dict[str, tuple[Candidate, ...]], rare: bool,
                met: bool = False) -> bool:
    """The next word is the surname of a person the name starts: right after it, capitalised, no common word and no
    place of weight, and either a census surname or written alone elsewhere after a `rare` given name ("Paris
    Hilton", "Hunter Biden … Biden's lawyers"), or written alone elsewhere as a person's, after a title or beside
    another person, after a city's name ("Vladimir Putin … between Putin and Joe Biden", "President Putin"), or
    any such word after one that someone `met` ("talks with Vladimir Putin"); not after "the" ("the Paris Hilton
    hotel")."""
    word = nxt.text
    if (text[tok.end: nxt.start] != " " or not nxt.capitalised or nxt.acronym or common_rank(word.lower())
            or word.lower() in TITLES or text.endswith(("the ", "The "), 0, tok.start)
            or ((also := found.get(fold(word))) and (not rare or _strong(also[0]) or _own_size(also) >= BIG_CITY))):
        return False
    if rare and (word.lower() in surnames() or met):
        return True
    for m in re.finditer(rf"(?<!{re.escape(tok.text)} )\b{re.escape(word)}\b", text):
        if rare or _PERSON_BESIDE.match(text, m.end()) or (
                (before := _WORD_BEFORE.search(text, max(0, m.start() - 24), m.start()))
                and before.group(1).lower().rstrip(".") in TITLES):
            return True
    return False


class _Cues(NamedTuple):
    """Which rare cues a text has at all, so the rules that need them run only there."""

    peoples: bool  # "the Rakhine people"
    vessels: bool  # "the cruiser Moskva"
    victims: bool  # "charged with killing Welch"


@lru_cache(maxsize=8)
def _cues(text: str) -> _Cues:
    return _Cues(any(w in text for w in (" people", " tribe", " clan")), any(w in text for w in _VESSEL_STEMS),
                 any(w in text for w in _VICTIM_STEMS))


@lru_cache(maxsize=8)
def _speakers(text: str) -> dict[str, tuple[int, ...]]:
    """Where each capitalised word of the text stands right before a speech verb ("Putin said", "Perales's
    statement" does not count): found in one pass, however many names ask."""
    out: dict[str, list[int]] = {}
    for m in _SPEAKER.finditer(text):
        out.setdefault(m.group(1), []).append(m.start(1))
    return {word: tuple(starts) for word, starts in out.items()}


def _doubt(text: str, tokens: list[Token], i: int, cands: Sequence[Candidate], found: dict[str, tuple[Candidate, ...]],
           placed: set[int], people: set[str], firms: set[str], written: set[str]) -> str | None:
    """Why a single-token match is probably not a place (None when it may well be one). `found` holds the
    candidates of every name the gazetteer knows in this text, `placed` the end offsets of accepted places,
    `written` the names the text writes as places somewhere ("Reading, Pa.")."""
    tok = tokens[i]
    best = cands[0].place
    strong = _strong(cands[0])
    if cands[0].shortened and (owns := [c.place.population for c in cands if c.own_name]):
        best = replace(best, population=max(owns))  # "Meta said": as big and strong as the Italian Meta, not
        strong = False  # Colombia's Meta Department, which answers to the name only without its administrative word
    low = tok.text.lower()
    given = fold(tok.text) in first_names()  # (accents aside: "Dániel Sallói scored")
    rank = common_words().get(low) or (common_rank(low) if best.kind == "city" and best.population < BIG_CITY else None)
    if low in CALENDAR:
        return "calendar word"
    if best.kind != "country" and _PROVINCE_GROUP_BEFORE.search(text, max(0, tok.start - 36), tok.start):
        return "part of a movement's name"  # "Islamic State in the Greater Sahara" (however written as a place)
    if (low in GENERIC or low in not_places() or tok.text in demonyms()) and not (
            low in not_places() and best.kind == "city" and cands[0].own_name and best.population >= PEOPLES_TOWN
            and _placed(text, tok.start) and _word_after(text, tokens, i) is None):
        return "not a place name"  # (every demonym: "Argentine fans" is no Argentine, Michigan; but "shot dead in
        # Latina": Italy's city)
    if (admin := _ADMIN_AFTER.match(text, tok.end)) and cands[0].matched_name == f"{fold(tok.text)} {admin.group(1)}":
        return None  # its administrative word after it: "in Chin state" (not the chin)
    if text[tok.end: tok.end + 1] == "$":
        return "a currency"  # "US$", "C$"
    if best.kind == "country" and _ROUTE_NUMBER.match(text, tok.end):
        return "a road's name"  # "a chase on U.S. 59", "US 1" (not "U.S. 2024 sales")
    if _COMPASS_ADJECTIVE.fullmatch(low):
        return "a direction"  # "the army's Northeastern Command" (not Oman's Northeastern Governorate)
    if best.kind in ("continent", "water") and _world_compound(text, tok, found):
        return "part of a compound region's name"  # "Asia-Pacific leaders", "the Indo-Pacific"
    if best.kind in ("water", "region") and _POLITY_AFTER.match(text, tok.end):
        return "an adjective"  # "the Pacific territory", "the Caribbean nation": the country told of (not "Pacific
        # island states")
    if best.kind in ("water", "region") and _TIME_ZONE_AFTER.match(text, tok.end):
        return "a time zone"  # "at 8 a.m. Pacific time"
    if (_region_after(text, tok.end, found) or irish_county_before(text, tok.start)
            or _LISTED_AREAS.match(text, tok.end)):
        return None  # written as a place: "Wells, Maine", "Reading, Pa.", "Tralee, Co Kerry", "Victoria and Refugio
        # counties"
    if best.kind == "admin1" and cands[0].matched_name.endswith("."):
        if rank and text[max(0, tok.start - 4): tok.start] == "The ":
            return "common word"  # a word's name after "The": "on The Wash. Wildlife officers" (not "the S.C. Highway
            # Patrol")
        if tok.start - 2 in placed and text[tok.start - 2: tok.start] == ", ":
            return None  # a state's abbreviation after its town: "Oxford, Miss." (not "Miss. Smith")
        if rank and _LOWER_WORD_BEFORE.search(text, max(0, tok.start - 30), tok.start) and _SENTENCE_END.match(
                text, tok.end):
            return "common word"  # a word ending a sentence after a lower-case word: "the evening Mass. The
            # church", "against the PA." (not "Missing Ill. man", "a Ga. native", "said Mass. Gov. Maura Healey")
    after_in = _placed(text, tok.start)  # "in Washington", "in Nice"
    located = (low in people or not cands[0].primary) and (bool(  # (only asked then) "near Chatham"; not "near
        _PERSONLESS_BEFORE.search(text, max(0, tok.start - 12), tok.start)  # Obama's home", "confidence in Powell"
        and text[tok.end: tok.end + 1] not in ("'", "’", "-")) or bool(
        _PLACE_NOUN.match(text, tok.end) or re.match(_CALLED_A_TOWN, text[tok.end: tok.end + 60])))  # "Lincoln
    # police said", "In Broussard, the city just southeast of Lafayette" (a person of this text elsewhere)
    follower, prev = _word_after(text, tokens, i), _word_before(text, tokens, i)
    told = fold(tok.text).rstrip(".") in written and not (rank and sentence_initial(text, tok.start)) and not (
        given and follower is not None and follower.text.lower() not in common_words()
        and fold(follower.text) not in found) and not (  # "AUSTIN, Texas - Austin Reaves" (not "Marion Mayor")
        prev and fold(prev.text) in first_names())  # nor "the town of Jasper … Brooke Jasper"
    if low in people and not (located or told or (after_in and (strong or best.population >= BIG_CITY))
                              or _ADMIN_UNIT_AFTER.match(text, tok.end)) and (  # ("Toyama prefecture")
            not strong or best.kind == "region" or (
                (_SPEAKS.match(text, tok.end) or _CHARGED.match(text, tok.end)) and _given_before(text, tok.text))
            or ((nxt := _word_after(text, tokens, i)) and fold(nxt.text) not in found)):
        return "a person's name in this text"  # a country only where a surname follows, or where the surname
        # speaks: "Israel Katz", "Mayor Richard Ireland … Ireland said" (an island or other named region is a
        # person's surname anywhere: "Matthew D. Flores … Flores' case")
    sur = _SURNAME_AFTER.match(text, tok.end) if _SAID_BEFORE.search(text, max(0, tok.start - 6), tok.start) else None
    if sur and (not (also := found.get(fold(sur.group(1)))) or not (_strong(also[0]) or _own_size(also) >= BIG_CITY)):
        return "a speaker's name"  # "said Madison Greer, a spokesperson", "said Houston Bray," (Bray: a small town)
    if not strong and ((_APPOSITION_AFTER.match(text, tok.end) and _SAID_BEFORE.search(text, max(0, tok.start - 6),
                                                                                         tok.start))
                       or (_VERB_AFTER.match(text, tok.end) and _AGE_BEFORE.search(text, max(0, tok.start - 24),
                                                                                     tok.start))):
        return "a person's name"  # "said Hassan, a shopkeeper", "Seven-year-old Sofia has" (not "a 19-year-old
        # Clinton man", "the 20-year-old Camarillo resident")
    if not strong and _FAMILY.match(text, tok.end) and text[max(0, tok.start - 4): tok.start].lower() == "the ":
        return "a family's name"
    if low in firms and not strong and (_FIRM_AFTER.match(text, tok.end) or (_own_size(cands) < BIG_CITY and not (
            after_in or _PLACE_NOUN.match(text, tok.end)))):
        return "a company's name in this text"  # here, whatever the town ("Lincoln National Corp.", "Tokyo Electric
        # Power Co."), or a small town's name elsewhere (a country or state stays: "Kansas Electric Cooperatives Inc.")
    if _alternate_only(cands) and not (
            (respelled(tok.text, best.name) and not rank and low not in surnames() and low not in first_names()
             and _bare(text, tokens, i) and "-" not in text[max(0, tok.start - 1): tok.end + 1])  # the town's own
            # name spelled another way: "a raid on Nuseirat" (not "the Mubarak-Gore partnership")
            or _called_town(text, tok.start) or told  # (or elsewhere: "the
            # southern city of Sweida … a convoy entered Sweida")
            or _ADMIN_UNIT_AFTER.match(text, tok.end)
            or ((located or after_in or _listed_after(text, tok.start, placed))  # (or listed after a place:
                 and not rank and text[tok.end: tok.end + 1] not in ("'", "’", "-")  # "in Ushuaia, Bariloche and
                 and best.population >= ALTERNATE_TOWN)):  # Iguazú")
        return ALTERNATE_ONLY  # unless the text calls it a town or a district: "the town
        # of Nuseirat", "in Zakho district"; or writes it as a place ("in Clonmel"), if a big town's
    if not strong and (text[tok.end: tok.end + 3] == " & " or text[max(0, tok.start - 3): tok.start] == " & "):
        return "part of a firm's name"
    if _CLUB_BEFORE.search(text, max(0, tok.start - 12), tok.start) or _CLUB_AFTER.match(text, tok.end):
        return "part of a club's name"  # "Real Madrid", "OGC Nice", "Manchester United", "Bristol Rovers"
    if not strong and _OUTLET_AFTER.match(text, tok.end):
        return "a news outlet's name"  # "the Houthi-run Saba news agency said" (no island in the Caribbean)
    if _GROUP_BEFORE.search(text, max(0, tok.start - 28), tok.start):
        return "part of a movement's name"  # "Hayat Tahrir al-Sham" (no Damascus)
    if best.kind in ("admin1", "region") and _MOVEMENT_AFTER.match(text, tok.end):
        return "part of a movement's name"  # "the Kachin Independence Organisation said" (its fighters' state)
    if not strong and _INSTITUTION_IN.match(text, tok.end):
        return "part of an institution's name"  # "Columbia University in New York" says where: New York
    if not strong and _AGREEMENT_AFTER.match(text, tok.end):
        return "an agreement's name"  # "the Dayton Agreement", "the Dayton peace accords", "the Paris Accords"
    if _REGNAL_AFTER.match(text, tok.end):
        return "a monarch's name"
    if _CHAMBER_BEFORE.search(text, max(0, tok.start - 8), tok.start):
        return "part of a parliament's name"  # "the Lok Sabha" (not Sabha, Libya)
    if not strong and best.population < BIG_CITY and _WEAPON_AFTER.match(text, tok.end):
        return "a weapon's name"  # "an Apache helicopter", "Tomahawk missiles", "Patriot batteries"
    if not any(c.primary for c in cands) and _SPECIES_AFTER.match(text, tok.end):
        return "a genus"  # "Homo erectus" (Homo is listed for Qom)
    if not strong and best.population < BIG_CITY and not after_in and (_SPEAKS.match(text, tok.end) or (
            (quoted := _speakers(text).get(tok.text)) and not located and not _PLACE_NOUN.match(text, tok.end)
            and not _UNIT_OF.search(text, max(0, tok.start - 16), tok.start)
            and any(_QUOTE_BEFORE.search(text, max(0, at - 4), at) for at in quoted))):
        # (a person quoted: '"...," Robertson said'; not "Hershey said ... its Hershey plant")
        return "a speaker"  # here, or quoted elsewhere in the text ('"...," Robertson said ... Robertson bought')
    if (not strong and best.population < BIG_CITY and _FIGHTERS.match(text, tok.end) and not after_in
            and not re.search(rf"\b(?:in|at|near|from|outside|around) {re.escape(tok.text)}\b", text)):
        return "an armed group's name"  # "Fano fighters" (not a town the text also puts things in: "in Zintan")
    nxt = _word_after(text, tokens, i)
    if nxt is not None and nxt.text == "Day":
        return "a holiday"  # "Independence Day", "Australia Day"
    if text.startswith((" crude", " Intermediate"), tok.end):
        return "an oil benchmark"  # "Brent crude", "Urals crude", "Dubai crude", "West Texas Intermediate"
    if (_BREED_AFTER.match(text, tok.end) or (best.kind not in ("country", "admin1") and _DOG_AFTER.match(
            text, tok.end))):
        return "a breed"  # "a Yorkshire terrier", "a Newfoundland dog" (not "a Phoenix dog rescue")
    if _FIGURE_BEFORE.search(text, max(0, tok.start - 12), tok.start):
        return "a figure of myth or faith"  # "the demigod Maui", "the goddess Athena"
    if text[tok.end: tok.end + 2] in ("'s", "’s") and _INDEFINITE_BEFORE.search(text, max(0, tok.start - 4), tok.start):
        return "a shop's name"  # "at a McDonald's in Altoona" (a place takes no "a" before its "'s")
    if low in CAR_MAKES and not after_in and not _PLACE_NOUN.match(text, tok.end) and re.search(
            rf"\b{re.escape(tok.text)} Motors?\b", text):
        return "a car maker"  # "Toyota Motor Manufacturing ... Toyota said ... hired at Toyota" (not "in Toyota")
    if low in CAR_MAKES and _OWNED_BEFORE.search(text, max(0, tok.start - 24), tok.start) and not (
            nxt is not None and nxt.text in _NOT_MODELS) and (
            _OWNED_YEAR_BEFORE.search(text, max(0, tok.start - 24), tok.start) or _VEHICLE_AFTER.match(text, tok.end)
            or (nxt is not None and fold(nxt.text) not in found and nxt.text.lower() not in common_words()
                and nxt.text not in FEATURE_AFTER and _word_after(text, tokens, i + 1) is None)):  # (a model is one
        # word: not "the Plymouth Planning Board")
        return "a car"  # "a 1992 Toyota", "the Toyota failed to yield", "his Toyota Hilux" (not "A Plymouth driver
        # was jailed", "The 2024 Lincoln Marathon", "the Pontiac Correctional Center")
    cues = _cues(text)
    if cues.peoples and best.kind != "country" and _PEOPLE_AFTER.match(text, tok.end) and _ARTICLE_BEFORE.search(
            text, max(0, tok.start - 4), tok.start):
        return "a people's name"  # "the Rakhine people", "the Adena people"
    if best.kind in ("region", "water") and ((nxt is not None and (nxt.text in _ORG_WORDS or _AGE_AFTER.match(
            text, nxt.end))) or _WORK_BEFORE.search(text, max(0, tok.start - 16), tok.start)
                                            or _VENUE_AFTER.match(text, tok.end)):
        return "part of a name"  # "Deccan Chronicle", "Black Hills Energy", "Yamuna Devi, 62,", "the drama Shetland",
        # "the Provence restaurant", "Krakatoa, the nightclub in Brighton"
    if (best.kind == "city" and tok.text.endswith(".") and nxt is not None
            and nxt.text.lower().rstrip(".") not in TITLES and not (
                (also := found.get(fold(nxt.text))) and (_strong(also[0]) or _own_size(also) >= BIG_CITY))):
        return "part of a name"  # "L.A. Reid", "L.A. Galaxy"
    if cues.vessels and best.kind != "country" and not after_in and (
            _VESSEL_BEFORE.search(text, max(0, tok.start - 24), tok.start) or _VESSEL_AFTER.match(text, tok.end)):
        return "a ship's name"  # "the cruiser Moskva", "The Dali, the container ship that struck the bridge"
    if told:
        return None  # written as a place elsewhere: "READING, Pa. - The mayor of Reading" (not "Reading from")
    if _thing(text, tok.start, tok.end, cands):
        return "takes an article"
    if given and not strong and (best.population < BIG_CITY or not cands[0].primary):
        return GIVEN_NAME  # (a big city's only by another of its names: "the Sam Maguire Cup" is no Damascus)
    if given and (_LATE_BEFORE.search(text, max(0, tok.start - 9), tok.start) or (
            (of := _PERSON_OF_AFTER.match(text, tok.end)) and of.group(1).lower() not in common_words())
            or _AGE_AFTER.match(text, tok.end)):
        return GIVEN_NAME  # "the late Florence and Warren Tate", "Jordan Whitby, of Eccles,", "Jordan, 34, was"
    if best.kind != "country" and _ARMED_NAME_AFTER.match(text, tok.end):
        return "part of an armed group's name"  # "the Sinaloa Cartel", "the Arakan Army"
    if best.population < BUILDING_NAME_TOWN and (building := _NAMED_BUILDING_AFTER.match(text, tok.end)) and (
            building.group(1).lower() not in common_words()) and (
            (also := found.get(fold(building.group(1)))) is None or _own_size(also) < BUILDING_NAME_TOWN
            or building.group(1).lower() in surnames() or fold(tok.text) in first_names()):
        return "part of a building's name"  # "Kamal Adwan Hospital" (named after a person, no Indonesian Kamal),
        # "Grantley Adams International Airport", "Frans Seda airport"
    if (prev and text[prev.end: tok.start] == " " and prev.end not in placed and not common_rank(prev.text.lower())
            and fold(prev.text) not in found and _BUILDING_AFTER.match(text, tok.end)):
        return "part of a building's name"  # "the Gladak Perak bridge" (no Malaysian state)
    if any(w in text[max(0, tok.start - 7): tok.start] for w in _NAME_CHAIN_ENDS) and (
            chain := _NAME_CHAIN_BEFORE.search(text, max(0, tok.start - 30), tok.start)) and (
            chain.group(1) not in ARABIC_GENERIC and chain.end(1) not in placed):
        return "part of a person's name"  # "Emir Sheikh Mishal Al-Ahmad Al-Jaber Al-Sabah", "King Hamad bin Isa"
    if best.kind in ("region", "water") and _ORG_NAME_AFTER.match(text, tok.end):
        return "part of an organisation's name"  # "the Caribbean Disaster Emergency Management Agency"
    named = not (after_in or _PREPOSITION_BEFORE.search(text, max(0, tok.start - 12), tok.start)
                 or text[tok.end: tok.end + 2] in ("'s", "’s"))  # not "in Kherson", "a visit to Kharkiv", "Georgia's"
    if named and _KIN_BEFORE.search(text, max(0, tok.start - 40), tok.start) and (given or not strong):
        return "a relative's name"
    if (named and _ROLE_BEFORE.search(text, max(0, tok.start - 20), tok.start)
            and nxt is not None and text[tok.end: nxt.start] == " " and nxt.capitalised
            and (not strong or (nxt.text.lower() not in common_words() and not (
                (also := found.get(fold(nxt.text))) and (_strong(also[0]) or _own_size(also) >= BIG_CITY))))):
        return "a person's name after their role"  # (a country too: "television star Kenya Moore")
    if named and (not strong or given) and (
            _NICKNAME_AFTER.match(text, tok.end) or _surname_after(text, tok, nxt, found)):
        return GIVEN_NAME  # before a nickname, or a word the text also uses alone: "Vladimir Putin ... Putin said"
    if not strong and ('"' in (window := text[max(0, tok.start - 30): tok.start]) or "“" in window) and any(
            m.start(1) <= tok.start < m.end(1) for m in _IN_NICKNAME.finditer(  # (a quote opens a nickname of
                text, max(0, tok.start - 60), min(len(text), tok.end + 60))):  # 30 characters at most)
        return "a nickname"  # Ismael "El Mayo" Zambada
    if i > 0 and _titled(text, tokens, i):
        return "follows a title"
    if _full_name(text, tok, people):
        return "a person's full name"
    if (prev and prev.end in placed and text[prev.end: tok.start] == " " and all(c.place.kind == "city" for c in cands)
            and not _written_alone(text, tok.text) and (
                _own_size(cands) < BIG_CITY or ((before := found.get(fold(prev.text))) is not None
                                                and _own_size(cands) <= _own_size(before)))):
        return "the last word of a longer name"  # a town's name only ever right after a place's: "Westminster
        # Abbey", "the New Concord Reservoir", "Canaán Membrillo", "Detroit Edison" (no Abbey, Queensland; but
        # "Rodeo Gainesville … The Gainesville Riding Club")
    if (prev and text[prev.end: tok.start] == " " and (fold(prev.text) in first_names() or not common_rank(
            prev.text.lower())) and _full_name(text, prev, people)):
        return "surname"  # "said Mariana Paraná, who waited" (no Brazilian state)
    if tok.acronym and len(tok.text) <= 4 and not (cands[0].primary and best.kind == "city"
                                                   and best.population >= HUGE_CITY):  # (not "NYC", a world city's
        return None if strong and best.kind in ("country", "admin1") else "acronym"  # own short name)
    listed = bool(_LISTED_PLACES.match(text, tok.end))  # "Nice and Toulouse airports", "Ely and Bath cities"
    if rank and rank <= VERY_COMMON and best.kind != "country" and not (after_in and best.population >= BIG_CITY) and (
            not listed):
        return "very common word"
    if (rank and not cands[0].matched_name.endswith(".") and best.kind in ("city", "admin1", "admin2")
            and not any(fold(c.place.name) == c.matched_name for c in cands)):
        return "common word no place is named"  # "Capital" is only "Capital Region" shortened
    initial = sentence_initial(text, tok.start)
    floor = (HUGE_CITY if (rank or 0) <= RARE_WORD or (_word_after(text, tokens, i) and not _PLACE_NOUN.match(
        text, tok.end)) else WORD_CITY) if initial else BIG_CITY  # "Geneva hosted talks" (a rare word) opening a
    # sentence is the city of 422,000; "Nice", "Reading" or "Van" there is the word, and so is one before a name
    # ("Boston Scientific reported"; not "Boston City Council voted")
    listed = listed or (not initial and cands[0].primary and best.kind == "city" and _listed_after(
        text, tok.start, placed))  # listed after a town the text places: "evacuation centres in Lismore and Casino"
    if rank and not strong and not listed and (
            _own_size(cands) if floor == WORD_CITY else best.population) < floor and (
            initial or not cands[0].primary or best.kind != "city"
            or not (_DISTANCE_AFTER.match(text, tok.end) or _called_town(text, tok.start))):
        return "common word"  # (but "fighting for Sake, about 25 km west of Goma", "took the town of Sake")
    if (not strong and best.population < BIG_CITY and _compound_part(text, tok, found, placed)) or (
            strong and (half := _NAME_HYPHEN_BEFORE.search(text, max(0, tok.start - 30), tok.start))
            and half.group(1) not in COMBINING_FORMS and not half.group(1).isupper() and tok.start - 1 not in placed):
        return "part of a compound name"  # (a country's or state's name too, after a name that is no place:
        # "the Ada-Victoria neighbourhood", not Australia's state)
    if best.kind == "country" and prev and prev.text in PARTY_WORDS and text[prev.end: tok.start] == " ":
        return "part of a party's name"  # "United Russia", "A Just Russia" (a country's own longer names, such as
        # "United States", match first)
    if (i > 1 and tokens[i - 1].text in ROMANCE_CONNECTORS and text[tokens[i - 1].end: tok.start] == " "
            and text[tokens[i - 2].end: tokens[i - 1].start] == " " and tokens[i - 2].capitalised and not strong
            and not (best.kind == "city" and best.population < CONNECTED_TOWN)):
        return "part of a longer name"  # "Maguindanao del Sur" (no Sur, Oman), "Plaza de Mayo", "América de Cali"
        # (but "Steccato di Cutro" is a village of Cutro, and "the Tour de France" names France)
    if (not strong and i > 1 and tokens[i - 1].text in PERSON_PARTICLES
            and text[tokens[i - 1].end: tok.start] == " " and text[tokens[i - 2].end: tokens[i - 1].start] == " "
            and tokens[i - 2].capitalised and tokens[i - 2].end not in placed):
        return "part of a person's name"  # "Lula da Silva" (no Silva, Mexico), "Vasco da Gama"
    if prev and len(prev.text) > 1 and prev.end not in placed and prev.text.lower() not in GENERIC and (
            fold(prev.text) in first_names() or (
            not strong and not common_rank(prev.text.lower()) and prev.text.lower() not in TITLES)):
        return "surname"  # after a given name, or after an unknown word unless a country or region
    if (prev and prev.end not in placed and not strong and best.population < LONGER_NAME_TOWN
            and (rank_before := common_rank(prev.text.lower())) and rank_before > VERY_COMMON
            and prev.text.lower() not in GENERIC):
        return "the last word of a longer name"  # "Sunny Meadow School" (not "Downtown Clinton", "In Meadow")
    after = nxt.text.lower() if nxt else ""
    if nxt and given and after not in TITLES and (
            (after in surnames() and (common_rank(after) or SURNAME_WORD + 1) > SURNAME_WORD)
            or (after not in common_words() and (
                fold(nxt.text) not in found if best.kind == "country"
                else best.population < HUGE_CITY or (best.kind == "admin1" and fold(nxt.text) not in found
                                                     and after not in CALENDAR and not _STREET_AFTER.match(
                                                         text, tok.end))))):
        return "first name"  # "Jordan Spieth"; before a country or a state, the next word must be no place either
        # ("Victoria Azarenka"), unless a surname ("Chad Johnson", "Austin Butler"; not "Lincoln Park"); before a
        # title it is whose title it is ("Georgia Gov. Brian Kemp")
    rare = fold(tok.text) in rare_first_names()
    met = bool(_MET_WITH_BEFORE.search(text, max(0, tok.start - 16), tok.start))  # one meets people
    if nxt and not given and (rare or best.kind == "city") and _surname_of(text, tok, nxt, found, rare or met, met):
        return "first name"  # "Paris Hilton", "India Walton", "Hunter Biden … Biden's lawyers", "Vladimir Putin …
        # between Putin and Biden"
    if (nxt and nxt.text.lower() in people and nxt.text.lower() not in common_words()
            and nxt.text.lower() not in CALENDAR and not strong and best.population < HUGE_CITY):
        return "first name"  # "Nigel Judah, 58," where Judah is a person of this text
    return None


def _world_compound(text: str, tok: Token, found: dict[str, tuple[Candidate, ...]]) -> bool:
    """A continent or ocean hyphened to another or to a combining form: "Asia-Pacific", "Indo-Pacific",
    "Euro-Atlantic" name a region of their own (not "Russia-Ukraine talks")."""
    before = _HYPHENED_BEFORE.search(text, max(0, tok.start - 20), tok.start)
    after = _HYPHENED_AFTER.match(text, tok.end)
    return any(m and (m.group(1) in COMBINING_FORMS or ((c := found.get(fold(m.group(1))))
                                                        and c[0].place.kind in ("continent", "water")))
               for m in (before, after))


def _compound_part(text: str, tok: Token, found: dict[str, tuple[Candidate, ...]], placed: set[int]) -> bool:
    """Half of a hyphenated name whose other half is no place ("Hewlett-Packard", "Lewis-Jones"); places
    joined ("Dallas-Fort Worth", "Tel Aviv-Jerusalem", "Seattle-Tacoma airport") are each kept."""
    if _HYPHEN_BEFORE.search(text, max(0, tok.start - 3), tok.start):  # not "D-Charleston", a party and home
        return tok.start - 1 not in placed
    after = _HYPHEN_AFTER.match(text, tok.end)
    return after is not None and not after.group(1).isupper() and not (_known_form(after.group(1), found) or (
        after.group(2) is not None and _known_form(f"{after.group(1)} {after.group(2)}", found)))


def _known_form(name: str, found: dict[str, tuple[Candidate, ...]]) -> bool:
    """The name, or its abbreviated first word written out ("St. Paul"), is some place's own name in this
    text (not just an alternate: "Packard" is one of Otis, Indiana's)."""
    first, _, rest = name.partition(" ")
    keys = [fold(name)] + ([f"{ABBREVIATIONS[first.rstrip('.')]} {fold(rest)}"]
                           if first.rstrip(".") in ABBREVIATIONS and rest else [])
    return any(c.primary for key in keys for c in found.get(key, ()))


def _strong_name(word: str, found: dict[str, tuple[Candidate, ...]]) -> bool:
    """The word alone names a country or region ("Georgia", "Ireland")."""
    cands = found.get(fold(word))
    return cands is not None and len(cands) > 0 and _strong(cands[0])


def _own_size(cands: Sequence[Candidate]) -> int:
    """Population of the biggest place whose own name this is (of the best candidate when none is)."""
    return max((c.place.population for c in cands if c.primary), default=cands[0].place.population)


def _written_as_place(text: str, m: Mention, found: dict[str, tuple[Candidate, ...]]) -> bool:
    """The text writes the name as a place: "in White House, Tenn."."""
    return _region_after(text, m.end, found) or _placed(text, m.start)


def _region_after(text: str, end: int, found: dict[str, tuple[Candidate, ...]]) -> bool:
    """The name is followed by its state or country, as places are ("Oshkosh, Wis.", "Jackson, Miss.")."""
    if not (m := _REGION_AFTER.match(text, end)):
        return False
    keys = {fold(m.group(1)), fold(m.group(1).rstrip("."))}
    return any(c.place.kind in ("admin1", "country") for key in keys for c in found.get(key, ()))


def _alternate_only(cands: Sequence[Candidate]) -> bool:
    """No place has this as its own name, and the towns that list it as an alternate (an old or local
    name, a nickname) are small: "The City" for a Connecticut village. Exonyms of big cities ("Kiev",
    "Kharkov") stay places."""
    return all(not c.primary and c.place.kind == "city" and c.place.population < BIG_CITY for c in cands)


def _thing(text: str, start: int, end: int, cands: Sequence[Candidate]) -> bool:
    """A town's name used as the head of a noun phrase with the definite article ("the White House's
    decision", "striking the Toyota.", "sent to the Duma in December") names a building, a vehicle or an
    institution: towns take no article. Countries and regions do ("the United States", "the West Bank"),
    and a town's name as a modifier ("the Mansfield police") is still the town, though a village's before a
    case or a scandal is a person's or a firm's ("the Adani bribery case" is no Adani, Nigeria; "the
    Salisbury poisonings case" and "the Benghazi scandal" are the towns)."""
    affair = bool(_AFFAIR_AFTER.match(text, end)) and _own_size(cands) < AFFAIR_TOWN
    return (not _strong(cands[0]) and bool(_ARTICLE_BEFORE.search(text, max(0, start - 4), start))
            and (bool(_HEAD_END.match(text, end)) or affair)
            and not any(c.place.name.startswith("The ") for c in cands))


def _institution(text: str, tokens: list[Token], i: int, j: int, start: int, end: int,
                 cands: Sequence[Candidate]) -> bool:
    """A name made of common words that the text uses as a thing ("the White House said"; see `_thing`)
    names a building or an institution in every mention of the article ("White House officials"),
    unless a town big enough to be news has it as its own name."""
    own = [c.place for c in cands if c.primary]
    return (_thing(text, start, end, cands) and all(p.kind == "city" and p.population < BIG_CITY for p in own)
            and all(t.text.lower() in common_words() for t in tokens[i: j + 1]))


def _saint(text: str, tokens: list[Token], i: int, j: int) -> bool:
    """A saint's name rather than a place: "St. Patrick's Day", "St. Paul's United Brethren Church",
    "St. Rose Dominican Hospital". Churches, schools, hospitals and holidays are named after saints, and
    their names say so with the saint's given name in the possessive or with the institution's own word
    ("St. Petersburg's airport" is still the city)."""
    if tokens[i].text not in ("St", "Saint", "Ste", "Sainte"):
        return False
    if text[tokens[j].end: tokens[j].end + 2] in ("'s", "’s") and tokens[j].text.lower() in first_names():
        return True
    nxt = _word_after(text, tokens, j)
    return nxt is not None and nxt.text.lower() in INSTITUTIONS


def _name_before(text: str, tokens: list[Token], i: int, cands: Sequence[Candidate]) -> bool:
    """A small town named by common words follows a capitalised word that is no title or region word: the end
    of a longer name ("Zion National Park" is no National Park, New Jersey)."""
    prev = _word_before(text, tokens, i)
    return bool(prev and not _strong(cands[0]) and _own_size(cands) < LONGER_NAME_TOWN
                and prev.text.lower() not in GENERIC and prev.text.lower() not in TITLES
                and not (sentence_initial(text, prev.start) and common_rank(prev.text.lower())))  # ("But East Bank")


def _word_before(text: str, tokens: list[Token], i: int) -> Token | None:
    """The capitalised word (not an acronym or connector) right before token i, if any."""
    if i == 0 or text[tokens[i - 1].end: tokens[i].start] != " ":
        return None
    prev = tokens[i - 1]
    return prev if prev.capitalised and not prev.acronym and prev.text.lower() not in CONNECTORS else None


def _placed(text: str, start: int) -> bool:
    """The words before `start` write a place: "in Washington", "north of Kyiv", "residents of Jefferson", and
    the later names of a list after them ("operators in Queenstown and Rotorua said")."""
    before = text[max(0, start - 16): start]
    if before.endswith((" and ", " or ")) and (listed := _LIST_BEFORE.search(text, max(0, start - 80), start)):
        before = text[max(0, listed.start() - 16): listed.start()]
    return before[-1:].isspace() and before.rstrip().endswith(_IN_PLACE_ENDS) and bool(_IN_PLACE.search(before))


def _word_after(text: str, tokens: list[Token], i: int) -> Token | None:
    """The capitalised word (not an acronym) right after token i, if any."""
    if i + 1 >= len(tokens) or text[tokens[i].end: tokens[i + 1].start] != " ":
        return None
    nxt = tokens[i + 1]
    return nxt if nxt.capitalised and not nxt.acronym else None


def _people(text: str, tokens: list[Token]) -> set[str]:
    """Words used as surnames anywhere in the text, so a later bare "Obama" or "Kuleba" is a person too:
    after a given name or a title ("President Obama"), one word further after a title ("Secretary Dick
    Cheney"), the second half of a double-barrelled surname ("Dr Huw Lewis-Jones"), after a middle
    initial ("Ashley L. Evans"), before an age in the news style "Evans, 26, of Paris", or after a verb done
    only to people ("charged with killing Welch", "allegedly stabbed Welch."); not before a street word ("Old
    Alton Edwardsville Road")."""
    out = set()
    given = first_names()
    victims = _cues(text).victims
    titled: set[int] = set()  # tokens right after a title: the next word may be the surname
    for i in range(1, len(tokens)):
        prev, tok = tokens[i - 1], tokens[i]
        if not tok.capitalised or tok.acronym:
            continue
        gap = text[prev.end: tok.start]
        if prev.capitalised and _titled(text, tokens, i):
            titled.add(i)
        elif not ((prev.capitalised and gap == " " and prev.text.lower() in given)
                  or (i - 1 in titled and gap == " " and tok.text.lower() not in common_words())
                  or (gap == "-" and prev.text.lower() in out)  # a double-barrelled surname
                  or (gap == ". " and _initial(text, tokens, i - 1))
                  or (_AGE_AFTER.match(text, tok.end) and _word_before(text, tokens, i) is not None)
                  or (victims and _VICTIM_BEFORE.search(text, max(0, tok.start - 16), tok.start)
                      and _ALONE_AFTER.match(text, tok.end))):
            continue
        if not _STREET_AFTER.match(text, tok.end):  # "Alton Edwardsville Road" is a street, not a person
            out.add(tok.text.lower())
    return out


def _business(text: str) -> bool:
    """The text names a company by a corporate word ("Corp", "Inc", "Ltd"...), a word of its own. (The pattern
    starts with the word, so the regex engine skips to its letters; the word start is checked here.)"""
    return any(m.start() == 0 or not _WORD_CHAR.match(text, m.start() - 1) for m in _BUSINESS.finditer(text))


def _firms(text: str, known: set[str], county: bool) -> set[str]:
    """Words of company names anywhere in the text: the one to three capitalised words before a corporate
    suffix ("Kellogg Co.", "Du Pont Co.", "Hewlett-Packard Co.", "Drexel Burnham Lambert Inc."), so a later bare
    "Kellogg said" is the company too (but "based in Nashua" is the town). Outside business text, "X Co."
    is the county when there is one ("Platte Co.")."""
    if not _CORPORATE_WORD.search(text):
        return set()
    return {POSSESSIVE.sub("", word).lower() for m in _FIRM.finditer(text)
            if not (county and m.group(2) == "Co" and f"{fold(m.group(1))} county" in known)
            for word in re.split(r"[ -]", m.group(1))}


def _titled(text: str, tokens: list[Token], i: int) -> bool:
    """Token i follows a title: "Minister Kuleba", an abbreviated one, "Gov. Smith" ("...the judge.
    Columbus attorneys..." ends a sentence: a full word before ". " is no title), or one with its office
    before a full name ("Secretary of State Antony Blinken", not "president of Education Minnesota")."""
    prev = tokens[i - 1]
    gap = text[prev.end: tokens[i].start]
    if (prev.text.lower() in TITLES or prev.text in KIN) and (
            gap in (" ", "-elect ", "-designate ")  # "Minister-designate X"
            or (gap == ". " and (len(prev.text) <= 4 or prev.text in LONG_ABBREVIATED_TITLES))):
        return True
    return gap == " " and prev.capitalised and _word_after(text, tokens, i) is not None and _office(text, tokens, i - 1)


def _office(text: str, tokens: list[Token], k: int) -> bool:
    """Token k ends a title's "of" phrase in common words: "Secretary of State", "Minister of Foreign
    Affairs" (not "president of Springfield Performing Arts")."""
    for o in (k - 1, k - 2):
        if o >= 1 and tokens[o].text == "of" and tokens[o - 1].text.lower() in TITLES:
            return all(text[tokens[x].end: tokens[x + 1].start] == " " for x in range(o - 1, k)) and all(
                t.capitalised and t.text.lower() in common_words() for t in tokens[o + 1: k + 1])
    return False


def _initial(text: str, tokens: list[Token], k: int) -> bool:
    """Token k is a middle initial: one capital letter, after a capitalised name or another initial."""
    tok = tokens[k]
    if len(tok.text) != 1 or not tok.text.isupper() or k == 0:
        return False
    prev = tokens[k - 1]
    return prev.capitalised and (text[prev.end: tok.start] == " " or (
        len(prev.text) == 1 and text[prev.end: tok.start] == ". "))


_CORPORATE = (r"(?:Corp|Corporation|Inc|Incorporated|Co|Cos|Ltd|PLC|Plc|LLC|LLP|GmbH|AG|Bancorp|Holdings|Airlines"
              r"|Air Lines|Airways)(?![\w'’-])")  # (not "Co-founder")
_CORPORATE_WORD = re.compile(_CORPORATE)
_FIRM = re.compile(  # not Irish county style, "Dungarvan, Co. Waterford"
    rf"(?<![\w'’-])([A-Z][\w'’]*(?:[ -][A-Z][\w'’]*){{0,2}}),? (?:& )?({_CORPORATE})(?!\.? [A-Z])")
_HYPHEN_AFTER = re.compile(rf"-([{UPPER}]{LETTER}+\.?)(?: ([{UPPER}]{LETTER}+))?")
_HYPHEN_BEFORE = re.compile(rf"{LETTER}{{2}}-$")
_NAME_HYPHEN_BEFORE = re.compile(rf"(?<![\w-])([{UPPER}]{LETTER}+)-$")  # "Ada-" before "Victoria"
_STREET_AFTER = re.compile(  # "Dublin Road", "Boston Post Road", "Dunlap St. in Paris", "Memphis St. Police said";
    # not "County Road 43", "Paris St. Germain" nor "the Florida Highway Patrol"
    r"(?:[ -][A-Z][a-z]+){0,2} (?:(?:Road|Street|Avenue|Boulevard|Drive|Lane|Parkway|Pike|Highway|Square)\b(?! Patrol)"
    r"|(?:Rd|Ave|Blvd|Ln|Pkwy)\b\.?)(?! ?\d)"
    r"| St\.(?! [A-Z])| St\.(?= (?:Police|The|He|She|It|They|Officers|Authorities|Firefighters)\b)")
CLUB_WORDS = frozenset("FC AC AS OGC SC SV CF CD Real Atletico Atlético Athletic Inter Bayern Borussia Olympique "
                       "Sporting Dynamo Dinamo Spartak CSKA Lokomotiv Shakhtar Zenit Racing Stade Eintracht Hertha "
                       "Fortuna Hapoel Maccabi Beitar".split())  # before a place's name: a club ("Real Madrid")
_CLUB_BEFORE = re.compile(rf"\b(?:{'|'.join(sorted(CLUB_WORDS))}) $")
_MATCH_AFTER = (r"(?:['’]s)? (?:beat|drew|defeated|came from behind|conceded|equali[sz]ed|thrashed|"
                r"earned a (?:\d+-\d+ )?(?:draw|win)|fans|supporters|manager|striker|"
                r"midfielder|defender|goalkeeper|boss|captain|signed|v|vs)\b")  # (not "hosted", "won": "Kuwait City
# hosted a summit")
_CLUB_AFTER = re.compile(r" (?:United|Rovers|Wanderers|Hotspur|Albion|Argyle|Athletic|F\.?C\.?|CF|Celtic|Thistle|"
                         rf"Academicals|Harriers|Tigers|Vikings|Royals|City(?={_MATCH_AFTER}))\b(?! (?:Nations|States|"
                         r"Kingdom|Arab|Church|Way|"
                         r"Methodist|Reformed|Congregational|Airlines|Technologies|Association|Conference|Federation|"
                         r"Department|Commission|Council|Board)\b)")  # (not "the Boston Athletic Association"; nor
# "City" unless a match or a squad follows: "Surigao City", "Kanawha City", "Fargo City Commissioner", but "Exeter
# City beat Plymouth", "Exeter City's manager")
_CHAMBER_BEFORE = re.compile(r"\b(?:Lok|Rajya|Vidhan) $")
_AGREEMENT_AFTER = re.compile(r" (?:(?:peace|ceasefire|climate|trade|framework|nuclear|border|security) )?"
                              r"(?:[Aa]greements?|[Aa]ccords?|Treaty|[Pp]rotocols?|Conventions|Declaration|"
                              r"[Ff]ormat)\b")  # (not "the Dublin Convention and Visitors Bureau")
REGNAL = frozenset("II III IV VI VII VIII IX XI XII XIII XIV XV XVI".split())  # a monarch's number: "King Hassan
_REGNAL_AFTER = re.compile(rf" (?:{'|'.join(sorted(REGNAL))})\b")  # II", "Mohammed VI" (no town named Hassan)
_INSTITUTION_IN = re.compile(r" (?:University|College|Institute|Hospital|Medical Center|Airport|Stadium|Arena)"
                             r",? (?:in|at|near) (?:the )?[A-Z]")  # ... when the text says where it is
_WEAPON_AFTER = re.compile(r" (?:(?:attack |combat )?helicopters?|gunships?|(?:cruise |air defen[cs]e )?missiles?|"
                           r"(?:missile |air defen[cs]e )?(?:batteries|battery|systems?|launchers?)|drones?)\b")
_CITY_OFFICE_AFTER = re.compile(r" (?:Council(?:lors?|lor|man|woman|member)?|Hall|Commission(?:ers?)?|Manager|"
                                r"Attorney|Clerk|Solicitor|Treasurer|Auditor|Controller|Comptroller)\b")
_LATE_BEFORE = re.compile(r"\bthe late $")
_BUILDING_WORD = (r"(?:(?:International|Regional|National|Memorial) )?(?:Hospital|University|College|School|Stadium|"
                  r"[Aa]irport|Mosque|Church|Cathedral|Museum|Institute|Academy|Prison|[Bb]ridge)\b")
_NAMED_BUILDING_AFTER = re.compile(rf" ([A-Z][\w'’-]+) {_BUILDING_WORD}")  # "Kamal Adwan Hospital"
_BUILDING_AFTER = re.compile(rf" {_BUILDING_WORD}")
_NAME_CHAIN_BEFORE = re.compile(  # inside an Arabic name: "Mishal Al-Ahmad Al-Jaber Al-Sabah", "Hamad bin Isa"
    r"(?<![\w'’])([A-Z][\w'’]+)(?: (?:Al|El)-| (?:bin|ibn|bint|binti) )$")
_NAME_CHAIN_ENDS = ("Al-", "El-", "bin", "ibn")  # one of them stands in the last 7 characters where it matches
_TIME_ZONE_AFTER = re.compile(r" (?:[Tt]ime|(?:Standard|Daylight) Time)\b")
_ORG_NAME_AFTER = re.compile(  # "the Caribbean Disaster Emergency Management Agency"
    r"(?: [A-Z][a-z]+){1,4} (?:Agency|Commission|Council|Authority|Organi[sz]ation|Association|Bank|Corporation|"
    r"Institute|Foundation|Forum|Community|Union|Centre|Center|Company|Federation)\b")
_PERSON_OF_AFTER = re.compile(r" ([A-Z][\w'’-]+)(?:,? of (?=[A-Z])|, \d{1,3},)")  # a surname, then a hometown or age
_ARMED_WORDS = frozenset("Army Cartel Front Brigade Brigades Militia Tigers".split())  # an armed group's name ends so
_ARMED_NAME_AFTER = re.compile(rf" (?:{'|'.join(sorted(_ARMED_WORDS))})\b(?! (?:National|Reserve|Corps)\b)")
_CLUB_MATCH = re.compile(_MATCH_AFTER)  # after a name ending in "City": "Lincoln City earned a 1-1 draw"
_ROUTE_NUMBER = re.compile(  # a road's number, then punctuation or a road's words ("on U.S. 59 near Lufkin")
    r" \d{1,3}[A-Z]?(?![\w%])(?![,.:/-]?\d)(?=[,.;)]|$| (?:near|at|in|between|north|south|east|west|and|or|to|from|"
    r"through|outside|northbound|southbound|eastbound|westbound|exit|bypass|interchange)\b)")
_HOUSE_NUMBER = re.compile(r"\b\d+[A-Za-z]? (?:[NSEW]\. )?$")  # "1517 Locust Street", "1199 N. Poplar St."
_FAMILY = re.compile(r" family\b")  # "the Underwood family" (after "the")
_REGION_AFTER = re.compile(r", ((?:[A-Z]\.){2,}|[A-Z][a-z]*\.?(?: [A-Z][a-z]*\.?)?)")
_FIRM_AFTER = re.compile(rf"(?:[ -][A-Z][\w'’]*){{0,2}},? (?:& )?{_CORPORATE}(?!\.? [A-Z])")
_BUSINESS = re.compile(r"(?:Corp|Inc|Ltd|PLC|LLC|Cos)\b")  # "Co." is a company here, not a county (`_business`)
_WORD_CHAR = re.compile(r"\w")
_AGE_AFTER = re.compile(r", \d{1,3}, ")  # "Evans, 26, of Paris": a person's age
_WORD_BEFORE = re.compile(r"([\w'’.-]+) $")
_SAID_BEFORE = re.compile(r"\bsaid $")
_APPOSITION_AFTER = re.compile(  # "said Hassan, a shopkeeper" (not "said Kherson, a city on the Dnipro")
    r", (?:a|an|the) (?!(?:[\w-]+ ){0,2}(?:city|town|village|suburb|district|region|province|port|county|state|"
    r"country|capital|community|municipality|island|neighbou?rhood|area|hamlet|township|settlement)\b)[a-z]")
_VERB_AFTER = re.compile(r" (?:has|had|is|was|said|says|told|died|lives|lived|loves|wants|wanted|likes)\b")
_AGE_BEFORE = re.compile(r"\b(?:\d{1,3}|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en|"
                         r"[Ee]leven|[Tt]welve)-year-old $")  # "Seven-year-old Sofia"
_KIN_BEFORE = re.compile(  # "his older brother, Jordan,", "a daughter, Paris Mabry", "his wife of 62 years, Florence"
    r"\b(?:wife|husband|son|daughter|mother|father|brother|sister|uncle|aunt|nephew|niece|cousin|widow|grandson|"
    r"granddaughter|children|sons|daughters|brothers|sisters|grandchildren)(?: of \d+ years)?, $")
_ROLE_BEFORE = re.compile(  # a person's role before a full name: "running back Lincoln Tate", "neighbour Austin Cole"
    r"\b(?:running back|quarterback|linebacker|receiver|guard|forward|striker|midfielder|goalkeeper|pitcher|"
    r"catcher|coach|teammate|neighbou?r|resident|owner|senior|junior|sophomore|freshman|rookie|captain|defender|"
    r"winger|playmaker|point guard|co-owner|spokesman|spokeswoman|spokesperson|star|actress|actor|singer|"
    r"batter|batsman|bowler|spinner|all-rounder|keeper|firefighter|paramedic|nurse|farmer|teacher|student|"
    r"driver|officer|deputy|trooper|sergeant|constable|pastor|reverend|priest|imam|rabbi|shopkeeper|vendor|"
    r"minister|governor|president|mayor|premier|chancellor|secretary|commissioner|chairman|chairwoman),? $")
# (also in apposition: "Odisha's chief minister, Mohan Charan Majhi")
_POLITY_AFTER = re.compile(r" (?:island )?(?:nations?|countr(?:y|ies)|territor(?:y|ies)|kingdom|republic|"
                           r"archipelago)\b")
_ISLAND_AFTER = re.compile(  # (not "Pacific island states"); "the Tempe valley", "the Kosi river"
    r" (?:islands?\b(?! (?:states?|nations?|countr(?:y|ies)|territor(?:y|ies)|chains?|groups?|economies|"
    r"neighbou?rs?)\b)|valley\b|river\b)")
_PREPOSITION_BEFORE = re.compile(r"\b(?:in|at|near|to|from|into|outside|across|around|through|towards?|via)\s+$",
                                 re.I)
_SPEECH_VERBS = "said|says|told|added|asked|wrote|announced|argued|insisted|warned|replied|noted|approved|signed"
_PERSON_BESIDE = re.compile(rf" and (?:[A-Z][a-z]+\.? )?[A-Z][a-z]+ [A-Z]|(?:['’]s)? (?:{_SPEECH_VERBS})\b")  # "Putin
# and Joe Biden", "Putin and President Trump", "Putin said"
_WORD_BEFORE = re.compile(r"\b([A-Z][a-z]+\.?) $")  # "President Putin"
_MET_WITH_BEFORE = re.compile(r"\b(?:talks|meeting|met|meet|meets|spoke|speaks|call|phoned|summit|dinner|lunch|"
                              r"interview) (?:with|to) $")
_SPEAKER = re.compile(  # a name that speaks ("Putin said"), not a team ("The Cowboys said"); its capital first, and
    # only then what may not stand before it, so the engine skips to capitals
    rf"([A-Z](?<![\w-].)(?<!the .)(?<!The .)[\w'-]*?)(?:['’]s)? (?:{_SPEECH_VERBS})\b")
_NICKNAME_AFTER = re.compile(  # Joaquín "El Chapo" Guzmán (not Bakhmut "our fortress" Tuesday)
    r" [\"“][A-Z][^\"“”\n]{0,29}[\"”] (?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)[A-Z]")
_IN_NICKNAME = re.compile(r"[A-Z][\w'-]* [\"“]([A-Z][^\"“”\n]{0,29})[\"”] (?!(?:Monday|Tuesday|Wednesday|Thursday|"
                          r"Friday|Saturday|Sunday)\b)[A-Z]")
_SURNAME_AFTER = re.compile(r" ([A-Z][a-z]+(?:-[A-Z][a-z]+)?)[,.]")  # "said Houston Bray," (a name and its end)
_FIGHTERS = re.compile(r" (?:fighters|militias?|militiamen|militants|insurgents|rebels|mercenaries)\b")
_VICTIMS = (r"\b(?:stabb(?:ed|ing)|murder(?:ed|ing)|killing|strangl(?:ed|ing)|marr(?:ied|ying)|hugg(?:ed|ing)|"
            r"kiss(?:ed|ing)|struggling with) ")  # done only to people (not "Taiwan thanked Beijing")
_VICTIM_BEFORE = re.compile(_VICTIMS + "$")
_VICTIM_STEMS = ("stabb", "murder", "killing", "strangl", "marr", "hugg", "kiss", "struggling")
_ALONE_AFTER = re.compile(r"(?:[,.;:)]| (?:and|with|in|on|at|after|before|when|while|who|as|to|for)\b)")  # (not
# "killing Bucha's residents")
_QUOTE_BEFORE = re.compile(r"[,.!?]?[\"”] $")  # a speaker right after a quotation
_UNIT_OF = re.compile(r"\b(?:County|Township|Municipality|District|Region|Borough|Parish|Town|City|Village) of $")
_DISEASE_AFTER = re.compile(r" (?:virus|fever|disease)\b")
_ORG_WORDS = frozenset(  # what follows a curated region's or river's name in the name of a firm or a school
    "University College Hospital Regional Medical Chronicle Herald Times Post Tribune Journal Energy Capital "
    "Textiles Foods Casino Casinos Resort Resorts Airways Airlines Expressway Media Bobsleds Bank Group Holdings "
    "Partners Inc Ltd Corp Company Network Studios Records Brewing Productions Entertainment Chargers High "
    "Community School Academy Depot Rivalry Army Express Queen Railway Pipeline Consortium League Accords Accord "
    "Agreement Treaty Council Commission Fleet Forum Agency Authority".split()) | _ARMED_WORDS  # ("the Camp David
# Accords", "the Gulf Cartel", "the Arctic Council", "the Black Sea Fleet")
_INSTITUTION_ENDS = frozenset(  # the last word of an institution's name, no unknown place's ("in the FA Cup")
    "Court Council Ministry Committee Commission Agency Organization Organisation Institute Foundation Party Union "
    "Association Fund Programme Program Office Department Authority Corporation Cup Federation Tribunal Parliament "
    "Assembly Senate Congress Magistrates".split())  # ("Chester Magistrates' Court")
_VENUE_AFTER = re.compile(r"(?:,? (?:a|the|an) (?:[\w-]+ )?| )(?:restaurant|cafe|café|bar|pub|nightclub|club|hotel|"
                          r"store|shop|documentary|film|series|show|drama|album|song|band)s?\b")
_WORK_BEFORE = re.compile(r"\b(?:drama|documentary|series|show|film|novel|album|song|single|band|Radio)\s+$")
_VESSEL_WORDS = (r"(?:ship|vessel|tanker|freighter|cruiser|warship|flagship|frigate|destroyer|submarine|ferry|liner|"
                 r"yacht|carrier|trawler|barge)")
_VESSEL_BEFORE = re.compile(r"\b(?:ship|vessel|tanker|freighter|cruiser|warship|flagship|frigate|destroyer|"
                            r"submarine|liner|yacht|trawler|barge) (?:the )?$")  # (not "helped ferry Rafah residents")
_VESSEL_STEMS = ("ship", "vessel", "tanker", "freighter", "cruiser", "frigate", "destroyer", "submarine", "ferry",
                 "liner", "yacht", "carrier", "trawler", "barge")
_VESSEL_AFTER = re.compile(rf", (?:a|the) (?:[\w-]+ ){{0,2}}{_VESSEL_WORDS}(?:[,.;:]| (?:that|which|carrying|bound|"
                           r"sailing|owned|operated|flagged|registered|loaded)\b)")  # (not "Dubai, the carrier's hub")
_PEOPLE_AFTER = re.compile(r" (?:people|peoples|tribe|clan)\b")
_OWNED_BEFORE = re.compile(r"\b(?:[Aa]n?|[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Mm]y|[Oo]ur)(?: [\w-]+)?(?: (?:19|20)\d\d)?"
                           r"(?: [a-z]+)? $")  # a vehicle is owned or counted: "a red 1991 Honda", "his Toyota"
_OWNED_YEAR_BEFORE = re.compile(  # "a 1992 Toyota", "their red 1991 Honda" (not "The 2019 Plymouth flood")
    r"\b(?:[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Mm]y|[Oo]ur)(?: [a-z]+)? (?:19|20)\d\d (?:[a-z]+ )?$")
_VEHICLE_AFTER = re.compile(r" (?:driven|sedan|pickup|truck|SUV|minivan|van|dealership|failed to yield|crashed|"
                            r"collided|turning|rolled over|broke down)\b")
_NOT_MODELS = frozenset("Marathon Festival Parade Race Cup Games Open Classic Fair Show Series Championship "
                        "Tournament Derby Correctional Center Centre Hospital University College School Road Street "
                        "Avenue County City Park High Academy".split())  # what follows a town's name, not a make's
_SPEAKS = re.compile(r" (?:said|says|told|asked|added|testified|pleaded|admitted|recalled)\b")
_CHARGED = re.compile(r" (?:was|is|had been) (?:also |later |then )?(?:wanted|arrested|charged|booked|detained|jailed|"
                      r"sentenced|convicted|released|indicted|extradited)\b")  # what happens to a person, not a land
_OUTLET_AFTER = re.compile(r" (?:state |official )?[Nn]ews [Aa]gency\b")  # (not "over Baghdad radio")
_WORSHIP_AFTER = re.compile(r" (?:[Cc]athedral|[Bb]asilica)\b")  # "the Notre-Dame cathedral" (not "the Fort Worth
# church": the town's)
_GROUP_BEFORE = re.compile(  # an armed group's name of Arabic words: "Hayat Tahrir al-Sham" (no Damascus), "Ahrar
    r"\b(?:Tahrir|Ahrar|Jaish|Jabhat|Ansar|Liwa|Harakat|Hay'at|Hayat)\s+(?:a[lnr][- ])?$")  # al-Sham", "Jaish al-Adl"
_PROVINCE_GROUP_BEFORE = re.compile(r"\bIslamic State(?: in| of)? (?:the )?(?:Greater )?$")  # a region in the
# group's name: "Islamic State in West Africa" (a country after it is where the group fights: "in Somalia")
_MOVEMENT_AFTER = re.compile(r" (?:Independence|Liberation|Revolutionary) (?:Army|Organi[sz]ation|Front|Movement)\b")
# (not "the Florida Democratic Party")
_ARTICLE_BEFORE = re.compile(r"\b[Tt]he $")
_INDEFINITE_BEFORE = re.compile(r"\b[Aa]n? $")
_COMPASS_ADJECTIVE = re.compile(r"(?:north|south)(?:east|west)ern")
_DOG_END = (  # the dog ends its noun phrase: "a Newfoundland dog and", not "a Phoenix dog rescue"
    r"(?:[.,;:)!?]|$| (?:and|or|named|called|that|who|which|with|was|is|in|on|at|from|for|to)\b)")
_BREED_AFTER = re.compile(r" (?:terriers?|retrievers?|spaniels?|mastiffs?|sheepdogs?|collies|collie)" + _DOG_END)
_DOG_AFTER = re.compile(r" (?:dogs?|pupp(?:y|ies))" + _DOG_END)
_FIGURE_BEFORE = re.compile(r"\b(?:god|goddess|demigod|deity|prophet|saint|hero|heroine) $")
_AFFAIR_AFTER = re.compile(r" (?:[a-z]+ )?(?:case|scandal|affair|probe|saga|controversy|verdict)\b")  # a person's
# or firm's name as a modifier
_HEAD_END = re.compile(  # what may follow the head noun of a noun phrase
    r"(?:['’]s\b|[.;:)]| (?:in|on|at|of|for|to|by|with|from|was|is|has|had|have|are|were|will|would|said|says|"
    r"voted|met|passed|[a-z]{3,}ed)\b)")  # (a verb after it: "the Duma extended the law")
_PLACE_NOUN = re.compile(r" (?:area|police|council|city|county|borough|township|district|parish|communit(?:y|ies)|"
                         r"residents?|natives?)\b", re.IGNORECASE)
_IN_PLACE = re.compile(  # "in Kyiv", "north of Kyiv", "residents of Jefferson", "west Tyrone" (not "between
    # Chelsea and Arsenal")
    r"\b(?:[Ii]n|into|[Nn]ear|[Oo]utside|(?:north|south|east|west)(?:east|west)?(?:ern)? of|"
    r"(?:[Rr]esidents?|[Pp]eople|[Nn]atives?|formerly|outskirts|[Mm]ayor|towns?|villages?|city|cities|"
    r"communities|[Pp]rovinces?|[Rr]egions?|[Cc]ount(?:y|ies)|[Dd]istricts?|[Dd]epartments?|[Gg]overnorates?|"
    r"[Pp]refectures?) of|[Aa]cross|[Tt]hroughout|(?:north|south|east|west)(?:east|west)?|[Dd]owntown|"
    r"[Nn]eighbou?ring|[Nn]earby)\s+$")
_IN_PLACE_ENDS = ("in", "In", "into", "near", "Near", "outside", "Outside", "of", "across", "Across",
                  "throughout", "Throughout", "north", "south", "east", "west", "northeast", "northwest", "southeast",
                  "southwest", "downtown", "Downtown", "neighboring", "Neighboring", "neighbouring", "Neighbouring",
                  "nearby", "Nearby")
_LIST_BEFORE = re.compile(  # the earlier names of a list: "Queenstown and ", "Napier, Gisborne and "
    r"(?<![\w'’-])[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)?(?:, [A-Z][\w'’-]*(?: [A-Z][\w'’-]*)?)*(?:,? (?:and|or) )$")
_FULL_NAME_AFTER = re.compile(  # a surname, then who the person is: "Victoria Hughes, a volunteer", "Rafa Salama,
    # commander of Hamas's Khan Younis Brigade"
    r" ((?-i:[A-Z])[^\W\d_]+(?:-(?-i:[A-Z])[^\W\d_]+)?), (?:(?P<role>(?:the |a |an )?(?:[\w-]+ )?(?:commander|leader|"
    r"chief|head|spokes(?:man|woman|person)|founder|director|deputy) of)|a|an|the|who|whose|\d{1,3},)[ ,]")
_SPEECH_BEFORE = re.compile(r"\b(?:said|says|added|told|recalled|explained|asked)\s+$")  # a speaker's name follows
_SENTENCE_END = re.compile(r"\.(?:[\"”’)]|\s*$|\s*\n|\s+(?:The|A|An|He|She|It|They|We|I|In|On|At|But|And|After|"
                           r"This|That|His|Her|Their|There|When|As|Some|Many|Police|Officials)\b)")
_LOWER_WORD_BEFORE = re.compile(  # (not "Scandal-plagued Ga. pastor", "a native of Mo.", "school in Mass.")
    r"(?<![\w-])(?!(?:of|in|from|to|at|near|across|through|for|into|outside)\b)[a-z]+ $")
_RESIDENT_AFTER = re.compile(r" (?:man|woman|boy|girl|teen|teenager|couple)\b")  # "a Clinton man" (not "Young men")
_RESIDENT_BEFORE = re.compile(  # "Tyler Branford of Clinton", "Ames, 45, of" (not "the Duke of Clinton")
    r"\b(?!(?:Duke|Earl|Baron|Count|Marquess|Viscount|Lord|Lady|Prince|Princess|King|Queen|Bishop|Archbishop|Mayor|"
    r"Governor|Gospel|Book|Acts|Epistle|Letter|Song|Bank|University|College|Church|Diocese|Republic|Kingdom|State|"
    r"City|Town|County|Port|Bay|Isle|Lake|Mount|Battle|Siege|Treaty|Sea|Gulf|Cape)\b)[A-Z][a-z]+(?:, \d{1,3},)? of $")
_HYPHENED_BEFORE = re.compile(r"\b([A-Z][a-z]+)-$")
_HYPHENED_AFTER = re.compile(r"-([A-Z][a-z]+)\b")
COMBINING_FORMS = frozenset("Indo Euro Afro Sino Anglo Austro Franco Russo Trans".split())  # "Indo-Pacific"
_CALLED_TOWN = re.compile(r"\b(?:town|city|village|district|suburb|port|stronghold)s? of (?:the )?$", re.IGNORECASE)
_POSTAL_AFTER = re.compile(r", ([A-Z]{2,3})(?=[,;:)]| \d{4,5}\b|\.(?:\s|$)|$)")
_POSTAL_TABLE = (  # postal codes of states and provinces: code -> folded name, by country
    ("US", "AL:alabama|AK:alaska|AZ:arizona|AR:arkansas|CA:california|CO:colorado|CT:connecticut|DE:delaware|"
           "DC:district of columbia|FL:florida|GA:georgia|HI:hawaii|ID:idaho|IL:illinois|IN:indiana|IA:iowa|"
           "KS:kansas|KY:kentucky|LA:louisiana|ME:maine|MD:maryland|MA:massachusetts|MI:michigan|MN:minnesota|"
           "MS:mississippi|MO:missouri|MT:montana|NE:nebraska|NV:nevada|NH:new hampshire|NJ:new jersey|"
           "NM:new mexico|NY:new york|NC:north carolina|ND:north dakota|OH:ohio|OK:oklahoma|OR:oregon|"
           "PA:pennsylvania|RI:rhode island|SC:south carolina|SD:south dakota|TN:tennessee|TX:texas|UT:utah|"
           "VT:vermont|VA:virginia|WA:washington|WV:west virginia|WI:wisconsin|WY:wyoming"),
    ("CA", "AB:alberta|BC:british columbia|MB:manitoba|NB:new brunswick|NL:newfoundland and labrador|"
           "NS:nova scotia|NT:northwest territories|NU:nunavut|ON:ontario|PE:prince edward island|QC:quebec|"
           "SK:saskatchewan|YT:yukon"),
    ("AU", "WA:western australia|NT:northern territory|SA:south australia|VIC:victoria|QLD:queensland|"
           "TAS:tasmania|ACT:australian capital territory"))
POSTAL_CODES: dict[str, list[tuple[str, str]]] = {}  # postal code -> (folded state or province name, country)
for country, pairs in _POSTAL_TABLE:
    for code, name in (pair.split(":") for pair in pairs.split("|")):
        POSTAL_CODES.setdefault(code, []).append((name, country))
_ADMIN_UNIT_AFTER = re.compile(  # lower case: "Zakho district", "the Lachin and Kalbajar districts", not "Zakho
    # District Court"
    r"(?:(?:, |,? and )[A-Z][\w'’-]+)* (?:district|province|governorate|regency|zone|upazila|county|region"
    r"|municipalit(?:y|ie)|prefecture)s?\b")
_SPECIES_AFTER = re.compile(r" [a-z]+(?:us|is|ensis|ii|ae|um)\b")  # a Latin species name after its genus
_DISTANCE_AFTER = re.compile(  # "Sake, about 25 km west of Goma"
    r",? (?:about |some |roughly |around |nearly |just )?\d+(?:\.\d+)? ?(?:km|kilomet(?:re|er)s|miles) "
    r"(?:\([^)]{1,20}\) )?(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)? of\b")
_CALLED_A_TOWN = r", (?:a|the) (?:[\w-]+ ){0,3}(?:city|town|village|suburb|district)\b"
_PERSONLESS_BEFORE = re.compile(r"\b(?:[Nn]ear|[Oo]utside|towards?)\s+$")  # "towards Singleton": no person
_TAKEN_BEFORE = re.compile(r"\b(?:captur(?:ed|ing)|seiz(?:ed|ing)|retook|overran|fled|[Rr]esidents of)\s+$")  # a
# town taken or fled: "after capturing Kyaukphyu", "fled Zamzam camp"
_ACCORDING_TO = re.compile(r"\baccording to\s+(?:the\s+)?$", re.IGNORECASE)  # a source, not a place


def _listed_after(text: str, start: int, placed: set[int]) -> bool:
    """The name at `start` follows a list's gap (", ", " and " …) right after a place the text gives (`placed`:
    their end offsets)."""
    return any(start - len(gap) in placed and text.endswith(gap, 0, start) for gap in LIST_GAPS)


@lru_cache(maxsize=1024)
def _written_alone(text: str, word: str) -> bool:
    """Whether the text writes the word somewhere without a capitalised word of its own right before it
    ("the Gainesville club", "The Gainesville Riding Club"; not "Rodeo Gainesville")."""
    for m in re.finditer(rf"(?<![\w'’-]){re.escape(word)}(?![\w'’-])", text):
        before = _WORD_BEFORE.search(text, max(0, m.start() - 30), m.start())
        if before is None or not before.group(1)[0].isupper() or common_rank(before.group(1).lower()):
            return True
    return False


def _full_name(text: str, first: Token, people: set[str]) -> bool:
    """Whether `first` is a given name before a surname and who the person is: a surname of this text ("Victoria
    Hughes, a volunteer", "Jordan Opoku, 24,"; not "Victoria Falls, a town", "Sydney Gardens, the park"), a
    speaker's ("said Santiago Muñoz, a volunteer firefighter") or one whose role follows ("Rafa Salama, commander
    of")."""
    full = _FULL_NAME_AFTER.match(text, first.end)
    return full is not None and (full.group(1).lower() in people or (
        full.group(1).lower() not in common_words()
        and bool(full.group("role") or _SPEECH_BEFORE.search(text, max(0, first.start - 10), first.start))))


_INTRODUCING_ENDS = ("in", "at", "near", "outside", "from", "to", "across", "the", "of", "captured", "capturing",
                     "seized", "seizing", "retook", "overran", "fled")  # the last words of `_introduced`'s patterns


def _ends_with_word(text: str, start: int, words: tuple[str, ...]) -> bool:
    """Whether the 24 characters before `start` end in one of `words` (in any case), then whitespace:
    what the patterns of words before a name (`_introduced`, `_called_town`) need before they are tried.
    Text with other than ASCII letters is left to them (IGNORECASE folds "ſ" to "s", "ı" to "i")."""
    before = text[max(0, start - 24): start]
    if not before[-1:].isspace():
        return False
    before = before.rstrip()
    return not before.isascii() or before.lower().endswith(words)


def _called_town(text: str, start: int) -> bool:
    """The words before `start` call the name a town: "the town of", "the district of the" (`_CALLED_TOWN`)."""
    return _ends_with_word(text, start, ("of", "the")) and bool(_CALLED_TOWN.search(text, max(0, start - 24), start))


def _introduced(text: str, start: int) -> bool:
    """The words before `start` introduce a place's name: "in", "near the", "the town of", "captured",
    "residents of" (not "according to")."""
    return _ends_with_word(text, start, _INTRODUCING_ENDS) and bool(
        (LOCATIVE_BEFORE.search(text[max(0, start - 12): start])
         and not _ACCORDING_TO.search(text, max(0, start - 20), start))
        or _CALLED_TOWN.search(text, max(0, start - 24), start)
        or _TAKEN_BEFORE.search(text, max(0, start - 16), start))


def _called(text: str, first: Mention, second: Mention) -> bool:
    """The text gives the two names to one place ("X, which Azerbaijan calls Y", "X (Y)"), one that both can
    be."""
    return (first.end <= second.start and bool(CALLS_GAP_RE.fullmatch(text, first.end, second.start))
            and bool({c.place.id for c in first.candidates} & {c.place.id for c in second.candidates}))


def _unknown_names(text: str, tokens: list[Token], spans: list[tuple[int, int]], taken: list[Mention],
                   known: set[str], firms: set[str]) -> list[Mention]:
    """Capitalised names right after "in/at/near/..." that the gazetteer lacks: kept as mentions without
    candidates, so they are reported as unresolved (or asked online) instead of silently dropped. Names the
    gazetteer knows but recognition doubted stay out."""
    longest: dict[int, int] = {}
    joined: set[int] = set()  # names that run into "and" or a possessive: "Joe's Pizza", "William and Mary"
    introduced = cache(lambda k: _introduced(text, tokens[k].start))  # asked once per first token
    for i, j in spans:
        start = tokens[i].start
        if j > i and (any(t.text == "and" for t in tokens[i + 1: j + 1]) or any(  # (one token holds no space)
                gap in text[start: tokens[j].end] for gap in POSSESSIVE_GAPS)):
            joined.add(i)
        elif (tokens[i].capitalised and (i in longest or introduced(i))
                and not any(t.text.lower() in CALENDAR or t.text == "the" for t in tokens[i + 1: j + 1])):  # (a
            # name with "the" inside is a known country's, or an institution's: "Office of the Attorney General")
            longest[i] = max(j, longest.get(i, i))
    out: list[Mention] = []
    index = SpanIndex(taken, lambda m: (m.start, m.end))
    for i, j in sorted(longest.items()):
        if i in joined:
            continue
        start, end = tokens[i].start, tokens[j].end
        first = tokens[i].text.lower()
        if (index.overlaps(start, end) or fold(text[start:end]) in known
                or text[start:end].removesuffix("s") in demonyms()  # "in Sri Lankan waters": a people, no place
                or first in CALENDAR or first in TITLES or first in not_places() or first in firms
                or tokens[i].text in PARTY_WORDS | CLUB_WORDS  # "from United Russia", "from Sporting Lisbon"
                or tokens[j].text in _ARMED_WORDS  # "from the Sinaloa Cartel"
                or tokens[j].text in _INSTITUTION_ENDS  # "at the International Criminal Court"
                or tokens[j].text in REGNAL  # "at the Hassan II hospital"
                or (i == j and (first in common_words() or tokens[i].acronym or len(first) < 2))):
            continue
        if out and out[-1].end > start:
            continue
        out.append(Mention(start, end, text[start:end]))
    return out


def recognize(text: str, gazetteer: Gazetteer) -> list[Mention]:
    """Place-name mentions in `text`, each with its gazetteer candidates (best prior first)."""
    tokens = tokenize(text)
    spans = _spans(text, tokens)
    county = not _business(text)
    parts = [fold(t.text).rstrip(".") for t in tokens]  # a span's key joins its tokens' (see `_keys`)
    areas = any(word in text for word in AREA_WORDS)  # "counties", "parishes", "districts" (see `_keys`)
    keyed = {(i, j): _keys(text, tokens, parts, i, j, county, areas) for i, j in spans}
    found = gazetteer.candidates(k for variants in keyed.values() for _, _, k in variants)
    known = set(found)
    written = {parts[k] for k, tok in enumerate(tokens) if parts[k] in found and (  # "Reading, Pa.", "the town
        _region_after(text, tok.end, found) or _called_town(text, tok.start))}  # of
    # Jasper"
    placed: set[int] = set()
    people = _people(text, tokens)
    firms = _firms(text, known, county)
    things: set[str] = set()
    by_start: dict[int, list[tuple[int, int]]] = {}
    for i, j in spans:
        by_start.setdefault(i, []).append((i, j))
    mentions: list[Mention] = []
    tentative: list[Mention] = []
    echoes: list[Mention] = []  # alternate names held back: kept if the text names the place so elsewhere
    i = 0
    while i < len(tokens):
        longer = blocked = False
        unknown = i  # the last token of the longest name starting here, when the gazetteer lacks it
        for _, j in reversed(by_start.get(i, [])):  # longest first (`_spans` gives a start's ends in order)
            known_forms = [v for v in keyed[(i, j)] if v[2] in found]
            if j > i and known_forms and " " not in known_forms[-1][2] and not any(
                    c.primary for c in found[known_forms[-1][2]]):
                known_forms.pop()  # a name joined over its hyphen must be some place's own: "Tri-State" is no
                # Laughlin, Nevada (which lists "Tristate")
            if areas:
                known_forms = _region_first(text, known_forms, found)
            if not known_forms:
                unknown = max(unknown, j)
                continue
            own = [v for v in known_forms if any(c.primary for c in found[v[2]])] or known_forms[:1]
            start, end, key = own[0]
            cands: Sequence[Candidate] = found[key] if len(own) == 1 else _merged(found, [k for _, _, k in own])
            if j > i and tokens[j].text == "City" and _CITY_OFFICE_AFTER.match(text, end) and (
                    bare := fold(text[tokens[i].start: tokens[j - 1].end])) in found and any(
                    c.primary and c.place.kind == "city" for c in found[bare]) and any(c.primary for c in cands) and (
                    _own_size(found[bare]) >= CITY_OFFICE_SIZE * _own_size(cands)):
                j -= 1  # "Cambridge City Council" is Cambridge's, not that of Cambridge City, Indiana; "Salem City
                end, key, cands = tokens[j].end, bare, found[bare]  # Council in Oregon" is Salem's, as the article
                # reads Salem (but "Kansas City Council", "Carson City Council" stay)
            elif j > i and tokens[j].text in ("City", "Town") and not any(c.primary for c in cands) and not (
                    _alternate_only(cands)) and (
                    bare := fold(text[tokens[i].start: tokens[j - 1].end])) in found and re.search(
                    rf"\b{re.escape(text[tokens[i].start: tokens[j - 1].end])}\b(?! City| Town)", text, re.I):
                cands = _merged(found, [key, bare])  # "Springfield City" in a story from Springfield, Ill., is that
                # Springfield, not the one town that lists "Springfield City" as an alternate name
            if not tokens[i].capitalised and not _arabic_article(text, tokens, i) and (
                    not _strong(cands[0]) or _strong_name(tokens[i + 1].text, found)):
                continue  # "north Carolina" is North Carolina; "north London", "south Georgia" are directions
            if j > i and _institution(text, tokens, i, j, start, end, cands):
                things.add(key)
            rest = _unknown_rest(text, tokens, i, j, unknown, found)
            if (rest and tokens[j + 1].text in ROMANCE_CONNECTORS) or (not _strong(cands[0]) and (rest or (
                    longer and cands[0].place.kind == "city" and _own_size(cands) < BIG_CITY))):  # (a country's
                # name too: "the Palau de la Generalitat" is no Palau)
                blocked = blocked or rest
                continue
            why = (_doubt(text, tokens, i, cands, found, placed, people, firms, written) if j == i
                   else "part of a club's name" if tokens[j].text == "City" and _CLUB_MATCH.match(text, end)
                   else "part of a movement's name" if _GROUP_BEFORE.search(text, max(0, start - 24), start) or (
                       cands[0].place.kind != "country" and _PROVINCE_GROUP_BEFORE.search(text, max(0, start - 28),
                                                                                          start))
                   else "not a place" if (key in things or _saint(text, tokens, i, j) or (
                       _thing(text, start, end, cands) and not ((head := found.get(parts[i])) and _strong(head[0])))
                       # ("the Pacific Palisades" is no ocean)
                                          or (tokens[i].text == "The" and _alternate_only(cands))  # "The Savannah
                                          # River" is no Lewisburg (once The Savannah)
                                          or (not _strong(cands[0]) and _WORSHIP_AFTER.match(text, end)
                                              and _ARTICLE_BEFORE.search(text, max(0, start - 4), start))  # "the
                                          # Notre-Dame cathedral" (no Notre-Dame-de-Bondeville)
                                          or (_alternate_only(cands) and (tokens[j].text in ("City", "Town") or all(
                                              t.text.lower() in firms for t in tokens[i: j + 1]))))
                   else LONGER_NAME if (all(t.text.lower() in common_words() for t in tokens[i: j + 1]) and (
                       _alternate_only(cands) or _name_before(text, tokens, i, cands)))
                   else None)
            if why == "part of a movement's name" and j > i:
                i = j  # nor is a shorter name inside it: "Islamic State in West Africa" names no Africa
                break
            if why is None and (cands[0].place.kind == "water" or _RIVER_WORD_AFTER.match(text, end)) and (
                    _water_named_after(text, tokens, i, found)):
                why = "part of a longer name"  # "the Kalu Ganga" is no Ganges, "the Bhote Koshi river" no Kosi
            if why is None and text[end: end + 1].isdigit():
                why = "part of a name with a number"  # "Kurdistan24", "France24"
            if why is None and j > i and cands[0].place.kind in ("region", "water") and (
                    (j + 1 < len(tokens) and text[end: tokens[j + 1].start] == " " and tokens[j + 1].text in _ORG_WORDS)
                    or _VENUE_AFTER.match(text, end) or _ORG_NAME_AFTER.match(text, end)):
                why = "part of a name"  # "Black Hills Energy", "Table Mountain Casino", "Han River, a restaurant"
                i = j  # nor is a shorter name inside it: "the Suez Canal Authority" names no Suez
                break
            if (why is None and _DISEASE_AFTER.match(text, end) and cands[0].place.kind in POINT_KINDS
                    and _own_size(cands) < BIG_CITY and not re.search(
                        re.escape(text[start:end]) + _CALLED_A_TOWN, text)):  # ("Hendra, the Brisbane suburb")
                things.add(key)  # so are its other mentions, unless written as a place ("the town of Lyme")
                why = "a disease's name"  # "Marburg virus", "Lyme disease" (not "Texas flu deaths", "Wuhan virus")
            if why is None and (street := _street(text, start, end)):  # "Dublin Road": a street, not Dublin
                mentions.append(Mention(start, street, text[start: street], tuple(cands), street=True))
                while i + 1 < len(tokens) and tokens[i + 1].start < street:
                    i += 1
                break
            if why is None:
                start, end, i, j = _feature(text, tokens, i, j, start, end)
                if text.endswith((" island", " islands", " river"), start, end):  # "Lampedusa island" is
                    # Lampedusa Island, "the Kosi river" the Kosi River
                    cands = gazetteer.candidates([key := fold(text[start:end])]).get(key, cands)
                elif text.endswith(" River", start, end):  # "the Tana River flooded" runs through Tana River
                    key = fold(text[start:end])  # County (it is no Antananarivo, "Tana")
                    cands = [c for c in gazetteer.candidates([key]).get(key, ())
                             if c.place.kind in ("water", "admin1", "admin2")] or cands
                elif _river_named_alone(text, start, end, cands[0].place, found) or _RIVERS_AFTER.match(text, end):
                    river = gazetteer.candidates([key := f"{fold(text[start:end])} river"]).get(key, ())
                    cands = river if river and river[0].place.kind == "water" else cands  # (and "the Ohio and
                    # Mississippi rivers": no states)
                mentions.append(Mention(start, end, text[start:end], tuple(cands)))
                placed.add(end)
                i = j
                break
            if why == LONGER_NAME:
                longer = True  # "Bani Suheila" (a small town's other name) is no "Bani" either
                continue
            if why == GIVEN_NAME and _bare(text, tokens, i):
                tentative.append(Mention(start, end, text[start:end], tuple(cands)))
            elif why == ALTERNATE_ONLY:
                echoes.append(Mention(start, end, text[start:end], tuple(cands)))
        else:
            if blocked and (named := _after_generic(text, tokens, parts, i, found)):
                mentions.append(named)  # "Wadi Derna", "Ain Zara": named after Derna and Zara (see `_after_generic`)
                placed.add(named.end)
                i += 1
            elif blocked and not any(_strong_name(t.text, found) for t in tokens[i + 1: unknown + 1]):
                i = unknown  # nor is a word inside it a place: "Lagoa dos Patos" is no Patos ("Tour de France" is)
        i += 1
    mentions = [m for m in mentions if fold(m.text) not in things or _written_as_place(text, m, found)]
    mentions += _confirmed(text, tentative, mentions)
    names, ids = {fold(m.text) for m in mentions}, {m.candidates[0].place.id for m in mentions}
    pool = sorted([*echoes, *mentions], key=lambda x: x.start)
    starts = [x.start for x in pool]
    named_twice = {k for k, m in enumerate(echoes)  # "fled Stepanakert, which Azerbaijan calls Khankendi": both
                   for other in pool[bisect_left(starts, m.start - CALLED_REACH):
                                     bisect_right(starts, m.end + CALLED_REACH)]
                   if other is not m and _called(text, *((m, other) if m.end <= other.start else (other, m)))}
    # names of one place (the names around it only: an article of a megabyte holds thousands)
    mentions += [m for k, m in enumerate(echoes)
                 if fold(m.text) in names or m.candidates[0].place.id in ids or k in named_twice]  # "the road
    # out of Stepanakert … near Stepanakert", "Stepanakert …, which Azerbaijan calls Khankendi" (one place)
    mentions += _postal_states(text, mentions, gazetteer)
    return sorted(mentions + _unknown_names(text, tokens, spans, mentions, known, firms), key=lambda m: m.start)


def _postal_states(text: str, mentions: list[Mention], gazetteer: Gazetteer) -> list[Mention]:
    """Postal codes of US states and Canadian and Australian states and provinces right after a place, as in
    addresses and rosters: "Salem, OR 97301", "a prospect from Paris, TN, has...", "Kingston, ON,", "Bunbury,
    WA,". Only there, and only when the place has a reading in that state: elsewhere "OR", "IN" or "ME" are
    words, and "Tel Aviv, IL" is no American place."""
    starts = {m.start for m in mentions}
    hits = [(m, hit.group(1)) for m in mentions if (hit := _POSTAL_AFTER.match(text, m.end))
            and hit.group(1) in POSTAL_CODES and m.end + 2 not in starts]
    if not hits:
        return []
    found = gazetteer.candidates(name for _, code in hits for name, _ in POSTAL_CODES[code])
    out = []
    for m, code in hits:
        states = [c for name, country in POSTAL_CODES[code] for c in found.get(name, ())
                  if c.place.kind == "admin1" and c.place.country_code == country]
        held = [s for s in states if any(c.place.kind != "admin1" and (c.place.country_code, c.place.admin1)
                                         == (s.place.country_code, s.place.admin1) for c in m.candidates)]
        if held:  # "Perth, WA" is Western Australia's
            out.append(Mention(m.end + 2, m.end + 2 + len(code), code, tuple(held)))
    return out


def _street(text: str, start: int, end: int) -> int | None:
    """The end of the street a place's name begins ("Dublin Road", "Boston Post Road", "1517 Memphis St.")."""
    if m := _STREET_AFTER.match(text, end):
        return m.end()
    if _HOUSE_NUMBER.search(text, max(0, start - 12), start) and text.startswith(" St.", end):
        return end + 4
    return None


def _unknown_rest(text: str, tokens: list[Token], i: int, j: int, k: int, found: dict[str, tuple[Candidate, ...]]
                  ) -> bool:
    """The name goes on past token j (to token k) into a place the gazetteer lacks: over a connector inside
    a name ("Eldorado do Sul", "Lagoa dos Patos"), after a generic word of Arabic place names ("Ain
    Sokhna", "Jebel Akhdar"), or into an unknown word that is no common word after "the town of" ("the town
    of Kauran Namoda"); not Eldorado, Lagoa, Ain, Jebel or Kauran. (A place's name before other words is
    usually the place: "Flemington Elks", "Lindsay Police".)"""
    if k <= j:
        return False
    nxt = tokens[j + 1]
    if nxt.text in NAME_CONNECTORS:
        return j + 2 <= k
    return i == j and nxt.capitalised and (tokens[i].text in ARABIC_GENERIC or (
        fold(nxt.text) not in found and nxt.text.lower() not in common_words()
        and _called_town(text, tokens[i].start)))


_RIVER_WORD_AFTER = re.compile(r" [Rr]ivers?\b")
_RIVERS_AFTER = re.compile(r"(?:(?:, | and |, and )(?:the )?[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?)* rivers\b")  # a list


def _water_named_after(text: str, tokens: list[Token], i: int, found: dict[str, tuple[Candidate, ...]]) -> bool:
    """A river or sea's name right after a capitalised word the gazetteer lacks, no common word, title or
    demonym: the two make another river's name ("the Kalu Ganga", "the Bhote Koshi river"; not "the Ukrainian
    Dnipro", "Upper Ganga")."""
    if not i:
        return False
    prev = tokens[i - 1]
    low = prev.text.lower()
    return (prev.capitalised and not prev.acronym and text[prev.end: tokens[i].start] == " "
            and fold(prev.text) not in found and low not in common_words() and low not in TITLES
            and prev.text not in demonyms() and low not in not_places())


def _after_generic(text: str, tokens: list[Token], parts: list[str], i: int, found: dict[str, tuple[Candidate, ...]]
                   ) -> Mention | None:
    """A generic word of Arabic place names and the known place after it ("Wadi Derna", "Ain Zara") as one
    mention with that place's candidates: a feature named after it, placed there only when it lies near the
    article's other places (as "Lake Norman", see `_feature`): the Wadi Derna runs through Derna, while Ain
    Zara, a suburb of Tripoli, is no Zadar (once Zara)."""
    if (i + 1 >= len(tokens) or tokens[i].text not in ARABIC_GENERIC or tokens[i].text in KIN_GENERIC
            or parts[i + 1] not in found):
        return None
    nxt = tokens[i + 1]
    if not nxt.capitalised or text[tokens[i].end: nxt.start] != " ":
        return None
    return Mention(tokens[i].start, nxt.end, text[tokens[i].start: nxt.end], tuple(found[parts[i + 1]]))


_RIVER_FLOODS = r"(?:flooded|floods|crested|crests|overflowed|overflows|swelled|swells|burst|breached|spilled|receded)"
_RIVER_AFTER = re.compile(rf"\s+{_RIVER_FLOODS}\b")  # (not "the Niger topped the list")
_STATE_RIVER_AFTER = re.compile(rf"[,.;:)]|\s+(?:{_RIVER_FLOODS}|rose|rises|flows|flowed|peaked|topped|at|near|"
                                r"between)\b")
_LISTED_AFTER = re.compile(r",\s+([A-Z][\w.]*(?: [A-Z][\w.]*)?)")


def _river_named_alone(text: str, start: int, end: int, place: Place, found: dict[str, tuple[Candidate, ...]]
                       ) -> bool:
    """A state or a country named after its river is the river where the text writes "the" before it and then
    what a river does ("Upriver, the Ohio flooded parts of Paducah", "the Niger burst its banks"), or, for a
    state, a stop or "at", "near", "between" ("Across the Mississippi, Cape Girardeau"; not "the Ohio
    delegation", "the Mississippi Delta", nor "in the Congo.", nor a list of states: "The Mississippi, Alabama and
    Georgia delegations")."""
    if not text.endswith(("the ", "The "), 0, start) or place.kind not in ("admin1", "country"):
        return False
    listed = _LISTED_AFTER.match(text, end)
    if listed and any(c.place.kind == "admin1" for c in found.get(fold(listed.group(1)), ())):
        return False
    return bool((_STATE_RIVER_AFTER if place.kind == "admin1" else _RIVER_AFTER).match(text, end))


def _feature(text: str, tokens: list[Token], i: int, j: int, start: int, end: int) -> tuple[int, int, int, int]:
    """The span widened to a township, park, lake, river, valley or village named after the place ("Madison
    Township", "Griffith Park", "Lake Norman", "Naugatuck River", "Meadow Grove"). The gazetteer lacks the
    longer name (it would have matched first), so the mention keeps the place's candidates as namesakes, which
    resolution accepts only near the article's other places: such features are often named after a person or a distant
    place (Lake Norman, North Carolina, is no lake at Norman, Oklahoma, and Ohio alone has many Madison Townships),
    though a river or valley usually runs through its namesake (see `geomap.resolve`; streets are mentions of their own,
    see `recognize`)."""
    if j + 1 < len(tokens) and text[end: tokens[j + 1].start] == " " and tokens[j + 1].text in FEATURE_AFTER:
        j += 1
        end = tokens[j].end + (text[tokens[j].end: tokens[j].end + 1] == "." and tokens[j].text in ABBREVIATED)
    elif m := _ISLAND_AFTER.match(text, end):  # "north of Delft island", "the Tempe valley", "the Kosi river":
        # named like a town
        end = m.end()
    if i > 0 and text[tokens[i - 1].end: start] == " " and tokens[i - 1].text in FEATURE_BEFORE:
        i -= 1
        start = tokens[i].start
    return start, end, i, j


def _bare(text: str, tokens: list[Token], i: int) -> bool:
    """Token i stands alone: no capitalised word right before it, none right after it (bar a word such as
    "Police" or "County" that a place name takes), and no possessive ("Hope's Wings")."""
    end = tokens[i].end
    if _word_before(text, tokens, i) is not None or text[end: end + 1] in ("'", "’"):
        return False
    return _word_after(text, tokens, i) is None or bool(_PLACE_NOUN.match(text, end))


def _listed(text: str, tentative: list[Mention], mentions: list[Mention]) -> set[int]:
    """Starts of the tentative mentions that stand in a list of three names or more, one of them a place
    for sure: "the counties of Galway, Mayo and Clare", "Findlay, Marion and Lima" (but not "Born in
    Dublin, Kelly moved" nor "from Boston and Lindsay")."""
    names = sorted([*tentative, *mentions], key=lambda m: m.start)
    sure = {m.start for m in mentions}
    runs: list[list[Mention]] = []
    for m in names:
        if runs and text[runs[-1][-1].end: m.start] in LIST_GAPS:
            runs[-1].append(m)
        else:
            runs.append([m])
    return {r.start for run in runs if len(run) >= 3 and any(r.start in sure for r in run) for r in run}


_STREETS_AFTER = re.compile(r" (?:streets|avenues|roads|boulevards|drives|lanes)\b", re.IGNORECASE)


def _paired(text: str, m: Mention, by_end: dict[int, Mention], by_start: dict[int, Mention]) -> bool:
    """The name is listed right after or before a town's name the text gives for sure (`by_end`, `by_start`: those
    names by their offsets), and one of its towns lies in the same state or province as one of that town's
    readings, within PAIR_KM: "snow fell on Bangor and Augusta" (Maine's towns; not "Jordan and Augusta", a
    country's name, nor "the corner of Lakeview and Harrison streets")."""
    if _STREETS_AFTER.match(text, m.end):
        return False
    near = [by_end.get(m.start - len(gap)) for gap in LIST_GAPS if text.endswith(gap, 0, m.start)]
    near += [by_start.get(m.end + len(gap)) for gap in LIST_GAPS if text.startswith(gap, m.end)]
    pairs = [sure for sure in near if sure and sure.candidates and sure.candidates[0].place.kind in ("city", "admin2")]
    return any(c.place.kind == "city" and o.place.kind in ("city", "admin2")
               and (c.place.country_code, c.place.admin1) == (o.place.country_code, o.place.admin1)
               and km(c.place.lat, c.place.lon, o.place.lat, o.place.lon) <= PAIR_KM
               for sure in pairs for c in m.candidates[:MAX_SUPPORT] for o in sure.candidates[:MAX_SUPPORT])


def _confirmed(text: str, tentative: list[Mention], mentions: list[Mention]) -> list[Mention]:
    """Bare given names that the text itself shows to be places: written as one ("in Lindsay", "the
    Alton man", "Brandon police", "Tyler Branford of Clinton"), listed among places (`_listed`), or naming a
    town right next to a place the article names for sure ("Gainesville and Lindsay"). A person's first name has
    none of these."""
    if not tentative:
        return []
    points = [(c.place.lat, c.place.lon) for m in mentions for c in m.candidates[:MAX_SUPPORT]
              if c.place.kind in ("city", "admin2")]
    lat, lon = np.radians(np.array(points).reshape(-1, 2)).T
    listed = _listed(text, tentative, mentions)
    by_end, by_start = {m.end: m for m in mentions}, {m.start: m for m in mentions}
    out = []
    for m in tentative:
        if (_placed(text, m.start) or _PLACE_NOUN.match(text, m.end)
                or (_RESIDENT_AFTER.match(text, m.end) and m.text.lower() not in common_words())
                or _RESIDENT_BEFORE.search(text, max(0, m.start - 40), m.start) or m.start in listed
                or _paired(text, m, by_end, by_start)):
            out.append(m)
            continue
        for c in m.candidates[:MAX_SUPPORT]:
            if c.place.kind in ("city", "admin2") and lat.size:
                p1, l1 = math.radians(c.place.lat), math.radians(c.place.lon)
                h = np.sin((lat - p1) / 2) ** 2 + math.cos(p1) * np.cos(lat) * np.sin((lon - l1) / 2) ** 2
                if 2 * EARTH_KM * math.asin(math.sqrt(min(1.0, float(h.min())))) <= NEIGHBOUR_KM:
                    out.append(m)
                    break
    return out
