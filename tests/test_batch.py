"""Many articles at once: the same extractions in input order, in one process or several."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner

import geomap.batch
from geomap.batch import extract_all, workers_for
from geomap.cli import main
from geomap.gazetteer import open_gazetteer
from geomap.ingest import read_articles
from geomap.models import Article
from geomap.pipeline import extraction_json

ROOT = Path(__file__).resolve().parent.parent
STORIES = [
    "KHARKIV, Ukraine — Russian shelling hit Kharkiv on Monday, killing two people, officials said.",
    "Protesters marched in Paris on Saturday against the pension reform; police detained 40 people.",
    "A magnitude 6.1 earthquake struck near Hualien, Taiwan, on Tuesday, damaging several buildings.",
    "Floods swept through Valencia, Spain, on Oct. 29, and rescuers searched Paiporta for survivors.",
    "Springfield, Illinois — The city council met on Wednesday to approve the budget.",
    "Talks between the foreign ministers took place in Antalya on Thursday.",
    "Wildfires forced the evacuation of Jasper, Alberta, on July 22, officials said.",
    "Gunmen attacked a village near Maiduguri in Borno state on Friday, killing 12.",
]


@pytest.fixture(scope="module")
def gaz():
    return open_gazetteer()


@pytest.fixture(scope="module")
def articles():
    return [Article(f"a{i}", text, date(2024, 11, 1)) for i, text in enumerate(STORIES * 2)]


@pytest.fixture
def one_per_worker(monkeypatch):
    monkeypatch.setattr(geomap.batch, "PER_WORKER", 1)  # (forked workers see it too)


def test_workers_give_the_same_extractions_in_input_order(gaz, articles, one_per_worker):
    alone = [extraction_json(x) for x in extract_all(articles, gaz)]
    shared = [extraction_json(x) for x in extract_all(articles, gaz, jobs=3)]
    assert shared == alone
    assert [x["id"] for x in shared] == [a.id for a in articles]
    assert sum(len(x["events"]) for x in shared) > len(articles) / 2  # (a comparison of nothing would pass too)


def test_progress_is_told_in_order_with_workers(gaz, articles, one_per_worker):
    told = []
    extract_all(articles, gaz, jobs=2, progress=lambda done, total: told.append((done, total)))
    assert told == [(n, len(articles)) for n in range(1, len(articles) + 1)]


def test_user_places_reach_the_workers(tmp_path, one_per_worker):
    places = tmp_path / "places.csv"
    places.write_text("name,lat,lon,kind,country_code\nCamp Nowhere,10.5,20.25,other,TD\n", encoding="utf-8")
    gaz = open_gazetteer([places])
    story = [Article(f"c{i}", "Aid reached Camp Nowhere on Monday, officials said.", date(2024, 5, 8))
             for i in range(4)]
    found = [t for x in extract_all(story, gaz, jobs=2) for t in x.toponyms]
    assert [(t.text, t.place.lat, t.place.lon) for t in found] == [("Camp Nowhere", 10.5, 20.25)] * 4


@pytest.mark.parametrize(("articles", "jobs", "online", "expected"), [
    (1000, 2, False, 2),
    (1000, 1, False, 1),
    (30, 8, False, 1),  # (fewer than two workers' worth: one process is faster)
    (50, 8, False, 2),
    (1000, 8, True, 1),  # an online fallback's rate limit and cache belong to one process
])
def test_how_many_workers(articles, jobs, online, expected):
    class Gaz:
        fallback = object() if online else None
    assert workers_for(articles, jobs, Gaz()) == expected


def test_extract_with_jobs_writes_what_one_process_writes(tmp_path, monkeypatch, one_per_worker):
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text("".join(json.dumps({"id": f"s{i}", "published": "2024-11-01", "text": t}) + "\n"
                              for i, t in enumerate(STORIES)), encoding="utf-8")
    for jobs in ("1", "2"):
        result = CliRunner().invoke(main, ["extract", str(corpus), "-j", jobs, "-o", str(tmp_path / f"{jobs}.jsonl")],
                                    catch_exceptions=False)
        assert result.exit_code == 0, result.output
    assert (tmp_path / "1.jsonl").read_bytes() == (tmp_path / "2.jsonl").read_bytes()
    assert CliRunner().invoke(main, ["extract", str(corpus), "-j", "0"]).exit_code == 1  # (at least one)


def test_a_kill_stops_the_workers_and_writes_nothing(tmp_path):
    """`kill` while workers read: exit 143, the workers gone with the parent, no output."""
    seeds = read_articles([ROOT / "seeds"]).articles
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text("".join(json.dumps({"id": f"s{i}", "published": "2022-03-10", "text": seeds[0].text}) + "\n"
                              for i in range(12)), encoding="utf-8")
    pids = tmp_path / "workers.txt"
    script = f"""
import multiprocessing, os, signal, sys
import geomap.batch
geomap.batch.PER_WORKER = 1
real = geomap.batch._reported
def first_then_kill(*args):
    with open({str(pids)!r}, "w") as fh:
        fh.write(" ".join(str(p.pid) for p in multiprocessing.active_children()))
    os.kill(os.getpid(), signal.SIGTERM)  # with the workers running
    return real(*args)
geomap.batch._reported = first_then_kill
sys.argv = ["geomap", "extract", {str(corpus)!r}, "-j", "2", "-o", {str(tmp_path / "out.jsonl")!r}]
from geomap.cli import main
main()
"""
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert done.returncode == 143 and "geomap: terminated" in done.stderr, done.stderr
    workers = [int(p) for p in pids.read_text().split()]
    assert len(workers) == 2 and not [p for p in workers if _alive(p)]
    assert not (tmp_path / "out.jsonl").exists()


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return Path(f"/proc/{pid}/stat").is_file() and Path(f"/proc/{pid}/stat").read_text().split()[2] != "Z"
