/* Marsad web page: filters, paging, map marks and the coverage summary. No inline code: this file is
   served as /assets/marsad-report.js, or inlined in the self-contained report under its hash. When the
   body carries data-api, the filters ask the REST API which events match (falling back to the page's
   own data); otherwise they read the cards' data attributes, with the same rules as TimelineQuery. */
(function () {
  'use strict';
  var body = document.body;
  var api = body.getAttribute('data-api');
  var PRECISIONS = ['day', 'days', 'month', 'year', 'wider'];
  var MARK_BASE = 5, MARK_STEP = 2.5; // HtmlReport.Map.cs: radius = base + step * sqrt(events)
  function $(id) { return document.getElementById(id); }
  function all(selector, root) { return Array.prototype.slice.call((root || document).querySelectorAll(selector)); }

  var controls = {
    country: $('f-country'), pair: $('f-pair'), type: $('f-type'), mode: $('f-mode'), status: $('f-status'),
    from: $('f-from'), to: $('f-to'), within: $('f-within'), precision: $('f-precision')
  };
  var cards = all('article.card[data-id]');
  var order = cards.map(function (c) { return c.getAttribute('data-id'); });
  var byId = {};
  cards.forEach(function (c) { byId[c.getAttribute('data-id')] = c; });
  var coverageRows = all('table.coverage tr[data-id]');
  var outletRows = all('table.outlets tr[data-outlet]');
  var marks = all('svg.map g.mark');
  var lands = all('svg.map path.c');
  var pairRows = all('svg.chart g.pair');
  var chartMarks = all('svg.chart .mark[data-id]');
  var pagers = all('nav.pager');
  var count = $('f-count'), none = $('f-none'), error = $('f-error');
  var placeChip = $('f-place'), placeName = $('f-place-name');

  var state = { page: 1, size: parseInt(body.getAttribute('data-page-size'), 10) || 20, place: '' };
  var filtered = order.slice(), matched = order.slice();
  var renders = 0, asked = 0;

  /* Country names as CountryNames resolves them: ISO3, English or Arabic, any case, without diacritics. */
  function fold(text) {
    return text.toLowerCase()
      .replace(/[\u064B-\u065F\u0670\u0640]/g, '')
      .replace(/[\u0622\u0623\u0625\u0671]/g, '\u0627')
      .replace(/\u0649/g, '\u064A').replace(/\u0629/g, '\u0647')
      .replace(/\u0624/g, '\u0648').replace(/\u0626/g, '\u064A')
      .replace(/\s+/g, ' ').trim();
  }
  var countryIndex = {};
  all('#country-index [data-iso]').forEach(function (i) {
    i.getAttribute('data-names').split('|').forEach(function (n) {
      var key = fold(n);
      if (!(key in countryIndex)) countryIndex[key] = i.getAttribute('data-iso');
    });
  });
  function countryTokens() {
    return controls.country.value.split(/[,\u060C;]+/).map(function (t) { return t.trim(); }).filter(Boolean);
  }
  function resolveCountries() {
    var codes = [], unknown = [];
    countryTokens().forEach(function (t) {
      var iso = countryIndex[fold(t)];
      if (iso) codes.push(iso); else unknown.push(t);
    });
    return { codes: codes, unknown: unknown };
  }

  function filters() {
    return {
      countries: resolveCountries(), pair: controls.pair.value, type: controls.type.value, mode: controls.mode.value,
      status: controls.status.value, from: controls.from.value, to: controls.to.value, within: controls.within.checked,
      precision: controls.precision.value
    };
  }

  function has(list, value) { return (' ' + list + ' ').indexOf(' ' + value + ' ') >= 0; }

  /* TimelineQuery.Matches over a card's data attributes. */
  function matches(card, f) {
    var d = card.dataset, countries = d.countries || '';
    if (f.pair) {
      var p = f.pair.split('-');
      if (!has(countries, p[0]) || !has(countries, p[1])) return false;
    }
    if (f.countries.codes.length && !f.countries.codes.some(function (c) { return has(countries, c) || d.where === c; })) return false;
    if (f.from || f.to) {
      if (!d.from) return false;
      var lo = f.from || '0000-01-01', hi = f.to || '9999-12-31';
      if (f.within ? (d.from < lo || d.to > hi) : (d.to < lo || d.from > hi)) return false;
    }
    if (f.precision && (!d.precision || parseInt(d.precision, 10) > PRECISIONS.indexOf(f.precision))) return false;
    if (f.type && d.type !== f.type) return false;
    if (f.mode && (f.mode === 'none' ? d.mode !== '' : d.mode !== f.mode)) return false;
    if (f.status && d.status !== f.status) return false;
    return true;
  }

  function query(f) {
    var q = new URLSearchParams();
    if (f.countries.codes.length || f.countries.unknown.length) q.set('country', countryTokens().join(','));
    ['pair', 'type', 'mode', 'status', 'from', 'to', 'precision'].forEach(function (k) { if (f[k]) q.set(k, f[k]); });
    if (f.within && (f.from || f.to)) q.set('within', 'true');
    return q;
  }

  function showError(text) {
    error.textContent = text || '';
    error.hidden = !text;
  }

  function run(keepPage) {
    var f = filters();
    controls.country.setAttribute('aria-invalid', f.countries.unknown.length ? 'true' : 'false');
    if (!keepPage) state.page = 1;
    remember(f);
    var local = function () {
      showError(f.countries.unknown.length ? controls.country.getAttribute('data-unknown') + ' ' + f.countries.unknown.join('، ') : '');
      return order.filter(function (id) { return matches(byId[id], f); });
    };
    var askedFor = query(f).toString();
    if (api === null) { show(local(), askedFor); return; }
    var ticket = ++asked;
    var ids = {};
    /* The API answers in pages: follow each page's `next` cursor until the last. */
    var page = function (cursor) {
      var q = query(f);
      q.set('limit', '1000');
      if (cursor) q.set('cursor', cursor);
      return fetch(api + '/api/events?' + q.toString(), { credentials: 'same-origin', headers: { Accept: 'application/json' } })
        .then(function (r) {
          return r.json().then(function (d) { if (!r.ok) throw new Error(d.error || r.statusText); return d; });
        })
        .then(function (d) {
          d.events.forEach(function (e) { ids[e.id] = true; });
          return d.next && ticket === asked ? page(d.next) : d;
        });
    };
    page(null)
      .then(function () {
        if (ticket !== asked) return;
        showError('');
        show(order.filter(function (id) { return ids[id]; }), askedFor);
      })
      .catch(function (e) {
        if (ticket !== asked) return;
        var list = local();
        showError(e.message);
        show(list, askedFor);
      });
  }

  /* The list the filters keep; the count line records which filters it reflects (data-query). */
  function show(list, reflects) {
    filtered = list;
    count.setAttribute('data-query', reflects);
    matched = state.place ? list.filter(function (id) { return byId[id].getAttribute('data-mark') === state.place; }) : list;
    render();
  }

  function render() {
    var pages = Math.max(1, Math.ceil(matched.length / state.size));
    state.page = Math.min(Math.max(1, state.page), pages);
    var first = (state.page - 1) * state.size, onPage = {}, isMatched = {};
    matched.forEach(function (id, i) { isMatched[id] = true; if (i >= first && i < first + state.size) onPage[id] = true; });
    cards.forEach(function (c) { c.hidden = !onPage[c.getAttribute('data-id')]; });
    coverageRows.forEach(function (r) { r.hidden = !isMatched[r.getAttribute('data-id')]; });
    pagers.forEach(function (p) {
      p.hidden = cards.length === 0;
      p.querySelector('.p-current').textContent = String(state.page);
      p.querySelector('.p-total').textContent = String(pages);
      p.querySelector('.p-prev').disabled = state.page <= 1;
      p.querySelector('.p-next').disabled = state.page >= pages;
    });
    count.textContent = '';
    count.appendChild(number(matched.length));
    count.appendChild(document.createTextNode(' ' + count.getAttribute('data-of') + ' '));
    count.appendChild(number(cards.length));
    count.appendChild(document.createTextNode(' ' + count.getAttribute('data-label')));
    count.setAttribute('data-matched', String(matched.length));
    none.hidden = matched.length > 0 || cards.length === 0;
    drawMap();
    drawCoverage();
    pairRows.forEach(function (g) {
      g.classList.toggle('dim', !g.getAttribute('data-ids').split(' ').some(function (id) { return isMatched[id]; }));
    });
    chartMarks.forEach(function (m) { m.classList.toggle('dim', !isMatched[m.getAttribute('data-id')]); });
    body.setAttribute('data-renders', String(++renders));
  }

  /* SVG elements have no hidden property: the attribute itself, which the style sheet hides. */
  function hide(el, hidden) {
    if (hidden) el.setAttribute('hidden', ''); else el.removeAttribute('hidden');
  }

  function number(n) {
    var b = document.createElement('bdi');
    b.setAttribute('dir', 'ltr');
    b.textContent = String(n);
    return b;
  }

  /* Marks count the filtered events at their place (before a place is chosen, so the others stay clickable). */
  function drawMap() {
    var inFilter = {}, involved = {};
    filtered.forEach(function (id) {
      inFilter[id] = true;
      (byId[id].dataset.countries || '').split(' ').forEach(function (c) { if (c) involved[c] = true; });
    });
    lands.forEach(function (p) { p.classList.toggle('involved', !!involved[p.getAttribute('data-iso')]); });
    var placed = 0, shown = 0;
    marks.forEach(function (m) {
      var n = m.getAttribute('data-ids').split(' ').filter(function (id) { return inFilter[id]; }).length;
      placed += n;
      if (n > 0) shown++;
      hide(m, n === 0);
      m.classList.toggle('selected', m.id === state.place);
      m.querySelector('circle').setAttribute('r', (MARK_BASE + MARK_STEP * Math.sqrt(Math.max(n, 1))).toFixed(1));
      m.querySelector('.count').textContent = String(n);
      var label = document.querySelector('svg.map .place[data-mark="' + m.id + '"]');
      if (label) hide(label, n === 0);
    });
    body.setAttribute('data-map-marks', String(shown));
    var unplaced = $('map-unplaced');
    if (unplaced) unplaced.querySelector('bdi').textContent = String(filtered.length - placed);
  }

  /* The outlet summary, recounted over the filtered events. */
  function drawCoverage() {
    var reported = {}, missed = {};
    coverageRows.forEach(function (r) {
      if (r.hidden) return;
      r.getAttribute('data-reported').split('|').forEach(function (o) { if (o) reported[o] = (reported[o] || 0) + 1; });
      r.getAttribute('data-missed').split('|').forEach(function (o) { if (o) missed[o] = (missed[o] || 0) + 1; });
    });
    outletRows.forEach(function (r) {
      var o = r.getAttribute('data-outlet');
      r.querySelector('.n-reported bdi').textContent = String(reported[o] || 0);
      r.querySelector('.n-missed bdi').textContent = String(missed[o] || 0);
      r.hidden = !reported[o] && !missed[o];
    });
  }

  /* The filters in the address, so that a filtered view can be shared (not possible for every file: ignored then). */
  function remember(f) {
    var q = query(f);
    if (state.place) q.set('place', state.place);
    if (state.page > 1) q.set('page', String(state.page));
    if (state.size !== 20) q.set('size', String(state.size));
    var names = new URLSearchParams(location.search).get('names');
    if (names) q.set('names', names);
    try { history.replaceState(null, '', location.pathname + (q.toString() ? '?' + q.toString() : '') + location.hash); } catch (e) { /* file: pages */ }
  }

  function restore() {
    var q = new URLSearchParams(location.search);
    ['country', 'pair', 'type', 'mode', 'status', 'from', 'to', 'precision'].forEach(function (k) {
      var v = q.get(k);
      if (v !== null) controls[k].value = v;
    });
    controls.within.checked = q.get('within') === 'true';
    state.page = parseInt(q.get('page'), 10) || 1;
    state.size = parseInt(q.get('size'), 10) || state.size;
    if (q.get('place') && $(q.get('place'))) selectPlace($(q.get('place')), true);
  }

  function selectPlace(mark, quiet) {
    state.place = mark ? mark.id : '';
    placeChip.hidden = !mark;
    placeName.textContent = mark ? mark.getAttribute('data-name') : '';
    if (!quiet) run();
  }

  var typing;
  controls.country.addEventListener('input', function () { clearTimeout(typing); typing = setTimeout(function () { run(); }, 250); });
  ['pair', 'type', 'mode', 'status', 'from', 'to', 'within', 'precision'].forEach(function (k) {
    controls[k].addEventListener('change', function () { run(); });
  });
  $('f-reset').addEventListener('click', function () {
    Object.keys(controls).forEach(function (k) { if (k === 'within') controls[k].checked = false; else controls[k].value = ''; });
    selectPlace(null, true);
    run();
  });
  $('f-place-clear').addEventListener('click', function () { selectPlace(null); });
  marks.forEach(function (m) {
    m.addEventListener('click', function () { selectPlace(state.place === m.id ? null : m); });
    m.addEventListener('keydown', function (e) {
      if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); selectPlace(state.place === m.id ? null : m); }
    });
  });
  pagers.forEach(function (p) {
    p.querySelector('.p-prev').addEventListener('click', function () { state.page--; render(); remember(filters()); });
    p.querySelector('.p-next').addEventListener('click', function () { state.page++; render(); remember(filters()); });
  });
  var sizes = $('f-page-size');
  sizes.addEventListener('change', function () {
    state.size = parseInt(sizes.value, 10) || 20;
    state.page = 1;
    render();
    remember(filters());
  });
  /* A link to a card on another page turns to that page first. */
  document.addEventListener('click', function (e) {
    var a = e.target.closest ? e.target.closest('a[href^="#ev-"]') : null;
    if (!a) return;
    var card = $(a.getAttribute('href').slice(1));
    var at = card ? matched.indexOf(card.getAttribute('data-id')) : -1;
    if (at >= 0 && card.hidden) { state.page = Math.floor(at / state.size) + 1; render(); }
  });

  restore();
  sizes.value = String(state.size);
  run(true);
})();
