"""The events and places tables (pandas): the one format render and export read.

Events table, one row per (merged) event:
    id, date, date_precision, type, summary, actors (list[str]), place, place_id, place_kind,
    country_code, lat, lon, role, origin, sources (list[dict])
    where each source is {"doc_id", "source", "url", "title", "sentence", "place_span", "date_span"};
    the spans are [start, end] offsets *into that sentence* (or None) so a popup can highlight them.
Places table, one row per place that has a mention or an event:
    place_id, name, kind, country_code, lat, lon, geometry (GeoJSON geometry dict or None),
    mentions (int), events (int), aliases (list[str]: other names the articles wrote for it),
    cited (list[dict]: the first CITED sentences that mention it, each a source as above, date_span None)
"""

from __future__ import annotations

import json
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import pandas as pd

from geomap.models import Article, Event, Place, Toponym
from geomap.names import fold
from geomap.periods import period
from geomap.sentences import sentence_spans

EVENT_COLUMNS = (
    "id", "date", "date_precision", "type", "summary", "actors", "place", "place_id", "place_kind",
    "country_code", "lat", "lon", "role", "origin", "sources",
)
PLACE_COLUMNS = ("place_id", "name", "kind", "country_code", "lat", "lon", "geometry", "mentions", "events",
                 "aliases", "cited")
CITED = 3  # sentences kept per place, so every point on the map traces back to the text, events or not


def _frame(rows: Iterable[Mapping[str, Any]], columns: tuple[str, ...]) -> pd.DataFrame:
    frame = pd.DataFrame([{c: row.get(c) for c in columns} for row in rows], columns=list(columns), dtype=object)
    return frame.astype({"lat": "float64", "lon": "float64"})


def sort_events(events: pd.DataFrame) -> pd.DataFrame:
    """Stable order: by when the event's period starts ("2022-W10" before "2022-03-11"), then date and id;
    undated events first."""
    starts = {d: p[0].isoformat() if (p := period(d)) else None for d in events["date"].dropna().unique()}
    key = events["date"].map(starts)
    order = (events.assign(_start=key).sort_values(["_start", "date", "id"], kind="stable", na_position="first")
             .drop(columns="_start"))
    return order.reset_index(drop=True)


def events_frame(rows: Iterable[Mapping[str, Any]]) -> pd.DataFrame:
    """Events table from row mappings, in the stable order of `sort_events`."""
    return sort_events(_frame(rows, EVENT_COLUMNS))


def concat_events(frames: Sequence[pd.DataFrame]) -> pd.DataFrame:
    """Several events tables as one, in the stable order (column by column: no per-row work)."""
    parts = [f[list(EVENT_COLUMNS)] for f in frames if len(f)]
    if not parts:
        return events_frame([])
    return sort_events(pd.concat(parts, ignore_index=True).astype({"lat": "float64", "lon": "float64"}))


def places_frame(rows: Iterable[Mapping[str, Any]]) -> pd.DataFrame:
    """Places table in a stable order (by place id)."""
    frame = _frame(rows, PLACE_COLUMNS).sort_values("place_id", kind="stable").reset_index(drop=True)
    return frame.astype({"mentions": "int64", "events": "int64"})


def _relative(span: tuple[int, int] | None, start: int, end: int) -> list[int] | None:
    """A span as offsets into the sentence [start, end); None when it lies outside (a story's date told in an
    earlier sentence)."""
    return [span[0] - start, span[1] - start] if span and start <= span[0] and span[1] <= end else None


def event_row(event: Event) -> dict[str, Any]:
    """One events-table row for an extracted event (spans made relative to its sentence)."""
    p, ev = event.place, event.evidence
    source = {"doc_id": event.doc_id, "source": event.source, "url": event.url, "title": event.title,
              "sentence": event.sentence,
              "place_span": _relative(ev.place_span, ev.start, ev.end),
              "date_span": _relative(ev.date_span, ev.start, ev.end)}
    return {"id": event.id, "date": event.date, "date_precision": event.date_precision, "type": event.type,
            "summary": event.summary, "actors": list(event.actors), "place": p.name, "place_id": p.id,
            "place_kind": p.kind, "country_code": p.country_code, "lat": p.lat, "lon": p.lon, "role": event.role,
            "origin": "extracted", "sources": [source]}


