"""The map page, in a real browser (Chromium via Playwright) with every network request blocked."""

from __future__ import annotations

import base64
import gzip
import hashlib
import json
import random
import re
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pandas as pd
import pytest
from playwright.sync_api import Browser, Dialog, Page, expect, sync_playwright
from playwright.sync_api import TimeoutError as PlaywrightTimeout

from geomap.models import web_address
from geomap.render import assets, payload, render_map
from geomap.render import page as render_page
from geomap.render.dates import when
from geomap.table import events_frame, places_frame

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = Path("/usr/bin/chromium")
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]
XSS = ["<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "\"'><svg onload=alert(1)>", "`${alert(1)}`"]
DAY = {"2022-02-24": 19047, "2022-03-10": 19061}

ANTALYA = ("geonames:323777", "Antalya", "city", "TR", 36.90812, 30.69556)
MARIUPOL = ("geonames:701822", "Mariupol", "city", "UA", 47.09514, 37.54131)
KHARKIV = ("geonames:706483", "Kharkiv", "city", "UA", 49.98081, 36.25272)
UKRAINE = ("geonames:690791", "Ukraine", "country", "UA", 49.0, 32.0)
DONBAS = ("geomap:donbas", "Donbas", "region", "UA", 48.2, 38.8)
DONBAS_POLYGON = {
    "type": "Polygon",
    "coordinates": [[[37.2, 47.0], [40.2, 47.3], [40.1, 49.9], [38.0, 50.0], [37.3, 48.8], [37.2, 47.0]]],
}
POLESIA = ("geomap:polesia", "Polesia", "region", "UA", 51.8, 27.5)
POLESIA_POLYGON = {
    "type": "Polygon",
    "coordinates": [[[25.0, 51.0], [30.5, 51.0], [30.5, 52.6], [25.0, 52.6], [25.0, 51.0]]],
}
# Places the seed article only mentions (places-table rows without events), with their mention counts.
KYIV = ("geonames:703448", "Kyiv", "city", "UA", 50.45466, 30.5238)
TURKEY = ("geonames:298795", "Turkey", "country", "TR", 39.0, 35.0)
RUSSIA = ("geonames:2017370", "Russia", "country", "RU", 60.0, 100.0)
EUROPE = ("geomap:continent-europe", "Europe", "continent", None, 48.69096, 9.14062)
MENTIONED = {KYIV: 1, TURKEY: 3, RUSSIA: 10, EUROPE: 1}
SENTENCE = "Antalya, 10 March 2022 (TDI): Sergey Lavrov and Dmytro Kuleba held a meeting in Turkey, today."


def place_row(
    place: tuple[Any, ...], geometry: dict[str, Any] | None = None, mentions: int = 1, events: int = 1
) -> dict[str, Any]:
    pid, name, kind, cc, lat, lon = place
    return {
        "place_id": pid,
        "name": name,
        "kind": kind,
        "country_code": cc,
        "lat": lat,
        "lon": lon,
        "geometry": geometry,
        "mentions": mentions,
        "events": events,
    }


def event_row(
    eid: str,
    place: tuple[Any, ...],
    date: str | None,
    precision: str,
    kind: str,
    summary: str,
    role: str = "occurred",
    actors: tuple[str, ...] = (),
    sentence: str | None = None,
    place_span: list[int] | None = None,
    date_span: list[int] | None = None,
) -> dict[str, Any]:
    pid, name, place_kind, cc, lat, lon = place
    source = {
        "doc_id": "000_1d75afbcd03a558f",
        "source": "TDI",
        "url": "https://news.example/antalya",
        "sentence": sentence,
        "place_span": place_span,
        "date_span": date_span,
    }
    return {
        "id": eid,
        "date": date,
        "date_precision": precision,
        "type": kind,
        "summary": summary,
        "actors": list(actors),
        "place": name,
        "place_id": pid,
        "place_kind": place_kind,
        "country_code": cc,
        "lat": lat,
        "lon": lon,
        "role": role,
        "origin": "extracted",
        "sources": [source],
    }


def seed_tables() -> tuple[pd.DataFrame, pd.DataFrame]:
    """A seed-like set: the Antalya meeting, Mariupol mentioned, Ukraine invaded, Kharkiv at three precisions,
    an offensive in the Polesia region; Kyiv, Turkey, Russia, Europe and the Donbas region without events."""
    events = [
        event_row(
            "e1",
            ANTALYA,
            "2022-03-10",
            "day",
            "meeting",
            "Lavrov and Kuleba met in Antalya",
            actors=("Sergey Lavrov", "Dmytro Kuleba", "Mevlut Cavusoglu"),
            sentence=SENTENCE,
            place_span=[0, 7],
            date_span=[9, 22],
        ),
        event_row(
            "e2",
            MARIUPOL,
            "2022-03-10",
            "day",
            "humanitarian",
            "Humanitarian situation in Mariupol raised",
            role="mentioned",
            sentence="Kuleba raised the humanitarian situation in Mariupol.",
            place_span=[43, 51],
        ),
        event_row(
            "e3",
            UKRAINE,
            "2022-02-24",
            "day",
            "military",
            "Russia invaded Ukraine",
            actors=("Russia",),
            sentence="Russia invaded Ukraine on 24 February.",
            place_span=[15, 22],
            date_span=[26, 37],
        ),
        event_row("e4", KHARKIV, None, "unknown", "humanitarian", "Shelters opened in Kharkiv", role="mentioned"),
        event_row("e5", KHARKIV, "2022-03", "month", "military", "Shelling of Kharkiv"),
        event_row("e6", KHARKIV, "2022-W10", "week", "humanitarian", "Evacuation from Kharkiv"),
        event_row("e7", POLESIA, "2022-04-18", "day", "military", "Offensive in Polesia began"),
    ]
    places = [place_row(p) for p in (ANTALYA, MARIUPOL, KHARKIV, UKRAINE)] + [place_row(POLESIA, POLESIA_POLYGON)]
    places += [place_row(p, mentions=n, events=0) for p, n in MENTIONED.items()]
    places.append(place_row(DONBAS, DONBAS_POLYGON, mentions=2, events=0))
    return events_frame(events), places_frame(places)


def xss_tables() -> tuple[pd.DataFrame, pd.DataFrame]:
    """Every article string is hostile."""
    hostile = " ".join(XSS)
    place = ("geonames:1", "Town " + hostile, "city", "UA", 48.5, 35.0)
    sentence = "🇺🇦 In " + hostile + " on 10 March 2022."  # flag: 2 code points, 4 UTF-16 units
    event = event_row(
        "x1",
        place,
        "2022-03-10",
        "day",
        "<b>raid</b>" + XSS[1],
        "Summary " + hostile,
        actors=tuple(XSS),
        sentence=sentence,
        place_span=[6, 6 + len(hostile)],
        date_span=[len(sentence) - 14, len(sentence) - 1],
    )
    event["sources"][0].update(source="Src " + XSS[2], url="javascript:alert(1)", doc_id=XSS[0],
                               title="Head " + XSS[3])
    quiet = [
        place_row(("geonames:2", "Village " + hostile, XSS[3], "UA", 48.0, 34.0), events=0) | {"cited": [{
            "doc_id": XSS[0], "source": "Src " + XSS[2], "url": "javascript:alert(1)", "title": "Head " + XSS[3],
            "sentence": "Near " + hostile, "place_span": [5, 5 + len(hostile)], "date_span": None}]},
        place_row(("geonames:3", "Land " + hostile, "country", XSS[1], 47.0, 33.0), events=0),
        place_row(("geomap:4", "Area " + hostile, "region", "UA", 48.2, 38.8), DONBAS_POLYGON, events=0),
    ]
    return events_frame([event]), places_frame([place_row(place), *quiet])


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    if not CHROMIUM.exists():
        pytest.fail(f"{CHROMIUM} is missing: the map tests need Debian's chromium (apt-get install chromium)")
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=ARGS)
        yield browser
        browser.close()


class Opened:
    """A page loaded from file:// with the network blocked, recording what it tried and what it logged."""

    def __init__(self, browser: Browser, html: str, path: Path, viewport: tuple[int, int] = (1280, 800)) -> None:
        path.write_text(html, encoding="utf-8")
        self.context = browser.new_context(viewport={"width": viewport[0], "height": viewport[1]})
        self.blocked: list[str] = []
        self.errors: list[str] = []
        self.dialogs: list[str] = []
        self.context.route("**/*", self._route)
        self.page: Page = self.context.new_page()
        self.page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("dialog", self._dialog)
        self.page.goto(path.as_uri())
        self.page.wait_for_selector("body[data-geomap=ready] .gm-rows", state="attached")

    def _dialog(self, dialog: Dialog) -> None:
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    def _route(self, route: Any) -> None:
        if route.request.url.startswith("file://"):
            route.continue_()
        else:
            self.blocked.append(route.request.url)
            route.abort()

    def close(self) -> None:
        self.context.close()
        assert self.blocked == [], f"network requests: {self.blocked}"
        assert self.errors == [], f"console errors: {self.errors}"
        assert self.dialogs == [], f"dialogs fired: {self.dialogs}"


