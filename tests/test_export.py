"""Exports: RFC 7946 GeoJSON, CSV, GeoParquet, filters and atomic writes, checked by independent readers."""

from __future__ import annotations

import io
import itertools
import json
import os
import subprocess
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import geojson
import geopandas
import jsonschema
import pandas as pd
import pyarrow.parquet as pq
import pyogrio
import pytest

from geomap import export
from geomap.errors import ExportError, InputError
from geomap.export import (
    dumps_geojson,
    events_geojson,
    places_geojson,
    read_events_geojson,
    write_all_atomic,
    write_atomic,
    write_events,
)
from geomap.filters import filter_events, parse_bbox
from geomap.table import events_frame, places_frame

ROOT = Path(__file__).resolve().parent.parent


def _source(doc: str, sentence: str, place_span: list[int] | None = None) -> dict[str, Any]:
    return {
        "doc_id": doc,
        "source": "TDI",
        "url": f"https://example.org/{doc}",
        "title": f"Report {doc}",
        "sentence": sentence,
        "place_span": place_span,
        "date_span": None,
    }


def _event(
    id: str,
    date: str | None,
    precision: str,
    type: str,
    place: str,
    cc: str | None,
    lat: float,
    lon: float,
    **extra: Any,
) -> dict[str, Any]:
    return {
        "id": id,
        "date": date,
        "date_precision": precision,
        "type": type,
        "summary": f"{type} in {place}",
        "actors": ["Sergey Lavrov", "Mevlüt Çavuşoğlu"],
        "place": place,
        "place_id": f"geomap:{place.lower()}",
        "place_kind": "city",
        "country_code": cc,
        "lat": lat,
        "lon": lon,
        "role": "occurred",
        "origin": "extracted",
        "sources": [_source(f"doc-{id}", f"Talks in {place}.", [9, 9 + len(place)])],
    } | extra


EVENTS = [
    _event("e1", "2022-03-10", "day", "meeting", "Antalya", "TR", 36.90812, 30.69556),
    _event(
        "e2",
        "2022-03",
        "month",
        "battles",
        "Kharkiv",
        "UA",
        49.98081,
        36.25272,
        sources=[_source("a", "Shelling hit Kharkiv."), _source("b", "Kharkiv was shelled.", [0, 7])],
    ),
    _event("e3", "2022-W10", "week", "protests", "Київ", "UA", 50.45466, 30.5238, actors=[]),
    _event("e4", None, "unknown", "statement", "Suva", "FJ", -18.14161, 178.44149, role="mentioned"),
    _event("e5", "2021", "year", "aid", "Nukualofa", "TO", -21.13938, -175.2018, country_code=None),
]


@pytest.fixture
def events() -> pd.DataFrame:
    return events_frame(EVENTS)


@pytest.fixture
def checker(geojson_check: ModuleType) -> ModuleType:
    """../shared/checks/geojson_check.py, imported as a module."""
    return geojson_check


@pytest.fixture
def places(shared: Path) -> pd.DataFrame:
    donbas = json.loads((shared / "data" / "donbas.geojson").read_text())["features"][0]["geometry"]
    clockwise_with_ccw_hole = {
        "type": "Polygon",
        "coordinates": [
            [[10, 10], [10, 20], [20, 20], [20, 10], [10, 10]],
            [[12, 12], [14, 12], [14, 14], [12, 14], [12, 12]],
        ],
    }
    chukotka = {"type": "Polygon", "coordinates": [[[170, 60], [-170, 60], [-170, 70], [170, 70], [170, 60]]]}
    return places_frame(
        [
            {
                "place_id": "geomap:donbas",
                "name": "Donbas",
                "kind": "region",
                "country_code": "UA",
                "lat": 48.3,
                "lon": 38.5,
                "geometry": donbas,
                "mentions": 2,
                "events": 1,
            },
            {
                "place_id": "geomap:square",
                "name": "Square",
                "kind": "region",
                "country_code": None,
                "lat": 15.0,
                "lon": 15.0,
                "geometry": json.dumps(clockwise_with_ccw_hole),
                "mentions": 1,
                "events": 0,
            },
            {
                "place_id": "geomap:chukotka",
                "name": "Chukotka",
                "kind": "admin1",
                "country_code": "RU",
                "lat": 66.0,
                "lon": 172.0,
                "geometry": chukotka,
                "mentions": 1,
                "events": 0,
            },
            {
                "place_id": "geonames:703448",
                "name": "Kyiv",
                "kind": "city",
                "country_code": "UA",
                "lat": 50.454660123,
                "lon": 30.5238,
                "geometry": None,
                "mentions": 3,
                "events": 2,
            },
        ]
    )


