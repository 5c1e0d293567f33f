/* geomap controls: time filter and playback, event list, place search, legend, fullscreen and panel buttons.
 * Each is a factory fn(app, options) that app.add() runs once the data is in. */
(function (window) {
  'use strict';
  const L = window.L;
  const geomap = window.geomap;
  const el = geomap.el;
  const controls = geomap.controls;
  const LIST_PAGE = 200;
  const fmt = (n) => n.toLocaleString('en-US');
  /** A count with its noun, singular for one: "1 event", "3 places". */
  const count = (n, noun) => fmt(n) + ' ' + noun + (n === 1 ? '' : 's');

  function panel(options) {
    return document.getElementById(options.container || 'gm-side');
  }

  function checkbox(parent, className, text, checked) {
    const label = el('label', 'gm-check', null, parent);
    const input = el('input', className, null, label);
    input.type = 'checkbox';
    input.checked = checked;
    el('span', null, text, label);
    return input;
  }

  /** Title and totals at the top of the side panel. */
  controls.header = function (app, options) {
    const box = el('header', 'gm-head', null, panel(options));
    el('h1', 'gm-title', app.data.title, box);
    const d = app.data, undated = d.events.filter((e) => e[3] === null).length;
    const bare = app.bare.reduce((n, b) => n + b, 0);
    let text = count(d.events.length, 'event') + ' at ' + count(d.places.length - bare, 'place');
    if (bare) text += ' · ' + count(bare, 'place') + ' without events';
    if (undated) text += ' · ' + fmt(undated) + ' undated';
    if (d.unmapped) text += ' · ' + fmt(d.unmapped) + ' without coordinates (not shown)';
    el('p', 'gm-totals', text, box);
  };

  function slider(parent, name, range) {
    const label = el('label', 'gm-slider', null, parent);
    el('span', null, name, label);
    const input = el('input', 'gm-time-' + name.toLowerCase(), null, label);
    Object.assign(input, {type: 'range', min: range[0], max: range[1], step: 1});
    input.setAttribute('aria-label', name + ' date');
    return input;
  }

  /** Play button: moves a window (the current one, or a tenth of the time the events fill) forward to the
   * last date, leaping over stretches without events (a background event of 1937 leaves no decades of empty
   * frames, nor frames years wide). The time events fill counts each quiet stretch between them as a month
   * at most. `days` are the dated events' first days, sorted. */
  function player(button, range, filter, set, days) {
    let timer = null;
    const stop = () => { window.clearInterval(timer); timer = null; button.textContent = '▶ Play'; };
    const filled = days.reduce((sum, d, i) => sum + (i ? Math.min(QUIET_DAYS, d - days[i - 1]) : 0), 0);
    button.addEventListener('click', () => {
      if (timer) return stop();
      const span = range[1] - range[0];
      let width = filter.to - filter.from;
      if (width >= span) width = Math.max(1, Math.round(Math.min(span, filled) / 10));
      const step = Math.max(1, Math.round(width / 5));
      if (filter.to >= range[1] || filter.to - filter.from !== width) set(range[0], range[0] + width);
      button.textContent = '❚❚ Pause';
      timer = window.setInterval(() => {
        if (filter.to >= range[1]) return stop();
        const next = days.find((d) => d > filter.to);  // the next event after the window
        const leap = next !== undefined && next > filter.to + step ? next - filter.to : step;
        set(filter.from + leap, Math.min(range[1], filter.to + leap));
      }, 250);
    });
    return stop;
  }

  const QUIET_DAYS = 30;  // a quiet stretch between events counts this long at most when Play sizes its window

  /** Date range filter (two sliders), playback, and whether undated events show. */
  controls.time = function (app, options) {
    const box = el('section', 'gm-time', null, panel(options));
    const range = app.data.range, f = app.filter;
    const head = el('div', 'gm-time-head', null, box);
    const play = el('button', 'gm-play', '▶ Play', head);
    const reset = el('button', 'gm-time-reset', 'All dates', head);
    const label = el('output', 'gm-time-label', 'No dated events', box);
    const n = fmt(app.data.events.filter((e) => e[3] === null).length);
    const undated = checkbox(box, 'gm-undated-toggle', 'show undated events (' + n + ', “date unknown”)', true);
    undated.addEventListener('change', () => { f.undated = undated.checked; app.schedule(); });
    play.disabled = reset.disabled = !range;
    if (!range) return;
    // the sliders step through the days events start or end, evenly, so one background event of 2014 does not
    // squeeze a story of 2026 into the slider's last few pixels
    const stops = app.timeStops = Array.from(new Set([range[0], range[1], ...app.data.events.flatMap(
      (e) => (e[3] === null ? [] : [e[3], e[4]]))])).sort((a, b) => a - b);
    const stopAt = (day, up) => {  // the index of the last stop on or before the day (first on or after: up)
      const i = stops.findIndex((d) => d > day);
      const below = (i < 0 ? stops.length : i) - 1;
      return up && stops[below] < day ? below + 1 : Math.max(0, below);
    };
    const from = slider(box, 'From', [0, stops.length - 1]), to = slider(box, 'To', [0, stops.length - 1]);
    const set = (a, b) => {
      f.from = Math.min(a, b);
      f.to = Math.max(a, b);
      from.value = stopAt(f.from, false);
      to.value = stopAt(f.to, true);
      label.textContent = geomap.dayLabel(f.from) + ' – ' + geomap.dayLabel(f.to);
      from.setAttribute('aria-valuetext', geomap.dayLabel(f.from));
      to.setAttribute('aria-valuetext', geomap.dayLabel(f.to));
      app.schedule();
    };
    from.addEventListener('input', () => set(stops[+from.value], Math.max(stops[+from.value], f.to)));
    to.addEventListener('input', () => set(Math.min(f.from, stops[+to.value]), stops[+to.value]));
    const days = app.data.events.map((e) => e[3]).filter((d) => d !== null).sort((a, b) => a - b);
    const stop = player(play, range, f, set, days);
    reset.addEventListener('click', () => { stop(); set(range[0], range[1]); });
    set(f.from, f.to);
  };

  /** Events to list: those passing the filters, at one place or in the map view if asked. */
  function listRows(app, inView, place) {
    const bounds = inView ? app.map.getBounds() : null, places = app.data.places;
    const candidates = place === null ? app.data.events.map((e, k) => k) : app.byPlace[place];
    return candidates.filter((k) => {
      const p = places[app.data.events[k][0]];
      return app.visible[k] && (!bounds || bounds.contains([p[3], p[4]]));
    });
  }

  function listRow(app, k) {
    const e = app.data.events[k], type = app.data.types[e[1]];
    const row = el('li', 'gm-row' + (e[2] ? '' : ' gm-row-mentioned'));
    row.dataset.event = String(k);
    row.tabIndex = -1;  // (the list sets its one Tab stop)
    const dot = el('span', 'gm-swatch', type[2], row);
    dot.style.setProperty('--gm-c', type[1]);
    const body = el('div', 'gm-row-body', null, row);
    const head = el('div', 'gm-row-head', null, body);
    el('time', e[3] === null ? 'gm-date gm-undated' : 'gm-date', app.S[e[5]], head);
    el('span', 'gm-row-place', app.data.places[e[0]][0], head);
    el('span', 'gm-row-type', type[0] + (e[2] ? '' : ' (mentioned)'), head);
    if (e[6] !== null) el('div', 'gm-row-summary', app.S[e[6]], body);
    return row;
  }

  /** The events passing the filters, newest first; clicking one zooms to its place and opens its popup.
   * app.listPlace(i) narrows the list to one place (a popup's "show all" button). */
  controls.list = function (app, options) {
    const box = el('section', 'gm-list', null, panel(options));
    const head = el('div', 'gm-list-head', null, box);
    const total = el('span', 'gm-list-count', null, head);
    const scope = el('button', 'gm-list-scope', null, head);
    const inView = checkbox(head, 'gm-in-view', 'in map view only', false);
    const list = el('ol', 'gm-rows', null, box);
    const more = el('button', 'gm-list-more', null, box);
    let limit = LIST_PAGE, place = null;
    const render = () => {
      const rows = listRows(app, inView.checked, place), shown = rows.slice(0, limit);
      const items = document.createDocumentFragment();
      shown.forEach((k) => items.appendChild(listRow(app, k)));
      list.replaceChildren(items);
      [...list.children].forEach((row, k) => { row.tabIndex = k ? -1 : 0; });  // one Tab stop for the whole list
      total.textContent = count(rows.length, 'event') + (rows.length > shown.length ? ', first ' + fmt(shown.length) : '');
      scope.hidden = place === null;
      scope.textContent = place === null ? '' : 'at ' + app.data.places[place][0] + ' ✕';
      more.hidden = rows.length <= shown.length;
      more.textContent = 'Show ' + fmt(Math.min(LIST_PAGE, rows.length - shown.length)) + ' more';
    };
    const pick = (target) => {
      const row = target.closest('.gm-row');
      if (row) app.focus(app.data.events[+row.dataset.event][0], +row.dataset.event);
    };
    app.listPlace = (i) => { place = i; limit = LIST_PAGE; render(); list.scrollTop = 0; };
    scope.addEventListener('click', () => app.listPlace(null));
    list.addEventListener('click', (ev) => pick(ev.target));
    const moveTo = (row) => {  // the arrow keys walk the rows; the row left is no Tab stop any more
      if (!row) return;
      [...list.children].forEach((r) => { r.tabIndex = r === row ? 0 : -1; });
      row.focus();
    };
    list.addEventListener('keydown', (ev) => {
      const row = ev.target.closest('.gm-row');
      if (ev.key === 'Enter') pick(ev.target);
      else if (ev.key === 'Escape') app.map.closePopup();  // (the row keeps the focus)
      else if (row && (ev.key === 'ArrowDown' || ev.key === 'ArrowUp')) {
        ev.preventDefault();  // (not the panel's scroll)
        moveTo(ev.key === 'ArrowDown' ? row.nextElementSibling : row.previousElementSibling);
      } else if (row && (ev.key === 'Home' || ev.key === 'End')) {
        ev.preventDefault();
        moveTo(ev.key === 'Home' ? list.firstElementChild : list.lastElementChild);
      }
    });
    more.addEventListener('click', () => { limit += LIST_PAGE; render(); });
    inView.addEventListener('change', render);
    app.map.on('moveend', () => { if (inView.checked) render(); });
    app.listen(() => { limit = LIST_PAGE; render(); });
  };

  /** Letters that carry no accent Unicode can take off: "Wrocław", "Førde", "Đakovo", "Straße". */
  const PLAIN = {ł: 'l', ø: 'o', đ: 'd', ð: 'd', ħ: 'h', ı: 'i', ŧ: 't', ß: 'ss', æ: 'ae', œ: 'oe', þ: 'th'};

  /** A name as search compares it: no accents, case or apostrophes ("Nuku'alofa" finds "Nuku‘alofa", "wroclaw"
   * "Wrocław"), and hyphens, dots and runs of spaces as one space ("Al Haouz" finds "Al-Haouz"). */
  const fold = (s) => s.normalize('NFD').replace(/[\u0300-\u036f'‘’ʻʼ`´]/g, '').toLowerCase()
    .replace(/[łøđðħıŧßæœþ]/g, (c) => PLAIN[c]).replace(/[\s\-‐‑–—_.]+/g, ' ');

  /**
   * Keeps clicks in a control from reaching the map. Leaflet only marks the control and lets the map skip clicks
   * whose target lies inside it; a click that replaces its own target (a search result, a list row) leaves that
   * target detached, the map then takes the click as its own and closes the popup the click has just opened.
   */
  const isolate = (el) => {
    L.DomEvent.disableClickPropagation(el);
    L.DomEvent.on(el, 'click', L.DomEvent.stopPropagation);
  };


  /** Searchable names per place: its own (index 0), then those the articles wrote for it ("Geneva" for Genève). */
  const searchKeys = (app) => app.data.places.map((p) => [p[0], ...(p[9] || [])].map(fold));

  /** The best places for the query as [placeIndex, nameIndex]: a name that starts with it before one that
   * contains it, then the busiest place, then alphabetical. */
  function matches(app, query, keys) {
    const q = fold(query.trim());
    if (!q) return [];
    const found = [];
    keys.forEach((names, i) => {
      let best = null;
      names.forEach((key, n) => {
        const at = key.indexOf(q), rank = at === 0 ? 0 : 1;
        if (at >= 0 && (best === null || rank < best[0])) best = [rank, -app.stats.total[i], key, i, n];
      });
      if (best) found.push(best);
    });
    found.sort((a, b) => a[0] - b[0] || a[1] - b[1] || (a[2] < b[2] ? -1 : a[2] > b[2] ? 1 : 0));
    return found.slice(0, 8).map((m) => [m[3], m[4]]);
  }

  /** Place search box: by the place's name or the names the articles wrote for it, accent- and
   * case-insensitive, prefix matches first, busiest places first. */
  controls.search = function (app, options) {
    const control = L.control({position: options.position || 'topleft'});
    let keys = null;
    control.onAdd = () => {
      const box = el('div', 'gm-search leaflet-bar');
      const input = el('input', 'gm-search-input', null, box);
      Object.assign(input, {type: 'search', placeholder: 'Search places…', autocomplete: 'off'});
      input.setAttribute('aria-label', 'Search places');
      const results = el('ul', 'gm-search-results', null, box);
      const choose = ([i, n]) => {  // the name as typed or written ("Galway"), not its gazetteer name ("Gaillimh")
        results.replaceChildren();
        input.value = n > 0 ? app.data.places[i][9][n - 1] : app.data.places[i][0];
        app.focus(i);
      };
      input.addEventListener('input', () => {
        keys = keys || searchKeys(app);
        const found = matches(app, input.value, keys);
        const alike = (i) => found.some(([j]) => j !== i && app.data.places[j][0] === app.data.places[i][0]
          && app.data.places[j][2] === app.data.places[i][2]);  // two Portlands in the US: tell them by where
        results.replaceChildren(...found.map(([i, n]) => {
          const p = app.data.places[i], shown = app.bare[i] || app.shown[i];
          const item = el('li', 'gm-search-item' + (shown ? '' : ' gm-filtered'));
          const events = app.bare[i] ? 'no events' : count(app.stats.total[i], 'event');
          const written = n > 0 ? 'as “' + p[9][n - 1] + '”' : null;
          const where = alike(i) ? geomap.latLonText(p[3], p[4]) : null;
          el('span', null, p[0], item);
          el('small', null, [written, p[1], p[2], where, events].filter(Boolean).join(' · '), item);
          item.addEventListener('click', () => choose([i, n]));
          return item;
        }));
      });
      input.addEventListener('keydown', (ev) => {
        const first = matches(app, input.value, keys || [])[0];
        if (ev.key === 'Enter' && first !== undefined) choose(first);
        if (ev.key === 'Escape') results.replaceChildren();
      });
      document.addEventListener('click', (ev) => {  // a click elsewhere (the map, a list row) closes the results
        if (!box.contains(ev.target)) results.replaceChildren();
      }, true);  // (in the capture phase: controls stop their clicks from bubbling)
      isolate(box);
      L.DomEvent.disableScrollPropagation(box);
      return box;
    };
    control.addTo(app.map);
  };

  const LEGEND_GAP = 10;  // pixels kept between the open legend and the controls above it

  function legendRow(parent, symbolClass, symbolText, text) {
    const row = el('li', 'gm-legend-row', null, parent);
    el('span', 'gm-legend-symbol ' + symbolClass, symbolText, row);
    el('span', null, text, row);
  }

  /** Colours per event type (with counts that follow the filters) and what each symbol means. */
  controls.legend = function (app, options) {
    const control = L.control({position: options.position || 'bottomright'});
    control.onAdd = () => {
      const box = el('details', 'gm-legend leaflet-bar');
      box.open = !app.narrow();  // on a phone, the legend opens from its summary
      el('summary', null, 'Legend', box);
      el('h3', null, 'Event types', box);
      const types = el('ul', null, null, box);
      const counts = app.data.types.map((t) => {
        const row = el('li', 'gm-legend-row', null, types);
        el('span', 'gm-swatch', t[2], row).style.setProperty('--gm-c', t[1]);
        el('span', null, t[0], row);
        return el('span', 'gm-legend-count', null, row);
      });
      el('h3', null, 'Symbols', box);
      const symbols = el('ul', null, null, box);
      legendRow(symbols, 'gm-pin gm-occurred', 'A', 'place where events occurred');
      legendRow(symbols, 'gm-pin gm-mentioned', 'A', 'events only mention the place');
      legendRow(symbols, 'gm-area gm-occurred', 'UA', 'country-level events (outline shaded)');
      legendRow(symbols, 'gm-legend-region', '', 'region; dashed = only mentioned');
      legendRow(symbols, 'gm-legend-cluster', '12', 'cluster: number of events');
      legendRow(symbols, 'gm-bare gm-bare-point', '', 'place without events');
      legendRow(symbols, 'gm-bare gm-bare-area', 'RU', 'country or continent without events');
      legendRow(symbols, 'gm-legend-bare-region', '', 'region without events');
      legendRow(symbols, 'gm-legend-bare-cluster', '5', 'grey cluster: number of places without events');
      isolate(box);
      L.DomEvent.disableScrollPropagation(box);
      app.listen(() => counts.forEach((node, j) => { node.textContent = fmt(app.stats.byType[j]); }));
      return box;
    };
    control.addTo(app.map);
    // The open legend grows up from the bottom: it stops short of the controls at the top (search, layer list),
    // scrolling inside, so it never covers them (QA 10: on a phone it covered the search box and took its taps).
    const box = control.getContainer(), map = app.map.getContainer();
    const fitLegend = () => {
      if (!box.open) return;
      const own = box.getBoundingClientRect(), frame = map.getBoundingClientRect();
      const above = Array.from(map.querySelectorAll('.leaflet-top .leaflet-control'), (c) => c.getBoundingClientRect())
        .filter((r) => r.right > own.left && r.left < own.right);  // (the controls it would run into)
      const top = Math.max(frame.top, ...above.map((r) => r.bottom)) - frame.top;
      const bottom = own.bottom - frame.top;  // (above the credits)
      box.style.maxHeight = Math.max(80, bottom - top - LEGEND_GAP) + 'px';
    };
    box.addEventListener('toggle', fitLegend);
    app.map.on('resize', fitLegend);
    app.ready.then(fitLegend);
  };

  const ICONS = {
    fullscreen: '<svg viewBox="0 0 16 16" aria-hidden="true"><path d="M1 6V1h5M10 1h5v5M15 10v5h-5M6 15H1v-5"/></svg>',
    panel: '<svg viewBox="0 0 16 16" aria-hidden="true"><path d="M1 2h14v12H1zM10 2v12"/></svg>',
  };

  function button(bar, name, title, onClick) {
    const b = el('a', 'gm-button gm-' + name, null, bar);
    Object.assign(b, {href: '#', title, innerHTML: ICONS[name]});
    b.setAttribute('role', 'button');
    b.setAttribute('aria-label', title);
    L.DomEvent.on(b, 'click', (ev) => { L.DomEvent.preventDefault(ev); onClick(); });
    return b;
  }

  /** Fullscreen (whole page, side panel included) and show/hide of the side panel. */
  controls.buttons = function (app, options) {
    const control = L.control({position: options.position || 'topleft'});
    control.onAdd = () => {
      const bar = el('div', 'leaflet-bar gm-buttons');
      const root = document.documentElement;
      if (root.requestFullscreen) {
        button(bar, 'fullscreen', 'Full screen', () => {
          if (document.fullscreenElement) document.exitFullscreen();
          else root.requestFullscreen();
        });
      }
      button(bar, 'panel', 'Show or hide the event panel', () => {
        document.body.classList.toggle('gm-panel-hidden');
        app.map.invalidateSize();
      });
      isolate(bar);
      return bar;
    };
    control.addTo(app.map);
    document.addEventListener('fullscreenchange', () => app.map.invalidateSize());
  };
})(window);
