/*
 * Gongkai public portal, capability 依申请公开, served at /portal/cap/disclosure/main.js. Registers a card and the page
 * #/disclosure with three tabs:
 *
 *   #/disclosure/apply   在线申请: the application form of Art. 29; the number and query code after success
 *   #/disclosure/track   进度查询: number + query code → the stage over the eight stages, dates, the reply PDF
 *   #/disclosure/guide   公开指南: an agency's 政府信息公开指南
 *
 * API text reaches the page only through the portal's h() (text nodes and attribute values); nothing writes innerHTML.
 */
(function (global) {
  'use strict';
  var P = global.GongkaiPortal;
  if (!P || !P.register) return;

  var TABS = ['apply', 'track', 'guide'];
  var FLOW = ['RECEIVED', 'REGISTERED', 'CORRECTION', 'DRAFTING', 'REVIEW', 'REPLIED', 'DELIVERED', 'ARCHIVED'];
  var ENDED = ['WITHDRAWN', 'ABANDONED', 'LAPSED'];
  var root = global.location.pathname.replace(/\/portal(\/.*)?$/, '');

  var strings = {
    zh: {
      'dis.cardTitle': '依申请公开',
      'dis.cardSummary': '在线提交政府信息公开申请，凭申请编号和查询码查询办理进度、下载答复，查阅各机关的政府信息公开指南。',
      'dis.linkTrack': '进度查询',
      'dis.linkGuide': '公开指南',
      'dis.pageTitle': '依申请公开',
      'dis.tabs': '依申请公开服务',
      'dis.tab.apply': '在线申请',
      'dis.tab.track': '进度查询',
      'dis.tab.guide': '公开指南',
      'dis.loading': '正在加载…',
      'dis.required': '必填',
      'dis.choose': '请选择',

      'dis.apply.intro': '依据《中华人民共和国政府信息公开条例》第二十九条，申请应当包括：申请人的姓名或者名称、身份证明、联系方式；申请公开的政府信息的名称、文号或者便于行政机关查询的其他特征性描述；申请公开的政府信息的形式要求，包括获取信息的方式、途径。',
      'dis.apply.notice': '行政机关收到申请后，能够当场答复的当场答复；不能当场答复的，自收到申请之日起 20 个工作日内予以答复，需要延长的最长延长 20 个工作日。',
      'dis.apply.secApplicant': '申请人信息',
      'dis.apply.secRequest': '所需政府信息',
      'dis.apply.secDelivery': '形式要求与获取方式',
      'dis.apply.applicantType': '申请人类型',
      'dis.apply.orgGroup': '法人或其他组织',
      'dis.apply.namePerson': '姓名',
      'dis.apply.nameOrg': '名称（全称）',
      'dis.apply.idKind': '身份证明类型',
      'dis.apply.idNumber': '证件号码',
      'dis.apply.idNumberOrg': '统一社会信用代码',
      'dis.apply.phone': '联系电话',
      'dis.apply.email': '电子邮箱',
      'dis.apply.address': '通讯地址',
      'dis.apply.contactHint': '联系电话、电子邮箱、通讯地址至少填写一项；选择邮寄获取的须填写通讯地址，选择电子邮件获取的须填写电子邮箱。',
      'dis.apply.title': '申请标题',
      'dis.apply.titleHint': '简要概括所申请的信息，例如“某某村2024年征地补偿安置方案”。',
      'dis.apply.items': '所需政府信息的描述',
      'dis.apply.itemsHint': '写明政府信息的名称、文号，或者便于查询的其他特征性描述（如制作机关、时间、涉及的地点）。每项一条。',
      'dis.apply.item': '第 {n} 项',
      'dis.apply.itemAdd': '＋ 添加一项',
      'dis.apply.itemRemove': '删除',
      'dis.apply.itemRemoveLabel': '删除第 {n} 项',
      'dis.apply.form': '信息的形式要求',
      'dis.apply.receiveBy': '获取方式',
      'dis.apply.agency': '向哪个机关申请',
      'dis.apply.agencyHint': '请选择制作或保存该政府信息的行政机关。',
      'dis.apply.submit': '提交申请',
      'dis.apply.sending': '正在提交…',
      'dis.apply.fixErrors': '请按提示修改后再提交。',
      'dis.apply.tooMany': '提交过于频繁，请稍后再试。',
      'dis.apply.needContact': '请至少填写一种联系方式',
      'dis.apply.needAddress': '选择邮寄获取的，请填写通讯地址',
      'dis.apply.needEmail': '选择电子邮件获取的，请填写电子邮箱',
      'dis.apply.badEmail': '电子邮箱格式不正确',
      'dis.apply.done': '申请已提交',
      'dis.apply.repeated': '这是同一份申请的重复提交，系统没有重复登记。',
      'dis.apply.number': '申请编号',
      'dis.apply.queryCode': '查询码',
      'dis.apply.writeDown': '请务必记下申请编号和查询码（可打印本页）。凭申请编号和查询码可以查询办理进度、下载答复；查询码不会再次显示。',
      'dis.apply.receiptDate': '收到申请之日',
      'dis.apply.replyDue': '答复期限',
      'dis.apply.agencyName': '受理机关',
      'dis.apply.print': '打印本页',
      'dis.apply.trackNow': '查询办理进度',
      'dis.apply.another': '提交新的申请',

      'dis.track.intro': '请输入申请编号和查询码。',
      'dis.track.number': '申请编号',
      'dis.track.code': '查询码',
      'dis.track.submit': '查询',
      'dis.track.notFound': '申请编号或查询码不正确，请核对后重试。',
      'dis.track.tooMany': '查询过于频繁，请稍后再试。',
      'dis.track.stage': '当前状态',
      'dis.track.progress': '办理进度',
      'dis.track.stepDone': '已完成',
      'dis.track.stepCurrent': '当前环节',
      'dis.track.endedAt': '办理于此终止',
      'dis.track.agency': '受理机关',
      'dis.track.receiptDate': '收到申请之日',
      'dis.track.replyDue': '答复期限',
      'dis.track.replyDueNone': '暂不确定',
      'dis.track.correctionDeadline': '补正期限',
      'dis.track.correctionNote': '行政机关已通知您补正申请，请在 {date} 前按补正告知书的要求补正；逾期无正当理由不补正的，视为放弃申请。',
      'dis.track.deliveredOn': '送达日期',
      'dis.track.history': '办理记录',
      'dis.track.reply': '下载答复告知书（PDF）',
      'dis.track.replyFailed': '暂时无法下载答复，请稍后再试。',
      'dis.track.noReply': '答复告知书将在答复后提供下载（选择网上获取的）。',

      'dis.guide.agency': '选择机关',
      'dis.guide.intro': '政府信息公开指南说明各机关政府信息的分类、编排体系、获取方式，以及政府信息公开工作机构的名称、办公地址、办公时间、联系电话、传真号码和电子邮箱等。',
      'dis.guide.title': '{agency}政府信息公开指南',
      'dis.guide.empty': '该机关暂未发布政府信息公开指南。',
      'dis.guide.failed': '暂时无法读取公开指南，请稍后再试。',

      'dis.stage.RECEIVED': '接收', 'dis.stage.REGISTERED': '登记', 'dis.stage.CORRECTION': '补正', 'dis.stage.DRAFTING': '拟办',
      'dis.stage.REVIEW': '审核', 'dis.stage.REPLIED': '答复', 'dis.stage.DELIVERED': '送达', 'dis.stage.ARCHIVED': '归档',
      'dis.stage.WITHDRAWN': '已撤回', 'dis.stage.ABANDONED': '视为放弃', 'dis.stage.LAPSED': '逾期未缴费',
      'dis.error': '暂时无法处理，请稍后再试。'
    },
    en: {
      'dis.cardTitle': 'Apply for government information',
      'dis.cardSummary': 'Apply online for government information, follow your application and download the reply with its number and query code, and read each agency\'s disclosure guide.',
      'dis.linkTrack': 'Track an application',
      'dis.linkGuide': 'Disclosure guides',
      'dis.pageTitle': 'Apply for government information',
      'dis.tabs': 'Disclosure services',
      'dis.tab.apply': 'Apply online',
      'dis.tab.track': 'Track',
      'dis.tab.guide': 'Guide',
      'dis.loading': 'Loading…',
      'dis.required': 'Required',
      'dis.choose': 'Please choose',

      'dis.apply.intro': 'Under Art. 29 of the Regulations, an application states the applicant\'s name, proof of identity and contact details; the name, document number or another description of the information that lets the agency find it; and the form in which the applicant wants it and how they will receive it.',
      'dis.apply.notice': 'The agency answers at once where it can; otherwise within 20 working days of receiving the application, extendable by at most 20 working days.',
      'dis.apply.secApplicant': 'Applicant',
      'dis.apply.secRequest': 'Information requested',
      'dis.apply.secDelivery': 'Form and delivery',
      'dis.apply.applicantType': 'Applicant type',
      'dis.apply.orgGroup': 'Legal person or other organisation',
      'dis.apply.namePerson': 'Name',
      'dis.apply.nameOrg': 'Organisation name (in full)',
      'dis.apply.idKind': 'Identity document',
      'dis.apply.idNumber': 'Document number',
      'dis.apply.idNumberOrg': 'Unified social credit code',
      'dis.apply.phone': 'Phone',
      'dis.apply.email': 'E-mail',
      'dis.apply.address': 'Postal address',
      'dis.apply.contactHint': 'Give at least one of phone, e-mail and address; for delivery by post the address, for delivery by e-mail the e-mail address.',
      'dis.apply.title': 'Title',
      'dis.apply.titleHint': 'A short summary of what you ask for.',
      'dis.apply.items': 'Description of the information',
      'dis.apply.itemsHint': 'Name, document number or another description (issuing body, date, place) that lets the agency find it. One item per entry.',
      'dis.apply.item': 'Item {n}',
      'dis.apply.itemAdd': '+ Add an item',
      'dis.apply.itemRemove': 'Remove',
      'dis.apply.itemRemoveLabel': 'Remove item {n}',
      'dis.apply.form': 'Form required',
      'dis.apply.receiveBy': 'How to receive it',
      'dis.apply.agency': 'Agency applied to',
      'dis.apply.agencyHint': 'The agency that made or keeps the information.',
      'dis.apply.submit': 'Submit the application',
      'dis.apply.sending': 'Submitting…',
      'dis.apply.fixErrors': 'Please correct the marked fields and submit again.',
      'dis.apply.tooMany': 'Too many submissions. Please try again later.',
      'dis.apply.needContact': 'Give at least one way to contact you',
      'dis.apply.needAddress': 'Delivery by post needs a postal address',
      'dis.apply.needEmail': 'Delivery by e-mail needs an e-mail address',
      'dis.apply.badEmail': 'The e-mail address is not valid',
      'dis.apply.done': 'Your application has been submitted',
      'dis.apply.repeated': 'This was the same application submitted again; it has not been registered twice.',
      'dis.apply.number': 'Application number',
      'dis.apply.queryCode': 'Query code',
      'dis.apply.writeDown': 'Write down the application number and the query code (or print this page). You need both to track the application and download the reply; the query code is not shown again.',
      'dis.apply.receiptDate': 'Date of receipt',
      'dis.apply.replyDue': 'Reply due',
      'dis.apply.agencyName': 'Agency',
      'dis.apply.print': 'Print this page',
      'dis.apply.trackNow': 'Track it',
      'dis.apply.another': 'Submit another application',

      'dis.track.intro': 'Enter the application number and the query code.',
      'dis.track.number': 'Application number',
      'dis.track.code': 'Query code',
      'dis.track.submit': 'Look up',
      'dis.track.notFound': 'The application number or the query code is wrong. Please check and try again.',
      'dis.track.tooMany': 'Too many look-ups. Please try again later.',
      'dis.track.stage': 'Current stage',
      'dis.track.progress': 'Progress',
      'dis.track.stepDone': 'done',
      'dis.track.stepCurrent': 'current stage',
      'dis.track.endedAt': 'ended here',
      'dis.track.agency': 'Agency',
      'dis.track.receiptDate': 'Date of receipt',
      'dis.track.replyDue': 'Reply due',
      'dis.track.replyDueNone': 'not fixed yet',
      'dis.track.correctionDeadline': 'Correct by',
      'dis.track.correctionNote': 'The agency has asked you to correct the application. Please do so by {date} as the correction notice says; without a good reason the application is otherwise deemed abandoned.',
      'dis.track.deliveredOn': 'Delivered on',
      'dis.track.history': 'History',
      'dis.track.reply': 'Download the reply (PDF)',
      'dis.track.replyFailed': 'The reply cannot be downloaded right now. Please try again later.',
      'dis.track.noReply': 'The reply can be downloaded here once it is given (for online delivery).',

      'dis.guide.agency': 'Agency',
      'dis.guide.intro': 'A disclosure guide explains how an agency\'s information is organised and how to obtain it, and gives the openness office\'s address, hours, phone, fax and e-mail.',
      'dis.guide.title': 'Disclosure guide of {agency}',
      'dis.guide.empty': 'This agency has not published a disclosure guide yet.',
      'dis.guide.failed': 'The guide cannot be loaded right now. Please try again later.',

      'dis.stage.RECEIVED': 'Received', 'dis.stage.REGISTERED': 'Registered', 'dis.stage.CORRECTION': 'Correction', 'dis.stage.DRAFTING': 'Drafting',
      'dis.stage.REVIEW': 'Review', 'dis.stage.REPLIED': 'Replied', 'dis.stage.DELIVERED': 'Delivered', 'dis.stage.ARCHIVED': 'Archived',
      'dis.stage.WITHDRAWN': 'Withdrawn', 'dis.stage.ABANDONED': 'Deemed abandoned', 'dis.stage.LAPSED': 'Lapsed (fee not paid)',
      'dis.error': 'This cannot be done right now. Please try again later.'
    }
  };

  /** Styles portal.css does not have: selects, textareas, tabs, the form grid, the step bar, the result box. */
  var CSS = [
    '.dis-page select,.dis-page textarea{font:inherit;color:var(--text);border:1px solid #8c939d;border-radius:var(--radius);padding:.4rem .6rem;min-height:2.4rem;background:#fff;width:100%}',
    '.dis-page textarea{resize:vertical}',
    '.dis-page input{width:100%}',
    '.dis-page [aria-invalid=true]{border-color:var(--red);background:#fffafa}',
    '.dis-tablist{display:flex;flex-wrap:wrap;gap:.25rem;border-bottom:2px solid var(--border);margin:0 0 1.25rem}',
    '.dis-tab{font:inherit;background:none;border:1px solid transparent;border-bottom:0;border-radius:6px 6px 0 0;padding:.55rem 1.1rem;cursor:pointer;color:var(--text);margin-bottom:-2px}',
    '.dis-tab:hover{background:var(--blue-soft)}',
    '.dis-tab[aria-selected=true]{background:#fff;border-color:var(--border);border-bottom:2px solid #fff;color:var(--red-dark);font-weight:700}',
    '.dis-grid{display:grid;grid-template-columns:repeat(2,minmax(0,1fr));gap:.9rem 1.1rem}',
    '.dis-grid .wide{grid-column:1/-1}',
    '.dis-grid .field{flex:none}',
    '.dis-sec{grid-column:1/-1;margin:.8rem 0 0;padding-bottom:.3rem;border-bottom:1px solid var(--border)}',
    '.dis-req{color:#a61b1b}',
    '.dis-hint{font-size:.88rem;color:var(--muted)}',
    '.dis-err{font-size:.9rem;color:#a61b1b}',
    '.dis-err:empty{display:none}',
    '.dis-items{list-style:none;margin:.25rem 0 .5rem;padding:0;display:flex;flex-direction:column;gap:.6rem}',
    '.dis-items li{display:flex;gap:.6rem;align-items:flex-start}',
    '.dis-items li .field{flex:1}',
    '.dis-items li .button{margin-top:1.9rem}',
    '.dis-actions{grid-column:1/-1;display:flex;gap:.6rem;flex-wrap:wrap;justify-content:flex-end;align-items:center}',
    '.dis-small{font-size:.88rem}',
    '.dis-result{border:2px solid var(--red);border-radius:var(--radius);padding:1.1rem 1.25rem;background:#fffdf7}',
    '.dis-codes{display:grid;grid-template-columns:repeat(auto-fit,minmax(240px,1fr));gap:1rem;margin:.75rem 0}',
    '.dis-code{border:1px solid var(--border);border-radius:var(--radius);padding:.6rem .9rem;background:#fff}',
    '.dis-code .k{color:var(--muted);font-size:.9rem}',
    '.dis-code .v{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:1.6rem;font-weight:700;letter-spacing:.06em;word-break:break-all;color:var(--red-dark)}',
    '.dis-facts{display:grid;grid-template-columns:max-content 1fr;gap:.35rem 1rem;margin:.5rem 0}',
    '.dis-facts dt{color:var(--muted)}',
    '.dis-facts dd{margin:0}',
    '.dis-steps{list-style:none;margin:1rem 0;padding:0;display:flex;counter-reset:step;overflow-x:auto}',
    '.dis-steps li{flex:1 1 0;min-width:4.2rem;position:relative;text-align:center;padding:2.3rem .2rem 0;font-size:.92rem;color:var(--muted)}',
    '.dis-steps li::before{content:counter(step);counter-increment:step;position:absolute;z-index:1;top:0;left:50%;transform:translateX(-50%);width:1.9rem;height:1.9rem;border-radius:50%;border:2px solid #c5cad1;background:#fff;display:flex;align-items:center;justify-content:center;font-weight:700;box-sizing:border-box}',
    '.dis-steps li::after{content:"";position:absolute;top:.9rem;right:50%;width:100%;height:3px;background:#d5d9df}',
    '.dis-steps li:first-child::after{display:none}',
    '.dis-steps li.done{color:var(--text)}',
    '.dis-steps li.done::before{content:"✓";background:#1e6b34;border-color:#1e6b34;color:#fff}',
    '.dis-steps li.done::after,.dis-steps li.current::after{background:#1e6b34}',
    '.dis-steps li.current{color:var(--blue-dark);font-weight:700}',
    '.dis-steps li.current::before{background:var(--blue);border-color:var(--blue);color:#fff;box-shadow:0 0 0 4px var(--blue-soft)}',
    '.dis-steps li.end{color:#a61b1b;font-weight:700}',
    '.dis-steps li.end::before{content:"■";background:#59606a;border-color:#59606a;color:#fff;font-size:.7rem}',
    '.dis-steps .note-small{display:block;font-size:.78rem;font-weight:400;color:var(--muted)}',
    '.dis-chip{display:inline-block;padding:.1rem .7rem;border-radius:999px;background:var(--blue-soft);color:var(--blue-dark);font-weight:700}',
    '.dis-history{margin:.25rem 0 0;padding-left:1.3rem}',
    '.dis-guide h4{margin-top:1.2rem;color:var(--red-dark)}',
    '.dis-guide p{margin:.3rem 0 .6rem;text-indent:2em}',
    'html[lang=en] .dis-guide p{text-indent:0}',
    '.visually-hidden{position:absolute!important;width:1px;height:1px;padding:0;margin:-1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap;border:0}',
    '@media (max-width:640px){.dis-grid{grid-template-columns:1fr}.dis-facts{grid-template-columns:1fr}}',
    '@media print{.dis-tablist,.dis-actions,.back-link{display:none!important}}'
  ].join('\n');

  function injectStyle() {
    if (document.getElementById('dis-portal-style')) return;
    var s = document.createElement('style');
    s.id = 'dis-portal-style';
    s.textContent = CSS;
    document.head.appendChild(s);
  }

  /** A random UUID (v4); crypto.randomUUID needs a secure context, which a county LAN over http is not. */
  function uuid() {
    var c = global.crypto;
    if (c && c.randomUUID && global.isSecureContext) return c.randomUUID();
    var b = new Uint8Array(16);
    c.getRandomValues(b);
    b[6] = (b[6] & 0x0f) | 0x40;
    b[8] = (b[8] & 0x3f) | 0x80;
    var hex = Array.prototype.map.call(b, function (x) { return (x + 0x100).toString(16).slice(1); }).join('');
    return hex.slice(0, 8) + '-' + hex.slice(8, 12) + '-' + hex.slice(12, 16) + '-' + hex.slice(16, 20) + '-' + hex.slice(20);
  }

  var metaPromise = null;
  function loadMeta(api) {
    if (!metaPromise) {
      metaPromise = api.get('/public/disclosure/meta').then(function (m) {
        m = m || {};
        ['agencies', 'applicantTypes', 'idKinds', 'forms', 'receiveBy'].forEach(function (k) { if (!Array.isArray(m[k])) m[k] = []; });
        return m;
      }, function (err) { metaPromise = null; throw err; });
    }
    return metaPromise;
  }

  function render(container, ctx) {
    injectStyle();
    var h = ctx.h, t = ctx.t;
    var en = ctx.lang === 'en';
    function name(o) { return (en ? o.nameEn || o.nameZh : o.nameZh || o.nameEn) || o.id || ''; }
    function clear(el) { while (el.firstChild) el.removeChild(el.firstChild); return el; }
    function note(kind, message, id) { return h('p', { class: 'note note-' + kind, role: kind === 'error' ? 'alert' : 'status', id: id || null }, message); }
    function stageName(id) { var k = 'dis.stage.' + id; return t(k) !== k ? t(k) : id; }
    function dateLong(ymd) {
      var m = /^(\d{4})-(\d{2})-(\d{2})/.exec(ymd || '');
      if (!m) return ymd || '';
      var d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
      return t('dateLong', { y: +m[1], m: +m[2], d: +m[3], mm: m[2], dd: m[3], weekday: t('weekday.' + ((d.getUTCDay() + 6) % 7)) });
    }
    var stampFormat = new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
    function dateTime(iso) {
      if (!iso) return '';
      if (/^\d{4}-\d{2}-\d{2}$/.test(iso)) return dateLong(iso);
      var d = new Date(iso);
      if (isNaN(d.getTime())) return String(iso);
      var p = {};
      stampFormat.formatToParts(d).forEach(function (x) { p[x.type] = x.value; });
      return p.year + '-' + p.month + '-' + p.day + ' ' + p.hour + ':' + p.minute;
    }

    /** A labelled field with a slot for its error; name is the API's field name. */
    var seq = 0;
    function field(labelText, input, opts) {
      opts = opts || {};
      seq += 1;
      var id = input.id || 'dis-f-' + seq;
      input.id = id;
      input.setAttribute('aria-describedby', id + '-err' + (opts.hint ? ' ' + id + '-hint' : ''));
      var req = input.hasAttribute('required');
      return h('div', { class: 'field' + (opts.wide ? ' wide' : ''), 'data-field': input.getAttribute('name') || '' },
        h('label', { for: id }, labelText, req ? h('span', { class: 'dis-req', 'aria-hidden': 'true' }, ' *') : null),
        input,
        opts.hint ? h('div', { class: 'dis-hint', id: id + '-hint' }, opts.hint) : null,
        h('div', { class: 'dis-err', id: id + '-err', 'aria-live': 'polite' }));
    }
    function setError(form, fieldName, message) {
      var f = Array.prototype.filter.call(form.querySelectorAll('[data-field]'), function (x) { return x.getAttribute('data-field') === fieldName; })[0];
      if (!f) return false;
      var slot = f.querySelector('.dis-err');
      if (slot.firstChild) slot.appendChild(document.createTextNode(' '));
      slot.appendChild(document.createTextNode(message));
      Array.prototype.forEach.call(f.querySelectorAll('input, select, textarea'), function (i) { i.setAttribute('aria-invalid', 'true'); });
      return true;
    }
    function clearErrors(form) {
      Array.prototype.forEach.call(form.querySelectorAll('.dis-err'), clear);
      Array.prototype.forEach.call(form.querySelectorAll('[aria-invalid]'), function (i) { i.removeAttribute('aria-invalid'); });
      var b = form.querySelector('.dis-banner');
      if (b) clear(b);
    }
    function focusFirstError(form) {
      var first = form.querySelector('[aria-invalid="true"]');
      if (first) first.focus();
    }
    function select(nameAttr, list, chosen, required) {
      var s = h('select', { name: nameAttr, required: required ? 'required' : null }, h('option', { value: '' }, t('dis.choose')),
        list.map(function (o) { return h('option', { value: o.id }, name(o)); }));
      s.value = chosen || '';
      return s;
    }

    // ---------- page and tabs ----------
    var initial = TABS.indexOf(ctx.params[0]) >= 0 ? ctx.params[0] : 'apply';
    var page = h('div', { class: 'dis-page' });
    container.appendChild(page);
    page.appendChild(h('h2', { id: 'dis-page-title' }, t('dis.pageTitle')));
    var tablist = h('div', { class: 'dis-tablist', role: 'tablist', 'aria-label': t('dis.tabs') });
    var panels = {};
    var tabs = {};
    TABS.forEach(function (id) {
      tabs[id] = h('button', { type: 'button', role: 'tab', class: 'dis-tab', id: 'dis-tab-' + id, 'aria-controls': 'dis-panel-' + id,
        'aria-selected': 'false', tabindex: '-1', 'data-tab': id, onclick: function () { select_(id, true); }, onkeydown: onKey }, t('dis.tab.' + id));
      tablist.appendChild(tabs[id]);
      panels[id] = h('section', { role: 'tabpanel', id: 'dis-panel-' + id, 'aria-labelledby': 'dis-tab-' + id, tabindex: '0' });
      panels[id].hidden = true;
    });
    page.appendChild(tablist);
    TABS.forEach(function (id) { page.appendChild(panels[id]); });

    var built = {};
    function select_(id, fromUser) {
      TABS.forEach(function (x) {
        var on = x === id;
        tabs[x].setAttribute('aria-selected', on ? 'true' : 'false');
        tabs[x].setAttribute('tabindex', on ? '0' : '-1');
        panels[x].hidden = !on;
      });
      if (!built[id]) { built[id] = true; ({ apply: buildApply, track: buildTrack, guide: buildGuide })[id](panels[id]); }
      if (fromUser) {
        // keep the tab in the address without a hashchange (which would draw the page again and lose the form)
        try { global.history.replaceState(null, '', '#/disclosure/' + id); } catch (e) { /* the tab still shows */ }
      }
    }
    function onKey(e) {
      var i = TABS.indexOf(e.currentTarget.getAttribute('data-tab'));
      var next = e.key === 'ArrowRight' ? i + 1 : e.key === 'ArrowLeft' ? i - 1 : e.key === 'Home' ? 0 : e.key === 'End' ? TABS.length - 1 : null;
      if (next == null) return;
      e.preventDefault();
      next = (next + TABS.length) % TABS.length;
      select_(TABS[next], true);
      tabs[TABS[next]].focus();
    }

    // ---------- 在线申请 ----------
    function buildApply(panel) {
      clear(panel).appendChild(h('p', { class: 'dis-hint' }, t('dis.loading')));
      loadMeta(ctx.api).then(function (meta) {
        clear(panel);
        panel.appendChild(applyForm(panel, meta));
      }, function (err) {
        clear(panel).appendChild(note('error', err.message || t('dis.error')));
        built.apply = false;
      });
    }

    function applyForm(panel, meta) {
      var requestKey = uuid(); // once per form: a double click or a retry registers once
      var sending = false;
      var persons = meta.applicantTypes.filter(function (o) { return o.id === 'NATURAL_PERSON'; });
      var orgs = meta.applicantTypes.filter(function (o) { return o.id !== 'NATURAL_PERSON'; });
      var applicantType = h('select', { name: 'applicantType', required: 'required', id: 'dis-applicantType' },
        h('option', { value: '' }, t('dis.choose')),
        persons.map(function (o) { return h('option', { value: o.id }, name(o)); }),
        orgs.length ? h('optgroup', { label: t('dis.apply.orgGroup') }, orgs.map(function (o) { return h('option', { value: o.id }, name(o)); })) : null);
      applicantType.value = persons.length ? 'NATURAL_PERSON' : '';
      var applicantName = h('input', { name: 'applicantName', id: 'dis-applicantName', required: 'required', maxlength: 200, autocomplete: 'name' });
      var idKind = select('idKind', meta.idKinds, 'RESIDENT_ID', true);
      idKind.id = 'dis-idKind';
      var idNumber = h('input', { name: 'idNumber', id: 'dis-idNumber', required: 'required', maxlength: 40, autocomplete: 'off', spellcheck: 'false' });
      var phone = h('input', { name: 'phone', id: 'dis-phone', type: 'tel', maxlength: 40, autocomplete: 'tel' });
      var email = h('input', { name: 'email', id: 'dis-email', type: 'email', maxlength: 200, autocomplete: 'email' });
      var address = h('input', { name: 'address', id: 'dis-address', maxlength: 300, autocomplete: 'street-address' });
      var title = h('input', { name: 'title', id: 'dis-title', required: 'required', maxlength: 200, autocomplete: 'off' });
      var form_ = select('form', meta.forms, null, true);
      form_.id = 'dis-form';
      var receiveBy = select('receiveBy', meta.receiveBy, null, true);
      receiveBy.id = 'dis-receiveBy';
      var agency = select('agencyCode', meta.agencies, meta.agencies.length === 1 ? meta.agencies[0].id : null, true);
      agency.id = 'dis-agencyCode';
      var nameField = field(t('dis.apply.namePerson'), applicantName);
      var idNumberField = field(t('dis.apply.idNumber'), idNumber);

      function relabel(f, text) { var l = f.querySelector('label'); if (l && l.firstChild && l.firstChild.nodeType === 3) l.firstChild.nodeValue = text; }
      function typeChanged() {
        var org = applicantType.value !== '' && applicantType.value !== 'NATURAL_PERSON';
        if (org && (idKind.value === '' || idKind.value === 'RESIDENT_ID') && idKind.querySelector('option[value="SOCIAL_CREDIT_CODE"]')) idKind.value = 'SOCIAL_CREDIT_CODE';
        if (!org && applicantType.value && idKind.value === 'SOCIAL_CREDIT_CODE') idKind.value = 'RESIDENT_ID';
        relabel(nameField, t(org ? 'dis.apply.nameOrg' : 'dis.apply.namePerson'));
        kindChanged();
      }
      function kindChanged() { relabel(idNumberField, t(idKind.value === 'SOCIAL_CREDIT_CODE' ? 'dis.apply.idNumberOrg' : 'dis.apply.idNumber')); }
      applicantType.addEventListener('change', typeChanged);
      idKind.addEventListener('change', kindChanged);

      // -- the items, one textarea each --
      var itemList = h('ol', { class: 'dis-items', id: 'dis-items' });
      function itemRow() {
        var ta = h('textarea', { rows: 3, maxlength: 2000, required: 'required', class: 'dis-item' });
        var rm = h('button', { type: 'button', class: 'button button-secondary dis-item-remove', onclick: function () {
          var li = rm.parentNode;
          var other = li.nextElementSibling || li.previousElementSibling;
          li.parentNode.removeChild(li);
          renumber();
          if (other) other.querySelector('textarea').focus();
        } }, t('dis.apply.itemRemove'));
        return h('li', null, field('', ta), rm);
      }
      function renumber() {
        Array.prototype.forEach.call(itemList.children, function (li, i) {
          var f = li.querySelector('.field');
          var ta = li.querySelector('textarea');
          ta.setAttribute('name', 'items[' + i + '].description');
          f.setAttribute('data-field', 'items[' + i + '].description');
          f.querySelector('label').firstChild.nodeValue = t('dis.apply.item', { n: i + 1 });
          var rm = li.querySelector('.dis-item-remove');
          rm.disabled = itemList.children.length <= 1;
          rm.setAttribute('aria-label', t('dis.apply.itemRemoveLabel', { n: i + 1 }));
        });
      }
      itemList.appendChild(itemRow());
      renumber();
      var addItem = h('button', { type: 'button', class: 'button button-secondary', id: 'dis-item-add', onclick: function () {
        itemList.appendChild(itemRow());
        renumber();
        itemList.lastChild.querySelector('textarea').focus();
      } }, t('dis.apply.itemAdd'));

      var submit = h('button', { type: 'submit', class: 'button', id: 'dis-submit' }, t('dis.apply.submit'));
      var banner = h('div', { class: 'dis-banner wide', 'aria-live': 'assertive' });
      var form = h('form', { class: 'dis-grid', id: 'dis-apply-form', novalidate: 'novalidate', onsubmit: onSubmit },
        h('p', { class: 'wide dis-small', style: 'margin:0' }, t('dis.apply.intro')),
        note('info', t('dis.apply.notice')),
        banner,
        h('h3', { class: 'dis-sec' }, t('dis.apply.secApplicant')),
        field(t('dis.apply.applicantType'), applicantType),
        nameField,
        field(t('dis.apply.idKind'), idKind),
        idNumberField,
        field(t('dis.apply.phone'), phone),
        field(t('dis.apply.email'), email),
        field(t('dis.apply.address'), address, { wide: true, hint: t('dis.apply.contactHint') }),
        h('h3', { class: 'dis-sec' }, t('dis.apply.secRequest')),
        field(t('dis.apply.title'), title, { wide: true, hint: t('dis.apply.titleHint') }),
        h('div', { class: 'field wide', 'data-field': 'items' },
          h('span', { style: 'font-weight:600' }, t('dis.apply.items'), h('span', { class: 'dis-req', 'aria-hidden': 'true' }, ' *')),
          h('div', { class: 'dis-hint' }, t('dis.apply.itemsHint')),
          itemList,
          h('div', { class: 'dis-err', 'aria-live': 'polite' }),
          h('div', null, addItem)),
        h('h3', { class: 'dis-sec' }, t('dis.apply.secDelivery')),
        field(t('dis.apply.form'), form_),
        field(t('dis.apply.receiveBy'), receiveBy),
        field(t('dis.apply.agency'), agency, { wide: true, hint: t('dis.apply.agencyHint') }),
        h('div', { class: 'dis-actions' }, submit));
      typeChanged();

      function val(input) { var v = (input.value || '').trim(); return v === '' ? null : v; }

      function onSubmit(e) {
        e.preventDefault();
        if (sending) return;
        clearErrors(form);
        var bad = false;
        function need(fieldName, ok, message) { if (!ok) { setError(form, fieldName, message || t('dis.required')); bad = true; } }
        need('applicantType', applicantType.value);
        need('applicantName', val(applicantName));
        need('idKind', idKind.value);
        need('idNumber', val(idNumber));
        need('title', val(title));
        var items = Array.prototype.map.call(itemList.querySelectorAll('textarea'), function (ta) { return { description: ta.value.trim() }; });
        items.forEach(function (it, i) { need('items[' + i + '].description', it.description); });
        need('form', form_.value);
        need('receiveBy', receiveBy.value);
        need('agencyCode', agency.value);
        if (!val(phone) && !val(email) && !val(address)) need('phone', false, t('dis.apply.needContact'));
        if (receiveBy.value === 'POST') need('address', val(address), t('dis.apply.needAddress'));
        if (receiveBy.value === 'EMAIL') need('email', val(email), t('dis.apply.needEmail'));
        if (val(email) && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(val(email))) need('email', false, t('dis.apply.badEmail'));
        if (bad) {
          banner.appendChild(note('error', t('dis.apply.fixErrors')));
          focusFirstError(form);
          return;
        }
        var payload = {
          requestKey: requestKey,
          applicantType: applicantType.value, applicantName: val(applicantName), idKind: idKind.value, idNumber: val(idNumber),
          phone: val(phone), email: val(email), address: val(address), title: val(title), items: items,
          form: form_.value, receiveBy: receiveBy.value, agencyCode: agency.value
        };
        sending = true;
        submit.disabled = true;
        submit.textContent = t('dis.apply.sending');
        ctx.api.post('/public/disclosure/applications', payload).then(function (res) {
          sending = false;
          clear(panel).appendChild(receipt(panel, meta, res || {}));
          panel.focus();
          global.scrollTo(0, 0);
        }, function (err) {
          sending = false;
          submit.disabled = false;
          submit.textContent = t('dis.apply.submit');
          var body = err.body && typeof err.body === 'object' ? err.body : {};
          var rest = [];
          (Array.isArray(body.fieldErrors) ? body.fieldErrors : []).forEach(function (fe) {
            var text = (en ? fe.en || fe.zh : fe.zh || fe.en) || fe.message || '';
            if (!setError(form, fe.field, text)) rest.push(text);
          });
          var message = err.status === 429 ? t('dis.apply.tooMany')
            : (body.fieldErrors && body.fieldErrors.length && !rest.length) ? t('dis.apply.fixErrors') : err.message || t('dis.error');
          banner.appendChild(note('error', rest.length ? message + ' ' + rest.join('；') : message));
          focusFirstError(form);
          if (!form.querySelector('[aria-invalid="true"]')) banner.scrollIntoView({ block: 'nearest' });
        });
      }
      return form;
    }

    function receipt(panel, meta, res) {
      return h('div', { class: 'dis-result', id: 'dis-apply-done', tabindex: '-1' },
        h('h3', { style: 'margin-top:0' }, t('dis.apply.done')),
        res.repeated ? note('info', t('dis.apply.repeated'), 'dis-repeated') : null,
        h('div', { class: 'dis-codes' },
          h('div', { class: 'dis-code' }, h('div', { class: 'k' }, t('dis.apply.number')), h('div', { class: 'v', id: 'dis-number' }, res.number || '')),
          h('div', { class: 'dis-code' }, h('div', { class: 'k' }, t('dis.apply.queryCode')), h('div', { class: 'v', id: 'dis-query-code' }, res.queryCode || ''))),
        note('warning', t('dis.apply.writeDown'), 'dis-write-down'),
        h('dl', { class: 'dis-facts' },
          h('dt', null, t('dis.apply.agencyName')), h('dd', null, res.agencyName || ''),
          h('dt', null, t('dis.apply.receiptDate')), h('dd', { id: 'dis-receipt-date' }, dateLong(res.receiptDate) || '—'),
          h('dt', null, t('dis.apply.replyDue')), h('dd', { id: 'dis-reply-due' }, res.replyDue ? h('strong', null, dateLong(res.replyDue)) : '—')),
        h('div', { class: 'dis-actions' },
          h('button', { type: 'button', class: 'button button-secondary', onclick: function () { global.print(); } }, t('dis.apply.print')),
          h('button', { type: 'button', class: 'button button-secondary', id: 'dis-apply-again', onclick: function () {
            clear(panel).appendChild(applyForm(panel, meta));
          } }, t('dis.apply.another')),
          h('button', { type: 'button', class: 'button', id: 'dis-track-now', onclick: function () {
            select_('track', true);
            trackWith(res.number, res.queryCode);
          } }, t('dis.apply.trackNow'))));
    }

    // ---------- 进度查询 ----------
    var trackInputs = null;
    function buildTrack(panel) {
      var number = h('input', { name: 'number', id: 'dis-track-number', required: 'required', maxlength: 40, autocomplete: 'off', spellcheck: 'false' });
      var code = h('input', { name: 'code', id: 'dis-track-code', required: 'required', maxlength: 40, autocomplete: 'off', spellcheck: 'false' });
      var go = h('button', { type: 'submit', class: 'button', id: 'dis-track-submit' }, t('dis.track.submit'));
      var result = h('div', { id: 'dis-track-result', 'aria-live': 'polite' });
      var form = h('form', { class: 'dis-grid', id: 'dis-track-form', novalidate: 'novalidate', onsubmit: function (e) { e.preventDefault(); look(); } },
        h('p', { class: 'wide', style: 'margin:0' }, t('dis.track.intro')),
        h('div', { class: 'dis-banner wide' }),
        field(t('dis.track.number'), number),
        field(t('dis.track.code'), code),
        h('div', { class: 'dis-actions' }, go));
      panel.appendChild(form);
      panel.appendChild(result);
      trackInputs = { number: number, code: code, look: look };

      function look() {
        clearErrors(form);
        clear(result);
        var n = number.value.trim(), c = code.value.trim();
        if (!n) setError(form, 'number', t('dis.required'));
        if (!c) setError(form, 'code', t('dis.required'));
        if (!n || !c) { focusFirstError(form); return; }
        go.disabled = true;
        result.appendChild(h('p', { class: 'dis-hint' }, t('dis.loading')));
        ctx.api.post('/public/disclosure/track', { number: n, code: c }).then(function (res) {
          go.disabled = false;
          clear(result).appendChild(trackResult(res || {}, n, c));
        }, function (err) {
          go.disabled = false;
          clear(result).appendChild(note('error', err.status === 404 ? t('dis.track.notFound') : err.status === 429 ? t('dis.track.tooMany') : err.message || t('dis.error'), 'dis-track-error'));
        });
      }
    }

    function trackWith(number, code) {
      if (!trackInputs) return;
      trackInputs.number.value = number || '';
      trackInputs.code.value = code || '';
      trackInputs.look();
    }

    function trackResult(r, number, code) {
      var ended = ENDED.indexOf(r.stage) >= 0;
      var visited = {};
      (r.steps || []).forEach(function (s) { if (s.stage) visited[s.stage] = true; });
      visited.RECEIVED = true;
      var reached = r.stage;
      if (ended) {
        var before = (r.steps || []).filter(function (s) { return FLOW.indexOf(s.stage) >= 0; }).pop();
        reached = before ? before.stage : null;
      }
      var idx = FLOW.indexOf(reached);
      var steps = FLOW.map(function (s, i) {
        var cls = null;
        if (!ended && s === r.stage) cls = 'current';
        else if (i < idx || (ended && i === idx)) cls = visited[s] || s !== 'CORRECTION' ? 'done' : null;
        else if (visited[s] && s === 'CORRECTION') cls = 'done';
        return h('li', { class: cls, 'data-stage': s, 'aria-current': cls === 'current' ? 'step' : null },
          stageName(s),
          cls ? h('span', { class: 'visually-hidden' }, '（', t(cls === 'current' ? 'dis.track.stepCurrent' : 'dis.track.stepDone'), '）') : null);
      });
      if (ended) {
        steps.push(h('li', { class: 'end', 'data-stage': r.stage, 'aria-current': 'step' }, stageName(r.stage),
          h('span', { class: 'note-small' }, t('dis.track.endedAt'))));
      }
      var stageText = en ? stageName(r.stage) : r.stageZh || stageName(r.stage);
      var replyBox = h('div', { class: 'dis-actions', style: 'justify-content:flex-start' });
      if (r.replyAvailable) {
        var btn = h('button', { type: 'button', class: 'button', id: 'dis-reply-download', onclick: function () { downloadReply(btn, number, code, replyBox); } }, t('dis.track.reply'));
        replyBox.appendChild(btn);
      } else if (!ended) {
        replyBox.appendChild(h('p', { class: 'dis-hint', style: 'margin:0' }, t('dis.track.noReply')));
      }
      return h('div', { id: 'dis-track-card', style: 'margin-top:1.25rem' },
        h('h3', { style: 'margin-top:0' }, r.title || r.number || ''),
        h('p', null, t('dis.track.stage'), '：', h('span', { class: 'dis-chip', id: 'dis-track-stage', 'data-stage': r.stage }, stageText)),
        r.stage === 'CORRECTION' && r.correctionDeadline ? note('warning', t('dis.track.correctionNote', { date: dateLong(r.correctionDeadline) }), 'dis-track-correction') : null,
        h('h4', { class: 'visually-hidden' }, t('dis.track.progress')),
        h('ol', { class: 'dis-steps', id: 'dis-track-steps' }, steps),
        h('dl', { class: 'dis-facts' },
          h('dt', null, t('dis.apply.number')), h('dd', null, r.number || number),
          h('dt', null, t('dis.track.agency')), h('dd', null, r.agencyName || '—'),
          h('dt', null, t('dis.track.receiptDate')), h('dd', null, dateLong(r.receiptDate) || '—'),
          h('dt', null, t('dis.track.replyDue')), h('dd', { id: 'dis-track-reply-due' }, r.replyDue ? h('strong', null, dateLong(r.replyDue)) : t('dis.track.replyDueNone')),
          r.correctionDeadline ? [h('dt', null, t('dis.track.correctionDeadline')), h('dd', null, dateLong(r.correctionDeadline))] : null,
          r.deliveredOn ? [h('dt', null, t('dis.track.deliveredOn')), h('dd', { id: 'dis-track-delivered' }, dateLong(r.deliveredOn))] : null),
        replyBox,
        (r.steps || []).length ? h('div', null,
          h('h4', null, t('dis.track.history')),
          h('ol', { class: 'dis-history', id: 'dis-track-history' }, r.steps.map(function (s) {
            return h('li', null, dateTime(s.at), ' · ', en ? stageName(s.stage) : s.stageZh || stageName(s.stage));
          }))) : null);
    }

    /** The reply PDF: a POST (number and code stay out of the address), read as a blob and saved through an object URL. */
    function downloadReply(btn, number, code, box) {
      btn.disabled = true;
      var old = box.querySelector('.note');
      if (old) old.parentNode.removeChild(old);
      fetch(root + '/api/public/disclosure/track/reply', {
        method: 'POST', credentials: 'same-origin', cache: 'no-store',
        headers: { 'Content-Type': 'application/json', 'Accept': 'application/pdf, application/json', 'X-Requested-With': 'XMLHttpRequest',
          'Accept-Language': en ? 'en' : 'zh-CN' },
        body: JSON.stringify({ number: number, code: code })
      }).then(function (res) {
        if (!res.ok) { var e = new Error(); e.status = res.status; throw e; }
        return res.blob();
      }).then(function (blob) {
        btn.disabled = false;
        var url = URL.createObjectURL(blob);
        var a = h('a', { href: url, download: number + '-答复告知书.pdf', style: 'display:none' });
        document.body.appendChild(a);
        a.click();
        document.body.removeChild(a);
        setTimeout(function () { URL.revokeObjectURL(url); }, 10000);
      }, function (err) {
        btn.disabled = false;
        box.appendChild(note('error', err && err.status === 404 ? t('dis.track.notFound') : err && err.status === 429 ? t('dis.track.tooMany') : t('dis.track.replyFailed')));
      });
    }

    // ---------- 公开指南 ----------
    function buildGuide(panel) {
      clear(panel).appendChild(h('p', { class: 'dis-hint' }, t('dis.loading')));
      loadMeta(ctx.api).then(function (meta) {
        clear(panel);
        var sel = select('agency', meta.agencies, ctx.query.get('agency') || (meta.agencies[0] && meta.agencies[0].id), false);
        sel.id = 'dis-guide-agency';
        var out = h('div', { class: 'dis-guide', id: 'dis-guide', 'aria-live': 'polite' });
        panel.appendChild(h('p', { class: 'dis-small' }, t('dis.guide.intro')));
        panel.appendChild(h('div', { class: 'dis-grid' }, field(t('dis.guide.agency'), sel)));
        panel.appendChild(out);
        var seqNo = 0;
        function load() {
          var mine = ++seqNo;
          clear(out);
          if (!sel.value) return;
          out.appendChild(h('p', { class: 'dis-hint' }, t('dis.loading')));
          ctx.api.get('/public/disclosure/guide/' + encodeURIComponent(sel.value)).then(function (g) {
            if (mine !== seqNo) return;
            g = g || {};
            var sections = g.sections || [];
            clear(out);
            out.appendChild(h('h3', null, t('dis.guide.title', { agency: g.agencyName || sel.options[sel.selectedIndex].text })));
            if (!sections.length) { out.appendChild(note('info', t('dis.guide.empty'))); return; }
            sections.forEach(function (s) {
              out.appendChild(h('h4', null, s.title || ''));
              (s.paragraphs || []).forEach(function (p) { out.appendChild(h('p', null, p)); });
            });
          }, function (err) {
            if (mine !== seqNo) return;
            clear(out).appendChild(note(err.status === 404 ? 'info' : 'error', err.status === 404 ? t('dis.guide.empty') : t('dis.guide.failed')));
          });
        }
        sel.addEventListener('change', load);
        load();
      }, function (err) {
        clear(panel).appendChild(note('error', err.message || t('dis.error')));
        built.guide = false;
      });
    }

    select_(initial, false);
  }

  P.register({
    id: 'disclosure',
    section: 'apply',
    title: { zh: strings.zh['dis.cardTitle'], en: strings.en['dis.cardTitle'] },
    summary: { zh: strings.zh['dis.cardSummary'], en: strings.en['dis.cardSummary'] },
    links: [
      { label: { zh: strings.zh['dis.linkTrack'], en: strings.en['dis.linkTrack'] }, href: '#/disclosure/track' },
      { label: { zh: strings.zh['dis.linkGuide'], en: strings.en['dis.linkGuide'] }, href: '#/disclosure/guide' }
    ],
    strings: strings,
    render: render
  });
}(window));
