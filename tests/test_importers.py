"""Importers: ACLED-style CSV, GDELT events (header TSV/CSV and raw exports) and our GeoJSON, from fixture
files in the real column layouts; bad rows are reported with their file line numbers."""

from __future__ import annotations

import gc
import json
from pathlib import Path

import jsonschema
import pandas as pd
import pytest
from conftest import load_shared_module

from geomap.errors import InputError
from geomap.event_types import ACLED_TYPE
from geomap.export import events_geojson, write_events
from geomap.importers import ImportResult, read_events_file
from geomap.importers._common import read_delimited
from geomap.importers.acled import GEO_PRECISION, iso_dates
from geomap.importers.countries import iso2_from_any, iso2_from_fips
from geomap.importers.gdelt import CAMEO_BASES, CAMEO_ROOTS, _cameo
from geomap.table import events_frame

DATA = Path(__file__).resolve().parent / "data" / "imports"
SCHEMA = json.loads(
    (Path(__file__).resolve().parent.parent / "geomap" / "data" / "event.schema.json").read_text()
)


def _by_id(result: ImportResult) -> dict[str, dict]:
    return {row["id"]: row for row in result.events.to_dict("records")}


def _assert_exportable(result: ImportResult, shared: Path, tmp_path: Path) -> None:
    """Imported events validate against the schema and pass the shared GeoJSON check."""
    validator = jsonschema.Draft202012Validator(SCHEMA)
    for feature in events_geojson(result.events)["features"]:
        validator.validate(feature["properties"])
    checker = load_shared_module(shared / "checks" / "geojson_check.py")
    write_events(result.events, tmp_path / "events.geojson")
    assert checker.check(str(tmp_path / "events.geojson"), events=True) == []


# ---- ACLED ----------------------------------------------------------------------------------------------


def test_acled_rows_become_events(shared: Path, tmp_path: Path) -> None:
    result = read_events_file(DATA / "acled_sample.csv")
    assert result.format == "acled"
    events = _by_id(result)
    assert sorted(events) == [
        "acled:NAM3001",
        "acled:RUS2001",
        "acled:UKR1001",
        "acled:UKR1002",
        "acled:UKR1003",
    ]
    kharkiv = events["acled:UKR1001"]
    assert kharkiv | {"sources": None} == {
        "id": "acled:UKR1001",
        "date": "2022-03-10",
        "date_precision": "day",
        "type": "battles",
        "summary": "Armed clash (3 fatalities)",
        "actors": ["Military Forces of Russia (2000-)", "Military Forces of Ukraine (2019-)"],
        "place": "Kharkiv",
        "place_id": "acled:kharkiv@49.9808,36.2527",
        "place_kind": "city",
        "country_code": "UA",
        "lat": 49.9808,
        "lon": 36.2527,
        "role": "occurred",
        "origin": "acled",
        "sources": None,
    }
    assert kharkiv["sources"] == [
        {
            "doc_id": "UKR1001",
            "source": "Ukrainska Pravda",
            "url": None,
            "title": None,
            "place_span": None,
            "date_span": None,
            "sentence": "On 10 March 2022, Russian and Ukrainian forces clashed on the northern outskirts of "
            "Kharkiv.",
        }
    ]
    _assert_exportable(result, shared, tmp_path)


def test_acled_precision_type_and_country_mapping() -> None:
    events = _by_id(read_events_file(DATA / "acled_sample.csv"))
    mariupol, kherson = events["acled:UKR1002"], events["acled:UKR1003"]
    assert (mariupol["date"], mariupol["date_precision"], mariupol["place_kind"]) == (
        "2022-W10",
        "week",
        "admin2",
    )
    assert (kherson["date"], kherson["date_precision"], kherson["place_kind"]) == (
        "2022-03",
        "month",
        "admin1",
    )
    assert (
        mariupol["type"] == "explosions_remote_violence"
        and "maternity hospital" in mariupol["sources"][0]["sentence"]
    )
    assert events["acled:RUS2001"]["type"] == "strategic_developments"
    assert events["acled:RUS2001"]["date"] == "2022-03-12"  # "12 March 2022", the older export style
    assert events["acled:RUS2001"]["country_code"] == "RU"  # no iso code: from the country name
    assert events["acled:NAM3001"]["country_code"] == "NA"  # Namibia, not a missing value
    assert events["acled:NAM3001"]["summary"] == "Violent demonstration (1 fatality)"


