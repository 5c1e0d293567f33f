"""Read access to the gazetteer: candidates for names, ranked by a context-free prior."""

from __future__ import annotations

import json
import math
import sqlite3
from collections.abc import Iterable, Sequence
from itertools import islice
from pathlib import Path
from typing import Any, Protocol

from geomap.errors import GazetteerError
from geomap.gazetteer.custom import CustomPlaces
from geomap.gazetteer.schema import SCHEMA_VERSION
from geomap.models import Candidate, Place
from geomap.names import article_respelled, fold, province_town, respelled
from geomap.tokens import common_rank

KIND_PRIOR = {"country": 3.0, "continent": 2.6, "water": 2.2, "region": 2.2, "admin1": 1.6, "admin2": 0.6,
              "city": 0.0, "other": 0.0}
FCODE_PRIOR = {"CURATED": 1.5, "PPLC": 0.8, "PPLA": 0.4, "PPLA2": 0.15, "PPLX": -0.3, "PPLH": -0.5, "PPLQ": -0.5}
CUSTOM_BONUS = 10.0
MEGACITY = 3_500_000  # a city this big is what its region's name means in the news
CITY_SIZE = 2.0  # prior per 7 decades of population
REGION_SIZE = 1.5
SEA_NAMESAKE = 1.0  # a region named after a sea ranks this far below it ("Red Sea" governorate)
# A town that only the later, code-less GeoNames list has ranks as at most this big: its big entries are
# mostly city districts ("Kennedy", a locality of Bogotá listed at 979,914 people)
UNCODED_TOWN = 20_000
ALIAS_SIZE = 3  # a town whose own name it is outranks a town up to this many times bigger that has it as an alternate
BIG_OWN = 100_000  # a city this big whose own name it is outranks bigger cities that list the name as an alternate
OWN_TOWN = 20_000  # a town this big whose own name it is outranks any city that lists the name as another name,
# neither a spelling nor a short form of its own ("Bethlehem" is the West Bank town, not Belém)
SHORTENED_SIZE = 20  # a region called by its name without "State" loses to a place at least 1/20 its size
# ("Gaza" is the city, not Mozambique's Gaza Province; "Borno" the Nigerian state, not a village in Lombardy),
# and always when the name is a common word ("Rivers" in a sentence is no Rivers State)
SMALL_REGION = 4  # a region ranks below a town of its name with four times its people,
BIG_TOWN = 50_000  # if that town has this many (not Ascension Island below a Mexican town of 13,000)
SMALL_DISTRICT = 2  # an admin region abroad ranks below a town of its name (50,000+) unless it has twice its people
OBSCURE_ALIAS = 0.8  # a town known by this name only as an alternate, beside a place ten times its size
CURATED_YIELD = 5  # a curated town (its prior raised: GeoNames lacks it) yields to a city this many times bigger
SEAT_RAISE = 0.5  # a city named like the region around it ranks above it, but gains at most this much from it
_COLUMNS = "p.rid, p.id, p.name, p.kind, p.cc, p.admin1, p.lat, p.lon, p.population, p.fcode, p.geometry"
_BATCH = 500
CACHE_KEYS = 200_000  # ranked candidate lists kept between calls (names recur across a corpus)


def prior(place: Place, primary: bool) -> float:
    """How likely a bare name means this place: kind, size, rank as a capital or seat, and whether the
    name is the place's own (countries beat towns that list the country name as an alternate). Size
    counts more among towns: a world city's name in the news is rarely its village namesake's."""
    pop = min(place.population, UNCODED_TOWN) if place.kind == "city" and not place.feature_code else place.population
    size = math.log10(pop + 1) / 7 * (CITY_SIZE if place.kind == "city" else REGION_SIZE)
    return round(KIND_PRIOR.get(place.kind, 0.0) + size + FCODE_PRIOR.get(place.feature_code or "", 0.0)
                 + (0.3 if primary else 0.0), 4)


def _place(row: Sequence) -> Place:
    rid, pid, name, kind, cc, admin1, lat, lon, pop, fcode, geometry = row
    return Place(pid or f"geonames:{rid}", name, kind, lat, lon, cc, admin1, pop, fcode, geometry)


def _smaller_abroad(region: Candidate, town: Candidate) -> bool:
    """An admin region in another country than a town of 50,000 or more whose own name it is, with less than
    SMALL_DISTRICT times its people: "York" is England's city, not Toronto's former borough of 225,983, and
    "Trujillo" Peru's city, not the seat of Venezuela's Trujillo state."""
    return (region.place.kind in ("admin1", "admin2") and region.place.country_code != town.place.country_code
            and region.place.population < SMALL_DISTRICT * town.place.population)


