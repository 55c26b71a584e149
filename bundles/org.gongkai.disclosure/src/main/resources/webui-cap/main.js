/*
 * Gongkai staff UI, capability 依申请公开 (disclosure on application), served at /ui/cap/disclosure/main.js:
 *
 *   #/disclosure               the case list: filters, server-side paging and sorting
 *   #/disclosure/new           the registration form (contents of Art. 29, receipt dates of Art. 31)
 *   #/disclosure/case/<number> the case page: clock and why, progress, applicant, items, pauses, extension,
 *                              events and the workflow actions the user may take now
 *
 * Everything from the API reaches the page through h() as text or attribute values; nothing writes innerHTML.
 */
(function (G) {
  'use strict';
  var h = G.h, ui = G.ui, api = G.api, fmt = G.fmt;
  var t = function (key, params) { return G.t(key, params); };

  var PAGE_SIZE = 20;
  /** The eight stages of the seed's workflow, in order; WITHDRAWN, ABANDONED and LAPSED end a case early. */
  var FLOW = ['RECEIVED', 'REGISTERED', 'CORRECTION', 'DRAFTING', 'REVIEW', 'REPLIED', 'DELIVERED', 'ARCHIVED'];
  var ENDED = ['WITHDRAWN', 'ABANDONED', 'LAPSED'];
  /** Stages in which the reply clock can be paused (the server has the last word). */
  var PAUSE_STAGES = ['REGISTERED', 'DRAFTING', 'REVIEW', 'REPLIED'];
  /** The receipt dates each channel needs (Art. 31): [property, required]. */
  var CHANNEL_DATES = {
    IN_PERSON: [['submittedOn', true]],
    ORAL: [['submittedOn', true]],
    EMAIL: [['submittedOn', true]],
    REGISTERED_POST: [['signedForOn', true], ['submittedOn', false]],
    ORDINARY_POST: [['confirmedOn', true]],
    FAX: [['confirmedOn', true]],
    ONLINE: [['submittedOn', true], ['confirmedOn', false]]
  };
  var DESTRUCTIVE = ['WITHDRAW', 'DEEM_ABANDONED', 'FEE_LAPSE'];
  var SECONDARY = ['RETURN', 'REQUEST_CORRECTION'];

  G.i18n.add({
    zh: {
      'dis.title': '依申请公开',
      'dis.new': '登记新申请',
      'dis.backToList': '返回申请列表',

      'dis.filter.stage': '办理状态',
      'dis.filter.agency': '受理部门',
      'dis.filter.from': '收到日期自',
      'dis.filter.to': '收到日期至',
      'dis.filter.q': '编号、标题或申请人',
      'dis.filter.overdue': '仅看超期',

      'dis.col.number': '申请编号',
      'dis.col.title': '申请标题',
      'dis.col.channel': '申请类型',
      'dis.col.applicantType': '申请人类型',
      'dis.col.applicantName': '申请人姓名',
      'dis.col.agency': '受理部门',
      'dis.col.stage': '状态',
      'dis.col.remaining': '剩余工作日',
      'dis.col.receiptDate': '收到日期',
      'dis.col.replyDue': '答复期限',
      'dis.view': '查看',
      'dis.viewCase': '查看申请 {number}',
      'dis.empty': '没有符合条件的申请',
      'dis.emptyAll': '还没有申请。',

      'dis.days.overdue': '超期 {n}',
      'dis.days.overdueLong': '已超期 {n} 个工作日',
      'dis.days.left': '剩余 {n} 个工作日',
      'dis.days.dueToday': '今日到期',
      'dis.days.paused': '暂停',
      'dis.days.waiting': '待补正',

      'dis.form.title': '登记政府信息公开申请',
      'dis.form.intro': '按《政府信息公开条例》第二十九条，申请应包括申请人的姓名或者名称、身份证明、联系方式，所需政府信息的名称、文号或者其他特征性描述，以及所需信息的形式要求和获取方式。',
      'dis.form.notRegistrar': '只有登记员可以登记新申请。',
      'dis.sec.receipt': '收件',
      'dis.sec.applicant': '申请人',
      'dis.sec.request': '申请内容',
      'dis.sec.delivery': '形式与获取方式',
      'dis.sec.handling': '办理',
      'dis.f.channel': '提交方式',
      'dis.f.applicantType': '申请人类型',
      'dis.f.applicantName.person': '姓名',
      'dis.f.applicantName.org': '名称（全称）',
      'dis.f.idKind': '身份证明类型',
      'dis.f.idNumber': '证件号码',
      'dis.f.idNumber.org': '统一社会信用代码',
      'dis.f.phone': '联系电话',
      'dis.f.email': '电子邮箱',
      'dis.f.address': '通讯地址',
      'dis.f.contactHint': '联系电话、电子邮箱、通讯地址至少填写一项；选择邮寄或电子邮件获取的，须填写相应地址。',
      'dis.f.title': '申请标题',
      'dis.f.titleHint': '简要概括所申请的信息，便于检索，例如“某某村2024年征地补偿安置方案”。',
      'dis.f.items': '所需政府信息',
      'dis.f.itemsHint': '写明政府信息的名称、文号，或者便于查询的其他特征性描述。每项一条。',
      'dis.f.item': '第 {n} 项',
      'dis.f.itemAdd': '＋ 添加一项',
      'dis.f.itemRemove': '删除',
      'dis.f.itemRemoveLabel': '删除第 {n} 项',
      'dis.f.form': '信息的形式要求',
      'dis.f.receiveBy': '获取方式',
      'dis.f.agencyCode': '承办机关',
      'dis.f.orgGroup': '法人或其他组织',
      'dis.f.submit': '提交',
      'dis.f.cancel': '取消',
      'dis.created': '申请 {number} 已登记',
      'dis.date.submittedOn': '提交日期',
      'dis.date.signedForOn': '签收日期',
      'dis.date.confirmedOn': '确认日期',
      'dis.date.IN_PERSON.submittedOn': '当面提交日期',
      'dis.date.ORAL.submittedOn': '口头提出日期',
      'dis.date.EMAIL.submittedOn': '邮件系统收到日期',
      'dis.date.REGISTERED_POST.signedForOn': '本机关签收日期',
      'dis.date.REGISTERED_POST.submittedOn': '交寄日期（选填）',
      'dis.date.ORDINARY_POST.confirmedOn': '与申请人确认日期',
      'dis.date.FAX.confirmedOn': '双方确认日期',
      'dis.date.ONLINE.submittedOn': '网上提交日期',
      'dis.date.ONLINE.confirmedOn': '双方确认日期（选填）',
      'dis.date.future': '日期不能晚于今天',

      'dis.case.number': '申请编号',
      'dis.case.print': '打印',
      'dis.case.progress': '办理进度',
      'dis.case.stepDone': '已完成',
      'dis.case.stepCurrent': '当前环节',
      'dis.case.stepSkipped': '未经过',
      'dis.case.endedAt': '于「{stage}」环节终止',
      'dis.case.clock': '答复期限',
      'dis.case.paused': '暂停中',
      'dis.case.waiting': '等待补正',
      'dis.case.closed': '已办结',
      'dis.case.replyDue': '答复截止日',
      'dis.case.replyDueNone': '暂不确定',
      'dis.case.correctionDue': '补正告知期限',
      'dis.case.correctionDeadline': '申请人补正期限',
      'dis.case.extension': '已延期',
      'dis.case.extensionDays': '{n} 个工作日',
      'dis.case.why': '为什么是这个日期',
      'dis.case.whyEmpty': '没有计算说明',
      'dis.case.info': '申请信息',
      'dis.case.channel': '提交方式',
      'dis.case.receiptDate': '收到申请之日',
      'dis.case.submittedOn': '提交日期',
      'dis.case.signedForOn': '签收日期',
      'dis.case.confirmedOn': '确认日期',
      'dis.case.agency': '承办机关',
      'dis.case.form': '形式要求',
      'dis.case.receiveBy': '获取方式',
      'dis.case.actions': '办理操作',
      'dis.case.applicant': '申请人',
      'dis.case.applicantType': '申请人类型',
      'dis.case.applicantName': '姓名或名称',
      'dis.case.id': '身份证明',
      'dis.case.phone': '联系电话',
      'dis.case.email': '电子邮箱',
      'dis.case.address': '通讯地址',
      'dis.case.audited': '查看个人信息已记入审计日志',
      'dis.case.items': '申请事项与答复意见',
      'dis.case.itemSeq': '序号',
      'dis.case.itemDescription': '所需政府信息',
      'dis.case.itemDecision': '处理决定',
      'dis.case.itemGround': '不予公开的理由',
      'dis.case.itemReply': '答复意见',
      'dis.case.undecided': '尚未拟办',
      'dis.case.itemEditHint': '拟办阶段：逐项选择处理决定并填写答复意见，全部保存后提交审核。',
      'dis.case.itemSave': '保存第 {n} 项',
      'dis.case.itemSaved': '第 {n} 项已保存',
      'dis.case.itemUnsaved': '有未保存的修改',
      'dis.case.unsavedWarning': '第 {items} 项的修改尚未保存，继续操作将丢失这些修改。',
      'dis.case.pauses': '暂停计时',
      'dis.case.pausesHint': '征求第三方或其他机关意见所需时间不计入答复期限（第三十三条第三款）；自发出收费通知至申请人缴费的时间亦不计入。',
      'dis.case.noPauses': '没有暂停记录',
      'dis.case.pauseKind': '类型',
      'dis.case.pauseFrom': '开始日期',
      'dis.case.pauseTo': '结束日期',
      'dis.case.pauseReason': '原因',
      'dis.case.pauseReasonHint': '可不填，默认为“征求第三方或其他机关意见”或“收费通知至缴费”。',
      'dis.case.pauseOpen': '进行中',
      'dis.case.pauseStart': '开始暂停',
      'dis.case.pauseStarted': '已开始暂停计时',
      'dis.case.pauseEnd': '结束暂停',
      'dis.case.pauseEnded': '已结束暂停，恢复计时',
      'dis.case.pauseEndLabel': '结束日期（暂停 {kind}）',
      'dis.pause.CONSULTATION': '征求意见',
      'dis.pause.FEE': '收费通知',
      'dis.case.extensionTitle': '延长答复期限',
      'dis.case.extensionNone': '未延期',
      'dis.case.extensionHint': '需要延长答复期限的，应当经政府信息公开工作机构负责人同意并告知申请人，延长的期限最长不得超过 20 个工作日（第三十三条第二款）。只能延期一次，须在答复期限届满前。',
      'dis.case.extensionGranted': '已延长答复期限 {n} 个工作日',
      'dis.case.extensionDaysField': '延长工作日数',
      'dis.case.extensionReason': '延期理由',
      'dis.case.extensionSubmit': '同意延期',
      'dis.case.extensionMax': '请输入 1 至 {max} 之间的整数',
      'dis.case.events': '办理记录',
      'dis.case.noEvents': '没有办理记录',
      'dis.case.notFound': '找不到申请 {number}',

      'dis.action.comment': '办理说明（选填）',
      'dis.action.date.RECEIVE_CORRECTION': '收到补正申请之日',
      'dis.action.date.DELIVER': '送达日期',
      'dis.action.dateHint.DELIVER': '直接送达的以申请人签收之日为准；邮寄的以交邮之日为准。',
      'dis.action.correctionDeadline': '补正期限',
      'dis.action.correctionDeadlineHint': '一次性告知需要补正的事项和合理的补正期限（第三十条）。',
      'dis.action.correctionDue': '补正告知须于 {date} 前发出（收到申请之日起 7 个工作日内）。',
      'dis.action.confirm': '确定',
      'dis.action.cancel': '取消',
      'dis.action.done': '已执行「{action}」',
      'dis.action.to': '执行后状态将变为「{stage}」。',

      'dis.event.RECEIVE': '接收申请',
      'dis.event.DECIDE': '拟办答复意见',
      'dis.event.PAUSE_CONSULTATION': '暂停计时（征求意见）',
      'dis.event.PAUSE_FEE': '暂停计时（收费通知）',
      'dis.event.RESUME': '结束暂停，恢复计时',
      'dis.event.EXTEND': '延长答复期限',
      'dis.event.RECOMPUTE': '重新计算答复期限'
    },
    en: {
      'dis.title': 'Disclosure on application',
      'dis.new': 'Register an application',
      'dis.backToList': 'Back to the applications',

      'dis.filter.stage': 'Stage',
      'dis.filter.agency': 'Handling agency',
      'dis.filter.from': 'Received from',
      'dis.filter.to': 'Received until',
      'dis.filter.q': 'Number, title or applicant',
      'dis.filter.overdue': 'Overdue only',

      'dis.col.number': 'Number',
      'dis.col.title': 'Title',
      'dis.col.channel': 'Channel',
      'dis.col.applicantType': 'Applicant type',
      'dis.col.applicantName': 'Applicant',
      'dis.col.agency': 'Agency',
      'dis.col.stage': 'Stage',
      'dis.col.remaining': 'Working days left',
      'dis.col.receiptDate': 'Received',
      'dis.col.replyDue': 'Reply due',
      'dis.view': 'View',
      'dis.viewCase': 'View application {number}',
      'dis.empty': 'No application matches',
      'dis.emptyAll': 'No applications yet.',

      'dis.days.overdue': '{n} over',
      'dis.days.overdueLong': 'Overdue by {n} working days',
      'dis.days.left': '{n} working days left',
      'dis.days.dueToday': 'Due today',
      'dis.days.paused': 'Paused',
      'dis.days.waiting': 'Awaiting correction',

      'dis.form.title': 'Register an application for government information',
      'dis.form.intro': 'Under Art. 29 of the Regulation an application states the applicant\'s name, proof of identity and contact details; the name, document number or another description of the information sought; and the form in which the applicant wants it and how they will receive it.',
      'dis.form.notRegistrar': 'Only registrars can register new applications.',
      'dis.sec.receipt': 'Receipt',
      'dis.sec.applicant': 'Applicant',
      'dis.sec.request': 'Request',
      'dis.sec.delivery': 'Form and delivery',
      'dis.sec.handling': 'Handling',
      'dis.f.channel': 'Channel',
      'dis.f.applicantType': 'Applicant type',
      'dis.f.applicantName.person': 'Name',
      'dis.f.applicantName.org': 'Organisation name (in full)',
      'dis.f.idKind': 'Identity document',
      'dis.f.idNumber': 'Document number',
      'dis.f.idNumber.org': 'Unified social credit code',
      'dis.f.phone': 'Phone',
      'dis.f.email': 'E-mail',
      'dis.f.address': 'Postal address',
      'dis.f.contactHint': 'Give at least one of phone, e-mail and address; for delivery by post or e-mail, the address concerned.',
      'dis.f.title': 'Title',
      'dis.f.titleHint': 'A short summary of what is asked for, used in lists and searches.',
      'dis.f.items': 'Information requested',
      'dis.f.itemsHint': 'Name, document number or another description that lets the agency find the information. One item per entry.',
      'dis.f.item': 'Item {n}',
      'dis.f.itemAdd': '+ Add an item',
      'dis.f.itemRemove': 'Remove',
      'dis.f.itemRemoveLabel': 'Remove item {n}',
      'dis.f.form': 'Form required',
      'dis.f.receiveBy': 'How to receive',
      'dis.f.agencyCode': 'Handling agency',
      'dis.f.orgGroup': 'Legal person or other organisation',
      'dis.f.submit': 'Submit',
      'dis.f.cancel': 'Cancel',
      'dis.created': 'Application {number} registered',
      'dis.date.submittedOn': 'Submitted on',
      'dis.date.signedForOn': 'Signed for on',
      'dis.date.confirmedOn': 'Confirmed on',
      'dis.date.IN_PERSON.submittedOn': 'Handed in on',
      'dis.date.ORAL.submittedOn': 'Made orally on',
      'dis.date.EMAIL.submittedOn': 'Received by the mailbox on',
      'dis.date.REGISTERED_POST.signedForOn': 'Signed for by the agency on',
      'dis.date.REGISTERED_POST.submittedOn': 'Posted on (optional)',
      'dis.date.ORDINARY_POST.confirmedOn': 'Confirmed with the applicant on',
      'dis.date.FAX.confirmedOn': 'Confirmed by both sides on',
      'dis.date.ONLINE.submittedOn': 'Submitted online on',
      'dis.date.ONLINE.confirmedOn': 'Confirmed by both sides on (optional)',
      'dis.date.future': 'The date cannot be after today',

      'dis.case.number': 'Number',
      'dis.case.print': 'Print',
      'dis.case.progress': 'Progress',
      'dis.case.stepDone': 'done',
      'dis.case.stepCurrent': 'current stage',
      'dis.case.stepSkipped': 'not passed',
      'dis.case.endedAt': 'ended at stage “{stage}”',
      'dis.case.clock': 'Reply period',
      'dis.case.paused': 'Paused',
      'dis.case.waiting': 'Awaiting correction',
      'dis.case.closed': 'Closed',
      'dis.case.replyDue': 'Reply due',
      'dis.case.replyDueNone': 'not fixed yet',
      'dis.case.correctionDue': 'Correction notice due',
      'dis.case.correctionDeadline': 'Applicant to correct by',
      'dis.case.extension': 'Extended by',
      'dis.case.extensionDays': '{n} working days',
      'dis.case.why': 'Why this date',
      'dis.case.whyEmpty': 'No explanation given',
      'dis.case.info': 'Application',
      'dis.case.channel': 'Channel',
      'dis.case.receiptDate': 'Date of receipt',
      'dis.case.submittedOn': 'Submitted on',
      'dis.case.signedForOn': 'Signed for on',
      'dis.case.confirmedOn': 'Confirmed on',
      'dis.case.agency': 'Handling agency',
      'dis.case.form': 'Form required',
      'dis.case.receiveBy': 'How to receive',
      'dis.case.actions': 'Next steps',
      'dis.case.applicant': 'Applicant',
      'dis.case.applicantType': 'Applicant type',
      'dis.case.applicantName': 'Name',
      'dis.case.id': 'Identity document',
      'dis.case.phone': 'Phone',
      'dis.case.email': 'E-mail',
      'dis.case.address': 'Postal address',
      'dis.case.audited': 'Viewing personal data is recorded in the audit trail',
      'dis.case.items': 'Items and replies',
      'dis.case.itemSeq': 'No.',
      'dis.case.itemDescription': 'Information requested',
      'dis.case.itemDecision': 'Decision',
      'dis.case.itemGround': 'Ground for not disclosing',
      'dis.case.itemReply': 'Reply',
      'dis.case.undecided': 'not decided yet',
      'dis.case.itemEditHint': 'Drafting: choose a decision and write the reply for each item, save each one, then submit for review.',
      'dis.case.itemSave': 'Save item {n}',
      'dis.case.itemSaved': 'Item {n} saved',
      'dis.case.itemUnsaved': 'Unsaved changes',
      'dis.case.unsavedWarning': 'Item {items} has unsaved changes; they will be lost if you go on.',
      'dis.case.pauses': 'Clock pauses',
      'dis.case.pausesHint': 'Time spent consulting third parties or other agencies is not counted (Art. 33 para 3); nor is the time from a fee notice to payment.',
      'dis.case.noPauses': 'No pauses',
      'dis.case.pauseKind': 'Kind',
      'dis.case.pauseFrom': 'From',
      'dis.case.pauseTo': 'To',
      'dis.case.pauseReason': 'Reason',
      'dis.case.pauseReasonHint': 'Optional; by default the kind of pause.',
      'dis.case.pauseOpen': 'running',
      'dis.case.pauseStart': 'Start a pause',
      'dis.case.pauseStarted': 'The clock is paused',
      'dis.case.pauseEnd': 'End the pause',
      'dis.case.pauseEnded': 'The pause has ended; the clock runs again',
      'dis.case.pauseEndLabel': 'Last day of the pause ({kind})',
      'dis.pause.CONSULTATION': 'Consultation',
      'dis.pause.FEE': 'Fee notice',
      'dis.case.extensionTitle': 'Extension',
      'dis.case.extensionNone': 'Not extended',
      'dis.case.extensionHint': 'The reply period may be extended with the consent of the head of the openness office, and the applicant must be told; by at most 20 working days (Art. 33 para 2), once, before the period runs out.',
      'dis.case.extensionGranted': 'The reply period has been extended by {n} working days',
      'dis.case.extensionDaysField': 'Working days',
      'dis.case.extensionReason': 'Reason',
      'dis.case.extensionSubmit': 'Approve the extension',
      'dis.case.extensionMax': 'Enter a whole number from 1 to {max}',
      'dis.case.events': 'History',
      'dis.case.noEvents': 'No events yet',
      'dis.case.notFound': 'Application {number} not found',

      'dis.action.comment': 'Comment (optional)',
      'dis.action.date.RECEIVE_CORRECTION': 'Corrected application received on',
      'dis.action.date.DELIVER': 'Delivered on',
      'dis.action.dateHint.DELIVER': 'Direct delivery: the day the applicant signs; by post: the day it is handed to the post.',
      'dis.action.correctionDeadline': 'Correct by',
      'dis.action.correctionDeadlineHint': 'Tell the applicant in one go what to correct and a reasonable period (Art. 30).',
      'dis.action.correctionDue': 'The correction notice must go out by {date} (7 working days after receipt).',
      'dis.action.confirm': 'Confirm',
      'dis.action.cancel': 'Cancel',
      'dis.action.done': '“{action}” done',
      'dis.action.to': 'The application will move to “{stage}”.',

      'dis.event.RECEIVE': 'Application received',
      'dis.event.DECIDE': 'Reply drafted',
      'dis.event.PAUSE_CONSULTATION': 'Clock paused (consultation)',
      'dis.event.PAUSE_FEE': 'Clock paused (fee notice)',
      'dis.event.RESUME': 'Pause ended, clock runs again',
      'dis.event.EXTEND': 'Reply period extended',
      'dis.event.RECOMPUTE': 'Reply due date recomputed'
    }
  });

  // ---------- shared data and small helpers ----------

  var META_LISTS = ['channels', 'stages', 'actions', 'applicantTypes', 'idKinds', 'decisions', 'grounds', 'forms', 'receiveBy'];
  var meta = null;
  var metaPromise = null;
  var lastListHash = '#/disclosure';

  /** GET /api/disclosure/meta once per page load (it holds both languages), indexed by id. */
  function loadMeta() {
    if (!metaPromise) {
      metaPromise = api.get('/disclosure/meta').then(function (m) {
        m = m || {};
        m.byId = {};
        META_LISTS.forEach(function (k) {
          m[k] = Array.isArray(m[k]) ? m[k] : [];
          m.byId[k] = {};
          m[k].forEach(function (o) { m.byId[k][o.id] = o; });
        });
        meta = m;
        return m;
      }, function (err) { metaPromise = null; throw err; });
    }
    return metaPromise;
  }

  /** The agencies for the selects, active ones sorted by code; none when they cannot be read. */
  function loadAgencies() {
    return api.get('/agencies', null, { quiet: true }).then(function (list) {
      return (list || []).filter(function (a) { return a.active !== false; })
        .sort(function (x, y) { return String(x.code).localeCompare(String(y.code)); });
    }, function () { return []; });
  }

  function label(kind, id) {
    if (id == null || id === '') return '';
    var o = meta && meta.byId[kind] && meta.byId[kind][id];
    return o ? G.i18n.pickName(o) : String(id);
  }

  function options(kind, chosen, placeholder) {
    return [placeholder ? h('option', { value: '' }, placeholder) : null].concat(meta[kind].map(function (o) {
      return h('option', { value: o.id, selected: o.id === chosen }, G.i18n.pickName(o));
    }));
  }

  function caseHash(number) { return '#/disclosure/case/' + encodeURIComponent(number); }
  function casePath(number, suffix) { return '/disclosure/applications/' + encodeURIComponent(number) + (suffix || ''); }

  /** Badge colours: teal new, blue in the office's hands, violet in review, amber with the applicant, green answered, grey ended early. */
  var STAGE_CHIP = {
    RECEIVED: 'chip chip-teal', REGISTERED: 'chip', CORRECTION: 'chip chip-warn', DRAFTING: 'chip', REVIEW: 'chip chip-violet',
    REPLIED: 'chip chip-ok', DELIVERED: 'chip chip-ok', ARCHIVED: 'chip chip-ok', WITHDRAWN: 'chip chip-rest', ABANDONED: 'chip chip-rest', LAPSED: 'chip chip-rest'
  };
  function stageClass(stage) { return STAGE_CHIP[stage] || 'chip'; }

  function stageChip(stage, attrs) {
    return h('span', Object.assign({ class: stageClass(stage), dataset: { stage: stage } }, attrs || {}), label('stages', stage));
  }

  function isClosed(stage) {
    var s = meta && meta.byId.stages[stage];
    return s ? !!s.closed : ['DELIVERED', 'ARCHIVED'].concat(ENDED).indexOf(stage) >= 0;
  }

  /** A random UUID (v4); crypto.randomUUID needs a secure context, which a county LAN over http is not. */
  function uuid() {
    var c = window.crypto;
    if (c && c.randomUUID && window.isSecureContext) return c.randomUUID();
    var b = new Uint8Array(16);
    c.getRandomValues(b);
    b[6] = (b[6] & 0x0f) | 0x40;
    b[8] = (b[8] & 0x3f) | 0x80;
    var hex = Array.prototype.map.call(b, function (x) { return (x + 0x100).toString(16).slice(1); }).join('');
    return hex.slice(0, 8) + '-' + hex.slice(8, 12) + '-' + hex.slice(12, 16) + '-' + hex.slice(16, 20) + '-' + hex.slice(20);
  }

  function trimmed(input) { var v = (input.value || '').trim(); return v === '' ? null : v; }

  function fact(labelText, value, attrs) {
    return [h('dt', null, labelText), h('dd', attrs || null, value == null || value === '' ? h('span', { class: 'muted' }, '—') : value)];
  }

  function dateWithWeekday(ymd) {
    return ymd ? fmt.dateLong(ymd) : '';
  }

  /** The "working days left" cell of the list. */
  function remainingCell(row) {
    var n = row.remainingWorkingDays;
    switch (row.level) {
      case 'OVERDUE':
        return h('span', { class: 'text-bad', title: t('dis.days.overdueLong', { n: Math.abs(n || 0) }), dataset: { level: row.level } },
          t('dis.days.overdue', { n: Math.abs(n || 0) }));
      case 'PAUSED':
        return h('span', { class: 'chip chip-rest', dataset: { level: row.level } }, t('dis.days.paused'));
      case 'WAITING_FOR_CORRECTION':
        return h('span', { class: 'chip chip-rest', dataset: { level: row.level } }, t('dis.days.waiting'));
      case 'WARNING':
        return h('span', { class: 'text-warn', title: t('dis.days.left', { n: n }), dataset: { level: row.level } },
          n === 0 ? t('dis.days.dueToday') : String(n));
      default:
        if (n == null) return h('span', { class: 'muted' }, '—');
        return h('span', { title: t('dis.days.left', { n: n }), dataset: { level: row.level || 'NORMAL' } }, n === 0 ? t('dis.days.dueToday') : String(n));
    }
  }

  function backLink() {
    return h('p', { class: 'back-link no-print' }, h('a', { href: lastListHash }, '← ', t('dis.backToList')));
  }

  // ---------- #/disclosure: the case list ----------

  var FILTER_KEYS = ['stage', 'agency', 'overdue', 'from', 'to', 'q', 'sort', 'dir', 'page'];

  G.routes['#/disclosure'] = function (container, ctx) {
    var disposed = false;
    var state = {};
    FILTER_KEYS.forEach(function (k) { state[k] = ctx.query.get(k) || ''; });
    if (!state.sort) { state.sort = 'receiptDate'; state.dir = 'desc'; }
    state.page = Math.max(0, parseInt(state.page, 10) || 0);

    var newButton = ctx.hasRole('registrar')
      ? h('button', { type: 'button', class: 'btn btn-primary', id: 'disclosure-new', onclick: function () { location.hash = '#/disclosure/new'; } }, t('dis.new'))
      : null;
    var body = h('div', null, ui.loadingBlock());
    container.appendChild(h('div', { class: 'page-head' }, h('h1', null, t('dis.title')), newButton));
    container.appendChild(body);

    var loadSeq = 0;
    var qTimer = null;
    var agencyByCode = {};

    Promise.all([loadMeta(), loadAgencies()]).then(function (res) {
      if (disposed) return;
      build(res[1]);
    }, function (err) {
      if (!disposed) ui.clear(body).appendChild(ui.errorBlock(err));
    });

    function build(agencies) {
      agencies.forEach(function (a) { agencyByCode[a.code] = a; });
      var stageSel = h('select', { name: 'stage', id: 'disclosure-filter-stage' }, options('stages', null, t('common.all')));
      stageSel.value = state.stage;
      var agencySel = h('select', { name: 'agency', id: 'disclosure-filter-agency' },
        h('option', { value: '' }, t('common.all')),
        agencies.map(function (a) { return h('option', { value: a.code }, a.shortName || a.name); }));
      agencySel.value = state.agency;
      var from = h('input', { type: 'date', name: 'from', id: 'disclosure-filter-from', value: state.from });
      var to = h('input', { type: 'date', name: 'to', id: 'disclosure-filter-to', value: state.to });
      var q = h('input', { type: 'search', name: 'q', id: 'disclosure-filter-q', autocomplete: 'off', value: state.q });
      var overdue = h('input', { type: 'checkbox', name: 'overdue', id: 'disclosure-filter-overdue', checked: state.overdue === 'true' });

      function readFilters() {
        state.stage = stageSel.value;
        state.agency = agencySel.value;
        state.from = from.value;
        state.to = to.value;
        state.q = q.value.trim();
        state.overdue = overdue.checked ? 'true' : '';
        state.page = 0;
        load();
      }
      [stageSel, agencySel, from, to, overdue].forEach(function (c) { c.addEventListener('change', readFilters); });
      q.addEventListener('input', function () {
        clearTimeout(qTimer);
        qTimer = setTimeout(readFilters, 350);
      });

      var filters = h('form', { class: 'filter-bar', role: 'search', id: 'disclosure-filters',
        onsubmit: function (e) { e.preventDefault(); clearTimeout(qTimer); readFilters(); } },
        ui.field(t('dis.filter.q'), q),
        ui.field(t('dis.filter.stage'), stageSel),
        agencies.length ? ui.field(t('dis.filter.agency'), agencySel) : null,
        ui.field(t('dis.filter.from'), from),
        ui.field(t('dis.filter.to'), to),
        h('div', { class: 'filter-check' }, h('label', { class: 'checkbox' }, overdue, ' ', t('dis.filter.overdue'))),
        h('div', { class: 'filter-actions' },
          h('button', { type: 'submit', class: 'btn btn-primary', id: 'disclosure-search' }, t('common.search')),
          h('button', { type: 'button', class: 'btn', id: 'disclosure-reset', onclick: function () {
            stageSel.value = agencySel.value = from.value = to.value = q.value = '';
            overdue.checked = false;
            readFilters();
          } }, t('common.reset'))));

      ui.clear(body);
      body.appendChild(h('section', { class: 'card' }, filters, tableBox, pager));
      load();
    }

    var table = h('table', { class: 'data-table data-table-compact', id: 'disclosure-list' });
    var tableBox = h('div', { class: 'table-wrap' }, table);
    var pager = h('nav', { class: 'pager', 'aria-label': t('table.pager') });

    var COLUMNS = [
      { key: 'number', sort: 'number', className: 'nowrap',
        render: function (r) { return h('a', { href: caseHash(r.number), class: 'tabular' }, r.number); } },
      { key: 'title', className: 'col-wide', render: function (r) { return r.title; } },
      { key: 'channel', className: 'nowrap', render: function (r) { return label('channels', r.channel); } },
      { key: 'applicantType', render: function (r) { return label('applicantTypes', r.applicantType); } },
      { key: 'applicantName', render: function (r) { return r.applicantName; } },
      { key: 'agency', render: function (r) {
        var a = agencyByCode[r.agencyCode];
        var full = r.agencyName || (a && a.name) || r.agencyCode;
        return a && a.shortName ? h('span', { title: full }, a.shortName) : full;
      } },
      { key: 'stage', className: 'nowrap', render: function (r) { return stageChip(r.stage); } },
      { key: 'remaining', className: 'num nowrap', render: remainingCell },
      { key: 'receiptDate', sort: 'receiptDate', className: 'nowrap', render: function (r) { return r.receiptDate; } },
      { key: 'replyDue', sort: 'replyDue', className: 'nowrap', render: function (r) { return r.replyDue || '—'; } },
      { key: 'actions', className: 'actions', label: t('common.actions'),
        render: function (r) { return h('a', { href: caseHash(r.number), 'aria-label': t('dis.viewCase', { number: r.number }), dataset: { view: r.number } }, t('dis.view')); } }
    ];

    function head() {
      return h('thead', null, h('tr', null, COLUMNS.map(function (c) {
        var text = c.label || t('dis.col.' + c.key);
        if (!c.sort) return h('th', { scope: 'col', class: c.className || null }, text);
        var active = state.sort === c.sort;
        var dir = active ? (state.dir === 'desc' ? 'descending' : 'ascending') : 'none';
        return h('th', { scope: 'col', class: c.className || null, 'aria-sort': dir },
          h('button', { type: 'button', class: 'sort-button', dataset: { sort: c.sort }, onclick: function () { toggleSort(c.sort); } },
            text, h('span', { class: 'sort-mark', 'aria-hidden': 'true' }, dir === 'ascending' ? ' ▲' : dir === 'descending' ? ' ▼' : ' ↕')));
      })));
    }

    function toggleSort(key) {
      if (state.sort === key) state.dir = state.dir === 'asc' ? 'desc' : 'asc';
      else { state.sort = key; state.dir = 'asc'; }
      state.page = 0;
      load();
    }

    /** Keeps the filters in the address, without a hashchange, so the way back from a case restores them. */
    function remember() {
      var p = new URLSearchParams();
      FILTER_KEYS.forEach(function (k) {
        var v = state[k];
        if (k === 'page' && !v) return;
        if (k === 'sort' && v === 'receiptDate' && state.dir === 'desc') return;
        if (k === 'dir' && state.sort === 'receiptDate' && v === 'desc') return;
        if (v !== '' && v != null) p.set(k, v);
      });
      var qs = p.toString();
      lastListHash = '#/disclosure' + (qs ? '?' + qs : '');
      if (location.hash !== lastListHash) history.replaceState(null, '', lastListHash);
    }

    function load() {
      remember();
      var seq = ++loadSeq;
      table.setAttribute('aria-busy', 'true');
      api.get('/disclosure/applications', {
        stage: state.stage, agency: state.agency, overdue: state.overdue || null, from: state.from, to: state.to, q: state.q,
        sort: state.sort, dir: state.dir, page: state.page, size: PAGE_SIZE
      }).then(function (res) {
        if (disposed || seq !== loadSeq) return;
        table.removeAttribute('aria-busy');
        res = res || {};
        var items = res.items || [];
        var total = res.total || 0;
        var filtered = ['stage', 'agency', 'overdue', 'from', 'to', 'q'].some(function (k) { return !!state[k]; });
        ui.clear(table);
        table.appendChild(head());
        table.appendChild(h('tbody', null, items.length ? items.map(function (r) {
          return h('tr', { dataset: { number: r.number, level: r.level || null } }, COLUMNS.map(function (c) {
            return h('td', { class: c.className || null, dataset: { label: c.label || t('dis.col.' + c.key) } }, c.render(r));
          }));
        }) : h('tr', null, h('td', { class: 'empty', colspan: COLUMNS.length }, filtered ? t('dis.empty') : t('dis.emptyAll')))));
        renderPager(total, res.page != null ? res.page : state.page, res.size || PAGE_SIZE);
      }, function (err) {
        if (disposed || seq !== loadSeq) return;
        table.removeAttribute('aria-busy');
        ui.clear(table);
        ui.clear(pager);
        pager.appendChild(ui.errorBlock(err));
      });
    }

    function renderPager(total, page, size) {
      var pages = Math.max(1, Math.ceil(total / size));
      ui.clear(pager);
      pager.appendChild(h('span', { class: 'pager-count', id: 'disclosure-total' }, t('table.count', { n: total })));
      if (pages > 1) {
        pager.appendChild(h('button', { type: 'button', class: 'btn btn-small', disabled: page <= 0, dataset: { page: 'prev' },
          onclick: function () { state.page = page - 1; load(); } }, t('table.prev')));
        pager.appendChild(h('span', { class: 'pager-page' }, t('table.page', { page: page + 1, pages: pages })));
        pager.appendChild(h('button', { type: 'button', class: 'btn btn-small', disabled: page >= pages - 1, dataset: { page: 'next' },
          onclick: function () { state.page = page + 1; load(); } }, t('table.next')));
      }
    }

    return function () { disposed = true; clearTimeout(qTimer); };
  };

  // ---------- #/disclosure/new: the registration form ----------

  G.routes['#/disclosure/new'] = function (container, ctx) {
    var disposed = false;
    container.appendChild(backLink());
    container.appendChild(h('div', { class: 'page-head' }, h('h1', null, t('dis.form.title'))));
    var body = h('div', null, ui.loadingBlock());
    container.appendChild(body);
    if (!ctx.hasRole('registrar')) {
      ui.clear(body).appendChild(ui.banner('warning', t('dis.form.notRegistrar'), { id: 'disclosure-not-registrar' }));
      return null;
    }
    Promise.all([loadMeta(), loadAgencies()]).then(function (res) {
      if (disposed) return;
      ui.clear(body).appendChild(registrationForm(ctx, res[1]));
    }, function (err) {
      if (!disposed) ui.clear(body).appendChild(ui.errorBlock(err));
    });
    return function () { disposed = true; };
  };

  function registrationForm(ctx, agencies) {
    var requestKey = uuid(); // one per form: a double click or a retry after a lost answer registers once
    var today = fmt.today();
    var touchedDates = {};   // receipt dates the user entered, kept while the channel changes
    var sending = false;

    // -- receipt --
    var channel = h('select', { name: 'channel', id: 'dis-channel', required: true }, options('channels', 'IN_PERSON', t('common.choose')));
    var dateBox = h('div', { class: 'form-grid field-wide', id: 'dis-dates' });
    var ruleBox = h('div', { class: 'field-wide', id: 'dis-channel-rule', 'aria-live': 'polite' });
    var dateInputs = {};

    function renderDates() {
      dateInputs = {};
      ui.clear(dateBox);
      ui.clear(ruleBox);
      var ch = channel.value;
      (CHANNEL_DATES[ch] || []).forEach(function (d) {
        var prop = d[0], required = d[1];
        var input = h('input', { type: 'date', name: prop, id: 'dis-' + prop, required: required, max: today,
          value: touchedDates[prop] != null ? touchedDates[prop] : required ? today : '',
          onchange: function () { touchedDates[prop] = input.value; } });
        dateInputs[prop] = input;
        var key = 'dis.date.' + ch + '.' + prop;
        dateBox.appendChild(ui.field(t(key) !== key ? t(key) : t('dis.date.' + prop), input));
      });
      var c = meta.byId.channels[ch];
      if (c && (c.ruleZh || c.ruleEn)) {
        ruleBox.appendChild(ui.banner('info', G.i18n.lang === 'en' ? c.ruleEn || c.ruleZh : c.ruleZh || c.ruleEn, { class: 'banner banner-info banner-compact', role: null }));
      }
    }
    channel.addEventListener('change', renderDates);

    // -- applicant --
    var persons = meta.applicantTypes.filter(function (o) { return o.id === 'NATURAL_PERSON'; });
    var orgs = meta.applicantTypes.filter(function (o) { return o.id !== 'NATURAL_PERSON'; });
    var applicantType = h('select', { name: 'applicantType', id: 'dis-applicantType', required: true },
      h('option', { value: '' }, t('common.choose')),
      persons.map(function (o) { return h('option', { value: o.id }, G.i18n.pickName(o)); }),
      orgs.length ? h('optgroup', { label: t('dis.f.orgGroup') }, orgs.map(function (o) { return h('option', { value: o.id }, G.i18n.pickName(o)); })) : null);
    applicantType.value = persons.length ? 'NATURAL_PERSON' : '';
    var applicantName = h('input', { name: 'applicantName', id: 'dis-applicantName', required: true, maxlength: 200, autocomplete: 'off' });
    var idKind = h('select', { name: 'idKind', id: 'dis-idKind', required: true }, options('idKinds', 'RESIDENT_ID', t('common.choose')));
    var idNumber = h('input', { name: 'idNumber', id: 'dis-idNumber', required: true, maxlength: 40, autocomplete: 'off', spellcheck: 'false', class: 'mono-input' });
    var phone = h('input', { name: 'phone', id: 'dis-phone', type: 'tel', maxlength: 40, autocomplete: 'off' });
    var email = h('input', { name: 'email', id: 'dis-email', type: 'email', maxlength: 200, autocomplete: 'off' });
    var address = h('input', { name: 'address', id: 'dis-address', maxlength: 300, autocomplete: 'off' });
    var nameField = ui.field(t('dis.f.applicantName.person'), applicantName);
    var idNumberField = ui.field(t('dis.f.idNumber'), idNumber);

    function setLabel(fieldEl, text) {
      var l = fieldEl.querySelector('label');
      if (l && l.firstChild && l.firstChild.nodeType === 3) l.firstChild.nodeValue = text;
    }
    function applicantTypeChanged() {
      var org = applicantType.value !== '' && applicantType.value !== 'NATURAL_PERSON';
      if (org && (idKind.value === '' || idKind.value === 'RESIDENT_ID')) idKind.value = 'SOCIAL_CREDIT_CODE';
      if (!org && applicantType.value && idKind.value === 'SOCIAL_CREDIT_CODE') idKind.value = 'RESIDENT_ID';
      setLabel(nameField, t(org ? 'dis.f.applicantName.org' : 'dis.f.applicantName.person'));
      idKindChanged();
    }
    function idKindChanged() {
      setLabel(idNumberField, t(idKind.value === 'SOCIAL_CREDIT_CODE' ? 'dis.f.idNumber.org' : 'dis.f.idNumber'));
    }
    applicantType.addEventListener('change', applicantTypeChanged);
    idKind.addEventListener('change', idKindChanged);

    // -- request --
    var title = h('input', { name: 'title', id: 'dis-title', required: true, maxlength: 200, autocomplete: 'off' });
    var itemList = h('ol', { class: 'repeat-list', id: 'dis-items' });
    var addItem = h('button', { type: 'button', class: 'btn btn-small', id: 'dis-item-add', onclick: function () {
      itemList.appendChild(itemRow(''));
      renumber();
      itemList.lastChild.querySelector('textarea').focus();
    } }, t('dis.f.itemAdd'));
    var itemsErrId = ui.uid('dis-items') + '-error';
    var itemsField = h('div', { class: 'field field-wide', dataset: { field: 'items' } },
      h('span', { class: 'label' }, t('dis.f.items'), h('span', { class: 'req', 'aria-hidden': 'true' }, ' *')),
      h('div', { class: 'field-hint' }, t('dis.f.itemsHint')),
      itemList,
      h('div', { class: 'field-error', id: itemsErrId, 'aria-live': 'polite' }),
      h('div', null, addItem));

    function itemRow(value) {
      var ta = h('textarea', { class: 'dis-item-description', rows: 3, maxlength: 2000, required: true, value: value });
      var remove = h('button', { type: 'button', class: 'btn btn-small btn-danger repeat-remove', onclick: function () {
        var li = remove.closest('li');
        var next = li.nextElementSibling || li.previousElementSibling;
        li.parentNode.removeChild(li);
        renumber();
        if (next) next.querySelector('textarea').focus();
      } }, t('dis.f.itemRemove'));
      return h('li', { class: 'repeat-row' }, ui.field('', ta), remove);
    }

    function renumber() {
      var rows = itemList.children;
      Array.prototype.forEach.call(rows, function (li, i) {
        var f = li.querySelector('.field');
        var ta = li.querySelector('textarea');
        var name = 'items[' + i + '].description';
        var id = 'dis-items-' + i + '-description';
        f.dataset.field = name;
        ta.name = name;
        ta.id = id;
        f.querySelector('.field-error').id = id + '-error';
        ta.setAttribute('aria-describedby', id + '-error');
        var l = f.querySelector('label');
        l.setAttribute('for', id);
        l.firstChild.nodeValue = t('dis.f.item', { n: i + 1 });
        var rm = li.querySelector('.repeat-remove');
        rm.disabled = rows.length <= 1;
        rm.setAttribute('aria-label', t('dis.f.itemRemoveLabel', { n: i + 1 }));
      });
    }
    itemList.appendChild(itemRow(''));
    renumber();

    // -- form and delivery, handling agency --
    var form = h('select', { name: 'form', id: 'dis-form', required: true }, options('forms', null, t('common.choose')));
    var receiveBy = h('select', { name: 'receiveBy', id: 'dis-receiveBy', required: true }, options('receiveBy', null, t('common.choose')));
    var own = ctx.user && ctx.user.agencyCode;
    var agencyCode = h('select', { name: 'agencyCode', id: 'dis-agencyCode', required: true },
      h('option', { value: '' }, t('common.choose')),
      agencies.map(function (a) { return h('option', { value: a.code }, a.name); }),
      own && !agencies.some(function (a) { return a.code === own; })
        ? h('option', { value: own }, (ctx.user.agencyName || own)) : null);
    agencyCode.value = own || '';

    var submit = h('button', { type: 'submit', class: 'btn btn-primary', id: 'dis-submit' }, t('dis.f.submit'));

    function section(titleKey, id) {
      return h('h2', { class: 'form-section field-wide', id: id }, t(titleKey));
    }

    var el = h('form', { class: 'card card-narrow form-grid', id: 'disclosure-form', novalidate: true, onsubmit: onSubmit },
      h('p', { class: 'muted field-wide form-intro' }, t('dis.form.intro')),
      h('div', { class: 'form-banner field-wide' }),
      section('dis.sec.receipt', 'dis-sec-receipt'),
      ui.field(t('dis.f.channel'), channel),
      h('div', { class: 'field' }),
      dateBox,
      ruleBox,
      section('dis.sec.applicant', 'dis-sec-applicant'),
      ui.field(t('dis.f.applicantType'), applicantType),
      nameField,
      ui.field(t('dis.f.idKind'), idKind),
      idNumberField,
      ui.field(t('dis.f.phone'), phone),
      ui.field(t('dis.f.email'), email),
      ui.field(t('dis.f.address'), address, { wide: true, hint: t('dis.f.contactHint') }),
      section('dis.sec.request', 'dis-sec-request'),
      ui.field(t('dis.f.title'), title, { wide: true, hint: t('dis.f.titleHint') }),
      itemsField,
      section('dis.sec.delivery', 'dis-sec-delivery'),
      ui.field(t('dis.f.form'), form),
      ui.field(t('dis.f.receiveBy'), receiveBy),
      section('dis.sec.handling', 'dis-sec-handling'),
      ui.field(t('dis.f.agencyCode'), agencyCode),
      h('div', { class: 'form-actions field-wide' },
        h('a', { href: lastListHash, class: 'btn', id: 'dis-cancel' }, t('dis.f.cancel')),
        submit));

    renderDates();
    applicantTypeChanged();

    function onSubmit(e) {
      e.preventDefault();
      if (sending) return;
      ui.clearErrors(el);
      var bad = false;
      function need(name, ok) { if (!ok) { ui.setFieldError(el, name, t('form.required')); bad = true; } }
      need('channel', channel.value);
      Object.keys(dateInputs).forEach(function (k) {
        var input = dateInputs[k];
        if (input.required) need(k, input.value);
        if (input.value && input.value > today) { ui.setFieldError(el, k, t('dis.date.future')); bad = true; }
      });
      need('applicantType', applicantType.value);
      need('applicantName', trimmed(applicantName));
      need('idKind', idKind.value);
      need('idNumber', trimmed(idNumber));
      need('title', trimmed(title));
      var items = Array.prototype.map.call(itemList.querySelectorAll('textarea'), function (ta) { return { description: ta.value.trim() }; });
      items.forEach(function (it, i) { need('items[' + i + '].description', it.description); });
      need('form', form.value);
      need('receiveBy', receiveBy.value);
      need('agencyCode', agencyCode.value);
      if (bad) {
        var first = el.querySelector('[aria-invalid="true"]');
        if (first) first.focus();
        return;
      }
      var payload = {
        requestKey: requestKey,
        channel: channel.value,
        submittedOn: dateInputs.submittedOn ? dateInputs.submittedOn.value || null : null,
        signedForOn: dateInputs.signedForOn ? dateInputs.signedForOn.value || null : null,
        confirmedOn: dateInputs.confirmedOn ? dateInputs.confirmedOn.value || null : null,
        applicantType: applicantType.value,
        applicantName: trimmed(applicantName),
        idKind: idKind.value,
        idNumber: trimmed(idNumber),
        phone: trimmed(phone),
        email: trimmed(email),
        address: trimmed(address),
        title: trimmed(title),
        items: items,
        form: form.value,
        receiveBy: receiveBy.value,
        agencyCode: agencyCode.value
      };
      sending = true;
      ui.busy(el, true);
      api.post('/disclosure/applications', payload).then(function (detail) {
        sending = false;
        ui.busy(el, false);
        ui.toast(t('dis.created', { number: detail.number }), 'success');
        location.hash = caseHash(detail.number);
      }, function (err) {
        sending = false;
        ui.busy(el, false);
        ui.showErrors(el, err);
      });
    }

    return el;
  }

  // ---------- #/disclosure/case/<number>: the case page ----------

  G.routes['#/disclosure/case'] = function (container, ctx) {
    var number = ctx.params[0];
    var disposed = false;
    var dialog = null;
    var root = h('section', { id: 'disclosure-case', class: 'disclosure-case' }, ui.loadingBlock());
    container.appendChild(root);
    if (!number) { location.replace('#/disclosure'); return null; }

    Promise.all([loadMeta(), api.get(casePath(number))]).then(function (res) {
      if (!disposed) show(res[1]);
    }, function (err) {
      if (disposed) return;
      ui.clear(root).append(backLink(), err.status === 404
        ? ui.banner('error', t('dis.case.notFound', { number: number }), { id: 'disclosure-not-found' })
        : ui.errorBlock(err));
    });

    /** Shows a change's answer (the new detail), or reads the case again when the answer has none. */
    function changed(detail, message) {
      if (message) ui.toast(message, 'success');
      if (detail && detail.number) { show(detail); return Promise.resolve(detail); }
      return api.get(casePath(number)).then(function (d) { if (!disposed) show(d); return d; });
    }

    var dirtyItems = {};

    function show(d) {
      if (disposed) return;
      document.title = d.number + ' ' + (d.title || '') + ' - ' + t('app.name');
      dirtyItems = {};
      ui.clear(root);
      root.dataset.stage = d.stage;
      ui.append(root, [
        backLink(),
        header(d),
        progress(d),
        actionsCard(d),
        h('div', { class: 'split split-spaced' }, clockCard(d), infoCard(d)),
        applicantCard(d),
        itemsCard(d),
        h('div', { class: 'split split-spaced' }, pausesCard(d), extensionCard(d)),
        eventsCard(d)
      ]);
    }

    function header(d) {
      return h('div', { class: 'page-head' },
        h('div', null,
          h('div', { class: 'page-kicker' }, h('span', { class: 'muted' }, t('dis.case.number'), ' '), h('span', { class: 'mono', id: 'case-number' }, d.number)),
          h('h1', { id: 'case-title' }, d.title || d.number)),
        h('div', { class: 'page-head-side' },
          stageChip(d.stage, { id: 'case-stage', class: stageClass(d.stage) + ' chip-large' }),
          h('button', { type: 'button', class: 'btn', id: 'case-print', onclick: function () { window.print(); } }, t('dis.case.print'))));
    }

    // -- progress of the eight stages --
    function progress(d) {
      var events = d.events || [];
      var visited = {};
      events.forEach(function (e) { if (e.toStage) visited[e.toStage] = true; if (e.fromStage) visited[e.fromStage] = true; });
      visited.RECEIVED = true;
      var ended = ENDED.indexOf(d.stage) >= 0;
      var reached = d.stage;
      if (ended) {
        var last = events.filter(function (e) { return e.toStage === d.stage && e.fromStage; }).pop();
        reached = last ? last.fromStage : null;
      }
      var currentIdx = FLOW.indexOf(reached);
      var steps = FLOW.map(function (s, i) {
        var cls = '';
        if (!ended && s === d.stage) cls = 'current';
        else if (ended && i > currentIdx) cls = 'skipped';
        // After the current stage only the correction loop counts as done: a returned review is to come again.
        else if (visited[s] && (i < currentIdx || ended || s === 'CORRECTION')) cls = 'done';
        else if (i < currentIdx) cls = 'skipped';
        var status = { current: 'dis.case.stepCurrent', done: 'dis.case.stepDone', skipped: 'dis.case.stepSkipped' }[cls];
        // A skipped stage on the way to the current one still lies on the path taken.
        if (cls === 'skipped' && i < currentIdx) cls += ' passed';
        return h('li', { class: cls || null, dataset: { stage: s }, 'aria-current': cls === 'current' ? 'step' : null },
          h('span', { class: 'step-label' }, label('stages', s)),
          status ? h('span', { class: 'visually-hidden' }, ' (', t(status), ')') : null);
      });
      if (ended) {
        steps.push(h('li', { class: 'end', dataset: { stage: d.stage }, 'aria-current': 'step' },
          h('span', { class: 'step-label' }, label('stages', d.stage)),
          reached ? h('span', { class: 'step-note' }, t('dis.case.endedAt', { stage: label('stages', reached) })) : null));
      }
      return h('section', { class: 'card', 'aria-labelledby': 'case-progress-title' },
        h('h2', { class: 'visually-hidden', id: 'case-progress-title' }, t('dis.case.progress')),
        h('ol', { class: 'steps' + (ended ? ' steps-ended' : ''), id: 'case-progress' }, steps));
    }

    // -- the clock and why --
    function clockCard(d) {
      var c = d.clock || {};
      var closed = isClosed(d.stage);
      var n = c.remainingWorkingDays;
      var big, tone;
      if (closed) { big = t('dis.case.closed'); tone = 'muted'; }
      else if (c.level === 'PAUSED') { big = t('dis.case.paused'); tone = 'muted'; }
      else if (c.level === 'WAITING_FOR_CORRECTION') { big = t('dis.case.waiting'); tone = 'muted'; }
      else if (c.level === 'OVERDUE') { big = t('dis.days.overdueLong', { n: Math.abs(n || 0) }); tone = 'bad'; }
      else if (n != null) { big = n === 0 ? t('dis.days.dueToday') : t('dis.days.left', { n: n }); tone = c.level === 'WARNING' ? 'warn' : 'ok'; }
      else { big = '—'; tone = 'muted'; }
      var explanation = c.explanation || [];
      return h('section', { class: 'card clock-card', id: 'case-clock', 'aria-labelledby': 'case-clock-title' },
        h('h2', { id: 'case-clock-title' }, t('dis.case.clock')),
        h('div', { class: 'figure figure-' + tone, id: 'case-clock-figure', dataset: { level: c.level || '' } },
          h('span', { class: 'figure-value' }, big)),
        c.provisional ? ui.banner('warning', t('calendar.provisionalResult'), { id: 'case-provisional' }) : null,
        h('dl', { class: 'facts' },
          fact(t('dis.case.replyDue'), c.replyDue ? h('strong', null, dateWithWeekday(c.replyDue)) : t('dis.case.replyDueNone'), { id: 'case-reply-due' }),
          c.correctionDue ? fact(t('dis.case.correctionDue'), dateWithWeekday(c.correctionDue), { id: 'case-correction-due' }) : null,
          d.correctionDeadline ? fact(t('dis.case.correctionDeadline'), dateWithWeekday(d.correctionDeadline), { id: 'case-correction-deadline' }) : null,
          d.extensionDays ? fact(t('dis.case.extension'), t('dis.case.extensionDays', { n: d.extensionDays })) : null),
        h('h3', { class: 'subheading' }, t('dis.case.why')),
        explanation.length
          ? h('ol', { class: 'compact-list', id: 'case-why' }, explanation.map(function (m) { return h('li', null, G.i18n.pick(m)); }))
          : h('p', { class: 'muted', id: 'case-why' }, t('dis.case.whyEmpty')));
    }

    function infoCard(d) {
      return h('section', { class: 'card', id: 'case-info' },
        h('h2', null, t('dis.case.info')),
        h('dl', { class: 'facts' },
          fact(t('dis.case.channel'), label('channels', d.channel)),
          fact(t('dis.case.receiptDate'), d.receiptDate ? dateWithWeekday(d.receiptDate) : null, { id: 'case-receipt-date' }),
          d.submittedOn ? fact(t('dis.case.submittedOn'), d.submittedOn) : null,
          d.signedForOn ? fact(t('dis.case.signedForOn'), d.signedForOn) : null,
          d.confirmedOn ? fact(t('dis.case.confirmedOn'), d.confirmedOn) : null,
          fact(t('dis.case.agency'), d.agencyName || d.agencyCode),
          fact(t('dis.case.form'), label('forms', d.form)),
          fact(t('dis.case.receiveBy'), label('receiveBy', d.receiveBy))));
    }

    // -- workflow actions --
    function actionsCard(d) {
      var ids = d.actions || [];
      if (!ids.length) return null;
      return h('section', { class: 'card no-print', id: 'case-actions' },
        h('h2', null, t('dis.case.actions')),
        h('div', { class: 'action-bar' }, ids.map(function (id) {
          var cls = DESTRUCTIVE.indexOf(id) >= 0 ? 'btn btn-danger' : SECONDARY.indexOf(id) >= 0 ? 'btn' : 'btn btn-primary';
          return h('button', { type: 'button', class: cls, dataset: { action: id }, onclick: function () { openAction(d, id); } }, label('actions', id));
        })));
    }

    function openAction(d, id) {
      var comment = h('textarea', { name: 'comment', id: 'action-comment', rows: 3, maxlength: 2000 });
      var date = null, deadline = null;
      if (id === 'RECEIVE_CORRECTION' || id === 'DELIVER') {
        date = h('input', { type: 'date', name: 'date', id: 'action-date', required: true, value: fmt.today(), max: fmt.today() });
      }
      if (id === 'REQUEST_CORRECTION') {
        deadline = h('input', { type: 'date', name: 'correctionDeadline', id: 'action-correction-deadline', required: true, min: fmt.addDays(fmt.today(), 1) });
      }
      var unsaved = Object.keys(dirtyItems).filter(function (k) { return dirtyItems[k]; });
      var to = transitionTarget(id);
      var cls = DESTRUCTIVE.indexOf(id) >= 0 ? 'btn btn-danger' : 'btn btn-primary';
      var form = h('form', { class: 'form-grid', id: 'action-form', novalidate: true, dataset: { action: id }, onsubmit: submit },
        h('div', { class: 'form-banner field-wide' }),
        unsaved.length ? ui.banner('warning', t('dis.case.unsavedWarning', { items: unsaved.join(t('common.listSeparator')) }), { class: 'banner banner-warning field-wide' }) : null,
        to ? h('p', { class: 'field-wide form-note' }, t('dis.action.to', { stage: label('stages', to) })) : null,
        id === 'REQUEST_CORRECTION' && d.clock && d.clock.correctionDue
          ? ui.banner('info', t('dis.action.correctionDue', { date: dateWithWeekday(d.clock.correctionDue) }), { class: 'banner banner-info field-wide', role: null }) : null,
        date ? ui.field(t('dis.action.date.' + id), date, { wide: true, hint: id === 'DELIVER' ? t('dis.action.dateHint.DELIVER') : null }) : null,
        deadline ? ui.field(t('dis.action.correctionDeadline'), deadline, { wide: true, hint: t('dis.action.correctionDeadlineHint') }) : null,
        ui.field(t('dis.action.comment'), comment, { wide: true }),
        h('div', { class: 'form-actions field-wide' },
          h('button', { type: 'button', class: 'btn', id: 'action-cancel', onclick: function () { close(); } }, t('dis.action.cancel')),
          h('button', { type: 'submit', class: cls, id: 'action-confirm' }, t('dis.action.confirm'))));
      dialog = ui.modal(label('actions', id), form);
      function close() { if (dialog) { dialog.close(); dialog = null; } }

      function submit(e) {
        e.preventDefault();
        ui.clearErrors(form);
        if (date && !date.value) { ui.setFieldError(form, 'date', t('form.required')); date.focus(); return; }
        if (deadline && !deadline.value) { ui.setFieldError(form, 'correctionDeadline', t('form.required')); deadline.focus(); return; }
        ui.busy(form, true);
        api.post(casePath(d.number, '/actions/' + encodeURIComponent(id)), {
          comment: trimmed(comment),
          date: date ? date.value : null,
          correctionDeadline: deadline ? deadline.value : null
        }).then(function (detail) {
          close();
          return changed(detail, t('dis.action.done', { action: label('actions', id) }));
        }, function (err) {
          ui.busy(form, false);
          ui.showErrors(form, err);
        }).catch(ui.reportError);
      }
    }

    /** Where an action leads, for the dialog's sentence; the workflow itself lives on the server. */
    function transitionTarget(id) {
      return {
        REGISTER: 'REGISTERED', REPLY_ON_THE_SPOT: 'DELIVERED', REQUEST_CORRECTION: 'CORRECTION', RECEIVE_CORRECTION: 'REGISTERED',
        DEEM_ABANDONED: 'ABANDONED', START_DRAFTING: 'DRAFTING', SUBMIT_FOR_REVIEW: 'REVIEW', APPROVE: 'REPLIED',
        RETURN: 'DRAFTING', DELIVER: 'DELIVERED', ARCHIVE: 'ARCHIVED', WITHDRAW: 'WITHDRAWN', FEE_LAPSE: 'LAPSED'
      }[id] || null;
    }

    // -- applicant --
    function applicantCard(d) {
      var a = d.applicant || {};
      return h('section', { class: 'card', id: 'case-applicant' },
        h('div', { class: 'card-head' },
          h('h2', null, t('dis.case.applicant')),
          h('span', { class: 'note', id: 'case-audit-note' }, t('dis.case.audited'))),
        h('dl', { class: 'facts facts-2' },
          fact(t('dis.case.applicantType'), label('applicantTypes', a.type)),
          fact(t('dis.case.applicantName'), a.name, { id: 'case-applicant-name' }),
          fact(t('dis.case.id'), a.idNumber ? [label('idKinds', a.idKind), ' ', h('span', { class: 'mono' }, a.idNumber)] : label('idKinds', a.idKind)),
          fact(t('dis.case.phone'), a.phone),
          fact(t('dis.case.email'), a.email),
          fact(t('dis.case.address'), a.address)));
    }

    // -- items and their replies --
    function itemsCard(d) {
      var items = d.items || [];
      var editable = d.stage === 'DRAFTING' && ctx.hasRole('handler');
      var readTable = h('div', { class: 'table-wrap table-wrap-static' + (editable ? ' print-only' : '') },
        h('table', { class: 'data-table items-table', id: 'case-items' },
          h('thead', null, h('tr', null,
            ['itemSeq', 'itemDescription', 'itemDecision', 'itemReply'].map(function (k) { return h('th', { scope: 'col', class: k === 'itemSeq' ? 'num' : null }, t('dis.case.' + k)); }))),
          h('tbody', null, items.map(function (it) {
            return h('tr', { dataset: { seq: it.seq } },
              h('td', { class: 'num' }, it.seq),
              h('td', { class: 'pre-wrap' }, it.description),
              h('td', null, decisionText(it)),
              h('td', { class: 'pre-wrap' }, it.replyText || h('span', { class: 'muted' }, '—')));
          }))));
      return h('section', { class: 'card', id: 'case-items-card' },
        h('h2', null, t('dis.case.items')),
        editable ? h('p', { class: 'muted no-print' }, t('dis.case.itemEditHint')) : null,
        editable ? h('div', { class: 'stack no-print' }, items.map(function (it) { return itemEditor(d, it); })) : null,
        readTable);
    }

    function decisionText(it) {
      if (!it.decision) return h('span', { class: 'muted' }, t('dis.case.undecided'));
      var dec = meta.byId.decisions[it.decision];
      return [
        h('div', null, label('decisions', it.decision)),
        dec && dec.article ? h('div', { class: 'muted small' }, dec.article) : null,
        it.ground ? h('div', { class: 'small' }, t('dis.case.itemGround'), t('common.colon'), label('grounds', it.ground)) : null
      ];
    }

    function itemEditor(d, it) {
      var seq = it.seq;
      var decision = h('select', { name: 'decision', id: 'dis-item-' + seq + '-decision', dataset: { itemDecision: seq }, required: true },
        h('option', { value: '' }, t('common.choose')),
        meta.decisions.map(function (o) {
          return h('option', { value: o.id }, G.i18n.pickName(o) + (o.article ? '（' + o.article + '）' : ''));
        }));
      decision.value = it.decision || '';
      var ground = h('select', { name: 'ground', id: 'dis-item-' + seq + '-ground', dataset: { itemGround: seq }, required: true },
        options('grounds', null, t('common.choose')));
      ground.value = it.ground || '';
      var reply = h('textarea', { name: 'replyText', id: 'dis-item-' + seq + '-reply', dataset: { itemReply: seq }, rows: 4, maxlength: 10000, value: it.replyText || '' });
      var groundField = ui.field(t('dis.case.itemGround'), ground);
      var save = h('button', { type: 'submit', class: 'btn btn-primary', dataset: { itemSave: seq } }, t('dis.case.itemSave', { n: seq }));
      var dirtyMark = h('span', { class: 'chip chip-warn', hidden: true }, t('dis.case.itemUnsaved'));

      function needsGround() {
        var o = meta.byId.decisions[decision.value];
        return !!(o && o.needsGround);
      }
      function sync() { groundField.hidden = !needsGround(); }
      function markDirty() {
        var dirty = decision.value !== (it.decision || '') || reply.value !== (it.replyText || '') ||
          (needsGround() && ground.value !== (it.ground || ''));
        dirtyItems[seq] = dirty;
        dirtyMark.hidden = !dirty;
      }
      decision.addEventListener('change', function () { sync(); markDirty(); });
      ground.addEventListener('change', markDirty);
      reply.addEventListener('input', markDirty);
      sync();

      var form = h('form', { class: 'block item-editor', novalidate: true, dataset: { seq: seq }, onsubmit: submit },
        h('div', { class: 'block-head' },
          h('span', { class: 'block-title' }, t('dis.f.item', { n: seq })),
          dirtyMark),
        h('p', { class: 'block-quote pre-wrap' }, it.description),
        h('div', { class: 'form-banner' }),
        h('div', { class: 'form-grid' },
          ui.field(t('dis.case.itemDecision'), decision),
          groundField,
          ui.field(t('dis.case.itemReply'), reply, { wide: true }),
          h('div', { class: 'form-actions field-wide' }, save)));

      function submit(e) {
        e.preventDefault();
        ui.clearErrors(form);
        if (!decision.value) { ui.setFieldError(form, 'decision', t('form.required')); decision.focus(); return; }
        if (needsGround() && !ground.value) { ui.setFieldError(form, 'ground', t('form.required')); ground.focus(); return; }
        ui.busy(form, true);
        // Other items' unsaved edits survive the re-render of the page only if they are saved first; keep them.
        var pending = collectOtherEdits(seq);
        api.put(casePath(d.number, '/items/' + encodeURIComponent(seq)), {
          decision: decision.value,
          ground: needsGround() ? ground.value : null,
          replyText: reply.value.trim() === '' ? null : reply.value
        }).then(function (detail) {
          return changed(detail, t('dis.case.itemSaved', { n: seq })).then(function () { restoreEdits(pending); });
        }, function (err) {
          ui.busy(form, false);
          ui.showErrors(form, err);
        }).catch(ui.reportError);
      }
      return form;
    }

    /** The unsaved values of the other item editors, so that saving one item does not wipe the others. */
    function collectOtherEdits(exceptSeq) {
      var kept = [];
      Array.prototype.forEach.call(root.querySelectorAll('form.item-editor'), function (f) {
        var seq = f.dataset.seq;
        if (String(seq) === String(exceptSeq) || !dirtyItems[seq]) return;
        kept.push({ seq: seq, decision: f.elements.decision.value, ground: f.elements.ground.value, replyText: f.elements.replyText.value });
      });
      return kept;
    }

    function restoreEdits(kept) {
      kept.forEach(function (k) {
        var f = root.querySelector('form.item-editor[data-seq="' + k.seq + '"]');
        if (!f) return;
        f.elements.decision.value = k.decision;
        f.elements.decision.dispatchEvent(new Event('change'));
        f.elements.ground.value = k.ground;
        f.elements.ground.dispatchEvent(new Event('change'));
        f.elements.replyText.value = k.replyText;
        f.elements.replyText.dispatchEvent(new Event('input'));
      });
    }

    // -- pauses --
    function pausesCard(d) {
      var pauses = d.pauses || [];
      var canEdit = ctx.hasRole('handler', 'registrar') && !isClosed(d.stage);
      var open = pauses.filter(function (p) { return !p.to; });
      var rows = pauses.map(function (p) {
        return h('tr', { dataset: { pause: p.id } },
          h('td', { class: 'nowrap' }, t('dis.pause.' + p.kind) !== 'dis.pause.' + p.kind ? t('dis.pause.' + p.kind) : p.kind),
          h('td', { class: 'nowrap' }, p.from),
          h('td', { class: 'nowrap' }, p.to || h('span', { class: 'chip chip-warn' }, t('dis.case.pauseOpen'))),
          h('td', { class: 'pre-wrap' }, p.reason || ''));
      });
      return h('section', { class: 'card', id: 'case-pauses' },
        h('h2', null, t('dis.case.pauses')),
        h('p', { class: 'muted small' }, t('dis.case.pausesHint')),
        pauses.length
          ? h('div', { class: 'table-wrap table-wrap-static' }, h('table', { class: 'data-table' },
              h('thead', null, h('tr', null, ['pauseKind', 'pauseFrom', 'pauseTo', 'pauseReason'].map(function (k) { return h('th', { scope: 'col' }, t('dis.case.' + k)); }))),
              h('tbody', null, rows)))
          : h('p', { class: 'muted', id: 'case-no-pauses' }, t('dis.case.noPauses')),
        canEdit ? open.map(function (p) { return endPauseForm(d, p); }) : null,
        canEdit && !open.length && PAUSE_STAGES.indexOf(d.stage) >= 0 ? startPauseForm(d) : null);
    }

    function startPauseForm(d) {
      var kind = h('select', { name: 'kind', id: 'pause-kind', required: true },
        ['CONSULTATION', 'FEE'].map(function (k) { return h('option', { value: k }, t('dis.pause.' + k)); }));
      var from = h('input', { type: 'date', name: 'from', id: 'pause-from', required: true, value: fmt.today() });
      var reason = h('input', { name: 'reason', id: 'pause-reason', maxlength: 200 });
      var form = h('form', { class: 'form-grid subform no-print', id: 'pause-start-form', novalidate: true, onsubmit: submit },
        h('h3', { class: 'field-wide' }, t('dis.case.pauseStart')),
        h('div', { class: 'form-banner field-wide' }),
        ui.field(t('dis.case.pauseKind'), kind),
        ui.field(t('dis.case.pauseFrom'), from),
        ui.field(t('dis.case.pauseReason'), reason, { wide: true, hint: t('dis.case.pauseReasonHint') }),
        h('div', { class: 'form-actions field-wide' },
          h('button', { type: 'submit', class: 'btn btn-primary', id: 'pause-start' }, t('dis.case.pauseStart'))));
      function submit(e) {
        e.preventDefault();
        ui.clearErrors(form);
        var bad = false;
        if (!from.value) { ui.setFieldError(form, 'from', t('form.required')); return; }
        ui.busy(form, true);
        api.post(casePath(d.number, '/pauses'), { kind: kind.value, from: from.value, reason: trimmed(reason) }).then(function (detail) {
          return changed(detail, t('dis.case.pauseStarted'));
        }, function (err) {
          ui.busy(form, false);
          ui.showErrors(form, err);
        }).catch(ui.reportError);
      }
      return form;
    }

    function endPauseForm(d, p) {
      var to = h('input', { type: 'date', name: 'to', id: 'pause-end-' + p.id, required: true, value: fmt.today(), min: p.from });
      var kindName = t('dis.pause.' + p.kind) !== 'dis.pause.' + p.kind ? t('dis.pause.' + p.kind) : p.kind;
      var form = h('form', { class: 'form-grid subform no-print pause-end-form', novalidate: true, dataset: { pause: p.id }, onsubmit: submit },
        h('div', { class: 'form-banner field-wide' }),
        ui.field(t('dis.case.pauseEndLabel', { kind: kindName }), to),
        h('div', { class: 'form-actions align-end' },
          h('button', { type: 'submit', class: 'btn btn-primary', dataset: { pauseEnd: p.id } }, t('dis.case.pauseEnd'))));
      function submit(e) {
        e.preventDefault();
        ui.clearErrors(form);
        if (!to.value) { ui.setFieldError(form, 'to', t('form.required')); return; }
        ui.busy(form, true);
        api.post(casePath(d.number, '/pauses/' + encodeURIComponent(p.id) + '/end'), { to: to.value }).then(function (detail) {
          return changed(detail, t('dis.case.pauseEnded'));
        }, function (err) {
          ui.busy(form, false);
          ui.showErrors(form, err);
        }).catch(ui.reportError);
      }
      return form;
    }

    // -- extension (Art. 33 para 2) --
    function extensionCard(d) {
      var ext = d.extensionDays || 0;
      var max = 20;
      // Once only, before the reply and before the period has run out (Art. 33 para 2).
      var canEdit = ctx.hasRole('office-head') && !ext && !isClosed(d.stage) && d.stage !== 'REPLIED' &&
        !(d.clock && d.clock.level === 'OVERDUE');
      return h('section', { class: 'card', id: 'case-extension' },
        h('h2', null, t('dis.case.extensionTitle')),
        h('p', { class: 'muted small' }, t('dis.case.extensionHint')),
        h('p', { id: 'case-extension-days' }, ext
          ? h('strong', null, t('dis.case.extensionGranted', { n: ext }))
          : h('span', { class: 'muted' }, t('dis.case.extensionNone'))),
        canEdit ? extensionForm(d, max) : null);
    }

    function extensionForm(d, max) {
      var days = h('input', { type: 'number', name: 'days', id: 'extension-days', min: 1, max: max, step: 1, required: true, inputmode: 'numeric' });
      var reason = h('textarea', { name: 'reason', id: 'extension-reason', rows: 2, required: true, maxlength: 1000 });
      var form = h('form', { class: 'form-grid subform no-print', id: 'extension-form', novalidate: true, onsubmit: submit },
        h('div', { class: 'form-banner field-wide' }),
        ui.field(t('dis.case.extensionDaysField'), days),
        h('div', { class: 'field' }),
        ui.field(t('dis.case.extensionReason'), reason, { wide: true }),
        h('div', { class: 'form-actions field-wide' },
          h('button', { type: 'submit', class: 'btn btn-primary', id: 'extension-submit' }, t('dis.case.extensionSubmit'))));
      function submit(e) {
        e.preventDefault();
        ui.clearErrors(form);
        var n = Number(days.value);
        var bad = false;
        if (!/^\d+$/.test(days.value) || n < 1 || n > max) { ui.setFieldError(form, 'days', t('dis.case.extensionMax', { max: max })); bad = true; }
        if (!trimmed(reason)) { ui.setFieldError(form, 'reason', t('form.required')); bad = true; }
        if (bad) return;
        ui.busy(form, true);
        api.post(casePath(d.number, '/extension'), { days: n, reason: trimmed(reason) }).then(function (detail) {
          return changed(detail, t('dis.case.extensionGranted', { n: n }));
        }, function (err) {
          ui.busy(form, false);
          ui.showErrors(form, err);
        }).catch(ui.reportError);
      }
      return form;
    }

    // -- history --
    function eventName(action) {
      if (!action) return '';
      if (meta.byId.actions[action]) return label('actions', action);
      var key = 'dis.event.' + action;
      return t(key) !== key ? t(key) : action;
    }

    function eventsCard(d) {
      var events = (d.events || []).slice().sort(function (a, b) { return String(a.at).localeCompare(String(b.at)); });
      return h('section', { class: 'card', id: 'case-events' },
        h('h2', null, t('dis.case.events')),
        events.length
          ? h('ol', { class: 'timeline', id: 'case-timeline' }, events.map(function (e) {
              var moved = e.toStage && e.toStage !== e.fromStage;
              return h('li', { dataset: { action: e.action || '' } },
                h('div', { class: 'timeline-head' },
                  h('strong', { class: 'timeline-title' }, eventName(e.action)),
                  moved ? h('span', { class: 'timeline-move' },
                    e.fromStage ? stageChip(e.fromStage) : null,
                    e.fromStage ? h('span', { class: 'muted', 'aria-hidden': 'true' }, ' → ') : null,
                    stageChip(e.toStage)) : null),
                h('div', { class: 'timeline-meta' },
                  h('time', { datetime: e.at }, fmt.dateTime(e.at)), e.actor ? ' · ' : null, e.actor || null),
                e.comment ? h('div', { class: 'timeline-comment pre-wrap' }, e.comment) : null);
            }))
          : h('p', { class: 'muted' }, t('dis.case.noEvents')));
    }

    return function () {
      disposed = true;
      if (dialog) { dialog.close(); dialog = null; }
    };
  };
}(window.Gongkai));