def _area2(ring: list[list[float]]) -> float:
    return sum(x1 * y2 - x2 * y1 for (x1, y1), (x2, y2) in itertools.pairwise(ring))


# ---- events.geojson -------------------------------------------------------------------------------------


def test_every_event_feature_matches_the_published_schema(events: pd.DataFrame) -> None:
    schema = json.loads((ROOT / "geomap" / "data" / "event.schema.json").read_text())
    validator = jsonschema.Draft202012Validator(schema)
    fc = events_geojson(events)
    assert [f["id"] for f in fc["features"]] == ["e4", "e5", "e2", "e3", "e1"]  # undated first, then by period start
    for feature in fc["features"]:
        validator.validate(feature["properties"])
        assert feature["id"] == feature["properties"]["id"]
        assert "lat" not in feature["properties"] and "lon" not in feature["properties"]
    assert "crs" not in fc


def test_published_schema_is_the_shared_one(shared: Path) -> None:
    ours = json.loads((ROOT / "geomap" / "data" / "event.schema.json").read_text())
    assert ours == json.loads((shared / "schema" / "event.schema.json").read_text())


def test_points_are_lon_lat_rounded_with_spans_kept(events: pd.DataFrame) -> None:
    by_id = {f["id"]: f for f in events_geojson(events)["features"]}
    assert by_id["e1"]["geometry"] == {"type": "Point", "coordinates": [30.69556, 36.90812]}
    sources = by_id["e2"]["properties"]["sources"]
    assert [s["doc_id"] for s in sources] == ["a", "b"] and sources[1]["place_span"] == [0, 7]
    assert set(sources[0]) == {"doc_id", "source", "url", "title", "sentence", "place_span", "date_span"}


def test_bbox_is_the_narrowest_even_across_the_antimeridian(events: pd.DataFrame) -> None:
    assert events_geojson(events)["bbox"] == [30.5238, -21.13938, -175.2018, 50.45466]
    west = events[events["lon"].between(0, 100)]
    assert events_geojson(west)["bbox"] == [30.5238, 36.90812, 36.25272, 50.45466]


def test_written_events_pass_the_shared_check(
    events: pd.DataFrame, checker: ModuleType, tmp_path: Path
) -> None:
    path = tmp_path / "events.geojson"
    write_events(events, path)
    assert checker.check(str(path), events=True) == []
    assert geojson.loads(path.read_text()).is_valid


def test_an_empty_event_set_is_a_valid_file_with_no_extent(
    events: pd.DataFrame, places: pd.DataFrame, checker: ModuleType, tmp_path: Path
) -> None:
    path = tmp_path / "events.geojson"
    write_events(events.iloc[:0], path)
    assert json.loads(path.read_text()) == {"type": "FeatureCollection", "bbox": [], "features": []}
    assert checker.check(str(path), events=True) == []
    assert geojson.loads(path.read_text()).is_valid and geopandas.read_file(path).empty
    assert places_geojson(places.iloc[:0])["bbox"] == []


def test_output_is_byte_identical_whatever_the_row_order(events: pd.DataFrame, tmp_path: Path) -> None:
    shuffled = events.sample(frac=1, random_state=3)
    for fmt in ("geojson", "csv", "parquet"):
        write_events(events, tmp_path / f"a.{fmt}", fmt)
        write_events(shuffled, tmp_path / f"b.{fmt}", fmt)
        assert (tmp_path / f"a.{fmt}").read_bytes() == (tmp_path / f"b.{fmt}").read_bytes(), fmt
    text = (tmp_path / "a.geojson").read_text(encoding="utf-8")
    assert text.endswith("\n") and "Çavuşoğlu" in text and text.count("\n") == len(events) + 2


def test_geopandas_and_pyogrio_read_the_geojson(events: pd.DataFrame, tmp_path: Path) -> None:
    path = tmp_path / "events.geojson"
    write_events(events, path)
    frame = pyogrio.read_dataframe(path)
    assert sorted(frame["id"]) == sorted(events["id"]) and frame.crs.to_epsg() == 4326
    kyiv = frame[frame["id"] == "e3"].geometry.iloc[0]
    assert (kyiv.x, kyiv.y) == (30.5238, 50.45466)
    assert len(geopandas.read_file(path)) == len(events)


