"""The map's data: one compact JSON document built column by column from the events and places tables.

Layout: arrays, not objects, and events column by column, because 100,000 events must stay a few MB and
compress well; every article string is an index into ``strings`` (sorted, so similar text sits together), so
a sentence or URL shared by several events is stored once::

    {"title", "types": [[name, colour, glyph]], "strings": [...],
     "places": [[name, kind, country_code, lat, lon, shape, geometry_index, place_id, mentions, aliases, cited]],
     "geometries": [GeoJSON geometry], "bounds": [[s, w], [n, e]] | null, "wrap": bool,
     "range": [first, last] | null,
     "events": {"place", "type", "occurred", "first", "last", "label", "summary", "actors", "sources"},
     "sources": {"origin", "sentence", "place_span", "date_span"}, "origins": {"doc", "source", "url", "title"},
     "unmapped": n}

Each ``events`` column has one value per event; ``events.sources`` counts the event's entries in the
``sources`` columns, which follow event order, then the places' cited sentences (a place's ``cited`` is
[first row, count]); a source's ``origin`` is its article's row in ``origins`` (articles numbered by first use).
Events come newest first (by first day, then the finer date, then id),
undated last; days count from 1970-01-01. Every place of the places table is listed, with or without events
(``places.py``); the bounds frame the places with events; on a map across 180° (``wrap``) the longitudes west of
its cut are moved 360° east (``places.antimeridian_cut``). Spans are [start, end] code-point offsets into the
sentence, as given; the page checks and converts them when it builds a popup (JavaScript strings count UTF-16
units).

Everything is computed per column (pandas/numpy, or one list comprehension per column), never through a
helper call per event: 100,000 events take well under a second.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from itertools import accumulate, chain, cycle, pairwise
from operator import itemgetter
from typing import Any

import numpy as np
import pandas as pd

from geomap.models import web_address
from geomap.render import places as place_table
from geomap.render.dates import When, when
from geomap.render.places import AREA, POINT, REGION, Outlines

__all__ = ["AREA", "POINT", "REGION", "build", "span"]
# Tableau 10 then its darker companions: distinct, colour-blind-aware, readable on a light basemap.
PALETTE = (
    "#4e79a7 #e15759 #59a14f #f28e2b #b07aa1 #76b7b2 #edc948 #ff9da7 #9c755f #bab0ac "
    "#2f4b7c #a0312e #2e6b2a #b35f00 #6b4a66 #3f7d78"
).split()
EVENT_COLUMNS = ("place", "type", "occurred", "first", "last", "label", "summary", "actors", "sources")
ORIGIN_COLUMNS = ("doc", "source", "url", "title")
SOURCE_FIELDS = ("doc_id", "source", "url", "title", "sentence", "place_span", "date_span")  # of an events-table
# source
_source_fields = itemgetter(*SOURCE_FIELDS)
TEXT = pd.StringDtype("pyarrow")  # sorts and hashes strings in C++: twice as fast as object arrays


def span(value: object) -> list[int] | None:
    """A [start, end] pair of ints (code points into the sentence, as Python counts), or None."""
    if type(value) is list and len(value) == 2 and type(value[0]) is int and type(value[1]) is int:
        return value  # the common case, kept cheap
    if value is None:
        return None
    first: Any
    last: Any
    try:
        first, last = value  # type: ignore[misc]
        return [int(first), int(last)]
    except (TypeError, ValueError):  # NaN, a scalar, the wrong length
        return None


COLOURS = {  # each type of the taxonomy keeps its colour on every map, so maps compare side by side
    "battles": "#e15759", "explosions_remote_violence": "#f28e2b", "violence_against_civilians": "#a0312e",
    "protests": "#4e79a7", "riots": "#b07aa1", "strategic_developments": "#59a14f", "military": "#2f4b7c",
    "meeting": "#76b7b2", "statement": "#bab0ac", "humanitarian": "#edc948", "crime": "#9c755f", "disaster": "#ff9da7"}
GLYPHS = {"meeting": "D", "statement": "Q", "military": "M", "battles": "B", "explosions_remote_violence": "X",
          "violence_against_civilians": "V", "protests": "P", "riots": "R", "strategic_developments": "S",
          "humanitarian": "H", "crime": "C", "disaster": "F"}  # D diplomacy, Q quote, X explosion, F fire/flood


def glyphs(names: list[str]) -> list[str]:
    """A distinct letter per type for its markers: the taxonomy's own, else the first letter of the name not
    taken yet ("•" when none is left)."""
    taken: set[str] = set()
    out = []
    for name in names:
        options = [GLYPHS[name]] if name in GLYPHS else []
        options += [c.upper() for c in name if c.isalnum()]
        letter = next((c for c in options if c not in taken), "•")
        taken.add(letter)
        out.append(letter)
    return out


def label(name: str) -> str:
    """A type as people read it: "strategic developments", not "strategic_developments"; "explosions/remote
    violence", as ACLED writes it."""
    return name.replace("explosions_", "explosions/").replace("_", " ")


