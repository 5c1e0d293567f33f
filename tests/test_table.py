"""The places table: each place once, with its mention counts and the names the articles wrote for it."""

from __future__ import annotations

from collections import Counter

import pytest

from geomap.models import Place
from geomap.table import place_rows

GENEVE = Place("geonames:2660646", "Genève", "city", 46.20222, 6.14569, "CH")
KYIV = Place("geonames:703448", "Kyiv", "city", 50.45466, 30.5238, "UA")


@pytest.mark.parametrize(("place", "written", "aliases"), [
    (GENEVE, {"Geneva": 2}, ["Geneva"]),
    (GENEVE, {"Geneve": 1, "GENÈVE": 1}, []),  # the place's own name, however written
    (GENEVE, {"GENEVA": 1, "Geneva": 2, "Genf": 1}, ["Geneva", "Genf"]),  # the most frequent spelling of each
    (GENEVE, {"GENEVA": 1, "Geneva": 1}, ["Geneva"]),  # on a tie, not a dateline's capitals
    (KYIV, {"Kiev": 1, "KYIV": 1, "Kyiv": 3}, ["Kiev"]),
    (KYIV, {}, []),
])
def test_places_keep_the_names_the_articles_wrote(place, written, aliases):
    [row] = place_rows([place], {place.id: Counter(written)}, Counter({place.id: 1}), {})
    assert row["aliases"] == aliases
    assert (row["name"], row["mentions"], row["events"]) == (place.name, sum(written.values()), 1)
