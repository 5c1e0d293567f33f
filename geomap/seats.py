"""Seats of government that stand for their city in the news: "the Kremlin said" was said in Moscow, "met
Trump at the White House" happened in Washington. They are no toponyms (the city is not named), only places
events can happen at; the table is `data/seats.tsv`."""

from __future__ import annotations

import re
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING

from geomap.models import Place, Toponym
from geomap.tokens import CALENDAR, TITLES

if TYPE_CHECKING:
    from geomap.gazetteer import Gazetteer


@cache
def _seats() -> tuple[re.Pattern[str], dict[str, tuple[str, str]]]:
    rows: dict[str, tuple[str, str]] = {}
    for line in resources.files("geomap").joinpath("data/seats.tsv").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            seat, city, country = line.split("\t")
            rows[seat] = (city, country)
    names = "|".join(re.escape(seat) for seat in sorted(rows, key=len, reverse=True))
    return re.compile(rf"\b(?:{names})\b(?![-‐])"), rows  # not "Kremlin-backed"


_WORD_AFTER = re.compile(r"\s+([A-Z][\w'’-]*)")
_STATE_CAPITOL = re.compile(r"(?<=\bthe )(?:(?:State )?Capitol|[Ss]tatehouse|State House)\b(?! [A-Z])")  # (not
# "the Capitol Records building")
_STATE_AGENCY = re.compile(r" of [A-Z]")  # "the New York State Department of Health": a state's agency
_SEAT_WORDS = frozenset("palace speaker officials official aides staff sources press counsel correspondents".split())


def seat_mentions(text: str, gazetteer: Gazetteer, town: str | None = None, dateline: Place | None = None
                  ) -> list[Toponym]:
    """The seats of government the text names, each placed at its city (when the gazetteer has it); not
    inside a longer name ("the New York State Department of Health", "the White House Tavern", "Pentagon
    Federal Credit Union", but "the Elysee Palace", "Knesset Speaker"), nor where the article's dateline
    `town` has the name ("WHITE HOUSE, Tenn.", "HOLYROOD, N.L."). In a story filed from an American state's
    capital (`dateline`), "the Capitol" and "the Statehouse" are that state's, in that city ("ATLANTA — About 300
    teachers rallied outside the Capitol")."""
    pattern, rows = _seats()
    out = []
    if dateline is not None and dateline.country_code == "US" and dateline.feature_code in ("PPLA", "PPLC"):
        out += [Toponym(m.start(), m.end(), m.group(), dateline, 1.0) for m in _STATE_CAPITOL.finditer(text)]
    for m in pattern.finditer(text):
        after = _WORD_AFTER.match(text, m.end())
        if ((after and after.group(1).lower() not in _SEAT_WORDS | TITLES | CALENDAR)
                or (m.group() == "State Department" and _STATE_AGENCY.match(text, m.end()))
                or (town and town.casefold() == m.group().casefold())):
            continue
        city, country = rows[m.group()]
        if found := gazetteer.lookup(city, country=country, kind="city", limit=1):
            out.append(Toponym(m.start(), m.end(), m.group(), found[0].place, found[0].score))
    return out


def is_seat(name: str) -> bool:
    """Whether the name is one of the seats of `data/seats.tsv`."""
    return name in _seats()[1]
