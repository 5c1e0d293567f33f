"""Shared machinery for delimited event files: parsing with file line numbers, row checks, the table."""

from __future__ import annotations

import csv
import hashlib
import io
import re
import warnings
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Literal

import numpy as np
import pandas as pd

from geomap.errors import InputError
from geomap.models import web_address
from geomap.table import EVENT_COLUMNS, sort_events

Skip = tuple[int, str]  # (file line number, reason)


@dataclass(frozen=True, slots=True)
class Delimited:
    """A delimited file read as text: lower-cased columns, and each row's file line (header = line 1)."""

    frame: pd.DataFrame
    lines: np.ndarray
    skipped: list[Skip]


def _quoting(sep: str) -> Literal[0, 3]:
    """GDELT's tab-separated files are unquoted (a stray " is data); CSV quotes fields as usual."""
    return csv.QUOTE_NONE if sep == "\t" else csv.QUOTE_MINIMAL


def _records(data: bytes, sep: str) -> tuple[np.ndarray, np.ndarray]:
    """First line and blankness of each record, for files with blank lines or quoted line breaks."""
    reader = csv.reader(
        io.StringIO(data.decode("utf-8-sig"), newline=""), delimiter=sep, quoting=_quoting(sep)
    )
    starts, blank, previous = [], [], 0
    for row in reader:
        starts.append(previous + 1)
        blank.append(not row)
        previous = reader.line_num
    return np.array(starts, dtype=int), np.array(blank, dtype=bool)


def _lines(
    data: bytes, sep: str, header: int, n_rows: int, bad: dict[int, str]
) -> tuple[np.ndarray, list[Skip]]:
    """File line of each parsed row, and the malformed records pandas skipped (it numbers records)."""
    n_lines = data.count(b"\n") + (not data.endswith(b"\n"))
    if n_lines == header + n_rows + len(bad) and b"\n\n" not in data and b"\n\r\n" not in data:
        starts, blank = np.arange(1, n_lines + 1), np.zeros(n_lines, dtype=bool)  # one line per record
    else:
        starts, blank = _records(data, sep)
    record = np.arange(1, len(starts) + 1)
    good = ~blank & (record > header) & ~np.isin(record, list(bad))
    return starts[good], [(int(starts[r - 1]), f"malformed line: {why}") for r, why in bad.items()]


