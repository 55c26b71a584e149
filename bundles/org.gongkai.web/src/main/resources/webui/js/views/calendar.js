/*
 * Gongkai staff UI: the working-day calendar — a year of months (weeks start on Monday) with holidays (休),
 * adjusted working days (班) and weekends, the provisional banner, the working-day calculator and, for
 * administrators, loading a new year's holiday notice (holiday-cn JSON).
 */
(function (G) {
  'use strict';
  var h = G.h, ui = G.ui, api = G.api, fmt = G.fmt;
  var t = function (key, params) { return G.t(key, params); };

  function pad(n) { return n < 10 ? '0' + n : String(n); }

  /** 'holiday', 'workday-adjusted', 'weekend' or '' (an ordinary working day). */
  function kindOf(date, special) {
    var s = special[date];
    if (s) return s.offDay ? 'holiday' : 'workday-adjusted';
    return fmt.weekdayIndex(date) >= 5 ? 'weekend' : '';
  }

  function monthTable(year, month, special, today) {
    var first = year + '-' + pad(month) + '-01';
    var daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
    var cells = [];
    for (var i = 0; i < fmt.weekdayIndex(first); i++) cells.push(h('td', { class: 'pad', 'aria-hidden': 'true' }));
    for (var d = 1; d <= daysInMonth; d++) {
      var date = year + '-' + pad(month) + '-' + pad(d);
      var kind = kindOf(date, special);
      var s = special[date];
      var label = fmt.dateLong(date) + (s ? ' ' + s.name : '') + (kind ? ' ' + t('calendar.kind.' + kind) : '');
      cells.push(h('td', { class: ['day', kind, date === today ? 'today' : ''].join(' ').trim(), dataset: { date: date },
        title: label, 'aria-label': label },
        h('span', { class: 'day-num', 'aria-hidden': 'true' }, d),
        kind === 'holiday' || kind === 'workday-adjusted'
          ? h('span', { class: 'day-mark', 'aria-hidden': 'true' }, kind === 'holiday' ? t('calendar.markOff') : t('calendar.markWork'))
          : null));
    }
    while (cells.length % 7) cells.push(h('td', { class: 'pad', 'aria-hidden': 'true' }));
    var weeks = [];
    for (var w = 0; w < cells.length; w += 7) weeks.push(h('tr', null, cells.slice(w, w + 7)));
    return h('section', { class: 'month', dataset: { month: month } },
      h('h3', null, t('month.' + month)),
      h('table', { class: 'month-table' },
        h('thead', null, h('tr', null, [0, 1, 2, 3, 4, 5, 6].map(function (i) {
          return h('th', { scope: 'col', abbr: t('weekday.' + i), class: i >= 5 ? 'weekend-head' : null }, t('weekdayShort.' + i));
        }))),
        h('tbody', null, weeks)));
  }

  /** The special days grouped by holiday name, in date order: "元旦：休 1月1日–1月3日（3天）；班 1月4日". */
  function summary(year, days) {
    var groups = [];
    var byName = {};
    days.filter(function (d) { return String(d.date).slice(0, 4) === String(year); })
      .sort(function (a, b) { return a.date < b.date ? -1 : 1; })
      .forEach(function (d) {
        var g = byName[d.name];
        if (!g) { g = byName[d.name] = { name: d.name, off: [], work: [] }; groups.push(g); }
        (d.offDay ? g.off : g.work).push(d.date);
      });
    if (!groups.length) return null;
    return h('ul', { class: 'holiday-summary', id: 'calendar-summary' }, groups.map(function (g) {
      return h('li', null, h('strong', null, g.name), t('common.colon'),
        g.off.length ? [h('span', { class: 'mark-off' }, t('calendar.markOff')), ' ', ranges(g.off), ' ', t('calendar.daysCount', { n: g.off.length })] : null,
        g.off.length && g.work.length ? t('common.semicolon') : null,
        g.work.length ? [h('span', { class: 'mark-work' }, t('calendar.markWork')), ' ',
          g.work.map(function (d) { return fmt.monthDay(d) + t('calendar.weekdayParen', { weekday: fmt.weekdayName(d) }); }).join(t('common.listSeparator'))] : null);
    }));
  }

  function ranges(dates) {
    var out = [];
    var start = dates[0], prev = dates[0];
    for (var i = 1; i <= dates.length; i++) {
      if (i < dates.length && dates[i] === fmt.addDays(prev, 1)) { prev = dates[i]; continue; }
      out.push(start === prev ? fmt.monthDay(start) : fmt.monthDay(start) + '–' + fmt.monthDay(prev));
      start = prev = dates[i];
    }
    return out.join(t('common.listSeparator'));
  }

  function legend() {
    return h('ul', { class: 'legend', id: 'calendar-legend', 'aria-label': t('calendar.legend') },
      h('li', null, h('span', { class: 'swatch holiday' }, t('calendar.markOff')), t('calendar.kind.holiday')),
      h('li', null, h('span', { class: 'swatch workday-adjusted' }, t('calendar.markWork')), t('calendar.kind.workday-adjusted')),
      h('li', null, h('span', { class: 'swatch weekend' }), t('calendar.kind.weekend')),
      h('li', null, h('span', { class: 'swatch today' }), t('calendar.today')));
  }

  // ---------- the working-day calculator ----------

  function calculator(today) {
    var from = h('input', { type: 'date', name: 'from', required: true, value: today });
    var days = h('input', { type: 'number', name: 'days', min: 1, max: 3650, step: 1, required: true, value: 20, inputmode: 'numeric' });
    var result = h('div', { id: 'wd-result', class: 'tool-result', 'aria-live': 'polite' });
    from.id = 'wd-from';
    days.id = 'wd-days';
    var form = h('form', { class: 'form-grid', id: 'workday-tool', novalidate: true, onsubmit: submit },
      h('div', { class: 'form-banner field-wide' }),
      ui.field(t('calendar.tool.from'), from),
      ui.field(t('calendar.tool.days'), days),
      h('div', { class: 'form-actions field-wide' }, h('button', { type: 'submit', class: 'btn btn-primary', id: 'wd-submit' }, t('calendar.tool.submit'))),
      h('div', { class: 'field-wide' }, result));

    function submit(e) {
      e.preventDefault();
      ui.clearErrors(form);
      ui.clear(result);
      var n = Number(days.value);
      if (!fmt.parseYmd(from.value)) { ui.setFieldError(form, 'from', t('form.invalidDate')); return; }
      if (!days.value || !(n >= 1) || Math.floor(n) !== n) { ui.setFieldError(form, 'days', t('calendar.tool.badDays')); return; }
      ui.busy(form, true);
      api.workingDays(from.value, n).then(function (res) {
        ui.busy(form, false);
        result.appendChild(h('p', { class: 'result-date' }, h('strong', { id: 'wd-result-date', dataset: { date: res.date } }, fmt.dateLong(res.date))));
        result.appendChild(h('p', { class: 'muted' }, t('calendar.tool.explain', { from: fmt.dateLong(from.value), n: n })));
        if (res.provisional) result.appendChild(ui.banner('warning', t('calendar.provisionalResult'), { id: 'wd-provisional' }));
      }, function (err) {
        ui.busy(form, false);
        ui.showErrors(form, err);
      });
    }
    return h('section', { class: 'card', id: 'workday-calculator' },
      h('h2', null, t('calendar.tool.title')),
      h('p', { class: 'muted small' }, t('home.countingRule')),
      form);
  }

  // ---------- loading a holiday notice (admin) ----------

  function noticeUpload(onLoaded) {
    // 'notice' is the field the API names in its errors about the file.
    var file = h('input', { type: 'file', name: 'notice', accept: '.json,application/json', id: 'notice-file', required: true });
    var result = h('div', { id: 'notice-result', 'aria-live': 'polite' });
    var form = h('form', { class: 'form-grid', id: 'notice-upload', novalidate: true, onsubmit: submit },
      h('div', { class: 'form-banner field-wide' }),
      ui.field(t('calendar.notice.file'), file, { wide: true, hint: t('calendar.notice.help') }),
      h('div', { class: 'form-actions field-wide' }, h('button', { type: 'submit', class: 'btn btn-primary', id: 'notice-submit' }, t('calendar.notice.submit'))),
      h('div', { class: 'field-wide' }, result));

    function submit(e) {
      e.preventDefault();
      ui.clearErrors(form);
      ui.clear(result);
      var f = file.files && file.files[0];
      if (!f) { ui.setFieldError(form, 'notice', t('calendar.notice.choose')); return; }
      ui.busy(form, true);
      ui.readTextFile(f).then(function (text) {
        text = text.replace(/^\ufeff/, '');
        try { JSON.parse(text); } catch (ex) { throw { message: t('calendar.notice.notJson'), fieldErrors: [{ field: 'notice', message: t('calendar.notice.notJson') }] }; }
        return api.post('/calendar/notices', text, { contentType: 'application/json' });
      }).then(function (res) {
        ui.busy(form, false);
        var year = res && res.year;
        result.appendChild(ui.banner('success', year ? t('calendar.notice.loadedYear', { year: year }) : t('calendar.notice.loaded')));
        file.value = '';
        if (year) onLoaded(year);
      }, function (err) {
        ui.busy(form, false);
        ui.showErrors(form, err);
      });
    }
    return h('section', { class: 'card', id: 'calendar-notice' },
      h('h2', null, t('calendar.notice.title')),
      form);
  }

  G.routes['#/admin/calendar'] = function (container, ctx) {
    container.appendChild(ui.loadingBlock());
    api.calendarOverview().then(function (overview) {
      ui.clear(container);
      calendarPage(container, ctx, overview);
    });
  };

  function calendarPage(container, ctx, overview) {
    var today = overview.today;
    var thisYear = Number(today.slice(0, 4));
    var year = Number(ctx.query.get('year')) || thisYear;
    var loadSeq = 0;

    var select = h('select', { id: 'calendar-year', name: 'year', onchange: function () { show(Number(select.value)); } });
    var status = h('div', { id: 'calendar-status' });
    var grid = h('div', { id: 'calendar-grid', class: 'year-grid' });
    var summaryBox = h('div', { class: 'summary-box' });

    function fillYears() {
      ui.clear(select);
      var years = overview.loadedYears.concat([thisYear - 3, thisYear + 2, year]);
      var from = Math.min.apply(null, years), to = Math.max.apply(null, years);
      for (var y = from; y <= to; y++) select.appendChild(h('option', { value: y }, t('calendar.yearOption', { year: y })));
      select.value = String(year);
    }

    function show(y) {
      year = y;
      fillYears();
      var seq = ++loadSeq;
      ui.clear(status).appendChild(ui.loadingBlock());
      api.get('/calendar/' + encodeURIComponent(year)).then(function (cal) {
        if (seq !== loadSeq) return;
        var days = (cal && cal.days) || [];
        var special = {};
        days.forEach(function (d) { special[d.date] = d; });
        ui.clear(status);
        if (cal.provisional) status.appendChild(ui.banner('warning', t('calendar.provisional'), { id: 'calendar-provisional' }));
        status.appendChild(h('p', { class: 'calendar-source', id: 'calendar-source' },
          h('span', { class: 'label' }, t('calendar.source')), ' ', cal.source || t('calendar.noSource')));
        ui.clear(grid);
        grid.dataset.year = String(year);
        for (var m = 1; m <= 12; m++) grid.appendChild(monthTable(year, m, special, today));
        ui.clear(summaryBox);
        var s = summary(year, days);
        if (s) summaryBox.append(h('h3', null, t('calendar.summary')), s);
      }, function (err) {
        if (seq !== loadSeq) return;
        ui.clear(status).appendChild(ui.errorBlock(err));
        ui.clear(grid);
        ui.clear(summaryBox);
      });
    }

    container.appendChild(h('div', { class: 'page-head' },
      h('h1', null, t('menu.calendar')),
      h('div', { class: 'year-nav' },
        h('button', { type: 'button', class: 'btn', id: 'calendar-prev', 'aria-label': t('calendar.prevYear'), onclick: function () { show(year - 1); } }, '‹'),
        h('label', { class: 'visually-hidden', for: 'calendar-year' }, t('calendar.year')),
        select,
        h('button', { type: 'button', class: 'btn', id: 'calendar-next', 'aria-label': t('calendar.nextYear'), onclick: function () { show(year + 1); } }, '›'))));
    container.appendChild(h('section', { class: 'card' }, status, legend(), grid, summaryBox));
    container.appendChild(h('div', { class: 'split' },
      calculator(today),
      ctx.hasRole('admin') ? noticeUpload(function (loaded) {
        if (overview.loadedYears.indexOf(loaded) < 0) overview.loadedYears.push(loaded);
        show(loaded);
      }) : null));
    show(year);
  }
}(window.Gongkai));
