"""GDELT 1.0/2.0 event records (header form as TSV or CSV, or the raw headerless ``.export.CSV``) → events."""

from __future__ import annotations

import re
from functools import cache

import pandas as pd

from geomap.importers._common import (
    Delimited,
    RowChecks,
    Skip,
    actors,
    coordinates,
    events_table,
    parse_dates,
    text_column,
)
from geomap.importers.countries import iso2_from_fips

REQUIRED = frozenset({"sqldate", "actiongeo_lat", "actiongeo_long"})
_ACTOR = (
    "{a}Code {a}Name {a}CountryCode {a}KnownGroupCode {a}EthnicCode {a}Religion1Code {a}Religion2Code "
    "{a}Type1Code {a}Type2Code {a}Type3Code"
)
_EVENT = (
    "IsRootEvent EventCode EventBaseCode EventRootCode QuadClass GoldsteinScale NumMentions NumSources "
    "NumArticles AvgTone"
)
_GEO = "{g}_Type {g}_FullName {g}_CountryCode {g}_ADM1Code {adm2} {g}_Lat {g}_Long {g}_FeatureID"


def _columns(adm2: bool) -> tuple[str, ...]:
    geo = " ".join(
        _GEO.format(g=g, adm2=f"{g}_ADM2Code" if adm2 else "")
        for g in ("Actor1Geo", "Actor2Geo", "ActionGeo")
    )
    return tuple(
        f"GLOBALEVENTID SQLDATE MonthYear Year FractionDate {_ACTOR.format(a='Actor1')} "
        f"{_ACTOR.format(a='Actor2')} {_EVENT} {geo} DATEADDED SOURCEURL".split()
    )


# Headerless files by field count: GDELT 1.0 backfile (no SOURCEURL), 1.0 daily, 2.0 (adds *_ADM2Code).
LAYOUTS = {57: _columns(False)[:-1], 58: _columns(False), 61: _columns(True)}

# CAMEO root code → (our type, CAMEO's name for the root). Types are geomap's taxonomy (geomap.event_types):
# verbal cooperation and conflict are statements, consultations and diplomacy meetings, material conflict
# follows ACLED's classes.
CAMEO_ROOTS = {
    "01": ("statement", "Make public statement"),
    "02": ("statement", "Appeal"),
    "03": ("statement", "Express intent to cooperate"),
    "04": ("meeting", "Consult"),
    "05": ("meeting", "Engage in diplomatic cooperation"),
    "06": ("strategic_developments", "Engage in material cooperation"),
    "07": ("humanitarian", "Provide aid"),
    "08": ("strategic_developments", "Yield"),
    "09": ("strategic_developments", "Investigate"),
    "10": ("statement", "Demand"),
    "11": ("statement", "Disapprove"),
    "12": ("statement", "Reject"),
    "13": ("statement", "Threaten"),
    "14": ("protests", "Protest"),
    "15": ("military", "Exhibit force posture"),
    "16": ("strategic_developments", "Reduce relations"),
    "17": ("strategic_developments", "Coerce"),
    "18": ("violence_against_civilians", "Assault"),
    "19": ("battles", "Fight"),
    "20": ("violence_against_civilians", "Use unconventional mass violence"),
}
# Base codes whose type differs from their root's (riots, bombings, shelling, air strikes, WMD), with CAMEO's name.
CAMEO_BASES = {
    "145": ("riots", "Protest violently, riot"),
    "183": ("explosions_remote_violence", "Conduct suicide, car, or other non-military bombing"),
    "194": ("explosions_remote_violence", "Fight with artillery and tanks"),
    "195": ("explosions_remote_violence", "Employ aerial weapons"),
    "204": ("explosions_remote_violence", "Use weapons of mass destruction"),
}
GEO_TYPES = {"1": "country", "2": "admin1", "3": "city", "4": "city", "5": "admin1"}  # else other


def headerless_layout(first_line: str) -> tuple[str, ...] | None:
    """Column names for a raw GDELT export line (tab-separated, id then an 8-digit SQLDATE), else None."""
    fields = first_line.split("\t")
    if len(fields) in LAYOUTS and fields[0].isdigit() and re.fullmatch(r"\d{8}", fields[1]):
        return LAYOUTS[len(fields)]
    return None


def _cameo(code: str) -> tuple[str, str, str]:
    """(type, summary, code) for a CAMEO code, restoring leading zeros a spreadsheet dropped."""
    code = code.zfill(3) if code.isdigit() else ""
    code = "0" + code if code and int(code[:2]) > 20 else code
    if code[:2] not in CAMEO_ROOTS:
        return "other", "Unknown CAMEO event", code
    kind, label = CAMEO_BASES.get(code[:3], CAMEO_ROOTS[code[:2]])  # "Protest violently, riot", not "Protest"
    return kind, f"{label} (CAMEO {code})", code


def convert(table: Delimited, name: str) -> tuple[pd.DataFrame, list[Skip]]:
    """Checked rows → events table, day precision from SQLDATE; bad rows are reported."""

    @cache
    def col(name: str) -> pd.Series:
        return text_column(table.frame, name)

    checks = RowChecks(len(table.frame))
    lat, lon = coordinates(checks, col("actiongeo_lat"), col("actiongeo_long"))
    when = parse_dates(col("sqldate"), ("%Y%m%d",))
    checks.fail(when.isna() | ~col("sqldate").str.fullmatch(r"\d{8}"),  # (strptime would read "2022031" as
                lambda i: f"bad SQLDATE {col('sqldate')[i]!r}")  # 2022-03-01)
    checks.fail(col("actiongeo_fullname") == "", lambda i: "no ActionGeo_FullName")
    ok, lines = checks.ok, table.lines[checks.ok]
    cameo = {c: _cameo(c) for c in col("eventcode").unique()}
    codes, own, url = col("eventcode")[ok].tolist(), col("globaleventid")[ok].tolist(), col("sourceurl")[ok]
    fips = {c: iso2_from_fips(c) for c in col("actiongeo_countrycode").unique()}
    cols = {
        "date": when[ok].dt.strftime("%Y-%m-%d").tolist(),
        "date_precision": ["day"] * len(own),
        "type": [cameo[c][0] for c in codes],
        "summary": [cameo[c][1] for c in codes],
        "actors": actors(col("actor1name")[ok], col("actor2name")[ok]),
        "place": col("actiongeo_fullname")[ok].tolist(),
        "place_kind": col("actiongeo_type")[ok].map(GEO_TYPES).fillna("other").tolist(),
        "country_code": [fips[c] for c in col("actiongeo_countrycode")[ok].tolist()],
        "lat": lat[ok].tolist(),
        "lon": lon[ok].tolist(),
        "own_id": own,
        "doc_id": [o or f"{name}:{line}" for o, line in zip(own, lines)],
        "source": url.str.extract(r"^[A-Za-z][\w+.-]*://(?:www\.)?([^/:?#]+)", expand=False)
        .fillna("")
        .tolist(),
        "url": url.tolist(),
        "sentence": [""] * len(own),
    }
    events, dupes = events_table("gdelt", cols, lines)
    return events, checks.skipped(table.lines) + dupes