def test_acled_bad_rows_are_reported_with_file_lines() -> None:
    # line 3-4 is one record (a quoted note with a line break), so later rows sit one line lower
    assert read_events_file(DATA / "acled_sample.csv").skipped == [
        (6, "non-numeric coordinates 'abc', '30.2500'"),
        (7, "missing coordinates"),
        (8, "coordinates out of range: lat 95.0, lon 30.2"),
        (9, "bad event_date '2022-02-30'"),
        (10, "bad time_precision '7' (expected 1, 2 or 3)"),
        (11, "duplicate event id acled:UKR1001 (first on line 2)"),
    ]


@pytest.mark.parametrize(
    "day, precision, expected",
    [
        ("2022-03-10", "day", "2022-03-10"),
        ("2022-03-09", "week", "2022-W10"),
        ("2022-01-01", "week", "2021-W52"),  # ISO week-numbering year
        ("2022-03-15", "month", "2022-03"),
    ],
)
def test_acled_time_precision(day: str, precision: str, expected: str) -> None:
    assert iso_dates(pd.to_datetime(pd.Series([day])), pd.Series([precision])).tolist() == [expected]
    assert jsonschema.Draft202012Validator(SCHEMA["properties"]["date"]).is_valid(expected)


def test_acled_geo_precision_kinds_are_in_the_schema() -> None:
    assert set(GEO_PRECISION.values()) | {"other"} <= set(SCHEMA["properties"]["place_kind"]["enum"])


def test_acled_without_ids_gets_stable_content_ids(tmp_path: Path) -> None:
    text = (
        "event_date,event_type,sub_event_type,actor1,actor2,location,latitude,longitude,geo_precision,"
        "time_precision,source,notes,fatalities\n"
        "2022-03-10,Protests,Peaceful protest,Protesters (Georgia),,Tbilisi,41.6941,44.8337,1,1,Civil.ge,"
        "A rally in Tbilisi.,0\n"
    )
    path = tmp_path / "rally.csv"
    path.write_text(text + text.splitlines()[1] + "\n")
    first, again = read_events_file(path), read_events_file(path)
    assert first.events["id"].tolist() == again.events["id"].tolist()
    assert first.events["id"][0].startswith("acled:") and len(first.events) == 1
    assert first.events["sources"][0][0]["doc_id"] == "rally.csv:2"
    assert first.skipped == [(3, f"duplicate event id {first.events['id'][0]} (first on line 2)")]
    assert first.events["country_code"].tolist() == [None]


def test_blank_lines_and_crlf_keep_line_numbers(tmp_path: Path) -> None:
    path = tmp_path / "crlf.csv"
    path.write_bytes(
        b"event_date,event_type,location,latitude,longitude\r\n\r\n"
        b"2022-03-10,Battles,Irpin,50.52,30.25\r\n2022-03-10,Battles,Bucha,x,30.23\r\n\r\n"
        b"2022-03-11,Battles,Hostomel,50.56,30.21\r\n"
    )
    result = read_events_file(path)
    assert result.skipped == [(4, "non-numeric coordinates 'x', '30.23'")]
    assert sorted(result.events["place"]) == ["Hostomel", "Irpin"]


# ---- GDELT ----------------------------------------------------------------------------------------------

GDELT_IDS = [
    "gdelt:1030000001",
    "gdelt:1030000002",
    "gdelt:1030000003",
    "gdelt:1030000004",
    "gdelt:1030000007",
    "gdelt:1030000008",
]


