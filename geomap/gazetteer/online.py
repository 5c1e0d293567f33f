"""Optional online fallback: Nominatim through geopy, for names the offline index lacks.

Off unless asked for (`--online --user-agent ...`; `--nominatim-url` for another server). Requests go through
geopy's RateLimiter (at most one per second, Nominatim's usage policy), without retries, and every answer,
including "nothing found", is cached on disk so a rebuild asks nothing twice. A failed request (no network,
a server error, HTTP 429 "too many requests") leaves the name unresolved with the reason, and the server is
not asked again in that run; an unusable answer (no coordinates, or out of range) leaves that name unresolved.
Neither stops the build, and neither is cached.
"""

from __future__ import annotations

import json
import os
import re
import tempfile
import warnings
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from geomap.gazetteer.embedded import cache_dir
from geomap.models import Place
from geomap.names import fold

KIND_OF_TYPE = {
    "city": "city", "town": "city", "village": "city", "hamlet": "city", "suburb": "city", "municipality": "city",
    "borough": "city", "quarter": "city", "neighbourhood": "city", "state": "admin1", "province": "admin1",
    "region": "admin1", "county": "admin2", "district": "admin2", "country": "country", "continent": "continent",
    "sea": "water", "bay": "water", "water": "water", "strait": "water", "ocean": "water",
}


def place_from_nominatim(raw: dict[str, Any]) -> Place:
    """A Place from one Nominatim JSON result (its OSM object becomes the id, e.g. "osm:relation-60199");
    ValueError when it has no usable coordinates."""
    kind = KIND_OF_TYPE.get(raw.get("addresstype") or raw.get("type") or "", "other")
    address = raw.get("address") or {}
    cc = (address.get("country_code") or "").upper() or None
    name = raw.get("name") or str(raw.get("display_name", "")).split(",")[0]
    try:
        lat, lon = round(float(raw["lat"]), 6), round(float(raw["lon"]), 6)
    except (KeyError, TypeError, ValueError):
        raise ValueError(f"no coordinates in the answer for {name!r}") from None
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        raise ValueError(f"coordinates out of range in the answer for {name!r}: {lat}, {lon}")
    return Place(f"osm:{raw.get('osm_type', 'place')}-{raw.get('osm_id', raw.get('place_id'))}", name, kind,
                 lat, lon, cc if cc and len(cc) == 2 else None, None, 0, "NOMINATIM")


def server_parts(url: str) -> tuple[str, str]:
    """(scheme, domain with any path) of a Nominatim base URL ("http://127.0.0.1:8080/nominatim"); ValueError
    for anything else."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise ValueError(f"not an http(s) address: {url!r}")
    return parts.scheme, parts.netloc + parts.path.rstrip("/")


class NominatimFallback:
    """Looks names up on a Nominatim server, rate-limited and cached."""

    def __init__(self, user_agent: str, *, domain: str = "nominatim.openstreetmap.org", scheme: str = "https",
                 cache_file: Path | None = None, min_delay_seconds: float = 1.0, timeout: float = 10.0) -> None:
        from geopy.adapters import RequestsAdapter
        from geopy.extra.rate_limiter import RateLimiter
        from geopy.geocoders import Nominatim

        geocoder = Nominatim(user_agent=user_agent, domain=domain, scheme=scheme, timeout=timeout,
                             adapter_factory=lambda **kw: RequestsAdapter(max_retries=0, **kw))  # no hidden retries
        self._geocode = RateLimiter(geocoder.geocode, min_delay_seconds=min_delay_seconds, max_retries=0,
                                    swallow_exceptions=False)
        self.cache_file = cache_file or cache_dir() / "nominatim.json"
        self._cache: dict[str, Any] = self._load()
        self._down: str | None = None  # why the server failed, once it has: not asked again this run

    def _load(self) -> dict[str, Any]:
        try:
            return dict(json.loads(self.cache_file.read_text(encoding="utf-8")))
        except (OSError, ValueError):
            return {}

    def _save(self) -> None:
        self.cache_file.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".nominatim-", dir=self.cache_file.parent)
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(self._cache, fh, ensure_ascii=False, sort_keys=True)
        os.replace(tmp, self.cache_file)

    def lookup(self, name: str) -> tuple[Place | None, str | None]:
        """(place, None) when found, (None, reason) when not."""
        from geopy.exc import GeopyError

        key = fold(name)
        if key not in self._cache:
            if self._down:  # (the first failure gave the server's message; the rest need not repeat it)
                return None, f"online lookup skipped: the server failed before ({self._down.partition(':')[0]})"
            try:
                with warnings.catch_warnings():  # (geopy warns before refusing a latitude out of range)
                    warnings.simplefilter("ignore", UserWarning)
                    location = self._geocode(name, exactly_one=True, addressdetails=True, language="en")
            except GeopyError as exc:  # no network, a server error, HTTP 429, an answer that is no JSON
                self._down = f"{type(exc).__name__}: {_cause(exc)}"
                return None, f"online lookup failed: {self._down}"
            except ValueError as exc:  # coordinates geopy cannot read
                return None, f"online answer unusable: {exc}"
            raw = location.raw if location else None
            if raw:
                try:
                    place_from_nominatim(raw)
                except ValueError as exc:  # (not kept: a mended server is asked again)
                    return None, f"online answer unusable: {exc}"
            self._cache[key] = raw
            self._save()
        raw = self._cache[key]
        try:
            return (place_from_nominatim(raw), None) if raw else (None, "not found online either")
        except ValueError as exc:  # (a cache written before answers were checked)
            return None, f"online answer unusable: {exc}"


def _cause(exc: Exception) -> str:
    """What went wrong, short: the operating system's words when the message carries them ("[Errno 111]
    Connection refused", deep in urllib3's "Max retries exceeded … (Caused by …)"), else the first line,
    cut at a word."""
    text = (str(exc).splitlines() or [""])[0]
    if errno := re.search(r"\[Errno -?\d+\] [^'\"()]+", text):
        return errno.group(0).strip()
    return text if len(text) <= 160 else text[:160].rsplit(" ", 1)[0] + " …"
