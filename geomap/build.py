"""`geomap build`: articles (and curated event files) -> map.html, events.geojson, places.geojson."""

from __future__ import annotations

import tempfile
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pandas as pd

from geomap.batch import extract_all
from geomap.errors import ExportError, InputError
from geomap.export import dumps_geojson, events_geojson_text, places_geojson, write_all_atomic
from geomap.gazetteer import Gazetteer
from geomap.gcpause import paused_gc
from geomap.importers import read_events_file
from geomap.ingest import read_articles
from geomap.models import Place, Toponym
from geomap.periods import period
from geomap.pipeline import Extraction
from geomap.render import render_map
from geomap.table import citations, concat_events, event_row, events_frame, merge_reports, place_rows, places_frame

OUTPUTS = ("events.geojson", "places.geojson", "map.html")


def _count(n: int, noun: str) -> str:
    """"1 mention", "3 mentions"."""
    return f"{n} {noun}{'' if n == 1 else 's'}"


SHOWN = 20  # merges and skipped rows listed in a summary, unless verbose


@dataclass(frozen=True, slots=True)
class BuildSummary:
    """What a build read and wrote."""

    documents: int
    toponyms: int
    places: int
    unresolved: int
    extracted: int
    imported: int
    events: int
    merges: tuple[str, ...]
    skipped: tuple[str, ...]
    outputs: tuple[Path, ...]
    unplaced: tuple[str, ...] = ()  # the most frequent unresolved names, with count and reason
    skipped_files: tuple[str, ...] = ()  # files in the input folders that are not articles, with the reason
    warnings: tuple[str, ...] = ()  # about the articles read (a publication date in the future)

    def lines(self, verbose: bool = False) -> list[str]:
        """The human-readable summary the CLI prints: the first SHOWN merges and skipped rows, and how many more
        (all of them when `verbose`)."""
        out = [f"documents: {self.documents}", f"files skipped: {len(self.skipped_files)}",
               f"places: {self.places} resolved ({_count(self.toponyms, 'mention')}), "
               f"{_count(self.unresolved, 'mention')} unresolved",
               f"events: {self.events} ({self.extracted} extracted, {self.imported} imported, "
               f"{_count(len(self.merges), 'merged report')})",
               f"rows skipped: {len(self.skipped)}"]
        out += [f"  skipped file: {f}" for f in self.skipped_files]
        out += [f"  warning: {w}" for w in self.warnings]
        out += [f"  unresolved: {u}" for u in self.unplaced]
        for label, items in (("merge", self.merges), ("skipped", self.skipped)):
            shown = items if verbose else items[:SHOWN]
            out += [f"  {label}: {item}" for item in shown]
            if len(items) > len(shown):
                out.append(f"  {label}: … and {len(items) - len(shown)} more (--verbose lists them all)")
        out += [f"wrote {p}" for p in self.outputs]
        return out


def _imported(paths: Sequence[Path], seen: set[str], today: date) -> tuple[list[pd.DataFrame], list[str], list[str]]:
    """The events files' tables, without events whose id is already in `seen` (the articles' events, or an
    earlier file's: a build fed its own events.geojson imports nothing twice), the rows left out, and warnings
    about events dated after `today` (kept: likely typos in the source)."""
    frames, skipped, warnings = [], [], []
    for path in paths:
        result = read_events_file(path)
        events = result.events
        repeated = events["id"].isin(seen) | events["id"].duplicated()
        seen.update(events["id"])
        frames.append(events[~repeated])
        skipped += [f"{path}:{line}: {reason}" for line, reason in result.skipped]
        skipped += [f"{path}: event {i}: its id is already in the build" for i in events["id"][repeated]]
        kept = events[~repeated]
        warnings += [f"{path}: event {i}: dated {d}, in the future"
                     for i, d in zip(kept["id"], kept["date"], strict=True)
                     if isinstance(d, str) and (span := period(d)) and span[0] > today]  # (a week or season that
        # has begun is no future: "2026-W29", "2026-SU")
    return frames, skipped, warnings


def _import_places(frames: Sequence[pd.DataFrame]) -> list[Place]:
    columns = ["place_id", "place", "place_kind", "lat", "lon", "country_code"]
    unique = [frame.drop_duplicates("place_id")[columns] for frame in frames]
    return [Place(*row) for frame in unique for row in frame.itertuples(index=False)]


