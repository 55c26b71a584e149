/*
 * Gongkai staff UI shell: login, the top bar, the menu built from the installed capabilities, the hash router
 * and the route registry that capability scripts extend:
 *
 *   Gongkai.routes['#/xyz'] = function (container, ctx) { ... return optionalCleanup; };
 *
 * A capability's script is loaded from /ui/cap/<id>/main.js (each capability bundle serves /ui/cap/<id>/*) when the capability is installed (a 404 is ignored).
 * ctx: {user, capability, path, params (segments after the route), query (URLSearchParams), hasRole(role…),
 * api, h, t, ui, fmt, lang, roleName(id)}.
 */
(function (global) {
  'use strict';
  var G = global.Gongkai = global.Gongkai || {};
  var h = G.h, ui = G.ui, api = G.api;
  var t = function (key, params) { return G.t(key, params); };

  G.routes = G.routes || {};

  var POLL_MS = 10000;

  /** The pages the platform itself provides; the views register their functions under these hashes. */
  var BUILTIN = [
    { hash: '#/home', roles: [], title: 'menu.home' },
    { hash: '#/admin/accounts', admin: 'accounts', roles: ['admin'], title: 'menu.accounts' },
    { hash: '#/admin/regions', admin: 'regions', roles: [], title: 'menu.regions' },
    { hash: '#/admin/calendar', admin: 'calendar', roles: [], title: 'menu.calendar' },
    { hash: '#/admin/audit', admin: 'audit', roles: ['admin', 'auditor'], title: 'menu.audit' }
  ];

  var state = {
    user: null,
    caps: [],          // installed capabilities with a UI entry, sorted
    capsSignature: '',
    capsLoaded: false,
    roles: null,       // promise of GET /api/roles
    routeKey: null,    // what the current page shows; a change re-renders it
    cleanup: null,
    poll: null
  };
  var capScripts = {}; // capability id → 'loading' | 'loaded' | 'missing'

  // ---------- helpers offered to views and capability scripts ----------

  function hasRole() {
    var wanted = Array.prototype.concat.apply([], arguments);
    if (!wanted.length) return true;
    var mine = (state.user && state.user.roles) || [];
    return wanted.some(function (r) { return mine.indexOf(r) >= 0; });
  }

  /** GET /api/roles, once per session. */
  G.loadRoles = function () {
    if (!state.roles) {
      state.roles = api.get('/roles', null, { quiet: true }).then(function (roles) {
        G.rolesById = {};
        (roles || []).forEach(function (r) { G.rolesById[r.id] = r; });
        return roles || [];
      }, function (err) { state.roles = null; throw err; });
    }
    return state.roles;
  };
  G.rolesById = {};
  G.roleName = function (id) {
    var r = G.rolesById[id];
    return r ? G.i18n.pickName(r) : id;
  };

  // ---------- routing ----------

  function matches(path, prefix) {
    return path === prefix || path.indexOf(prefix + '/') === 0;
  }

  function decodeSegment(s) {
    try { return decodeURIComponent(s); } catch (e) { return s; }
  }

  function currentPath() {
    var raw = global.location.hash || '#/home';
    var q = raw.indexOf('?');
    return { path: q >= 0 ? raw.slice(0, q) : raw, query: new URLSearchParams(q >= 0 ? raw.slice(q + 1) : '') };
  }

  /** The registered route with the longest prefix of path, among those under base. */
  function routeFor(path, base) {
    var best = null;
    Object.keys(G.routes).forEach(function (k) {
      if (matches(path, k) && matches(k, base) && (!best || k.length > best.length)) best = k;
    });
    return best;
  }

  function resolve(path) {
    var entry = BUILTIN.filter(function (b) { return matches(path, b.hash); })[0];
    if (entry) {
      return { kind: 'builtin', entry: entry, allowed: hasRole(entry.roles), route: routeFor(path, entry.hash) };
    }
    var cap = null;
    state.caps.forEach(function (c) {
      if (matches(path, c.uiEntry) && (!cap || c.uiEntry.length > cap.uiEntry.length)) cap = c;
    });
    if (!cap) return { kind: state.capsLoaded ? 'missing' : 'pending' };
    return { kind: 'cap', cap: cap, allowed: hasRole(cap.roles || []), route: routeFor(path, cap.uiEntry), script: capScripts[cap.id] };
  }

  function keyOf(r) {
    return [r.kind, r.entry ? r.entry.hash : '', r.cap ? r.cap.id : '', r.allowed, r.route || '', r.route ? '' : r.script || ''].join('|');
  }

  function render(fromNavigation) {
    var view = document.getElementById('view');
    if (!view || !state.user) return;
    var where = currentPath();
    var r = resolve(where.path);
    state.routeKey = keyOf(r);
    if (state.cleanup) {
      try { state.cleanup(); } catch (e) { global.console.error(e); }
      state.cleanup = null;
    }
    ui.clear(view);
    markActive(where.path);
    closeMobileMenu();

    var title = r.entry ? t(r.entry.title) : r.cap ? G.i18n.pickName(r.cap) : t('route.notInstalled');
    document.title = title + ' - ' + t('app.name');

    if (r.kind === 'pending' || (r.kind === 'cap' && r.allowed && !r.route && r.script === 'loading')) {
      view.appendChild(ui.loadingBlock());
    } else if (r.kind === 'missing') {
      view.appendChild(notice('not-installed', t('route.notInstalled'), t('route.notInstalledHint')));
    } else if (!r.allowed) {
      view.appendChild(notice('forbidden', t('error.forbidden'), t('route.forbiddenHint')));
    } else if (!r.route) {
      view.appendChild(notice('no-ui', title, t('route.noUi')));
    } else {
      var ctx = {
        user: state.user, capability: r.cap || null, path: where.path, query: where.query,
        params: where.path.slice(r.route.length).split('/').filter(Boolean).map(decodeSegment),
        hasRole: hasRole, api: api, h: h, t: t, ui: ui, fmt: G.fmt, lang: G.i18n.lang, roleName: G.roleName
      };
      try {
        var cleanup = G.routes[r.route](view, ctx);
        if (typeof cleanup === 'function') state.cleanup = cleanup;
      } catch (e) {
        global.console.error(e);
        view.appendChild(ui.banner('error', t('error.view', { message: e.message })));
      }
    }
    if (fromNavigation) view.focus({ preventScroll: true });
  }

  function rerenderIfChanged() {
    if (!state.user) return;
    var r = resolve(currentPath().path);
    if (keyOf(r) !== state.routeKey) render(false);
  }

  function notice(id, title, text) {
    return h('section', { class: 'card notice-page', id: id },
      h('h1', null, title),
      h('p', null, text),
      h('p', null, h('a', { href: '#/home', class: 'btn' }, t('route.backHome'))));
  }

  // ---------- capabilities ----------

  function loadCapScript(id) {
    if (capScripts[id]) return;
    if (!/^[A-Za-z0-9._-]+$/.test(id)) { capScripts[id] = 'missing'; return; }
    capScripts[id] = 'loading';
    var s = document.createElement('script');
    s.src = 'cap/' + id + '/main.js';
    s.async = true;
    s.dataset.capability = id;
    s.onload = function () { capScripts[id] = 'loaded'; rerenderIfChanged(); };
    s.onerror = function () { capScripts[id] = 'missing'; s.parentNode.removeChild(s); rerenderIfChanged(); };
    document.head.appendChild(s);
  }

  function applyCapabilities(list) {
    var caps = (Array.isArray(list) ? list : []).filter(function (c) {
      // Only in-app hash routes: a descriptor must never put a javascript: or external URL into the menu.
      return c && c.id && typeof c.uiEntry === 'string' && /^#\/[^\s]*$/.test(c.uiEntry);
    }).sort(function (a, b) { return (a.order || 0) - (b.order || 0) || String(a.id).localeCompare(String(b.id)); });
    var signature = JSON.stringify(caps);
    state.capsLoaded = true;
    if (signature === state.capsSignature) return;
    state.capsSignature = signature;
    state.caps = caps;
    var ids = caps.map(function (c) { return c.id; });
    Object.keys(capScripts).forEach(function (id) {
      // Forget a removed capability's script, so that reinstalling it loads the script again.
      if (ids.indexOf(id) < 0 && capScripts[id] !== 'loading') delete capScripts[id];
    });
    caps.forEach(function (c) { if (hasRole(c.roles || [])) loadCapScript(c.id); });
    renderMenu();
    rerenderIfChanged();
  }

  function refreshCapabilities() {
    return api.get('/capabilities', null, { quiet: true }).then(function (caps) {
      setOnline(true);
      applyCapabilities(caps);
    }, function (err) {
      if (err.status === 401) return;
      setOnline(false);
      if (!state.capsLoaded) applyCapabilities([]);
    });
  }

  function setOnline(online) {
    var el = document.getElementById('conn-status');
    if (el) el.hidden = online;
  }

  function startPolling() {
    stopPolling();
    // A hidden tab does not poll; it catches up as soon as it is shown again (see start()).
    state.poll = global.setInterval(function () { if (!document.hidden) refreshCapabilities(); }, POLL_MS);
  }

  function stopPolling() {
    if (state.poll) global.clearInterval(state.poll);
    state.poll = null;
  }

  // ---------- shell ----------

  function langButton() {
    return h('button', { type: 'button', id: 'lang-switch', class: 'btn btn-ghost', lang: G.i18n.lang === 'zh' ? 'en' : 'zh-CN',
      'aria-label': t('shell.switchLanguage'), onclick: switchLanguage }, t('shell.otherLanguage'));
  }

  function switchLanguage() {
    G.i18n.setLang(G.i18n.lang === 'zh' ? 'en' : 'zh');
    if (state.user) {
      renderShell();
      render(false);
    } else {
      showLogin();
    }
    var b = document.getElementById('lang-switch');
    if (b) b.focus();
  }

  function renderShell() {
    var u = state.user;
    var app = ui.clear(document.getElementById('app'));
    app.appendChild(h('header', { class: 'topbar', id: 'topbar' },
      h('button', { type: 'button', id: 'menu-toggle', class: 'menu-toggle', 'aria-controls': 'menu', 'aria-expanded': 'false',
        onclick: toggleMobileMenu }, h('span', { 'aria-hidden': 'true' }, '☰ '), t('shell.menu')),
      h('a', { class: 'brand', href: '#/home' }, h('span', { class: 'brand-zh' }, '公开'), ' ', h('span', { class: 'brand-en' }, 'Gongkai')),
      h('span', { id: 'conn-status', class: 'conn-status', role: 'status', hidden: true }, t('shell.offline')),
      h('div', { class: 'topbar-user' },
        h('span', { id: 'current-user', class: 'current-user' },
          h('span', { class: 'user-name' }, u.displayName || u.username),
          u.agencyName ? h('span', { class: 'user-agency' }, u.agencyName) : null),
        langButton(),
        h('button', { type: 'button', id: 'change-password', class: 'btn btn-ghost', onclick: changePassword }, t('shell.changePassword')),
        h('button', { type: 'button', id: 'logout', class: 'btn btn-ghost', onclick: logout }, t('shell.logout')))));
    app.appendChild(h('div', { class: 'layout' },
      h('nav', { id: 'menu', class: 'menu', 'aria-label': t('shell.menuLabel') }),
      h('main', { id: 'view', class: 'view', tabindex: '-1' })));
    renderMenu();
  }

  function renderMenu() {
    var menu = document.getElementById('menu');
    if (!menu || !state.user) return;
    ui.clear(menu);
    var caps = state.caps.filter(function (c) { return hasRole(c.roles || []); });
    menu.appendChild(h('ul', { class: 'menu-list' },
      h('li', null, h('a', { href: '#/home', dataset: { page: 'home' } }, t('menu.home'))),
      caps.map(function (c) {
        return h('li', null, h('a', { href: c.uiEntry, dataset: { cap: c.id } }, G.i18n.pickName(c)));
      })));
    var admin = BUILTIN.filter(function (b) { return b.admin && hasRole(b.roles); });
    if (admin.length) {
      var headId = ui.uid('menu-admin');
      menu.appendChild(h('div', { class: 'menu-group' },
        h('h2', { class: 'menu-heading', id: headId }, t('menu.administration')),
        h('ul', { class: 'menu-list', 'aria-labelledby': headId }, admin.map(function (b) {
          return h('li', null, h('a', { href: b.hash, dataset: { admin: b.admin } }, t(b.title)));
        }))));
    }
    markActive(currentPath().path);
  }

  function markActive(path) {
    var menu = document.getElementById('menu');
    if (!menu) return;
    var best = null;
    Array.prototype.forEach.call(menu.querySelectorAll('a'), function (a) {
      a.removeAttribute('aria-current');
      var href = a.getAttribute('href');
      if (matches(path, href) && (!best || href.length > best.getAttribute('href').length)) best = a;
    });
    if (best) best.setAttribute('aria-current', 'page');
  }

  function toggleMobileMenu() {
    var open = !document.body.classList.contains('menu-open');
    document.body.classList.toggle('menu-open', open);
    var b = document.getElementById('menu-toggle');
    if (b) b.setAttribute('aria-expanded', String(open));
  }

  function closeMobileMenu() {
    document.body.classList.remove('menu-open');
    var b = document.getElementById('menu-toggle');
    if (b) b.setAttribute('aria-expanded', 'false');
  }

  // ---------- session ----------

  function signedIn(me) {
    state.user = me;
    api.csrfToken = me.csrfToken || null;
    state.caps = [];
    state.capsSignature = '';
    state.capsLoaded = false;
    if (!global.location.hash || global.location.hash === '#' || global.location.hash === '#/login') {
      global.history.replaceState(null, '', '#/home');
    }
    renderShell();
    render(false);
    G.loadRoles().catch(function () { /* the views that need the role names report the failure */ });
    refreshCapabilities();
    startPolling();
  }

  function showLogin(message) {
    stopPolling();
    if (state.cleanup) { try { state.cleanup(); } catch (e) { global.console.error(e); } state.cleanup = null; }
    var kept = document.getElementById('login-username');
    var keptName = kept ? kept.value : '';
    state.user = null;
    state.roles = null;
    state.routeKey = null;
    api.csrfToken = null;
    document.title = t('login.title') + ' - ' + t('app.name');
    var app = ui.clear(document.getElementById('app'));
    var banner = h('div', { class: 'form-banner', id: 'login-error' });
    if (message) banner.appendChild(ui.banner('error', message));
    var user = h('input', { id: 'login-username', name: 'username', autocomplete: 'username', required: true, value: keptName });
    var pass = h('input', { id: 'login-password', name: 'password', type: 'password', autocomplete: 'current-password', required: true });
    var form = h('form', { class: 'login-form', id: 'login-form', novalidate: true, onsubmit: submit },
      banner,
      ui.field(t('login.username'), user),
      ui.field(t('login.password'), pass),
      h('button', { type: 'submit', id: 'login-submit', class: 'btn btn-primary btn-block' }, t('login.submit')));
    app.appendChild(h('div', { class: 'login-page' },
      h('div', { class: 'login-top' }, langButton()),
      h('main', { class: 'login-card card' },
        h('h1', { class: 'login-brand' }, h('span', { class: 'brand-zh' }, '公开'), ' ', h('span', { class: 'brand-en' }, 'Gongkai')),
        h('p', { class: 'login-subtitle' }, t('login.subtitle')),
        form)));
    (keptName ? pass : user).focus();

    function submit(e) {
      e.preventDefault();
      ui.clearErrors(form);
      var missing = false;
      [user, pass].forEach(function (i) {
        if (!i.value) { ui.setFieldError(form, i.name, t('form.required')); missing = true; }
      });
      if (missing) return;
      ui.busy(form, true);
      api.post('/auth/login', { username: user.value.trim(), password: pass.value }, { allow401: true }).then(function (me) {
        signedIn(me);
      }, function (err) {
        ui.busy(form, false);
        pass.value = '';
        if (err.status === 401 && !G.i18n.pick(err.body || {})) err.message = t('login.failed');
        ui.showErrors(form, err);
      });
    }
  }

  function logout() {
    api.post('/auth/logout', undefined, { allow401: true }).catch(function () { /* the session is left either way */ })
      .then(function () { showLogin(); });
  }

  function changePassword() {
    var oldPw = h('input', { name: 'oldPassword', type: 'password', autocomplete: 'current-password', required: true });
    var newPw = h('input', { name: 'newPassword', type: 'password', autocomplete: 'new-password', required: true });
    var again = h('input', { name: 'confirm', type: 'password', autocomplete: 'new-password', required: true });
    var form = h('form', { id: 'password-form', class: 'form-grid', novalidate: true, onsubmit: submit },
      h('div', { class: 'form-banner field-wide' }),
      ui.field(t('password.old'), oldPw, { wide: true }),
      ui.field(t('password.new'), newPw, { wide: true }),
      ui.field(t('password.confirm'), again, { wide: true }),
      h('div', { class: 'form-actions field-wide' },
        h('button', { type: 'submit', class: 'btn btn-primary', id: 'password-submit' }, t('common.save'))));
    var dialog = ui.modal(t('shell.changePassword'), form);

    function submit(e) {
      e.preventDefault();
      ui.clearErrors(form);
      var bad = false;
      [oldPw, newPw, again].forEach(function (i) {
        if (!i.value) { ui.setFieldError(form, i.name, t('form.required')); bad = true; }
      });
      if (!bad && newPw.value !== again.value) { ui.setFieldError(form, 'confirm', t('password.mismatch')); bad = true; }
      if (bad) return;
      ui.busy(form, true);
      api.post('/auth/password', { oldPassword: oldPw.value, newPassword: newPw.value }).then(function () {
        dialog.close();
        ui.toast(t('password.changed'), 'success');
      }, function (err) {
        ui.busy(form, false);
        ui.showErrors(form, err);
      });
    }
  }

  function start() {
    document.documentElement.lang = G.i18n.lang === 'en' ? 'en' : 'zh-CN';
    api.onUnauthorized = function () {
      if (state.user) showLogin(t('login.expired'));
    };
    global.addEventListener('hashchange', function () {
      if (!state.user) return;
      render(true);
      refreshCapabilities();
    });
    document.addEventListener('visibilitychange', function () {
      if (state.user && !document.hidden) refreshCapabilities();
    });
    api.get('/auth/me', null, { allow401: true }).then(signedIn, function (err) {
      showLogin(err.status === 401 ? null : err.message);
    });
  }

  G.app = { render: render, hasRole: hasRole, refreshCapabilities: refreshCapabilities };

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
}(window));
