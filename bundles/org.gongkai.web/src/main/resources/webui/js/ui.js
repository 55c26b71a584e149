/*
 * Gongkai staff UI: the DOM helper h(), dates in Asia/Shanghai, toasts, the loading bar, modal dialogs,
 * form field errors and the paged, sortable table. Text from the API only ever reaches the page as a
 * text node or an attribute value set through h(); nothing here writes innerHTML.
 */
(function (global) {
  'use strict';
  var G = global.Gongkai = global.Gongkai || {};
  var t = function (key, params) { return G.t(key, params); };

  var PROPS = { checked: 1, disabled: 1, selected: 1, hidden: 1, required: 1, multiple: 1, readOnly: 1 };

  /**
   * Creates an element. attrs: 'class', 'dataset' (object), onXxx (listener), boolean properties, 'value',
   * anything else as an attribute. Children: nodes, strings/numbers (as text), arrays, null/false (skipped).
   */
  function h(tag, attrs) {
    var el = document.createElement(tag);
    var value;
    if (attrs) {
      Object.keys(attrs).forEach(function (k) {
        var v = attrs[k];
        if (k === 'value') { value = v; return; }
        if (v == null || (v === false && !PROPS[k])) return;
        if (k === 'class') el.className = v;
        else if (k === 'dataset') Object.keys(v).forEach(function (d) { if (v[d] != null) el.dataset[d] = String(v[d]); });
        else if (k.slice(0, 2) === 'on' && typeof v === 'function') el.addEventListener(k.slice(2).toLowerCase(), v);
        else if (PROPS[k]) el[k] = !!v;
        else el.setAttribute(k, String(v));
      });
    }
    append(el, Array.prototype.slice.call(arguments, 2));
    if (value != null) el.value = value; // after the children, so a <select> has its options
    return el;
  }

  function append(el, kids) {
    kids.forEach(function (c) {
      if (c == null || c === false) return;
      if (Array.isArray(c)) append(el, c);
      else el.appendChild(c instanceof Node ? c : document.createTextNode(String(c)));
    });
    return el;
  }

  function clear(el) {
    while (el.firstChild) el.removeChild(el.firstChild);
    return el;
  }

  var idSeq = 0;
  function uid(prefix) { idSeq += 1; return (prefix || 'gk') + '-' + idSeq; }

  // ---- dates: the law's time is Asia/Shanghai ----
  var ZONE = 'Asia/Shanghai';
  var partsFormat = new Intl.DateTimeFormat('en-GB', {
    timeZone: ZONE, year: 'numeric', month: '2-digit', day: '2-digit',
    hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23'
  });
  function shanghaiParts(date) {
    var o = {};
    partsFormat.formatToParts(date).forEach(function (p) { o[p.type] = p.value; });
    return o;
  }
  function parseYmd(ymd) {
    var m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(ymd || '');
    return m ? new Date(Date.UTC(+m[1], +m[2] - 1, +m[3])) : null;
  }
  var fmt = {
    /** An ISO-8601 instant as yyyy-MM-dd HH:mm:ss in Asia/Shanghai. */
    dateTime: function (iso) {
      if (!iso) return '';
      var d = new Date(iso);
      if (isNaN(d.getTime())) return String(iso);
      var p = shanghaiParts(d);
      return p.year + '-' + p.month + '-' + p.day + ' ' + p.hour + ':' + p.minute + ':' + p.second;
    },
    /** Today's date in Asia/Shanghai as yyyy-MM-dd. */
    today: function () {
      var p = shanghaiParts(new Date());
      return p.year + '-' + p.month + '-' + p.day;
    },
    addDays: function (ymd, n) {
      var d = parseYmd(ymd);
      d.setUTCDate(d.getUTCDate() + n);
      return d.toISOString().slice(0, 10);
    },
    /** 0 = Monday … 6 = Sunday. */
    weekdayIndex: function (ymd) { return (parseYmd(ymd).getUTCDay() + 6) % 7; },
    weekdayName: function (ymd) { return t('weekday.' + fmt.weekdayIndex(ymd)); },
    /** A calendar date with its weekday, e.g. 2026年1月5日（星期一）. */
    dateLong: function (ymd) {
      var d = parseYmd(ymd);
      if (!d) return ymd || '';
      return t('date.long', {
        y: d.getUTCFullYear(), m: d.getUTCMonth() + 1, d: d.getUTCDate(),
        month: t('month.' + (d.getUTCMonth() + 1)), weekday: fmt.weekdayName(ymd)
      });
    },
    /** A month and day, e.g. 1月5日. */
    monthDay: function (ymd) {
      var d = parseYmd(ymd);
      return t('date.monthDay', { m: d.getUTCMonth() + 1, d: d.getUTCDate(), month: t('month.' + (d.getUTCMonth() + 1)) });
    },
    parseYmd: parseYmd
  };

  // ---- loading bar ----
  var pending = 0;
  function loading(delta) {
    pending = Math.max(0, pending + delta);
    var bar = document.getElementById('loading');
    if (bar) bar.classList.toggle('active', pending > 0);
    document.body.setAttribute('aria-busy', pending > 0 ? 'true' : 'false');
  }

  // ---- toasts ----
  function toast(message, kind) {
    var box = document.getElementById('toasts');
    if (!box || !message) return;
    kind = kind || 'info';
    var item = h('div', { class: 'toast toast-' + kind, role: kind === 'error' ? 'alert' : 'status' },
      h('span', { class: 'toast-text' }, message),
      h('button', { type: 'button', class: 'toast-close', 'aria-label': t('common.close'), onclick: remove }, '×'));
    var timer = setTimeout(remove, kind === 'error' ? 10000 : 5000);
    function remove() { clearTimeout(timer); if (item.parentNode) item.parentNode.removeChild(item); }
    box.appendChild(item);
  }

  /** Shows an API error as a toast, unless it has been handled (a 401 that brought up the login screen). */
  function reportError(err) {
    if (err && err.handled) return;
    toast(err && err.message ? err.message : String(err), 'error');
  }

  function banner(kind, children, attrs) {
    var a = Object.assign({ class: 'banner banner-' + kind, role: kind === 'error' ? 'alert' : 'status' }, attrs || {});
    return h('div', a, children);
  }

  function loadingBlock() {
    return h('p', { class: 'loading-block', role: 'status' }, t('common.loading'));
  }

  function errorBlock(err) {
    return banner('error', err && err.message ? err.message : String(err));
  }

  // ---- modal dialog ----
  function modal(title, body) {
    var previous = document.activeElement;
    var titleId = uid('modal-title');
    var dialog = h('div', { class: 'modal', role: 'dialog', 'aria-modal': 'true', 'aria-labelledby': titleId },
      h('div', { class: 'modal-head' },
        h('h2', { id: titleId }, title),
        h('button', { type: 'button', class: 'modal-close', 'aria-label': t('common.close'), onclick: close }, '×')),
      h('div', { class: 'modal-body' }, body));
    var overlay = h('div', { class: 'modal-overlay' }, dialog);
    function onKey(e) { if (e.key === 'Escape') close(); }
    function close() {
      document.removeEventListener('keydown', onKey);
      if (overlay.parentNode) overlay.parentNode.removeChild(overlay);
      if (previous && previous.focus) previous.focus();
    }
    document.addEventListener('keydown', onKey);
    document.body.appendChild(overlay);
    var first = dialog.querySelector('input:not([type=hidden]):not([disabled]), select, textarea');
    (first || dialog.querySelector('.modal-close')).focus();
    return { close: close, el: dialog };
  }

  // ---- forms ----
  /** A labelled form field; the error slot is filled by showErrors() for the field called name. */
  function field(label, input, opts) {
    opts = opts || {};
    var name = input.getAttribute('name');
    var id = input.id || uid('f-' + (name || 'field'));
    var errId = id + '-error';
    input.id = id;
    input.setAttribute('aria-describedby', errId + (opts.hint ? ' ' + id + '-hint' : ''));
    return h('div', { class: 'field' + (opts.wide ? ' field-wide' : ''), dataset: { field: name } },
      h('label', { for: id }, label, input.required ? h('span', { class: 'req', 'aria-hidden': 'true' }, ' *') : null),
      input,
      opts.hint ? h('div', { class: 'field-hint', id: id + '-hint' }, opts.hint) : null,
      h('div', { class: 'field-error', id: errId, 'aria-live': 'polite' }));
  }

  /** A group of checkboxes in a fieldset, reported as one field called name. */
  function checkboxGroup(legend, name, options, checked) {
    var chosen = checked || [];
    var errId = uid('f-' + name) + '-error';
    return h('fieldset', { class: 'field field-wide checkbox-group', dataset: { field: name }, 'aria-describedby': errId },
      h('legend', null, legend),
      h('div', { class: 'checkbox-list' }, options.map(function (o) {
        return h('label', { class: 'checkbox', title: o.title || null },
          h('input', { type: 'checkbox', name: name, value: o.value, checked: chosen.indexOf(o.value) >= 0 }),
          ' ', o.label);
      })),
      h('div', { class: 'field-error', id: errId, 'aria-live': 'polite' }));
  }

  function checkedValues(form, name) {
    return Array.prototype.map.call(form.querySelectorAll('input[name="' + name + '"]:checked'), function (i) { return i.value; });
  }

  function clearErrors(form) {
    Array.prototype.forEach.call(form.querySelectorAll('.field.invalid'), function (f) { f.classList.remove('invalid'); });
    Array.prototype.forEach.call(form.querySelectorAll('.field-error'), clear);
    Array.prototype.forEach.call(form.querySelectorAll('[aria-invalid]'), function (i) { i.removeAttribute('aria-invalid'); });
    var b = form.querySelector('.form-banner');
    if (b) clear(b);
  }

  function setFieldError(form, name, message) {
    var f = form.querySelector('.field[data-field="' + cssEscape(name) + '"]');
    if (!f) return false;
    f.classList.add('invalid');
    var slot = f.querySelector('.field-error');
    append(slot, [slot.firstChild ? ' ' : null, message]);
    Array.prototype.forEach.call(f.querySelectorAll('input, select, textarea'), function (i) { i.setAttribute('aria-invalid', 'true'); });
    return true;
  }

  /** Puts an API error's field errors next to their fields and everything else in the form's banner. */
  function showErrors(form, err) {
    clearErrors(form);
    var rest = [];
    var fieldErrors = (err && err.fieldErrors) || [];
    fieldErrors.forEach(function (fe) {
      var text = G.i18n.pick(fe);
      if (!setFieldError(form, fe.field, text)) rest.push((fe.field ? fe.field + ': ' : '') + text);
    });
    var b = form.querySelector('.form-banner');
    if (err && err.handled) return;
    if (b && (!fieldErrors.length || rest.length)) {
      b.appendChild(banner('error', [err.message, rest.length ? h('ul', null, rest.map(function (r) { return h('li', null, r); })) : null]));
      b.scrollIntoView({ block: 'nearest' });
    } else if (!b) {
      reportError(err);
    }
    var firstInvalid = form.querySelector('[aria-invalid="true"]');
    if (firstInvalid) firstInvalid.focus();
  }

  function cssEscape(s) {
    return global.CSS && CSS.escape ? CSS.escape(s) : String(s).replace(/["\\]/g, '\\$&');
  }

  /** Disables a form's controls while a request runs. */
  function busy(form, on) {
    Array.prototype.forEach.call(form.querySelectorAll('button, input, select, textarea'), function (c) {
      if (on) { c.dataset.wasDisabled = c.disabled ? '1' : ''; c.disabled = true; }
      else { c.disabled = c.dataset.wasDisabled === '1'; delete c.dataset.wasDisabled; }
    });
  }

  // ---- table with client-side sorting and paging ----
  var collator = new Intl.Collator(['zh-CN', 'en'], { numeric: true, sensitivity: 'base' });
  function compare(a, b) {
    if (a == null || a === '') return b == null || b === '' ? 0 : 1;
    if (b == null || b === '') return -1;
    if (typeof a === 'number' && typeof b === 'number') return a - b;
    return collator.compare(String(a), String(b));
  }

  /**
   * opts: columns [{key, label, value(row) for sorting (default row[key]), render(row) → node/text,
   * sortable (default true), className}], pageSize (0 = no paging), sort {key, dir}, empty (text),
   * rowAttrs(row) → attributes for the <tr>, id (for the <table>).
   * Returns {el, setRows(rows)}; setRows keeps the sort and goes back to page 1.
   */
  function dataTable(opts) {
    var rows = [];
    var page = 1;
    var sort = opts.sort || null;
    var pageSize = opts.pageSize == null ? 20 : opts.pageSize;
    var table = h('table', { class: 'data-table', id: opts.id || null });
    var wrap = h('div', { class: 'table-wrap' }, table);
    var pager = h('nav', { class: 'pager', 'aria-label': t('table.pager') });
    var el = h('div', { class: 'data-table-box' }, wrap, pager);

    function valueOf(col, row) { return col.value ? col.value(row) : row[col.key]; }

    function sorted() {
      if (!sort) return rows.slice();
      var col = opts.columns.filter(function (c) { return c.key === sort.key; })[0];
      if (!col) return rows.slice();
      var dir = sort.dir === 'desc' ? -1 : 1;
      return rows.slice().sort(function (a, b) { return dir * compare(valueOf(col, a), valueOf(col, b)); });
    }

    function head() {
      return h('thead', null, h('tr', null, opts.columns.map(function (c) {
        var sortable = c.sortable !== false;
        var state = sort && sort.key === c.key ? (sort.dir === 'desc' ? 'descending' : 'ascending') : null;
        return h('th', { scope: 'col', class: c.className || null, 'aria-sort': sortable ? (state || 'none') : null },
          sortable
            ? h('button', { type: 'button', class: 'sort-button', dataset: { sort: c.key }, onclick: function () { toggleSort(c.key); } },
                c.label, h('span', { class: 'sort-mark', 'aria-hidden': 'true' }, state === 'ascending' ? ' ▲' : state === 'descending' ? ' ▼' : ' ↕'))
            : c.label);
      })));
    }

    function toggleSort(key) {
      sort = sort && sort.key === key && sort.dir === 'asc' ? { key: key, dir: 'desc' } : { key: key, dir: 'asc' };
      page = 1;
      render();
    }

    function render() {
      var all = sorted();
      var pages = pageSize ? Math.max(1, Math.ceil(all.length / pageSize)) : 1;
      page = Math.min(Math.max(1, page), pages);
      var shown = pageSize ? all.slice((page - 1) * pageSize, page * pageSize) : all;
      clear(table);
      table.appendChild(head());
      table.appendChild(h('tbody', null, shown.length ? shown.map(function (r) {
        return h('tr', opts.rowAttrs ? opts.rowAttrs(r) : null, opts.columns.map(function (c) {
          return h('td', { class: c.className || null, dataset: { label: c.label } }, c.render ? c.render(r) : valueOf(c, r));
        }));
      }) : h('tr', null, h('td', { class: 'empty', colspan: opts.columns.length }, opts.empty || t('table.empty')))));
      clear(pager);
      pager.appendChild(h('span', { class: 'pager-count' }, t('table.count', { n: all.length })));
      if (pageSize && pages > 1) {
        pager.appendChild(h('button', { type: 'button', class: 'btn btn-small', disabled: page <= 1, dataset: { page: 'prev' },
          onclick: function () { page -= 1; render(); } }, t('table.prev')));
        pager.appendChild(h('span', { class: 'pager-page' }, t('table.page', { page: page, pages: pages })));
        pager.appendChild(h('button', { type: 'button', class: 'btn btn-small', disabled: page >= pages, dataset: { page: 'next' },
          onclick: function () { page += 1; render(); } }, t('table.next')));
      }
    }

    render();
    return { el: el, setRows: function (r) { rows = r || []; page = 1; render(); } };
  }

  /** Lets the user save text as a file; the BOM makes spreadsheet programs read the UTF-8 correctly. */
  function downloadLink(filename, text, label, attrs) {
    var url = URL.createObjectURL(new Blob(['\ufeff' + text], { type: 'text/csv;charset=utf-8' }));
    return h('a', Object.assign({ href: url, download: filename, class: 'download-link' }, attrs || {}), label);
  }

  /** Reads a text file as UTF-8, or as GB18030 when it is not valid UTF-8 (CSV saved by Excel/WPS). */
  function readTextFile(file) {
    return file.arrayBuffer().then(function (buf) {
      try {
        return new TextDecoder('utf-8', { fatal: true }).decode(buf);
      } catch (e) {
        return new TextDecoder('gb18030').decode(buf);
      }
    });
  }

  G.h = h;
  G.ui = {
    h: h, append: append, clear: clear, uid: uid, loading: loading, toast: toast, reportError: reportError,
    banner: banner, loadingBlock: loadingBlock, errorBlock: errorBlock, modal: modal, field: field,
    checkboxGroup: checkboxGroup, checkedValues: checkedValues, clearErrors: clearErrors,
    setFieldError: setFieldError, showErrors: showErrors, busy: busy, dataTable: dataTable,
    downloadLink: downloadLink, readTextFile: readTextFile
  };
  G.fmt = fmt;
}(window));