def test_round_trip_keeps_every_event_and_property(events: pd.DataFrame, tmp_path: Path) -> None:
    path = tmp_path / "events.geojson"
    write_events(events, path)
    pd.testing.assert_frame_equal(read_events_geojson(path), events)


def _collection(geometry: dict[str, Any], properties: dict[str, Any] | None = None) -> str:
    feature = {
        "type": "Feature",
        "geometry": geometry,
        "properties": {"id": "x"} if properties is None else properties,
    }
    return json.dumps({"type": "FeatureCollection", "features": [feature]})


@pytest.mark.parametrize(
    "text, message",
    [
        ("{not json", "not valid JSON"),
        ('{"type": "Feature"}', "not a GeoJSON FeatureCollection"),
        (
            _collection({"type": "LineString", "coordinates": [[0, 0], [1, 1]]}),
            "feature 1: geometry is not a Point",
        ),
        (_collection({"type": "Point", "coordinates": ["a", 2]}), "feature 1: geometry is not a Point"),
        (_collection({"type": "Point", "coordinates": [1, 2]}, {}), "feature 1: no event id"),
        (_collection({"type": "Point", "coordinates": [1, 2]}, {"id": "x", "name": "Kyiv", "mentions": 3}),
         "feature 1: a place, not an event"),  # a places.geojson
        (_collection({"type": "Polygon", "coordinates": [[[0, 0], [1, 0], [1, 1], [0, 0]]]},
                     {"id": "x", "name": "Donbas", "mentions": 3}), "feature 1: a place, not an event"),  # QA 8: a
        # region of places.geojson (it had been "geometry is not a Point")
        (_collection({"type": "Point", "coordinates": [1, 2]}, {"id": "x", "country_code": "Kenya"}),
         "feature 1: country_code 'Kenya' is no ISO 3166-1 alpha-2 code"),
        (_collection({"type": "Point", "coordinates": [1, 2]}, {"id": "x", "place_kind": "planet"}),
         "feature 1: place_kind 'planet' is none of city"),
        (_collection({"type": "Point", "coordinates": [1, 2]}, {"id": "x", "role": "rumoured"}),
         "feature 1: role 'rumoured' is none of occurred, mentioned"),
        (_collection({"type": "Point", "coordinates": [1, 2]}, {"id": "x", "date": "next tuesday"}),
         "feature 1: date 'next tuesday' is no ISO date"),  # QA 12: it had reached the map and the exports
        (_collection({"type": "Point", "coordinates": [1, 2]}, {"id": "x", "date": "26/06/2026"}),
         "feature 1: date '26/06/2026' is no ISO date"),
        (_collection({"type": "Point", "coordinates": [236.8, -1.3]}, {"id": "x"}),
         r"feature 1: coordinates \[236.8, -1.3\] lie off the globe"),
    ],
)
def test_reading_a_broken_file_names_it(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "broken.geojson"
    path.write_text(text)
    with pytest.raises(InputError, match=message) as info:
        read_events_geojson(path)
    assert str(path) in str(info.value)


# ---- places.geojson -------------------------------------------------------------------------------------


def test_places_rings_are_oriented_and_split_at_the_antimeridian(
    places: pd.DataFrame, checker: ModuleType, tmp_path: Path
) -> None:
    fc = places_geojson(places)
    path = tmp_path / "places.geojson"
    write_atomic(path, dumps_geojson(fc))
    assert checker.check(str(path)) == []
    assert geojson.loads(path.read_text()).is_valid
    by_id = {f["id"]: f for f in fc["features"]}
    square = by_id["geomap:square"]["geometry"]["coordinates"]
    assert _area2(square[0]) > 0 > _area2(square[1])  # exterior counter-clockwise, hole clockwise
    chukotka = by_id["geomap:chukotka"]["geometry"]
    assert chukotka["type"] == "MultiPolygon"
    assert sorted(min(x for x, _ in poly[0]) for poly in chukotka["coordinates"]) == [-180, 170]
    assert by_id["geonames:703448"]["geometry"] == {"type": "Point", "coordinates": [30.5238, 50.45466]}
    assert by_id["geonames:703448"]["properties"] == {
        "name": "Kyiv",
        "kind": "city",
        "country_code": "UA",
        "place_id": "geonames:703448",
        "lat": 50.45466,
        "lon": 30.5238,
        "mentions": 3,
        "events": 2,
        "cited": [],  # (the sentences naming it: none in this table)
    }
    assert fc["bbox"] == [10.0, 10.0, -170.0, 70.0]  # Square to Chukotka, eastwards across 180°


def test_places_are_read_by_geopandas(places: pd.DataFrame, tmp_path: Path) -> None:
    path = tmp_path / "places.geojson"
    write_atomic(path, dumps_geojson(places_geojson(places)))
    frame = pyogrio.read_dataframe(path)
    assert list(frame.geometry.geom_type) == ["MultiPolygon", "Polygon", "Polygon", "Point"]
    assert frame.geometry.is_valid.all()


# ---- CSV and GeoParquet ---------------------------------------------------------------------------------


def test_csv_has_one_row_per_event_with_lat_lon(events: pd.DataFrame, tmp_path: Path) -> None:
    path = tmp_path / "events.csv"
    write_events(events, path)
    frame = pd.read_csv(path, keep_default_na=False)
    assert list(frame.columns) == list(events.columns)
    row = frame.set_index("id").loc["e2"]
    assert (row["lat"], row["lon"]) == (49.98081, 36.25272)
    assert row["actors"] == "Sergey Lavrov; Mevlüt Çavuşoğlu"
    assert [s["doc_id"] for s in json.loads(row["sources"])] == ["a", "b"]
    layer = pyogrio.read_dataframe(path, X_POSSIBLE_NAMES="lon", Y_POSSIBLE_NAMES="lat")
    assert len(layer) == len(events) and layer.geometry.x.round(6).tolist() == events["lon"].tolist()


def test_parquet_is_geoparquet(events: pd.DataFrame, tmp_path: Path) -> None:
    path = tmp_path / "events.parquet"
    write_events(events, path)
    geo = json.loads(pq.read_schema(path).metadata[b"geo"])
    assert geo["primary_column"] == "geometry" and geo["columns"]["geometry"]["encoding"] == "WKB"
    assert geo["columns"]["geometry"]["geometry_types"] == ["Point"]
    frame = geopandas.read_parquet(path)
    assert frame.crs.equals("OGC:CRS84") and list(frame["id"]) == list(events["id"])
    assert frame.geometry.x.tolist() == events["lon"].tolist()
    assert list(frame.loc[frame["id"] == "e1", "actors"].iloc[0]) == ["Sergey Lavrov", "Mevlüt Çavuşoğlu"]


def test_empty_and_all_null_columns_keep_their_types(events: pd.DataFrame, tmp_path: Path) -> None:
    write_events(events.iloc[:0], tmp_path / "empty.parquet")
    assert geopandas.read_parquet(tmp_path / "empty.parquet").empty
    write_events(events.assign(country_code=None), tmp_path / "nulls.parquet")
    assert str(pq.read_schema(tmp_path / "nulls.parquet").field("country_code").type) == "string"


@pytest.mark.parametrize("fmt, start", [("geojson", b'{"bbox"'), ("csv", b"id,date,"), ("parquet", b"PAR1")])
def test_dash_writes_to_stdout(
    events: pd.DataFrame, capsysbinary: pytest.CaptureFixture[bytes], fmt: str, start: bytes
) -> None:
    write_events(events, "-", fmt)
    assert capsysbinary.readouterr().out.startswith(start)


def test_binary_is_not_written_to_a_terminal(events: pd.DataFrame, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys.stdout, "isatty", lambda: True)
    with pytest.raises(InputError, match="parquet is binary: give -o FILE"):
        write_events(events, "-", "parquet")


def test_format_follows_the_suffix_and_unknown_ones_are_refused(events: pd.DataFrame, tmp_path: Path) -> None:
    write_events(events, tmp_path / "x.parquet")
    assert (tmp_path / "x.parquet").read_bytes()[:4] == b"PAR1"
    with pytest.raises(InputError, match="unknown format 'kml'"):
        write_events(events, tmp_path / "x.kml", "kml")


@pytest.mark.parametrize(
    "path, fmt, default, expected",
    [
        ("x.csv", None, "geojson", "csv"),
        ("x.GeoParquet", None, "geojson", "parquet"),
        ("x.geojson", None, "jsonl", "geojson"),
        ("x.json", None, "jsonl", "jsonl"),
        ("-", None, "jsonl", "jsonl"),
        ("x.json", "geojson", "jsonl", "geojson"),
        ("x.csv", "csv", "jsonl", "csv"),
    ],
)
def test_format_for(path: str, fmt: str | None, default: str, expected: str) -> None:
    assert export.format_for(path, fmt, default) == expected


def test_a_format_the_file_name_contradicts_is_an_error() -> None:
    """QA 14: "extract --format csv -o x.geojson" wrote CSV under GeoJSON's name, silently."""
    with pytest.raises(InputError, match=r"x\.geojson: --format csv does not write geojson"):
        export.format_for("x.geojson", "csv", "jsonl")


def test_an_event_without_coordinates_cannot_be_exported(events: pd.DataFrame) -> None:
    broken = events.copy()
    broken.loc[0, "lat"] = float("nan")
    with pytest.raises(ExportError, match="e4"):
        events_geojson(broken)


# ---- filters --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "kwargs, ids",
    [
        ({"since": "2022-03-05"}, ["e2", "e3", "e1"]),  # "2022-03" overlaps; undated e4 dropped
        ({"since": "2022-03-13"}, ["e2", "e3"]),  # 2022-W10 runs Monday 7 to Sunday 13 March
        ({"since": "2022-03-14"}, ["e2"]),
        ({"until": "2022-03-06"}, ["e5", "e2"]),  # week 10 starts Monday 7 March
        ({"since": "2022-03-07", "until": "2022-03-07"}, ["e2", "e3"]),
        ({"since": "2022-03-15", "until": "2022-03"}, ["e2"]),  # until runs to the end of March: no inversion
        ({"until": "2021"}, ["e5"]),
        ({"since": "2021-06", "until": "2021-06"}, ["e5"]),
        ({"types": "battles"}, ["e2"]),
        ({"types": ["battles", "aid"]}, ["e5", "e2"]),
        ({"country": "ua"}, ["e2", "e3"]),
        ({"bbox": "30,36,37,51"}, ["e2", "e3", "e1"]),
        ({"bbox": (170, -30, -170, 0)}, ["e4", "e5"]),  # across the antimeridian
        ({"bbox": "170,-20,180,0", "types": "statement"}, ["e4"]),
    ],
)
def test_filters(events: pd.DataFrame, kwargs: dict[str, Any], ids: list[str]) -> None:
    assert filter_events(events, **kwargs)["id"].tolist() == ids


