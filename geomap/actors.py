"""Actors of an event: people (full names, and surnames that refer back to them), organisations, and the
countries that act ("Russia launched ...") or take part ("ministers from Armenia and Azerbaijan met")."""

from __future__ import annotations

import re
from collections.abc import Sequence

from geomap.models import Toponym
from geomap.spans import SpanIndex
from geomap.tokens import TITLES, common_rank, common_words, first_names, not_places, surnames

_NAME_WORD = r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?"
_NAMES_RE = re.compile(rf"\b{_NAME_WORD}(?: {_NAME_WORD}){{1,4}}\b")
_ORG_RE = re.compile(r"\b(?:(?:[A-Z][a-z]+|of|the|for) ){0,4}?(?:Ministry|Council|Parliament|Army|Armed Forces|"
                     r"Police(?: Department)?|Department|Government|Agency|Committee|Commission|Union|"
                     r"Organi[sz]ation|Red Cross|Court|Senate|Congress)\b"
                     r"(?: (?:for|on|of) (?:the )?[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}\b)?")  # "the International
# Organization for Migration", "the Kenya National Commission on Human Rights"
_ACRONYM_RE = re.compile(r"\b[A-Z]{2,6}\b")
_MEDIA_WORDS = frozenset({"TV", "FM", "AM", "PM", "AP", "OK"})  # capitals that name no actor ("al-Masirah TV said")
_NUMERAL_RE = re.compile(r"[IVXL]+")  # nor does a monarch's number ("King Mohammed VI", "the Hassan II hospital")
# "Russian forces", "Ukrainian troops": a people's armed or state body acting (the first word a demonym); armed
# forces, troops, soldiers and their guns are one actor, "Russian forces", so that two reports of one attack merge
_FORCES_RE = re.compile(r"\b([A-Z][a-z]+) (?:(forces|troops|army|military|soldiers|artillery|warplanes|drones)|police|"
                        r"authorities|officials|government|navy|air force)\b")
_SOURCE_RE = re.compile(  # "Filashkin said", "Filashkin, the governor, told", "according to Vadym Filashkin"
    r"\b([A-Z][a-z]+)(?:, [^,.]{1,60},)? (?:said|says|told|added|wrote)\b"
    r"|[Aa]ccording to (?:[A-Z][a-z.]* )*?([A-Z][a-z]+)\b(?! [A-Z])")
_SPEAKS_AFTER = re.compile(r",? (?:said|says|told|added|reported)\b")
_LEADING = re.compile(r"^(?:(?:of|the|for) )+", re.IGNORECASE)
_NAME_GOES_ON = re.compile(r" ([A-Z][a-z]+)\b|-\d")
SURNAME_WORD_RANK = 700  # a surname rarer as a word than this may end a name ("Smith"; not "Park", "King")
_WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())  # (months may be given
# names: "June Carter", "April Ryan")
_COMPANY_AFTER = re.compile(r" (?:Airways|Airlines|Air|Railways?|Telecom|Bank|Post|Television|Radio|Times|News)\b")


def _surname_word(first: str, last: str) -> bool:
    """A surname that is also a word, after a given name: "Danielle Smith", "Gordon Brown" (not the commonest
    words: "Victoria Park", "Jordan King")."""
    return first.lower() in first_names() and last.lower() in surnames() and (common_rank(last.lower()) or 0) > (
        SURNAME_WORD_RANK)


def _person(start: int, words: str) -> tuple[int, str] | None:
    """The person named by a run of capitalised words, after any leading people, title or common word ("Foreign
    Minister Dmytro Kuleba" -> "Dmytro Kuleba", "Ukrainian President Volodymyr Zelenskiy" -> "Volodymyr
    Zelenskiy"): two or three words, not a title, the first not a demonym ("Ukrainian Foreign Ministers"), the
    last not a common word, unless a surname after a given name."""
    parts = words.split(" ")
    skip = 0
    while skip < len(parts) - 2 and parts[skip].lower() in not_places():
        skip += 1  # a people before a title: "Ukrainian President Volodymyr Zelenskiy"
    while skip < len(parts) and (parts[skip].lower() in common_words() or parts[skip].lower() in TITLES
                                 or parts[skip].lower() in _WEEKDAYS):  # "said on Saturday Russian forces had…"
        skip += 1
    name = parts[skip:]
    if (not 2 <= len(name) <= 3 or name[0].lower() in not_places() or (
            name[-1].lower() in common_words() and not _surname_word(name[0], name[-1]))
            or any(w.lower() in TITLES or w.lower().rstrip("s") in TITLES for w in name)):
        return None
    return start + sum(len(p) + 1 for p in parts[:skip]), " ".join(name)