@pytest.fixture()
def seed_page(browser: Browser, tmp_path: Path) -> Iterator[Page]:
    opened = Opened(browser, render_map(*seed_tables(), offline=True, title="Seed <map>"), tmp_path / "map.html")
    yield opened.page
    opened.close()


def count_popup_closes(page: Page) -> None:
    """From now on, count the popups the map closes (read with `popup_closes`)."""
    page.evaluate("() => { window.gmCloses = 0; geomap.apps[0].map.on('popupclose', () => { window.gmCloses++; }); }")


def popup_closes(page: Page) -> int:
    return page.evaluate("window.gmCloses")


def open_popup(page: Page, title: str) -> Any:
    """Clicks the marker titled `title` and waits until its popup has faded in and the map has panned to it:
    a click aimed at the popup while the map still moves can land on the map and close it."""
    page.evaluate(
        "() => { const m = geomap.apps[0].map; window.gmMoving = false;"
        " m.on('movestart', () => { window.gmMoving = true; }); m.on('moveend', () => { window.gmMoving = false; }); }"
    )
    page.locator(f".leaflet-marker-icon[title='{title}']").click()
    page.wait_for_function(
        "!window.gmMoving && getComputedStyle(document.querySelector('.leaflet-popup')).opacity === '1'"
    )
    return page.locator(".leaflet-popup").last


def pins(page: Page, name: str | None = None) -> Any:
    selector = ".leaflet-marker-icon" + (f'[title="{name}"]' if name else "") + " .gm-pin"
    return page.locator(selector)


def expect_places_without_events(page: Page, points: int = 1, areas: int = 3, regions: int = 1) -> None:
    """Kyiv's dot; Turkey's, Russia's and Europe's badges; the Donbas outline (all grey)."""
    expect(page.locator(".leaflet-marker-icon .gm-bare-point")).to_have_count(points)
    expect(page.locator(".leaflet-marker-icon .gm-bare-area")).to_have_count(areas)
    expect(page.locator("path.gm-bare-region")).to_have_count(regions)


def test_offline_map_draws_markers_polygons_and_basemap(seed_page: Page) -> None:
    expect(pins(seed_page)).to_have_count(3)
    expect(seed_page.locator(".leaflet-marker-icon .gm-area")).to_have_count(1)
    expect(seed_page.locator("path.gm-region")).to_have_count(1)
    expect(seed_page.locator("path.gm-country")).to_have_count(1)  # Ukraine; no outline without events
    expect_places_without_events(seed_page)
    expect(seed_page.locator(".leaflet-marker-icon .gm-bare-area")).to_have_text(["Eur", "RU", "TR"])
    expect(seed_page.locator(".gm-totals")).to_have_text("7 events at 5 places · 5 places without events · 1 undated")
    expect(seed_page.locator(".gm-legend")).to_contain_text("grey cluster: number of places without events")
    expect(seed_page.locator(".leaflet-overlay-pane canvas")).to_have_count(1)  # the Natural Earth basemap
    expect(pins(seed_page, "Mariupol")).to_have_class(re.compile("gm-mentioned"))
    expect(pins(seed_page, "Antalya")).to_have_class(re.compile("gm-occurred"))
    attribution = seed_page.locator(".leaflet-control-attribution")
    expect(attribution).to_contain_text("GeoNames (CC BY 4.0)")
    expect(attribution).to_contain_text("Natural Earth")
    expect(seed_page.locator(".gm-legend")).to_contain_text("meeting")
    expect(seed_page.locator(".gm-notice")).to_have_count(0)
    assert seed_page.title() == "Seed <map>"
    (ROOT / "output").mkdir(exist_ok=True)
    seed_page.locator(".leaflet-marker-icon[title='Antalya']").click()
    expect(seed_page.locator(".leaflet-popup").last).to_be_visible()
    seed_page.wait_for_function("getComputedStyle(document.querySelector('.leaflet-popup')).opacity === '1'")
    seed_page.screenshot(path=str(ROOT / "output" / "map_fixture.png"))


def test_popup_lists_events_newest_first_with_undated_last(seed_page: Page) -> None:
    seed_page.locator(".leaflet-marker-icon[title='Kharkiv']").click()
    popup = seed_page.locator(".leaflet-popup").last
    expect(popup.locator(".gm-place-name")).to_have_text("Kharkiv")
    expect(popup.locator(".gm-event .gm-date")).to_have_text(["week 10, 2022", "Mar 2022", "date unknown"])
    expect(popup.locator(".gm-event").last).to_have_class(re.compile("gm-mentioned"))


def test_popup_shows_source_link_and_highlighted_spans(seed_page: Page) -> None:
    seed_page.locator(".leaflet-marker-icon[title='Antalya']").click()
    event = seed_page.locator(".leaflet-popup").last.locator(".gm-event")
    expect(event.locator(".gm-date")).to_have_text("10 Mar 2022")
    expect(event.locator(".gm-type")).to_have_text("meeting")
    expect(event.locator(".gm-actors")).to_have_text("Actors: Sergey Lavrov, Dmytro Kuleba, Mevlut Cavusoglu")
    expect(event.locator("a.gm-source-link")).to_have_attribute("href", "https://news.example/antalya")
    expect(event.locator("mark.gm-mark-place")).to_have_text("Antalya")
    expect(event.locator("mark.gm-mark-date")).to_have_text("10 March 2022")
    expect(event.locator(".gm-sentence")).to_have_text(SENTENCE)


def stop(page: Page, day: int) -> str:
    """The slider position of a day (the sliders step through the days events start or end)."""
    return str(page.evaluate(f"geomap.apps[0].timeStops.indexOf({day})"))


def test_time_control_filters_markers_and_keeps_undated(seed_page: Page) -> None:
    seed_page.locator(".gm-time-from").fill(stop(seed_page, DAY["2022-03-10"]))
    seed_page.locator(".gm-time-to").fill(stop(seed_page, DAY["2022-03-10"]))
    expect(seed_page.locator(".gm-time-label")).to_have_text("10 Mar 2022 – 10 Mar 2022")
    expect(pins(seed_page)).to_have_count(3)  # Antalya, Mariupol, Kharkiv (week 10 overlaps; undated stays)
    expect(seed_page.locator(".leaflet-marker-icon .gm-area")).to_have_count(0)
    expect(seed_page.locator("path.gm-region")).to_have_count(0)
    seed_page.locator(".gm-time-to").fill(stop(seed_page, DAY["2022-02-24"]))
    expect(pins(seed_page)).to_have_count(1)  # Kharkiv, for its undated event
    expect(seed_page.locator(".gm-rows .gm-row .gm-date")).to_have_text(["24 Feb 2022", "date unknown"])
    seed_page.locator(".gm-undated-toggle").uncheck()
    expect(pins(seed_page)).to_have_count(0)
    expect_places_without_events(seed_page)  # no dates: the time filter leaves them alone
    seed_page.locator(".gm-time-reset").click()
    expect(pins(seed_page)).to_have_count(3)
    expect(seed_page.locator(".gm-rows .gm-undated")).to_have_count(0)


def test_play_moves_the_window(seed_page: Page) -> None:
    label = seed_page.locator(".gm-time-label")
    start = label.text_content()
    seed_page.locator(".gm-play").click()
    expect(label).not_to_have_text(start or "")
    seed_page.locator(".gm-play").click()
    expect(seed_page.locator(".gm-play")).to_have_text("▶ Play")


def test_play_leaps_over_stretches_without_events(browser: Browser, tmp_path: Path) -> None:
    """QA: one background event of 1937 made Play crawl through decades of empty frames ("15 Nov 1945 – 28 Sep
    1954 · 0 events") before reaching the news: now the window leaps to the next event."""
    context, page = corner_map(browser, tmp_path, 1280, 800,
                               lambda i: ("1937-05-01" if i == 0 else f"2024-03-0{i}", "x"))
    page.locator(".gm-play").click()
    page.wait_for_function("document.querySelector('.gm-time-label').textContent.includes('2024')", timeout=4000)
    page.locator(".gm-play").click()
    context.close()


def test_play_frames_are_sized_by_the_time_events_fill_not_the_whole_range(browser: Browser, tmp_path: Path) -> None:
    """QA 8: a background event years back made Play's frames two years wide, so a season of news passed in
    one frame: the window is a tenth of the time the events fill, quiet stretches counted a month at most."""
    context, page = corner_map(browser, tmp_path, 1280, 800,
                               lambda i: ("2014-05-01" if i == 0 else f"2024-03-{10 * i:02d}", "x"))
    page.locator(".gm-play").click()
    page.wait_for_function(r"/\d+ \w+ 2024 – \d+ \w+ 2024/.test(document.querySelector('.gm-time-label').textContent)",
                           timeout=4000)
    page.locator(".gm-play").click()
    context.close()


def test_an_offline_map_zooms_no_deeper_than_its_basemap_shows(browser: Browser, tmp_path: Path) -> None:
    """QA 8: a search or list click zoomed to 3 km on the 1:50m basemap, where Kochi's marker stood in the sea."""
    context, page = corner_map(browser, tmp_path, 1280, 800, lambda i: (f"2024-03-0{i + 1}", "x"))
    assert page.evaluate("geomap.apps[0].map.getMaxZoom()") == 10
    context.close()