@pytest.mark.parametrize("bad", ["1,2,3", "a,b,c,d", "0,10,10,0", "0,0,200,10"])
def test_bad_bbox_is_refused(bad: str) -> None:
    with pytest.raises(InputError, match="--bbox"):
        parse_bbox(bad)


def test_bad_since_is_refused(events: pd.DataFrame) -> None:
    with pytest.raises(InputError, match="--since"):
        filter_events(events, since="March")


@pytest.mark.parametrize(
    "kwargs, message",
    [
        ({"types": "meetings"}, r"--type meetings: unknown event type \(choose from battles, explosions_remote_"),
        ({"types": ["meeting", "Meetings"]}, "--type Meetings: unknown event type"),
        ({"types": "other"}, r"choose from .*, disaster, aid\)"),  # the file's own types are listed too
        ({"country": "Kenya"}, r"--country Kenya: not an ISO 3166-1 alpha-2 country code \(Kenya is KE\)"),
        ({"country": "XX"}, r"--country XX: not an ISO 3166-1 alpha-2 country code \(e.g. UA for Ukraine\)"),
        ({"country": "UKR"}, r"\(UKR is UA\)"),
        ({"since": "2025", "until": "2020"}, "--since 2025 is after --until 2020"),
        ({"since": "2022-04", "until": "2022-03"}, "--since 2022-04 is after --until 2022-03"),
    ],
)
def test_filters_that_cannot_match_are_refused(events: pd.DataFrame, kwargs: dict[str, Any], message: str) -> None:
    with pytest.raises(InputError, match=message):
        filter_events(events, **kwargs)
    if "types" not in kwargs:  # refused even when there is nothing to filter
        with pytest.raises(InputError, match=message):
            filter_events(events.iloc[:0], **kwargs)


