"""The page as a folium figure: a bare Leaflet map plus geomap's elements, folium-plugin style.

Everything large or untrusted (the data, the basemap, inlined libraries) goes in as ``RawHtml``, never
through a Jinja template, so article text such as ``{{ … }}`` is inert and rendering stays fast. Element ids
are renumbered in tree order before rendering, so the same inputs give the same bytes.
"""

from __future__ import annotations

import base64
import itertools
import os
import struct
import zlib
from concurrent.futures import ThreadPoolExecutor
from html import escape
from typing import Any, cast

import folium
import orjson
from branca.element import Element, Figure, MacroElement
from folium.template import Template

from geomap.models import MAP_GENERATOR
from geomap.render import assets

DATA_ID, BASEMAP_ID = "geomap-data", "geomap-basemap"
# Past this many bytes of JSON the data is embedded gzip-compressed (base64), decoded by the browser; it is
# compressed in CHUNK-sized pieces on all cores (the pieces, hence the bytes, do not depend on the machine).
COMPRESS_OVER = 4_000_000
CHUNK = 4_000_000
GZIP_LEVEL = 4
GZIP_HEADER = b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\xff"  # no name, mtime 0, unknown OS
OSM_TILES = {
    "url": "https://tile.openstreetmap.org/{z}/{x}/{y}.png",
    "maxZoom": 19,
    "attribution": '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors',
}


def script_safe(json_text: str) -> str:
    """JSON text that cannot end or comment out its <script> element, nor break a JS parser (U+2028/9)."""
    return (
        json_text.replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("&", "\\u0026")
        .replace("\u2028", "\\u2028")
        .replace("\u2029", "\\u2029")
    )


def _deflate(chunk: bytes, last: bool) -> bytes:
    """Raw DEFLATE of one piece; all but the last end on a byte boundary (sync flush) so pieces concatenate."""
    compressor = zlib.compressobj(GZIP_LEVEL, zlib.DEFLATED, -15)
    return compressor.compress(chunk) + compressor.flush(zlib.Z_FINISH if last else zlib.Z_SYNC_FLUSH)


def gzipped(data: bytes) -> bytes:
    """One gzip member, its pieces compressed in parallel (as pigz does; zlib releases the GIL)."""
    pieces = [data[i : i + CHUNK] for i in range(0, len(data), CHUNK)] or [b""]
    last = [False] * (len(pieces) - 1) + [True]
    with ThreadPoolExecutor(max(1, min(len(pieces), os.cpu_count() or 1))) as pool:
        body = b"".join(pool.map(_deflate, pieces, last))
    return GZIP_HEADER + body + struct.pack("<II", zlib.crc32(data), len(data) & 0xFFFFFFFF)


def data_block(element_id: str, json_bytes: bytes) -> str:
    """A <script type="application/json"> holding the JSON, compressed when it is large."""
    if len(json_bytes) <= COMPRESS_OVER:
        return f'<script type="application/json" id="{element_id}">{script_safe(json_bytes.decode())}</script>'
    blob = base64.b64encode(gzipped(json_bytes)).decode()
    return f'<script type="application/json" id="{element_id}" data-encoding="gzip+base64">"{blob}"</script>'


class RawHtml(Element):
    """Markup inserted as is: rendered without Jinja."""

    def __init__(self, markup: str) -> None:
        super().__init__()
        self.markup = markup

    def render(self, **kwargs: Any) -> str:
        return self.markup


