/* geomap map page: reads the one JSON payload, draws places, filters events by type and date.
 * Payload layout: geomap/render/payload.py; places without events are drawn by mentioned.js. Article text
 * reaches the DOM only through textContent (geomap.el) or geomap.esc; nothing from the payload is parsed as
 * HTML. */
(function (window) {
  'use strict';
  const L = window.L;
  const document = window.document;
  const geomap = window.geomap = window.geomap || {};
  geomap.controls = geomap.controls || {};
  geomap.apps = geomap.apps || [];
  const POINT = 0, AREA = 1, REGION = 2;
  geomap.shapes = {POINT, AREA, REGION};
  const REGIONS_PANE = 'gmRegions';  // region polygons over country outlines (overlayPane), so both can be clicked
  const BADGES_PANE = 'gmBadges';  // country badges under the markers and clusters, which they hid (QA 13: "HN"
  // covered a cluster's count)
  const NARROW = 600;  // a map narrower than this (in CSS pixels) is a phone's
  const OFFLINE_ZOOM = 10;  // the deepest zoom of a map with no tiles (about 150 m a pixel at the equator)
  const PLACE_ZOOM = 7;  // a place picked from the list or search is shown at least this close
  const POPUP_FRAME = 50;  // a Leaflet popup's width beyond its content: padding, border, close button

  geomap.PLACE_ZOOM = PLACE_ZOOM;
  /** The pane of place p's polygon. */
  geomap.polygonPane = (p) => (p[5] === AREA ? 'overlayPane' : REGIONS_PANE);

  /** A new element with a class and text (as text, never markup), appended to parent if given. */
  function el(tag, className, text, parent) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = String(text);
    if (parent) parent.appendChild(node);
    return node;
  }
  geomap.el = el;

  /** Enter on a cluster zooms in (or spreads its markers out) and its icon goes away: the focus, which
   * markercluster hands to the map, moves on to whatever now shows the cluster's first place (its marker, or
   * a smaller cluster) once the zoom and the clusters' animation are over (as markercluster's zoomToShowLayer
   * waits), so a keyboard user carries on from there. Call it before the group is on the map, so it hears the
   * Enter before markercluster zooms (a jump of more than four levels ends inside that handler, which then
   * focuses the map: hence the focus moves a tick later). */
  geomap.keepClusterFocus = function (group) {
    let settled = null, map = null;
    const stop = () => {
      map.off('moveend', settled);
      group.off('animationend spiderfied', settled);
    };
    group.on('clusterclick clusterkeypress', (ev) => {
      if (!ev.originalEvent || ev.originalEvent.keyCode !== 13) return;
      if (settled) stop();
      const first = ev.layer.getAllChildMarkers()[0];
      map = group._map;
      settled = () => {
        if (group._inZoomAnimation || map._animatingZoom) return;
        stop();
        setTimeout(() => {
          const shown = group.getVisibleParent(first), node = shown && shown.getElement();
          if (node && document.activeElement === map.getContainer()) node.focus();
        }, 0);
      };
      map.on('moveend', settled);
      group.on('animationend spiderfied', settled);
    });
  };

  /** "45.5°N 122.7°W": where a place lies, to tell namesakes apart (a longitude the map moved past 180° is told
   * as the globe has it). */
  geomap.latLonText = function (lat, lon) {
    const east = ((lon + 180) % 360 + 360) % 360 - 180;
    return Math.abs(lat).toFixed(1) + '°' + (lat < 0 ? 'S' : 'N') + ' ' + Math.abs(east).toFixed(1) + '°' +
      (east < 0 ? 'W' : 'E');
  };

  /** Text made safe for HTML markup and attribute values (for the few APIs that take HTML strings). */
  geomap.esc = function (text) {
    return String(text).replace(/[&<>"'`]/g, (c) => '&#' + c.charCodeAt(0) + ';');
  };

  const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  /** "10 Mar 2022" for a day number (days since 1970-01-01). */
  geomap.dayLabel = function (day) {
    const d = new Date(day * 86400000);
    return d.getUTCDate() + ' ' + MONTHS[d.getUTCMonth()] + ' ' + d.getUTCFullYear();
  };

  /** The parsed content of a <script type="application/json"> block, plain or gzip+base64. */
  function readJson(id) {
    const node = document.getElementById(id);
    if (node.getAttribute('data-encoding') !== 'gzip+base64') return Promise.resolve(JSON.parse(node.textContent));
    const text = window.atob(JSON.parse(node.textContent));
    const bytes = new Uint8Array(text.length);
    for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
    const stream = new Blob([bytes]).stream().pipeThrough(new window.DecompressionStream('gzip'));
    return new Response(stream).text().then(JSON.parse);
  }

  /** Rows [at, at + n) of the payload's sources, each as [doc, source, url, sentence, placeSpan, dateSpan, title]. */
  function sourceRows(sources, origins, at, n) {
    const out = [];
    for (let end = at + n; at < end; at++) {
      const o = sources.origin[at];
      out.push([origins.doc[o], origins.source[o], origins.url[o], sources.sentence[at],
        sources.place_span[at], sources.date_span[at], origins.title ? origins.title[o] : null]);
    }
    return out;
  }

  /** Event rows [place, type, occurred, first, last, label, summary, actors, sources] from the payload's
   * columns; and each place's cited sentences (its [first, count] rows) as sources too. */
  function eventRows(data) {
    const {events, sources, origins} = data;
    let at = 0;
    data.places.forEach((p) => { p[10] = p[10] ? sourceRows(sources, origins, p[10][0], p[10][1]) : []; });
    return events.place.map((place, k) => {
      const own = sourceRows(sources, origins, at, events.sources[k]);
      at += events.sources[k];
      return [place, events.type[k], events.occurred[k], events.first[k], events.last[k], events.label[k],
        events.summary[k], events.actors[k], own];
    });
  }

  class App {
    constructor(map, options) {
      this.map = map;
      this.options = options;
      // Tab reaches the controls (search, filters, list) before the markers: Leaflet puts them after the map's
      // panes, so a keyboard user went through every marker first (QA 11 and 12: 54 Tabs to the search box)
      const container = map.getContainer();
      container.insertBefore(map._controlContainer, container.firstChild);
      const side = document.getElementById('gm-side');  // and so does the event panel (Play, the time filter, the
      if (side) container.parentNode.insertBefore(side, container);  // list; QA 13), which CSS still draws at the
      // right of the map (under it on a phone)
      this.listeners = [];
      this.pending = false;
      this.ready = Promise.all([readJson(options.data), options.basemap ? readJson(options.basemap) : null])
        .then(([data, basemap]) => { this.init(data, basemap); return this; });
    }

    /** Runs a control factory once the data is in. */
    add(factory, options) {
      this.ready.then(() => factory(this, options || {}));
      return this;
    }

    /** Calls fn(app) now and after every filter change. */
    listen(fn) {
      this.listeners.push(fn);
      fn(this);
    }

    init(data, basemap) {
      data.events = eventRows(data);
      this.data = data;
      this.S = data.strings;
      const range = data.range || [0, 0];
      this.filter = {from: range[0], to: range[1], undated: true, types: data.types.map(() => true)};
      this.visible = new Uint8Array(data.events.length);
      this.byPlace = data.places.map(() => []);
      data.events.forEach((e, k) => this.byPlace[e[0]].push(k));
      this.bare = Uint8Array.from(this.byPlace, (events) => (events.length ? 0 : 1));  // places without events
      this.waiting = new Set(['events', 'mentioned']);
      this.shown = new Uint8Array(data.places.length);
      this.signature = new Array(data.places.length).fill('');
      this.icons = new Map();
      // no tile layer sets them offline, and markercluster needs maxZoom; the offline basemap (1:50m) shows no
      // coast or border right past OFFLINE_ZOOM, so a marker there would seem to stand in the sea; a phone may
      // need the whole world at zoom 0 (256 pixels wide) to show places from the Americas to Asia
      this.map.setMinZoom(this.narrow() ? 0 : 1).setMaxZoom(this.options.tiles ? 18 : OFFLINE_ZOOM);
      this.map.createPane(REGIONS_PANE).style.zIndex = 410;
      this.map.createPane(BADGES_PANE).style.zIndex = 590;  // (markerPane: 600)
      this.fit();  // a first view for the layers added now; again once every control is in (see fit)
      this.ready.then(() => this.fit());
      this.layerControl = L.control.layers(this.baseLayers(basemap), {}, {collapsed: this.narrow()})
        .addTo(this.map);  // on a phone, the layer list opens from its button
      this.buildLayers();
      this.typeToggles();
      this.map.attributionControl.addAttribution(
        'Places: <a href="https://www.geonames.org/" target="_blank" rel="noopener">GeoNames</a> ' +
        '(<a href="https://creativecommons.org/licenses/by/4.0/" target="_blank" rel="noopener">CC BY 4.0</a>)');
      const scale = this.map.getContainer().querySelector('.leaflet-control-scale');
      if (scale && this.narrow()) {  // on a phone the attribution runs the map's width: the scale bar stands on it,
        // not under it (QA 11 and 12)
        const attribution = this.map.attributionControl.getContainer();
        attribution.parentNode.insertBefore(scale, attribution);
      }
      this.apply();
    }

    baseLayers(basemap) {
      const layers = {};
      if (this.options.tiles) layers.OpenStreetMap = L.tileLayer(this.options.tiles.url, this.options.tiles);
      const tiles = layers.OpenStreetMap;
      if (basemap) {
        const countries = (east) => L.geoJSON(basemap, {
          renderer: L.canvas({padding: 0.5}), interactive: false,
          style: {color: '#a39e93', weight: 0.7, fillColor: '#f4f1ea', fillOpacity: 1},
          coordsToLatLng: (c) => L.latLng(c[1], c[0] + east),
          attribution: 'Basemap: <a href="https://www.naturalearthdata.com/" target="_blank" rel="noopener">' +
            'Natural Earth</a> (public domain)',
        });
        // a map across 180° (its western places moved 360° east) draws the world a second time past 180°
        layers['Natural Earth countries'] = this.data.wrap ? L.layerGroup([countries(0), countries(360)])
          : countries(0);
      }
      const first = layers.OpenStreetMap || layers['Natural Earth countries'];
      if (first) first.addTo(this.map);
      if (tiles && basemap) this.fallBack(tiles, layers['Natural Earth countries']);
      return layers;
    }

    /** With no network the tiles never load: then show the built-in basemap instead, and say why. */
    fallBack(tiles, basemap) {
      let loaded = false;
      tiles.on('tileload', () => { loaded = true; });
      tiles.once('tileerror', () => {
        if (loaded || !this.map.hasLayer(tiles)) return;  // (one tile lost online is no reason)
        this.map.removeLayer(tiles);
        basemap.addTo(this.map);
        el('p', 'gm-notice', 'Map tiles could not be loaded (no network?): showing the built-in basemap.',
          this.map.getContainer());
      });
    }

    buildLayers() {
      this.cluster = L.markerClusterGroup({
        chunkedLoading: true, showCoverageOnHover: false, maxClusterRadius: 45,
        chunkProgress: (done, total) => { if (done >= total) this.loaded(); },
        iconCreateFunction: (cluster) => this.clusterIcon(cluster),
      });
      this.areas = L.featureGroup();
      this.markers = [];
      this.polygons = [];
      this.data.places.forEach((p, i) => { if (!this.bare[i]) this.buildPlace(p, i); });
      this.areas.addTo(this.map);
      geomap.keepClusterFocus(this.cluster);
      this.cluster.addTo(this.map);
      this.mentioned = new geomap.Mentioned(this);
      this.keepPopupsClear();
      this.closeOnEscape();
    }

    /** Escape closes the open popup wherever the focus is (Leaflet's own key handling listens only while the map
     * itself has the focus, not a marker opened with Enter) and gives the focus back to the marker that opened it
     * when the focus was on that marker, in the popup or nowhere. */
    closeOnEscape() {
      let source = null;
      this.map.on('popupopen', (ev) => { source = ev.popup._source || null; });
      this.map.on('popupclose', () => { source = null; });
      document.addEventListener('keydown', (ev) => {
        if (ev.key !== 'Escape' || source === null) return;
        const opener = source.getElement ? source.getElement() : null;
        const popup = this.map.getContainer().querySelector('.leaflet-popup');
        const from = document.activeElement;
        const back = opener && (from === opener || from === document.body || (popup && popup.contains(from)));
        this.map.closePopup();
        if (back && document.contains(opener)) opener.focus();
      });
    }

    /** Whether the map is phone-sized: its layer list and legend then start closed. */
    narrow() {
      return this.map.getContainer().clientWidth < NARROW;
    }

    /** A popup that builds its content when it opens, never wider than the map leaves room for (its frame
     * takes POPUP_FRAME pixels, and the pan keeps a margin each side: 30 pixels, 10 on a phone). */
    bindPopup(layer, i) {
      const margin = this.narrow() ? 10 : 30, room = this.map.getContainer().clientWidth - 2 * margin - POPUP_FRAME;
      return layer.bindPopup(() => geomap.popup(this, i), {
        maxWidth: Math.min(380, room), minWidth: Math.min(260, room), maxHeight: 340,
        autoPanPadding: [margin, margin]});
    }

    /** The widest control on each side, plus a margin ("left" or "right" corners). */
    controlWidth(side) {
      const controls = this.map.getContainer().querySelectorAll('.leaflet-' + side + ' .leaflet-control');
      return Math.max(40, ...Array.from(controls, (c) => c.offsetWidth + 20));
    }

    /** Once a popup has opened (and Leaflet's own pan has ended), pans the map so that the popup lies clear of
     * the controls (the layer list, the legend, the search box) when it can: the shortest move that lines the
     * popup up with a control's edge, clears them all and keeps the popup inside the map. */
    keepPopupsClear() {
      let panning = false;
      this.map.on('autopanstart', () => { panning = true; });
      const container = this.map.getContainer();  // on a phone, an open popup has the map to itself
      this.map.on('popupclose', () => container.classList.remove('gm-popup-open'));
      this.map.on('popupopen', (ev) => {
        if (this.narrow()) container.classList.add('gm-popup-open');
        const clear = () => this.clearControls(ev.popup);
        if (panning) this.map.once('moveend', clear); else clear();
        panning = false;
      });
    }

    clearControls(popup) {
      const element = popup.getElement();
      if (!element || !this.map.hasLayer(popup)) return;
      const container = this.map.getContainer(), frame = container.getBoundingClientRect();
      const rect = element.getBoundingClientRect(), margin = 8;
      const anchor = this.map.latLngToContainerPoint(popup.getLatLng()).y + frame.top;  // the place itself
      const box = {left: rect.left, right: rect.right, top: rect.top, bottom: Math.max(rect.bottom, anchor + 6)};
      const controls = Array.from(container.querySelectorAll('.leaflet-control'), (c) => c.getBoundingClientRect())
        .filter((c) => c.width && c.height);
      const hits = (dx, dy) => controls.filter((c) => box.left + dx < c.right && c.left < box.right + dx
        && box.top + dy < c.bottom && c.top < box.bottom + dy);
      const inside = (dx, dy) => box.left + dx >= frame.left && box.right + dx <= frame.right
        && box.top + dy >= frame.top && box.bottom + dy <= frame.bottom;
      if (!hits(0, 0).length) return;
      const xs = [0, ...controls.flatMap((c) => [c.right - box.left + margin, c.left - box.right - margin])];
      const ys = [0, ...controls.flatMap((c) => [c.bottom - box.top + margin, c.top - box.bottom - margin])];
      const moves = xs.flatMap((dx) => ys.map((dy) => [dx, dy]))
        .filter(([dx, dy]) => inside(dx, dy) && !hits(dx, dy).length);
      if (!moves.length) return;  // (no room anywhere: the popup stays where Leaflet put it)
      const size = ([x, y]) => Math.abs(x) + Math.abs(y);
      const [dx, dy] = moves.reduce((m, n) => (size(m) <= size(n) ? m : n));
      this.map.panBy([-dx, -dy]);
    }

    buildPlace(p, i) {
      if (p[6] !== null) {
        const kind = p[1] === 'country' ? 'gm-country' : 'gm-region';
        const polygon = L.geoJSON(this.data.geometries[p[6]],
          {className: kind, style: {weight: 2}, pane: geomap.polygonPane(p)});
        polygon.placeIndex = i;
        this.polygons[i] = this.bindPopup(polygon, i);
      }
      if (p[5] !== REGION) {
        const marker = L.marker([p[3], p[4]], {title: p[0], riseOnHover: true,  // Tab and Enter reach it
          pane: p[5] === AREA ? BADGES_PANE : 'markerPane'});
        marker.placeIndex = i;
        this.markers[i] = this.bindPopup(marker, i);
      }
    }

    /** One overlay per event type in the layer control; toggling it filters those events. */
    typeToggles() {
      this.data.types.forEach((t, j) => {
        const toggle = L.layerGroup().addTo(this.map);
        toggle.typeIndex = j;
        const label = '<span class="gm-swatch" style="--gm-c:' + geomap.esc(t[1]) + '">' + geomap.esc(t[2]) +
          '</span> <span class="gm-type-name">' + geomap.esc(t[0]) + '</span>';
        this.layerControl.addOverlay(toggle, label);
      });
      this.layerControl.addOverlay(this.areas, '<span class="gm-type-name">Regions &amp; countries</span>');
      this.layerControl.addOverlay(this.mentioned.layer, '<span class="gm-swatch gm-swatch-bare"></span> ' +
        '<span class="gm-type-name">Places without events</span>');
      this.map.on('overlayadd overlayremove', (ev) => {
        if (ev.layer.typeIndex === undefined) return;
        this.filter.types[ev.layer.typeIndex] = ev.type === 'overlayadd';
        this.schedule();
      });
    }

    /** Re-filter on the next frame (coalesces slider drags). */
    schedule() {
      if (this.pending) return;
      this.pending = true;
      window.requestAnimationFrame(() => { this.pending = false; this.apply(); });
    }

    passes(e) {
      const f = this.filter;
      if (!f.types[e[1]]) return false;
      return e[3] === null ? f.undated : e[4] >= f.from && e[3] <= f.to;
    }

    /** Recomputes visible events and per-place counts, then redraws what changed. */
    apply() {
      const d = this.data, nt = d.types.length;
      const counts = new Int32Array(d.places.length * nt);
      const total = new Int32Array(d.places.length), occurred = new Uint8Array(d.places.length);
      const byType = new Int32Array(nt);
      let shown = 0;
      d.events.forEach((e, k) => {
        const ok = this.passes(e);
        this.visible[k] = ok ? 1 : 0;
        if (!ok) return;
        shown++;
        byType[e[1]]++;
        counts[e[0] * nt + e[1]]++;
        total[e[0]]++;
        if (e[2]) occurred[e[0]] = 1;
      });
      this.stats = {counts, total, occurred, byType, shown};
      this.redraw();
      this.listeners.forEach((fn) => fn(this));
    }

    redraw() {
      const add = [], remove = [];
      this.data.places.forEach((p, i) => {
        const on = this.stats.total[i] > 0 ? 1 : 0;
        if (on) this.restyle(p, i);
        if (on === this.shown[i]) return;
        this.shown[i] = on;
        if (this.polygons[i]) this.areas[on ? 'addLayer' : 'removeLayer'](this.polygons[i]);
        if (p[5] === AREA) this.areas[on ? 'addLayer' : 'removeLayer'](this.markers[i]);
        if (p[5] === POINT) (on ? add : remove).push(this.markers[i]);
      });
      if (remove.length) this.cluster.removeLayers(remove);
      if (add.length) this.cluster.addLayers(add);
      else this.loaded();
      this.cluster.refreshClusters();
    }

    /** Marks the page (body[data-geomap=ready]) once the first markers of both kinds are all in
     * (part: 'events', the default, or 'mentioned'). */
    loaded(part) {
      this.waiting.delete(part || 'events');
      if (!this.waiting.size && !document.body.dataset.geomap) document.body.dataset.geomap = 'ready';
    }

    /** Visible types at a place, most events first: [[typeIndex, count]]. */
    composition(i) {
      const nt = this.data.types.length, parts = [];
      for (let j = 0; j < nt; j++) {
        const n = this.stats.counts[i * nt + j];
        if (n) parts.push([j, n]);
      }
      return parts.sort((a, b) => b[1] - a[1] || a[0] - b[0]);
    }

    restyle(p, i) {
      const parts = this.composition(i), occurred = this.stats.occurred[i] === 1;
      const key = (occurred ? 'o' : 'm') + this.stats.total[i] + ':' + parts.join(';');
      if (key === this.signature[i]) return;
      this.signature[i] = key;
      const colour = this.data.types[parts[0][0]][1];
      if (this.polygons[i]) {
        this.polygons[i].setStyle({color: colour, fillColor: colour, opacity: 0.9,
          fillOpacity: occurred ? 0.22 : 0.07, dashArray: occurred ? null : '6 4'});
      }
      if (this.markers[i]) this.markers[i].setIcon(this.icon(p, i, parts, occurred));
    }

    /** A divIcon (no image request): disc for a place, square badge for a country; hollow when only mentioned. */
    icon(p, i, parts, occurred) {
      const total = this.stats.total[i], types = this.data.types, area = p[5] === AREA;
      const size = area ? 26 : total >= 20 ? 30 : total >= 5 ? 26 : total >= 2 ? 22 : 18;
      let at = 0;
      const stops = parts.map(([j, n]) => {
        const from = at;
        at += (100 * n) / total;
        return types[j][1] + ' ' + from.toFixed(1) + '% ' + at.toFixed(1) + '%';
      });
      const fill = parts.length > 1 ? 'conic-gradient(' + stops.join(',') + ')' : types[parts[0][0]][1];
      const text = area ? (p[2] || p[0].slice(0, 3)) : types[parts[0][0]][2];
      const key = [area, occurred, size, fill, text].join('|');
      if (!this.icons.has(key)) {
        const html = '<div class="' + (area ? 'gm-area' : 'gm-pin') + (occurred ? ' gm-occurred' : ' gm-mentioned') +
          '" style="--gm-c:' + types[parts[0][0]][1] + ';--gm-fill:' + fill + '">' + geomap.esc(text) + '</div>';
        this.icons.set(key, L.divIcon({html, className: 'gm-icon', iconSize: [area ? 34 : size, size]}));
      }
      return this.icons.get(key);
    }

    clusterIcon(cluster) {
      const markers = cluster.getAllChildMarkers();
      let events = 0;
      markers.forEach((m) => { events += this.stats.total[m.placeIndex]; });
      const n = markers.length, size = n < 10 ? 'small' : n < 100 ? 'medium' : 'large';
      cluster.options.title = events + (events === 1 ? ' event' : ' events') + ' at ' + n + ' places';  // its name
      // for screen readers and a hover tip (Leaflet gives the marker's button this title)
      return L.divIcon({html: '<div><span>' + events + '</span></div>',
        className: 'marker-cluster marker-cluster-' + size, iconSize: L.point(40, 40)});
    }

    /** Frames the places with events clear of the controls on either side (search and buttons on the left;
     * layer list and open legend on the right): each side is padded by its controls' width, the two together
     * by at most two thirds of the map's. On a phone, where the controls would leave too narrow a strip between
     * them, the places are framed below the top corners' controls and above the bottom corners'. */
    fit() {
      const b = this.data.bounds;
      if (!b) return this.map.setView([20, 0], 2, {animate: false});
      if (b[0][0] === b[1][0] && b[0][1] === b[1][1]) return this.map.setView(b[0], 7, {animate: false});
      let topLeft, bottomRight;
      if (this.narrow()) {
        topLeft = [10, this.controlBand('top')];
        bottomRight = [10, this.controlBand('bottom')];
      } else {
        const left = this.controlWidth('left'), right = this.controlWidth('right');
        const room = Math.min(1, (this.map.getSize().x * 2) / 3 / (left + right));
        topLeft = [left * room, 40];
        bottomRight = [right * room, 40];
      }
      this.map.fitBounds(b, {paddingTopLeft: topLeft, paddingBottomRight: bottomRight, maxZoom: 8, animate: false});
    }

    /** How far the controls in the top (or bottom) corners reach into the map, plus a margin. */
    controlBand(side) {
      const map = this.map.getContainer().getBoundingClientRect();
      const controls = this.map.getContainer().querySelectorAll('.leaflet-' + side + ' .leaflet-control');
      return 10 + Math.max(30, ...Array.from(controls, (c) => {
        const box = c.getBoundingClientRect();
        return side === 'top' ? box.bottom - map.top : map.bottom - box.top;
      }));
    }

    /** Zooms to a place and opens its popup, optionally highlighting one event in it. */
    focus(i, eventIndex) {
      if (this.bare[i]) return this.mentioned.focus(i);
      const p = this.data.places[i], marker = this.markers[i], polygon = this.polygons[i];
      this.focusEvent = eventIndex;
      const open = () => {
        const layer = marker || polygon;
        layer.openPopup(marker ? undefined : [p[3], p[4]]);
        this.focusEvent = undefined;
        const element = layer.getPopup().getElement();
        const picked = element && element.querySelector('.gm-focus');
        if (picked) picked.scrollIntoView({block: 'nearest'});
      };
      if (!this.shown[i]) return this.map.setView([p[3], p[4]], Math.max(this.map.getZoom(), PLACE_ZOOM));
      if (p[5] === POINT) {  // zoomed in even when its marker shows already, unclustered, at the world's scale;
        // the marker is looked for once the clusters of the new zoom are drawn (asked while they are being
        // drawn, markercluster answered at once with the marker off the map, and no popup opened)
        this.map.setView([p[3], p[4]], Math.max(this.map.getZoom(), PLACE_ZOOM), {animate: false});
        const show = () => this.cluster.zoomToShowLayer(marker, open);
        if (this.cluster._inZoomAnimation) this.cluster.once('animationend', show); else show();
        return;
      }
      if (polygon) this.map.fitBounds(polygon.getBounds(), {animate: false, maxZoom: 7});
      else this.map.setView([p[3], p[4]], Math.max(this.map.getZoom(), 5), {animate: false});
      open();
    }
  }

  /** Entry point used by the page: geomap.mount(map, {data, basemap, tiles}). */
  geomap.mount = function (map, options) {
    const app = new App(map, options);
    geomap.apps.push(app);
    return app;
  };
})(window);
