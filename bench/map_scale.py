"""How the map scales: render time, page size and time until Chromium shows the markers.

    python bench/map_scale.py                       # 100,000 events over 20,000 places
    python bench/map_scale.py --events 20000 --places 5000 --baseline 0
    python bench/map_scale.py --without-events 5000  # and 5,000 more places that only articles mention

Synthetic data from a seeded RNG: places scattered around hotspots (cities, some admin areas, countries with
basemap outlines, small polygon regions), events skewed towards busy places, dates at every precision (a few
undated), one to two sources per event with sentences of realistic length; --without-events adds places
that have none. The page is rendered offline --runs times (median reported; the runs must give the same
bytes), written to a temporary folder and opened from file:// with the network blocked. "Shows" = from
navigation start until a marker or cluster is in the page with a non-empty box and, for geomap, every marker
has been added to its cluster layer (body[data-geomap=ready]); median of --runs. The baseline is the naive
page (one folium CircleMarker per place with its popup HTML, in a folium MarkerCluster) at a smaller size, its
libraries served from the vendored copies; measured in the same run, it puts numbers from a noisy machine in
proportion.
"""

from __future__ import annotations

import argparse
import itertools
import json
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from geomap.render import assets, render_map
from geomap.table import events_frame, places_frame

CHROMIUM = "/usr/bin/chromium"
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]
TYPES = {
    "military": 30,
    "humanitarian": 18,
    "meeting": 14,
    "protest": 10,
    "statement": 10,
    "sanctions": 6,
    "election": 5,
    "disaster": 4,
    "arrest": 3,
}
PRECISIONS = {"day": 82, "month": 6, "week": 3, "year": 3, "season": 1, "unknown": 5}
SHOWN = """() => {
  if (window.geomap && document.body.dataset.geomap !== 'ready') return false;  // geomap: all markers in
  const node = document.querySelector('.marker-cluster, .gm-pin, .leaflet-interactive');
  if (!node) return false;
  const box = node.getBoundingClientRect();
  return box.width > 0 && box.height > 0 ? performance.now() : false;
}"""


class Prose:
    """Seeded filler text as compressible as news prose (gzip ~2.4x; real news text here ~2.5x): a 20,000-word
    vocabulary of letter strings, drawn with Zipf frequencies."""

    LETTERS = "etaoinshrdlcumwfgypbvkjxqz"
    FREQUENCIES = (12.7, 9.1, 8.2, 7.5, 7.0, 6.7, 6.3, 6.1, 6.0, 4.3, 4.0, 2.8, 2.8, 2.4, 2.4, 2.2, 2.0, 2.0, 1.9,
                   1.5, 1.0, 0.8, 0.15, 0.15, 0.1, 0.07)  # fmt: skip

    def __init__(self, rng: random.Random, size: int = 20_000) -> None:
        self.rng = rng
        lengths = [2, 2, 3, 3, 4, 4, 5, 5, 6, 7, 8, 9, 10]
        self.vocabulary = [
            "".join(rng.choices(self.LETTERS, self.FREQUENCIES, k=rng.choice(lengths))) for _ in range(size)
        ]
        self.cumulative = list(itertools.accumulate(1 / rank for rank in range(1, size + 1)))

    def words(self, n: int) -> str:
        return " ".join(self.rng.choices(self.vocabulary, cum_weights=self.cumulative, k=n))

    def name(self) -> str:
        return self.words(1).title()