class BareMap(folium.Map):
    """A folium Map without folium's CDN defaults (jQuery, Bootstrap, Font Awesome): geomap needs none."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.default_js: list[tuple[str, str]] = []
        self.default_css: list[tuple[str, str]] = []


class PageParts(Element):
    """Libraries and geomap's JS/CSS, inlined (the page works with no network, whatever its tiles), the data, the
    basemap and the side panel."""

    def __init__(self, data_json: bytes) -> None:
        super().__init__()
        self._name = "PageParts"
        self.data_json = data_json

    @staticmethod
    def _library(name: str) -> str:
        tag = "script" if name.endswith(".js") else "style"
        return f"<{tag}>\n{assets.text(name)}\n</{tag}>"

    def head(self) -> list[str]:
        libraries = [MAP_GENERATOR] + [self._library(name) for name in assets.VENDOR_CSS + assets.VENDOR_JS]
        ours = [f"<style>\n{assets.text(n)}</style>" for n in assets.APP_CSS]
        ours += [f"<script>\n{assets.text(n)}</script>" for n in assets.APP_JS]
        return libraries + ours

    def body(self) -> list[str]:
        return [
            '<aside id="gm-side" class="gm-side" aria-label="Events"></aside>',
            data_block(DATA_ID, self.data_json),
            data_block(BASEMAP_ID, assets.text(assets.BASEMAP).encode()),
        ]

    def render(self, **kwargs: Any) -> str:
        figure = cast(Figure, self.get_root())
        for i, markup in enumerate(self.head()):
            figure.header.add_child(RawHtml(markup), name=f"geomap_head_{i}")
        for i, markup in enumerate(self.body()):
            figure.html.add_child(RawHtml(markup), name=f"geomap_body_{i}")
        return ""


class EventApp(MacroElement):
    """The data-driven layer: geomap.mount() draws places, clusters and polygons from the embedded data."""

    _template = Template("""
        {% macro script(this, kwargs) %}
        var {{ this.get_name() }} = geomap.mount({{ this._parent.get_name() }}, {{ this.options|tojson }});
        {% endmacro %}
    """)

    def __init__(self, *, offline: bool) -> None:
        super().__init__()
        self._name = "EventApp"
        self.options = {"data": DATA_ID, "basemap": BASEMAP_ID, **({} if offline else {"tiles": OSM_TILES})}


class AppControl(MacroElement):
    """A geomap control (``geomap.controls[kind]`` in controls.js), added once the app's data is in."""

    kind = ""
    position: str | None = None
    _template = Template("""
        {% macro script(this, kwargs) %}
        {{ this._parent.get_name() }}.add(geomap.controls.{{ this.kind }}, {{ this.options|tojson }});
        {% endmacro %}
    """)

    def __init__(self) -> None:
        super().__init__()
        self._name = type(self).__name__
        self.options = {"position": self.position} if self.position else {}


class PanelHeader(AppControl):
    """Title and totals at the top of the side panel."""

    kind = "header"


class TimeControl(AppControl):
    """Date range sliders, play through time, show/hide undated events."""

    kind = "time"


class EventList(AppControl):
    """Events passing the filters, newest first; a click zooms to the place and opens its popup."""

    kind = "list"


class PlaceSearch(AppControl):
    """Search box for places."""

    kind, position = "search", "topleft"


class MapButtons(AppControl):
    """Fullscreen and show/hide-panel buttons."""

    kind, position = "buttons", "topleft"


class Legend(AppControl):
    """Event type colours with live counts, and the meaning of each symbol."""

    kind, position = "legend", "bottomright"


def stable_ids(root: Element) -> None:
    """Replace branca's random element ids with their order in the tree."""
    counter = itertools.count(1)

    def visit(element: Element) -> None:
        element._id = f"{next(counter):04d}"
        for child in element._children.values():
            visit(child)

    visit(root)


def html(data: dict[str, Any], *, offline: bool, title: str) -> str:
    """The page for a payload (see payload.build)."""
    data_json = orjson.dumps(data)  # compact UTF-8, ~7x faster than json.dumps at 100,000 events
    figure = Figure(title=escape(title))
    fmap = BareMap(location=None, tiles=None, control_scale=True)
    figure.add_child(fmap, name="map")
    fmap.add_child(PageParts(data_json))
    app = EventApp(offline=offline)
    fmap.add_child(app)
    for control in (PanelHeader(), TimeControl(), EventList(), MapButtons(), PlaceSearch(), Legend()):
        app.add_child(control)
    stable_ids(figure)
    return figure.render()
