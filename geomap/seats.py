"""Seats of government that stand for their city in the news: "the Kremlin said" was said in Moscow, "met
Trump at the White House" happened in Washington. They are no toponyms (the city is not named), only places
events can happen at; the table is `data/seats.tsv`."""

from __future__ import annotations

import re
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING

from geomap.models import Toponym

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


def seat_mentions(text: str, gazetteer: Gazetteer) -> list[Toponym]:
    """The seats of government the text names, each placed at its city (when the gazetteer has it)."""
    pattern, rows = _seats()
    out = []
    for m in pattern.finditer(text):
        city, country = rows[m.group()]
        if found := gazetteer.lookup(city, country=country, kind="city", limit=1):
            out.append(Toponym(m.start(), m.end(), m.group(), found[0].place, found[0].score))
    return out


def is_seat(name: str) -> bool:
    """Whether the name is one of the seats of `data/seats.tsv`."""
    return name in _seats()[1]