def test_layer_control_toggles_an_event_type(seed_page: Page) -> None:
    toggle = seed_page.locator(".leaflet-control-layers-overlays label", has_text="meeting").locator("input")
    toggle.uncheck()
    expect(pins(seed_page, "Antalya")).to_have_count(0)
    expect(pins(seed_page)).to_have_count(2)
    expect(seed_page.locator(".gm-list-count")).to_have_text("6 events")
    toggle.check()
    expect(pins(seed_page, "Antalya")).to_have_count(1)


def test_places_without_events_have_their_own_layer(seed_page: Page) -> None:
    toggle = seed_page.locator(".leaflet-control-layers-overlays label", has_text="Places without events")
    expect(toggle.locator("input")).to_be_checked()
    toggle.locator("input").uncheck()
    expect_places_without_events(seed_page, 0, 0, 0)
    expect(pins(seed_page)).to_have_count(3)
    expect(seed_page.locator(".gm-list-count")).to_have_text("7 events")
    toggle.locator("input").check()
    expect_places_without_events(seed_page)


def test_clusters_are_named(seed_page: Page) -> None:
    """QA 7: a cluster's button had no name for screen readers."""
    seed_page.evaluate("() => { geomap.apps[0].map.setZoom(2, {animate: false}); }")
    cluster = seed_page.locator(".marker-cluster").first
    expect(cluster).to_have_attribute("title", re.compile(r"^\d+ events? at \d+ places$"))


def test_clusters_of_places_without_events_are_named(browser: Browser, tmp_path: Path) -> None:
    """QA 8: the grey clusters of places named without events had no name for screen readers."""
    towns = [(f"geonames:{i}", f"Town{i}", "city", "UA", 50.0 + i / 100, 30.0) for i in range(1, 4)]
    event = event_row("e1", CORNERS[1], "2024-03-01", "day", "battles", "x")
    path = tmp_path / "bare.html"
    path.write_text(render_map(events_frame([event]), places_frame(
        [place_row(CORNERS[1]), *(place_row(t, events=0) for t in towns)]), offline=True), encoding="utf-8")
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    context.route("**/*", lambda r: r.continue_() if r.request.url.startswith("file://") else r.abort())
    page = context.new_page()
    page.goto(path.as_uri())
    page.wait_for_selector("body[data-geomap=ready]", state="attached")
    page.evaluate("() => { geomap.apps[0].map.setZoom(3, {animate: false}); }")
    expect(page.locator(".gm-bare-cluster").first).to_have_attribute(
        "title", re.compile(r"^[23] places named without events$"))
    context.close()


def test_markers_are_reached_by_keyboard(seed_page: Page) -> None:
    """QA 5: clusters could be tabbed to, single markers not."""
    for name in ("Antalya", "Kyiv"):  # a place with events, and one without
        marker = seed_page.locator(f".leaflet-marker-icon[title='{name}']")
        expect(marker).to_have_attribute("tabindex", "0")
        marker.focus()
        marker.press("Enter")
        expect(seed_page.locator(".leaflet-popup").last.locator(".gm-place-name")).to_have_text(name)
        marker.press("Escape")  # QA 6: Escape closes it, and the marker keeps the focus
        expect(seed_page.locator(".leaflet-popup")).to_have_count(0)
        expect(marker).to_be_focused()


def test_tab_reaches_the_controls_before_the_markers(seed_page: Page) -> None:
    """QA 11 and 12: the search box came after every marker (54 Tabs on QA's map); QA 13: so did the event
    panel's Play button and list, after the map's own controls."""
    seed_page.locator("body").focus()
    wanted = {"gm-search-input", "gm-play", "gm-row"}
    for _ in range(60):
        seed_page.keyboard.press("Tab")
        classes = set(seed_page.evaluate("[...document.activeElement.classList]"))
        wanted -= classes
        if not wanted:
            break
        assert "leaflet-marker-icon" not in classes, f"a marker before {sorted(wanted)}"
    assert not wanted
    assert seed_page.locator(".leaflet-marker-icon[tabindex='0']").count() > 5  # (the markers are still reached)
    box = seed_page.locator(".gm-side").bounding_box()
    assert box and box["x"] > seed_page.locator(".folium-map").bounding_box()["x"]  # the panel still at the right


def test_the_event_list_is_one_tab_stop_walked_with_the_arrow_keys(seed_page: Page) -> None:
    """QA 13: with the panel before the markers, each of a list's 200 rows would have been a Tab stop."""
    rows = seed_page.locator(".gm-row")
    assert rows.count() > 3
    assert seed_page.locator(".gm-row[tabindex='0']").count() == 1
    rows.first.focus()
    rows.first.press("ArrowDown")
    expect(rows.nth(1)).to_be_focused()
    rows.nth(1).press("End")
    expect(rows.last).to_be_focused()
    rows.last.press("Home")
    expect(rows.first).to_be_focused()
    rows.first.press("ArrowDown")
    seed_page.keyboard.press("Tab")  # the list is left in one step, onwards to the map's controls
    assert "gm-row" not in seed_page.evaluate("document.activeElement.className")


def test_enter_on_a_cluster_keeps_the_focus_on_what_it_opened_into(seed_page: Page) -> None:
    """QA 8: Enter on a cluster zoomed in and the focus fell to the map, so Tab started over from the top."""
    seed_page.evaluate("() => { geomap.apps[0].map.setZoom(2, {animate: false}); }")
    cluster = seed_page.locator(".marker-cluster:not(.gm-bare-cluster)").first
    cluster.focus()
    seed_page.evaluate("window.gmCluster = document.activeElement")
    cluster.press("Enter")
    seed_page.wait_for_function("document.activeElement.classList.contains('leaflet-marker-icon')"
                                " && document.activeElement !== window.gmCluster")  # another marker or cluster
    seed_page.wait_for_timeout(500)  # and it stays there once the zoom has settled
    assert seed_page.evaluate("document.activeElement.classList.contains('leaflet-marker-icon')"
                              " && document.activeElement !== window.gmCluster")
    assert seed_page.evaluate("geomap.apps[0].map.getZoom()") > 2


def test_popup_of_a_place_without_events(seed_page: Page) -> None:
    seed_page.locator(".leaflet-marker-icon[title='Kyiv']").click()
    popup = seed_page.locator(".leaflet-popup").last
    expect(popup.locator(".gm-place-name")).to_have_text("Kyiv")
    expect(popup.locator(".gm-place-kind")).to_have_text("city · UA · 50.5°N 30.5°E")  # (a town: where it lies, QA 13)
    expect(popup.locator(".gm-popup-count")).to_have_text("No events · mentioned once in the articles")
    expect(popup.locator(".gm-event")).to_have_count(0)
    seed_page.locator(".leaflet-marker-icon[title='Russia']").dispatch_event("click")  # off-screen, north-east
    expect(popup.locator(".gm-popup-count")).to_have_text("No events · mentioned 10 times in the articles")


def test_region_without_events_is_drawn_with_its_popup(seed_page: Page) -> None:
    region = seed_page.locator("path.gm-bare-region")
    expect(region).to_have_count(1)
    assert "gm-region" not in (region.get_attribute("class") or "")
    seed_page.evaluate("geomap.apps[0].map.setView([48.5, 38.7], 6, {animate: false}) && null")
    region.click()
    popup = seed_page.locator(".leaflet-popup").last
    expect(popup.locator(".gm-place-name")).to_have_text("Donbas")
    expect(popup.locator(".gm-place-kind")).to_have_text("region · UA")
    expect(popup.locator(".gm-popup-count")).to_have_text("No events · mentioned 2 times in the articles")


def test_search_finds_places_without_events(seed_page: Page) -> None:
    seed_page.locator("a.gm-panel").click()
    seed_page.locator(".leaflet-control-layers-overlays label", has_text="Places without events").locator(
        "input"
    ).uncheck()
    seed_page.locator(".gm-search-input").fill("tur")
    item = seed_page.locator(".gm-search-item", has_text="Turkey")
    expect(item.locator("small")).to_have_text("country · TR · no events")
    item.click()
    expect(seed_page.locator(".leaflet-popup").last.locator(".gm-place-name")).to_have_text("Turkey")
    expect_places_without_events(seed_page)  # focusing a place shows its layer again
    seed_page.locator(".gm-search-input").fill("kyi")
    seed_page.locator(".gm-search-item", has_text="Kyiv").click()
    expect(seed_page.locator(".leaflet-popup").last.locator(".gm-popup-count")).to_contain_text("No events")


def map_of(browser: Browser, tmp_path: Path, text: str, published: date = date(2022, 3, 10)) -> Opened:
    """The offline map `geomap build` makes of one article, opened."""
    from geomap.build import build
    from geomap.gazetteer import open_gazetteer

    article = tmp_path / "article.txt"
    article.write_text(text, encoding="utf-8")
    build([article], tmp_path, open_gazetteer(), offline=True, published=published)
    return Opened(browser, (tmp_path / "map.html").read_text(encoding="utf-8"), tmp_path / "map.html")


