/*
 * Gongkai staff UI, capability 大喇叭 (loudspeaker network), served at /ui/cap/broadcast/main.js:
 *
 *   #/broadcast              终端: the region tree with terminals counted by status (coloured), the terminals of a
 *                            region, status refresh, CSV import of terminals, the installed drivers
 *   #/broadcast/content      内容: the broadcasts (filter by state), the review queue, a new routine broadcast
 *   #/broadcast/edit/<id>    the editor (title, category, written text 文字稿, spoken script 口播稿, targets, and
 *                            when it plays: 立即 on release, or a date and daily slot 早/中/晚)
 *   #/broadcast/item/<id>    one broadcast: content, schedule and its slot per township, review history, the actions
 *                            the user may take, delivery report
 *   #/broadcast/schedule     节目单: the schedule board of a date (?date=YYYY-MM-DD), townships × the three daily
 *                            slots with each township's time, the slot's state (coloured) and the playlist
 *   #/broadcast/emergency    应急: issue an emergency broadcast, import a CAP 1.2 alert, emergencies to approve
 *   #/broadcast/report       统计: released broadcasts by month, category and township, deliveries by state (SVG)
 *
 * Everything from the API reaches the page through h() as text or attribute values; nothing writes innerHTML.
 */
(function (G) {
  'use strict';
  var h = G.h, ui = G.ui, api = G.api, fmt = G.fmt;
  var t = function (key, params) { return G.t(key, params); };
  // slot times come as HH:mm:ss from the API; people read 07:00
  var hhmm = function (time) { return time ? String(time).slice(0, 5) : '—'; };
  // region codes of targets read as names (青狮潭镇 450323107); looked up once per code
  var regionNames = {};
  function regionLabel(code) {
    var el = h('span', { title: code }, code);
    if (!regionNames[code]) {
      regionNames[code] = api.get('/regions/' + encodeURIComponent(code), null, { quiet: true })
        .then(function (r) { return r.name; }).catch(function () { return null; });
    }
    regionNames[code].then(function (name) { if (name) el.textContent = name + '（' + code + '）'; });
    return el;
  }
  function targetLabel(x) {
    return x.kind === 'REGION' ? regionLabel(x.code) : h('span', { class: 'mono' }, x.code);
  }

  var STATUS = ['ONLINE', 'BUSY', 'FAULT', 'OFFLINE', 'UNKNOWN'];
  var STATUS_COLOUR = { ONLINE: '#2e7d32', BUSY: '#1565c0', FAULT: '#ef6c00', OFFLINE: '#c62828', UNKNOWN: '#9aa0a6' };
  var LEVEL_COLOUR = { 1: '#c62828', 2: '#ef6c00', 3: '#f9a825', 4: '#1565c0' };
  var DELIVERY_COLOUR = { PENDING: '#9aa0a6', OFFLINE: '#c62828', SENT: '#90caf9', ACKNOWLEDGED: '#42a5f5',
    PLAYING: '#1565c0', PLAYED: '#2e7d32', FAILED: '#ef6c00' };
  var SLOTS = ['MORNING', 'NOON', 'EVENING'];
  var SLOT_STATES = ['UPCOMING', 'ON_TIME', 'LATE', 'SKIPPED'];
  var SLOT_COLOUR = { UPCOMING: '#9aa0a6', ON_TIME: '#2e7d32', LATE: '#f9a825', SKIPPED: '#c62828' };
  var NAV = [
    { id: 'terminals', hash: '#/broadcast', key: 'bc.nav.terminals' },
    { id: 'content', hash: '#/broadcast/content', key: 'bc.nav.content' },
    { id: 'schedule', hash: '#/broadcast/schedule', key: 'bc.nav.schedule' },
    { id: 'emergency', hash: '#/broadcast/emergency', key: 'bc.nav.emergency' },
    { id: 'report', hash: '#/broadcast/report', key: 'bc.nav.report' }
  ];

  G.i18n.add({
    zh: {
      'bc.title': '大喇叭', 'bc.nav.label': '大喇叭页面', 'bc.nav.terminals': '终端', 'bc.nav.content': '广播内容',
      'bc.nav.emergency': '应急广播', 'bc.nav.report': '统计',
      'bc.status.ONLINE': '在线', 'bc.status.BUSY': '播放中', 'bc.status.FAULT': '故障', 'bc.status.OFFLINE': '离线',
      'bc.status.UNKNOWN': '未知',
      'bc.tree.title': '终端分布', 'bc.tree.total': '共 {n} 台', 'bc.tree.expand': '展开 {name}', 'bc.tree.show': '查看终端',
      'bc.term.title': '{name} 的终端', 'bc.term.id': '编号', 'bc.term.name': '名称', 'bc.term.region': '所在区划',
      'bc.term.driver': '驱动', 'bc.term.status': '状态', 'bc.term.volume': '音量', 'bc.term.statusAt': '状态时间',
      'bc.term.driverMissing': '驱动未安装', 'bc.term.pick': '在左侧选择区划查看终端。',
      'bc.refresh': '刷新状态', 'bc.refreshed': '已向 {n} 台终端查询状态，稍后刷新页面查看',
      'bc.import': '导入终端', 'bc.import.hint': 'CSV 表头：id,name,region_code,driver_id,settings；设置项写作 名称=值;名称=值。全部正确才导入。',
      'bc.import.file': 'CSV 文件', 'bc.import.done': '已导入：新增 {created} 台，更新 {updated} 台',
      'bc.drivers': '驱动', 'bc.drivers.present': '已安装', 'bc.drivers.missing': '未安装', 'bc.drivers.terminals': '终端数',
      'bc.drivers.settings': '终端设置项',
      'bc.list.title': '广播内容', 'bc.list.state': '状态', 'bc.list.kind': '类型', 'bc.list.queue': '待我审核',
      'bc.new': '新建广播', 'bc.col.id': '编号', 'bc.col.title': '标题', 'bc.col.category': '栏目', 'bc.col.state': '状态',
      'bc.col.author': '撰稿人', 'bc.col.updated': '更新时间', 'bc.col.level': '级别',
      'bc.kind.ROUTINE': '日常', 'bc.kind.EMERGENCY': '应急',
      'bc.edit.title': '编辑广播', 'bc.edit.new': '新建日常广播', 'bc.f.title': '标题', 'bc.f.category': '栏目',
      'bc.f.body': '文字稿', 'bc.f.bodyHint': '供屏幕展示和存档的完整文字。', 'bc.f.script': '口播稿',
      'bc.f.scriptHint': '播音员朗读或语音合成播放的文字，按每秒约4字估算时长。', 'bc.f.audio': '音频地址（可选）',
      'bc.f.targets': '播放范围', 'bc.f.addTarget': '添加', 'bc.f.county': '全县', 'bc.f.township': '乡镇',
      'bc.f.village': '行政村（可选）', 'bc.f.remove': '移除', 'bc.f.noTargets': '尚未选择播放范围',
      'bc.save': '保存草稿', 'bc.saved': '已保存', 'bc.estimate': '预计时长约 {s} 秒',
      'bc.item.history': '审核记录', 'bc.item.delivery': '送达情况', 'bc.item.targets': '播放范围',
      'bc.item.reviewAt': '审核层级', 'bc.item.agency': '发起单位', 'bc.item.emergency': '应急信息',
      'bc.act.submit': '报送审核', 'bc.act.approve': '审核通过', 'bc.act.reject': '退回修改', 'bc.act.release': '发布',
      'bc.act.cancel': '撤销', 'bc.act.edit': '修改', 'bc.act.comment': '意见', 'bc.act.reason': '撤销原因',
      'bc.act.done': '已完成：{action}', 'bc.act.confirmRelease': '发布后将立即送往终端播放。',
      'bc.step.SUBMIT': '报送', 'bc.step.APPROVE': '审核通过', 'bc.step.REJECT': '退回', 'bc.step.RELEASE': '发布',
      'bc.step.CANCEL': '撤销',
      'bc.del.total': '终端 {n} 台', 'bc.del.terminal': '终端', 'bc.del.state': '送达状态', 'bc.del.attempts': '发送次数',
      'bc.del.detail': '说明', 'bc.del.none': '尚未送往终端。',
      'bc.em.title': '应急广播', 'bc.em.issue': '发布应急广播', 'bc.em.level': '预警级别', 'bc.em.event': '事件类型',
      'bc.em.start': '开始时间', 'bc.em.end': '结束时间', 'bc.em.period': '起止时间', 'bc.em.exercise': '演练（播放时加“【演练】”）',
      'bc.em.note': '仅授权机构的应急信息发布员可以发布；须经另一名授权发布员审核，审核通过即刻发布，并中断日常播放。',
      'bc.em.notOfficer': '您不是应急信息发布员，只能查看应急广播。', 'bc.em.cap': '导入 CAP 1.2 预警信息',
      'bc.em.capFile': 'CAP XML 文件', 'bc.em.capDone': '已生成应急广播草稿 {id}', 'bc.em.list': '应急广播记录',
      'bc.em.issued': '已报送 {id}，待另一名发布员审核', 'bc.em.pending': '待审核的应急广播',
      'bc.level.1': '红色（特别重大）', 'bc.level.2': '橙色（重大）', 'bc.level.3': '黄色（较大）', 'bc.level.4': '蓝色（一般）',
      'bc.rep.title': '大喇叭统计', 'bc.rep.year': '年度', 'bc.rep.released': '发布广播', 'bc.rep.emergencies': '其中应急',
      'bc.rep.played': '已播放终端次', 'bc.rep.byMonth': '按月份', 'bc.rep.byCategory': '按栏目', 'bc.rep.byTownship': '按乡镇',
      'bc.rep.deliveries': '送达状态', 'bc.rep.none': '本年度没有发布的广播。',
      'bc.nav.schedule': '节目单', 'bc.f.when': '播出时间', 'bc.f.now': '立即（发布后马上播出）',
      'bc.f.inSlot': '按时段播出', 'bc.f.date': '播放日期', 'bc.f.slot': '时段',
      'bc.f.slotHint': '各乡镇按本乡镇的时段时间播出（默认 早7:00、中12:00、晚19:00）。',
      'bc.slot.MORNING': '早', 'bc.slot.NOON': '中', 'bc.slot.EVENING': '晚',
      'bc.slotState.UPCOMING': '待播', 'bc.slotState.ON_TIME': '已按时播出', 'bc.slotState.LATE': '已补播',
      'bc.slotState.SKIPPED': '已错过',
      'bc.item.schedule': '播出时间', 'bc.item.now': '发布后立即播出', 'bc.item.slotAt': '{date} {slot}时段',
      'bc.item.perTownship': '各乡镇时段', 'bc.del.waiting': '将于 {when} 按各乡镇时段播出。',
      'bc.act.confirmScheduled': '发布后不会立即播出，将在 {when} 按各乡镇时段时间送往终端。',
      'bc.sch.title': '节目单', 'bc.sch.date': '日期', 'bc.sch.prev': '前一天', 'bc.sch.next': '后一天',
      'bc.sch.today': '今天', 'bc.sch.township': '乡镇', 'bc.sch.empty': '无节目', 'bc.sch.none': '您的辖区没有乡镇。',
      'bc.sch.note': '只有已发布的节目会播出；审核中的节目显示其状态。错过的时段（平台停机超过宽限时间）不再补播。'
    },
    en: {
      'bc.title': 'Loudspeakers', 'bc.nav.label': 'Loudspeaker pages', 'bc.nav.terminals': 'Terminals',
      'bc.nav.content': 'Content', 'bc.nav.emergency': 'Emergency', 'bc.nav.report': 'Statistics',
      'bc.status.ONLINE': 'Online', 'bc.status.BUSY': 'Playing', 'bc.status.FAULT': 'Fault', 'bc.status.OFFLINE': 'Offline',
      'bc.status.UNKNOWN': 'Unknown',
      'bc.tree.title': 'Terminals by region', 'bc.tree.total': '{n} in all', 'bc.tree.expand': 'Expand {name}',
      'bc.tree.show': 'Show terminals',
      'bc.term.title': 'Terminals of {name}', 'bc.term.id': 'ID', 'bc.term.name': 'Name', 'bc.term.region': 'Region',
      'bc.term.driver': 'Driver', 'bc.term.status': 'Status', 'bc.term.volume': 'Volume', 'bc.term.statusAt': 'Status at',
      'bc.term.driverMissing': 'driver not installed', 'bc.term.pick': 'Choose a region on the left to see its terminals.',
      'bc.refresh': 'Refresh status', 'bc.refreshed': '{n} terminals asked for their status; reload in a moment',
      'bc.import': 'Import terminals', 'bc.import.hint': 'CSV header: id,name,region_code,driver_id,settings; settings as name=value;name=value. Nothing is imported unless every line is right.',
      'bc.import.file': 'CSV file', 'bc.import.done': 'Imported: {created} new, {updated} updated',
      'bc.drivers': 'Drivers', 'bc.drivers.present': 'installed', 'bc.drivers.missing': 'missing',
      'bc.drivers.terminals': 'Terminals', 'bc.drivers.settings': 'Terminal settings',
      'bc.list.title': 'Broadcast content', 'bc.list.state': 'State', 'bc.list.kind': 'Kind', 'bc.list.queue': 'To review',
      'bc.new': 'New broadcast', 'bc.col.id': 'No.', 'bc.col.title': 'Title', 'bc.col.category': 'Category',
      'bc.col.state': 'State', 'bc.col.author': 'Author', 'bc.col.updated': 'Changed', 'bc.col.level': 'Level',
      'bc.kind.ROUTINE': 'Routine', 'bc.kind.EMERGENCY': 'Emergency',
      'bc.edit.title': 'Edit broadcast', 'bc.edit.new': 'New routine broadcast', 'bc.f.title': 'Title',
      'bc.f.category': 'Category', 'bc.f.body': 'Written text', 'bc.f.bodyHint': 'The full text for screens and the record.',
      'bc.f.script': 'Spoken script', 'bc.f.scriptHint': 'Read by the announcer or by text-to-speech; about 4 characters a second.',
      'bc.f.audio': 'Audio URL (optional)', 'bc.f.targets': 'Where it plays', 'bc.f.addTarget': 'Add',
      'bc.f.county': 'Whole county', 'bc.f.township': 'Township', 'bc.f.village': 'Village (optional)',
      'bc.f.remove': 'Remove', 'bc.f.noTargets': 'No target chosen yet',
      'bc.save': 'Save draft', 'bc.saved': 'Saved', 'bc.estimate': 'About {s} seconds',
      'bc.item.history': 'Review history', 'bc.item.delivery': 'Delivery', 'bc.item.targets': 'Targets',
      'bc.item.reviewAt': 'Reviewed at', 'bc.item.agency': 'Agency', 'bc.item.emergency': 'Emergency',
      'bc.act.submit': 'Submit for review', 'bc.act.approve': 'Approve', 'bc.act.reject': 'Return', 'bc.act.release': 'Release',
      'bc.act.cancel': 'Cancel', 'bc.act.edit': 'Edit', 'bc.act.comment': 'Comment', 'bc.act.reason': 'Reason',
      'bc.act.done': 'Done: {action}', 'bc.act.confirmRelease': 'Released items go to the speakers at once.',
      'bc.step.SUBMIT': 'Submitted', 'bc.step.APPROVE': 'Approved', 'bc.step.REJECT': 'Returned', 'bc.step.RELEASE': 'Released',
      'bc.step.CANCEL': 'Cancelled',
      'bc.del.total': '{n} terminals', 'bc.del.terminal': 'Terminal', 'bc.del.state': 'Delivery', 'bc.del.attempts': 'Sends',
      'bc.del.detail': 'Detail', 'bc.del.none': 'Not sent to any terminal yet.',
      'bc.em.title': 'Emergency broadcasts', 'bc.em.issue': 'Issue an emergency broadcast', 'bc.em.level': 'Level',
      'bc.em.event': 'Event type', 'bc.em.start': 'Start', 'bc.em.end': 'End', 'bc.em.period': 'From – to', 'bc.em.exercise': 'Exercise (played with 【演练】)',
      'bc.em.note': 'Only emergency officers of authorised agencies issue these; another authorised officer approves, which releases it at once and interrupts routine playback.',
      'bc.em.notOfficer': 'You are not an emergency officer; you can only view emergencies.', 'bc.em.cap': 'Import a CAP 1.2 alert',
      'bc.em.capFile': 'CAP XML file', 'bc.em.capDone': 'Emergency draft {id} created', 'bc.em.list': 'Emergency broadcasts',
      'bc.em.issued': '{id} submitted; another officer approves it', 'bc.em.pending': 'Emergencies to approve',
      'bc.level.1': 'Red (extreme)', 'bc.level.2': 'Orange (severe)', 'bc.level.3': 'Yellow (moderate)', 'bc.level.4': 'Blue (minor)',
      'bc.rep.title': 'Loudspeaker statistics', 'bc.rep.year': 'Year', 'bc.rep.released': 'Released', 'bc.rep.emergencies': 'Emergencies',
      'bc.rep.played': 'Terminal plays', 'bc.rep.byMonth': 'By month', 'bc.rep.byCategory': 'By category',
      'bc.rep.byTownship': 'By township', 'bc.rep.deliveries': 'Deliveries by state', 'bc.rep.none': 'Nothing released this year.',
      'bc.nav.schedule': 'Schedule', 'bc.f.when': 'When it plays', 'bc.f.now': 'Immediately (as soon as released)',
      'bc.f.inSlot': 'In a daily slot', 'bc.f.date': 'Play date', 'bc.f.slot': 'Slot',
      'bc.f.slotHint': 'Each township plays it at its own slot time (by default morning 07:00, noon 12:00, evening 19:00).',
      'bc.slot.MORNING': 'Morning', 'bc.slot.NOON': 'Noon', 'bc.slot.EVENING': 'Evening',
      'bc.slotState.UPCOMING': 'Upcoming', 'bc.slotState.ON_TIME': 'Fired on time', 'bc.slotState.LATE': 'Fired late',
      'bc.slotState.SKIPPED': 'Skipped',
      'bc.item.schedule': 'Plays', 'bc.item.now': 'As soon as released', 'bc.item.slotAt': '{date}, {slot} slot',
      'bc.item.perTownship': 'Slot per township', 'bc.del.waiting': 'plays on {when} at each township\'s slot time.',
      'bc.act.confirmScheduled': 'Released items in a slot do not play at once: they go to the speakers on {when} at each township\'s slot time.',
      'bc.sch.title': 'Schedule board', 'bc.sch.date': 'Date', 'bc.sch.prev': 'Previous day', 'bc.sch.next': 'Next day',
      'bc.sch.today': 'Today', 'bc.sch.township': 'Township', 'bc.sch.empty': 'Nothing scheduled', 'bc.sch.none': 'There is no township in your area.',
      'bc.sch.note': 'Only released items play; items in review show their state. A missed slot (the platform down beyond the grace window) is not played later.'
    }
  });

  var meta = null;
  function loadMeta() {
    if (!meta) meta = api.get('/broadcast/meta').catch(function (e) { meta = null; throw e; });
    return meta;
  }
  function optionName(list, id) {
    var o = (list || []).filter(function (x) { return x.id === String(id); })[0];
    return o ? G.i18n.pickName(o) : String(id);
  }

  // ---------- shared pieces ----------

  function injectStyle() {
    if (document.getElementById('bc-cap-style')) return;
    var css = [
      '.bc-tabs ul{list-style:none;margin:0 0 1rem;padding:0;display:flex;flex-wrap:wrap;gap:.25rem;border-bottom:2px solid var(--border)}',
      '.bc-tabs a{display:block;padding:.45rem .9rem;text-decoration:none;color:var(--text);border:1px solid transparent;border-bottom:0;border-radius:6px 6px 0 0;margin-bottom:-2px}',
      '.bc-tabs a[aria-current=page]{background:#fff;border-color:var(--border);border-bottom:2px solid #fff;color:var(--red-dark);font-weight:600}',
      '.bc-split{display:grid;grid-template-columns:minmax(260px,1fr) 2fr;gap:1rem}',
      '@media (max-width:800px){.bc-split{grid-template-columns:1fr}}',
      '.bc-tree ul{list-style:none;margin:0;padding-left:1rem}.bc-tree>ul{padding-left:0}',
      '.bc-node{display:flex;align-items:center;gap:.4rem;padding:.15rem 0}',
      '.bc-node .bc-name{flex:1;text-align:left;background:none;border:0;padding:.1rem .2rem;cursor:pointer;color:var(--text)}',
      '.bc-node .bc-name[aria-current=true]{font-weight:700;color:var(--red-dark)}',
      '.bc-toggle{width:1.6rem;background:none;border:0;cursor:pointer}',
      '.bc-bar{display:inline-flex;width:110px;height:10px;border-radius:3px;overflow:hidden;background:#eceff1}',
      '.bc-bar span{display:block;height:100%}',
      '.bc-dot{display:inline-block;width:.7rem;height:.7rem;border-radius:50%;margin-right:.3rem;vertical-align:middle}',
      '.bc-legend{display:flex;flex-wrap:wrap;gap:.3rem 1rem;list-style:none;padding:0;margin:.25rem 0 .75rem;font-size:.88rem}',
      '.bc-level{display:inline-block;padding:.05rem .5rem;border-radius:3px;color:#fff;font-weight:600}',
      '.bc-targets{list-style:none;padding:0;margin:.25rem 0;display:flex;flex-wrap:wrap;gap:.4rem}',
      '.bc-targets li{background:var(--blue-soft,#e8f0fe);border-radius:12px;padding:.1rem .3rem .1rem .6rem}',
      '.bc-chart{width:100%;height:auto;display:block}.bc-chart text{font-size:11px;fill:#1f2328}',
      '.bc-cards{display:grid;grid-template-columns:repeat(auto-fill,minmax(170px,1fr));gap:1rem;margin-bottom:1rem}',
      '.bc-cards .card{margin:0}',
      '.bc-emergency-head{border-left:6px solid #c62828;padding-left:.75rem}',
      '.bc-board{width:100%;border-collapse:collapse}.bc-board th,.bc-board td{border:1px solid var(--border);padding:.4rem .5rem;vertical-align:top;text-align:left}',
      '.bc-board td{border-top-width:4px}.bc-board ol{margin:.3rem 0 0;padding-left:1.1rem}.bc-board .muted{font-size:.88rem}',
      '.bc-slot-time{font-weight:600;margin-right:.4rem}',
      '.bc-when{display:flex;flex-wrap:wrap;gap:.5rem 1rem;align-items:flex-end}'
    ].join('\n');
    document.head.appendChild(h('style', { id: 'bc-cap-style' }, css));
  }

  function page(container, active, title, side) {
    injectStyle();
    container.appendChild(h('nav', { class: 'bc-tabs no-print', 'aria-label': t('bc.nav.label') },
      h('ul', null, NAV.map(function (n) {
        return h('li', null, h('a', { href: n.hash, 'aria-current': n.id === active ? 'page' : null }, t(n.key)));
      }))));
    container.appendChild(h('div', { class: 'page-head' }, h('h1', null, title), side ? h('div', { class: 'page-head-side' }, side) : null));
    var body = h('div', { class: 'stack' });
    container.appendChild(body);
    return body;
  }

  function statusBar(byStatus, total) {
    var bar = h('span', { class: 'bc-bar', role: 'img', 'aria-label': STATUS.map(function (s) {
      return t('bc.status.' + s) + ' ' + ((byStatus || {})[s] || 0);
    }).join(', ') });
    STATUS.forEach(function (s) {
      var n = (byStatus || {})[s] || 0;
      if (n && total) bar.appendChild(h('span', { style: 'width:' + (100 * n / total).toFixed(2) + '%;background:' + STATUS_COLOUR[s] }));
    });
    return bar;
  }

  function statusChip(s) {
    return h('span', { class: 'nowrap' }, h('span', { class: 'bc-dot', style: 'background:' + STATUS_COLOUR[s] }), t('bc.status.' + s));
  }

  function levelChip(level) {
    if (!level) return '';
    return h('span', { class: 'bc-level', style: 'background:' + LEVEL_COLOUR[level] }, t('bc.level.' + level));
  }

  function legend(keys, colours, label) {
    return h('ul', { class: 'bc-legend' }, keys.map(function (k) {
      return h('li', null, h('span', { class: 'bc-dot', style: 'background:' + colours[k] }), label(k));
    }));
  }

  function when(iso) { return iso ? fmt.dateTime(iso) : ''; }

  function slotStateChip(s) {
    return h('span', { class: 'nowrap' }, h('span', { class: 'bc-dot', style: 'background:' + SLOT_COLOUR[s] }), t('bc.slotState.' + s));
  }

  /** "2026-07-02 早时段" for a schedule {date, slot}. */
  function slotAt(schedule) {
    return t('bc.item.slotAt', { date: schedule.date, slot: t('bc.slot.' + schedule.slot) });
  }

  /** When a routine item plays: 立即, or a date (today or later) and a daily slot. */
  function schedulePicker(initial) {
    var now = h('input', { type: 'radio', name: 'bc-when', value: 'now', checked: !initial });
    var inSlot = h('input', { type: 'radio', name: 'bc-when', value: 'slot', checked: !!initial });
    var date = h('input', { type: 'date', name: 'schedule.date', min: fmt.today(), value: initial ? initial.date : fmt.addDays(fmt.today(), 1) });
    var slot = h('select', { name: 'schedule.slot', value: initial ? initial.slot : SLOTS[0] }, SLOTS.map(function (s) {
      return h('option', { value: s }, t('bc.slot.' + s));
    }));
    var details = h('div', { class: 'bc-when' }, ui.field(t('bc.f.date'), date), ui.field(t('bc.f.slot'), slot, { hint: t('bc.f.slotHint') }));
    function sync() { details.hidden = !inSlot.checked; }
    now.addEventListener('change', sync);
    inSlot.addEventListener('change', sync);
    sync();
    var el = h('fieldset', { class: 'field field-wide', dataset: { field: 'schedule' } }, h('legend', null, t('bc.f.when')),
      h('label', { class: 'checkbox' }, now, ' ', t('bc.f.now')), ' ',
      h('label', { class: 'checkbox' }, inSlot, ' ', t('bc.f.inSlot')), details,
      h('div', { class: 'field-error', 'aria-live': 'polite' }));
    return { el: el, value: function () { return inSlot.checked ? { date: date.value || null, slot: slot.value || null } : null; } };
  }

  function form(children, onSubmit) {
    var f = h('form', { class: 'form-grid', novalidate: true }, h('div', { class: 'form-banner' }), children);
    f.addEventListener('submit', function (e) {
      e.preventDefault();
      ui.clearErrors(f);
      ui.busy(f, true);
      Promise.resolve(onSubmit(f)).catch(function (err) { ui.showErrors(f, err); }).finally(function () { ui.busy(f, false); });
    });
    return f;
  }

  function hasAny(ctx) { return ctx.hasRole.apply(null, Array.prototype.slice.call(arguments, 1)); }

  // ---------- targets picker: whole county, a township, or a village in it ----------

  function targetPicker(initial) {
    var chosen = (initial || []).slice();
    var list = h('ul', { class: 'bc-targets' });
    var township = h('select', { name: 'township' }, h('option', { value: '' }, t('common.choose')));
    var village = h('select', { name: 'village', disabled: true }, h('option', { value: '' }, '—'));
    var county = null;
    api.get('/broadcast/terminals/tree', null, { quiet: true }).then(function (nodes) {
      (nodes || []).forEach(function (n) {
        if (n.level === 'TOWNSHIP' || n.level === 'VILLAGE') township.appendChild(h('option', { value: n.code }, n.name));
        if (n.code.length === 9) county = n.code.slice(0, 6);
      });
    }).catch(function () {});
    township.addEventListener('change', function () {
      ui.clear(village).appendChild(h('option', { value: '' }, '—'));
      village.disabled = !township.value || township.value.length !== 9;
      if (!village.disabled) {
        api.get('/broadcast/terminals/tree', { region: township.value }, { quiet: true }).then(function (nodes) {
          (nodes || []).forEach(function (n) { village.appendChild(h('option', { value: n.code }, n.name)); });
        });
      }
    });
    function label(tg) {
      if (tg.kind === 'TERMINAL') return t('bc.term.id') + ' ' + tg.code;
      var opt = township.querySelector('option[value="' + tg.code + '"]') || village.querySelector('option[value="' + tg.code + '"]');
      return (opt ? opt.textContent + ' ' : '') + tg.code;
    }
    function render() {
      ui.clear(list);
      if (!chosen.length) list.appendChild(h('li', { class: 'muted' }, t('bc.f.noTargets')));
      chosen.forEach(function (tg, i) {
        list.appendChild(h('li', null, label(tg), ' ', h('button', { type: 'button', class: 'btn btn-small btn-ghost',
          'aria-label': t('bc.f.remove') + ' ' + tg.code, onclick: function () { chosen.splice(i, 1); render(); } }, '×')));
      });
    }
    function add(code) {
      if (code && !chosen.some(function (c) { return c.code === code; })) chosen.push({ kind: 'REGION', code: code });
      render();
    }
    render();
    var el = h('fieldset', { class: 'field field-wide', dataset: { field: 'targets' } },
      h('legend', null, t('bc.f.targets'), h('span', { class: 'req', 'aria-hidden': 'true' }, ' *')),
      list,
      h('div', { class: 'filter-bar' },
        h('label', null, t('bc.f.township'), ' ', township), h('label', null, t('bc.f.village'), ' ', village),
        h('button', { type: 'button', class: 'btn btn-small', onclick: function () { add(village.value || township.value); } }, t('bc.f.addTarget')),
        h('button', { type: 'button', class: 'btn btn-small btn-ghost', onclick: function () { add(county); } }, t('bc.f.county'))),
      h('div', { class: 'field-error', 'aria-live': 'polite' }));
    return { el: el, value: function () { return chosen.slice(); } };
  }

  // ---------- 终端 ----------

  G.routes['#/broadcast'] = function (container, ctx) {
    var refresh = h('button', { type: 'button', class: 'btn', onclick: function () {
      api.post('/broadcast/terminals/refresh', undefined, { query: { region: selected || '' } }).then(function (r) {
        ui.toast(t('bc.refreshed', { n: r.asked }), 'success');
      }, ui.reportError);
    } }, t('bc.refresh'));
    var canImport = hasAny(ctx, 'admin', 'broadcast-reviewer');
    var importBtn = canImport ? h('button', { type: 'button', class: 'btn', onclick: importDialog }, t('bc.import')) : null;
    var body = page(container, 'terminals', t('bc.nav.terminals'), [refresh, ' ', importBtn]);
    var selected = null;
    var treeBox = h('div', { class: 'card bc-tree' }, h('h2', null, t('bc.tree.title')),
      legend(STATUS, STATUS_COLOUR, function (s) { return t('bc.status.' + s); }));
    var listBox = h('div', { class: 'card' }, h('p', { class: 'muted' }, t('bc.term.pick')));
    body.appendChild(h('div', { class: 'bc-split' }, treeBox, listBox));
    var driversBox = h('div', { class: 'card' }, h('h2', null, t('bc.drivers')));
    body.appendChild(driversBox);

    function nodeList(region, into) {
      var ul = h('ul', null, h('li', { class: 'muted' }, t('common.loading')));
      into.appendChild(ul);
      api.get('/broadcast/terminals/tree', region ? { region: region } : null, { quiet: true }).then(function (nodes) {
        ui.clear(ul);
        (nodes || []).forEach(function (n) {
          var li = h('li');
          var open = false, kids = null;
          var toggle = n.hasChildren ? h('button', { type: 'button', class: 'bc-toggle', 'aria-expanded': 'false',
            'aria-label': t('bc.tree.expand', { name: n.name }) }, '▸') : h('span', { class: 'bc-toggle' });
          if (n.hasChildren) {
            toggle.addEventListener('click', function () {
              open = !open;
              toggle.setAttribute('aria-expanded', String(open));
              toggle.textContent = open ? '▾' : '▸';
              if (open && !kids) { kids = h('div'); li.appendChild(kids); nodeList(n.code, kids); } else if (kids) kids.hidden = !open;
            });
          }
          var name = h('button', { type: 'button', class: 'bc-name', dataset: { code: n.code }, onclick: function () { show(n); } }, n.name);
          li.appendChild(h('div', { class: 'bc-node' }, toggle, name, statusBar(n.byStatus, n.total), h('span', { class: 'muted small num' }, n.total)));
          ul.appendChild(li);
        });
      }, function (err) { ui.clear(ul).appendChild(h('li', null, ui.errorBlock(err))); });
    }

    function show(n) {
      selected = n.code;
      Array.prototype.forEach.call(treeBox.querySelectorAll('.bc-name'), function (b) {
        b.setAttribute('aria-current', b.dataset.code === n.code ? 'true' : 'false');
      });
      ui.clear(listBox).appendChild(h('h2', null, t('bc.term.title', { name: n.name })));
      listBox.appendChild(h('p', null, statusBar(n.byStatus, n.total), ' ', t('bc.tree.total', { n: n.total })));
      var table = ui.dataTable({ columns: [
        { key: 'id', label: t('bc.term.id'), className: 'mono' },
        { key: 'name', label: t('bc.term.name') },
        { key: 'regionName', label: t('bc.term.region') },
        { key: 'driverId', label: t('bc.term.driver'), render: function (r) { return r.driverPresent ? r.driverId : [r.driverId, ' ', h('span', { class: 'chip chip-bad' }, t('bc.term.driverMissing'))]; } },
        { key: 'status', label: t('bc.term.status'), render: function (r) { return statusChip(r.status); } },
        { key: 'volume', label: t('bc.term.volume'), className: 'num' },
        { key: 'statusAt', label: t('bc.term.statusAt'), render: function (r) { return when(r.statusAt); } }
      ], pageSize: 25 });
      listBox.appendChild(table.el);
      api.get('/broadcast/terminals', { region: n.code }).then(table.setRows, ui.reportError);
    }

    function drivers() {
      api.get('/broadcast/terminals/drivers', null, { quiet: true }).then(function (list) {
        var table = ui.dataTable({ columns: [
          { key: 'id', label: t('bc.term.driver'), className: 'mono' },
          { key: 'name', label: t('bc.term.name') },
          { key: 'present', label: t('bc.term.status'), render: function (d) { return h('span', { class: 'chip ' + (d.present ? 'chip-ok' : 'chip-bad') }, t(d.present ? 'bc.drivers.present' : 'bc.drivers.missing')); } },
          { key: 'terminals', label: t('bc.drivers.terminals'), className: 'num' },
          { key: 'settings', label: t('bc.drivers.settings'), sortable: false, render: function (d) {
            return (d.settings || []).map(function (s) { return s.label + (s.required ? '*' : ''); }).join(t('common.listSeparator'));
          } }
        ], pageSize: 0 });
        driversBox.appendChild(table.el);
        table.setRows(list);
      }, function (err) { driversBox.appendChild(ui.errorBlock(err)); });
    }

    function importDialog() {
      var file = h('input', { type: 'file', name: 'file', accept: '.csv,text/csv', required: true });
      var m;
      var f = form([
        h('p', { class: 'form-intro field-wide' }, t('bc.import.hint')),
        ui.field(t('bc.import.file'), file, { wide: true }),
        h('div', { class: 'form-actions field-wide' }, h('button', { type: 'submit', class: 'btn btn-primary' }, t('bc.import')))
      ], function () {
        if (!file.files[0]) return Promise.reject({ fieldErrors: [{ field: 'file', zh: '请选择文件', en: 'Choose a file' }] });
        return ui.readTextFile(file.files[0]).then(function (text) {
          return api.post('/broadcast/terminals/import', text, { contentType: 'text/csv; charset=utf-8' });
        }).then(function (r) {
          m.close();
          ui.toast(t('bc.import.done', r), 'success');
          G.navigate ? G.navigate('#/broadcast') : location.reload();
        });
      });
      m = ui.modal(t('bc.import'), f);
    }

    nodeList(null, treeBox);
    drivers();
  };

  // ---------- 内容 ----------

  function summaryTable(ctx) {
    return ui.dataTable({ columns: [
      { key: 'id', label: t('bc.col.id'), className: 'mono', render: function (r) { return h('a', { href: '#/broadcast/item/' + r.id }, r.id); } },
      { key: 'title', label: t('bc.col.title') },
      { key: 'kind', label: t('bc.list.kind'), render: function (r) { return r.kind === 'EMERGENCY' ? levelChip(r.emergencyLevel) : t('bc.kind.ROUTINE'); } },
      { key: 'category', label: t('bc.col.category') },
      { key: 'state', label: t('bc.col.state'), render: function (r) { return h('span', { class: 'chip' }, optionName(ctx.meta.states, r.state)); } },
      { key: 'author', label: t('bc.col.author') },
      { key: 'updatedAt', label: t('bc.col.updated'), render: function (r) { return when(r.updatedAt); } }
    ], sort: { key: 'updatedAt', dir: 'desc' } });
  }

  G.routes['#/broadcast/content'] = function (container, ctx) {
    var canWrite = hasAny(ctx, 'broadcast-editor', 'broadcast-reviewer');
    var body = page(container, 'content', t('bc.list.title'),
      canWrite ? h('a', { href: '#/broadcast/edit/new', class: 'btn btn-primary' }, t('bc.new')) : null);
    loadMeta().then(function (m) {
      ctx.meta = m;
      var state = h('select', { name: 'state' }, h('option', { value: '' }, t('common.all')),
        m.states.map(function (s) { return h('option', { value: s.id }, G.i18n.pickName(s)); }));
      var queueBtn = hasAny(ctx, 'broadcast-reviewer') ? h('button', { type: 'button', class: 'btn btn-small', onclick: function () { state.value = 'SUBMITTED'; load(); } }, t('bc.list.queue')) : null;
      body.appendChild(h('div', { class: 'filter-bar' }, h('label', null, t('bc.list.state'), ' ', state), queueBtn));
      var table = summaryTable(ctx);
      body.appendChild(h('div', { class: 'card' }, table.el));
      state.addEventListener('change', load);
      function load() {
        api.get('/broadcast/items', { state: state.value || null, kind: 'ROUTINE' }).then(table.setRows, ui.reportError);
      }
      load();
    }, function (err) { body.appendChild(ui.errorBlock(err)); });
  };

  G.routes['#/broadcast/edit'] = function (container, ctx) {
    var id = ctx.params[0] && ctx.params[0] !== 'new' ? ctx.params[0] : null;
    var body = page(container, 'content', t(id ? 'bc.edit.title' : 'bc.edit.new'));
    Promise.all([loadMeta(), id ? api.get('/broadcast/items/' + encodeURIComponent(id)) : Promise.resolve(null)]).then(function (r) {
      var m = r[0], v = r[1];
      var b = v ? v.broadcast : { content: {}, targets: [] };
      var title = h('input', { type: 'text', name: 'title', required: true, maxlength: 200, value: b.content.title || '' });
      var category = h('select', { name: 'category', required: true, value: v ? v.category : '' },
        h('option', { value: '' }, t('common.choose')), m.categories.map(function (c) { return h('option', { value: c }, c); }));
      var text = h('textarea', { name: 'body', rows: 5, value: v && v.body || '' });
      var script = h('textarea', { name: 'script', rows: 6, value: b.content.text || '' });
      var estimate = h('span', { class: 'field-hint' });
      function updateEstimate() { estimate.textContent = t('bc.estimate', { s: Math.ceil(Array.from(script.value.trim()).length / 4) }); }
      script.addEventListener('input', updateEstimate);
      updateEstimate();
      var audio = h('input', { type: 'url', name: 'audioUrl', value: b.content.audioUrl || '' });
      var targets = targetPicker(b.targets);
      var schedule = schedulePicker(v && v.schedule);
      body.appendChild(h('div', { class: 'card' }, form([
        ui.field(t('bc.f.title'), title, { wide: true }),
        ui.field(t('bc.f.category'), category),
        ui.field(t('bc.f.audio'), audio),
        ui.field(t('bc.f.body'), text, { wide: true, hint: t('bc.f.bodyHint') }),
        ui.field(t('bc.f.script'), script, { wide: true, hint: t('bc.f.scriptHint') }),
        estimate,
        targets.el,
        schedule.el,
        h('div', { class: 'form-actions field-wide' }, h('button', { type: 'submit', class: 'btn btn-primary' }, t('bc.save')))
      ], function () {
        var input = { title: title.value, category: category.value, body: text.value, script: script.value,
          audioUrl: audio.value || null, targets: targets.value(), schedule: schedule.value() };
        var call = id ? api.put('/broadcast/items/' + encodeURIComponent(id), input) : api.post('/broadcast/items', input);
        return call.then(function (saved) {
          ui.toast(t('bc.saved'), 'success');
          location.hash = '#/broadcast/item/' + saved.broadcast.id;
        });
      })));
      if (v) body.appendChild(speechCard(ctx, v));
    }, function (err) { body.appendChild(ui.errorBlock(err)); });
  };

  // ---------- one broadcast ----------

  function actionsFor(ctx, v) {
    var b = v.broadcast, s = b.state, emergency = b.kind === 'EMERGENCY';
    var me = ctx.user && ctx.user.username;
    var out = [];
    var officer = hasAny(ctx, 'emergency-officer');
    if (s === 'DRAFT' && (emergency ? officer : hasAny(ctx, 'broadcast-editor', 'broadcast-reviewer'))) {
      if (!emergency) out.push({ id: 'edit' });
      out.push({ id: 'submit' });
    }
    var lastSubmit = b.history.filter(function (x) { return x.action === 'SUBMIT'; }).pop();
    var own = lastSubmit && lastSubmit.username === me;
    if (s === 'SUBMITTED' && !own && (emergency ? officer : hasAny(ctx, 'broadcast-reviewer'))) {
      out.push({ id: 'approve', comment: true });
      out.push({ id: 'reject', comment: true, required: true });
    }
    if (s === 'APPROVED' && !emergency && hasAny(ctx, 'broadcast-reviewer', 'broadcast-editor')) out.push({ id: 'release' });
    if (s !== 'DRAFT' && s !== 'CANCELLED' && (emergency ? officer : hasAny(ctx, 'broadcast-reviewer'))) out.push({ id: 'cancel', comment: true, danger: true });
    return out;
  }

  function runAction(id, a, reload, v) {
    if (a.id === 'edit') { location.hash = '#/broadcast/edit/' + id; return; }
    var path = '/broadcast/items/' + encodeURIComponent(id) + '/' + a.id;
    if (!a.comment && a.id !== 'release') {
      api.post(path).then(function () { ui.toast(t('bc.act.done', { action: t('bc.act.' + a.id) }), 'success'); reload(); }, ui.reportError);
      return;
    }
    var comment = h('textarea', { name: 'comment', rows: 3, required: !!a.required });
    var m;
    var f = form([
      a.id === 'release' ? h('p', { class: 'form-intro field-wide' }, v && v.schedule ? t('bc.act.confirmScheduled', { when: slotAt(v.schedule) }) : t('bc.act.confirmRelease')) : ui.field(t(a.id === 'cancel' ? 'bc.act.reason' : 'bc.act.comment'), comment, { wide: true }),
      h('div', { class: 'form-actions field-wide' }, h('button', { type: 'submit', class: 'btn ' + (a.danger ? 'btn-danger' : 'btn-primary') }, t('bc.act.' + a.id)))
    ], function () {
      return api.post(path, a.id === 'release' ? undefined : { comment: comment.value }).then(function () {
        m.close();
        ui.toast(t('bc.act.done', { action: t('bc.act.' + a.id) }), 'success');
        reload();
      });
    });
    m = ui.modal(t('bc.act.' + a.id), f);
  }

  function deliveryBlock(ctx, report, v) {
    var box = h('section', { class: 'card' }, h('h2', null, t('bc.item.delivery')));
    if (!report.total) {
      var waiting = v && v.schedule && v.broadcast.state === 'RELEASED';
      box.appendChild(h('p', { class: 'muted' }, waiting ? [slotStateChip('UPCOMING'), ' ', t('bc.del.waiting', { when: slotAt(v.schedule) })] : t('bc.del.none')));
      return box;
    }
    var states = ctx.meta.deliveryStates.map(function (d) { return d.id; });
    var bar = h('div', { class: 'bc-bar', style: 'width:100%;height:18px', role: 'img', 'aria-label': states.map(function (s) {
      return optionName(ctx.meta.deliveryStates, s) + ' ' + (report.counts[s] || 0);
    }).join(', ') });
    states.forEach(function (s) {
      var n = report.counts[s] || 0;
      if (n) bar.appendChild(h('span', { style: 'width:' + (100 * n / report.total).toFixed(2) + '%;background:' + DELIVERY_COLOUR[s] }));
    });
    box.appendChild(h('p', null, t('bc.del.total', { n: report.total })));
    box.appendChild(bar);
    box.appendChild(legend(states, DELIVERY_COLOUR, function (s) { return optionName(ctx.meta.deliveryStates, s) + ' ' + (report.counts[s] || 0); }));
    var table = ui.dataTable({ columns: [
      { key: 'terminalId', label: t('bc.del.terminal'), className: 'mono' },
      { key: 'terminalName', label: t('bc.term.name') },
      { key: 'state', label: t('bc.del.state'), render: function (r) { return h('span', null, h('span', { class: 'bc-dot', style: 'background:' + DELIVERY_COLOUR[r.state] }), optionName(ctx.meta.deliveryStates, r.state)); } },
      { key: 'attempts', label: t('bc.del.attempts'), className: 'num' },
      { key: 'detail', label: t('bc.del.detail') },
      { key: 'updatedAt', label: t('bc.col.updated'), render: function (r) { return when(r.updatedAt); } }
    ], pageSize: 20 });
    box.appendChild(table.el);
    table.setRows(report.lines);
    return box;
  }

  G.routes['#/broadcast/item'] = function (container, ctx) {
    var id = ctx.params[0];
    injectStyle();
    function render() {
      ui.clear(container);
      var body = page(container, 'content', id);
      Promise.all([loadMeta(), api.get('/broadcast/items/' + encodeURIComponent(id)), api.get('/broadcast/items/' + encodeURIComponent(id) + '/delivery')]).then(function (r) {
        ctx.meta = r[0];
        var v = r[1], b = v.broadcast, e = b.emergency;
        var head = h('section', { class: 'card' + (e ? ' bc-emergency-head' : '') },
          h('h2', null, b.content.title, ' ', h('span', { class: 'chip chip-large' }, optionName(ctx.meta.states, b.state)), ' ', e ? levelChip(e.level && levelNumber(e.level)) : null),
          h('dl', { class: 'facts' },
            h('dt', null, t('bc.col.category')), h('dd', null, v.category || '—'),
            h('dt', null, t('bc.item.agency')), h('dd', null, b.agencyCode + ' · ' + b.author),
            h('dt', null, t('bc.item.reviewAt')), h('dd', null, v.reviewRegion ? regionLabel(v.reviewRegion) : '—'),
            h('dt', null, t('bc.item.targets')), h('dd', null, b.targets.map(function (x, i) {
              return [i > 0 ? t('common.listSeparator') : null, targetLabel(x)];
            })),
            e ? null : [h('dt', null, t('bc.item.schedule')), h('dd', null, v.schedule ? slotAt(v.schedule) : t('bc.item.now'))],
            v.slots && v.slots.length ? [h('dt', null, t('bc.item.perTownship')), h('dd', null, h('ul', { class: 'bc-targets' }, v.slots.map(function (s) {
              return h('li', { title: s.decidedAt ? when(s.decidedAt) : '' }, s.townshipName + ' ', h('span', { class: 'mono' }, hhmm(s.time)), ' ', slotStateChip(s.state));
            })))] : null,
            e ? [h('dt', null, t('bc.em.event')), h('dd', null, (e.eventType || '') + (e.exercise ? ' 【演练】' : '')),
              h('dt', null, t('bc.em.period')), h('dd', null, when(e.start) + ' – ' + when(e.end))] : null),
          v.body ? h('div', null, h('h3', null, t('bc.f.body')), h('p', { class: 'pre-wrap' }, v.body)) : null,
          h('h3', null, t('bc.f.script')), h('p', { class: 'pre-wrap block-quote' }, b.content.text || '—'),
          h('div', { class: 'action-bar' }, actionsFor(ctx, v).map(function (a) {
            return h('button', { type: 'button', class: 'btn ' + (a.danger ? 'btn-danger' : a.id === 'approve' || a.id === 'release' || a.id === 'submit' ? 'btn-primary' : ''),
              onclick: function () { runAction(id, a, render, v); } }, t('bc.act.' + a.id));
          })));
        body.appendChild(head);
        body.appendChild(speechCard(ctx, v));
        body.appendChild(h('section', { class: 'card' }, h('h2', null, t('bc.item.history')),
          h('ol', { class: 'timeline' }, b.history.map(function (s) {
            return h('li', null, h('div', { class: 'timeline-head' }, h('strong', null, t('bc.step.' + s.action)), ' ',
              h('span', { class: 'timeline-meta' }, s.username + (s.agencyCode ? ' · ' + s.agencyCode : '') + ' · ' + when(s.at))),
              s.comment ? h('div', { class: 'timeline-comment' }, s.comment) : null);
          }))));
        body.appendChild(deliveryBlock(ctx, r[2], v));
      }, function (err) { body.appendChild(ui.errorBlock(err)); });
    }
    render();
  };

  function levelNumber(level) {
    return { RED: 1, ORANGE: 2, YELLOW: 3, BLUE: 4 }[level] || level;
  }

  // ---------- 节目单 (schedule board) ----------

  G.routes['#/broadcast/schedule'] = function (container, ctx) {
    var date = h('input', { type: 'date', id: 'bc-sch-date', value: (ctx.query && ctx.query.get('date')) || fmt.today() });
    function go(d) { location.hash = '#/broadcast/schedule?date=' + encodeURIComponent(d); }
    var side = [h('button', { type: 'button', class: 'btn btn-small', onclick: function () { go(fmt.addDays(date.value, -1)); } }, '‹ ' + t('bc.sch.prev')), ' ',
      h('label', { for: 'bc-sch-date' }, t('bc.sch.date')), ' ', date, ' ',
      h('button', { type: 'button', class: 'btn btn-small', onclick: function () { go(fmt.addDays(date.value, 1)); } }, t('bc.sch.next') + ' ›'), ' ',
      h('button', { type: 'button', class: 'btn btn-small btn-ghost', onclick: function () { go(fmt.today()); } }, t('bc.sch.today'))];
    var body = page(container, 'schedule', t('bc.sch.title'), side);
    date.addEventListener('change', function () { if (date.value) go(date.value); });
    body.appendChild(h('p', { class: 'muted' }, fmt.dateLong(date.value), ' · ', t('bc.sch.note')));
    body.appendChild(legend(SLOT_STATES, SLOT_COLOUR, function (s) { return t('bc.slotState.' + s); }));
    var out = h('div', { class: 'card table-wrap' }, ui.loadingBlock());
    body.appendChild(out);
    Promise.all([loadMeta(), api.get('/broadcast/schedule', { date: date.value })]).then(function (r) {
      var m = r[0], board = r[1];
      ui.clear(out);
      if (!board.townships.length) { out.appendChild(ui.banner('info', t('bc.sch.none'))); return; }
      out.appendChild(h('table', { class: 'bc-board' },
        h('thead', null, h('tr', null, h('th', { scope: 'col' }, t('bc.sch.township')), SLOTS.map(function (s) { return h('th', { scope: 'col' }, t('bc.slot.' + s)); }))),
        h('tbody', null, board.townships.map(function (tw) {
          return h('tr', null, h('th', { scope: 'row' }, tw.name, h('div', { class: 'mono muted' }, tw.code)), tw.slots.map(function (c) {
            return h('td', { style: 'border-top-color:' + SLOT_COLOUR[c.state], dataset: { slot: c.slot, state: c.state } },
              h('div', null, h('span', { class: 'bc-slot-time mono' }, hhmm(c.time)), slotStateChip(c.state)),
              c.decidedAt ? h('div', { class: 'muted' }, when(c.decidedAt)) : null,
              c.items.length ? h('ol', null, c.items.map(function (it) {
                return h('li', null, h('a', { href: '#/broadcast/item/' + encodeURIComponent(it.id) }, it.title),
                  it.state === 'RELEASED' ? null : [' ', h('span', { class: 'chip' }, optionName(m.states, it.state))],
                  c.state === 'SKIPPED' && it.state === 'RELEASED' ? [' ', h('span', { class: 'chip chip-bad' }, t('bc.slotState.SKIPPED'))] : null);
              })) : h('div', { class: 'muted' }, t('bc.sch.empty')));
          }));
        }))));
    }, function (err) { ui.clear(out).appendChild(ui.errorBlock(err)); });
  };

  // ---------- 应急 ----------

  function localInput(name, date) {
    var p = function (n) { return (n < 10 ? '0' : '') + n; };
    var v = date.getFullYear() + '-' + p(date.getMonth() + 1) + '-' + p(date.getDate()) + 'T' + p(date.getHours()) + ':' + p(date.getMinutes());
    return h('input', { type: 'datetime-local', name: name, required: true, value: v });
  }

  G.routes['#/broadcast/emergency'] = function (container, ctx) {
    var body = page(container, 'emergency', t('bc.em.title'));
    var officer = hasAny(ctx, 'emergency-officer');
    body.appendChild(ui.banner(officer ? 'warning' : 'info', officer ? t('bc.em.note') : t('bc.em.notOfficer')));
    loadMeta().then(function (m) {
      ctx.meta = m;
      if (officer) {
        var title = h('input', { type: 'text', name: 'title', required: true, maxlength: 200 });
        var level = h('select', { name: 'emergency.level', required: true }, h('option', { value: '' }, t('common.choose')),
          [1, 2, 3, 4].map(function (l) { return h('option', { value: l, style: 'color:' + LEVEL_COLOUR[l] }, t('bc.level.' + l)); }));
        var event = h('input', { type: 'text', name: 'emergency.eventType', required: true, maxlength: 100 });
        var script = h('textarea', { name: 'script', rows: 5, required: true });
        var now = new Date();
        var start = localInput('emergency.start', now);
        var end = localInput('emergency.end', new Date(now.getTime() + 6 * 3600 * 1000));
        var exercise = h('input', { type: 'checkbox', name: 'exercise' });
        var targets = targetPicker([]);
        body.appendChild(h('section', { class: 'card' }, h('h2', null, t('bc.em.issue')), form([
          ui.field(t('bc.f.title'), title, { wide: true }),
          ui.field(t('bc.em.level'), level), ui.field(t('bc.em.event'), event),
          ui.field(t('bc.em.start'), start), ui.field(t('bc.em.end'), end),
          ui.field(t('bc.f.script'), script, { wide: true }),
          targets.el,
          h('label', { class: 'checkbox field-wide' }, exercise, ' ', t('bc.em.exercise')),
          h('div', { class: 'form-actions field-wide' }, h('button', { type: 'submit', class: 'btn btn-danger' }, t('bc.em.issue')))
        ], function () {
          return api.post('/broadcast/emergencies', { title: title.value, script: script.value, level: level.value ? Number(level.value) : null,
            eventType: event.value, targets: targets.value(), start: start.value ? new Date(start.value).toISOString() : null,
            end: end.value ? new Date(end.value).toISOString() : null, exercise: exercise.checked }).then(function (v) {
            ui.toast(t('bc.em.issued', { id: v.broadcast.id }), 'success');
            location.hash = '#/broadcast/item/' + v.broadcast.id;
          });
        })));
        var file = h('input', { type: 'file', name: 'file', accept: '.xml,application/xml,text/xml', required: true });
        body.appendChild(h('section', { class: 'card' }, h('h2', null, t('bc.em.cap')), form([
          ui.field(t('bc.em.capFile'), file, { wide: true }),
          h('div', { class: 'form-actions field-wide' }, h('button', { type: 'submit', class: 'btn' }, t('bc.em.cap')))
        ], function () {
          if (!file.files[0]) return Promise.reject({ fieldErrors: [{ field: 'file', zh: '请选择文件', en: 'Choose a file' }] });
          return ui.readTextFile(file.files[0]).then(function (xml) {
            return api.post('/broadcast/emergencies/cap', xml, { contentType: 'application/xml; charset=utf-8' });
          }).then(function (v) {
            ui.toast(t('bc.em.capDone', { id: v.broadcast.id }), 'success');
            location.hash = '#/broadcast/item/' + v.broadcast.id;
          });
        })));
      }
      var table = summaryTable(ctx);
      body.appendChild(h('section', { class: 'card' }, h('h2', null, t('bc.em.list')), table.el));
      api.get('/broadcast/items', { kind: 'EMERGENCY' }).then(table.setRows, ui.reportError);
    }, function (err) { body.appendChild(ui.errorBlock(err)); });
  };

  // ---------- 统计 ----------

  /** A horizontal or vertical bar chart as inline SVG; bars carry their value as text and a title. */
  function barChart(buckets, opts) {
    opts = opts || {};
    var max = Math.max.apply(null, buckets.map(function (b) { return b.count; }).concat([1]));
    var ns = 'http://www.w3.org/2000/svg';
    function el(tag, attrs, text) {
      var e = document.createElementNS(ns, tag);
      Object.keys(attrs || {}).forEach(function (k) { e.setAttribute(k, String(attrs[k])); });
      if (text != null) e.appendChild(document.createTextNode(String(text)));
      return e;
    }
    var svg;
    if (opts.vertical) {
      var w = 40 * buckets.length + 40, hgt = 200, base = 170;
      svg = el('svg', { viewBox: '0 0 ' + w + ' ' + hgt, class: 'bc-chart', role: 'img', 'aria-label': opts.label || '' });
      svg.appendChild(el('line', { x1: 30, y1: base, x2: w - 5, y2: base, stroke: '#aab1bb' }));
      buckets.forEach(function (b, i) {
        var bh = Math.round(140 * b.count / max), x = 35 + i * 40;
        var r = el('rect', { x: x, y: base - bh, width: 28, height: bh, fill: opts.colour || '#c0392b' });
        r.appendChild(el('title', null, b.label + ': ' + b.count));
        svg.appendChild(r);
        svg.appendChild(el('text', { x: x + 14, y: base + 15, 'text-anchor': 'middle' }, b.label));
        if (b.count) svg.appendChild(el('text', { x: x + 14, y: base - bh - 4, 'text-anchor': 'middle' }, b.count));
      });
    } else {
      var rowH = 24, width = 520, labelW = 130;
      svg = el('svg', { viewBox: '0 0 ' + width + ' ' + (rowH * buckets.length + 10), class: 'bc-chart', role: 'img', 'aria-label': opts.label || '' });
      buckets.forEach(function (b, i) {
        var bw = Math.round((width - labelW - 50) * b.count / max), y = 5 + i * rowH;
        svg.appendChild(el('text', { x: labelW - 6, y: y + 15, 'text-anchor': 'end' }, b.label));
        var r = el('rect', { x: labelW, y: y + 3, width: Math.max(bw, 1), height: rowH - 8, fill: (opts.colours && opts.colours[b.key]) || opts.colour || '#1565c0' });
        r.appendChild(el('title', null, b.label + ': ' + b.count));
        svg.appendChild(r);
        svg.appendChild(el('text', { x: labelW + bw + 6, y: y + 15 }, b.count));
      });
    }
    return svg;
  }

  G.routes['#/broadcast/report'] = function (container, ctx) {
    var thisYear = Number(fmt.today().slice(0, 4));
    var year = h('select', { id: 'bc-year' }, [thisYear, thisYear - 1, thisYear - 2].map(function (y) { return h('option', { value: y }, y); }));
    var body = page(container, 'report', t('bc.rep.title'), [h('label', { for: 'bc-year' }, t('bc.rep.year')), ' ', year]);
    var out = h('div');
    body.appendChild(out);
    function load() {
      ui.clear(out).appendChild(ui.loadingBlock());
      Promise.all([loadMeta(), api.get('/broadcast/stats', { year: year.value })]).then(function (r) {
        var m = r[0], s = r[1];
        ui.clear(out);
        var played = s.deliveries.PLAYED || 0;
        out.appendChild(h('div', { class: 'bc-cards' }, [['bc.rep.released', s.released], ['bc.rep.emergencies', s.emergencies], ['bc.rep.played', played]].map(function (c) {
          return h('div', { class: 'card' }, h('div', { class: 'muted' }, t(c[0])), h('div', { class: 'figure' }, h('span', { class: 'figure-value' }, c[1])));
        })));
        if (!s.released) { out.appendChild(ui.banner('info', t('bc.rep.none'))); return; }
        out.appendChild(h('section', { class: 'card' }, h('h2', null, t('bc.rep.byMonth')),
          barChart(s.byMonth.map(function (b) { return { key: b.key, label: b.key.slice(5), count: b.count }; }), { vertical: true, label: t('bc.rep.byMonth') })));
        out.appendChild(h('section', { class: 'card' }, h('h2', null, t('bc.rep.byCategory')), barChart(s.byCategory, { label: t('bc.rep.byCategory'), colour: '#6a4fb3' })));
        out.appendChild(h('section', { class: 'card' }, h('h2', null, t('bc.rep.byTownship')), barChart(s.byTownship, { label: t('bc.rep.byTownship'), colour: '#00796b' })));
        var dels = m.deliveryStates.map(function (d) { return { key: d.id, label: G.i18n.pickName(d), count: s.deliveries[d.id] || 0 }; });
        out.appendChild(h('section', { class: 'card' }, h('h2', null, t('bc.rep.deliveries')), barChart(dels, { label: t('bc.rep.deliveries'), colours: DELIVERY_COLOUR })));
      }, function (err) { ui.clear(out).appendChild(ui.errorBlock(err)); });
    }
    year.addEventListener('change', load);
    load();
  };
  // ---------- 语音 (speech and audio) ----------
  // A self-contained block: the speech synthesiser's status, the audio of one broadcast with a player each, speech
  // synthesis from the spoken script (生成语音), recordings uploaded with a label (方言版本) and the choice of what
  // plays. Used on the item page and in the editor of a saved draft; it reloads only itself.

  G.i18n.add({
    zh: {
      'bc.sp.title': '语音', 'bc.sp.available': '语音合成：{id}（可用）',
      'bc.sp.unavailable': '语音合成不可用：播出时终端将收到口播稿文字，由支持文字播报的终端自行播报。',
      'bc.sp.none': '尚无音频。', 'bc.sp.synthesize': '生成语音', 'bc.sp.synthesized': '已生成语音（{s}）',
      'bc.sp.needScript': '请先填写并保存口播稿。',
      'bc.sp.label': '名称', 'bc.sp.labelHint': '例如：灵川话、普通话（播音员）', 'bc.sp.file': '录音文件',
      'bc.sp.fileHint': '仅支持 WAV 或 MP3，按文件内容校验；时长不得超过质量关上限。', 'bc.sp.upload': '上传录音（方言版本）',
      'bc.sp.uploaded': '已上传：{name}', 'bc.sp.kind.SYNTHESIZED': '合成', 'bc.sp.kind.UPLOADED': '录音',
      'bc.sp.col.label': '音频', 'bc.sp.col.duration': '时长', 'bc.sp.col.size': '大小', 'bc.sp.col.created': '生成/上传',
      'bc.sp.col.play': '试听', 'bc.sp.plays': '播出此音频', 'bc.sp.stale': '口播稿已修改，需重新生成',
      'bc.sp.choose': '选为播出', 'bc.sp.auto': '自动（合成语音）', 'bc.sp.delete': '删除', 'bc.sp.deleted': '已删除',
      'bc.sp.confirmDelete': '删除音频“{name}”？', 'bc.sp.chosen': '已选择播出的音频',
      'bc.sp.textOnly': '播出时终端收到口播稿文字（没有可播出的音频）。', 'bc.sp.urlPlays': '播出时使用上方填写的音频地址。'
    },
    en: {
      'bc.sp.title': 'Speech and audio', 'bc.sp.available': 'Speech synthesis: {id} (available)',
      'bc.sp.unavailable': 'Speech synthesis is unavailable: terminals get the spoken script as text and speak it themselves if they can.',
      'bc.sp.none': 'No audio yet.', 'bc.sp.synthesize': 'Synthesise speech', 'bc.sp.synthesized': 'Speech synthesised ({s})',
      'bc.sp.needScript': 'Write and save the spoken script first.',
      'bc.sp.label': 'Name', 'bc.sp.labelHint': 'e.g. Lingchuan dialect, Mandarin (announcer)', 'bc.sp.file': 'Recording',
      'bc.sp.fileHint': 'WAV or MP3 only, checked by content; no longer than the quality check allows.',
      'bc.sp.upload': 'Upload a recording (dialect version)', 'bc.sp.uploaded': 'Uploaded: {name}',
      'bc.sp.kind.SYNTHESIZED': 'synthesised', 'bc.sp.kind.UPLOADED': 'recording',
      'bc.sp.col.label': 'Audio', 'bc.sp.col.duration': 'Duration', 'bc.sp.col.size': 'Size', 'bc.sp.col.created': 'Made',
      'bc.sp.col.play': 'Listen', 'bc.sp.plays': 'Plays', 'bc.sp.stale': 'Script changed since; synthesise again',
      'bc.sp.choose': 'Play this', 'bc.sp.auto': 'Automatic (synthesised speech)', 'bc.sp.delete': 'Delete',
      'bc.sp.deleted': 'Deleted', 'bc.sp.confirmDelete': 'Delete the audio "{name}"?', 'bc.sp.chosen': 'Chosen to play',
      'bc.sp.textOnly': 'Terminals get the spoken script as text (no audio to play).',
      'bc.sp.urlPlays': 'The audio URL given above plays.'
    }
  });

  function audioPath(broadcastId) { return '/broadcast/audio/of/' + encodeURIComponent(broadcastId); }

  function duration(ms) {
    var s = Math.round((ms || 0) / 1000);
    return Math.floor(s / 60) + ':' + (s % 60 < 10 ? '0' : '') + (s % 60);
  }

  function byteSize(n) {
    if (n < 1024) return n + ' B';
    if (n < 1024 * 1024) return (n / 1024).toFixed(1) + ' KB';
    return (n / 1024 / 1024).toFixed(1) + ' MB';
  }

  function speechCard(ctx, v) {
    var b = v.broadcast;
    var canEdit = b.state === 'DRAFT' && (b.kind === 'EMERGENCY' ? hasAny(ctx, 'emergency-officer')
      : hasAny(ctx, 'broadcast-editor', 'broadcast-reviewer'));
    var hasScript = !!(b.content.text && b.content.text.trim());
    var status = h('div', { id: 'bc-speech-status' });
    var listBox = h('div', { id: 'bc-speech-list' });
    var box = h('section', { class: 'card', id: 'bc-speech' }, h('h2', null, t('bc.sp.title')), status, listBox);

    api.get('/broadcast/audio/speech', null, { quiet: true }).then(function (s) {
      status.appendChild(s.available
        ? h('p', null, h('span', { class: 'chip chip-ok' }, t('bc.sp.available', { id: s.synthesizer })))
        : ui.banner('warning', t('bc.sp.unavailable')));
      if (canEdit && s.available) status.appendChild(synthForm());
    }, function (err) { status.appendChild(ui.errorBlock(err)); });

    function synthForm() {
      return form([
        hasScript ? null : h('p', { class: 'muted field-wide' }, t('bc.sp.needScript')),
        h('div', { class: 'form-actions field-wide' }, h('button', { type: 'submit', class: 'btn btn-primary', id: 'bc-synthesize', disabled: !hasScript }, t('bc.sp.synthesize')))
      ], function () {
        return api.post(audioPath(b.id) + '/synthesize').then(function (a) {
          ui.toast(t('bc.sp.synthesized', { s: duration(a.durationMs) }), 'success');
          load();
        });
      });
    }

    function choose(audioId) {
      api.put(audioPath(b.id) + '/choice', { audioId: audioId }).then(function (list) { render(list); }, ui.reportError);
    }

    function remove(a) {
      if (!window.confirm(t('bc.sp.confirmDelete', { name: a.label }))) return;
      api.request('DELETE', audioPath(b.id) + '/' + encodeURIComponent(a.id)).then(function (list) {
        ui.toast(t('bc.sp.deleted'), 'success');
        render(list);
      }, ui.reportError);
    }

    function render(list) {
      ui.clear(listBox);
      var playing = list.filter(function (a) { return a.plays; })[0];
      var anyChosen = list.some(function (a) { return a.chosen; });
      listBox.appendChild(h('p', { class: 'muted', id: 'bc-speech-plays' }, playing ? null
        : t(b.content.audioUrl ? 'bc.sp.urlPlays' : 'bc.sp.textOnly')));
      if (!list.length) {
        listBox.appendChild(h('p', { class: 'muted' }, t('bc.sp.none')));
      } else {
        listBox.appendChild(h('div', { class: 'table-wrap table-wrap-static' }, h('table', { class: 'data-table', id: 'bc-audio-table' },
          h('thead', null, h('tr', null, ['label', 'duration', 'size', 'created', 'play'].map(function (k) {
            return h('th', { scope: 'col', class: k === 'duration' || k === 'size' ? 'num' : null }, t('bc.sp.col.' + k));
          }), canEdit ? h('th', { scope: 'col' }, t('common.actions')) : null)),
          h('tbody', null, list.map(function (a) {
            return h('tr', { dataset: { audio: a.id } },
              h('td', null, a.label, ' ', h('span', { class: 'chip' }, t('bc.sp.kind.' + a.kind)),
                a.plays ? [' ', h('span', { class: 'chip chip-ok' }, t('bc.sp.plays'))] : null,
                a.chosen && !a.plays ? [' ', h('span', { class: 'chip' }, t('bc.sp.chosen'))] : null,
                a.current ? null : [' ', h('span', { class: 'chip chip-warn' }, t('bc.sp.stale'))]),
              h('td', { class: 'num nowrap' }, duration(a.durationMs)),
              h('td', { class: 'num nowrap' }, byteSize(a.sizeBytes)),
              h('td', { class: 'nowrap' }, when(a.createdAt) + ' · ' + a.createdBy),
              h('td', null, h('audio', { controls: true, preload: 'none', style: 'width:240px;max-width:100%',
                src: api.base + '/broadcast/audio/' + encodeURIComponent(a.id), 'aria-label': a.label })),
              canEdit ? h('td', { class: 'actions' }, h('div', { style: 'display:flex;flex-wrap:wrap;gap:.25rem' },
                a.chosen ? null : h('button', { type: 'button', class: 'btn btn-small', dataset: { audioChoose: a.id }, onclick: function () { choose(a.id); } }, t('bc.sp.choose')),
                h('button', { type: 'button', class: 'btn btn-small', dataset: { audioDelete: a.id }, onclick: function () { remove(a); } }, t('bc.sp.delete')))) : null);
          })))));
      }
      if (canEdit && anyChosen) {
        listBox.appendChild(h('p', null, h('button', { type: 'button', class: 'btn btn-small', id: 'bc-audio-auto', onclick: function () { choose(null); } }, t('bc.sp.auto'))));
      }
      if (canEdit) listBox.appendChild(h('div', { style: 'margin-top:1.5rem' }, uploadForm()));
    }

    function uploadForm() {
      var label = h('input', { type: 'text', name: 'label', required: true, maxlength: 100, placeholder: '灵川话' });
      var file = h('input', { type: 'file', name: 'file', required: true, accept: '.wav,.mp3,audio/wav,audio/x-wav,audio/mpeg' });
      return form([
        h('h3', { class: 'field-wide' }, t('bc.sp.upload')),
        ui.field(t('bc.sp.label'), label, { hint: t('bc.sp.labelHint') }),
        ui.field(t('bc.sp.file'), file, { hint: t('bc.sp.fileHint') }),
        h('div', { class: 'form-actions field-wide' }, h('button', { type: 'submit', class: 'btn', id: 'bc-audio-upload' }, t('bc.sp.upload')))
      ], function (f) {
        var chosen = file.files && file.files[0];
        if (!chosen) { ui.setFieldError(f, 'file', t('form.required')); return null; }
        return api.request('POST', audioPath(b.id), { query: { label: label.value }, body: chosen,
          contentType: chosen.type || 'application/octet-stream' }).then(function (a) {
          ui.toast(t('bc.sp.uploaded', { name: a.label }), 'success');
          load();
        });
      });
    }

    function load() {
      api.get(audioPath(b.id), null, { quiet: true }).then(render, function (err) { ui.clear(listBox).appendChild(ui.errorBlock(err)); });
    }
    load();
    return box;
  }
}(window.Gongkai));