def _same_event(a: Mapping[str, Any], b: Mapping[str, Any]) -> bool:
    """Reports of one event from different articles (same type, place, role and known date are given):
    actors that overlap (or unknown on one side)."""
    if {s["doc_id"] for s in a["sources"]} & {s["doc_id"] for s in b["sources"]}:
        return False
    return not a["actors"] or not b["actors"] or bool(set(a["actors"]) & set(b["actors"]))


def merge_reports(rows: Sequence[Mapping[str, Any]]) -> tuple[list[dict[str, Any]], list[str]]:
    """Merge reports of the same event from different articles into one row listing every source.
    Returns the rows and one line per merge, so merges are reported, never silent."""
    merged: list[dict[str, Any]] = []
    by_key: dict[tuple[Any, ...], list[dict[str, Any]]] = {}
    notes: list[str] = []
    for row in rows:
        key = (row["type"], row["place_id"], row["role"], row["date"])
        peers = by_key.setdefault(key, []) if row["date"] is not None else []
        target = next((m for m in peers if _same_event(m, row)), None)
        if target is None:
            merged.append({**row, "actors": list(row["actors"]), "sources": list(row["sources"])})
            peers.append(merged[-1])
            continue
        target["actors"] = list(dict.fromkeys([*target["actors"], *row["actors"]]))
        target["sources"] = sorted([*target["sources"], *row["sources"]], key=lambda s: str(s["doc_id"]))
        notes.append(f"merged {row['type']} at {row['place']} on {row['date']}: {row['id']} into {target['id']} "
                     f"(sources: {', '.join(s['doc_id'] for s in target['sources'])})")
    return merged, notes


def _aliases(place: Place, written: Counter[str]) -> list[str]:
    """The names the articles wrote for a place other than its own ("Geneva" for Genève; "KYIV" is Kyiv's
    own), each in its most frequent spelling (on a tie, not the capitals of a dateline), sorted."""
    spelling: dict[str, str] = {}
    for text, _ in sorted(written.items(), key=lambda item: (-item[1], item[0].isupper(), item[0])):
        spelling.setdefault(fold(text), text)
    own = fold(place.name)
    return sorted(text for key, text in spelling.items() if key and key != own)


def place_rows(places: Iterable[Place], written: Mapping[str, Counter[str]], events: Counter[str],
               cited: Mapping[str, list[dict[str, Any]]]) -> list[dict[str, Any]]:
    """Places-table rows, each place once, with its real geometry where it has one; ``written`` counts the
    mentions of each place id by the text the article wrote, ``cited`` holds the sentences that mention it."""
    rows = {}
    for p in places:
        names = written.get(p.id, Counter())
        rows[p.id] = {"place_id": p.id, "name": p.name, "kind": p.kind, "country_code": p.country_code,
                      "lat": p.lat, "lon": p.lon, "geometry": json.loads(p.geometry) if p.geometry else None,
                      "mentions": names.total(), "events": events[p.id], "aliases": _aliases(p, names),
                      "cited": cited.get(p.id, [])}
    return list(rows.values())


def citations(article: Article, toponyms: Iterable[Toponym], cited: dict[str, list[dict[str, Any]]]) -> None:
    """Add to ``cited`` (place id -> sources) the article's sentences that mention each resolved place, up to
    CITED per place, a sentence once per place."""
    spans: list[tuple[int, int]] | None = None
    for t in toponyms:
        if t.place is None or len(kept := cited.setdefault(t.place.id, [])) >= CITED:
            continue
        spans = spans if spans is not None else sentence_spans(article.text)
        at = bisect_right(spans, (t.start, len(article.text))) - 1
        s, e = spans[at] if at >= 0 and spans[at][0] <= t.start < spans[at][1] else (t.start, t.end)
        sentence = article.text[s:e]
        if not any(c["doc_id"] == article.id and c["sentence"] == sentence for c in kept):
            kept.append({"doc_id": article.id, "source": article.source, "url": article.url, "title": article.title,
                         "sentence": sentence, "place_span": [t.start - s, t.end - s], "date_span": None})
