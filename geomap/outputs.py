"""`geomap extract` and `geomap export` outputs: one library call per command."""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from geomap.batch import extract_all
from geomap.build import tables
from geomap.export import format_for, read_events_geojson, write_atomic, write_events
from geomap.filters import filter_events
from geomap.gazetteer import Gazetteer
from geomap.ingest import read_articles
from geomap.pipeline import extraction_json


def write_extractions(inputs: Sequence[str], gazetteer: Gazetteer, fmt: str | None, output: Path | None,
                      published: date | None = None, jobs: int = 1) -> list[str]:
    """Per-article JSON Lines (DESIGN.md contract), or the articles' events as GeoJSON, CSV or GeoParquet;
    without ``fmt``, the output's suffix decides (as for export), else JSON Lines. Returns notes for the
    user: the files of the input folders that were skipped and why, and warnings. Articles are read in up to
    `jobs` processes (`geomap.batch`)."""
    target = str(output) if output else "-"
    fmt = format_for(target, fmt, "jsonl")
    reading = read_articles(inputs, published)
    extractions = extract_all(reading.articles, gazetteer, jobs)
    notes = [f"skipped file: {f}" for f in reading.skipped] + [f"warning: {w}" for w in reading.warnings]
    if fmt != "jsonl":
        write_events(tables(extractions)[0], target, fmt)
        return notes
    text = "".join(json.dumps(extraction_json(x), ensure_ascii=False) + "\n" for x in extractions)
    if output:
        write_atomic(output, text)
    else:
        sys.stdout.write(text)
    return notes


def export_file(events_path: Path, output: str, fmt: str | None, *, since: str | None = None,
                until: str | None = None, types: Sequence[str] | None = None, country: str | None = None,
                bbox: str | None = None) -> int:
    """Re-export a built events.geojson, filtered; returns the number of events written."""
    events = filter_events(read_events_geojson(events_path), since=since, until=until, types=types,
                           country=country, bbox=bbox)
    write_events(events, output, fmt)
    return len(events)
