/*
 * Gongkai staff UI, capability 委托办理 (delegation to development zones), served at /ui/cap/delegation/main.js:
 *
 *   #/delegation          委托办理看板: the delegated cases of a period grouped by zone (stage, received, reply date,
 *                         the working-day clock, reminders), 催办 and 收回 for the office, and 委托新案件 (a case
 *                         number → the ranked suggestions with their reasons → delegate, or forward by hand with a
 *                         reason). Zone staff see their own zone's cases only (the server scopes them): 本开发区待办.
 *   #/delegation/zones    开发区与规则: each zone's mode, principal and reconsideration organ (office head, admin),
 *                         and the rules (subject, place, catalog item) that suggest it
 *   #/delegation/report   委托办理报告: per zone the delegated cases against the government's own cases of the same
 *                         kind, an SVG bar chart of the average working days, the CSV export
 *
 * Everything from the API reaches the page through h() as text or attribute values; nothing writes innerHTML.
 */
(function (G) {
  'use strict';
  var h = G.h, ui = G.ui, api = G.api, fmt = G.fmt;
  var t = function (key, params) { return G.t(key, params); };

  var OFFICE = ['office-head', 'admin'];
  var STAGES = ['RECEIVED', 'REGISTERED', 'CORRECTION', 'DRAFTING', 'REVIEW', 'REPLIED', 'DELIVERED', 'ARCHIVED',
    'WITHDRAWN', 'ABANDONED', 'LAPSED'];
  var CLOSED = ['DELIVERED', 'ARCHIVED', 'WITHDRAWN', 'ABANDONED', 'LAPSED'];
  var STAGE_CHIP = {
    RECEIVED: 'chip chip-teal', REGISTERED: 'chip', CORRECTION: 'chip chip-warn', DRAFTING: 'chip', REVIEW: 'chip chip-violet',
    REPLIED: 'chip chip-ok', DELIVERED: 'chip chip-ok', ARCHIVED: 'chip chip-ok', WITHDRAWN: 'chip chip-rest',
    ABANDONED: 'chip chip-rest', LAPSED: 'chip chip-rest'
  };
  var KINDS = ['SUBJECT', 'PLACE', 'CATALOG'];
  var MODES = ['DELEGATED', 'INDEPENDENT'];
  var COLOUR_DELEGATED = '#1d4f91', COLOUR_OWN = '#9aa0a6';
  var NAV = [
    { id: 'board', hash: '#/delegation', key: 'dlg.nav.board' },
    { id: 'zones', hash: '#/delegation/zones', key: 'dlg.nav.zones', roles: ['office-head', 'admin', 'auditor', 'registrar'] },
    { id: 'report', hash: '#/delegation/report', key: 'dlg.nav.report', roles: ['office-head', 'admin', 'auditor'] }
  ];

  G.i18n.add({
    zh: {
      'dlg.title': '委托办理', 'dlg.nav.label': '委托办理页面', 'dlg.nav.board': '委托办理看板', 'dlg.nav.zoneBoard': '本开发区待办',
      'dlg.nav.zones': '开发区与规则', 'dlg.nav.report': '委托办理报告',
      'dlg.stage.RECEIVED': '接收', 'dlg.stage.REGISTERED': '登记', 'dlg.stage.CORRECTION': '补正', 'dlg.stage.DRAFTING': '拟办',
      'dlg.stage.REVIEW': '审核', 'dlg.stage.REPLIED': '答复', 'dlg.stage.DELIVERED': '送达', 'dlg.stage.ARCHIVED': '归档',
      'dlg.stage.WITHDRAWN': '已撤回', 'dlg.stage.ABANDONED': '视为放弃', 'dlg.stage.LAPSED': '逾期未缴费',
      'dlg.mode.DELEGATED': '委托办理', 'dlg.mode.INDEPENDENT': '独立答复',
      'dlg.kind.SUBJECT': '事项关键词', 'dlg.kind.PLACE': '地名', 'dlg.kind.CATALOG': '目录事项',
      'dlg.period.from': '收到日期自', 'dlg.period.to': '收到日期至', 'dlg.period.quarter': '近三个月', 'dlg.period.year': '近一年',
      'dlg.period.thisYear': '本年', 'dlg.period.lastYear': '上年', 'dlg.period.apply': '查询',
      'dlg.board.zoneIntro': '{zone}受县政府委托办理的申请。登记、拟办、审核、送达均由本开发区完成，答复期限从县政府收到申请之日起算。',
      'dlg.board.officeIntro': '已委托开发区管委会办理的申请，按开发区分组。申请仍属县政府，答复期限从县政府收到申请之日起算，委托不重新计算期限。',
      'dlg.board.zone': '开发区', 'dlg.board.allZones': '全部开发区', 'dlg.board.status': '办理情况', 'dlg.board.all': '全部',
      'dlg.board.open': '在办', 'dlg.board.overdue': '超期', 'dlg.board.closed': '已办结',
      'dlg.board.summary': '共 {n} 件，在办 {open} 件，超期 {overdue} 件', 'dlg.board.empty': '该期间没有委托办理的申请',
      'dlg.board.noneInZone': '没有符合条件的申请',
      'dlg.col.number': '申请编号', 'dlg.col.title': '申请标题', 'dlg.col.zone': '受托开发区', 'dlg.col.stage': '办理状态',
      'dlg.col.received': '收到日期', 'dlg.col.due': '答复期限', 'dlg.col.clock': '剩余时间', 'dlg.col.reminders': '催办',
      'dlg.col.delegatedAt': '委托时间', 'dlg.col.actions': '操作',
      'dlg.clock.left': '剩余 {n} 个工作日', 'dlg.clock.leftOne': '剩余 1 个工作日', 'dlg.clock.dueToday': '今日到期',
      'dlg.clock.overdue': '超期 {n} 个工作日', 'dlg.clock.overdueOne': '超期 1 个工作日',
      'dlg.clock.overdueNow': '已超期', 'dlg.clock.closed': '{date} 办结', 'dlg.clock.closedLate': '{date} 办结（逾期）',
      'dlg.clock.waiting': '待补正', 'dlg.clock.approx': '（工作日历未载入该年度，按周一至周五估算）',
      'dlg.act.remind': '催办', 'dlg.act.recall': '收回', 'dlg.act.view': '查看',
      'dlg.remind.title': '催办 {number}', 'dlg.remind.text': '催办内容', 'dlg.remind.hint': '留空则发送“请抓紧办理，按期答复”。',
      'dlg.remind.history': '催办记录', 'dlg.remind.none': '还没有催办记录', 'dlg.remind.done': '已向{zone}催办',
      'dlg.recall.title': '收回 {number}', 'dlg.recall.reason': '收回理由',
      'dlg.recall.hint': '收回后申请回到政务公开办，开发区不再能查看和办理该申请。', 'dlg.recall.done': '已收回 {number}',
      'dlg.new.title': '委托新案件', 'dlg.new.intro': '输入申请编号，系统按各开发区的规则给出建议；可确认建议，或说明理由后转办其他开发区。只能委托向县政府提出、尚未提交审核的申请。',
      'dlg.new.number': '申请编号', 'dlg.new.suggest': '获取建议', 'dlg.new.suggested': '建议的开发区（按匹配度排序）',
      'dlg.new.none': '没有开发区的规则与该申请匹配，可说明理由后转办。', 'dlg.new.score': '匹配度 {n}',
      'dlg.new.byHand': '转办其他开发区（须说明理由）', 'dlg.new.noZones': '还没有设为“委托办理”的开发区，请先在“开发区与规则”中设置。',
      'dlg.new.reason': '委托理由', 'dlg.new.reasonHint': '确认建议时默认为匹配的规则；转办时请写明理由。',
      'dlg.new.ruleReason': '按委托规则建议：{reasons}', 'dlg.new.submit': '委托办理', 'dlg.new.done': '{number} 已委托{zone}办理',
      'dlg.new.readOnly': '登记员可以查看建议；委托由政务公开办负责人确认。', 'dlg.new.viewCase': '查看申请',
      'dlg.new.chooseZone': '请选择开发区',
      'dlg.zones.title': '开发区', 'dlg.zones.intro': '设为“委托办理”的开发区才会被建议和接受委托。委托人名称和复议机关留空时使用依申请公开的配置（委托人默认为“县政府”）。',
      'dlg.zones.code': '机构代码', 'dlg.zones.name': '开发区管委会', 'dlg.zones.mode': '方式', 'dlg.zones.principal': '委托人名称',
      'dlg.zones.organ': '复议机关', 'dlg.zones.default': '默认', 'dlg.zones.edit': '编辑', 'dlg.zones.editTitle': '设置 {name}',
      'dlg.zones.principalHint': '答复告知书写作“受{principal}委托”，例如 县政府。', 'dlg.zones.organHint': '答复告知书的救济途径中写明的复议机关。',
      'dlg.zones.saved': '{name} 已保存', 'dlg.zones.none': '没有开发区管委会。请先在“机构与区划”中登记类型为开发区的机构。',
      'dlg.zones.readOnly': '只有政务公开办负责人和管理员可以修改设置和规则。',
      'dlg.rules.title': '委托规则', 'dlg.rules.intro': '申请标题或事项中出现的关键词、地名，或拟办时采用的目录事项，提示应委托的开发区。开发区名称及其所在区划下两级的地名自动参与匹配。权重：开发区名称 5，目录事项 3，地名 3，关键词 2。',
      'dlg.rules.kind': '类型', 'dlg.rules.value': '内容', 'dlg.rules.add': '添加规则', 'dlg.rules.added': '规则已添加',
      'dlg.rules.delete': '删除', 'dlg.rules.deleted': '规则已删除', 'dlg.rules.confirmDelete': '删除规则“{value}”吗？',
      'dlg.rules.none': '尚未设置规则', 'dlg.rules.valueHint': '例如 标准厂房、八里街、LAND-13。',
      'dlg.rep.title': '委托办理报告', 'dlg.rep.intro': '按收到日期统计期间内的申请：各开发区受托办理的件数、已答复件数、从收到到答复的平均工作日、超期件数，并与县政府自行办理的同类申请（目录事项相同，或标题含开发区的关键词）比较。',
      'dlg.rep.load': '生成', 'dlg.rep.csv': '导出 CSV', 'dlg.rep.zone': '开发区', 'dlg.rep.cases': '受托件数', 'dlg.rep.replied': '已答复',
      'dlg.rep.avg': '平均用时（工作日）', 'dlg.rep.overdue': '超期', 'dlg.rep.ownCases': '县政府同类件数',
      'dlg.rep.ownAvg': '同类平均用时', 'dlg.rep.ownOverdue': '同类超期', 'dlg.rep.diff': '用时差异',
      'dlg.rep.faster': '快 {n}%', 'dlg.rep.slower': '慢 {n}%', 'dlg.rep.same': '持平', 'dlg.rep.delegatedGroup': '委托办理',
      'dlg.rep.ownGroup': '县政府自办同类', 'dlg.rep.chart': '平均用时对比（工作日）', 'dlg.rep.none': '该期间没有委托办理的开发区数据。',
      'dlg.rep.noValue': '无', 'dlg.rep.period': '统计期间 {from} 至 {to}'
    },
    en: {
      'dlg.title': 'Delegation', 'dlg.nav.label': 'Delegation pages', 'dlg.nav.board': 'Delegation board', 'dlg.nav.zoneBoard': 'Our zone\'s cases',
      'dlg.nav.zones': 'Zones and rules', 'dlg.nav.report': 'Delegation report',
      'dlg.stage.RECEIVED': 'Received', 'dlg.stage.REGISTERED': 'Registered', 'dlg.stage.CORRECTION': 'Awaiting correction',
      'dlg.stage.DRAFTING': 'Drafting', 'dlg.stage.REVIEW': 'In review', 'dlg.stage.REPLIED': 'Replied', 'dlg.stage.DELIVERED': 'Delivered',
      'dlg.stage.ARCHIVED': 'Archived', 'dlg.stage.WITHDRAWN': 'Withdrawn', 'dlg.stage.ABANDONED': 'Deemed abandoned',
      'dlg.stage.LAPSED': 'Lapsed (fee not paid)',
      'dlg.mode.DELEGATED': 'Delegated', 'dlg.mode.INDEPENDENT': 'Independent',
      'dlg.kind.SUBJECT': 'Subject keyword', 'dlg.kind.PLACE': 'Place name', 'dlg.kind.CATALOG': 'Catalog item',
      'dlg.period.from': 'Received from', 'dlg.period.to': 'Received to', 'dlg.period.quarter': 'Last 3 months', 'dlg.period.year': 'Last 12 months',
      'dlg.period.thisYear': 'This year', 'dlg.period.lastYear': 'Last year', 'dlg.period.apply': 'Show',
      'dlg.board.zoneIntro': 'Applications {zone} handles on the county government\'s behalf. The zone registers, drafts, reviews and delivers; the reply date runs from the government\'s receipt.',
      'dlg.board.officeIntro': 'Applications delegated to development-zone committees, by zone. They remain the government\'s; the reply date runs from the government\'s receipt and delegation never restarts it.',
      'dlg.board.zone': 'Zone', 'dlg.board.allZones': 'All zones', 'dlg.board.status': 'Status', 'dlg.board.all': 'All',
      'dlg.board.open': 'Open', 'dlg.board.overdue': 'Overdue', 'dlg.board.closed': 'Closed',
      'dlg.board.summary': '{n} in all, {open} open, {overdue} overdue', 'dlg.board.empty': 'No delegated application in this period',
      'dlg.board.noneInZone': 'No application matches',
      'dlg.col.number': 'Number', 'dlg.col.title': 'Title', 'dlg.col.zone': 'Zone', 'dlg.col.stage': 'Stage',
      'dlg.col.received': 'Received', 'dlg.col.due': 'Reply due', 'dlg.col.clock': 'Time left', 'dlg.col.reminders': 'Reminders',
      'dlg.col.delegatedAt': 'Delegated at', 'dlg.col.actions': 'Actions',
      'dlg.clock.left': '{n} working days left', 'dlg.clock.leftOne': '1 working day left', 'dlg.clock.dueToday': 'Due today',
      'dlg.clock.overdue': 'Overdue by {n} working days', 'dlg.clock.overdueOne': 'Overdue by 1 working day',
      'dlg.clock.overdueNow': 'Overdue', 'dlg.clock.closed': 'Closed {date}', 'dlg.clock.closedLate': 'Closed {date} (late)',
      'dlg.clock.waiting': 'Awaiting correction', 'dlg.clock.approx': ' (no calendar for that year: Monday to Friday assumed)',
      'dlg.act.remind': 'Remind', 'dlg.act.recall': 'Recall', 'dlg.act.view': 'View',
      'dlg.remind.title': 'Remind about {number}', 'dlg.remind.text': 'Reminder', 'dlg.remind.hint': 'Empty sends "Please hurry and reply in time".',
      'dlg.remind.history': 'Reminders sent', 'dlg.remind.none': 'No reminder yet', 'dlg.remind.done': 'Reminder sent to {zone}',
      'dlg.recall.title': 'Recall {number}', 'dlg.recall.reason': 'Reason for the recall',
      'dlg.recall.hint': 'The application goes back to the openness office; the zone no longer sees or handles it.', 'dlg.recall.done': '{number} recalled',
      'dlg.new.title': 'Delegate a case', 'dlg.new.intro': 'Enter an application number: the zones\' rules suggest where it belongs. Confirm a suggestion, or forward it to another zone with a reason. Only applications addressed to the government and not yet in review can be delegated.',
      'dlg.new.number': 'Application number', 'dlg.new.suggest': 'Suggest', 'dlg.new.suggested': 'Suggested zones (best first)',
      'dlg.new.none': 'No zone\'s rules match this application; you may forward it by hand with a reason.', 'dlg.new.score': 'score {n}',
      'dlg.new.byHand': 'Forward to another zone (reason required)', 'dlg.new.noZones': 'No zone is set to delegation yet; set one under "Zones and rules".',
      'dlg.new.reason': 'Reason', 'dlg.new.reasonHint': 'Confirming a suggestion takes the matched rules; when forwarding by hand, say why.',
      'dlg.new.ruleReason': 'Suggested by the rules: {reasons}', 'dlg.new.submit': 'Delegate', 'dlg.new.done': '{number} delegated to {zone}',
      'dlg.new.readOnly': 'Registrars see the suggestions; the office head delegates.', 'dlg.new.viewCase': 'View the application',
      'dlg.new.chooseZone': 'Choose a zone',
      'dlg.zones.title': 'Zones', 'dlg.zones.intro': 'Only zones set to "Delegated" are suggested and accept delegations. A blank principal or organ takes the disclosure configuration\'s default (principal: 县政府).',
      'dlg.zones.code': 'Code', 'dlg.zones.name': 'Zone committee', 'dlg.zones.mode': 'Mode', 'dlg.zones.principal': 'Principal',
      'dlg.zones.organ': 'Reconsideration organ', 'dlg.zones.default': 'default', 'dlg.zones.edit': 'Edit', 'dlg.zones.editTitle': 'Settings of {name}',
      'dlg.zones.principalHint': 'Replies say 受{principal}委托, e.g. 县政府.', 'dlg.zones.organHint': 'The organ named in the replies\' remedies paragraph.',
      'dlg.zones.saved': '{name} saved', 'dlg.zones.none': 'No development-zone committee. Register an agency of kind development zone first.',
      'dlg.zones.readOnly': 'Only the office head and administrators change settings and rules.',
      'dlg.rules.title': 'Delegation rules', 'dlg.rules.intro': 'Keywords and place names in the title or items, or catalog items used while drafting, point to the zone to delegate to. The zone\'s names and the places two levels under its region match as well. Weights: zone name 5, catalog item 3, place 3, keyword 2.',
      'dlg.rules.kind': 'Kind', 'dlg.rules.value': 'Value', 'dlg.rules.add': 'Add rule', 'dlg.rules.added': 'Rule added',
      'dlg.rules.delete': 'Delete', 'dlg.rules.deleted': 'Rule deleted', 'dlg.rules.confirmDelete': 'Delete the rule "{value}"?',
      'dlg.rules.none': 'No rule yet', 'dlg.rules.valueHint': 'E.g. 标准厂房, 八里街, LAND-13.',
      'dlg.rep.title': 'Delegation report', 'dlg.rep.intro': 'Applications received in the period: per zone the delegated cases, those replied, the average working days from receipt to reply and the overdue ones, against the government\'s own cases of the same kind (same catalog item, or a zone keyword in the title).',
      'dlg.rep.load': 'Show', 'dlg.rep.csv': 'Export CSV', 'dlg.rep.zone': 'Zone', 'dlg.rep.cases': 'Delegated', 'dlg.rep.replied': 'Replied',
      'dlg.rep.avg': 'Average working days', 'dlg.rep.overdue': 'Overdue', 'dlg.rep.ownCases': 'Own cases of that kind',
      'dlg.rep.ownAvg': 'Their average', 'dlg.rep.ownOverdue': 'Their overdue', 'dlg.rep.diff': 'Difference',
      'dlg.rep.faster': '{n}% faster', 'dlg.rep.slower': '{n}% slower', 'dlg.rep.same': 'same', 'dlg.rep.delegatedGroup': 'Delegated',
      'dlg.rep.ownGroup': 'Government\'s own', 'dlg.rep.chart': 'Average working days compared', 'dlg.rep.none': 'No delegation figures for this period.',
      'dlg.rep.noValue': 'none', 'dlg.rep.period': 'Period {from} to {to}'
    }
  });

  // ---------- shared pieces ----------

  function hasAny(ctx) { return ctx.hasRole.apply(null, Array.prototype.slice.call(arguments, 1)); }

  /** Zone staff without an office role: they see their own zone's board only. */
  function zoneOnly(ctx) {
    return hasAny(ctx, 'zone-staff') && !hasAny(ctx, 'office-head', 'admin', 'registrar', 'auditor');
  }

  function injectStyle() {
    if (document.getElementById('dlg-cap-style')) return;
    var css = [
      '.dlg-tabs ul{list-style:none;margin:0 0 1rem;padding:0;display:flex;flex-wrap:wrap;gap:.25rem;border-bottom:2px solid var(--border)}',
      '.dlg-tabs a{display:block;padding:.45rem .9rem;text-decoration:none;color:var(--text);border:1px solid transparent;border-bottom:0;border-radius:6px 6px 0 0;margin-bottom:-2px}',
      '.dlg-tabs a:hover{background:var(--blue-soft)}',
      '.dlg-tabs a[aria-current=page]{background:#fff;border-color:var(--border);border-bottom:2px solid #fff;color:var(--red-dark);font-weight:600}',
      '.dlg-submenu a{padding-left:2.25rem !important;font-size:.9rem}',
      '.dlg-presets{display:flex;flex-wrap:wrap;gap:.4rem;align-items:center}',
      '.dlg-zone-head{display:flex;flex-wrap:wrap;align-items:baseline;justify-content:space-between;gap:.5rem}',
      '.dlg-zone-head h2{margin:0}',
      '.dlg-overdue{color:var(--red-text);font-weight:700}',
      '.dlg-warn{color:#b34d00;font-weight:600}',
      '.dlg-actions{flex-wrap:nowrap;gap:.35rem}',
      '.dlg-sugg{list-style:none;margin:.25rem 0 .75rem;padding:0;display:flex;flex-direction:column;gap:.5rem}',
      '.dlg-sugg > li{border:1px solid var(--border);border-radius:6px;padding:.5rem .75rem;background:#fff}',
      '.dlg-sugg > li.dlg-best{border-color:#bccde8;background:#f7faff}',
      '.dlg-sugg label{display:flex;gap:.5rem;align-items:flex-start;cursor:pointer}',
      '.dlg-reasons{margin:.25rem 0 0 1.25rem;padding:0;font-size:.88rem;color:var(--muted)}',
      '.dlg-reasons li{border:0;padding:0;background:none}',
      '.dlg-rules{list-style:none;margin:.25rem 0 0;padding:0;display:flex;flex-wrap:wrap;gap:.4rem}',
      '.dlg-rules li{background:var(--blue-soft,#e8f0fe);border-radius:12px;padding:.1rem .3rem .1rem .6rem}',
      '.dlg-rules button{color:var(--red-text);font-weight:700}',
      '.dlg-zone-rules{margin:0 0 1.1rem}.dlg-zone-rules h3{margin:.5rem 0 .35rem}',
      '.dlg-rule-row{display:flex;gap:.75rem;align-items:baseline;margin:.3rem 0}',
      '.dlg-rule-row .dlg-kind{min-width:6.5rem;color:var(--muted);font-size:.9rem}',
      '.dlg-chart{width:100%;max-width:760px;height:auto;display:block}.dlg-chart text{font-size:12px;fill:#1f2328}',
      '.dlg-legend{display:flex;flex-wrap:wrap;gap:.4rem 1.2rem;list-style:none;padding:0;margin:.25rem 0 .5rem;font-size:.88rem}',
      '.dlg-legend li{display:flex;align-items:center;gap:.35rem}',
      '.dlg-legend .sw{display:inline-block;width:14px;height:10px;border-radius:2px}',
      '.dlg-better{color:#1e6b34;font-weight:600}.dlg-worse{color:var(--red-text);font-weight:600}'
    ].join('\n');
    document.head.appendChild(h('style', { id: 'dlg-cap-style' }, css));
  }

  /** Adds the capability's pages under its entry in the shell's side menu (again after the shell redraws the menu). */
  function injectMenu(ctx) {
    var menu = document.getElementById('menu');
    var a = menu && menu.querySelector('a[data-cap="delegation"]');
    if (!a) return;
    var li = a.parentNode;
    var pages = NAV.slice(1).filter(function (n) { return !n.roles || hasAny.apply(null, [ctx].concat(n.roles)); });
    if (pages.length && !li.querySelector('ul.dlg-submenu')) {
      li.appendChild(h('ul', { class: 'menu-list dlg-submenu' }, pages.map(function (n) {
        return h('li', null, h('a', { href: n.hash, dataset: { dlgMenu: n.id } }, t(n.key)));
      })));
    }
    var raw = location.hash || '';
    var path = raw.indexOf('?') >= 0 ? raw.slice(0, raw.indexOf('?')) : raw;
    var best = null;
    Array.prototype.forEach.call(menu.querySelectorAll('a'), function (x) {
      var href = x.getAttribute('href');
      x.removeAttribute('aria-current');
      if ((path === href || path.indexOf(href + '/') === 0) && (!best || href.length > best.getAttribute('href').length)) best = x;
    });
    if (best) best.setAttribute('aria-current', 'page');
  }

  /** The tabs, the page heading and the body the screen fills. */
  function page(container, ctx, active, title, side) {
    injectStyle();
    injectMenu(ctx);
    var tabs = NAV.filter(function (n) { return !n.roles || hasAny.apply(null, [ctx].concat(n.roles)); });
    if (tabs.length > 1) {
      container.appendChild(h('nav', { class: 'dlg-tabs no-print', 'aria-label': t('dlg.nav.label') },
        h('ul', null, tabs.map(function (n) {
          return h('li', null, h('a', { href: n.hash, dataset: { dlgNav: n.id }, 'aria-current': n.id === active ? 'page' : null },
            n.id === 'board' && zoneOnly(ctx) ? t('dlg.nav.zoneBoard') : t(n.key)));
        }))));
    }
    container.appendChild(h('div', { class: 'page-head' }, h('h1', null, title), side ? h('div', { class: 'page-head-side' }, side) : null));
    var body = h('div', { class: 'stack' });
    container.appendChild(body);
    return body;
  }

  /** A form whose submit runs onSubmit (a promise); a rejection shows its field errors beside the fields. */
  function form(children, onSubmit, attrs) {
    var f = h('form', Object.assign({ class: 'form-grid', novalidate: true }, attrs || {}), h('div', { class: 'form-banner field-wide' }), children);
    f.addEventListener('submit', function (e) {
      e.preventDefault();
      ui.clearErrors(f);
      ui.busy(f, true);
      Promise.resolve().then(function () { return onSubmit(f); })
        .catch(function (err) { ui.busy(f, false); ui.showErrors(f, err); return 'failed'; })
        .then(function (r) { if (r !== 'failed' && f.isConnected) ui.busy(f, false); });
    });
    return f;
  }

  /** A client-side check failing like a 400 answer, so it shows the same way. */
  function fieldError(field, zh, en) {
    return { message: G.i18n.lang === 'en' ? en : zh, fieldErrors: [{ field: field, messageZh: zh, messageEn: en }] };
  }

  function stageChip(stage) {
    return h('span', { class: STAGE_CHIP[stage] || 'chip', dataset: { stage: stage } }, t('dlg.stage.' + stage));
  }

  /** Answered or ended: the clock no longer runs (a reply approved but not yet delivered counts as answered). */
  function isClosed(facts) { return !!facts.closedOn || CLOSED.indexOf(facts.stage) >= 0; }

  /** Still open as the server sees it (a reply not yet delivered is): it can be reminded and recalled. */
  function stillOpen(facts) { return CLOSED.indexOf(facts.stage) < 0; }

  function caseHash(number) { return '#/disclosure/case/' + encodeURIComponent(number); }
  function casePath(number, suffix) { return '/delegation/cases/' + encodeURIComponent(number) + (suffix || ''); }

  /** Where a GET download of the API lives (the session cookie goes along; no CSRF needed for GET). */
  function apiHref(path, query) {
    var parts = [];
    Object.keys(query || {}).forEach(function (k) {
      if (query[k] != null && query[k] !== '') parts.push(encodeURIComponent(k) + '=' + encodeURIComponent(query[k]));
    });
    return api.base + path + (parts.length ? '?' + parts.join('&') : '');
  }

  function when(iso) { return iso ? fmt.dateTime(iso).slice(0, 16) : ''; }

  var zonesPromise = null;
  /** GET /delegation/zones once per page visit (the zones screen refreshes it after a change). */
  function loadZones(fresh) {
    if (!zonesPromise || fresh) {
      zonesPromise = api.get('/delegation/zones').then(function (z) { return Array.isArray(z) ? z : []; },
        function (err) { zonesPromise = null; throw err; });
    }
    return zonesPromise;
  }

  // ---------- the working-day clock: the platform calendar's special days, counted as the server counts ----------

  var calendarYears = {};
  /** {date: offDay} of a year's notice; null when the year is not loaded (then Monday to Friday are assumed). */
  function calendarYear(year) {
    if (!calendarYears[year]) {
      calendarYears[year] = api.get('/calendar/' + year, null, { quiet: true }).then(function (c) {
        var special = {};
        ((c && c.days) || []).forEach(function (d) { special[d.date] = !!d.offDay; });
        return special;
      }, function () { return null; });
    }
    return calendarYears[year];
  }

  /** A counter of working days over the years from..to: count(a, b) = working days after a up to and including b. */
  function workingDayCounter(from, to) {
    var y0 = Number(from.slice(0, 4)), y1 = Number(to.slice(0, 4));
    if (!(y0 > 0) || !(y1 >= y0) || y1 - y0 > 5) { y0 = y1 = Number(to.slice(0, 4)); }
    var years = [];
    for (var y = y0; y <= y1; y++) years.push(y);
    return Promise.all(years.map(calendarYear)).then(function (maps) {
      var special = {}, missing = {};
      maps.forEach(function (m, i) {
        if (m) Object.keys(m).forEach(function (k) { special[k] = m[k]; });
        else missing[years[i]] = true;
      });
      function working(ymd) {
        if (Object.prototype.hasOwnProperty.call(special, ymd)) return !special[ymd];
        return fmt.weekdayIndex(ymd) < 5;
      }
      return {
        count: function (a, b) {
          var n = 0, d = a, guard = 0;
          while (d < b && guard++ < 3700) { d = fmt.addDays(d, 1); if (working(d)) n++; }
          return n;
        },
        approximate: function (ymd) { return !!missing[Number(String(ymd).slice(0, 4))]; }
      };
    });
  }

  /** The clock cell: working days left, due today, overdue (red), or when the case closed. */
  function clockCell(facts, today, counter) {
    if (isClosed(facts)) {
      var date = facts.closedOn || '';
      return h('span', { class: facts.overdue ? 'dlg-overdue' : 'muted', dataset: { clock: facts.overdue ? 'closed-late' : 'closed' } },
        t(facts.overdue ? 'dlg.clock.closedLate' : 'dlg.clock.closed', { date: date }));
    }
    if (facts.stage === 'CORRECTION') return h('span', { class: 'chip chip-rest', dataset: { clock: 'waiting' } }, t('dlg.clock.waiting'));
    if (facts.stage === 'REPLIED') {
      return h('span', { class: facts.overdue ? 'dlg-overdue' : 'muted', dataset: { clock: 'replied' } }, t('dlg.stage.REPLIED'));
    }
    var due = facts.replyDue;
    if (!due) return h('span', { class: 'muted' }, '—');
    var approx = counter && counter.approximate(due > today ? due : today) ? t('dlg.clock.approx') : '';
    if (due < today || facts.overdue) {
      var over = counter && due < today ? counter.count(due, today) : 0;
      var text = over > 1 ? t('dlg.clock.overdue', { n: over }) : over === 1 ? t('dlg.clock.overdueOne') : t('dlg.clock.overdueNow');
      return h('span', { class: 'dlg-overdue', role: 'status', title: text + approx, dataset: { clock: 'overdue', days: over } }, text);
    }
    if (due === today) return h('span', { class: 'dlg-warn', dataset: { clock: 'due-today', days: 0 } }, t('dlg.clock.dueToday'));
    var left = counter ? counter.count(today, due) : null;
    if (left == null) return h('span', null, due);
    var leftText = left === 1 ? t('dlg.clock.leftOne') : t('dlg.clock.left', { n: left });
    return h('span', { class: left <= 3 ? 'dlg-warn' : null, title: leftText + approx, dataset: { clock: 'left', days: left } }, leftText);
  }

  // ---------- periods ----------

  function presets(today) {
    var year = Number(today.slice(0, 4));
    return [
      { key: 'dlg.period.quarter', from: fmt.addDays(today, -91), to: today },
      { key: 'dlg.period.year', from: fmt.addDays(today, -365), to: today },
      { key: 'dlg.period.thisYear', from: year + '-01-01', to: today },
      { key: 'dlg.period.lastYear', from: (year - 1) + '-01-01', to: (year - 1) + '-12-31' }
    ];
  }

  /** Keeps the screen's filters in the address without a hashchange, so the way back from a case restores them. */
  function remember(base, values) {
    var p = new URLSearchParams();
    Object.keys(values).forEach(function (k) { if (values[k]) p.set(k, values[k]); });
    var qs = p.toString();
    var target = base + (qs ? '?' + qs : '');
    if (location.hash !== target) history.replaceState(null, '', target);
  }

  // ---------- #/delegation: the board ----------

  G.routes['#/delegation'] = function (container, ctx) {
    var disposed = false;
    var mine = zoneOnly(ctx);
    var office = hasAny(ctx, 'office-head', 'admin');
    var title = mine ? t('dlg.nav.zoneBoard') + (ctx.user.agencyName ? ' · ' + ctx.user.agencyName : '') : t('dlg.nav.board');
    var body = page(container, ctx, 'board', title);
    body.appendChild(h('p', { class: 'muted' }, mine ? t('dlg.board.zoneIntro', { zone: ctx.user.agencyName || ctx.user.agencyCode || '' })
      : t('dlg.board.officeIntro')));
    var filterBox = h('section', { class: 'card' }, ui.loadingBlock());
    var boardBox = h('div', { class: 'stack', id: 'delegation-board' });
    body.appendChild(filterBox);
    body.appendChild(boardBox);
    var newBox = hasAny(ctx, 'office-head', 'admin', 'registrar') ? h('section', { class: 'card', id: 'delegation-new' }) : null;
    if (newBox) body.appendChild(newBox);

    var today = fmt.today();
    var state = { from: ctx.query.get('from') || '', to: ctx.query.get('to') || '', zone: ctx.query.get('zone') || '',
      status: ctx.query.get('status') || '' };
    var zones = [];
    var loadSeq = 0;

    Promise.all([api.calendarOverview(), mine ? Promise.resolve([]) : loadZones().catch(function () { return []; })]).then(function (r) {
      if (disposed) return;
      today = r[0].today || today;
      zones = r[1];
      if (!state.from) state.from = fmt.addDays(today, -365);
      if (!state.to) state.to = today;
      buildFilters();
      reload();
      if (newBox) newCase(ctx, newBox, zones, reload);
    });

    function buildFilters() {
      var from = h('input', { type: 'date', name: 'from', id: 'delegation-from', required: true, value: state.from });
      var to = h('input', { type: 'date', name: 'to', id: 'delegation-to', required: true, value: state.to });
      var zoneSel = mine ? null : h('select', { name: 'zone', id: 'delegation-zone' },
        h('option', { value: '' }, t('dlg.board.allZones')),
        zones.map(function (z) { return h('option', { value: z.zoneCode }, z.zoneName); }));
      if (zoneSel) zoneSel.value = state.zone;
      var status = h('select', { name: 'status', id: 'delegation-status' },
        ['', 'open', 'overdue', 'closed'].map(function (s) { return h('option', { value: s }, t(s ? 'dlg.board.' + s : 'dlg.board.all')); }));
      status.value = state.status;
      var f = form([
        ui.field(t('dlg.period.from'), from), ui.field(t('dlg.period.to'), to),
        zoneSel ? ui.field(t('dlg.board.zone'), zoneSel) : null,
        ui.field(t('dlg.board.status'), status),
        h('div', { class: 'filter-actions' }, h('button', { type: 'submit', class: 'btn btn-primary', id: 'delegation-apply' }, t('dlg.period.apply'))),
        h('div', { class: 'dlg-presets field-wide' }, presets(today).map(function (p) {
          return h('button', { type: 'button', class: 'btn btn-small', onclick: function () {
            from.value = p.from; to.value = p.to; f.requestSubmit ? f.requestSubmit() : f.dispatchEvent(new Event('submit', { cancelable: true }));
          } }, t(p.key));
        }))
      ], function () {
        if (!from.value) return Promise.reject(fieldError('from', '请选择开始日期', 'Choose the first day'));
        if (!to.value) return Promise.reject(fieldError('to', '请选择结束日期', 'Choose the last day'));
        if (from.value > to.value) return Promise.reject(fieldError('to', '结束日期不能早于开始日期', 'The last day cannot precede the first'));
        state.from = from.value; state.to = to.value; state.zone = zoneSel ? zoneSel.value : ''; state.status = status.value;
        return load();
      }, { id: 'delegation-filters', class: 'filter-bar', role: 'search' });
      [zoneSel, status].forEach(function (c) {
        if (c) c.addEventListener('change', function () { state.zone = zoneSel ? zoneSel.value : ''; state.status = status.value; render(); });
      });
      ui.clear(filterBox).appendChild(f);
    }

    var rows = [];
    var counter = null;

    /** Loads the board outside the filter form; a failure is shown in the board's place. */
    function reload() { load().catch(function () { /* shown in the board box */ }); }

    function load() {
      remember('#/delegation', { from: state.from, to: state.to, zone: state.zone, status: state.status });
      var seq = ++loadSeq;
      ui.clear(boardBox).appendChild(ui.loadingBlock());
      return api.get('/delegation/board', { from: state.from, to: state.to }).then(function (list) {
        list = Array.isArray(list) ? list : [];
        var dues = list.map(function (r) { return r.facts && r.facts.replyDue; }).filter(Boolean).sort();
        var first = dues.length && dues[0] < today ? dues[0] : today;
        var last = dues.length && dues[dues.length - 1] > today ? dues[dues.length - 1] : today;
        return workingDayCounter(first, last).then(function (c) { return [list, c]; }, function () { return [list, null]; });
      }).then(function (r) {
        if (disposed || seq !== loadSeq) return;
        rows = r[0].filter(function (x) { return x && x.facts; });
        counter = r[1];
        render();
      }, function (err) {
        if (disposed || seq !== loadSeq) return;
        ui.clear(boardBox).appendChild(ui.errorBlock(err));
        throw err;
      });
    }

    function matches(r) {
      var f = r.facts;
      if (state.zone && f.handlingAgencyCode !== state.zone) return false;
      if (state.status === 'open') return !isClosed(f);
      if (state.status === 'overdue') return !!f.overdue;
      if (state.status === 'closed') return isClosed(f);
      return true;
    }

    function render() {
      remember('#/delegation', { from: state.from, to: state.to, zone: state.zone, status: state.status });
      ui.clear(boardBox);
      var shown = rows.filter(matches);
      if (!rows.length) { boardBox.appendChild(ui.banner('info', t('dlg.board.empty'))); return; }
      // one section per zone, in the order of the zone list (zones no longer listed at the end)
      var order = zones.map(function (z) { return z.zoneCode; });
      var groups = {};
      shown.forEach(function (r) {
        var code = r.facts.handlingAgencyCode || '';
        (groups[code] = groups[code] || { code: code, name: r.zoneName || code, rows: [] }).rows.push(r);
      });
      var codes = Object.keys(groups).sort(function (a, b) {
        var ia = order.indexOf(a), ib = order.indexOf(b);
        return (ia < 0 ? 999 : ia) - (ib < 0 ? 999 : ib) || a.localeCompare(b);
      });
      if (!codes.length) { boardBox.appendChild(ui.banner('info', t('dlg.board.noneInZone'))); return; }
      codes.forEach(function (code) { boardBox.appendChild(zoneSection(groups[code])); });
    }

    function zoneSection(g) {
      var open = g.rows.filter(function (r) { return !isClosed(r.facts); }).length;
      var overdue = g.rows.filter(function (r) { return r.facts.overdue && !isClosed(r.facts); }).length;
      var columns = [
        { key: 'number', label: t('dlg.col.number'), className: 'nowrap', value: function (r) { return r.facts.number; },
          render: function (r) { return h('a', { href: caseHash(r.facts.number), class: 'tabular' }, r.facts.number); } },
        { key: 'title', label: t('dlg.col.title'), className: 'col-wide', value: function (r) { return r.facts.title; } },
        { key: 'stage', label: t('dlg.col.stage'), className: 'nowrap', value: function (r) { return STAGES.indexOf(r.facts.stage); },
          render: function (r) { return stageChip(r.facts.stage); } },
        { key: 'received', label: t('dlg.col.received'), className: 'nowrap', value: function (r) { return r.facts.receiptDate; } },
        { key: 'due', label: t('dlg.col.due'), className: 'nowrap', value: function (r) { return r.facts.replyDue; },
          render: function (r) { return r.facts.replyDue || '—'; } },
        { key: 'clock', label: t('dlg.col.clock'), className: 'nowrap',
          value: function (r) { return isClosed(r.facts) ? '9999' : (r.facts.replyDue || '9998'); },
          render: function (r) { return clockCell(r.facts, today, counter); } },
        { key: 'reminders', label: t('dlg.col.reminders'), className: 'num', value: function (r) { return r.reminders || 0; },
          render: function (r) { return r.reminders ? h('span', { class: 'chip chip-warn', dataset: { reminders: r.reminders } }, String(r.reminders)) : '0'; } },
        { key: 'delegatedAt', label: t('dlg.col.delegatedAt'), className: 'nowrap', value: function (r) { return r.facts.delegatedAt; },
          render: function (r) { return when(r.facts.delegatedAt); } },
        { key: 'actions', label: t('dlg.col.actions'), className: 'actions', sortable: false, render: function (r) {
          var f = r.facts;
          var act = office && stillOpen(f);
          return h('span', { class: 'action-bar dlg-actions' },
            act ? null : h('a', { href: caseHash(f.number), class: 'btn btn-small' }, t('dlg.act.view')),
            act ? h('button', { type: 'button', class: 'btn btn-small', dataset: { remind: f.number },
              onclick: function () { remindDialog(r, reload); } }, t('dlg.act.remind')) : null,
            act ? h('button', { type: 'button', class: 'btn btn-small btn-danger', dataset: { recall: f.number },
              onclick: function () { recallDialog(r, reload); } }, t('dlg.act.recall')) : null);
        } }
      ];
      var table = ui.dataTable({ columns: columns, pageSize: 10, sort: { key: 'clock', dir: 'asc' },
        empty: t('dlg.board.noneInZone'), rowAttrs: function (r) { return { dataset: { number: r.facts.number, overdue: r.facts.overdue ? 'true' : null } }; } });
      table.setRows(g.rows);
      return h('section', { class: 'card', dataset: { zone: g.code } },
        h('div', { class: 'dlg-zone-head' }, h('h2', null, g.name),
          h('span', { class: overdue ? 'dlg-overdue' : 'muted' }, t('dlg.board.summary', { n: g.rows.length, open: open, overdue: overdue }))),
        table.el);
    }

    return function () { disposed = true; };
  };

  function remindDialog(row, reload) {
    var f0 = row.facts;
    var text = h('textarea', { name: 'note', rows: 3, maxlength: 500 });
    var history = h('div', null, ui.loadingBlock());
    var m;
    var f = form([
      ui.field(t('dlg.remind.text'), text, { wide: true, hint: t('dlg.remind.hint') }),
      h('div', { class: 'form-actions field-wide' }, h('button', { type: 'submit', class: 'btn btn-primary', id: 'delegation-remind-submit' }, t('dlg.act.remind'))),
      h('div', { class: 'field-wide' }, h('h3', null, t('dlg.remind.history')), history)
    ], function () {
      return api.post(casePath(f0.number, '/reminders'), { text: text.value.trim() || null }).then(function () {
        m.close();
        ui.toast(t('dlg.remind.done', { zone: row.zoneName || f0.handlingAgencyCode }), 'success');
        reload();
      });
    }, { id: 'delegation-remind-form' });
    m = ui.modal(t('dlg.remind.title', { number: f0.number }), f);
    api.get(casePath(f0.number, '/reminders'), null, { quiet: true }).then(function (list) {
      ui.clear(history);
      list = Array.isArray(list) ? list : [];
      if (!list.length) { history.appendChild(h('p', { class: 'muted' }, t('dlg.remind.none'))); return; }
      history.appendChild(h('ol', { class: 'timeline' }, list.map(function (x) {
        return h('li', null, h('div', { class: 'timeline-head' }, h('span', { class: 'timeline-meta' }, when(x.createdAt) + ' · ' + (x.createdBy || ''))),
          h('div', { class: 'timeline-comment' }, x.note));
      })));
    }, function (err) { ui.clear(history).appendChild(ui.errorBlock(err)); });
  }

  function recallDialog(row, reload) {
    var f0 = row.facts;
    var reason = h('textarea', { name: 'reason', rows: 3, required: true, maxlength: 500 });
    var m;
    var f = form([
      h('p', { class: 'form-intro field-wide' }, t('dlg.recall.hint')),
      ui.field(t('dlg.recall.reason'), reason, { wide: true }),
      h('div', { class: 'form-actions field-wide' }, h('button', { type: 'submit', class: 'btn btn-danger', id: 'delegation-recall-submit' }, t('dlg.act.recall')))
    ], function () {
      if (!reason.value.trim()) return Promise.reject(fieldError('reason', '请填写收回理由', 'Give the reason for the recall'));
      return api.post(casePath(f0.number, '/recall'), { text: reason.value.trim() }).then(function () {
        m.close();
        ui.toast(t('dlg.recall.done', { number: f0.number }), 'success');
        reload();
      });
    }, { id: 'delegation-recall-form' });
    m = ui.modal(t('dlg.recall.title', { number: f0.number }), f);
  }

  /** 委托新案件: case number → suggestions (ranked, with reasons) or a zone chosen by hand with a reason → delegate. */
  function newCase(ctx, box, zones, reload) {
    var canDelegate = hasAny(ctx, 'office-head', 'admin');
    var number = h('input', { type: 'text', name: 'number', id: 'delegation-new-number', required: true, autocomplete: 'off', maxlength: 60 });
    var result = h('div', { id: 'delegation-new-result' });
    var lookup = form([
      ui.field(t('dlg.new.number'), number),
      h('div', { class: 'filter-actions' }, h('button', { type: 'submit', class: 'btn', id: 'delegation-suggest' }, t('dlg.new.suggest')))
    ], function () {
      var no = number.value.trim();
      if (!no) return Promise.reject(fieldError('number', '请输入申请编号', 'Enter the application number'));
      ui.clear(result);
      return api.get(casePath(no, '/suggestions')).then(function (list) { choose(no, Array.isArray(list) ? list : []); });
    }, { class: 'filter-bar', id: 'delegation-new-lookup' });
    ui.clear(box);
    box.appendChild(h('h2', null, t('dlg.new.title')));
    box.appendChild(h('p', { class: 'muted' }, t('dlg.new.intro')));
    if (!canDelegate) box.appendChild(ui.banner('info', t('dlg.new.readOnly')));
    box.appendChild(lookup);
    box.appendChild(result);

    function choose(no, suggestions) {
      var delegated = zones.filter(function (z) { return z.mode === 'DELEGATED'; });
      var suggested = suggestions.map(function (s) { return s.zoneCode; });
      var others = delegated.filter(function (z) { return suggested.indexOf(z.zoneCode) < 0; });
      var group = ui.uid('dlg-zone');
      var reason = h('textarea', { name: 'reason', rows: 2, maxlength: 200, required: true });
      var byHand = false;
      function option(code, label, extra, best, ruleReason) {
        var radio = h('input', { type: 'radio', name: group, value: code, dataset: { zone: code } });
        radio.addEventListener('change', function () {
          byHand = !ruleReason;
          reason.value = ruleReason ? t('dlg.new.ruleReason', { reasons: ruleReason }) : '';
          if (!ruleReason) reason.focus();
        });
        return h('li', { class: best ? 'dlg-best' : null }, h('label', null, radio, h('span', null, h('strong', null, label), extra)));
      }
      var parts = [h('p', { class: 'field-wide' }, h('a', { href: caseHash(no) }, t('dlg.new.viewCase'), ' ', no))];
      if (!delegated.length && !suggestions.length) parts.push(h('div', { class: 'field-wide' }, ui.banner('warning', t('dlg.new.noZones'))));
      var zoneField = h('fieldset', { class: 'field field-wide', dataset: { field: 'zoneCode' } },
        h('legend', null, suggestions.length ? t('dlg.new.suggested') : t('dlg.new.none')),
        suggestions.length ? h('ul', { class: 'dlg-sugg', id: 'delegation-suggestions' }, suggestions.map(function (s, i) {
          return option(s.zoneCode, s.zoneName, [' ', h('span', { class: 'chip' }, t('dlg.new.score', { n: s.score })),
            h('ul', { class: 'dlg-reasons' }, (s.reasons || []).map(function (x) { return h('li', null, x); }))], i === 0, (s.reasons || []).join('；') || s.zoneName);
        })) : null,
        others.length ? h('h3', null, t('dlg.new.byHand')) : null,
        others.length ? h('ul', { class: 'dlg-sugg', id: 'delegation-others' }, others.map(function (z) {
          return option(z.zoneCode, z.zoneName, null, false, null);
        })) : null,
        h('div', { class: 'field-error', 'aria-live': 'polite' }));
      parts.push(zoneField);
      parts.push(ui.field(t('dlg.new.reason'), reason, { wide: true, hint: t('dlg.new.reasonHint') }));
      if (canDelegate) {
        parts.push(h('div', { class: 'form-actions field-wide' },
          h('button', { type: 'submit', class: 'btn btn-primary', id: 'delegation-delegate' }, t('dlg.new.submit'))));
      }
      var f = form(parts, function () {
        var chosen = f.querySelector('input[name="' + group + '"]:checked');
        if (!chosen) return Promise.reject(fieldError('zoneCode', '请选择开发区', 'Choose a zone'));
        if (!reason.value.trim()) {
          return Promise.reject(fieldError('reason', byHand ? '转办须说明理由' : '请填写委托理由', byHand ? 'Say why you forward it by hand' : 'Give the reason'));
        }
        var label = chosen.parentNode.querySelector('strong').textContent;
        return api.post(casePath(no, '/delegate'), { zoneCode: chosen.value, reason: reason.value.trim() }).then(function () {
          ui.toast(t('dlg.new.done', { number: no, zone: label }), 'success');
          ui.clear(result);
          number.value = '';
          reload();
        });
      }, { id: 'delegation-new-form' });
      // the best suggestion is preselected: the office head confirms it or picks another
      var first = f.querySelector('#delegation-suggestions input[type=radio]');
      if (first) { first.checked = true; first.dispatchEvent(new Event('change')); }
      if (!canDelegate) Array.prototype.forEach.call(f.querySelectorAll('input, textarea'), function (i) { i.disabled = true; });
      ui.clear(result).appendChild(f);
    }
  }

  // ---------- #/delegation/zones: zones and rules ----------

  G.routes['#/delegation/zones'] = function (container, ctx) {
    var disposed = false;
    var canEdit = hasAny(ctx, 'office-head', 'admin');
    var body = page(container, ctx, 'zones', t('dlg.nav.zones'));
    if (!canEdit) body.appendChild(ui.banner('info', t('dlg.zones.readOnly')));
    var zonesBox = h('section', { class: 'card', id: 'delegation-zones' }, h('h2', null, t('dlg.zones.title')), ui.loadingBlock());
    var rulesBox = h('section', { class: 'card', id: 'delegation-rules' }, h('h2', null, t('dlg.rules.title')), ui.loadingBlock());
    body.appendChild(zonesBox);
    body.appendChild(rulesBox);

    function reload() {
      Promise.all([loadZones(true), api.get('/delegation/rules').catch(function (err) { return { error: err }; })]).then(function (r) {
        if (disposed) return;
        renderZones(r[0]);
        if (r[1] && r[1].error) { ui.clear(rulesBox).appendChild(h('h2', null, t('dlg.rules.title'))); rulesBox.appendChild(ui.errorBlock(r[1].error)); }
        else renderRules(r[0], Array.isArray(r[1]) ? r[1] : []);
      }, function (err) {
        if (disposed) return;
        ui.clear(zonesBox).appendChild(ui.errorBlock(err));
        ui.clear(rulesBox);
      });
    }

    function orDefault(v) { return v ? v : h('span', { class: 'muted' }, t('dlg.zones.default')); }

    function renderZones(zones) {
      ui.clear(zonesBox);
      zonesBox.appendChild(h('h2', null, t('dlg.zones.title')));
      zonesBox.appendChild(h('p', { class: 'muted' }, t('dlg.zones.intro')));
      if (!zones.length) { zonesBox.appendChild(ui.banner('info', t('dlg.zones.none'))); return; }
      var table = ui.dataTable({ pageSize: 0, columns: [
        { key: 'zoneCode', label: t('dlg.zones.code'), className: 'mono nowrap' },
        { key: 'zoneName', label: t('dlg.zones.name') },
        { key: 'mode', label: t('dlg.zones.mode'), render: function (z) {
          return h('span', { class: z.mode === 'DELEGATED' ? 'chip chip-ok' : 'chip chip-rest', dataset: { mode: z.mode } }, t('dlg.mode.' + z.mode));
        } },
        { key: 'principal', label: t('dlg.zones.principal'), render: function (z) { return orDefault(z.principal); } },
        { key: 'reconsiderationOrgan', label: t('dlg.zones.organ'), render: function (z) { return orDefault(z.reconsiderationOrgan); } },
        { key: 'actions', label: t('dlg.col.actions'), className: 'actions', sortable: false, render: function (z) {
          return canEdit ? h('button', { type: 'button', class: 'btn btn-small', dataset: { editZone: z.zoneCode },
            onclick: function () { editZone(z); } }, t('dlg.zones.edit')) : null;
        } }
      ] });
      table.setRows(zones);
      zonesBox.appendChild(table.el);
    }

    function editZone(z) {
      var mode = h('select', { name: 'mode', required: true }, MODES.map(function (m) { return h('option', { value: m }, t('dlg.mode.' + m)); }));
      mode.value = z.mode || 'INDEPENDENT';
      var principal = h('input', { type: 'text', name: 'principal', maxlength: 60, value: z.principal || '', placeholder: '县政府' });
      var organ = h('input', { type: 'text', name: 'reconsiderationOrgan', maxlength: 100, value: z.reconsiderationOrgan || '' });
      var m;
      var f = form([
        ui.field(t('dlg.zones.mode'), mode, { wide: true }),
        ui.field(t('dlg.zones.principal'), principal, { wide: true, hint: t('dlg.zones.principalHint') }),
        ui.field(t('dlg.zones.organ'), organ, { wide: true, hint: t('dlg.zones.organHint') }),
        h('div', { class: 'form-actions field-wide' }, h('button', { type: 'submit', class: 'btn btn-primary', id: 'delegation-zone-save' }, t('common.save')))
      ], function () {
        return api.put('/delegation/zones/' + encodeURIComponent(z.zoneCode), { mode: mode.value,
          principal: principal.value.trim() || null, reconsiderationOrgan: organ.value.trim() || null }).then(function () {
          m.close();
          ui.toast(t('dlg.zones.saved', { name: z.zoneName }), 'success');
          reload();
        });
      }, { id: 'delegation-zone-form' });
      m = ui.modal(t('dlg.zones.editTitle', { name: z.zoneName }), f);
    }

    function renderRules(zones, rules) {
      ui.clear(rulesBox);
      rulesBox.appendChild(h('h2', null, t('dlg.rules.title')));
      rulesBox.appendChild(h('p', { class: 'muted' }, t('dlg.rules.intro')));
      var names = {};
      zones.forEach(function (z) { names[z.zoneCode] = z.zoneName; });
      var codes = zones.map(function (z) { return z.zoneCode; });
      rules.forEach(function (r) { if (codes.indexOf(r.zoneCode) < 0) codes.push(r.zoneCode); });
      codes.forEach(function (code) {
        var mine = rules.filter(function (r) { return r.zoneCode === code; });
        var list = h('div', { class: 'dlg-zone-rules', dataset: { zoneRules: code } }, h('h3', null, names[code] || code));
        if (!mine.length) list.appendChild(h('p', { class: 'muted' }, t('dlg.rules.none')));
        KINDS.forEach(function (kind) {
          var ofKind = mine.filter(function (r) { return r.kind === kind; });
          if (!ofKind.length) return;
          list.appendChild(h('div', { class: 'dlg-rule-row' }, h('span', { class: 'dlg-kind' }, t('dlg.kind.' + kind)),
            h('ul', { class: 'dlg-rules' }, ofKind.map(function (r) {
              return h('li', { dataset: { rule: r.id } }, r.value, ' ', canEdit ? h('button', { type: 'button', class: 'btn btn-small btn-ghost',
                title: t('dlg.rules.delete'), 'aria-label': t('dlg.rules.delete') + ' ' + r.value, onclick: function () { deleteRule(r); } }, '×') : null);
            }))));
        });
        rulesBox.appendChild(list);
      });
      if (!canEdit || !zones.length) return;
      var zone = h('select', { name: 'zoneCode', required: true }, h('option', { value: '' }, t('common.choose')),
        zones.map(function (z) { return h('option', { value: z.zoneCode }, z.zoneName + (z.mode === 'DELEGATED' ? '' : '（' + t('dlg.mode.INDEPENDENT') + '）')); }));
      var kind = h('select', { name: 'kind', required: true }, KINDS.map(function (k) { return h('option', { value: k }, t('dlg.kind.' + k)); }));
      var value = h('input', { type: 'text', name: 'value', required: true, maxlength: 100 });
      rulesBox.appendChild(h('h3', null, t('dlg.rules.add')));
      rulesBox.appendChild(form([
        ui.field(t('dlg.board.zone'), zone), ui.field(t('dlg.rules.kind'), kind),
        ui.field(t('dlg.rules.value'), value, { hint: t('dlg.rules.valueHint') }),
        h('div', { class: 'filter-actions' }, h('button', { type: 'submit', class: 'btn btn-primary', id: 'delegation-rule-add' }, t('dlg.rules.add')))
      ], function () {
        return api.post('/delegation/rules', { id: 0, zoneCode: zone.value || null, kind: kind.value || null, value: value.value.trim() }).then(function () {
          ui.toast(t('dlg.rules.added'), 'success');
          reload();
        });
      }, { class: 'filter-bar', id: 'delegation-rule-form' }));
    }

    function deleteRule(r) {
      if (!window.confirm(t('dlg.rules.confirmDelete', { value: r.value }))) return;
      api.request('DELETE', '/delegation/rules/' + encodeURIComponent(r.id)).then(function () {
        ui.toast(t('dlg.rules.deleted'), 'success');
        reload();
      }, ui.reportError);
    }

    reload();
    return function () { disposed = true; };
  };

  // ---------- #/delegation/report ----------

  /** Grouped bars per zone: delegated vs the government's own average working days. */
  function comparisonChart(rows) {
    var ns = 'http://www.w3.org/2000/svg';
    function el(tag, attrs, text) {
      var e = document.createElementNS(ns, tag);
      Object.keys(attrs || {}).forEach(function (k) { if (attrs[k] != null) e.setAttribute(k, String(attrs[k])); });
      if (text != null) e.appendChild(document.createTextNode(String(text)));
      return e;
    }
    var labelW = 200, barH = 16, groupGap = 14, width = 680, right = 60;
    var height = rows.length * (2 * barH + groupGap) + groupGap;
    var max = Math.max.apply(null, rows.map(function (r) {
      return Math.max(r.averageWorkingDays || 0, r.comparableAverageWorkingDays || 0);
    }).concat([1]));
    var plotW = width - labelW - right;
    var svg = el('svg', { class: 'dlg-chart', id: 'delegation-chart', viewBox: '0 0 ' + width + ' ' + height, role: 'img', 'aria-label': t('dlg.rep.chart') });
    svg.appendChild(el('title', null, t('dlg.rep.chart')));
    svg.appendChild(el('line', { x1: labelW, y1: 0, x2: labelW, y2: height, stroke: '#aab1bb' }));
    rows.forEach(function (r, i) {
      var y = groupGap + i * (2 * barH + groupGap);
      var label = el('text', { x: labelW - 8, y: y + barH + 4, 'text-anchor': 'end' }, shortZoneName(r.zoneName));
      label.appendChild(el('title', null, r.zoneName));
      svg.appendChild(label);
      [[r.averageWorkingDays, COLOUR_DELEGATED, t('dlg.rep.delegatedGroup')], [r.comparableAverageWorkingDays, COLOUR_OWN, t('dlg.rep.ownGroup')]].forEach(function (b, j) {
        var v = b[0];
        var w = v == null ? 0 : Math.max(2, Math.round(plotW * v / max));
        var by = y + j * barH;
        var rect = el('rect', { x: labelW, y: by, width: w, height: barH - 2, rx: 2, fill: b[1] });
        rect.appendChild(el('title', null, r.zoneName + ' ' + b[2] + '：' + (v == null ? t('dlg.rep.noValue') : v.toFixed(1))));
        svg.appendChild(rect);
        svg.appendChild(el('text', { x: labelW + w + 6, y: by + barH - 4 }, v == null ? t('dlg.rep.noValue') : v.toFixed(1)));
      });
    });
    return svg;
  }

  /** A zone committee's name without the committee ending, short enough for a chart label. */
  function shortZoneName(name) {
    var s = String(name || '').replace(/(管理委员会|管委会)$/, '');
    return s.length > 14 ? s.slice(0, 13) + '…' : s;
  }

  function diffCell(r) {
    var a = r.averageWorkingDays, b = r.comparableAverageWorkingDays;
    if (a == null || b == null || !(b > 0)) return h('span', { class: 'muted' }, '—');
    var pct = Math.round((a - b) / b * 1000) / 10;
    if (pct === 0) return h('span', { dataset: { diff: 0 } }, t('dlg.rep.same'));
    return h('span', { class: pct < 0 ? 'dlg-better' : 'dlg-worse', dataset: { diff: pct } },
      t(pct < 0 ? 'dlg.rep.faster' : 'dlg.rep.slower', { n: Math.abs(pct) }));
  }

  function days(v) { return v == null ? h('span', { class: 'muted' }, '—') : v.toFixed(1); }

  G.routes['#/delegation/report'] = function (container, ctx) {
    var disposed = false;
    var body = page(container, ctx, 'report', t('dlg.rep.title'));
    body.appendChild(h('p', { class: 'muted' }, t('dlg.rep.intro')));
    var filterBox = h('section', { class: 'card' }, ui.loadingBlock());
    var out = h('div', { class: 'stack', id: 'delegation-report' });
    body.appendChild(filterBox);
    body.appendChild(out);
    var state = { from: ctx.query.get('from') || '', to: ctx.query.get('to') || '' };

    api.calendarOverview().then(function (o) {
      if (disposed) return;
      var today = o.today || fmt.today();
      if (!state.from) state.from = today.slice(0, 4) + '-01-01';
      if (!state.to) state.to = today;
      var from = h('input', { type: 'date', name: 'from', id: 'delegation-report-from', required: true, value: state.from });
      var to = h('input', { type: 'date', name: 'to', id: 'delegation-report-to', required: true, value: state.to });
      var f = form([
        ui.field(t('dlg.period.from'), from), ui.field(t('dlg.period.to'), to),
        h('div', { class: 'filter-actions' }, h('button', { type: 'submit', class: 'btn btn-primary', id: 'delegation-report-load' }, t('dlg.rep.load'))),
        h('div', { class: 'dlg-presets field-wide' }, presets(today).map(function (p) {
          return h('button', { type: 'button', class: 'btn btn-small', onclick: function () {
            from.value = p.from; to.value = p.to; f.requestSubmit ? f.requestSubmit() : f.dispatchEvent(new Event('submit', { cancelable: true }));
          } }, t(p.key));
        }))
      ], function () {
        if (!from.value) return Promise.reject(fieldError('from', '请选择开始日期', 'Choose the first day'));
        if (!to.value) return Promise.reject(fieldError('to', '请选择结束日期', 'Choose the last day'));
        if (from.value > to.value) return Promise.reject(fieldError('to', '结束日期不能早于开始日期', 'The last day cannot precede the first'));
        state.from = from.value; state.to = to.value;
        return load();
      }, { class: 'filter-bar', role: 'search', id: 'delegation-report-filters' });
      ui.clear(filterBox).appendChild(f);
      load().catch(function () { /* shown in the report box */ });
    });

    function load() {
      remember('#/delegation/report', state);
      ui.clear(out).appendChild(ui.loadingBlock());
      return api.get('/delegation/report', { from: state.from, to: state.to }).then(function (rep) {
        if (disposed) return;
        render(rep || {});
      }, function (err) {
        if (!disposed) ui.clear(out).appendChild(ui.errorBlock(err));
        throw err;
      });
    }

    function render(rep) {
      ui.clear(out);
      var rows = Array.isArray(rep.zones) ? rep.zones : [];
      var head = h('section', { class: 'card' },
        h('div', { class: 'dlg-zone-head' }, h('h2', null, t('dlg.rep.period', { from: rep.from || state.from, to: rep.to || state.to })),
          h('a', { class: 'btn', id: 'delegation-report-csv', download: '', href: apiHref('/delegation/report/csv', { from: state.from, to: state.to }) }, t('dlg.rep.csv'))));
      out.appendChild(head);
      if (!rows.length) { head.appendChild(ui.banner('info', t('dlg.rep.none'))); return; }
      var table = ui.dataTable({ pageSize: 0, id: 'delegation-report-table', columns: [
        { key: 'zoneName', label: t('dlg.rep.zone') },
        { key: 'cases', label: t('dlg.rep.cases'), className: 'num' },
        { key: 'replied', label: t('dlg.rep.replied'), className: 'num' },
        { key: 'averageWorkingDays', label: t('dlg.rep.avg'), className: 'num', render: function (r) { return days(r.averageWorkingDays); } },
        { key: 'overdue', label: t('dlg.rep.overdue'), className: 'num', render: function (r) {
          return r.overdue ? h('span', { class: 'dlg-overdue' }, String(r.overdue)) : '0';
        } },
        { key: 'comparableCases', label: t('dlg.rep.ownCases'), className: 'num' },
        { key: 'comparableAverageWorkingDays', label: t('dlg.rep.ownAvg'), className: 'num', render: function (r) { return days(r.comparableAverageWorkingDays); } },
        { key: 'comparableOverdue', label: t('dlg.rep.ownOverdue'), className: 'num' },
        { key: 'diff', label: t('dlg.rep.diff'), className: 'num nowrap', value: function (r) {
          var a = r.averageWorkingDays, b = r.comparableAverageWorkingDays;
          return a == null || b == null || !(b > 0) ? null : (a - b) / b;
        }, render: diffCell }
      ] });
      table.setRows(rows);
      head.appendChild(table.el);
      out.appendChild(h('section', { class: 'card' }, h('h2', null, t('dlg.rep.chart')),
        h('ul', { class: 'dlg-legend' },
          h('li', null, h('span', { class: 'sw', style: 'background:' + COLOUR_DELEGATED }), t('dlg.rep.delegatedGroup')),
          h('li', null, h('span', { class: 'sw', style: 'background:' + COLOUR_OWN }), t('dlg.rep.ownGroup'))),
        comparisonChart(rows)));
    }

    return function () { disposed = true; };
  };
}(window.Gongkai));