def type_columns(types: pd.Series) -> tuple[list[list[str]], np.ndarray]:
    """[name, colour, glyph] per event type, most frequent first; the taxonomy's types in their own colours
    (`COLOURS`), other types (imported ones) in the palette's remaining colours; and each event's index into
    that list."""
    codes, uniques = pd.factorize(types)
    names = [u if isinstance(u, str) else str(u) for u in uniques] + ["event"]  # "event": a missing type (-1)
    codes = np.where(codes < 0, len(uniques), codes)
    counts: Counter[str] = Counter()
    for name, n in zip(names, np.bincount(codes, minlength=len(names)).tolist(), strict=True):
        counts[name] += n
    ordered = sorted((t for t in counts if counts[t]), key=lambda t: (-counts[t], t))
    position = {name: i for i, name in enumerate(ordered)}
    lookup = np.array([position.get(name, 0) for name in names], dtype=np.int64)
    letters = glyphs(ordered)
    others = cycle([c for c in PALETTE if c not in COLOURS.values()])
    colours = [COLOURS.get(name) or next(others) for name in ordered]
    return [[label(name), colour, letter] for name, colour, letter in zip(ordered, colours, letters)], lookup[codes]


class Dates:
    """Each event's date as a label and a span of days (``first``/``last``; ``undated`` when it has none)."""

    def __init__(self, values: pd.Series) -> None:
        codes, uniques = pd.factorize(values)
        spans: list[When] = [when(u if isinstance(u, str) else None) for u in uniques] + [when(None)]
        codes = np.where(codes < 0, len(uniques), codes)
        self.undated = np.array([w.first is None for w in spans], dtype=bool)[codes]
        self.first = np.array([w.first or 0 for w in spans], dtype=np.int64)[codes]
        self.last = np.array([w.last or 0 for w in spans], dtype=np.int64)[codes]
        self.labels = [w.label for w in spans]
        self.code = codes  # each event's index into labels

    def used_labels(self, order: np.ndarray) -> tuple[list[str], np.ndarray]:
        """The labels of the events in ``order``, and each one's index into them."""
        used, index = np.unique(self.code[order], return_inverse=True)
        return [self.labels[k] for k in used.tolist()], index.reshape(-1)

    def order(self, ids: list[str]) -> np.ndarray:
        """Event positions newest first: by first day, the finer date first on a tie, undated last, then id."""
        by_id = np.array(sorted(range(len(ids)), key=ids.__getitem__), dtype=np.int64)
        return by_id[np.lexsort((self.last[by_id], -self.first[by_id], self.undated[by_id]))]


def intern(parts: Sequence[Sequence[Any]]) -> tuple[list[str], list[np.ndarray]]:
    """The sorted table of every distinct string in ``parts``, and each part as indexes into it: -1 for a
    missing value (None, NaN); any other value counts as its text."""
    bounds = list(accumulate((len(p) for p in parts), initial=0))
    codes, table = pd.factorize(pd.array(list(chain.from_iterable(parts)), dtype=TEXT), sort=True)
    return table.tolist(), [codes[a:b] for a, b in pairwise(bounds)]


def nullable(codes: np.ndarray) -> list[int | None]:
    """String indexes as a JSON column: -1 becomes null."""
    return [None if c < 0 else c for c in codes.tolist()]


def cells(column: pd.Series, order: np.ndarray) -> list[Any]:
    """The column's values in ``order``."""
    return column.to_numpy()[order].tolist()


def as_list(value: object) -> list[Any]:
    """A list-like cell (tuple, numpy array) as a list; a string is one item; missing values give []."""
    if isinstance(value, str):
        return [value]
    if value is None or isinstance(value, float):
        return []
    return list(value)  # type: ignore[call-overload]


def grouped(flat: list[Any], counts: list[int]) -> list[list[Any]]:
    """``flat`` cut into consecutive groups of ``counts`` items."""
    return [flat[a:b] for a, b in pairwise(accumulate(counts, initial=0))]


def strings(values: Sequence[Any]) -> list[str | None]:
    """Strings kept, anything else None."""
    return [v if isinstance(v, str) else None for v in values]


def source_rows(values: list[Any]) -> tuple[list[int], list[tuple[Any, ...]]]:
    """The number of sources per event (a cell: a list of source mappings), and each source's SOURCE_FIELDS;
    items that are not mappings are left out, missing fields are None."""
    try:  # the usual case, every cell a list of complete dicts: no Python call per source
        return [len(cell) for cell in values], list(map(_source_fields, chain.from_iterable(values)))
    except (KeyError, TypeError):
        kept = [[s for s in as_list(cell) if isinstance(s, Mapping)] for cell in values]
        rows = [tuple(s.get(name) for name in SOURCE_FIELDS) for cell in kept for s in cell]
        return [len(cell) for cell in kept], rows


