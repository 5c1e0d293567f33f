/* geomap popups and event entries, built as DOM on demand (a popup only when it opens). */
(function (window) {
  'use strict';
  const geomap = window.geomap;
  const el = geomap.el;
  const POPUP_LIMIT = 50;

  /** A [start, end] code-point span (as Python counts) as UTF-16 offsets into text, or null if invalid. */
  function utf16(chars, span) {
    if (!span || !(span[0] >= 0 && span[0] < span[1] && span[1] <= chars.length)) return null;
    const start = chars.slice(0, span[0]).join('').length;
    return [start, start + chars.slice(span[0], span[1]).join('').length];
  }

  /** The sentence as text nodes, the place and date spans wrapped in <mark>. */
  function sentence(text, placeSpan, dateSpan) {
    const quote = el('blockquote', 'gm-sentence');
    const chars = Array.from(text);
    const marks = [[utf16(chars, placeSpan), 'gm-mark-place'], [utf16(chars, dateSpan), 'gm-mark-date']]
      .filter((m) => m[0] !== null).sort((a, b) => a[0][0] - b[0][0]);
    let at = 0;
    marks.forEach(([[start, end], cls]) => {
      const from = Math.max(start, at);
      if (from >= end) return;
      quote.appendChild(document.createTextNode(text.slice(at, from)));
      el('mark', cls, text.slice(from, end), quote);
      at = end;
    });
    quote.appendChild(document.createTextNode(text.slice(at)));
    return quote;
  }

  /** One source: its name linked to the article (http(s) only), document id, the article's headline, and the
   * sentence. */
  function source(app, src) {
    const S = app.S, box = el('div', 'gm-source');
    const line = el('div', 'gm-source-line', null, box);
    const name = src[1] !== null ? S[src[1]] : 'outlet not given';
    const url = src[2] !== null ? S[src[2]] : null;
    if (url && /^https?:\/\//i.test(url)) {
      const a = el('a', 'gm-source-link', name, line);
      a.href = url;
      a.target = '_blank';
      a.rel = 'noopener noreferrer';
    } else {
      el('span', 'gm-source-name', name, line);
    }
    if (src[0] !== null) el('span', 'gm-doc', S[src[0]], line);
    if (src[6] !== null && src[6] !== undefined) el('div', 'gm-headline', S[src[6]], box);
    if (src[3] !== null) box.appendChild(sentence(S[src[3]], src[4], src[5]));
    return box;
  }

  /** The date as labelled at its precision; a hover title gives the days it spans. */
  function dateNode(app, e, parent) {
    const node = el('time', e[3] === null ? 'gm-date gm-undated' : 'gm-date', app.S[e[5]], parent);
    if (e[3] === null) node.title = 'undated: shown whatever the date filter';
    else if (e[3] !== e[4]) node.title = geomap.dayLabel(e[3]) + ' – ' + geomap.dayLabel(e[4]);
    return node;
  }

  /** A type chip coloured like the markers. */
  geomap.typeChip = function (app, j, parent) {
    const type = app.data.types[j];
    const chip = el('span', 'gm-type', type[0], parent);
    chip.style.setProperty('--gm-c', type[1]);
    return chip;
  };

  /** Whether a summary only repeats the start of a source sentence shown below it (then it is left out). */
  function quoted(summary, sources, S) {
    const squash = (t) => t.replace(/\s+/g, ' ').trim();
    const head = squash(summary).replace(/…$/, '');
    return sources.some((src) => src[3] !== null && squash(S[src[3]]).includes(head));
  }

  /** The full entry for event k: date, type, role, summary, actors, sources with highlighted sentences. */
  geomap.eventItem = function (app, k) {
    const e = app.data.events[k], S = app.S;
    const item = el('li', 'gm-event ' + (e[2] ? 'gm-occurred' : 'gm-mentioned'));
    item.dataset.event = String(k);
    const head = el('div', 'gm-event-head', null, item);
    dateNode(app, e, head);
    geomap.typeChip(app, e[1], head);
    el('span', 'gm-role', e[2] ? 'occurred here' : 'mentioned', head);
    if (e[6] !== null && !quoted(S[e[6]], e[8], S)) el('div', 'gm-summary', S[e[6]], item);
    if (e[7].length) el('div', 'gm-actors', 'Actors: ' + e[7].map((a) => S[a]).join(', '), item);
    e[8].forEach((src) => item.appendChild(source(app, src)));
    return item;
  };

  function countLine(app, i, shown) {
    const all = app.byPlace[i].length, occurred = shown.filter((k) => app.data.events[k][2]).length;
    let text = shown.length + (shown.length === 1 ? ' event' : ' events');
    if (occurred) text += ' · ' + occurred + ' occurred here';
    if (occurred < shown.length) text += ' · ' + (shown.length - occurred) + ' mentioned';
    if (shown.length < all) text += ' (' + all + ' without filters)';
    return text;
  }

  /** "mentioned 3 times in the articles", from the places table's mention count. */
  geomap.mentionText = function (n) {
    if (!n) return 'not mentioned in the articles';
    return 'mentioned ' + (n === 1 ? 'once' : n.toLocaleString('en-US') + ' times') + ' in the articles';
  };

  /** Popup of place i: its events that pass the filters, newest first, undated last; for a place without
   * events, what it is and how often the articles mention it. */
  geomap.popup = function (app, i) {
    const p = app.data.places[i];
    const root = el('div', 'gm-popup' + (app.bare[i] ? ' gm-popup-bare' : ''));
    const head = el('div', 'gm-popup-head', null, root);
    el('strong', 'gm-place-name', p[0], head);
    el('span', 'gm-place-kind', [p[1], p[2], p[5] === geomap.shapes.POINT ? geomap.latLonText(p[3], p[4]) : null]
      .filter(Boolean).join(' · '), head);  // where a town lies: two Springfields of one country differ (QA 13)
    if (p[9] && p[9].length) {  // the names the articles wrote for it: "Gaillimh", written "Galway"
      el('span', 'gm-place-written', 'written ' + p[9].map((a) => '“' + a + '”').join(', '), head);
    }
    if (app.bare[i]) {
      el('div', 'gm-popup-count', 'No events · ' + geomap.mentionText(p[8]), root);
      if (p[10].length) {  // where the articles name it
        el('div', 'gm-cited-head', p[10].length < p[8] ? 'First mentions:' : 'Mentioned in:', root);
        p[10].forEach((src) => root.appendChild(source(app, src)));
      }
      return root;
    }
    const shown = app.byPlace[i].filter((k) => app.visible[k]);
    el('div', 'gm-popup-count', countLine(app, i, shown), root);
    const first = shown.slice(0, POPUP_LIMIT);
    if (app.focusEvent !== undefined && first.indexOf(app.focusEvent) < 0) first.unshift(app.focusEvent);
    if (shown.length > first.length && app.listPlace) {  // above the events, in sight without scrolling
      const more = el('button', 'gm-more', 'Show all ' + shown.length + ' in the event list', root);
      more.addEventListener('click', () => app.listPlace(i));
    }
    const list = el('ol', 'gm-events', null, root);
    first.forEach((k) => {
      const item = list.appendChild(geomap.eventItem(app, k));
      if (k === app.focusEvent) item.classList.add('gm-focus');
    });
    return root;
  };
})(window);