def test_gdelt_v2_with_header(shared: Path, tmp_path: Path) -> None:
    result = read_events_file(DATA / "gdelt_v2_sample.tsv")
    assert result.format == "gdelt" and sorted(_by_id(result)) == GDELT_IDS
    assert result.skipped == [
        (6, "missing coordinates"),
        (7, "bad SQLDATE '20221345'"),
        (8, "missing coordinates"),  # a line with too few fields: the missing ones read as blank
        (9, "malformed line: expected 61 fields, saw 62"),
    ]
    kharkiv = _by_id(result)["gdelt:1030000001"]
    assert (kharkiv["type"], kharkiv["summary"], kharkiv["date"]) == (
        "battles",
        "Fight (CAMEO 190)",
        "2022-03-10",
    )
    assert (kharkiv["country_code"], kharkiv["place_kind"], kharkiv["actors"]) == (
        "UA",
        "city",
        ["RUSSIA", "UKRAINE"],
    )
    assert kharkiv["sources"] == [
        {
            "doc_id": "1030000001",
            "source": "example.com",
            "sentence": None,
            "url": "https://www.example.com/world/kharkiv-1",
            "title": None,
            "place_span": None,
            "date_span": None,
        }
    ]
    _assert_exportable(result, shared, tmp_path)


def test_gdelt_raw_export_without_header_reads_the_same() -> None:
    raw = read_events_file(DATA / "20220310.export.CSV")  # GDELT 1.0 daily layout: 58 tab-separated fields
    with_header = read_events_file(DATA / "gdelt_v2_sample.tsv")
    assert raw.format == "gdelt" and raw.skipped == []
    pd.testing.assert_frame_equal(raw.events, with_header.events)


def test_a_gdelt_date_needs_all_eight_digits(tmp_path: Path) -> None:
    rows = (DATA / "gdelt_v2_sample.tsv").read_text(encoding="utf-8").splitlines()
    header, first = rows[0], rows[1].split("\t")
    first[1] = first[1][:7]  # "2022031": no date, though strptime would read it as 2022-03-01
    (tmp_path / "g.tsv").write_text(header + "\n" + "\t".join(first) + "\n", encoding="utf-8")
    assert read_events_file(tmp_path / "g.tsv").skipped == [(2, f"bad SQLDATE {first[1]!r}")]


def test_a_gdelt_source_url_is_kept_only_as_a_web_address(tmp_path: Path) -> None:
    rows = (DATA / "gdelt_v2_sample.tsv").read_text(encoding="utf-8").splitlines()
    header, first = rows[0], rows[1].split("\t")
    first[-1] = "javascript:alert(1)"  # SOURCEURL, the last field
    (tmp_path / "g.tsv").write_text(header + "\n" + "\t".join(first) + "\n", encoding="utf-8")
    events = read_events_file(tmp_path / "g.tsv").events
    assert [s["url"] for s in events["sources"].iloc[0]] == [None]
    write_events(events, tmp_path / "e.geojson")
    assert "javascript" not in (tmp_path / "e.geojson").read_text(encoding="utf-8")


def test_gdelt_bigquery_csv(shared: Path, tmp_path: Path) -> None:
    result = read_events_file(DATA / "gdelt_bigquery.csv")
    events = _by_id(result)
    assert result.skipped == [(5, "bad SQLDATE '2022-03-13'")]
    assert events["gdelt:1030000002"]["type"] == "meeting"  # "43": the leading zero a spreadsheet dropped
    assert events["gdelt:1030000009"]["type"] == "humanitarian"
    texas = events["gdelt:1030000010"]
    assert (texas["place_kind"], texas["country_code"], texas["type"], texas["actors"]) == (
        "admin1",
        "US",
        "protests",
        [],
    )
    _assert_exportable(result, shared, tmp_path)