def tables(extractions: Sequence[Extraction], imported: Sequence[pd.DataFrame] = ()
           ) -> tuple[pd.DataFrame, pd.DataFrame, list[str]]:
    """The events table (reports of one event merged), the places table, and the merge notes."""
    rows, notes = merge_reports([event_row(e) for x in extractions for e in x.events])
    events = concat_events([events_frame(rows), *imported])
    written: defaultdict[str, Counter[str]] = defaultdict(Counter)
    ordered = sorted(extractions, key=lambda x: x.article.id)  # the places table whatever order the inputs came in
    places = [t.place for x in ordered for t in x.toponyms if t.place]
    for place, text in ((t.place, t.text) for x in ordered for t in x.toponyms if t.place):
        written[place.id][text] += 1
    cited: dict[str, list[dict[str, Any]]] = {}
    for x in ordered:
        citations(x.article, x.toponyms, cited)
    places += [e.place for x in ordered for e in x.events] + _import_places(imported)
    return events, places_frame(place_rows(places, written, Counter(events["place_id"]), cited)), notes


def build(inputs: Sequence[str | Path], out_dir: Path, gazetteer: Gazetteer, *, offline: bool = False,
          events_files: Sequence[Path] = (), published: date | None = None,
          progress: Callable[[int, int], None] | None = None, jobs: int = 1) -> BuildSummary:
    """Read the inputs, extract (in up to `jobs` processes, `geomap.batch`), and write the three outputs
    atomically (all computed before any is written). Without `events_files` the inputs must hold an article.
    `progress(done, total)` is called after each article."""
    _check_out_dir(out_dir)
    reading = read_articles(inputs, published, required=not events_files, exclude=out_dir)
    articles = reading.articles
    extractions = extract_all(articles, gazetteer, jobs, progress)
    with paused_gc():
        imported, skipped, future = _imported(events_files, {e.id for x in extractions for e in x.events},
                                              date.today())
        events, places, notes = tables(extractions, imported)
        texts = {"events.geojson": events_geojson_text(events),
                 "places.geojson": dumps_geojson(places_geojson(places)),
                 "map.html": render_map(events, places, offline=offline, title="geomap")}
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ExportError(f"-o {out_dir}: cannot create the folder: {exc.strerror or exc}") from exc
    write_all_atomic({out_dir / name: texts[name] for name in OUTPUTS})
    toponyms = [t for x in extractions for t in x.toponyms]
    return BuildSummary(len(articles), sum(1 for t in toponyms if t.place), len(places),
                        sum(1 for t in toponyms if not t.place), sum(len(x.events) for x in extractions),
                        sum(len(f) for f in imported), len(events), tuple(notes), tuple(skipped),
                        tuple(out_dir / n for n in OUTPUTS), _unplaced(toponyms), reading.skipped,
                        reading.warnings + tuple(future))


def _check_out_dir(out_dir: Path) -> None:
    """Refuse, before any work, an output folder that is a file or lies under one, an output that a folder stands
    in the way of, and a folder (or, not made yet, the folder it will be made in) that cannot be written to."""
    for path in (out_dir, *out_dir.parents):
        if path.exists():
            if not path.is_dir():
                what = "" if path == out_dir else f" ({path} is a file)"
                raise InputError(f"-o {out_dir}: not a folder{what}")
            if path == out_dir and (blocked := [n for n in OUTPUTS if (out_dir / n).is_dir()]):
                raise InputError(f"-o {out_dir}: a folder stands where {blocked[0]} is to be written")
            try:
                with tempfile.TemporaryFile(dir=path):
                    pass
            except OSError as exc:
                raise InputError(f"-o {out_dir}: cannot write in {path}: {exc.strerror or exc}") from exc
            return


def _unplaced(toponyms: Sequence[Toponym], most: int = 10) -> tuple[str, ...]:
    """The names left unresolved most often, so a user sees what the map is missing and why, and how many
    more there are (`geomap extract` lists every one)."""
    counts = Counter((t.text, t.reason or "") for t in toponyms if not t.place)
    shown = [f"{text} ×{n} ({reason})" for (text, reason), n in counts.most_common(most)]
    if len(counts) > most:
        rest = counts.most_common()[most:]
        shown.append(f"… and {_count(len(rest), 'more name')} ({_count(sum(n for _, n in rest), 'mention')}; "
                     f"`geomap extract` lists them all)")
    return tuple(shown)