class Sources:
    """The events' sources flattened in event order: ``count`` per event, each source's ``origin`` (its
    article: a distinct (doc, source, url, title) in ``articles``, numbered by first use), sentence and spans."""

    def __init__(self, values: list[Any]) -> None:
        self.count, rows = source_rows(values)
        columns: list[tuple[Any, ...]] = list(zip(*rows)) if rows else [()] * len(SOURCE_FIELDS)
        doc, source, url, title, self.sentence, self.place_span, self.date_span = columns
        links = {u: web_address(u) for u in {u for u in url if isinstance(u, str)}}
        urls = [links[u] if isinstance(u, str) else None for u in url]
        articles: dict[tuple[str | None, ...], int] = {}
        self.origin = [articles.setdefault(key, len(articles))
                       for key in zip(strings(doc), strings(source), urls, strings(title))]
        self.articles: list[list[str | None]] = [list(column) for column in zip(*articles)] or [[], [], [], []]


def spans(values: Sequence[Any], sentence: np.ndarray) -> list[list[int] | None]:
    """Each source's span, or None where it has no sentence (string index -1)."""
    return [None if c < 0 or v is None else span(v) for c, v in zip(sentence.tolist(), values, strict=True)]


def actor_lists(codes: np.ndarray, actors: list[list[Any]]) -> list[list[int]]:
    """Each event's actors as string indexes, missing ones (None, NaN) left out."""
    groups = grouped(codes.tolist(), [len(a) for a in actors])
    return groups if (codes >= 0).all() else [[a for a in group if a >= 0] for group in groups]


def article_columns(events: pd.DataFrame, order: np.ndarray, dates: Dates, cited: list[list[Any]]
                    ) -> dict[str, Any]:
    """The "strings", "sources" and "origins" members, the text columns of "events" (as "events"), for
    the events in ``order``, then the places' ``cited`` sentences (as "cited": each place's [first, count])."""
    actors = [c if type(c) is list else as_list(c) for c in cells(events["actors"], order)]
    src = Sources(cells(events["sources"], order) + cited)
    used_labels, label_index = dates.used_labels(order)
    parts = [used_labels, cells(events["summary"], order), list(chain.from_iterable(actors)), src.sentence]
    table, (labels, summary, actor_codes, sentence, *articles) = intern([*parts, *src.articles])
    text_columns = {
        "label": labels[label_index].tolist(),
        "summary": nullable(summary),
        "actors": actor_lists(actor_codes, actors),
        "sources": src.count[: len(order)],
    }
    firsts = list(accumulate(src.count, initial=0))[len(order): -1]
    cited_rows = [[first, n] if n else None for first, n in zip(firsts, src.count[len(order):], strict=True)]
    source_columns = {
        "origin": src.origin,
        "sentence": nullable(sentence),
        "place_span": spans(src.place_span, sentence),
        "date_span": spans(src.date_span, sentence),
    }
    origins = {name: nullable(codes) for name, codes in zip(ORIGIN_COLUMNS, articles, strict=True)}
    return {"strings": table, "events": text_columns, "sources": source_columns, "origins": origins,
            "cited": cited_rows}


def event_columns(events: pd.DataFrame, order: np.ndarray, at: np.ndarray, dates: Dates) -> dict[str, Any]:
    """Place, type, role and days per event in ``order`` (types: see ``type_columns``)."""
    undated = dates.undated[order].tolist()
    occurred = (events["role"] == "occurred").to_numpy()[order]
    return {
        "place": at[order].tolist(),
        "occurred": occurred.astype(np.int64).tolist(),
        "first": [None if u else d for u, d in zip(undated, dates.first[order].tolist(), strict=True)],
        "last": [None if u else d for u, d in zip(undated, dates.last[order].tolist(), strict=True)],
    }


def build(events: pd.DataFrame, places: pd.DataFrame, *, title: str, outlines: Outlines) -> dict[str, Any]:
    """The page's whole data document; events at places without coordinates are only counted."""
    event_places = place_table.ids(events["place_id"])
    rows = place_table.table(events, places, event_places)
    at = pd.Index(rows["place_id"], dtype=object).get_indexer(event_places)
    dates = Dates(events["date"])
    order = dates.order(place_table.ids(events["id"]))
    order = order[at[order] >= 0]
    busy = np.bincount(at[order], minlength=len(rows)) > 0
    cut = place_table.antimeridian_cut(rows, busy)
    if cut is not None:
        rows = rows.assign(lon=rows["lon"].where(rows["lon"] >= cut, rows["lon"] + 360))
    types, type_index = type_columns(events["type"])
    text = article_columns(events, order, dates, [as_list(v) for v in rows["cited"]])
    place_list, geoms = place_table.entries(rows, busy, outlines, text.pop("cited"))
    if cut is not None:
        geoms = [place_table.eastward_geometry(g, cut) for g in geoms]
    columns = {**event_columns(events, order, at, dates), "type": type_index[order].tolist(), **text.pop("events")}
    dated = order[~dates.undated[order]]
    return {
        "title": title,
        "types": types,
        "places": place_list,
        "geometries": geoms,
        **text,
        "events": {name: columns[name] for name in EVENT_COLUMNS},
        "unmapped": len(events) - len(order),
        "bounds": place_table.bounds(rows, busy),
        "wrap": cut is not None,
        "range": [int(dates.first[dated].min()), int(dates.last[dated].max())] if len(dated) else None,
    }
