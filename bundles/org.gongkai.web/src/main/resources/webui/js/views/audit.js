/*
 * Gongkai staff UI: the audit trail (admin, auditor) — filters, newest-first pages of 50 walked with beforeSeq,
 * the hash-chain fields per entry and the chain verification.
 */
(function (G) {
  'use strict';
  var h = G.h, ui = G.ui, api = G.api, fmt = G.fmt;
  var t = function (key, params) { return G.t(key, params); };

  var LIMIT = 50;
  var FILTERS = ['objectType', 'objectId', 'actor', 'action'];

  G.routes['#/admin/audit'] = function (container, ctx) {
    var inputs = {};
    var filters = h('form', { class: 'filter-bar', role: 'search', id: 'audit-filters', onsubmit: function (e) { e.preventDefault(); first(); } },
      FILTERS.map(function (name) {
        inputs[name] = h('input', { name: name, id: 'audit-filter-' + name, autocomplete: 'off', value: ctx.query.get(name) || '' });
        return ui.field(t('audit.' + name), inputs[name]);
      }),
      h('div', { class: 'filter-actions' },
        h('button', { type: 'submit', class: 'btn btn-primary', id: 'audit-search' }, t('common.search')),
        h('button', { type: 'button', class: 'btn', id: 'audit-reset', onclick: function () {
          FILTERS.forEach(function (n) { inputs[n].value = ''; });
          first();
        } }, t('common.reset'))));

    var verifyButton = h('button', { type: 'button', class: 'btn', id: 'audit-verify', onclick: verify }, t('audit.verify'));
    var verifyResult = h('div', { id: 'audit-verify-result', 'aria-live': 'polite' });
    var tableBox = h('div', { class: 'table-wrap' });
    var newer = h('button', { type: 'button', class: 'btn btn-small', id: 'audit-newer', disabled: true, onclick: function () { go(stack[stack.length - 1], stack.slice(0, -1)); } }, t('audit.newer'));
    var older = h('button', { type: 'button', class: 'btn btn-small', id: 'audit-older', disabled: true, onclick: function () { go(oldest, stack.concat([current])); } }, t('audit.older'));
    var pageInfo = h('span', { class: 'pager-page' });

    var stack = [];        // beforeSeq of the newer pages, to walk back
    var current = null;    // beforeSeq of the page shown (null: the newest)
    var oldest = null;     // smallest seq on the page shown
    var active = {};       // the filters of the pages being walked
    var loadSeq = 0;

    container.appendChild(h('div', { class: 'page-head' }, h('h1', null, t('menu.audit')), verifyButton));
    container.appendChild(verifyResult);
    container.appendChild(h('section', { class: 'card' },
      filters,
      tableBox,
      h('nav', { class: 'pager', 'aria-label': t('table.pager') }, newer, pageInfo, older)));

    function first() {
      active = {};
      FILTERS.forEach(function (n) { active[n] = inputs[n].value.trim(); });
      ui.clear(tableBox).appendChild(ui.loadingBlock());
      go(null, []);
    }

    /** Shows the page before beforeSeq; newStack becomes the way back once it has loaded. */
    function go(beforeSeq, newStack) {
      var query = Object.assign({ limit: LIMIT, beforeSeq: beforeSeq }, active);
      var seq = ++loadSeq;
      newer.disabled = older.disabled = true;
      api.get('/audit', query).then(function (entries) {
        if (seq !== loadSeq) return;
        entries = entries || [];
        stack = newStack;
        current = beforeSeq;
        oldest = entries.length ? entries[entries.length - 1].seq : null;
        ui.clear(tableBox).appendChild(table(entries));
        newer.disabled = !stack.length;
        older.disabled = entries.length < LIMIT;
        pageInfo.textContent = t('audit.page', { n: stack.length + 1 });
      }, function (err) {
        if (seq !== loadSeq) return;
        if (beforeSeq == null && !newStack.length) {
          ui.clear(tableBox).appendChild(ui.errorBlock(err));
          return;
        }
        newer.disabled = !stack.length;
        older.disabled = oldest == null;
        ui.reportError(err);
      });
    }

    function table(entries) {
      var columns = ['seq', 'time', 'actor', 'action', 'objectType', 'objectId', 'details'];
      return h('table', { class: 'data-table audit-table', id: 'audit-table' },
        h('thead', null, h('tr', null,
          columns.map(function (c) { return h('th', { scope: 'col' }, t('audit.' + c)); }),
          h('th', { scope: 'col' }, h('span', { class: 'visually-hidden' }, t('audit.chain'))))),
        entries.length
          ? entries.map(function (e) { return rows(e, columns.length + 1); })
          : h('tbody', null, h('tr', null, h('td', { class: 'empty', colspan: columns.length + 1 }, t('audit.empty')))));
    }

    /** One <tbody> per entry: the entry's row and its hidden hash-chain row. */
    function rows(e, span) {
      var chainId = ui.uid('audit-chain');
      var chain = h('tr', { class: 'chain-row', id: chainId, hidden: true },
        h('td', { colspan: span },
          h('dl', { class: 'facts mono small' },
            h('dt', null, t('audit.algorithm')), h('dd', null, e.algorithm || ''),
            h('dt', null, t('audit.previousHash')), h('dd', null, e.previousHash || '—'),
            h('dt', null, t('audit.hash')), h('dd', null, e.hash || ''))));
      var toggle = h('button', { type: 'button', class: 'btn btn-small', 'aria-expanded': 'false', 'aria-controls': chainId,
        title: t('audit.chain'), onclick: function () {
          chain.hidden = !chain.hidden;
          toggle.setAttribute('aria-expanded', String(!chain.hidden));
        } }, t('audit.hashShort'));
      return h('tbody', { dataset: { seq: e.seq } },
        h('tr', null,
          h('td', { class: 'num' }, e.seq),
          h('td', { class: 'nowrap' }, fmt.dateTime(e.time)),
          h('td', null, e.actor),
          h('td', null, e.action),
          h('td', null, e.objectType),
          h('td', { class: 'break' }, e.objectId),
          h('td', { class: 'details' }, e.details),
          h('td', null, toggle)),
        chain);
    }

    function verify() {
      verifyButton.disabled = true;
      ui.clear(verifyResult).appendChild(ui.loadingBlock());
      api.get('/audit/verify').then(function (v) {
        verifyButton.disabled = false;
        ui.clear(verifyResult).appendChild(v.valid
          ? ui.banner('success', t('audit.valid', { n: v.entries }), { class: 'banner banner-success verify-ok', role: 'status' })
          : ui.banner('error', [
              t('audit.broken', { seq: v.firstBrokenSeq == null ? '?' : v.firstBrokenSeq, n: v.entries }),
              v.problem ? h('div', { class: 'mono small' }, v.problem) : null
            ], { class: 'banner banner-error verify-broken' }));
      }, function (err) {
        verifyButton.disabled = false;
        ui.clear(verifyResult).appendChild(ui.errorBlock(err));
      });
    }

    first();
  };
}(window.Gongkai));
