/*
 * Gongkai staff UI: agencies and regions — the lazily loaded region tree (everyone), the agencies table and,
 * for administrators, the CSV imports with downloadable templates.
 */
(function (G) {
  'use strict';
  var h = G.h, ui = G.ui, api = G.api;
  var t = function (key, params) { return G.t(key, params); };

  var LEAF_LEVEL = 'HAMLET';
  var KINDS = ['GOVERNMENT', 'OPENNESS_OFFICE', 'DEPARTMENT', 'TOWNSHIP_GOVERNMENT', 'DEVELOPMENT_ZONE', 'PUBLIC_INSTITUTION'];
  var TEMPLATES = {
    regions: { file: 'regions-template.csv', header: 'code,name,level,parent_code', path: '/regions/import' },
    agencies: { file: 'agencies-template.csv', header: 'code,name,short_name,kind,parent_code,region_code', path: '/agencies/import' }
  };

  function levelName(level) { return level ? t('level.' + level) : ''; }
  function kindName(kind) { return kind ? t('kind.' + kind) : ''; }

  // ---------- region tree ----------

  function regionTree(regionNames) {
    var root = h('ul', { class: 'tree', role: 'tree', id: 'region-tree', 'aria-label': t('regions.tree') });
    var box = h('div', { class: 'tree-box' }, ui.loadingBlock());

    function load(parent) {
      return api.get('/regions', parent ? { parent: parent } : null).then(function (list) {
        (list || []).forEach(function (r) { regionNames[r.code] = r.name; });
        return (list || []).slice().sort(function (a, b) { return String(a.code).localeCompare(String(b.code)); });
      });
    }

    function node(r, depth) {
      var hasChildren = r.level !== LEAF_LEVEL && r.childCount !== 0;
      var children = h('ul', { class: 'tree-children', role: 'group', hidden: true });
      var loaded = false;
      var toggle = hasChildren
        ? h('button', { type: 'button', class: 'tree-toggle', 'aria-expanded': 'false',
            'aria-label': t('regions.expand', { name: r.name }), onclick: flip }, h('span', { 'aria-hidden': 'true' }, '▸'))
        : h('span', { class: 'tree-toggle tree-leaf', 'aria-hidden': 'true' }, '·');
      var item = h('li', { role: 'treeitem', 'aria-level': depth, 'aria-expanded': hasChildren ? 'false' : null, dataset: { code: r.code, level: r.level } },
        h('div', { class: 'tree-row' },
          toggle,
          h('span', { class: 'chip chip-level level-' + String(r.level || '').toLowerCase() }, levelName(r.level)),
          h('span', { class: 'tree-name' }, r.name),
          h('span', { class: 'tree-meta muted' }, r.code,
            typeof r.childCount === 'number' && r.childCount > 0
              ? [' · ', h('span', { title: t('regions.childCount') }, t('regions.children', { n: r.childCount }))]
              : null)),
        children);

      function flip() {
        var open = toggle.getAttribute('aria-expanded') !== 'true';
        toggle.setAttribute('aria-expanded', String(open));
        item.setAttribute('aria-expanded', String(open));
        toggle.setAttribute('aria-label', t(open ? 'regions.collapse' : 'regions.expand', { name: r.name }));
        toggle.firstChild.textContent = open ? '▾' : '▸';
        children.hidden = !open;
        if (open && !loaded) {
          loaded = true;
          ui.clear(children).appendChild(h('li', { class: 'muted' }, t('common.loading')));
          load(r.code).then(function (list) {
            ui.clear(children);
            if (!list.length) children.appendChild(h('li', { class: 'muted tree-empty' }, t('regions.noChildren')));
            list.forEach(function (c) { children.appendChild(node(c, depth + 1)); });
          }, function (err) {
            loaded = false;
            ui.clear(children).appendChild(h('li', null, ui.errorBlock(err)));
          });
        }
      }
      return item;
    }

    function reload() {
      return load(null).then(function (list) {
        ui.clear(root);
        list.forEach(function (r) { root.appendChild(node(r, 1)); });
        ui.clear(box).appendChild(list.length ? root : h('p', { class: 'muted' }, t('regions.empty')));
      }, function (err) {
        ui.clear(box).appendChild(ui.errorBlock(err));
      });
    }

    return { el: box, reload: reload };
  }

  // ---------- agencies table ----------

  function agenciesTable(regionNames) {
    var all = [];
    var byCode = {};
    var box = h('div', null, ui.loadingBlock());
    var q = h('input', { type: 'search', name: 'q', autocomplete: 'off' });
    var kind = h('select', { name: 'kind' }, h('option', { value: '' }, t('common.all')),
      KINDS.map(function (k) { return h('option', { value: k }, kindName(k)); }));
    var filters = h('form', { class: 'filter-bar', role: 'search', id: 'agencies-filters', onsubmit: function (e) { e.preventDefault(); apply(); } },
      ui.field(t('agencies.search'), q), ui.field(t('agencies.kind'), kind));
    q.addEventListener('input', apply);
    kind.addEventListener('change', apply);

    function parentName(a) { return a.parentCode ? (byCode[a.parentCode] ? byCode[a.parentCode].name : a.parentCode) : ''; }
    function regionName(a) { return a.regionCode ? (regionNames[a.regionCode] || '') : ''; }

    var table = ui.dataTable({
      id: 'agencies-table',
      pageSize: 20,
      sort: { key: 'code', dir: 'asc' },
      empty: t('agencies.empty'),
      rowAttrs: function (a) { return { dataset: { code: a.code }, class: a.active === false ? 'inactive' : null }; },
      columns: [
        { key: 'code', label: t('agencies.code') },
        { key: 'name', label: t('agencies.name'), render: function (a) {
          return [a.name, a.shortName && a.shortName !== a.name ? h('span', { class: 'muted' }, ' (' + a.shortName + ')') : null,
            a.active === false ? [' ', h('span', { class: 'chip chip-bad' }, t('agencies.inactive'))] : null];
        } },
        { key: 'kind', label: t('agencies.kind'), value: function (a) { return kindName(a.kind); } },
        { key: 'parent', label: t('agencies.parent'), value: parentName },
        { key: 'region', label: t('agencies.region'), value: function (a) { return a.regionCode || ''; }, render: function (a) {
          var name = regionName(a);
          return a.regionCode ? [name ? name + ' ' : '', h('span', { class: 'muted' }, a.regionCode)] : '';
        } }
      ]
    });

    function apply() {
      var text = q.value.trim().toLowerCase();
      table.setRows(all.filter(function (a) {
        if (kind.value && a.kind !== kind.value) return false;
        if (!text) return true;
        return [a.code, a.name, a.shortName].some(function (v) { return v && String(v).toLowerCase().indexOf(text) >= 0; });
      }));
    }

    function reload() {
      return api.get('/agencies').then(function (list) {
        all = list || [];
        byCode = {};
        all.forEach(function (a) { byCode[a.code] = a; });
        if (!filters.parentNode) ui.clear(box).append(filters, table.el);
        apply();
      }, function (err) {
        ui.clear(box).appendChild(err.status === 403 ? h('p', { class: 'muted' }, t('agencies.notAllowed')) : ui.errorBlock(err));
      });
    }

    return { el: box, reload: reload, refresh: apply };
  }

  // ---------- CSV import (admin) ----------

  function lineLabel(field) {
    var m = /^(?:line|row|行)?\s*(\d+)\s*[:：]?\s*(.*)$/i.exec(String(field || ''));
    if (m) return t('import.line', { n: m[1] }) + (m[2] ? ' ' + m[2] : '');
    return field || '';
  }

  function importResult(res) {
    var errors = (res && res.errors) || [];
    var summary = t('import.summary', { created: res && res.created || 0, updated: res && res.updated || 0 });
    if (!errors.length) return ui.banner('success', summary);
    return ui.banner('error', [
      h('p', null, t('import.failed', { n: errors.length }), ' ', summary),
      errorTable(errors)
    ]);
  }

  function errorTable(errors) {
    return h('div', { class: 'table-wrap' }, h('table', { class: 'data-table import-errors' },
      h('thead', null, h('tr', null, h('th', { scope: 'col' }, t('import.where')), h('th', { scope: 'col' }, t('import.problem')))),
      h('tbody', null, errors.map(function (e) {
        return h('tr', null, h('td', null, lineLabel(e.field)), h('td', null, G.i18n.pick(e)));
      }))));
  }

  function importForm(kind, onDone) {
    var tpl = TEMPLATES[kind];
    var file = h('input', { type: 'file', name: 'file', accept: '.csv,text/csv' });
    var text = h('textarea', { name: 'csv', rows: 8, spellcheck: 'false', class: 'mono' });
    var result = h('div', { class: 'import-result', id: 'import-' + kind + '-result', 'aria-live': 'polite' });
    file.addEventListener('change', function () {
      if (!file.files || !file.files[0]) return;
      ui.readTextFile(file.files[0]).then(function (content) { text.value = content.replace(/^\ufeff/, ''); },
        function (err) { ui.reportError(err); });
    });
    var form = h('form', { class: 'card import-form', id: 'import-' + kind, novalidate: true, onsubmit: submit },
      h('h3', null, t('import.' + kind + '.title')),
      h('p', { class: 'muted small' }, t('import.' + kind + '.help')),
      h('p', null, ui.downloadLink(tpl.file, tpl.header + '\r\n', t('import.template'), { id: 'template-' + kind })),
      h('div', { class: 'form-banner' }),
      ui.field(t('import.file'), file),
      ui.field(t('import.text'), text, { hint: t('import.header', { header: tpl.header }) }),
      h('div', { class: 'form-actions' }, h('button', { type: 'submit', class: 'btn btn-primary', id: 'import-' + kind + '-submit' }, t('import.submit'))),
      result);

    function submit(e) {
      e.preventDefault();
      ui.clearErrors(form);
      ui.clear(result);
      var csv = text.value.replace(/^\ufeff/, '');
      if (!csv.trim()) { ui.setFieldError(form, 'csv', t('import.emptyText')); return; }
      ui.busy(form, true);
      api.post(tpl.path, csv, { contentType: 'text/csv; charset=UTF-8' }).then(function (res) {
        ui.busy(form, false);
        result.appendChild(importResult(res));
        if (res && (res.created || res.updated)) onDone();
      }, function (err) {
        ui.busy(form, false);
        if (err.body && Array.isArray(err.body.errors)) {
          result.appendChild(importResult(err.body));
        } else if (err.fieldErrors.length) {
          result.appendChild(ui.banner('error', [h('p', null, err.message), errorTable(err.fieldErrors)]));
        } else {
          ui.showErrors(form, err);
        }
      });
    }
    return form;
  }

  G.routes['#/admin/regions'] = function (container, ctx) {
    var regionNames = {};
    var tree = regionTree(regionNames);
    var agencies = agenciesTable(regionNames);
    container.appendChild(h('h1', null, t('menu.regions')));
    container.appendChild(h('div', { class: 'split-tree' },
      h('section', { class: 'card', id: 'regions-section' }, h('h2', null, t('regions.title')), tree.el),
      h('section', { class: 'card', id: 'agencies-section' }, h('h2', null, t('agencies.title')), agencies.el)));
    if (ctx.hasRole('admin')) {
      container.appendChild(h('section', { id: 'imports' },
        h('h2', null, t('import.title')),
        h('div', { class: 'split' },
          importForm('regions', function () { tree.reload().then(agencies.refresh); }),
          importForm('agencies', agencies.reload))));
    }
    // The region names are needed in the agencies table, so load the tree first.
    tree.reload().then(agencies.reload);
  };
}(window.Gongkai));
