/* geomap: places the articles mention but no event is attached to ("Places without events").
 * Neutral grey symbols in their own overlay, under the event markers: a small dot per place (clustered
 * apart from the events, a grey cluster counting places, so event clusters still count events only), a
 * plain badge per country or continent (no outline: the basemap draws the border) and a dashed outline per
 * region polygon. They have no date, so the time and type filters leave them alone; search finds them. */
(function (window) {
  'use strict';
  const L = window.L;
  const geomap = window.geomap;
  const {POINT, AREA, REGION} = geomap.shapes;
  const PANE = 'gmMentioned';
  const REGION_STYLE = {color: '#6b6b6b', weight: 1.5, opacity: 0.9, dashArray: '4 3', fillColor: '#8c8c8c',
    fillOpacity: 0.08};

  class Mentioned {
    constructor(app) {
      this.app = app;
      this.markers = [];
      this.polygons = [];
      this.icons = new Map();
      app.map.createPane(PANE).style.zIndex = 450;  // above polygons (400, 410), under event markers (600)
      this.cluster = L.markerClusterGroup({
        chunkedLoading: true, showCoverageOnHover: false, maxClusterRadius: 40, clusterPane: PANE,
        chunkProgress: (done, total) => { if (done >= total) app.loaded('mentioned'); },
        iconCreateFunction: (cluster) => {
          const n = cluster.getChildCount();
          cluster.options.title = n + ' places named without events';  // its name for screen readers
          return L.divIcon({html: '<div><span>' + n + '</span></div>', className: 'marker-cluster gm-bare-cluster',
            iconSize: L.point(30, 30)});
        },
      });
      geomap.keepClusterFocus(this.cluster);
      this.areas = L.featureGroup();
      this.layer = L.layerGroup([this.areas, this.cluster]).addTo(app.map);
      const points = [];
      app.data.places.forEach((p, i) => { if (app.bare[i]) this.build(p, i, points); });
      if (points.length) this.cluster.addLayers(points);
      else app.loaded('mentioned');
    }

    build(p, i, points) {
      if (p[6] !== null) {
        const polygon = L.geoJSON(this.app.data.geometries[p[6]],
          {className: 'gm-bare-region', style: REGION_STYLE, pane: geomap.polygonPane(p)});
        this.polygons[i] = this.app.bindPopup(polygon, i).addTo(this.areas);
      }
      if (p[5] === REGION) return;
      const marker = L.marker([p[3], p[4]], {icon: this.icon(p), title: p[0], pane: PANE});
      this.markers[i] = this.app.bindPopup(marker, i);
      if (p[5] === POINT) points.push(marker);
      else marker.addTo(this.areas);
    }

    /** A grey dot, or for a country or continent a grey badge with its code. */
    icon(p) {
      const text = p[5] === AREA ? (p[2] || p[0].slice(0, 3)) : '';
      if (!this.icons.has(text)) {
        const html = '<div class="gm-bare ' + (text ? 'gm-bare-area' : 'gm-bare-point') + '">' + geomap.esc(text) +
          '</div>';
        this.icons.set(text, L.divIcon({html, className: 'gm-icon', iconSize: text ? [30, 18] : [12, 12]}));
      }
      return this.icons.get(text);
    }

    /** Shows the layer if it was switched off, zooms to place i and opens its popup. */
    focus(i) {
      const map = this.app.map, p = this.app.data.places[i], marker = this.markers[i], polygon = this.polygons[i];
      if (!map.hasLayer(this.layer)) this.layer.addTo(map);
      const open = () => (marker || polygon).openPopup(marker ? undefined : [p[3], p[4]]);
      if (p[5] === POINT) {  // (zoomed in even when its dot shows already)
        map.setView([p[3], p[4]], Math.max(map.getZoom(), geomap.PLACE_ZOOM), {animate: false});
        return this.cluster.zoomToShowLayer(marker, open);
      }
      if (polygon) map.fitBounds(polygon.getBounds(), {animate: false, maxZoom: 7});
      else map.setView([p[3], p[4]], Math.max(map.getZoom(), 5), {animate: false});
      open();
    }
  }

  geomap.Mentioned = Mentioned;
})(window);