def _own_form(cand: Candidate) -> bool:
    """Whether the name matched is a spelling or a short form of the place's own name, with or without
    "City" ("Calcutta" of Kolkata, "Petersburg" of Saint Petersburg, "Panama City" of Panamá)."""
    name = cand.matched_name.removesuffix(" city")
    return respelled(name, cand.place.name) or f" {name} " in f" {fold(cand.place.name)} "


class Fallback(Protocol):
    """An online geocoder for names the index lacks (see geomap.gazetteer.online)."""

    def lookup(self, name: str) -> tuple[Place | None, str | None]: ...


def _rescored(cand: Candidate, score: float) -> Candidate:
    return Candidate(cand.place, cand.matched_name, cand.primary, score)  # (`dataclasses.replace`, without its cost)


def _capped(cand: Candidate, cap: float) -> Candidate:
    """The candidate scored at most `cap` (itself when it is: `min` would keep its score)."""
    return cand if cand.score <= cap else _rescored(cand, cap)


def _floored(cand: Candidate, floor: float) -> Candidate:
    """The candidate scored at least `floor` (itself when it is)."""
    return cand if cand.score >= floor else _rescored(cand, floor)


def _rank(cands: list[Candidate]) -> list[Candidate]:
    """Best first. A town that answers to the name only as an alternate (an old or local name), when
    another place of the name is ten times bigger, ranks lower: "Milan" is not Syracuse, New York, nor
    "Boston" a village in Ohio. A city named like the region around it ranks just above that region: a
    bare "Antalya", "Kharkiv" or "Los Angeles" means the city, not the province or county (the biggest of
    them: "Zaporizhzhia" is the city of 710,052 that lists it as an alternate, not the hamlet of 656 whose own
    name it is). So does a megacity that answers to its region's name as an alternate (in this index: New
    York City, Mexico City, Saint Petersburg, Chattogram; "flights between New York and Moscow" are the
    city's, while "Oklahoma" stays the state), and a district's seat that answers to the district's name as
    an alternate ("Deir al-Balah" or "Deir el-Balah" is the town, not its governorate); the article can
    still say otherwise ("Albany, New York", "the New York governor").
    Likewise a national capital ranks just above any admin region of its own country that shares its
    name: news says "Washington" for the capital (and its government) far more often than for the
    state. A region
    that answers to the name only once its administrative word is dropped ranks below any place (city,
    country, sea) whose own name it is, and a region named after a sea ranks below the sea ("Red Sea" is
    the sea, not Egypt's or Sudan's Red Sea governorate). A town of 20,000 or more whose own name it is
    outranks any city that lists the name as another name, unless that name is a spelling or a short form of
    the city's own (`_own_form`: "Bethlehem" is not Belém, nor "Smyrna" İzmir; "Calcutta" is Kolkata)."""
    top = max(c.place.population for c in cands)
    cands = [_rescored(c, round(c.score - OBSCURE_ALIAS, 4))
             if not c.primary and c.place.kind == "city" and c.place.population * 10 < top else c for c in cands]
    abroad = max((c for c in cands if c.primary and c.own_name and c.place.kind == "city"
                  and c.place.population >= BIG_TOWN), key=lambda c: (c.place.population, c.score), default=None)
    cands = [_capped(c, abroad.score - 0.05) if abroad and _smaller_abroad(c, abroad) else c for c in cands]
    regions: dict[tuple[str | None, str | None], float] = {}
    districts = set()  # where an admin-2 region is among them
    own_regions = set()
    for c in cands:  # regions by their own name ("Antalya", "Provincia de Granada"; not "Durham" for County Durham)
        folded = fold(c.place.name)
        if c.place.kind in ("admin1", "admin2") and (folded in (c.matched_name, article_respelled(c.matched_name))
                                                     or province_town(folded) == c.matched_name) and not (
                abroad and _smaller_abroad(c, abroad)):  # (whose seat then takes no rank from it)
            key = (c.place.country_code, c.place.admin1)
            regions[key] = max(regions.get(key, -1e9), c.score)
            own_regions.add(c.place.id)
            if c.place.kind == "admin2":
                districts.add(key)
    seats: dict[tuple[str | None, str | None], Candidate] = {}  # per region, its biggest city of the name
    for c in cands:
        key = (c.place.country_code, c.place.admin1)
        if c.place.kind == "city" and key in regions and (
                c.primary or c.place.population >= MEGACITY or (c.place.feature_code == "PPLA2" and key in districts)
        ) and (key not in seats or c.place.population > seats[key].place.population):
            seats[key] = c
    raised = {key: max(seat.score, min(regions[key] + 0.05, seat.score + SEAT_RAISE)
                       if BIG_TOWN <= seat.place.population < MEGACITY else regions[key] + 0.05)
              for key, seat in seats.items()}
    ranked = [_rescored(c, raised[key]) if seats.get(key := (c.place.country_code, c.place.admin1)) is c
              else _capped(c, raised[key] - 0.05) if c.place.id in own_regions and key in raised
              else c for c in cands]
    capitals = {c.place.country_code for c in ranked if c.primary and c.place.feature_code == "PPLC"}
    namesakes: dict[str | None, float] = {}
    for c in ranked:
        if c.place.kind in ("admin1", "admin2") and c.place.country_code in capitals:
            namesakes[c.place.country_code] = max(namesakes.get(c.place.country_code, -1e9), c.score)
    ranked = [_floored(c, namesakes[c.place.country_code] + 0.05)
              if c.primary and c.place.feature_code == "PPLC" and c.place.country_code in namesakes else c
              for c in ranked]
    seas = [c.score for c in ranked if c.place.kind == "water" and c.primary and " Sea" in c.place.name]
    if seas:
        cap = max(seas) - SEA_NAMESAKE
        ranked = [_capped(c, cap) if c.place.kind in ("admin1", "admin2") else c for c in ranked]
    owners = [c for c in ranked if c.primary and c.place.kind == "city"]
    big_own = [c.score for c in owners if c.place.population >= BIG_OWN]
    if big_own:  # "Petropolis" is Brazil's Petrópolis, not an old name of Saint Petersburg
        cap = max(big_own) - 0.05
        ranked = [_capped(c, cap) if not c.primary and c.place.kind == "city" else c for c in ranked]
    ranked = [_capped(c, max(near) - 0.05) if not c.primary and c.place.kind == "city" and (
        near := [o.score for o in owners if o.place.population * ALIAS_SIZE >= c.place.population]) else c
              for c in ranked]  # "Salina" is Kansas's town of 47,813, not Larnaca (72,000), once Salines
    towns_own = [c.score for c in owners if c.place.population >= OWN_TOWN]
    if towns_own:  # "Franklin" is Tennessee's, not Columbus, Ohio (once Franklinton); but "Calcutta" is Kolkata
        cap = max(towns_own) - 0.05
        ranked = [_capped(c, cap) if c.score > cap and not c.primary and c.place.kind == "city" and not _own_form(c)
                  else c for c in ranked]
    own = [c for c in ranked if c.primary and c.place.kind not in ("admin1", "admin2") and c.own_name]
    towns = [c for c in own if c.place.kind == "city" and c.place.population >= BIG_TOWN] + [
        c for c in ranked if c.place.kind == "city" and c.place.population >= BIG_OWN and not c.own_name]
    if towns:  # "Manchester" is England's city of 395,515, not Jamaica's parish of 60,153; "Hanover" is Hannover
        # (an English name of a city of 535,061), not Jamaica's parish of Hanover either
        town = max(towns, key=lambda c: (c.place.population, c.score))
        ranked = [_capped(c, town.score - 0.05) if c.place.kind in ("admin1", "admin2")
                  and c.place.population * SMALL_REGION < town.place.population else c for c in ranked]
    if own:
        cap, biggest = max(o.score for o in own) - 0.05, max(o.place.population for o in own)
        ranked = [_capped(c, cap) if c.score > cap and c.shortened and (
            common_rank(c.matched_name) is not None or biggest * SHORTENED_SIZE >= c.place.population) else c
                  for c in ranked]
    ranked = [_capped(c, max(seat_scores) - 0.05) if c.shortened and (seat_scores := [
        o.score for o in ranked if o.primary and o.place.kind == "city" and o.place.population * SHORTENED_SIZE
        >= c.place.population and (o.place.country_code, o.place.admin1) == (c.place.country_code, c.place.admin1)])
        else c for c in ranked]  # "La Paz" is Bolivia's city before its department; "Kiambu" the county of 1.5 million
    ranked = [_capped(c, max(bigger) - 0.05) if c.place.feature_code == "CURATED" and (
        c.place.kind == "city") and (bigger := [
        o.score for o in owners if o.place.population >= CURATED_YIELD * c.place.population]) else c
        for c in ranked]  # a curated town ranks below a far bigger city of its name: "Palma" alone is Mallorca's, and
    # Mozambique's only where its story says so
    return sorted(ranked, key=lambda c: (-c.score, c.place.id))


