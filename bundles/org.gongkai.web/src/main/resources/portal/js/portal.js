/*
 * Gongkai public portal: service cards for the installed capabilities that have a portal page, a page per
 * capability under #/<id>, the working-day calculator and today's working-day note.
 *
 * A capability shows itself by serving /portal/cap/<id>/main.js, which calls
 *
 *   GongkaiPortal.register({
 *     id: 'disclosure',                       // the capability id; the card shows while it is installed
 *     section: 'apply',                       // apply | guide | policy | month (else "other services")
 *     title: {zh, en}, summary: {zh, en},
 *     links: [{label: {zh, en}, href: '#/disclosure/track'}],   // optional
 *     strings: {zh: {...}, en: {...}},        // optional, for GongkaiPortal.t()
 *     render: function (container, ctx) {}    // optional: the page at #/<id>; ctx = {h, t, text, lang, api, params, query}
 *   });
 *
 * The portal is self-contained (it does not load the staff UI's files), so it keeps working when /ui is
 * reachable only from the government network.
 */
(function (global) {
  'use strict';
  var P = global.GongkaiPortal = global.GongkaiPortal || {};
  var t = function (key, params) { return P.t(key, params); };
  var text = function (o) { return P.i18n.text(o); };

  var SECTIONS = ['apply', 'guide', 'policy', 'month'];
  var root = global.location.pathname.replace(/\/portal(\/.*)?$/, '');
  var registered = {};   // capability id → registration
  var installed = null;  // capability ids, once known
  var capsFailed = false;

  // ---------- DOM ----------

  /** Creates an element; strings become text nodes, so API data is never parsed as HTML. */
  function h(tag, attrs) {
    var el = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) {
      var v = attrs[k];
      if (v == null || v === false) return;
      if (k === 'class') el.className = v;
      else if (k.slice(0, 2) === 'on' && typeof v === 'function') el.addEventListener(k.slice(2).toLowerCase(), v);
      else el.setAttribute(k, String(v));
    });
    (function add(kids) {
      kids.forEach(function (c) {
        if (c == null || c === false) return;
        if (Array.isArray(c)) add(c);
        else el.appendChild(c instanceof Node ? c : document.createTextNode(String(c)));
      });
    }(Array.prototype.slice.call(arguments, 2)));
    return el;
  }

  function clear(el) {
    while (el.firstChild) el.removeChild(el.firstChild);
    return el;
  }

  function note(kind, message) {
    return h('p', { class: 'note note-' + kind, role: kind === 'error' ? 'alert' : 'status' }, message);
  }

  // ---------- API ----------

  function request(method, path, query, body) {
    var q = Object.keys(query || {}).filter(function (k) { return query[k] != null && query[k] !== ''; })
      .map(function (k) { return encodeURIComponent(k) + '=' + encodeURIComponent(query[k]); }).join('&');
    var headers = { 'Accept': 'application/json', 'X-Requested-With': 'XMLHttpRequest', 'Accept-Language': P.i18n.lang === 'en' ? 'en' : 'zh-CN' };
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    return fetch(root + '/api' + path + (q ? '?' + q : ''), {
      method: method, headers: headers, body: body === undefined ? undefined : JSON.stringify(body),
      credentials: 'same-origin', cache: 'no-store'
    }).then(function (res) {
      return res.text().then(function (raw) {
        var data = null;
        try { data = raw ? JSON.parse(raw) : null; } catch (e) { data = raw; }
        if (res.ok) return data;
        var d = data && typeof data === 'object' ? data : {};
        var err = new Error((P.i18n.lang === 'en' ? d.messageEn : d.messageZh) || d.message || t('error'));
        err.status = res.status;
        err.body = data;
        throw err;
      });
    }, function () {
      var err = new Error(t('networkError'));
      err.status = 0;
      throw err;
    });
  }
  var api = {
    get: function (path, query) { return request('GET', path, query); },
    post: function (path, body) { return request('POST', path, null, body); }
  };

  // ---------- dates in Asia/Shanghai ----------

  var dayFormat = new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' });
  function today() {
    var p = {};
    dayFormat.formatToParts(new Date()).forEach(function (x) { p[x.type] = x.value; });
    return p.year + '-' + p.month + '-' + p.day;
  }
  function parseYmd(ymd) {
    var m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(ymd || '');
    return m ? new Date(Date.UTC(+m[1], +m[2] - 1, +m[3])) : null;
  }
  function addDays(ymd, n) {
    var d = parseYmd(ymd);
    d.setUTCDate(d.getUTCDate() + n);
    return d.toISOString().slice(0, 10);
  }
  function dateLong(ymd) {
    var d = parseYmd(ymd);
    if (!d) return ymd || '';
    return t('dateLong', {
      y: d.getUTCFullYear(), m: d.getUTCMonth() + 1, d: d.getUTCDate(),
      mm: ymd.slice(5, 7), dd: ymd.slice(8, 10), weekday: t('weekday.' + ((d.getUTCDay() + 6) % 7))
    });
  }

  // ---------- static text ----------

  function applyStaticText() {
    document.documentElement.lang = P.i18n.lang === 'en' ? 'en' : 'zh-CN';
    document.title = t('title');
    Array.prototype.forEach.call(document.querySelectorAll('[data-i18n]'), function (el) {
      el.textContent = t(el.getAttribute('data-i18n'));
    });
    Array.prototype.forEach.call(document.querySelectorAll('[data-i18n-label]'), function (el) {
      el.setAttribute('aria-label', t(el.getAttribute('data-i18n-label')));
    });
    var sw = document.getElementById('lang-switch');
    sw.setAttribute('lang', P.i18n.lang === 'en' ? 'zh-CN' : 'en');
  }

  // ---------- capabilities ----------

  P.register = function (reg) {
    if (!reg || !reg.id) return;
    if (reg.strings) P.i18n.add(reg.strings);
    registered[reg.id] = reg;
    renderServices();
    route();
  };

  function loadCapabilityScripts(ids) {
    ids.forEach(function (id) {
      if (!/^[A-Za-z0-9._-]+$/.test(id) || document.querySelector('script[data-capability="' + id + '"]')) return;
      var s = document.createElement('script');
      s.src = 'cap/' + id + '/main.js';
      s.async = true;
      s.setAttribute('data-capability', id);
      s.onerror = function () { s.parentNode.removeChild(s); }; // no portal page for this capability
      document.head.appendChild(s);
    });
  }

  function loadCapabilities() {
    api.get('/capabilities').then(function (caps) {
      installed = (Array.isArray(caps) ? caps : []).slice()
        .sort(function (a, b) { return (a.order || 0) - (b.order || 0); })
        .map(function (c) { return c.id; }).filter(Boolean);
      capsFailed = false;
      loadCapabilityScripts(installed);
      renderServices();
      route();
    }, function () {
      installed = [];
      capsFailed = true;
      renderServices();
    });
  }

  function visible() {
    return (installed || []).filter(function (id) { return registered[id]; }).map(function (id) { return registered[id]; });
  }

  function card(reg) {
    var links = (reg.links || []).filter(function (l) { return /^(#\/|\/|\.\.?\/)/.test(l.href || ''); });
    return h('article', { class: 'card', 'data-cap': reg.id },
      h('h4', null, text(reg.title)),
      reg.summary ? h('p', null, text(reg.summary)) : null,
      h('p', { class: 'card-links' },
        reg.render ? h('a', { class: 'button', href: '#/' + reg.id }, t('open')) : null,
        links.map(function (l) { return h('a', { class: 'button button-secondary', href: l.href }, text(l.label)); })));
  }

  function renderServices() {
    var box = clear(document.getElementById('service-list'));
    if (installed === null) return;
    var regs = visible();
    if (!regs.length) {
      box.appendChild(note(capsFailed ? 'error' : 'info', capsFailed ? t('servicesUnavailable') : t('noServices')));
      return;
    }
    SECTIONS.concat(['other']).forEach(function (section) {
      var mine = regs.filter(function (r) {
        return section === 'other' ? SECTIONS.indexOf(r.section) < 0 : r.section === section;
      });
      if (!mine.length) return;
      box.appendChild(h('section', { class: 'service-section', id: 'section-' + section },
        h('h3', null, t('section.' + section)),
        h('div', { class: 'cards' }, mine.map(card))));
    });
  }

  // ---------- routing: #/<capability id>/… shows that capability's page ----------

  var shownPage = null;

  function route() {
    var hash = global.location.hash;
    var home = document.getElementById('home');
    var page = document.getElementById('cap-page');
    if (hash.indexOf('#/') !== 0) {
      if (shownPage !== null) {
        shownPage = null;
        clear(page).hidden = true;
        home.hidden = false;
        var target = hash.length > 1 && document.getElementById(hash.slice(1));
        if (target) target.scrollIntoView();
      }
      return;
    }
    var q = hash.indexOf('?');
    var path = q >= 0 ? hash.slice(2, q) : hash.slice(2);
    var parts = path.split('/').filter(Boolean).map(decodeURIComponent);
    var id = parts[0];
    var reg = registered[id];
    var available = reg && reg.render && installed && installed.indexOf(id) >= 0;
    var key = hash + '|' + P.i18n.lang + '|' + (available ? 'on' : installed ? 'off' : 'wait');
    if (key === shownPage) return;
    shownPage = key;
    home.hidden = true;
    page.hidden = false;
    clear(page);
    page.appendChild(h('p', null, h('a', { href: '#', class: 'back-link' }, '‹ ', t('back'))));
    if (available) {
      var body = h('div', { class: 'cap-body' });
      page.appendChild(body);
      try {
        reg.render(body, { h: h, t: t, text: text, lang: P.i18n.lang, api: api, params: parts.slice(1),
          query: new URLSearchParams(q >= 0 ? hash.slice(q + 1) : '') });
      } catch (e) {
        global.console.error(e);
        body.appendChild(note('error', t('error')));
      }
    } else if (installed) {
      page.appendChild(note('info', t('notInstalled')));
    }
    document.getElementById('main').focus({ preventScroll: true });
  }

  // ---------- working days ----------

  function workingDays(from, days) {
    return api.get('/calendar/working-days', { from: from, days: days });
  }

  /** Today from the server's clock (Asia/Shanghai), else from the browser's. */
  function serverToday() {
    return api.get('/calendar').then(function (o) { return (o && o.today) || today(); }, function () { return today(); });
  }

  function renderTodayNote(now) {
    var el = document.getElementById('today-note');
    clear(el).appendChild(document.createTextNode(t('todayUnknown', { date: dateLong(now) })));
    workingDays(addDays(now, -1), 1).then(function (res) {
      clear(el).appendChild(document.createTextNode(t(res.date === now ? 'todayWorkday' : 'todayRestDay', { date: dateLong(now) })));
      if (res.provisional) el.appendChild(h('span', { class: 'provisional' }, t('todayProvisional')));
    }, function () { /* the date alone still helps */ });
  }

  function setupTool() {
    var form = document.getElementById('workday-tool');
    var from = document.getElementById('wd-from');
    var days = document.getElementById('wd-days');
    var out = document.getElementById('wd-result');
    form.addEventListener('submit', function (e) {
      e.preventDefault();
      clear(out);
      [from, days].forEach(function (i) { i.removeAttribute('aria-invalid'); });
      var n = Number(days.value);
      if (!parseYmd(from.value)) { from.setAttribute('aria-invalid', 'true'); out.appendChild(note('error', t('badDate'))); from.focus(); return; }
      if (!(n >= 1) || Math.floor(n) !== n) { days.setAttribute('aria-invalid', 'true'); out.appendChild(note('error', t('badDays'))); days.focus(); return; }
      var button = document.getElementById('wd-submit');
      button.disabled = true;
      workingDays(from.value, n).then(function (res) {
        button.disabled = false;
        out.appendChild(h('p', { class: 'result' }, t('result', { n: n, date: '' }), h('strong', { id: 'wd-result-date', 'data-date': res.date }, dateLong(res.date))));
        out.appendChild(h('p', { class: 'explain' }, t('explain', { n: n, from: dateLong(from.value) })));
        if (res.provisional) out.appendChild(note('warning', t('provisional')));
      }, function (err) {
        button.disabled = false;
        out.appendChild(note('error', err.message || t('error')));
      });
    });
  }

  // ---------- start ----------

  var currentDay; // today in Asia/Shanghai, by the server's clock once it has answered

  function switchLanguage() {
    P.i18n.setLang(P.i18n.lang === 'en' ? 'zh' : 'en');
    applyStaticText();
    renderServices();
    if (currentDay) renderTodayNote(currentDay);
    clear(document.getElementById('wd-result'));
    if (shownPage !== null) { shownPage = null; route(); }
  }

  function start() {
    applyStaticText();
    document.getElementById('lang-switch').addEventListener('click', switchLanguage);
    global.addEventListener('hashchange', route);
    setupTool();
    serverToday().then(function (day) {
      var from = document.getElementById('wd-from');
      if (!from.value) from.value = day;
      currentDay = day;
      renderTodayNote(day);
    });
    loadCapabilities();
    route();
  }

  P.api = api;
  P.h = h;

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
}(window));
