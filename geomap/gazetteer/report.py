"""Text for `geomap gazetteer lookup` and `geomap gazetteer info`."""

from __future__ import annotations

import json
from collections.abc import Iterator

from geomap.errors import InputError
from geomap.filters import country_code
from geomap.gazetteer.index import Gazetteer


def lookup_lines(gazetteer: Gazetteer, name: str, *, country: str | None = None, kind: str | None = None,
                 limit: int = 10, as_json: bool = False) -> Iterator[str]:
    """One line per candidate, best first: rank, score, id, name, kind, country, admin-1, population, point. An
    empty name or a country that is no ISO 3166-1 alpha-2 code is an input error ("USA is US")."""
    if not name.strip():
        raise InputError("the name to look up is empty")
    country = country_code(country) if country is not None else None
    cands = gazetteer.lookup(name, country=country, kind=kind, limit=limit)
    if not cands and not as_json:
        yield f"no place named {name!r}" + (f" in {country}" if country else "") + (f" of kind {kind}" if kind else "")
    for rank, c in enumerate(cands, 1):
        p = c.place
        region = gazetteer.admin1_of(p)
        record = {"rank": rank, "score": c.score, "place_id": p.id, "name": p.name, "kind": p.kind,
                  "country_code": p.country_code, "admin1": region.name if region else None,
                  "population": p.population, "lat": p.lat, "lon": p.lon, "matched": "name" if c.primary else
                  "alternate name", "has_geometry": p.geometry is not None}
        if as_json:
            yield json.dumps(record, ensure_ascii=False, sort_keys=True)
            continue
        where = ", ".join(x for x in (region.name if region else None, p.country_code) if x)
        yield (f"{rank:>2}. {p.name} ({where or '-'}) {p.kind}  {p.lat:.5f}, {p.lon:.5f}  pop {p.population:,}  "
               f"{p.id}  score {c.score:.2f}" + ("" if c.primary else "  [alternate name]"))


def info_lines(gazetteer: Gazetteer, *, as_json: bool = False) -> Iterator[str]:
    """Counts by kind and the largest countries, sources and build date."""
    info = gazetteer.info()
    if as_json:
        yield json.dumps(info, ensure_ascii=False, sort_keys=True)
        return
    yield f"index: {info['path']}"
    yield f"built: {info['built']} (schema {info['schema']})"
    yield "places: " + ", ".join(f"{k} {v:,}" for k, v in sorted(info["counts"].items()))
    yield f"names: {info['names']:,}"
    top = list(info["by_country"].items())[:15]
    yield f"countries: {len(info['by_country'])}; most places: " + ", ".join(f"{k} {v:,}" for k, v in top)
    yield "sources: " + ", ".join(info["sources"])
    yield f"custom places: {info['custom_places']}"
    yield "place data: GeoNames (CC BY 4.0, https://www.geonames.org), Natural Earth (public domain)"
