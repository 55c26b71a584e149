/* Gongkai staff UI: the accounts screen (admin) — filterable table, create and edit forms, passwords, lock and unlock. */
(function (G) {
  'use strict';
  var h = G.h, ui = G.ui, api = G.api, fmt = G.fmt;
  var t = function (key, params) { return G.t(key, params); };

  function isLocked(u) {
    return !!u.disabled || (!!u.lockedUntil && Date.parse(u.lockedUntil) > Date.now());
  }

  function statusOf(u) {
    if (u.disabled) return h('span', { class: 'chip chip-bad' }, t('accounts.locked'));
    if (isLocked(u)) return h('span', { class: 'chip chip-warn', title: fmt.dateTime(u.lockedUntil) },
      t('accounts.lockedUntil', { time: fmt.dateTime(u.lockedUntil) }));
    return h('span', { class: 'chip chip-ok' }, t('accounts.active'));
  }

  function userPath(username, suffix) {
    return '/users/' + encodeURIComponent(username) + (suffix || '');
  }

  G.routes['#/admin/accounts'] = function (container) {
    var model = { users: [], agencies: [], roles: [] };
    var body = h('div', null, ui.loadingBlock());
    container.appendChild(h('div', { class: 'page-head' },
      h('h1', null, t('menu.accounts')),
      h('button', { type: 'button', class: 'btn btn-primary', id: 'account-create', disabled: true,
        onclick: function () { openForm(null); } }, t('accounts.create'))));
    container.appendChild(body);

    function agencyName(code) {
      var a = model.agencies.filter(function (x) { return x.code === code; })[0];
      return a ? a.name : code || '';
    }

    function roleNames(u) {
      return (u.roles || []).map(G.roleName).join(t('common.listSeparator'));
    }

    var table = ui.dataTable({
      id: 'accounts-table',
      pageSize: 20,
      sort: { key: 'username', dir: 'asc' },
      empty: t('accounts.empty'),
      rowAttrs: function (u) { return { dataset: { username: u.username } }; },
      columns: [
        { key: 'username', label: t('accounts.username') },
        { key: 'displayName', label: t('accounts.displayName') },
        { key: 'agency', label: t('accounts.agency'), value: function (u) { return agencyName(u.agencyCode); } },
        { key: 'roles', label: t('accounts.roles'), value: roleNames },
        { key: 'status', label: t('accounts.status'), value: function (u) { return u.disabled ? 2 : isLocked(u) ? 1 : 0; }, render: statusOf },
        { key: 'lastLoginAt', label: t('accounts.lastLogin'), className: 'nowrap', value: function (u) { return u.lastLoginAt ? Date.parse(u.lastLoginAt) : null; },
          render: function (u) { return u.lastLoginAt ? fmt.dateTime(u.lastLoginAt) : h('span', { class: 'muted' }, t('accounts.never')); } },
        { key: 'actions', label: t('common.actions'), sortable: false, className: 'actions', render: actions }
      ]
    });

    function actions(u) {
      var locked = isLocked(u);
      return [
        h('button', { type: 'button', class: 'btn btn-small', dataset: { action: 'edit' }, onclick: function () { openForm(u); } }, t('common.edit')),
        ' ',
        h('button', { type: 'button', class: 'btn btn-small ' + (locked ? '' : 'btn-danger'), dataset: { action: locked ? 'unlock' : 'lock' },
          onclick: function () { setLocked(u, !locked); } }, locked ? t('accounts.unlock') : t('accounts.lock'))
      ];
    }

    function setLocked(u, lock) {
      if (lock && !window.confirm(t('accounts.confirmLock', { name: u.displayName || u.username }))) return;
      api.post(userPath(u.username, lock ? '/lock' : '/unlock')).then(function () {
        ui.toast(t(lock ? 'accounts.lockedDone' : 'accounts.unlockedDone', { name: u.username }), 'success');
        reload();
      }, ui.reportError);
    }

    // ---- filters ----
    var q = h('input', { type: 'search', name: 'q', autocomplete: 'off' });
    var agencySel = h('select', { name: 'agency' });
    var roleSel = h('select', { name: 'role' });
    var stateSel = h('select', { name: 'state' },
      h('option', { value: '' }, t('common.all')),
      h('option', { value: 'active' }, t('accounts.active')),
      h('option', { value: 'locked' }, t('accounts.locked')));
    var filters = h('form', { class: 'filter-bar', role: 'search', id: 'accounts-filters', onsubmit: function (e) { e.preventDefault(); apply(); } },
      ui.field(t('accounts.search'), q),
      ui.field(t('accounts.agency'), agencySel),
      ui.field(t('accounts.roles'), roleSel),
      ui.field(t('accounts.status'), stateSel));
    [q, agencySel, roleSel, stateSel].forEach(function (c) { c.addEventListener(c === q ? 'input' : 'change', apply); });

    function fillSelects() {
      var a = agencySel.value, r = roleSel.value;
      ui.clear(agencySel).appendChild(h('option', { value: '' }, t('common.all')));
      model.agencies.forEach(function (x) { agencySel.appendChild(h('option', { value: x.code }, x.name)); });
      ui.clear(roleSel).appendChild(h('option', { value: '' }, t('common.all')));
      model.roles.forEach(function (x) { roleSel.appendChild(h('option', { value: x.id }, G.i18n.pickName(x))); });
      agencySel.value = a;
      roleSel.value = r;
    }

    function apply() {
      var text = q.value.trim().toLowerCase();
      table.setRows(model.users.filter(function (u) {
        if (text && String(u.username).toLowerCase().indexOf(text) < 0 && String(u.displayName || '').toLowerCase().indexOf(text) < 0) return false;
        if (agencySel.value && u.agencyCode !== agencySel.value) return false;
        if (roleSel.value && (u.roles || []).indexOf(roleSel.value) < 0) return false;
        if (stateSel.value === 'locked' && !isLocked(u)) return false;
        if (stateSel.value === 'active' && isLocked(u)) return false;
        return true;
      }));
    }

    function reload() {
      return Promise.all([api.get('/users'), api.get('/agencies'), G.loadRoles()]).then(function (res) {
        model.users = res[0] || [];
        model.agencies = (res[1] || []).slice().sort(function (x, y) { return String(x.code).localeCompare(String(y.code)); });
        model.roles = res[2] || [];
        fillSelects();
        if (!filters.parentNode) {
          ui.clear(body);
          body.appendChild(filters);
          body.appendChild(table.el);
          document.getElementById('account-create').disabled = false;
        }
        apply();
      }, function (err) {
        if (!filters.parentNode) ui.clear(body).appendChild(ui.errorBlock(err));
        else ui.reportError(err);
      });
    }

    // ---- create / edit ----
    function openForm(user) {
      var editing = !!user;
      var username = h('input', { name: 'username', autocomplete: 'off', required: true, maxlength: 64 });
      var displayName = h('input', { name: 'displayName', required: true, maxlength: 100, value: editing ? user.displayName : '' });
      var agency = h('select', { name: 'agencyCode', required: true },
        h('option', { value: '' }, t('common.choose')),
        model.agencies.filter(function (a) { return a.active !== false || (editing && a.code === user.agencyCode); }).map(function (a) {
          return h('option', { value: a.code }, a.name + ' (' + a.code + ')');
        }));
      agency.value = editing ? user.agencyCode || '' : '';
      var password = h('input', { name: 'password', type: 'password', autocomplete: 'new-password', required: true });
      var roles = ui.checkboxGroup(t('accounts.roles'), 'roles', model.roles.map(function (r) {
        return { value: r.id, label: G.i18n.pickName(r), title: G.i18n.pickDescription(r) };
      }), editing ? user.roles : []);

      var form = h('form', { id: editing ? 'account-edit-form' : 'account-create-form', class: 'form-grid', novalidate: true, onsubmit: submit },
        h('div', { class: 'form-banner field-wide' }),
        editing
          ? h('div', { class: 'field' }, h('span', { class: 'label' }, t('accounts.username')), h('strong', { class: 'static-value' }, user.username))
          : ui.field(t('accounts.username'), username),
        ui.field(t('accounts.displayName'), displayName),
        ui.field(t('accounts.agency'), agency, { wide: true }),
        roles,
        editing ? null : ui.field(t('accounts.password'), password, { hint: t('accounts.passwordHint') }),
        h('div', { class: 'form-actions field-wide' },
          h('button', { type: 'submit', class: 'btn btn-primary', id: 'account-save' }, editing ? t('common.save') : t('accounts.create'))));

      var parts = [form];
      if (editing) parts.push(passwordForm(user));
      var dialog = ui.modal(editing ? t('accounts.editTitle', { name: user.username }) : t('accounts.create'), parts);

      function submit(e) {
        e.preventDefault();
        ui.clearErrors(form);
        var payload = {
          displayName: displayName.value.trim(),
          agencyCode: agency.value,
          roles: ui.checkedValues(form, 'roles')
        };
        var missing = [[displayName, payload.displayName], [agency, payload.agencyCode]];
        if (!editing) {
          payload.username = username.value.trim();
          payload.password = password.value;
          missing.push([username, payload.username], [password, payload.password]);
        }
        var bad = false;
        missing.forEach(function (m) { if (!m[1]) { ui.setFieldError(form, m[0].name, t('form.required')); bad = true; } });
        if (bad) return;
        ui.busy(form, true);
        var call = editing ? api.put(userPath(user.username), payload) : api.post('/users', payload);
        call.then(function () {
          dialog.close();
          ui.toast(t(editing ? 'accounts.saved' : 'accounts.created', { name: editing ? user.username : payload.username }), 'success');
          reload();
        }, function (err) {
          ui.busy(form, false);
          ui.showErrors(form, err);
        });
      }
    }

    function passwordForm(user) {
      var pw = h('input', { name: 'password', type: 'password', autocomplete: 'new-password', required: true });
      var again = h('input', { name: 'confirm', type: 'password', autocomplete: 'new-password', required: true });
      var form = h('form', { id: 'account-password-form', class: 'form-grid subform', novalidate: true, onsubmit: submit },
        h('h3', { class: 'field-wide' }, t('accounts.setPassword')),
        h('div', { class: 'form-banner field-wide' }),
        ui.field(t('accounts.newPassword'), pw, { hint: t('accounts.passwordHint') }),
        ui.field(t('password.confirm'), again),
        h('div', { class: 'form-actions field-wide' },
          h('button', { type: 'submit', class: 'btn', id: 'account-password-save' }, t('accounts.setPassword'))));

      function submit(e) {
        e.preventDefault();
        ui.clearErrors(form);
        if (!pw.value) { ui.setFieldError(form, 'password', t('form.required')); return; }
        if (pw.value !== again.value) { ui.setFieldError(form, 'confirm', t('password.mismatch')); return; }
        ui.busy(form, true);
        api.post(userPath(user.username, '/password'), { password: pw.value }).then(function () {
          ui.busy(form, false);
          pw.value = '';
          again.value = '';
          ui.toast(t('accounts.passwordSet', { name: user.username }), 'success');
        }, function (err) {
          ui.busy(form, false);
          ui.showErrors(form, err);
        });
      }
      return form;
    }

    reload();
  };

}(window.Gongkai));
