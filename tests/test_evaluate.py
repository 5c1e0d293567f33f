"""`geomap eval`: which kind of annotation is scored, and gold files that cannot be scored."""

from __future__ import annotations

import json

import pytest

from geomap.errors import InputError
from geomap.evaluate import choose_kind, load_gold

TOPONYMS = {"id": "a", "text": "Kyiv.", "toponyms": [{"start": 0, "end": 4, "lat": 50.45, "lon": 30.52}]}
TIMEXES = {"id": "b", "dct": "2022-03-10", "text": "Today.", "timexes": [{"start": 0, "end": 5, "type": "DATE",
                                                                          "value": "2022-03-10"}]}
EVENTS = {"id": "c", "text": "Talks in Kyiv.", "events": [{"date": "2022-03-10", "lat": 50.45, "lon": 30.52}]}


@pytest.mark.parametrize(("docs", "kind", "expected"), [
    ([TOPONYMS], None, "toponyms"),
    ([TIMEXES], None, "timexes"),
    ([EVENTS, {"id": "d", "text": "x", "toponyms": []}], None, "events"),  # empty lists carry nothing
    ([TOPONYMS, EVENTS], "events", "events"),
])
def test_the_kind_asked_for_or_the_first_the_gold_has(docs, kind, expected):
    assert choose_kind({d["id"]: d for d in docs}, kind, "gold.jsonl") == expected


@pytest.mark.parametrize(("docs", "kind", "message"), [
    ([TOPONYMS, EVENTS], "timexes", "gold.jsonl: the gold has no timexes to score (it has toponyms, events: "
                                    "try --kind toponyms)"),
    ([TIMEXES], "toponyms", "gold.jsonl: the gold has no toponyms to score (it has timexes: try --kind timexes)"),
    ([TOPONYMS], "events", "gold.jsonl: the gold has no events to score"),
    ([{"id": "x", "text": "Kyiv."}], None, "gold.jsonl: the gold has no toponyms, timexes or events to score"),
])
def test_gold_without_the_kind_is_an_error(docs, kind, message):
    with pytest.raises(InputError) as info:
        choose_kind({d["id"]: d for d in docs}, kind, "gold.jsonl")
    assert str(info.value).startswith(message)


@pytest.mark.parametrize(("docs", "message"), [
    ([TOPONYMS, TOPONYMS], "gold.jsonl:2: gold id 'a' also used on line 1"),
    ([{**TOPONYMS, "toponyms": [{"start": "x", "end": 4}]}], "gold.jsonl:1: toponyms 1: start 'x' and end 4 are no"),
    ([{**TOPONYMS, "toponyms": [{"start": 0, "end": 99}]}], "gold.jsonl:1: toponyms 1: start 0 and end 99 are no"),
    ([{**TOPONYMS, "toponyms": [{"start": 0, "end": 4, "lat": 46.2}]}], "gold.jsonl:1: toponyms 1: lat 46.2 and "
                                                                         "lon None are no point"),
    ([{**EVENTS, "events": [{"date": "2022-03-10", "lat": "50.45", "lon": 30.5}]}], "gold.jsonl:1: events 1: lat "),
    ([{**TOPONYMS, "toponyms": "Kyiv"}], "gold.jsonl:1: toponyms is no list of objects"),
    ([{"id": "x", "toponyms": []}], "gold.jsonl:1: no text"),
])
def test_bad_gold_names_its_line(tmp_path, docs, message):
    path = tmp_path / "gold.jsonl"
    path.write_text("".join(json.dumps(d) + "\n" for d in docs), encoding="utf-8")
    with pytest.raises(InputError) as info:
        load_gold(path)
    assert str(info.value).startswith(f"{tmp_path}/{message}")


def test_every_broken_gold_line_is_named_in_one_error(tmp_path):
    """QA 10: only the first broken line had been named, so a gold file took one run per mistake."""
    path = tmp_path / "gold.jsonl"
    path.write_text("\n".join([json.dumps(TOPONYMS), "{broken", json.dumps({"text": "Kyiv."}), "[1, 2]",
                               json.dumps({**TOPONYMS, "id": "b", "toponyms": [{"start": 0, "end": 99}]})]),
                    encoding="utf-8")
    with pytest.raises(InputError) as info:
        load_gold(path)
    lines = str(info.value).splitlines()
    assert lines[0] == f"{path}: 4 lines cannot be read:"
    assert [line.split(": ")[0].strip() for line in lines[1:]] == [f"{path}:{n}" for n in (2, 3, 4, 5)]
    assert "an object with an `id` was expected" in lines[2] and "are no span" in lines[4]


def test_gold_problems_found_while_scoring_name_the_file_and_line(tmp_path):
    from geomap.evaluate import evaluate_file
    from geomap.gazetteer import open_gazetteer

    path = tmp_path / "gold.jsonl"
    path.write_text("\n" + json.dumps({**TOPONYMS, "published": "2022-13-40"}) + "\n", encoding="utf-8-sig")
    with pytest.raises(InputError, match=r"gold\.jsonl:2: 'published' is not an ISO date"):
        evaluate_file(path, open_gazetteer())  # (a byte-order mark and a blank first line are fine)
    path.write_text(json.dumps({k: v for k, v in TIMEXES.items() if k != "dct"}) + "\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"gold\.jsonl:1: timexes are scored against the document's date"):
        evaluate_file(path, open_gazetteer())