@pytest.mark.parametrize(
    "code, kind",
    [
        ("010", "statement"),
        ("0231", "statement"),
        ("036", "statement"),
        ("043", "meeting"),
        ("43", "meeting"),
        ("057", "meeting"),
        ("071", "humanitarian"),
        ("112", "statement"),
        ("140", "protests"),
        ("145", "riots"),
        ("154", "military"),
        ("163", "strategic_developments"),
        ("173", "strategic_developments"),
        ("183", "explosions_remote_violence"),
        ("186", "violence_against_civilians"),
        ("190", "battles"),
        ("193", "battles"),
        ("194", "explosions_remote_violence"),
        ("195", "explosions_remote_violence"),
        ("202", "violence_against_civilians"),
        ("", "other"),
        ("x1", "other"),
    ],
)
def test_cameo_codes(code: str, kind: str) -> None:
    assert _cameo(code)[0] == kind


def test_a_cameo_base_code_is_summarised_by_its_own_name() -> None:
    """QA 6: a riot (145) was typed riots but summarised "Protest (CAMEO 145)"."""
    assert _cameo("145")[1] == "Protest violently, riot (CAMEO 145)"
    assert _cameo("141")[1] == "Protest (CAMEO 141)"


def test_imported_types_are_in_the_taxonomy() -> None:
    """ACLED's classes and every CAMEO mapping land on types the map has colours and a legend for."""
    taxonomy = set(ACLED_TYPE)
    assert {t for t, _ in [*CAMEO_ROOTS.values(), *CAMEO_BASES.values()]} <= taxonomy
    acled = read_events_file(DATA / "acled_sample.csv").events
    assert set(acled["type"]) <= taxonomy


@pytest.mark.parametrize(
    "fips, iso",
    [
        ("UP", "UA"),
        ("RS", "RU"),
        ("UK", "GB"),
        ("GM", "DE"),
        ("TU", "TR"),
        ("GZ", "PS"),
        ("WE", "PS"),
        ("KV", "XK"),
        ("US", "US"),
        ("", None),
        ("XX", None),
    ],
)
def test_fips_to_iso(fips: str, iso: str | None) -> None:
    assert iso2_from_fips(fips) == iso


@pytest.mark.parametrize(
    "value, iso",
    [
        ("804", "UA"),
        ("4", "AF"),
        ("UKR", "UA"),
        ("Ukraine", "UA"),
        ("Democratic Republic of Congo", "CD"),
        ("na", "NA"),
        ("", None),
    ],
)
def test_country_lookup(value: str, iso: str | None) -> None:
    assert iso2_from_any(value) == iso


# ---- GeoJSON, errors, table shape -----------------------------------------------------------------------


def test_our_geojson_imports_unchanged(tmp_path: Path) -> None:
    acled = read_events_file(DATA / "acled_sample.csv").events
    write_events(acled, tmp_path / "events.geojson")
    result = read_events_file(tmp_path / "events.geojson")
    assert result.format == "geojson" and result.skipped == []
    pd.testing.assert_frame_equal(result.events, acled)  # origin "acled" kept


def test_hand_edited_geojson_gets_defaults(tmp_path: Path) -> None:
    feature = {
        "type": "Feature",
        "geometry": {"type": "Point", "coordinates": [30.5, 50.4]},
        "properties": {
            "id": "x1",
            "place": "Kyiv",
            "place_id": "geomap:kyiv",
            "sources": [{"doc_id": "note"}],
        },
    }
    path = tmp_path / "mine.json"
    path.write_text(json.dumps({"type": "FeatureCollection", "features": [feature]}))
    row = read_events_file(path).events.iloc[0]
    assert (row["origin"], row["role"], row["type"], row["date_precision"]) == (
        "geojson",
        "occurred",
        "other",
        "unknown",
    )


