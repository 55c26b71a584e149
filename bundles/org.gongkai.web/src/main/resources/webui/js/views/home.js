/* Gongkai staff UI: the home page — welcome, the user's roles, today's working-day facts and platform health. */
(function (G) {
  'use strict';
  var h = G.h, ui = G.ui, api = G.api, fmt = G.fmt;
  var t = function (key, params) { return G.t(key, params); };

  /** Fills a card's body once its promise settles: render(result) on success, an error banner otherwise. */
  function card(id, title, promise, render) {
    var body = h('div', { class: 'card-body' }, ui.loadingBlock());
    promise.then(function (result) {
      ui.clear(body);
      ui.append(body, [render(result)]);
    }, function (err) {
      ui.clear(body);
      body.appendChild(ui.errorBlock(err));
    });
    return h('section', { class: 'card', id: id }, h('h2', null, title), body);
  }

  function fact(label, value, attrs) {
    return [h('dt', null, label), h('dd', attrs || null, value)];
  }

  function rolesCard(user) {
    return card('home-roles', t('home.roles'), G.loadRoles(), function () {
      var roles = user.roles || [];
      if (!roles.length) return h('p', { class: 'muted' }, t('home.noRoles'));
      return h('ul', { class: 'role-list' }, roles.map(function (id) {
        var r = G.rolesById[id];
        return h('li', null,
          h('span', { class: 'chip' }, G.roleName(id)),
          r ? h('span', { class: 'muted' }, ' ', G.i18n.pickDescription(r)) : null);
      }));
    });
  }

  function workdaysCard() {
    var today;
    var promise = api.calendarOverview().then(function (overview) {
      today = overview.today;
      return Promise.all([
        api.workingDays(fmt.addDays(today, -1), 1),
        api.workingDays(today, 1),
        api.workingDays(today, 20)
      ]);
    });
    return card('home-workdays', t('home.workdays'), promise, function (res) {
      var isWorkday = res[0].date === today;
      var provisional = res.some(function (r) { return r.provisional; });
      return [
        h('dl', { class: 'facts' },
          fact(t('home.today'), [fmt.dateLong(today), ' ',
            h('span', { class: 'chip ' + (isWorkday ? 'chip-ok' : 'chip-rest'), id: 'home-today-kind' },
              isWorkday ? t('home.isWorkday') : t('home.isRestDay'))]),
          fact(t('home.nextWorkday'), fmt.dateLong(res[1].date), { id: 'home-next-workday' }),
          fact(t('home.after20'), fmt.dateLong(res[2].date), { id: 'home-after-20' })),
        h('p', { class: 'muted small' }, t('home.countingRule')),
        provisional ? ui.banner('warning', t('calendar.provisionalResult')) : null,
        h('p', null, h('a', { href: '#/admin/calendar' }, t('home.openCalendar')))
      ];
    });
  }

  function healthCard() {
    // A DOWN platform may answer 503 with the same body; show it rather than an error.
    var health = api.get('/health').catch(function (err) {
      if (err.body && typeof err.body === 'object' && err.body.status) return err.body;
      throw err;
    });
    // The descriptors give the capabilities' names; without them the ids still say enough.
    var names = api.get('/capabilities', null, { quiet: true }).then(function (caps) {
      var byId = {};
      (caps || []).forEach(function (c) { byId[c.id] = G.i18n.pickName(c); });
      return byId;
    }, function () { return {}; });
    return card('home-health', t('home.health'), Promise.all([health, names]), function (res) {
      var health = res[0], byId = res[1];
      var up = health.status === 'UP';
      var db = health.database || {};
      var caps = health.capabilities || [];
      return h('dl', { class: 'facts' },
        fact(t('home.status'), h('span', { class: 'chip ' + (up ? 'chip-ok' : 'chip-bad'), id: 'health-status' },
          up ? t('home.up') : t('home.down'), ' (', health.status, ')')),
        fact(t('home.database'), [
          h('span', { class: 'chip ' + (db.status === 'UP' ? 'chip-ok' : 'chip-bad') }, db.status || '?'),
          db.product ? ' ' + db.product : '']),
        fact(t('home.version'), health.version || '—'),
        fact(t('home.capabilities'), caps.length
          ? h('ul', { class: 'inline-list', id: 'health-capabilities' }, caps.map(function (id) {
              return h('li', null, h('span', { class: 'chip' }, byId[id] && byId[id] !== id ? byId[id] + ' (' + id + ')' : id));
            }))
          : h('span', { class: 'muted' }, t('home.noCapabilities'))));
    });
  }

  G.routes['#/home'] = function (container, ctx) {
    var u = ctx.user;
    container.appendChild(h('h1', null, t('home.title')));
    container.appendChild(h('div', { class: 'cards' },
      h('section', { class: 'card card-welcome', id: 'home-welcome' },
        h('h2', null, t('home.welcome', { name: u.displayName || u.username })),
        h('p', null, u.agencyName ? u.agencyName : t('home.noAgency'),
          u.agencyCode ? h('span', { class: 'muted' }, ' (' + u.agencyCode + ')') : null),
        h('p', { class: 'muted' }, t('home.intro'))),
      rolesCard(u),
      workdaysCard(),
      healthCard()));
  };
}(window.Gongkai));
