"""Optional online fallback: Nominatim through geopy, for names the offline index lacks.

Off unless asked for (`--online --user-agent ...`). Requests go through geopy's RateLimiter (at most one
per second, Nominatim's usage policy) and every answer, including "nothing found", is cached on disk so a
rebuild asks nothing twice. A failed request leaves the name unresolved with the reason; it does not stop
the build.
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import Any

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
    """A Place from one Nominatim JSON result (its OSM object becomes the id, e.g. "osm:relation-60199")."""
    kind = KIND_OF_TYPE.get(raw.get("addresstype") or raw.get("type") or "", "other")
    address = raw.get("address") or {}
    cc = (address.get("country_code") or "").upper() or None
    name = raw.get("name") or str(raw.get("display_name", "")).split(",")[0]
    return Place(f"osm:{raw.get('osm_type', 'place')}-{raw.get('osm_id', raw.get('place_id'))}", name, kind,
                 round(float(raw["lat"]), 6), round(float(raw["lon"]), 6), cc, None, 0, "NOMINATIM")


class NominatimFallback:
    """Looks names up on a Nominatim server, rate-limited and cached."""

    def __init__(self, user_agent: str, *, domain: str = "nominatim.openstreetmap.org", scheme: str = "https",
                 cache_file: Path | None = None, min_delay_seconds: float = 1.0, timeout: float = 10.0) -> None:
        from geopy.extra.rate_limiter import RateLimiter
        from geopy.geocoders import Nominatim

        geocoder = Nominatim(user_agent=user_agent, domain=domain, scheme=scheme, timeout=timeout)
        self._geocode = RateLimiter(geocoder.geocode, min_delay_seconds=min_delay_seconds, max_retries=0,
                                    swallow_exceptions=False)
        self.cache_file = cache_file or cache_dir() / "nominatim.json"
        self._cache: dict[str, Any] = self._load()

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
            try:
                location = self._geocode(name, exactly_one=True, addressdetails=True, language="en")
            except GeopyError as exc:
                return None, f"online lookup failed: {type(exc).__name__}: {exc}"
            self._cache[key] = location.raw if location else None
            self._save()
        raw = self._cache[key]
        return (place_from_nominatim(raw), None) if raw else (None, "not found online either")
