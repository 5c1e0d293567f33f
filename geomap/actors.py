"""Actors of an event: people (full names, and surnames that refer back to them), organisations, and the
country that acts ("Russia launched ...")."""

from __future__ import annotations

import re
from collections.abc import Sequence

from geomap.models import Toponym
from geomap.recognize import TITLES, common_words

_NAME_WORD = r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?"
_PERSON_RE = re.compile(rf"\b{_NAME_WORD}(?: {_NAME_WORD}){{1,2}}\b")
_ORG_RE = re.compile(r"\b(?:(?:[A-Z][a-z]+|of|the|for) ){0,4}?(?:Ministry|Council|Parliament|Army|Armed Forces|"
                     r"Police(?: Department)?|Department|Government|Agency|Committee|Commission|Union|"
                     r"Organi[sz]ation|Red Cross|Court|Senate|Congress)\b")
_ACRONYM_RE = re.compile(r"\b[A-Z]{2,6}\b")
_LEADING = re.compile(r"^(?:(?:of|the|for) )+")


def _is_person(name: str) -> bool:
    words = name.split()
    common = common_words()
    return (words[0].lower() not in common and words[0].lower() not in TITLES
            and not any(w.lower() in TITLES for w in words) and words[-1].lower() not in common)


class ActorFinder:
    """Finds actors sentence by sentence, knowing the full names used anywhere in the article."""

    def __init__(self, text: str, toponyms: Sequence[Toponym]) -> None:
        self.text = text
        self.place_spans = [(t.start, t.end) for t in toponyms]
        self.toponyms = toponyms
        self.full_names = [m.group() for m in _PERSON_RE.finditer(text)
                           if _is_person(m.group()) and not self._in_place(m.start(), m.end())]

    def _in_place(self, start: int, end: int) -> bool:
        return any(s < end and start < e for s, e in self.place_spans)

    def _people(self, s: int, e: int) -> list[tuple[int, str]]:
        found = [(m.start(), m.group()) for m in _PERSON_RE.finditer(self.text, s, e)
                 if _is_person(m.group()) and not self._in_place(m.start(), m.end())]
        taken = [(p, p + len(n)) for p, n in found]
        for m in re.finditer(r"\b[A-Z][a-z]{2,}\b", self.text[s:e]):
            pos = s + m.start()
            if any(a <= pos < b for a, b in taken):
                continue
            full = next((n for n in self.full_names if n.split()[-1] == m.group()), None)
            if full:
                found.append((pos, full))
        return found

    def _organisations(self, s: int, e: int) -> list[tuple[int, str]]:
        orgs = [(m.start(), _LEADING.sub("", m.group())) for m in _ORG_RE.finditer(self.text, s, e)]
        orgs += [(m.start(), m.group()) for m in _ACRONYM_RE.finditer(self.text, s, e)
                 if not self._in_place(m.start(), m.end()) and m.start() > 0 and self.text[m.start() - 1] != "("]
        return [(p, o) for p, o in orgs if len(o.split()) > 1 or o.isupper()]

    def actors(self, s: int, e: int, trigger: int) -> list[str]:
        """People, organisations and acting countries of the sentence [s, e), in text order."""
        countries = [(t.start, t.place.name) for t in self.toponyms
                     if s <= t.start < trigger and t.place and t.place.kind == "country"
                     and not re.search(r"\b(?:in|at|of|from|to|between|and)\s+(?:the\s+)?$", self.text[s: t.start])]
        found = sorted(self._people(s, e) + self._organisations(s, e) + countries)
        return list(dict.fromkeys(name for _, name in found))