@pytest.mark.parametrize(("content", "message"), [
    (b"name,value\nx,1\n", "not an ACLED-style CSV"), (b"just some text\n", "not an ACLED-style CSV"),
    (b"", "empty file"), (b"\n\n", "empty file"),  # QA 14: an empty file was "not an ACLED-style CSV"
])
def test_a_file_of_no_known_format_is_refused(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "notes.csv"
    path.write_bytes(content)
    with pytest.raises(InputError, match=message) as info:
        read_events_file(path)
    assert str(path) in str(info.value)


def test_missing_and_undecodable_files_name_the_file(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"missing\.csv"):
        read_events_file(tmp_path / "missing.csv")
    latin = tmp_path / "latin1.csv"
    latin.write_bytes(b"event_date,latitude,longitude,location\n2022-03-10,1,2,Bogot\xe1\n")
    with pytest.raises(InputError, match=r"latin1\.csv"):
        read_events_file(latin)


def test_columnar_table_matches_events_frame() -> None:
    """The importers build the table column-wise for speed; it must equal table.events_frame's."""
    events = read_events_file(DATA / "acled_sample.csv").events
    pd.testing.assert_frame_equal(events, events_frame(events.to_dict("records")))
    assert read_events_file(DATA / "gdelt_bigquery.csv").events.dtypes.equals(events.dtypes)


def test_read_delimited_numbers_malformed_records_by_file_line() -> None:
    data = b'a,b\n"x\ny",1\n\n3,4,5\n6,7\n'
    table = read_delimited(data, "t.csv", ",")
    assert table.frame.to_dict("list") == {"a": ["x\ny", "6"], "b": ["1", "7"]}
    assert table.lines.tolist() == [2, 6] and table.skipped == [
        (5, "malformed line: expected 2 fields, saw 3")
    ]


def test_garbage_collection_is_back_on_after_an_import(tmp_path: Path) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_bytes(b"event_date,latitude,longitude\n\xff\n")
    with pytest.raises(InputError):
        read_events_file(bad)
    read_events_file(DATA / "acled_sample.csv")
    assert gc.isenabled()


def test_hand_made_events_without_a_place_id_keep_their_own_places(tmp_path: Path) -> None:
    """QA 12: three hand-made events without `place_id` (Nairobi, Mombasa, Kisumu) were one place on the map,
    Nairobi's: each name and point is a place of its own."""
    features = [{"type": "Feature", "geometry": {"type": "Point", "coordinates": [lon, lat]},
                 "properties": {"id": f"h{i}", "place": name, "date": "2026-06-25", "type": "protests"}}
                for i, (name, lat, lon) in enumerate([("Nairobi", -1.2921, 36.8219), ("Mombasa", -4.0435, 39.6682),
                                                      ("Kisumu", -0.0917, 34.7617)])]
    path = tmp_path / "hand.geojson"
    path.write_text(json.dumps({"type": "FeatureCollection", "features": features}))
    assert read_events_file(path).events["place_id"].tolist() == [
        "geojson:nairobi@-1.2921,36.8219", "geojson:mombasa@-4.0435,39.6682", "geojson:kisumu@-0.0917,34.7617"]


def test_hand_edited_geojson_types_and_date_precisions_are_ours(tmp_path: Path) -> None:
    """QA 13: "date": "2026-W47" was written out as precision "day" (against the schema), and "type": "Protests"
    made a layer of its own beside "protests"."""
    rows = [("2026-W47", "Protests"), ("2026-03", "Strategic developments"), ("2026-03-02", "battles"),
            ("2026", "flood watch")]
    features = [{"type": "Feature", "geometry": {"type": "Point", "coordinates": [30.5, 50.4]},
                 "properties": {"id": f"x{k}", "date": d, "type": t}} for k, (d, t) in enumerate(rows)]
    path = tmp_path / "mine.geojson"
    path.write_text(json.dumps({"type": "FeatureCollection", "features": features}))
    events = read_events_file(path).events.set_index("id")
    assert [events.loc[f"x{k}", "date_precision"] for k in range(4)] == ["week", "month", "day", "year"]
    assert [events.loc[f"x{k}", "type"] for k in range(4)] == ["protests", "strategic_developments", "battles",
                                                             "flood watch"]  # (a type of one's own stays)
