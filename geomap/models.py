"""The records that flow between pipeline stages: frozen, slotted, typed."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from geomap.names import fold

KINDS = ("city", "admin1", "admin2", "country", "region", "continent", "water", "other")
PRECISIONS = ("time", "day", "week", "month", "season", "year", "decade", "unknown")
ROLES = ("occurred", "mentioned")
MAP_GENERATOR = '<meta name="generator" content="geomap">'  # in every map page: no article when read back
_WEB = re.compile(r"https?://[^\s/?#]+", re.IGNORECASE)


def web_address(url: object) -> str | None:
    """An absolute http(s) URL, stripped; anything else ("javascript:…", "data:…", a relative path) is no link."""
    return url.strip() if isinstance(url, str) and _WEB.match(url.strip()) else None


@dataclass(frozen=True, slots=True)
class Article:
    """One input document; offsets everywhere index into `text` (see `geomap.ingest` for what it holds)."""

    id: str
    text: str
    published: date | None = None
    source: str | None = None
    url: str | None = None
    title: str | None = None
    dateline: str | None = None
    dateline_span: tuple[int, int] | None = None
    path: str | None = None
    body_start: int = 0  # where the text begins after the dateline ("Antalya, 10 March 2022 (TDI): ")
    line: int | None = None  # its line in a JSON Lines file

    @property
    def where(self) -> str:
        """Where the article was read, for messages: "file:line", or the file."""
        return f"{self.path}:{self.line}" if self.line else self.path or self.id


@dataclass(frozen=True, slots=True)
class Place:
    """A gazetteer entry. Every place has one point; regions may also carry a GeoJSON geometry."""

    id: str  # "geonames:<id>" or "geomap:<slug>"
    name: str
    kind: str  # one of KINDS
    lat: float
    lon: float
    country_code: str | None = None
    admin1: str | None = None  # GeoNames admin1 code ("05"), for context scoring
    population: int = 0
    feature_code: str | None = None
    geometry: str | None = None  # GeoJSON geometry as text, parsed lazily


@dataclass(frozen=True, slots=True)
class Candidate:
    """A place a name may refer to, with how the name matched it."""

    place: Place
    matched_name: str
    primary: bool  # matched the place's own name (not an alternate)
    score: float = 0.0

    @property
    def own_name(self) -> bool:
        """The name matched is the place's own name, as folded ("gaza" for Gaza, not for Gaza Province)."""
        return fold(self.place.name) == self.matched_name

    @property
    def shortened(self) -> bool:
        """An admin region matched only by its name without the administrative word ("Gaza" for Gaza
        Province, "Borno" for Borno State)."""
        own = fold(self.place.name)
        return (self.place.kind in ("admin1", "admin2") and self.primary and own != self.matched_name
                and (own.startswith(self.matched_name + " ") or own.endswith(" " + self.matched_name)))


@dataclass(frozen=True, slots=True)
class Mention:
    """A span of text that may name a place."""

    start: int
    end: int
    text: str
    candidates: tuple[Candidate, ...] = ()
    street: bool = False  # a street named after a place ("Dublin Road"): it lies in the town the text names


@dataclass(frozen=True, slots=True)
class Toponym:
    """A mention resolved to a place (or left unresolved, with a reason)."""

    start: int
    end: int
    text: str
    place: Place | None
    score: float = 0.0
    reason: str | None = None  # why unresolved


@dataclass(frozen=True, slots=True)
class Timex:
    """A normalised time expression (TIMEX3 value)."""

    start: int
    end: int
    text: str
    value: str  # "2022-03-10", "2022-03", "2022-W10", "2022-SP", "201X", "PRESENT_REF", ...
    precision: str  # one of PRECISIONS
    type: str = "DATE"  # DATE, TIME, DURATION, SET


@dataclass(frozen=True, slots=True)
class Evidence:
    """Where an event was read: the sentence span and the date/place spans used (None if defaulted)."""

    start: int
    end: int
    date_span: tuple[int, int] | None = None
    place_span: tuple[int, int] | None = None


@dataclass(frozen=True, slots=True)
class Event:
    """Something that happened (or was said) at a place and a time, traced to its sentence."""

    id: str
    doc_id: str
    date: str | None  # ISO at its precision, None when unknown
    date_precision: str  # day, week, month, season, year, decade, unknown
    type: str
    summary: str
    actors: tuple[str, ...]
    place: Place
    role: str  # occurred | mentioned
    sentence: str
    evidence: Evidence
    source: str | None = None
    url: str | None = None
    title: str | None = None  # the article's headline
    extra: dict[str, object] = field(default_factory=dict, compare=False, hash=False)