def read_delimited(data: bytes, path: str, sep: str, names: Sequence[str] | None = None) -> Delimited:
    """Parse every field as text ("" when blank or missing); lines with too many fields are reported."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", pd.errors.ParserWarning)
        try:
            frame = pd.read_csv(
                io.BytesIO(data),
                sep=sep,
                dtype=object,  # typed per column on use: half the parse time for files with many columns
                keep_default_na=False,
                na_filter=False,
                quoting=_quoting(sep),
                on_bad_lines="warn",
                encoding="utf-8-sig",
                header=None if names else 0,
                names=list(names) if names else None,
            )
        except (UnicodeDecodeError, pd.errors.ParserError, ValueError) as exc:
            raise InputError(f"cannot parse as {sep!r}-separated text: {exc}", path) from exc
    found = (re.match(r"Skipping line (\d+): (.*)", str(w.message).strip()) for w in caught)
    bad = {int(m[1]): m[2] for m in found if m}
    lines, skipped = _lines(data, sep, 0 if names else 1, len(frame), bad)
    frame.columns = [str(c).strip().lower() for c in frame.columns]
    return Delimited(frame, lines, skipped)


class RowChecks:
    """The first reason, per row, that a row cannot be imported."""

    def __init__(self, n: int) -> None:
        self.reasons = np.full(n, "", dtype=object)

    def fail(self, bad: Any, why: Callable[[int], str]) -> None:
        """Mark rows where ``bad`` is true (unless already failed), explaining each with ``why(row)``."""
        for i in np.flatnonzero(np.asarray(bad, dtype=bool) & (self.reasons == "")):
            self.reasons[i] = why(int(i))

    @property
    def ok(self) -> np.ndarray:
        return np.asarray(self.reasons == "", dtype=bool)

    def skipped(self, lines: np.ndarray) -> list[Skip]:
        return [(int(lines[i]), str(self.reasons[i])) for i in np.flatnonzero(~self.ok)]


def coordinates(checks: RowChecks, lat_text: pd.Series, lon_text: pd.Series) -> tuple[pd.Series, pd.Series]:
    """Latitude/longitude (stripped text) as floats; missing, non-numeric or out-of-range ones fail."""
    lat, lon = pd.to_numeric(lat_text, errors="coerce"), pd.to_numeric(lon_text, errors="coerce")
    checks.fail((lat_text == "") | (lon_text == ""), lambda i: "missing coordinates")
    checks.fail(
        lat.isna() | lon.isna(), lambda i: f"non-numeric coordinates {lat_text[i]!r}, {lon_text[i]!r}"
    )
    out = ~lat.between(-90, 90) | ~lon.between(-180, 180)
    checks.fail(out, lambda i: f"coordinates out of range: lat {lat[i]}, lon {lon[i]}")
    return lat, lon


def actors(first: pd.Series, second: pd.Series) -> list[list[str]]:
    """The non-blank actor names of each row."""
    return [[a for a in pair if a] for pair in zip(first.tolist(), second.tolist())]


def parse_dates(text: pd.Series, formats: Sequence[str]) -> pd.Series:
    """Datetimes from the first format that parses each value (NaT when none does)."""
    out = pd.to_datetime(text, format=formats[0], errors="coerce")
    for fmt in formats[1:]:
        todo = out.isna() & (text != "")
        if not todo.any():
            break
        out = out.fillna(pd.to_datetime(text.where(todo, ""), format=fmt, errors="coerce"))
    return out


def text_column(frame: pd.DataFrame, name: str) -> pd.Series:
    """A column as stripped text; all blank when the file lacks the column (optional columns)."""
    return (
        frame[name].astype(str).str.strip() if name in frame else pd.Series("", index=frame.index, dtype=str)
    )


def slugs(names: pd.Series, sep: str = "-", empty: str = "place") -> pd.Series:
    """Lower-case, runs of non-word characters → ``sep``; Unicode letters kept, ``empty`` for blanks."""
    slug = names.str.lower().str.replace(r"[\W_]+", sep, regex=True).str.strip(sep)
    return slug.where(slug != "", empty)


def place_ids(origin: str, names: pd.Series, lat: pd.Series, lon: pd.Series) -> pd.Series:
    """`<origin>:<slug of the name>@<lat>,<lon>`: one place per name and point (ACLED repeats village names)."""
    return origin + ":" + slugs(names.astype(str)) + "@" + lat.map("{:.4f}".format) + "," + lon.map("{:.4f}".format)


def _content_ids(origin: str, cols: Mapping[str, Any]) -> list[str]:
    """Stable ids for rows without one of their own: a hash of what the row says."""
    keys = ("date", "type", "place", "lat", "lon", "summary", "sentence")
    rows = zip(*(map(str, cols[k]) for k in keys), ("|".join(a) for a in cols["actors"]))
    return [f"{origin}:{hashlib.sha1(chr(31).join(r).encode()).hexdigest()[:16]}" for r in rows]


def _dedupe(ids: pd.Series, lines: np.ndarray) -> tuple[np.ndarray, list[Skip]]:
    """Keep the first row of each id; report the others."""
    first = pd.Series(lines, index=ids.to_numpy()).groupby(level=0).transform("first").to_numpy()
    dup = ids.duplicated().to_numpy()
    return ~dup, [
        (int(lines[i]), f"duplicate event id {ids.iloc[i]} (first on line {first[i]})")
        for i in np.flatnonzero(dup)
    ]


def _frame(cols: dict[str, list[Any]]) -> pd.DataFrame:
    """The events table built column-wise (``table.events_frame`` builds it row by row, ~5x slower at 100k
    rows); same columns, dtypes and order, which tests/test_importers.py checks against ``events_frame``."""
    frame = pd.DataFrame({c: pd.Series(cols[c], dtype=object) for c in EVENT_COLUMNS}).astype(
        {"lat": "float64", "lon": "float64"}
    )
    return sort_events(frame)


def events_table(
    origin: str, cols: dict[str, list[Any]], lines: np.ndarray
) -> tuple[pd.DataFrame, list[Skip]]:
    """Checked columns (date, type, place, lat, lon, …, own_id, doc_id, source, url, sentence) → table."""
    own = cols["own_id"]
    hashed = _content_ids(origin, cols) if not all(own) else own
    ids = [f"{origin}:{o}" if o else hashed[i] for i, o in enumerate(own)]
    keep, dupes = _dedupe(pd.Series(ids, dtype=object), lines)
    places = place_ids(origin, pd.Series(cols["place"], dtype=str), pd.Series(cols["lat"]), pd.Series(cols["lon"]))
    out = {k: [v or None for v in cols[k]] for k in ("country_code", "source", "sentence")}
    out["url"] = [web_address(u) for u in cols["url"]]  # a web address, or no link ("javascript:…")
    out |= {
        k: cols[k]
        for k in ("date", "date_precision", "type", "summary", "actors", "place", "place_kind", "lat", "lon")
    }
    out |= {"id": ids, "place_id": places.tolist(), "role": ["occurred"] * len(ids), "origin": [origin] * len(ids)}
    out["sources"] = [
        [{"doc_id": d, "source": s, "url": u, "title": None, "sentence": t, "place_span": None, "date_span": None}]
        for d, s, u, t in zip(cols["doc_id"], out["source"], out["url"], out["sentence"])
    ]
    if not keep.all():
        rows = np.flatnonzero(keep).tolist()
        out = {c: [out[c][i] for i in rows] for c in EVENT_COLUMNS}
    return _frame(out), dupes