def test_search_folds_letters_and_hyphens_and_closes(browser: Browser, tmp_path: Path) -> None:
    """QA 15: "wroclaw" and "forde" found nothing (ł and ø have no accent to take off), nor "Al Haouz" the
    Al-Haouz written with a hyphen (here "Bielsko biala"); the results stayed open after Escape and after a
    click on a list row."""
    opened = map_of(browser, tmp_path, "Floods hit Wrocław on Monday. A landslide closed the road near Førde on "
                                       "Monday. Floods hit Bielsko-Biała on Monday.", date(2024, 3, 6))
    search, items = opened.page.locator(".gm-search-input"), opened.page.locator(".gm-search-item")
    for query, name in (("wroclaw", "Wrocław"), ("forde", "Førde"), ("bielsko biala", "Bielsko-Biala")):
        search.fill(query)
        expect(items.first.locator("span")).to_have_text(name)
    search.press("Escape")
    expect(items).to_have_count(0)
    search.fill("wroc")
    expect(items).to_have_count(1)
    opened.page.locator(".gm-rows .gm-row").first.click()
    expect(items).to_have_count(0)
    opened.close()


def test_search_tells_namesakes_of_one_country_apart(browser: Browser, tmp_path: Path) -> None:
    """QA 7: "Portland · city · US" twice, Maine's and Oregon's, looked alike."""
    opened = map_of(browser, tmp_path, "Storms hit Portland, Maine, on Monday. Protesters marched in Portland, "
                                       "Oregon, on Tuesday.", date(2024, 3, 6))
    opened.page.locator(".gm-search-input").fill("Portland")
    notes = opened.page.locator(".gm-search-item small")
    expect(notes).to_have_count(2)
    assert sorted(n.split(" · ")[2] for n in notes.all_inner_texts()) == ["43.7°N 70.3°W", "45.5°N 122.7°W"]
    opened.close()


def test_search_finds_a_place_by_the_name_the_articles_wrote(browser: Browser, tmp_path: Path) -> None:
    """GeoNames calls it Genève; the article says Geneva: both find it, accents and case aside."""
    opened = map_of(browser, tmp_path, "GENEVA (Reuters) - Foreign ministers from Armenia and Azerbaijan met in "
                                       "Geneva on Monday.")
    page = opened.page
    for query, note in (("Geneva", "as “Geneva” · city · CH · "), ("geneve", "city · CH · "), ("GENÈ", "city · ")):
        page.locator(".gm-search-input").fill(query)
        item = page.locator(".gm-search-item").first
        expect(item.locator("span")).to_have_text("Genève")
        expect(item.locator("small")).to_contain_text(note)
    item.click()
    expect(page.locator(".leaflet-popup").last.locator(".gm-place-name")).to_have_text("Genève")
    expect(page.locator(".leaflet-popup").last.locator(".gm-place-written")).to_have_text("written “Geneva”")
    page.locator(".gm-search-input").fill("Geneva")  # QA 6: Enter keeps the name as typed, not GeoNames' own
    page.locator(".gm-search-input").press("Enter")
    expect(page.locator(".gm-search-input")).to_have_value("Geneva")
    opened.close()


def test_a_place_without_events_quotes_the_sentences_that_name_it(browser: Browser, tmp_path: Path) -> None:
    """QA 5: a grey point said only "mentioned once": every point must trace back to its sentence."""
    opened = map_of(browser, tmp_path, "KYIV (Wire) - Shelling hit Kharkiv on Monday. Officials in Lviv were "
                                       "watching. Lviv is far from Kharkiv. Lviv stayed calm. Lviv slept.")
    page = opened.page
    page.locator(".gm-search-input").fill("Lviv")
    page.locator(".gm-search-item").first.click()
    popup = page.locator(".leaflet-popup").last
    expect(popup.locator(".gm-popup-count")).to_have_text("No events · mentioned 4 times in the articles")
    expect(popup.locator(".gm-cited-head")).to_have_text("First mentions:")
    expect(popup.locator(".gm-sentence")).to_have_text(["Officials in Lviv were watching.",
                                                        "Lviv is far from Kharkiv.", "Lviv stayed calm."])
    expect(popup.locator("mark.gm-mark-place")).to_have_text(["Lviv"] * 3)
    expect(popup.locator(".gm-source-name").first).to_have_text("Wire")
    expect(popup.locator(".gm-doc").first).to_have_text("article")
    opened.close()
    places = json.loads((tmp_path / "places.geojson").read_text(encoding="utf-8"))
    lviv = next(f["properties"] for f in places["features"] if f["properties"]["name"] == "Lviv")
    assert lviv["cited"][0] == {"doc_id": "article", "place_span": [13, 17], "sentence": "Officials in Lviv were "
                                "watching.", "source": "Wire", "url": None}


def test_search_ignores_apostrophes(browser: Browser, tmp_path: Path) -> None:
    """GeoNames writes Nuku‘alofa with a turned comma; a user types a straight apostrophe, or none."""
    opened = map_of(browser, tmp_path, "Floods hit Nuku'alofa on Monday.")
    for query in ("Nuku'alofa", "nukualofa", "Nuku’alofa"):
        opened.page.locator(".gm-search-input").fill(query)
        expect(opened.page.locator(".gm-search-item").first.locator("span")).to_have_text("Nuku‘alofa")
    expect(opened.page.locator(".gm-search-item").first.locator("small")).to_contain_text("1 event")
    expect(opened.page.locator(".gm-totals")).to_have_text("1 event at 1 place")  # one, not "1 events"
    expect(opened.page.locator(".gm-list-count")).to_have_text("1 event")
    opened.close()


def test_side_list_click_zooms_to_the_place_and_opens_its_popup(seed_page: Page) -> None:
    rows = seed_page.locator(".gm-rows .gm-row")
    expect(rows).to_have_count(7)
    expect(rows.first.locator(".gm-row-place")).to_have_text("Polesia")
    expect(rows.last.locator(".gm-date")).to_have_text("date unknown")
    zoom = seed_page.evaluate("geomap.apps[0].map.getZoom()")
    count_popup_closes(seed_page)
    rows.filter(has_text="Humanitarian situation in Mariupol").click()
    popup = seed_page.locator(".leaflet-popup").last
    expect(popup.locator(".gm-place-name")).to_have_text("Mariupol")
    expect(popup.locator(".gm-event.gm-focus .gm-summary")).to_have_text("Humanitarian situation in Mariupol raised")
    assert seed_page.evaluate("geomap.apps[0].map.getZoom()") >= zoom
    assert popup_closes(seed_page) == 0


def test_side_list_click_zooms_in_to_a_place_whose_marker_shows_unclustered(browser: Browser, tmp_path: Path) -> None:
    """QA 10: a row of a place far from the others opened its popup at the world's scale."""
    opened = map_of(browser, tmp_path, "Floods hit Lima on Monday. A storm hit Jakarta on Monday.", date(2024, 3, 6))
    page = opened.page
    assert page.evaluate("geomap.apps[0].map.getZoom()") < 7
    page.locator(".gm-rows .gm-row", has_text="Lima").click()
    expect(page.locator(".leaflet-popup").last.locator(".gm-place-name")).to_have_text("Lima")
    assert page.evaluate("geomap.apps[0].map.getZoom()") >= 7
    opened.close()


def test_panel_button_gives_the_map_the_whole_page(seed_page: Page) -> None:
    expect(seed_page.locator("a.gm-fullscreen")).to_have_count(1)
    width = seed_page.evaluate("geomap.apps[0].map.getSize().x")
    seed_page.locator("a.gm-panel").click()
    expect(seed_page.locator("#gm-side")).to_be_hidden()
    assert seed_page.evaluate("geomap.apps[0].map.getSize().x") > width


def test_search_finds_a_place(seed_page: Page) -> None:
    seed_page.locator(".gm-search-input").fill("kharK")
    count_popup_closes(seed_page)
    seed_page.locator(".gm-search-item", has_text="Kharkiv").click()
    expect(seed_page.locator(".leaflet-popup").last.locator(".gm-place-name")).to_have_text("Kharkiv")
    assert popup_closes(seed_page) == 0  # the click that picked it does not reach the map and close it again


def test_region_and_country_popups(seed_page: Page) -> None:
    seed_page.locator(".leaflet-marker-icon .gm-area").click()
    expect(seed_page.locator(".leaflet-popup").last.locator(".gm-place-name")).to_have_text("Ukraine")
    expect(seed_page.locator(".leaflet-popup").last.locator(".gm-date")).to_have_text("24 Feb 2022")
    seed_page.locator(".gm-rows .gm-row", has_text="Polesia").click()
    expect(seed_page.locator(".leaflet-popup").last.locator(".gm-place-name")).to_have_text("Polesia")