class Gazetteer:
    """The place index (a read-only SQLite file) plus user places that win over it."""

    def __init__(self, path: Path, custom: CustomPlaces | None = None, fallback: Fallback | None = None) -> None:
        if not path.is_file():
            raise GazetteerError(f"{path}: gazetteer index not found")
        try:
            self._db = sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True, check_same_thread=False)
            meta = dict(self._db.execute("SELECT key, value FROM meta"))
        except sqlite3.DatabaseError as exc:
            raise GazetteerError(f"{path}: not a geomap gazetteer index: {exc}") from exc
        if meta.get("schema") != SCHEMA_VERSION:
            raise GazetteerError(f"{path}: index schema {meta.get('schema')!r}, expected {SCHEMA_VERSION}")
        self.path = path
        self.meta = meta
        self.custom = custom or CustomPlaces()
        self.fallback = fallback
        self._cache: dict[str, tuple[Candidate, ...]] = {}

    def candidates(self, keys: Iterable[str]) -> dict[str, tuple[Candidate, ...]]:
        """Candidates for many folded keys at once, best prior first; keys without any are left out.
        Answers are cached (the least recently used dropped beyond CACHE_KEYS; the custom places are
        fixed when the gazetteer is opened); the rest take one query per 500 keys."""
        cache = self._cache
        wanted = set(keys)
        missing = sorted(wanted.difference(cache))
        for key in [k for k in wanted if k in cache]:  # recently used last
            cache[key] = cache.pop(key)
        fresh = self._query(missing) if missing else {}
        found = {key: cands for key in wanted if (cands := fresh.get(key) or cache.get(key, ()))}
        if missing:
            if (excess := len(cache) + len(missing) - CACHE_KEYS) > 0:
                for old in list(islice(cache, excess)):
                    del cache[old]
            cache.update((key, fresh.get(key, ())) for key in missing[-CACHE_KEYS:])
        return found

    def _query(self, wanted: list[str]) -> dict[str, tuple[Candidate, ...]]:
        found: dict[str, list[Candidate]] = {}
        custom = self.custom
        for i in range(0, len(wanted), _BATCH):
            chunk = wanted[i: i + _BATCH]
            sql = (f"SELECT n.key, n.flags, {_COLUMNS} FROM names n JOIN places p ON p.rid = n.rid "
                   f"WHERE n.key IN ({','.join('?' * len(chunk))})")
            for key, flags, *row in self._db.execute(sql, chunk):
                place = _place(row)
                if not (custom and custom.overrides(place.id)):
                    found.setdefault(key, []).append(Candidate(place, key, bool(flags), prior(place, bool(flags))))
        for key in wanted if custom else ():
            for place in custom.by_key(key):
                own = key == fold(place.name)  # (an alternate of a user's place is one too: "Stalino")
                found.setdefault(key, []).append(Candidate(place, key, own, prior(place, own) + CUSTOM_BONUS))
        return {key: tuple(_rank(cands)) for key, cands in found.items()}

    def lookup(self, name: str, *, country: str | None = None, kind: str | None = None,
               limit: int = 10) -> list[Candidate]:
        """Ranked candidates for one name, optionally restricted to a country code and a kind."""
        found = self.candidates([fold(name)]).get(fold(name), ())
        cands = [c for c in found if (country is None or c.place.country_code == country.upper())
                 and (kind is None or c.place.kind == kind)]
        return cands[:limit]

    def place(self, place_id: str) -> Place | None:
        """The place with this id ("geonames:709717", "geomap:donbas"), custom places first."""
        if (custom := self.custom.get(place_id)) is not None:
            return custom
        if place_id.startswith("geonames:") and place_id[9:].isdigit():
            row = self._db.execute(f"SELECT {_COLUMNS} FROM places p WHERE rid = ? AND id IS NULL",
                                   (int(place_id[9:]),)).fetchone()
        else:
            row = self._db.execute(f"SELECT {_COLUMNS} FROM places p WHERE id = ?", (place_id,)).fetchone()
        return _place(row) if row else None

    def admin1_of(self, place: Place) -> Place | None:
        """The admin-1 region a place lies in ("Illinois" for Springfield, IL), if known."""
        if not place.country_code or not place.admin1 or place.kind == "admin1":
            return None
        row = self._db.execute(f"SELECT {_COLUMNS} FROM places p WHERE cc = ? AND admin1 = ? AND kind = 'admin1'",
                               (place.country_code, place.admin1)).fetchone()
        return _place(row) if row else None

    def info(self) -> dict[str, Any]:
        """What the index holds: counts by kind and by country, sources, build date."""
        by_country = dict(self._db.execute(
            "SELECT cc, count(*) FROM places WHERE cc IS NOT NULL GROUP BY cc ORDER BY count(*) DESC, cc"))
        names = self._db.execute("SELECT count(*) FROM names").fetchone()[0]
        return {"path": str(self.path), "built": self.meta.get("built"), "schema": self.meta.get("schema"),
                "sources": json.loads(self.meta.get("sources", "[]")),
                "counts": json.loads(self.meta.get("counts", "{}")), "names": names,
                "by_country": by_country, "custom_places": len(self.custom)}