def synthetic_places(rng: random.Random, count: int) -> list[dict[str, Any]]:
    """Cities around hotspots, 2% admin areas, up to 100 countries, 0.25% small polygon regions."""
    prose = Prose(rng, 5_000)
    hotspots = [(rng.uniform(-40, 65), rng.uniform(-120, 150)) for _ in range(60)]
    countries = sorted(rng.sample(sorted(_country_codes()), min(100, count // 50 or 1)))
    rows = []
    for i in range(count):
        lat0, lon0 = rng.choice(hotspots)
        lat, lon = max(-85.0, min(85.0, rng.gauss(lat0, 4))), max(-179.0, min(179.0, rng.gauss(lon0, 6)))
        kind, cc, geometry = "city", rng.choice(countries), None
        if i < len(countries):
            kind, cc = "country", countries[i]
        elif i % 400 == 7:
            kind, geometry = "region", _square(lat, lon, rng.uniform(0.5, 2))
        elif i % 50 == 3:
            kind = "admin1"
        rows.append(
            {
                "place_id": f"geonames:{100000 + i}",
                "name": f"{prose.name()} {i}",
                "kind": kind,
                "country_code": cc,
                "lat": round(lat, 5),
                "lon": round(lon, 5),
                "geometry": geometry,
                "mentions": 1,
                "events": 0,
            }
        )
    return rows


def _country_codes() -> set[str]:
    return {
        f["properties"]["iso_a2"]
        for f in json.loads(assets.text(assets.BASEMAP))["features"]
        if f["properties"]["iso_a2"]
    }


def _square(lat: float, lon: float, size: float) -> dict[str, Any]:
    ring = [[lon - size, lat - size], [lon + size, lat - size], [lon + size, lat + size], [lon - size, lat + size]]
    return {"type": "Polygon", "coordinates": [[*ring, ring[0]]]}


def synthetic_date(rng: random.Random) -> tuple[str | None, str]:
    precision = rng.choices(list(PRECISIONS), weights=list(PRECISIONS.values()))[0]
    year, month, day = rng.randint(2019, 2024), rng.randint(1, 12), rng.randint(1, 28)
    value = {
        "day": f"{year}-{month:02d}-{day:02d}",
        "month": f"{year}-{month:02d}",
        "year": str(year),
        "week": f"{year}-W{rng.randint(1, 52):02d}",
        "season": f"{year}-{rng.choice(['SP', 'SU', 'FA', 'WI'])}",
        "unknown": None,
    }[precision]
    return value, precision


def synthetic_source(prose: Prose, doc: str, outlet: str, place: str) -> dict[str, Any]:
    """One article's report: a ~22-word sentence naming the place, its span marked."""
    before = prose.words(8) + " "
    return {
        "doc_id": doc,
        "source": outlet,
        "url": f"https://{outlet.split()[0].lower()}.example/{doc}",
        "sentence": f"{before}{place} {prose.words(12)}.",
        "place_span": [len(before), len(before) + len(place)],
        "date_span": None,
    }


def synthetic_event(i: int, place: dict[str, Any], sources: list[Any], prose: Prose, actors: list[str]) -> dict:
    """One events-table row at a place."""
    rng = prose.rng
    date, precision = synthetic_date(rng)
    kind = rng.choices(list(TYPES), weights=list(TYPES.values()))[0]
    return {
        **{k: place[k] for k in ("place_id", "country_code", "lat", "lon")},
        "id": f"ev{i:07d}",
        "date": date,
        "date_precision": precision,
        "type": kind,
        "summary": f"{kind.title()} {prose.words(4)} in {place['name']}",
        "actors": rng.sample(actors, rng.choice([0, 1, 1, 2, 3])),
        "place": place["name"],
        "place_kind": place["kind"],
        "role": "occurred" if rng.random() < 0.7 else "mentioned",
        "origin": "extracted",
        "sources": sources,
    }


def synthetic_events(rng: random.Random, places: list[dict[str, Any]], count: int) -> list[dict[str, Any]]:
    """Events skewed towards busy places (Pareto weights); five per document, a third sharing the sentence of
    the event before (one sentence, two places), a fifth also reported by a second article."""
    prose = Prose(rng)
    actors = [f"{prose.name()} {prose.name()}" for _ in range(800)]
    outlets = [f"{prose.name()} News" for _ in range(40)]
    chosen = rng.choices(range(len(places)), weights=[rng.paretovariate(1.2) for _ in places], k=count)
    chosen[: len(places)] = range(len(places))  # every place has at least one event
    rows: list[dict[str, Any]] = []
    for i, p in enumerate(chosen):
        place, doc, outlet = places[p], f"doc{i // 5:06d}", outlets[i // 5 % len(outlets)]
        sources = [synthetic_source(prose, doc, outlet, place["name"])]
        if i % 3 == 1 and rows:  # the previous event's sentence (its place span is not this place's)
            sources = [dict(rows[-1]["sources"][0], place_span=None)]
        if rng.random() < 0.2:
            sources.append(synthetic_source(prose, doc + "b", outlets[(i + 7) % len(outlets)], place["name"]))
        rows.append(synthetic_event(i, place, sources, prose, actors))
    return rows


def tables(n_events: int, n_places: int, seed: int, without_events: int = 0) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Events over the first ``n_places`` places; ``without_events`` more places have none."""
    rng = random.Random(seed)
    places = synthetic_places(rng, n_places + without_events)
    return events_frame(synthetic_events(rng, places[:n_places], n_events)), places_frame(places)


class Browser:
    """One headless Chromium; each load gets a fresh context with the network blocked."""

    def __init__(self) -> None:
        from playwright.sync_api import sync_playwright

        self._pw = sync_playwright().start()
        self.browser = self._pw.chromium.launch(executable_path=CHROMIUM, headless=True, args=ARGS)

    def shows(self, path: Path, serve: dict[str, str] | None = None) -> float:
        """Seconds from navigation start until markers are visible; fails on page errors or requests."""
        context = self.browser.new_context(viewport={"width": 1280, "height": 800})
        problems: list[str] = []
        context.route("**/*", lambda route: self._route(route, serve or {}, problems))
        page = context.new_page()
        page.on("pageerror", lambda e: problems.append(f"page error: {e}"))
        page.goto(path.as_uri(), wait_until="commit")
        try:
            shown = page.wait_for_function(SHOWN, polling="raf", timeout=60_000).json_value()
        except Exception as error:
            raise RuntimeError(f"{path.name}: markers never showed; {problems[-5:]}") from error
        finally:
            context.close()
        if problems and serve is None:
            raise RuntimeError("; ".join(problems[:5]))
        return float(shown) / 1000

    @staticmethod
    def _route(route: Any, serve: dict[str, str], problems: list[str]) -> None:
        url = route.request.url
        name = url.rsplit("/", 1)[-1]
        if url.startswith("file://"):
            route.continue_()
        elif name in serve:
            route.fulfill(body=serve[name], headers={"Access-Control-Allow-Origin": "*"})
        else:
            problems.append(f"network request: {url}")
            route.abort()

    def close(self) -> None:
        self.browser.close()
        self._pw.stop()


def baseline_html(events: pd.DataFrame, places: pd.DataFrame) -> str:
    """The naive page: a folium CircleMarker per place, popup HTML per event, folium's MarkerCluster."""
    import html

    import folium
    from folium.plugins import MarkerCluster

    fmap = folium.Map()  # folium's default OpenStreetMap tiles (requests aborted here) also set maxZoom
    cluster = MarkerCluster().add_to(fmap)
    for (_, name, lat, lon), group in events.groupby(["place_id", "place", "lat", "lon"], sort=True):
        items = "".join(
            f"<li>{html.escape(str(d))} {html.escape(t)}: {html.escape(s)}</li>"
            for d, t, s in zip(group["date"], group["type"], group["summary"], strict=True)
        )
        folium.CircleMarker(
            [lat, lon], radius=6, popup=folium.Popup(f"<b>{html.escape(name)}</b><ul>{items}</ul>", max_width=300)
        ).add_to(cluster)
    fmap.fit_bounds([[places["lat"].min(), places["lon"].min()], [places["lat"].max(), places["lon"].max()]])
    return fmap.get_root().render()


def measure(
    label: str, html_of: Any, browser: Browser | None, runs: int, folder: Path, serve: dict[str, str] | None = None
) -> tuple[float, float]:
    """Prints and returns (median render seconds, HTML MB) of one page, with browser load times if asked.
    geomap's page must come out byte-identical every time (folium's own ids are random)."""
    pages, times = set(), []
    for _ in range(runs):
        start = time.perf_counter()
        pages.add(html_of())
        times.append(time.perf_counter() - start)
    if len(pages) != 1 and label.startswith("geomap"):
        raise RuntimeError(f"{label}: {len(pages)} different pages from the same input")
    html, seconds = pages.pop(), statistics.median(times)
    path = folder / f"{label}.html"
    path.write_text(html, encoding="utf-8")
    line = f"{label}: render {seconds:.2f} s (median of {runs}: {', '.join(f'{t:.2f}' for t in times)}), "
    line += f"HTML {len(html.encode()) / 1e6:.2f} MB"
    if browser is not None:
        loads = [browser.shows(path, serve) for _ in range(runs)]
        line += f", browser shows markers in {statistics.median(loads):.2f} s (median of {runs}: "
        line += ", ".join(f"{t:.2f}" for t in loads) + ")"
    print(line, flush=True)
    return seconds, len(html.encode()) / 1e6


def vendored() -> dict[str, str]:
    """File name -> body served for the baseline's CDN requests: the vendored libraries, and for jQuery
    (not vendored) the one call folium's popups make: $(html)[0]."""
    served = {Path(name).name: assets.text(name) for name in assets.VENDOR_JS + assets.VENDOR_CSS}
    served["jquery-3.7.1.min.js"] = (
        "window.$ = (html) => { const t = document.createElement('template'); t.innerHTML = html.trim(); "
        "return [t.content.firstChild]; };"
    )
    return served


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--places", type=int, default=20_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--without-events", type=int, default=0, help="extra places that have no event")
    parser.add_argument("--runs", type=int, default=3, help="renders and browser loads per page (median reported)")
    parser.add_argument("--baseline", type=int, default=5_000, help="events for the naive page (0: skip)")
    parser.add_argument("--no-browser", action="store_true", help="only render and size")
    args = parser.parse_args()
    events, places = tables(args.events, args.places, args.seed, args.without_events)
    print(f"{len(events):,} events over {args.places:,} places, {args.without_events:,} places without events "
          f"(seed {args.seed})", flush=True)  # fmt: skip
    browser = None if args.no_browser else Browser()
    try:
        with tempfile.TemporaryDirectory() as tmp:
            measure("geomap-offline", lambda: render_map(events, places, offline=True), browser, args.runs, Path(tmp))
            if args.baseline:
                n_places = max(1, args.places * args.baseline // args.events)
                small_events, small_places = tables(args.baseline, n_places, args.seed)
                print(f"baseline: {args.baseline:,} events over {n_places:,} places", flush=True)
                seconds, size = measure(
                    "folium-markers",
                    lambda: baseline_html(small_events, small_places),
                    browser,
                    args.runs,
                    Path(tmp),
                    vendored(),
                )
                scale = args.events / args.baseline
                print(
                    f"folium-markers scaled linearly to {args.events:,} events: render ~{seconds * scale:.0f} s, "
                    f"HTML ~{size * scale:.0f} MB",
                    flush=True,
                )
    finally:
        if browser is not None:
            browser.close()


if __name__ == "__main__":
    main()