def test_hostile_text_is_shown_literally_and_runs_nothing(browser: Browser, tmp_path: Path) -> None:
    opened = Opened(browser, render_map(*xss_tables(), offline=True, title=XSS[0]), tmp_path / "xss.html")
    page = opened.page
    page.locator(".leaflet-marker-icon .gm-pin").click()
    popup = page.locator(".leaflet-popup").last
    hostile = " ".join(XSS)
    expect(popup.locator(".gm-place-name")).to_have_text("Town " + hostile)
    expect(popup.locator(".gm-summary")).to_have_text("Summary " + hostile)
    expect(popup.locator(".gm-actors")).to_have_text("Actors: " + ", ".join(XSS))
    expect(popup.locator("mark.gm-mark-place")).to_have_text(hostile)
    expect(popup.locator("mark.gm-mark-date")).to_have_text("10 March 2022")
    expect(popup.locator(".gm-type")).to_have_text("<b>raid</b>" + XSS[1])
    expect(popup.locator("a.gm-source-link")).to_have_count(0)  # a javascript: URL never becomes a link
    expect(popup.locator(".gm-source-name")).to_have_text("Src " + XSS[2])
    expect(popup.locator(".gm-headline")).to_have_text("Head " + XSS[3])  # the article's headline, as text
    expect(page.locator(".leaflet-control-layers-overlays")).to_contain_text("<b>raid</b>")
    expect(page.locator(".gm-title")).to_have_text(XSS[0])
    expect(page.locator(".gm-rows .gm-row-place")).to_have_text("Town " + hostile)
    page.locator(".gm-search-input").fill("town")
    expect(page.locator(".gm-search-item span")).to_have_text("Town " + hostile)
    expect(page.locator(".leaflet-marker-icon .gm-bare-area")).to_have_text(XSS[1])  # a hostile country code
    for name, kind in (("Village", re.compile(re.escape(XSS[3] + " · UA · ") + r"[\d.]+°N [\d.]+°E")),
                       ("Land", "country · " + XSS[1]), ("Area", "region · UA")):
        page.locator(".gm-search-input").fill(name)
        expect(page.locator(".gm-search-item span")).to_have_text(name + " " + hostile)
        page.locator(".gm-search-item").click()
        popup = page.locator(".leaflet-popup").last
        expect(popup.locator(".gm-place-name")).to_have_text(name + " " + hostile)
        expect(popup.locator(".gm-place-kind")).to_have_text(kind)
        expect(popup.locator(".gm-popup-count")).to_have_text("No events · mentioned once in the articles")
        if name == "Village":  # the sentence it is cited in, as text
            expect(popup.locator("mark.gm-mark-place")).to_have_text(hostile)
            expect(popup.locator(".gm-source-name")).to_have_text("Src " + XSS[2])
            expect(popup.locator("a.gm-source-link")).to_have_count(0)
    scripts = "[...document.scripts].filter(s => s.type !== 'application/json' && s.text.includes('alert(1)'))"
    assert page.evaluate(scripts + ".length") == 0
    assert page.locator("img, svg[onload], b").count() == 0
    opened.close()


CORNERS = [("geonames:1", "Northwest", "city", "UA", 51.0, 24.0), ("geonames:2", "Southeast", "city", "AE", 25.0, 56.0),
           ("geonames:3", "Northeast", "city", "KZ", 51.0, 56.0), ("geonames:4", "Southwest", "city", "EG", 25.0, 24.0)]


def corner_map(browser: Browser, tmp_path: Path, width: int, height: int,
               event: Callable[[int], tuple[str, str]], places: list[tuple[Any, ...]] = CORNERS) -> tuple[Any, Page]:
    """A map of battles at the places (by default the four corners of a box; event(i) gives the i-th one's date
    and summary), opened offline in a window of the given size."""
    events = events_frame([event_row(f"c{i}", p, event(i)[0], "day", "battles", event(i)[1])
                           for i, p in enumerate(places)])
    path = tmp_path / "corners.html"
    path.write_text(render_map(events, places_frame([place_row(p) for p in places]), offline=True), encoding="utf-8")
    context = browser.new_context(viewport={"width": width, "height": height})
    context.route("**/*", lambda r: r.continue_() if r.request.url.startswith("file://") else r.abort())
    page = context.new_page()
    page.goto(path.as_uri())
    page.wait_for_selector("body[data-geomap=ready]", state="attached")
    return context, page


COVERED = """() => {
    const box = (e) => e.getBoundingClientRect();
    const overlap = (a, b) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
    const controls = [...document.querySelectorAll('.leaflet-control')];
    return [...document.querySelectorAll('.leaflet-marker-icon .gm-pin')].flatMap((pin) => controls
        .filter((c) => overlap(box(pin), box(c))).map((c) => pin.textContent + ' under ' + c.className));
}"""


def test_first_view_keeps_markers_clear_of_the_controls(browser: Browser, tmp_path: Path) -> None:
    """At 1400x850 no control (the open legend, the layer list, the search box, zoom) covers a place with
    events, even at the corners of the places' bounds."""
    context, page = corner_map(browser, tmp_path, 1400, 850, lambda i: ("2022-03-10", "x"))
    expect(page.locator(".gm-legend")).to_have_attribute("open", "")
    expect(pins(page)).to_have_count(4)
    try:  # the first view may still be settling (zoom animation on a busy machine)
        page.wait_for_function(f"({COVERED})().length === 0", timeout=5000)
    except PlaywrightTimeout:
        pytest.fail(f"controls cover markers: {page.evaluate(COVERED)}")
    context.close()


WORLD = [("geonames:1", "Lima", "city", "PE", -12.05, -77.04), ("geonames:2", "Chicago", "city", "US", 41.88, -87.63),
         ("geonames:3", "Kyiv", "city", "UA", 50.45, 30.52), ("geonames:4", "Tokyo", "city", "JP", 35.69, 139.69),
         ("geonames:5", "Auckland", "city", "NZ", -36.85, 174.76)]
OUTSIDE = """() => {
    const map = document.querySelector('.leaflet-container').getBoundingClientRect();
    return [...document.querySelectorAll('.leaflet-marker-icon .gm-pin')].filter((pin) => {
        const box = pin.getBoundingClientRect();
        return box.left < map.left || box.right > map.right || box.top < map.top || box.bottom > map.bottom;
    }).map((pin) => pin.textContent);
}"""


def test_a_phone_s_first_view_shows_places_from_the_americas_to_new_zealand(browser: Browser,
                                                                             tmp_path: Path) -> None:
    """At 390x844 the first view frames places from Lima to Auckland below the search box and above the legend:
    none lies off the map or under a control (the left controls' width had pushed the Americas off the map)."""
    context, page = corner_map(browser, tmp_path, 390, 844, lambda i: ("2022-03-10", "x"), WORLD)
    try:  # the first view may still be settling (zoom animation on a busy machine)
        page.wait_for_function(f"({OUTSIDE})().length === 0 && ({COVERED})().length === 0", timeout=5000)
    except PlaywrightTimeout:
        pytest.fail(f"off the map: {page.evaluate(OUTSIDE)}; under controls: {page.evaluate(COVERED)}")
    context.close()


POPUP_UNDER = """() => {
    const box = (e) => e.getBoundingClientRect();
    const overlap = (a, b) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
    const popup = document.querySelector('.leaflet-popup-content-wrapper');
    return [...document.querySelectorAll('.leaflet-control')].filter((c) => overlap(box(popup), box(c)))
        .map((c) => c.className);
}"""


def test_popups_opened_from_the_list_are_clear_of_the_controls(browser: Browser, tmp_path: Path) -> None:
    """At 1024x700, with the layer list and the legend open, a popup opened from a row of the event list (places at
    the edges of the map) lies between the columns of controls; Escape on the row closes it."""
    context, page = corner_map(browser, tmp_path, 1024, 700, lambda i: (f"2022-03-1{i}", "A long sentence " * 12))
    page.wait_for_selector("body[data-geomap=ready] .gm-rows", state="attached")
    page.evaluate("() => document.querySelectorAll('.leaflet-control-layers').forEach("
                  "(c) => c.classList.add('leaflet-control-layers-expanded'))")  # the layer list kept open
    for row in range(4):
        page.locator(".gm-row").nth(row).click()
        page.wait_for_function("document.querySelector('.leaflet-popup') && "
                               "getComputedStyle(document.querySelector('.leaflet-popup')).opacity === '1'")
        page.wait_for_timeout(400)  # the pan that makes room
        assert page.evaluate(POPUP_UNDER) == [], f"row {row}"
        page.locator(".gm-row").nth(row).press("Escape")
        expect(page.locator(".leaflet-popup")).to_have_count(0)
    context.close()


@pytest.mark.parametrize(("width", "height"), [(390, 844), (1366, 768)])
def test_the_open_legend_stops_short_of_the_controls_above_it(browser: Browser, tmp_path: Path, width: int,
                                                               height: int) -> None:
    """QA 10: on a phone the opened legend covered the search box (and took its taps); at 1366x768 it ran into
    the layer list's foot."""
    context, page = corner_map(browser, tmp_path, width, height, lambda i: (f"2022-03-1{i}", "A sentence."))
    legend = page.locator(".gm-legend")
    if legend.get_attribute("open") is None:
        legend.locator("summary").click()
    page.wait_for_timeout(300)
    top = page.evaluate("(() => { const l = document.querySelector('.gm-legend').getBoundingClientRect(); "
                        "const above = Array.from(document.querySelectorAll('.leaflet-top .leaflet-control'), "
                        "(c) => c.getBoundingClientRect()).filter((r) => r.right > l.left && r.left < l.right); "
                        "return [l.top, Math.max(0, ...above.map((r) => r.bottom))]; })()")
    assert top[0] >= top[1], top
    page.locator(".gm-search-input").click()  # the search box takes its taps
    expect(page.locator(".gm-search-input")).to_be_focused()
    context.close()