def _people_in(text: str, s: int, e: int) -> list[tuple[int, str]]:
    return [p for m in _NAMES_RE.finditer(text, s, e) if (p := _person(m.start(), m.group()))]


class ActorFinder:
    """Finds actors sentence by sentence, knowing the full names used anywhere in the article."""

    def __init__(self, text: str, toponyms: Sequence[Toponym], body_start: int = 0) -> None:
        self.text = text
        self.body_start = body_start  # the dateline before it names where the report was filed, not who acted
        self.places = SpanIndex(toponyms, lambda t: (t.start, t.end))
        self.by_surname: dict[str, str] = {}  # a surname -> the first full name the article gives with it
        for start, name in _people_in(text, 0, len(text)):
            if not self._in_place(start, start + len(name)):
                self.by_surname.setdefault(name.split()[-1], name)

    def _in_place(self, start: int, end: int) -> bool:
        return self.places.overlaps(start, end)

    def _people(self, s: int, e: int) -> list[tuple[int, str]]:
        found = [(p, n) for p, n in _people_in(self.text, s, e) if not self._in_place(p, p + len(n))]
        taken = [(p, p + len(n)) for p, n in found]
        for m in re.finditer(r"\b[A-Z][a-z]{2,}\b", self.text[s:e]):
            pos = s + m.start()
            if any(a <= pos < b for a, b in taken) or self._in_place(pos, pos + len(m.group())):
                continue  # (a place of the text is no surname there: "the town of Jasper … Brooke Jasper")
            if full := self.by_surname.get(m.group()):
                found.append((pos, full))
        return found

    def _organisations(self, s: int, e: int, reported: bool = False) -> list[tuple[int, str]]:
        """Organisations of the sentence; for a reported event, not those that report it ("the Israeli
        military said")."""
        def source(m: re.Match[str]) -> bool:
            return reported and bool(_SPEAKS_AFTER.match(self.text, m.end()))
        orgs = [(m.start(), _LEADING.sub("", m.group())) for m in _ORG_RE.finditer(self.text, s, e) if not source(m)]
        orgs += [(m.start(), f"{m.group(1)} forces" if m.group(2) else m.group())
                 for m in _FORCES_RE.finditer(self.text, s, e) if m.group(1).lower() in not_places() and not source(m)]
        orgs += [(m.start(), m.group()) for m in _ACRONYM_RE.finditer(self.text, s, e)
                 if not self._in_place(m.start(), m.end()) and m.start() > 0 and self.text[m.start() - 1] != "("
                 and m.group() not in _MEDIA_WORDS and not _NUMERAL_RE.fullmatch(m.group())
                 and not source(m)  # (not "AFAD said" of a quake it reports)
                 and not self._name_goes_on(m.end())]
        return [(p, o) for p, o in orgs if len(o.split()) > 1 or o.isupper()]

    def _name_goes_on(self, end: int) -> bool:
        """Capitals that begin a longer name or a code: "JD Vance", "the AC Superfast Express", an "EF-1"
        tornado (not "NATO Secretary General", "UN Security Council": a title or common word follows)."""
        if (m := _NAME_GOES_ON.match(self.text, end)) is None:
            return False
        word = m.group(1)
        return word is None or (word.lower() not in common_words() and word.lower() not in TITLES)

    def actors(self, s: int, e: int, trigger: int, reported: bool = False,
               joining: Sequence[Toponym] = ()) -> list[str]:
        """People, organisations and acting countries of the sentence [s, e), in text order. For an event the
        sentence reports (`reported`: not a statement), the people quoted are its sources, not its actors
        ("Filashkin said a second attack hit Toretsk", "according to Governor Vadym Filashkin"). The places
        `joining` a meeting are actors too ("ministers from Armenia and Azerbaijan met")."""
        countries = [(t.start, t.place.name) for t in self.places.between(max(s, self.body_start), trigger)
                     if t.place and t.place.kind == "country" and not _COMPANY_AFTER.match(self.text, t.end)
                     and (t in joining or not re.search(
                         r"\b(?:in|at|of|from|to|between|and)\s+(?:the\s+)?$", self.text[s: t.start]))]
        s = max(s, self.body_start)  # the dateline names where the report was filed and by whom, not who acted
        people = self._people(s, e)
        if reported:
            sources = {m.group(1) or m.group(2) for m in _SOURCE_RE.finditer(self.text, s, e)}
            people = [(p, n) for p, n in people if not sources & set(n.split())]
        found = sorted(people + self._organisations(s, e, reported) + countries)
        return list(dict.fromkeys(name for _, name in found))