@pytest.mark.parametrize(
    "kwargs",
    [
        {"country": "KE"},  # a valid code without events
        {"types": "crime"},  # a type of the taxonomy without events
        {"since": "2023", "until": "2023"},
    ],
)
def test_valid_filters_without_events_give_an_empty_table(events: pd.DataFrame, kwargs: dict[str, Any]) -> None:
    assert filter_events(events, **kwargs).empty


# ---- atomic writes --------------------------------------------------------------------------------------


def test_failed_write_leaves_nothing_behind(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "events.geojson"
    target.write_text("old")

    def boom(src: str, dst: str) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", boom)
    with pytest.raises(ExportError, match=r"events\.geojson: No space left"):
        write_atomic(target, "new")
    assert target.read_text() == "old" and sorted(p.name for p in tmp_path.iterdir()) == ["events.geojson"]


def test_an_interrupted_group_write_keeps_every_old_file_and_no_temporary(tmp_path: Path,
                                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    names = ("events.geojson", "places.geojson", "map.html")
    for name in names:
        (tmp_path / name).write_text("old")
    calls = []

    def interrupt(fd: int) -> None:
        calls.append(fd)
        if len(calls) == 3:
            raise KeyboardInterrupt  # Ctrl-C while the last file is written

    monkeypatch.setattr(os, "fsync", interrupt)
    with pytest.raises(KeyboardInterrupt):
        write_all_atomic({tmp_path / name: "new" for name in names})
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(names)
    assert all((tmp_path / name).read_text() == "old" for name in names)


def test_a_file_that_cannot_be_replaced_puts_back_those_already_replaced(tmp_path: Path,
                                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    """QA: with places.geojson immutable, a build had replaced events.geojson and kept the old map: a mixed set."""
    (tmp_path / "events.geojson").write_text("old")
    (tmp_path / "places.geojson").write_text("old")  # map.html did not exist yet
    real = os.replace

    def refuse(src: str, dst: str) -> None:
        if Path(dst).name == "places.geojson" and Path(src).name.endswith(".tmp"):
            raise PermissionError(1, "Operation not permitted")
        real(src, dst)

    monkeypatch.setattr(os, "replace", refuse)
    files = {tmp_path / name: "new" for name in ("map.html", "events.geojson", "places.geojson")}
    with pytest.raises(ExportError, match=r"places\.geojson: Operation not permitted"):
        write_all_atomic(files)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["events.geojson", "places.geojson"]
    assert (tmp_path / "events.geojson").read_text() == (tmp_path / "places.geojson").read_text() == "old"


def test_a_killed_writer_s_temporary_file_is_removed_by_the_next_write(tmp_path: Path) -> None:
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True,
                          check=True).stdout.strip()  # a process that has ended, as one killed by `kill -9`
    stale = tmp_path / f".map.html.{dead}-0123456789ab.tmp"
    live = tmp_path / f".map.html.{os.getpid()}-0123456789ab.tmp"  # this process's own: it may still be writing
    other = tmp_path / f".events.geojson.{dead}-0123456789ab.tmp"  # another output's: left to its own next write
    for path in (stale, live, other):
        path.write_text("half")
    write_atomic(tmp_path / "map.html", "new")
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(["map.html", live.name, other.name])


def test_write_into_a_missing_directory_names_the_path(tmp_path: Path) -> None:
    target = tmp_path / "missing" / "events.csv"
    with pytest.raises(ExportError, match=str(target)) as info:
        write_atomic(target, b"x")
    assert isinstance(info.value, OSError) and not target.parent.exists()


def test_written_file_honours_the_umask(tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        write_atomic(tmp_path / "a.txt", "x")
    finally:
        os.umask(old)
    assert (tmp_path / "a.txt").stat().st_mode & 0o777 == 0o644


def test_dumps_is_compact_sorted_and_one_feature_per_line() -> None:
    fc = {
        "type": "FeatureCollection",
        "features": [{"type": "Feature", "properties": {"b": 1, "a": "é"}, "geometry": None}],
        "bbox": [0, 0, 1, 1],
    }
    assert dumps_geojson(fc) == (
        '{"bbox":[0,0,1,1],"features":[\n'
        '{"geometry":null,"properties":{"a":"é","b":1},"type":"Feature"}\n'
        '],"type":"FeatureCollection"}\n'
    )
    assert json.load(io.StringIO(dumps_geojson(fc))) == fc
    assert export.__all__ == sorted(export.__all__)


def test_events_text_is_the_dumped_collection(events: pd.DataFrame) -> None:
    from geomap.export import events_geojson_text

    text = events_geojson_text(events)
    assert text == dumps_geojson(json.loads(text)) == dumps_geojson(events_geojson(events))
    assert events_geojson_text(events.iloc[0:0]).startswith('{"bbox":[],"features":[],')