@pytest.mark.parametrize(("width", "height"), [(390, 844), (1366, 768)])
def test_the_scale_bar_is_not_under_the_attribution(browser: Browser, tmp_path: Path, width: int, height: int) -> None:
    """QA 11 and 12: on a phone the attribution, two lines across the map's width, hid the scale bar."""
    context, page = corner_map(browser, tmp_path, width, height, lambda i: (f"2022-03-1{i}", "A sentence."))
    boxes = page.evaluate("(() => ['.leaflet-control-attribution', '.leaflet-control-scale'].map((s) => { "
                          "const r = document.querySelector(s).getBoundingClientRect(); "
                          "return [r.left, r.top, r.right, r.bottom]; }))()")
    (a_left, a_top, a_right, a_bottom), (s_left, s_top, s_right, s_bottom) = boxes
    assert a_right <= s_left or s_right <= a_left or a_bottom <= s_top or s_bottom <= a_top, boxes
    assert s_right - s_left > 20 and s_bottom - s_top > 5  # (shown)
    context.close()


def test_a_phone_opens_with_the_layer_list_and_legend_closed_and_popups_on_screen(browser: Browser,
                                                                                   tmp_path: Path) -> None:
    """At 390x844 the layer list and the legend start closed (they had covered the search box and most of the
    map) and a popup is no wider than the screen (it had been 427 px wide)."""
    context, page = corner_map(browser, tmp_path, 390, 844, lambda i: (f"2022-03-1{i}", "A long sentence " * 12))
    expect(page.locator(".leaflet-control-layers")).not_to_have_class(re.compile("leaflet-control-layers-expanded"))
    expect(page.locator(".gm-legend")).not_to_have_attribute("open", "")
    page.evaluate("geomap.apps[0].focus(0, 0)")
    page.wait_for_selector(".leaflet-popup-content-wrapper")
    width = page.evaluate("document.querySelector('.leaflet-popup-content-wrapper').getBoundingClientRect().width")
    assert width <= 390 - 20, width
    page.wait_for_timeout(400)  # (the pan that brings it into view)
    box = page.evaluate("(() => { const r = document.querySelector('.leaflet-popup').getBoundingClientRect(), "
                        "c = document.querySelector('.leaflet-popup-close-button').getBoundingClientRect(); "
                        "return [r.left, r.right, c.right]; })()")
    assert box[0] >= 0 and box[1] <= 390 and box[2] <= 390, box  # QA 5: the close button had been cut off
    expect(page.locator(".gm-search")).to_be_hidden()  # and the search box lay over the sentence: while a
    expect(page.locator(".leaflet-control-zoom")).to_be_hidden()  # popup is open it has the map to itself
    page.locator(".leaflet-popup-close-button").click()
    expect(page.locator(".gm-search")).to_be_visible()
    context.close()


def test_a_phone_scrolls_the_panel_to_show_the_list(browser: Browser, tmp_path: Path) -> None:
    """At 390x844 the panel scrolls as a whole and shows at least five rows of the list, its count held in sight
    (QA 10: the list had scrolled on its own in the 97 pixels the time controls left it)."""
    rows = [event_row(f"k{i:02d}", KHARKIV, f"2022-03-{i + 1:02d}", "day", "military", f"Strike {i}")
            for i in range(20)]
    opened = Opened(browser, render_map(events_frame(rows), places_frame([place_row(KHARKIV)]), offline=True),
                    tmp_path / "phone.html", viewport=(390, 844))
    page = opened.page
    page.locator(".gm-row").nth(12).scroll_into_view_if_needed()
    shown = page.evaluate("""(() => {
        const side = document.querySelector('.gm-side').getBoundingClientRect();
        const head = document.querySelector('.gm-list-head').getBoundingClientRect();
        const rows = [...document.querySelectorAll('.gm-row')].filter((row) => {
            const box = row.getBoundingClientRect();
            return box.top >= head.bottom - 1 && box.bottom <= side.bottom + 1;
        });
        return [rows.length, head.top >= side.top - 1 && head.bottom <= side.bottom];
    })()""")
    assert shown[0] >= 5 and shown[1], shown
    opened.close()


JAMAICA = [("geonames:11", "Black River", "city", "JM", 18.026, -77.849),
           ("geonames:12", "Savanna-la-Mar", "city", "JM", 18.219, -78.133),
           ("geonames:13", "Lucea", "city", "JM", 18.451, -78.174),
           ("geonames:14", "Montego Bay", "city", "JM", 18.471, -77.919),
           ("geonames:15", "Kisumu", "city", "KE", -0.092, 34.768),
           ("geonames:16", "Kuwait City", "city", "KW", 29.369, 47.978)]


@pytest.mark.parametrize("row", range(4))
def test_a_row_opens_its_popup_on_a_fresh_map_when_its_marker_clusters_at_the_place_zoom(
        browser: Browser, tmp_path: Path, row: int) -> None:
    """QA 11: a row of a town that shares a cluster with its neighbours at the zoom the list asks for zoomed the map
    but opened no popup (markercluster was asked for the marker while it still drew the new zoom's clusters)."""
    rows = [event_row(f"j{i}", p, f"2026-10-{20 + i:02d}", "day", "statement", f"Said {p[1]}")
            for i, p in enumerate(JAMAICA)]
    opened = Opened(browser, render_map(events_frame(rows), places_frame([place_row(p) for p in JAMAICA]),
                                        offline=True), tmp_path / "jamaica.html")
    page = opened.page
    page.locator(".gm-row").nth(row + 2).click()  # newest first: the two far cities, then Jamaica's towns
    expect(page.locator(".leaflet-popup")).to_have_count(1)
    assert opened.errors == []
    opened.close()


def test_time_sliders_step_through_the_days_of_events(browser: Browser, tmp_path: Path) -> None:
    """QA 5: one background event of 2014 had squeezed a story of 2026 into the sliders' last few pixels."""
    rows = [event_row("old", KHARKIV, "2014-01-01", "day", "military", "Old")] + [
        event_row(f"n{i}", KHARKIV, f"2026-03-{i + 1:02d}", "day", "military", f"New {i}") for i in range(10)]
    opened = Opened(browser, render_map(events_frame(rows), places_frame([place_row(KHARKIV)]), offline=True),
                    tmp_path / "stops.html")
    page = opened.page
    expect(page.locator(".gm-time-from")).to_have_attribute("max", "10")  # eleven days with events
    page.locator(".gm-time-from").fill("1")  # one step: the story's first day
    expect(page.locator(".gm-time-label")).to_have_text("1 Mar 2026 – 10 Mar 2026")
    expect(page.locator(".gm-time-from")).to_have_attribute("aria-valuetext", "1 Mar 2026")
    expect(page.locator(".gm-list-count")).to_have_text("10 events")
    opened.close()


def test_busy_place_popup_hands_over_to_the_list(browser: Browser, tmp_path: Path) -> None:
    rows = [
        event_row(f"k{i:02d}", KHARKIV, f"2022-03-{i % 28 + 1:02d}", "day", "military", f"Strike {i}")
        for i in range(55)
    ]
    opened = Opened(
        browser,
        render_map(events_frame(rows), places_frame([place_row(KHARKIV)]), offline=True),
        tmp_path / "busy.html",
    )
    page = opened.page
    popup = open_popup(page, "Kharkiv")
    expect(popup.locator(".gm-event")).to_have_count(50)
    popup.locator("button.gm-more").click()
    expect(page.locator(".gm-list-scope")).to_have_text("at Kharkiv ✕")
    expect(page.locator(".gm-list-count")).to_have_text("55 events")
    page.locator(".gm-list-scope").click()
    expect(page.locator(".gm-list-scope")).to_be_hidden()
    opened.close()


def test_empty_tables_give_an_empty_working_map(browser: Browser, tmp_path: Path) -> None:
    opened = Opened(browser, render_map(events_frame([]), places_frame([]), offline=True), tmp_path / "empty.html")
    expect(opened.page.locator(".gm-list-count")).to_have_text("0 events")
    expect(opened.page.locator(".gm-time-label")).to_have_text("No dated events")
    opened.close()


