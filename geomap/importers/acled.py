"""ACLED-style CSV (``event_date``, ``event_type``, ``location``, ``latitude``, ``longitude``, …) → events."""

from __future__ import annotations

from functools import cache

import numpy as np
import pandas as pd

from geomap.importers._common import (
    Delimited,
    RowChecks,
    Skip,
    actors,
    coordinates,
    events_table,
    parse_dates,
    slugs,
    text_column,
)
from geomap.importers.countries import iso2_from_any

REQUIRED = frozenset({"event_date", "latitude", "longitude"})
DATE_FORMATS = ("%Y-%m-%d", "%d %B %Y", "%d-%B-%Y", "%d %b %Y", "%d-%b-%Y")
TIME_PRECISION = {"1": "day", "2": "week", "3": "month"}  # blank = 1
GEO_PRECISION = {"1": "city", "2": "admin2", "3": "admin1"}  # anything else = other


def _codes(text: pd.Series) -> pd.Series:
    """Codes as written ("1") or as a spreadsheet saves them ("1.0") all read "1"."""
    return text.str.replace(r"\.0*$", "", regex=True)


def iso_dates(when: pd.Series, precision: pd.Series) -> pd.Series:
    """ISO text at each row's precision: 2022-03-10, 2022-W10 (ISO week), 2022-03."""
    day = when.dt.strftime("%Y-%m-%d")
    out = day.where(precision != "month", day.str.slice(0, 7))
    weekly = (precision == "week") & when.notna()
    if weekly.any():
        iso = when[weekly].dt.isocalendar()
        out[weekly] = iso["year"].astype(str) + "-W" + iso["week"].astype(str).str.zfill(2)
    return out


def _dates(checks: RowChecks, text: pd.Series, precision_text: pd.Series) -> tuple[pd.Series, pd.Series]:
    when = parse_dates(text, DATE_FORMATS)
    checks.fail(when.isna(), lambda i: f"bad event_date {text[i]!r}")
    precision = _codes(precision_text).replace("", "1").map(TIME_PRECISION)
    checks.fail(precision.isna(), lambda i: f"bad time_precision {precision_text[i]!r} (expected 1, 2 or 3)")
    return iso_dates(when, precision.fillna("day")), precision


def _summary(event_type: pd.Series, sub_type: pd.Series, fatalities: pd.Series) -> pd.Series:
    """The sub-event type (ACLED's finer class), with the fatality count when there were any."""
    deaths = pd.to_numeric(fatalities, errors="coerce").fillna(0).astype(int)
    count = np.where(deaths == 1, " (1 fatality)", " (" + deaths.astype(str) + " fatalities)")
    return sub_type.where(sub_type != "", event_type) + np.where(deaths > 0, count, "")


def _countries(iso: pd.Series, country: pd.Series) -> list[str | None]:
    """ISO alpha-2 from the numeric ``iso`` column, else from the ``country`` name."""
    known = {v: iso2_from_any(v) for v in set(iso.unique()) | set(country.unique())}
    return [known[a] or known[b] for a, b in zip(iso.tolist(), country.tolist())]


def convert(table: Delimited, name: str) -> tuple[pd.DataFrame, list[Skip]]:
    """Checked rows → events table; rows with bad coordinates, dates or no location are reported."""

    @cache
    def col(name: str) -> pd.Series:
        return text_column(table.frame, name)

    checks = RowChecks(len(table.frame))
    lat, lon = coordinates(checks, col("latitude"), col("longitude"))
    dates, precision = _dates(checks, col("event_date"), col("time_precision"))
    checks.fail(col("location") == "", lambda i: "no location")
    ok, lines = checks.ok, table.lines[checks.ok]
    own = col("event_id_cnty")[ok].tolist()
    types = slugs(
        col("event_type"), "_", "other"
    )  # "Explosions/Remote violence" → explosions_remote_violence
    cols = {
        "date": dates[ok].tolist(),
        "date_precision": precision[ok].tolist(),
        "type": types[ok].tolist(),
        "summary": _summary(col("event_type"), col("sub_event_type"), col("fatalities"))[ok].tolist(),
        "actors": actors(col("actor1")[ok], col("actor2")[ok]),
        "place": col("location")[ok].tolist(),
        "place_kind": _codes(col("geo_precision")).map(GEO_PRECISION).fillna("other")[ok].tolist(),
        "country_code": np.array(_countries(col("iso"), col("country")), dtype=object)[ok].tolist(),
        "lat": lat[ok].tolist(),
        "lon": lon[ok].tolist(),
        "own_id": own,
        "doc_id": [o or f"{name}:{line}" for o, line in zip(own, lines)],
        "source": col("source")[ok].tolist(),
        "url": [""] * len(own),
        "sentence": col("notes")[ok].tolist(),
    }
    events, dupes = events_table("acled", cols, lines)
    return events, checks.skipped(table.lines) + dupes