def test_compressed_data_loads(browser: Browser, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(render_page, "COMPRESS_OVER", 0)
    monkeypatch.setattr(render_page, "CHUNK", 1000)  # several pieces compressed in parallel, one gzip stream
    html = render_map(*seed_tables(), offline=True)
    assert 'data-encoding="gzip+base64"' in html
    opened = Opened(browser, html, tmp_path / "gz.html")
    expect(pins(opened.page)).to_have_count(3)
    expect_places_without_events(opened.page)
    opened.close()


@pytest.mark.parametrize("size", [0, 1, 999, 1000, 1001, 25_000])
def test_parallel_gzip_is_one_standard_stream(size: int, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(render_page, "CHUNK", 1000)
    data = bytes(random.Random(size).choices(b"abcdefgh ", k=size))
    packed = render_page.gzipped(data)
    assert gzip.decompress(packed) == data
    assert packed == render_page.gzipped(data)


def test_render_is_deterministic(monkeypatch: pytest.MonkeyPatch) -> None:
    events, places = seed_tables()
    first = render_map(events, places, offline=True)
    assert first == render_map(events.copy(), places.copy(), offline=True)
    monkeypatch.setattr(render_page, "COMPRESS_OVER", 0)
    assert render_map(events, places, offline=True) == render_map(events.copy(), places.copy(), offline=True)
    assert re.search(r"_[0-9a-f]{32}\b", first) is None  # no random branca ids


TILES_LOST = "Map tiles could not be loaded (no network?): showing the built-in basemap."


def test_online_page_with_no_network_falls_back_to_the_built_in_basemap(browser: Browser, tmp_path: Path) -> None:
    """QA 15: a map built without --offline, opened with no network, showed only a message, not even the event
    panel (it loaded Leaflet from a CDN). The libraries are inlined now; the tiles fail, and the page says so and
    shows Natural Earth's countries instead."""
    path = tmp_path / "online.html"
    path.write_text(render_map(*seed_tables()), encoding="utf-8")
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    context.route("**/*", lambda r: r.continue_() if r.request.url.startswith("file://") else r.abort())
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(path.as_uri())
    page.wait_for_selector("body[data-geomap=ready] .gm-rows", state="attached")
    expect(page.locator(".gm-rows .gm-row").first).to_be_visible()  # the events are there
    expect(page.locator(".leaflet-marker-icon").first).to_be_visible()
    notice = page.locator(".folium-map p.gm-notice")
    expect(notice).to_have_text(TILES_LOST)
    expect(page.locator(".leaflet-tile-pane img")).to_have_count(0)  # the tiles went
    expect(page.locator(".leaflet-control-layers-base input:checked + span")).to_have_text(" Natural Earth countries")
    assert errors == []
    context.close()


def test_online_page_keeps_its_tiles_when_they_load(browser: Browser, tmp_path: Path) -> None:
    """Tiles that load (served here from the test) stay, and one lost tile later changes nothing."""
    png = base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8A"
                           "AAAASUVORK5CYII=")
    served = {"n": 0}

    def route(r: Any) -> None:
        url = r.request.url
        if url.startswith("file://"):
            r.continue_()
        elif "tile.openstreetmap.org" in url and served["n"] < 4:
            served["n"] += 1
            r.fulfill(body=png, content_type="image/png", headers={"Access-Control-Allow-Origin": "*"})
        else:
            r.abort()

    path = tmp_path / "online.html"
    path.write_text(render_map(*seed_tables()), encoding="utf-8")
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    context.route("**/*", route)
    page = context.new_page()
    page.goto(path.as_uri())
    page.wait_for_selector("body[data-geomap=ready] .gm-rows", state="attached")
    expect(page.locator(".leaflet-control-layers-base input:checked + span")).to_have_text(" OpenStreetMap")
    expect(page.locator(".gm-notice")).to_have_count(0)
    context.close()


def test_pages_inline_their_libraries_and_only_the_online_one_asks_for_tiles() -> None:
    html = render_map(*seed_tables())
    assert "https://tile.openstreetmap.org/{z}/{x}/{y}.png" in html
    assert "OpenStreetMap\\u003c/a\\u003e contributors" in html
    for page in (html, render_map(*seed_tables(), offline=True)):
        assert re.search(r"<(script|link|img|iframe)\b[^>]*\b(src|href)=", page) is None  # nothing fetched
        assert assets.text("leaflet/leaflet.js") in page
    assert "tile.openstreetmap.org" not in render_map(*seed_tables(), offline=True)


@pytest.mark.parametrize("name", assets.VENDOR_JS)
def test_vendored_scripts_match_the_published_copies(name: str) -> None:
    """The inlined libraries are byte for byte the published ones (the SRI hash jsDelivr serves them with)."""
    digest = base64.b64encode(hashlib.sha384(assets.text(name).encode()).digest()).decode()
    assert json.loads(assets.text("MANIFEST.json"))["cdn"][name]["integrity"] == f"sha384-{digest}"


@pytest.mark.parametrize("name", assets.VENDOR_JS + assets.VENDOR_CSS + assets.APP_JS + assets.APP_CSS)
def test_inlined_assets_cannot_close_their_element(name: str) -> None:
    assert re.search(r"</script|</style|<!--", assets.text(name), re.IGNORECASE) is None


def test_embedded_json_cannot_close_its_script() -> None:
    text = json.dumps({"s": "</script><!-- \u2028\u2029 </SCRIPT>"}, ensure_ascii=False)
    safe = render_page.script_safe(text)
    assert "<" not in safe and "\u2028" not in safe and "\u2029" not in safe
    assert json.loads(safe) == json.loads(text)


@pytest.mark.parametrize(
    ("value", "label", "first", "last"),
    [
        ("2022-03-10", "10 Mar 2022", 19061, 19061),
        ("2022-03", "Mar 2022", 19052, 19082),
        ("2022", "2022", 18993, 19357),
        ("2022-W10", "week 10, 2022", 19058, 19064),
        ("2022-WI", "winter 2022", 18962, 19051),
        ("201X", "2010s", 14610, 18261),
        ("2022-03-10T14:00", "10 Mar 2022, 14:00", 19061, 19061),
        (None, "date unknown", None, None),
        ("2022-02-30", "2022-02-30", None, None),
    ],
)
def test_date_labels_and_spans(value: str | None, label: str, first: int | None, last: int | None) -> None:
    assert when(value) == (label, first, last)


@pytest.mark.parametrize(
    ("url", "kept"),
    [
        ("https://a.example/x?y=1", True),
        ("http://a.example", True),
        ("javascript:alert(1)", False),
        ("data:text/html,<b>", False),
        ("//a.example/x", False),
        ("/relative", False),
        (None, False),
    ],
)
def test_only_http_links(url: str | None, kept: bool) -> None:
    assert (web_address(url) is not None) is kept


def test_payload_is_columnar_interned_and_newest_first() -> None:
    events, places = seed_tables()
    lost = event_row("e8", ("geomap:nowhere", "Nowhere", "city", None, float("nan"), float("nan")), None,
                     "unknown", "meeting", "Unplaceable")  # fmt: skip
    events = events_frame([*events.to_dict("records"), lost])
    data = payload.build(events, places, title="t", outlines=lambda cc: None)
    strings, columns = data["strings"], data["events"]
    assert strings == sorted(strings) and len(set(strings)) == len(strings)
    assert data["unmapped"] == 1 and len(columns["place"]) == 7
    labels = [strings[i] for i in columns["label"]]
    assert labels == ["18 Apr 2022", "10 Mar 2022", "10 Mar 2022", "week 10, 2022", "Mar 2022", "24 Feb 2022",
                      "date unknown"]  # fmt: skip
    assert len(data["origins"]["doc"]) == 1  # seven reports, one article
    assert sum(columns["sources"]) == len(data["sources"]["origin"]) == 7
    assert data["range"] == [DAY["2022-02-24"], 19100]
    kinds = {p[0]: p[5] for p in data["places"]}
    assert kinds == {"Antalya": payload.POINT, "Mariupol": payload.POINT, "Kharkiv": payload.POINT,
                     "Ukraine": payload.AREA, "Polesia": payload.REGION, "Kyiv": payload.POINT,
                     "Turkey": payload.AREA, "Russia": payload.AREA, "Europe": payload.AREA,
                     "Donbas": payload.REGION}  # fmt: skip


def test_payload_lists_every_place_with_its_mentions() -> None:
    events, places = seed_tables()
    hamlet = ("acled:hamlet@47.5,36.0", "Hamlet", "city", "UA", 47.5, 36.0)  # only an event names it
    events = events_frame([*events.to_dict("records"), event_row("e9", hamlet, "2022-03-01", "day", "battles", "")])
    atlantis = place_row(("geonames:9", "Atlantis", "city", None, float("nan"), 0.0), events=0)
    places = places_frame([*places.to_dict("records"), atlantis])
    square = {"type": "Polygon", "coordinates": [[[0, 0], [1, 0], [1, 1], [0, 0]]]}
    data = payload.build(events, places, title="t", outlines=lambda cc: square)
    by_name = {p[0]: p for p in data["places"]}
    assert [p[7] for p in data["places"]] == sorted(p[7] for p in data["places"])
    assert set(by_name) == {"Hamlet", "Antalya", "Mariupol", "Kharkiv", "Ukraine", "Polesia", "Kyiv", "Turkey",
                            "Russia", "Europe", "Donbas"}  # fmt: skip
    assert [by_name[n][8] for n in ("Hamlet", "Kyiv", "Turkey", "Russia", "Donbas")] == [0, 1, 3, 10, 2]
    assert by_name["Hamlet"][:6] == ["Hamlet", "city", "UA", 47.5, 36.0, payload.POINT]
    # a country's basemap outline only when it has events; a region's own polygon always
    assert by_name["Ukraine"][6] is not None and by_name["Russia"][6] is None and by_name["Turkey"][6] is None
    assert data["geometries"][by_name["Donbas"][6]]["coordinates"] == DONBAS_POLYGON["coordinates"]
    assert data["bounds"] == [[ANTALYA[4], POLESIA[5]], [POLESIA[4], MARIUPOL[5]]]  # places with events only


def test_only_a_map_of_less_than_half_the_world_runs_across_the_antimeridian() -> None:
    """Tonga (-175°) is drawn beside Fiji (178°) past 180°, with each outline whole, but only when the places
    fit in less than half the world across 180°: with Britain too, the map keeps Greenwich in the middle (it had
    been cut at 0°, Britain's outline torn into a band across Europe)."""
    britain = ("geonames:2635167", "United Kingdom", "country", "GB", 54.0, -2.0)
    tonga = ("geonames:4032283", "Tonga", "country", "TO", -20.0, -175.0)
    fiji = ("geonames:2205218", "Fiji", "country", "FJ", -18.0, 178.0)
    hawaii = ("geonames:5855797", "Hawaii", "admin1", "US", 20.0, -157.0)
    outlines = {
        "GB": {"type": "Polygon", "coordinates": [[[-8, 50], [2, 50], [2, 58], [-8, 58], [-8, 50]]]},
        "TO": {"type": "Polygon", "coordinates": [[[-176, -22], [-173, -22], [-173, -18], [-176, -22]]]},
        "FJ": {"type": "MultiPolygon", "coordinates": [[[[177, -19], [180, -19], [180, -16], [177, -19]]],
                                                        [[[-180, -17], [-179, -17], [-179, -16], [-180, -17]]]]},
    }  # fmt: skip

    def drawn(places: tuple[tuple[Any, ...], ...]) -> tuple[bool, dict[str, Any], dict[str, Any]]:
        rows = [event_row(f"e{i}", p, "2024-03-04", "day", "disaster", "Storm") for i, p in enumerate(places)]
        data = payload.build(events_frame(rows), places_frame([place_row(p) for p in places]), title="t",
                             outlines=outlines.get)
        by_name = {p[0]: p for p in data["places"]}
        shapes = {n: data["geometries"][p[6]]["coordinates"] for n, p in by_name.items() if p[6] is not None}
        return data["wrap"], {n: p[4] for n, p in by_name.items()}, shapes

    wrap, lon, shape = drawn((britain, tonga, fiji))
    assert wrap is False and lon == {"United Kingdom": -2.0, "Tonga": -175.0, "Fiji": 178.0}
    assert shape["United Kingdom"] == outlines["GB"]["coordinates"]
    wrap, lon, shape = drawn((tonga, fiji, hawaii))
    assert wrap is True and lon == {"Tonga": 185.0, "Fiji": 178.0, "Hawaii": 203.0}
    assert [x for x, _ in shape["Tonga"][0]] == [184, 187, 187, 184]  # whole, past 180°
    assert [x for x, _ in shape["Fiji"][1][0]] == [180, 181, 181, 180]  # the part west of 180° joins the rest
    assert [x for x, _ in shape["Fiji"][0][0]] == [177, 180, 180, 177]


def test_payload_tolerates_odd_cells() -> None:
    odd = event_row("o1", KHARKIV, "2022-03-10", "day", "military", "Odd", actors=("Russia",))
    odd.update(actors=("Russia", None), sources=({"doc_id": "d1", "sentence": "Odd one."}, "junk", None))
    bare = event_row("o2", KHARKIV, "2022-03-09", "day", "military", None)  # type: ignore[arg-type]
    bare.update(actors=None, sources=None)
    data = payload.build(events_frame([odd, bare]), places_frame([place_row(KHARKIV)]), title="t",
                         outlines=lambda cc: None)  # fmt: skip
    strings, columns, sources = data["strings"], data["events"], data["sources"]
    assert columns["sources"] == [1, 0] and [[strings[a] for a in e] for e in columns["actors"]] == [["Russia"], []]
    assert columns["summary"][1] is None and strings[sources["sentence"][0]] == "Odd one."
    origin = sources["origin"][0]
    assert strings[data["origins"]["doc"][origin]] == "d1"
    assert data["origins"]["source"][origin] is None and data["origins"]["url"][origin] is None
    assert sources["place_span"] == sources["date_span"] == [None]


@pytest.mark.parametrize(
    ("value", "expected"),
    [([3, 7], [3, 7]), ((3, 7), [3, 7]), (None, None), (float("nan"), None), ([1, 2, 3], None), ("ab", None)],
)
def test_spans_are_int_pairs_or_none(value: object, expected: list[int] | None) -> None:
    assert payload.span(value) == expected


def test_the_seed_article_built_for_real(browser: Browser, tmp_path: Path) -> None:
    """`geomap build --offline` on seeds/: every resolved place is on the map, Donbas is a polygon, the
    Antalya and Ukraine popups list their dated events; a screenshot is saved to output/map_seed.png."""
    from geomap.build import build
    from geomap.gazetteer import open_gazetteer

    summary = build([ROOT / "seeds"], tmp_path, open_gazetteer(), offline=True)
    opened = Opened(browser, (tmp_path / "map.html").read_text(encoding="utf-8"), tmp_path / "map.html")
    page = opened.page
    drawn = page.evaluate("geomap.apps[0].data.places.length")
    assert drawn == summary.places == 15
    expect(page.locator("path.gm-bare-region")).to_have_count(1)  # Donbas: only mentioned, still drawn
    rows = page.locator(".gm-rows .gm-row")
    rows.filter(has_text="Antalya").filter(has_text="meeting").first.click()
    antalya = page.locator(".leaflet-popup").last
    expect(antalya.locator(".gm-place-name")).to_have_text("Antalya")
    expect(antalya.locator(".gm-event").filter(has_text="meeting").first.locator(".gm-date")).to_have_text(
        "10 Mar 2022")
    expect(antalya).to_contain_text("Mevlut Cavusoglu")
    rows.filter(has_text="Ukraine").filter(has_text="24 Feb 2022").click()
    ukraine = page.locator(".leaflet-popup").last
    expect(ukraine.locator(".gm-place-name")).to_have_text("Ukraine")
    expect(ukraine.locator(".gm-event").first.locator(".gm-date")).to_have_text("24 Feb 2022")
    (ROOT / "output").mkdir(exist_ok=True)
    page.wait_for_timeout(800)  # let the zoom and the popup's fade-in finish before the picture
    page.screenshot(path=str(ROOT / "output" / "map_seed.png"))
    opened.close()


def test_types_read_as_people_write_them() -> None:
    names = [name for name, _, _ in payload.type_columns(pd.Series(["explosions_remote_violence",
                                                                     "strategic_developments"]))[0]]
    assert names == ["explosions/remote violence", "strategic developments"]  # ACLED's slash (QA)


def test_a_type_keeps_its_colour_on_every_map() -> None:
    alone, _ = payload.type_columns(pd.Series(["protests"]))
    mixed, _ = payload.type_columns(pd.Series(["humanitarian", "humanitarian", "protests", "flood watch", "other"]))
    colours = {name: colour for name, colour, _ in mixed}
    assert alone[0][1] == colours["protests"] and colours["humanitarian"] != colours["protests"]
    assert len(set(colours.values())) == len(colours)  # imported types take colours no type of ours has


def test_a_pacific_map_runs_across_the_antimeridian(browser: Browser, tmp_path: Path) -> None:
    """Fiji, Tonga and Samoa lie on either side of 180°: one group on the map, with the basemap under it."""
    opened = map_of(browser, tmp_path, "A cyclone hit Suva on Monday. Floods hit Nuku'alofa on Monday. Storms hit "
                                       "Apia on Monday.", date(2024, 3, 6))
    page = opened.page
    assert page.evaluate("geomap.apps[0].data.wrap") is True
    west, east = page.evaluate("(() => { const b = geomap.apps[0].map.getBounds(); "
                               "return [b.getWest(), b.getEast()] })()")
    assert 150 < west < 178 and 189 < east < 220  # framed on 180°, not the whole world twice
    assert page.evaluate("geomap.apps[0].map.getZoom()") >= 4
    expect(pins(page)).to_have_count(3)
    page.locator(".gm-in-view").check()
    expect(page.locator(".gm-list-count")).to_have_text("3 events")  # all three are in view
    basemap = "geomap.apps[0].layerControl._layers.find((l) => l.name === 'Natural Earth countries').layer"
    assert page.evaluate(basemap + ".getLayers().length") == 2  # the world once more, past 180°
    assert not opened.errors
    opened.close()


def test_country_badges_lie_under_the_markers_and_clusters(seed_page: Page) -> None:
    """QA 13: a country's badge ("HN", "AR") covered a cluster's count on the opening view."""
    badges = seed_page.locator(".leaflet-gmBadges-pane .gm-area")
    assert badges.count() > 0 and seed_page.locator(".leaflet-marker-pane .gm-area").count() == 0
    z = seed_page.evaluate("""() => ['gmBadges', 'marker'].map((name) =>
        +getComputedStyle(document.querySelector('.leaflet-' + name + '-pane')).zIndex)""")
    assert z[0] < z[1]


def test_the_scale_bar_text_fits_its_line(seed_page: Page) -> None:
    """QA 13: at latitude 50, zoom 5, the imperial line read "100 m": "100 mi" overflowed the 47 px Leaflet gives it."""
    overflow = seed_page.evaluate("""() => {
        const m = geomap.apps[0].map, out = [];
        for (let z = 2; z <= 10; z++) for (const lat of [0, 30, 50, 60]) {
            m.setView([lat, 10], z, {animate: false});
            document.querySelectorAll('.leaflet-control-scale-line').forEach((e) => {
                if (e.scrollWidth > e.clientWidth) out.push([z, lat, e.textContent]);
            });
        }
        return out;
    }""")
    assert overflow == []
