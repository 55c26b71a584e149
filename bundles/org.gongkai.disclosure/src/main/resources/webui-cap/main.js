/*
 * Gongkai staff UI, capability 依申请公开 (disclosure on application), served at /ui/cap/disclosure/main.js:
 *
 *   #/disclosure               the case list: filters, server-side paging and sorting
 *   #/disclosure/new           the registration form (contents of Art. 29, receipt dates of Art. 31)
 *   #/disclosure/case/<number> the case page: clock and why, progress, applicant, items (with catalog suggestions
 *                              while drafting), letters, pauses, extension, fee, delivery, attachments, remedies,
 *                              events and the workflow actions the user may take now (each asking for its inputs)
 *   #/disclosure/dashboard     统计看板: open/overdue/warning, inline SVG charts by stage, per month, catalog topics
 *   #/disclosure/report        年度报告: section 三/四 tables in the national layout, integrity checks, texts, exports
 *   #/disclosure/catalog       高频事项目录: the catalog, edited by the office head
 *   #/disclosure/ledger        台账导入: templates, dry run with the errors by line and column, then import
 *
 * The shell's menu has one entry per capability; the pages above show as tabs on each page and are added under the
 * capability's menu entry.
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
      'dis.case.caseFile': '导出案卷',
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
      'dis.case.delegation': '委托办理',
      'dis.delegated': '委托',
      'dis.delegatedTo': '委托{zone}代为办理',
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
      'dis.case.caseFile': 'Export case file',
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
      'dis.case.delegation': 'Delegation',
      'dis.delegated': 'Delegated',
      'dis.delegatedTo': 'Handled by {zone} on the government\'s behalf',
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

  G.i18n.add({
    zh: {
      'dis.nav.label': '依申请公开栏目',
      'dis.nav.list': '申请列表',
      'dis.nav.dashboard': '统计看板',
      'dis.nav.report': '年度报告',
      'dis.nav.catalog': '高频事项目录',
      'dis.nav.ledger': '台账导入',

      'dis.action.commentRequired': '办理说明',
      'dis.action.comment.REQUEST_CORRECTION': '需要补正的事项',
      'dis.action.commentHint.REQUEST_CORRECTION': '一次性写明需要补正的全部事项，将写入补正告知书。',
      'dis.action.comment.GOOD_REASON': '申请人的正当理由',
      'dis.action.commentHint.GOOD_REASON': '记录申请人逾期未补正的正当理由，并重新给予补正期限（第三十条）。',
      'dis.action.comment.DEEM_ABANDONED': '认定无正当理由的依据',
      'dis.action.commentHint.DEEM_ABANDONED': '申请人无正当理由逾期不补正的，视为放弃申请，行政机关不再处理（第三十条）。',
      'dis.action.comment.REQUEST_REASONS': '审查意见',
      'dis.action.commentHint.REQUEST_REASONS': '申请数量、频次明显超过合理范围的，可以要求申请人说明理由（第三十五条）。',
      'dis.action.comment.SET_LATER_DATE': '说明（选填）',
      'dis.action.comment.WITHDRAW': '撤回情况',
      'dis.action.comment.RETURN': '退回意见',
      'dis.action.comment.APPROVE': '审核意见（选填）',
      'dis.action.date.WITHDRAW': '申请人撤回之日',
      'dis.action.newDeadline': '新的补正期限',
      'dis.action.dueDate.REQUEST_REASONS': '申请人说明理由的期限',
      'dis.action.dueDate.SET_LATER_DATE': '延后的答复期限',
      'dis.action.dueDateHint.SET_LATER_DATE': '申请理由合理、但无法在规定期限内答复的，可以确定延迟答复的合理期限并告知申请人（第三十五条）。',
      'dis.action.reportRow': '年度报告统计口径',
      'dis.action.reportRowHint': '已按各项处理决定预选，审核人可以更改。',
      'dis.action.deliveryMethod': '送达方式',
      'dis.action.trackingNumber': '邮件单号或电子邮件编号',
      'dis.action.dateHint.DELIVER.POST': '邮寄送达的，填写交邮之日。',
      'dis.action.undecided': '当场答复前，须先对每一项作出处理决定并保存（尚未拟办：第 {items} 项）。',
      'dis.action.autoLetter': '执行后系统将自动生成并印发相应告知书。',

      'dis.case.lapsed': '补正期限已过，请记录申请人是否有正当理由',
      'dis.case.lapsedOn': '补正期限于 {date} 届满。',
      'dis.case.reasonsRequested': '已于 {date} 要求申请人说明理由，期限至 {due}。',
      'dis.case.closedOn': '办结日期',
      'dis.case.reportRow': '年报统计口径',
      'dis.case.proposedReportRow': '拟定统计口径',
      'dis.case.source': '来源',
      'dis.case.reasonsRequestedOn': '要求说明理由日期',
      'dis.case.reasonsDue': '说明理由期限',
      'dis.case.laterReplyDue': '延后答复期限',
      'dis.case.catalogCode': '目录事项',

      'dis.fee.title': '信息处理费',
      'dis.fee.none': '未收费',
      'dis.fee.hint': '依照《政府信息公开信息处理费管理办法》计收。发出收费通知至申请人缴费的时间不计入答复期限；申请人逾期未缴费的，视为放弃申请。',
      'dis.fee.method': '计收方式',
      'dis.fee.quantity': '计费数量',
      'dis.fee.amount': '金额',
      'dis.fee.yuan': '{n} 元',
      'dis.fee.basis': '计费依据',
      'dis.fee.noticeOn': '收费通知日期',
      'dis.fee.paymentDue': '缴费期限',
      'dis.fee.paidOn': '缴费日期',
      'dis.fee.receiptNumber': '缴款收据号',
      'dis.fee.pages': '页数',
      'dis.fee.pagesHint': '按量计收时填写所提供信息的页数。',
      'dis.fee.notice': '发出收费通知',
      'dis.fee.noticed': '已发出收费通知',
      'dis.fee.payment': '登记缴费',
      'dis.fee.paid': '已登记缴费',
      'dis.fee.statusPaid': '已缴费',
      'dis.fee.statusDue': '待缴费',
      'dis.fee.statusOverdue': '逾期未缴',
      'dis.fee.pagesInvalid': '请输入正整数',

      'dis.delivery.title': '送达',
      'dis.delivery.none': '尚未送达',
      'dis.delivery.method': '送达方式',
      'dis.delivery.datedOn': '送达日期',
      'dis.delivery.trackingNumber': '单号',
      'dis.delivery.note': '备注',

      'dis.remedy.title': '行政复议与行政诉讼',
      'dis.remedy.none': '没有复议或诉讼记录',
      'dis.remedy.kind': '类型',
      'dis.remedy.filedOn': '申请或起诉日期',
      'dis.remedy.organ': '复议机关或法院',
      'dis.remedy.caseNumber': '案号',
      'dis.remedy.result': '结果',
      'dis.remedy.decidedOn': '审结日期',
      'dis.remedy.note': '备注',
      'dis.remedy.add': '登记复议或诉讼',
      'dis.remedy.added': '已登记复议或诉讼',
      'dis.remedy.decide': '录入结果',
      'dis.remedy.decideTitle': '录入结果：{caseNumber}',
      'dis.remedy.decided': '已录入结果',
      'dis.remedy.decidedNeedsDate': '已审结的须填写审结日期',

      'dis.att.title': '附件',
      'dis.att.none': '没有附件',
      'dis.att.kind': '类型',
      'dis.att.fileName': '文件名',
      'dis.att.size': '大小',
      'dis.att.createdAt': '上传时间',
      'dis.att.sha256': 'SHA-256',
      'dis.att.download': '下载',
      'dis.att.downloadLabel': '下载附件 {name}',
      'dis.att.file': '文件',
      'dis.att.fileHint': 'PDF、JPEG 或 PNG，不超过 10 MB。',
      'dis.att.upload': '上传',
      'dis.att.uploaded': '已上传 {name}',
      'dis.att.tooLarge': '文件超过 10 MB',
      'dis.att.badType': '只接受 PDF、JPEG 或 PNG 文件',
      'dis.att.kind.DELIVERY_PROOF': '送达回证',
      'dis.att.kind.APPLICATION_SCAN': '申请书扫描件',
      'dis.att.kind.CORRECTION': '补正材料',
      'dis.att.kind.CONSULTATION': '征求意见材料',
      'dis.att.kind.OTHER': '其他',

      'dis.letter.title': '文书',
      'dis.letter.none': '还没有文书',
      'dis.letter.kind': '文书',
      'dis.letter.status': '状态',
      'dis.letter.docNumber': '文号',
      'dis.letter.issuedOn': '印发日期',
      'dis.letter.createdAt': '生成',
      'dis.letter.DRAFT': '草稿',
      'dis.letter.ISSUED': '已印发',
      'dis.letter.view': '查看/打印',
      'dis.letter.pdf': '下载 PDF',
      'dis.letter.edit': '编辑草稿',
      'dis.letter.editTitle': '编辑文书草稿',
      'dis.letter.fTitle': '标题',
      'dis.letter.addressee': '收件人（抬头）',
      'dis.letter.paragraphs': '正文',
      'dis.letter.paragraph': '第 {n} 段',
      'dis.letter.paragraphAdd': '＋ 添加一段',
      'dis.letter.paragraphRemove': '删除本段',
      'dis.letter.paragraphUp': '上移',
      'dis.letter.saved': '文书草稿已保存',
      'dis.letter.meta': '模板版本 {v} · 落款 {agency} · {date}',
      'dis.letter.draftHint': '答复告知书在审核通过时正式印发；此前可修改草稿。补正、延期、收费、说明理由等告知书由相应操作自动印发。',
      'dis.letter.composeReply': '重新生成答复告知书草稿',
      'dis.letter.composedReply': '已生成答复告知书草稿',
      'dis.letter.thirdParty': '征求第三方意见函',
      'dis.letter.thirdPartyName': '第三方名称',
      'dis.letter.requestedInformation': '征求意见的信息',
      'dis.letter.answerDue': '答复期限',
      'dis.letter.answerDueHint': '第三方应当自收到征求意见书之日起 15 个工作日内提出意见（第三十二条）。',
      'dis.letter.thirdPartySubmit': '生成并印发',
      'dis.letter.thirdPartyDone': '征求意见函已印发',
      'dis.letter.openNewTab': '（在新窗口打开）',

      'dis.sugg.title': '高频事项建议',
      'dis.sugg.none': '没有匹配的目录事项',
      'dis.sugg.loading': '正在查找目录事项…',
      'dis.sugg.score': '匹配度 {n}%',
      'dis.sugg.matchedOn': '匹配：{text}',
      'dis.sugg.agency': '答复机关',
      'dis.sugg.decision': '通常处理',
      'dis.sugg.apply': '采用',
      'dis.sugg.applyLabel': '第 {n} 项采用“{title}”',
      'dis.sugg.applied': '第 {n} 项已采用目录事项 {code}',
      'dis.sugg.year': '年份（替换 {year}）',
      'dis.sugg.place': '地点（替换 {place}）',
      'dis.sugg.placeholderHint': '标准答复含占位符，可先填写年份和地点；不填的留空线待手工补写。',
      'dis.sugg.current': '当前采用',
      'dis.sugg.overwrite': '第 {n} 项有未保存的修改，采用目录事项将覆盖这些修改。继续吗？',
      'dis.sugg.failed': '暂时无法读取目录建议',

      'dis.dash.title': '统计看板',
      'dis.dash.year': '年度',
      'dis.dash.open': '在办',
      'dis.dash.overdue': '已超期',
      'dis.dash.warning': '临近期限',
      'dis.dash.decidedItems': '已作出决定的事项',
      'dis.dash.byStage': '各环节申请数',
      'dis.dash.perMonth': '每月收到与答复',
      'dis.dash.received': '收到',
      'dis.dash.replied': '答复',
      'dis.dash.avgDays': '平均用时（工作日）',
      'dis.dash.catalogShare': '目录事项分布',
      'dis.dash.noData': '暂无数据',
      'dis.dash.dataTable': '查看数据表',
      'dis.dash.month': '月份',
      'dis.dash.monthN': '{n}月',
      'dis.dash.topic': '主题',
      'dis.dash.count': '件数',
      'dis.dash.stage': '环节',

      'dis.rep.title': '政府信息公开工作年度报告',
      'dis.rep.year': '报告年度',
      'dis.rep.agency': '报告机关',
      'dis.rep.county': '全县汇总',
      'dis.rep.load': '生成',
      'dis.rep.cases': '本报告统计 {n} 件申请。',
      'dis.rep.integrityOk': '勾稽关系校验通过：第一项加第二项之和，等于第三项加第四项之和。',
      'dis.rep.violations': '勾稽关系校验未通过（{n} 项），请核对后再公布：',
      'dis.rep.problems': '需要核对的申请（{n} 件）',
      'dis.rep.problemCase': '申请编号',
      'dis.rep.problemText': '问题',
      'dis.rep.exports': '导出',
      'dis.rep.printView': '打印版式（新窗口）',
      'dis.rep.preview': '预览打印版式',
      'dis.rep.hidePreview': '隐藏预览',
      'dis.rep.html': '导出 HTML',
      'dis.rep.csv': '导出 CSV',
      'dis.rep.xlsx': '导出 Excel',
      'dis.rep.docTitle': '报告标题',
      'dis.rep.s1': '一、总体情况',
      'dis.rep.s2': '二、主动公开政府信息情况',
      'dis.rep.s3': '三、收到和处理政府信息公开申请情况',
      'dis.rep.s4': '四、政府信息公开行政复议、行政诉讼情况',
      'dis.rep.s5': '五、存在的主要问题及改进情况',
      'dis.rep.s6': '六、其他需要报告的事项',
      'dis.rep.saveTexts': '保存文字部分',
      'dis.rep.saved': '年度报告文字部分已保存',
      'dis.rep.readOnly': '只有政务公开办负责人、审核人和管理员可以修改文字部分。',
      'dis.rep.unsaved': '文字部分有未保存的修改',
      'dis.rep.corner': '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）',
      'dis.rep.applicant': '申请人情况',
      'dis.rep.person': '自然人',
      'dis.rep.orgs': '法人或其他组织',
      'dis.rep.col1': '商业企业',
      'dis.rep.col2': '科研机构',
      'dis.rep.col3': '社会公益组织',
      'dis.rep.col4': '法律服务机构',
      'dis.rep.col5': '其他',
      'dis.rep.total': '总计',
      'dis.rep.newReceived': '一、本年新收政府信息公开申请数量',
      'dis.rep.carriedOver': '二、上年结转政府信息公开申请数量',
      'dis.rep.results': '三、本年度办理结果',
      'dis.rep.resultsTotal': '（七）总计',
      'dis.rep.carriedForward': '四、结转下年度继续办理',
      'dis.rep.reconsideration': '行政复议',
      'dis.rep.litigation': '行政诉讼',
      'dis.rep.litDirect': '未经复议直接起诉',
      'dis.rep.litAfter': '复议后起诉',
      'dis.rep.maintained': '结果维持',
      'dis.rep.corrected': '结果纠正',
      'dis.rep.otherResult': '其他结果',
      'dis.rep.pending': '尚未审结',

      'dis.cat.title': '高频事项目录',
      'dis.cat.intro': '群众经常申请的政府信息及其答复机关、通常处理决定和标准答复。承办人拟办时系统据此给出建议。',
      'dis.cat.code': '编码',
      'dis.cat.fTitle': '事项名称',
      'dis.cat.aliases': '其他说法',
      'dis.cat.aliasesHint': '群众常用的其他说法，每行一个。',
      'dis.cat.topic': '主题',
      'dis.cat.agency': '答复机关',
      'dis.cat.decision': '通常处理决定',
      'dis.cat.ground': '理由',
      'dis.cat.standardText': '标准答复',
      'dis.cat.standardTextHint': '可使用占位符 {year}（年份）和 {place}（地点），采用时由承办人填写。',
      'dis.cat.active': '启用',
      'dis.cat.inactive': '停用',
      'dis.cat.status': '状态',
      'dis.cat.edit': '编辑',
      'dis.cat.editTitle': '编辑目录事项 {code}',
      'dis.cat.add': '新增事项',
      'dis.cat.addTitle': '新增目录事项',
      'dis.cat.saved': '目录事项 {code} 已保存',
      'dis.cat.filter': '筛选',
      'dis.cat.filterHint': '名称、说法或编码',
      'dis.cat.readOnly': '只有政务公开办负责人和管理员可以修改目录。',
      'dis.cat.empty': '目录为空',
      'dis.cat.codeHint': '大写字母、数字和连字符，例如 LAND-01。',

      'dis.ledger.title': '台账导入',
      'dis.ledger.intro': '把以往用表格登记的申请台账导入本系统。先下载模板按列填写，再选择文件进行校验；校验无误后一次导入全部行（有任何错误则一行也不导入）。',
      'dis.ledger.templates': '模板',
      'dis.ledger.templateCsv': '下载 CSV 模板',
      'dis.ledger.templateXlsx': '下载 Excel 模板',
      'dis.ledger.file': '台账文件',
      'dis.ledger.fileHint': 'CSV（UTF-8 或 GB18030）或 Excel（.xlsx）。',
      'dis.ledger.check': '校验',
      'dis.ledger.import': '导入全部 {n} 行',
      'dis.ledger.importPlain': '导入',
      'dis.ledger.rows': '共 {rows} 行',
      'dis.ledger.ok': '校验通过：{rows} 行均可导入。',
      'dis.ledger.errors': '发现 {n} 处错误，请修改文件后重新校验：',
      'dis.ledger.line': '行',
      'dis.ledger.column': '列',
      'dis.ledger.message': '问题',
      'dis.ledger.imported': '已导入 {n} 件申请。',
      'dis.ledger.notImported': '没有导入任何数据。',
      'dis.ledger.chooseFirst': '请先选择文件',
      'dis.ledger.recheck': '文件已更换，请重新校验。',
      'dis.ledger.confirm': '确定导入 {n} 行台账数据吗？导入后将作为历史申请记录保存。'
    },
    en: {
      'dis.nav.label': 'Disclosure pages',
      'dis.nav.list': 'Applications',
      'dis.nav.dashboard': 'Dashboard',
      'dis.nav.report': 'Annual report',
      'dis.nav.catalog': 'Frequent items',
      'dis.nav.ledger': 'Ledger import',

      'dis.action.commentRequired': 'Comment',
      'dis.action.comment.REQUEST_CORRECTION': 'What must be corrected',
      'dis.action.commentHint.REQUEST_CORRECTION': 'State everything to correct in one go; it goes into the correction notice.',
      'dis.action.comment.GOOD_REASON': 'The applicant\'s good reason',
      'dis.action.commentHint.GOOD_REASON': 'Record why the applicant missed the period, and give a new correction period (Art. 30).',
      'dis.action.comment.DEEM_ABANDONED': 'Why there is no good reason',
      'dis.action.commentHint.DEEM_ABANDONED': 'Without a good reason the application is deemed abandoned and no longer processed (Art. 30).',
      'dis.action.comment.REQUEST_REASONS': 'Observation',
      'dis.action.commentHint.REQUEST_REASONS': 'Where the number or frequency of requests clearly exceeds a reasonable range, the applicant may be asked for reasons (Art. 35).',
      'dis.action.comment.SET_LATER_DATE': 'Comment (optional)',
      'dis.action.comment.WITHDRAW': 'Circumstances of the withdrawal',
      'dis.action.comment.RETURN': 'What to change',
      'dis.action.comment.APPROVE': 'Review comment (optional)',
      'dis.action.date.WITHDRAW': 'Withdrawn on',
      'dis.action.newDeadline': 'New correction deadline',
      'dis.action.dueDate.REQUEST_REASONS': 'Reasons due by',
      'dis.action.dueDate.SET_LATER_DATE': 'Later reply date',
      'dis.action.dueDateHint.SET_LATER_DATE': 'If the reasons are sound but the reply cannot be given in time, fix a reasonable later date and tell the applicant (Art. 35).',
      'dis.action.reportRow': 'Annual-report row',
      'dis.action.reportRowHint': 'Preselected from the items\' decisions; the reviewer may change it.',
      'dis.action.deliveryMethod': 'Delivery method',
      'dis.action.trackingNumber': 'Tracking number or e-mail reference',
      'dis.action.dateHint.DELIVER.POST': 'By post: the day it was handed to the post.',
      'dis.action.undecided': 'Every item needs a saved decision before replying on the spot (not decided: item {items}).',
      'dis.action.autoLetter': 'The system issues the corresponding notice automatically.',

      'dis.case.lapsed': 'The correction period has run out: record whether the applicant has a good reason',
      'dis.case.lapsedOn': 'The correction period ended on {date}.',
      'dis.case.reasonsRequested': 'Reasons were requested on {date}, due by {due}.',
      'dis.case.closedOn': 'Closed on',
      'dis.case.reportRow': 'Annual-report row',
      'dis.case.proposedReportRow': 'Proposed report row',
      'dis.case.source': 'Source',
      'dis.case.reasonsRequestedOn': 'Reasons requested on',
      'dis.case.reasonsDue': 'Reasons due by',
      'dis.case.laterReplyDue': 'Later reply date',
      'dis.case.catalogCode': 'Catalog item',

      'dis.fee.title': 'Processing fee',
      'dis.fee.none': 'No fee charged',
      'dis.fee.hint': 'Charged under the Measures on information processing fees. The time from the fee notice to payment does not count; an applicant who does not pay in time is deemed to have abandoned the application.',
      'dis.fee.method': 'Method',
      'dis.fee.quantity': 'Quantity',
      'dis.fee.amount': 'Amount',
      'dis.fee.yuan': '{n} yuan',
      'dis.fee.basis': 'Basis',
      'dis.fee.noticeOn': 'Notice sent on',
      'dis.fee.paymentDue': 'Payment due',
      'dis.fee.paidOn': 'Paid on',
      'dis.fee.receiptNumber': 'Receipt number',
      'dis.fee.pages': 'Pages',
      'dis.fee.pagesHint': 'For per-page charging: the number of pages provided.',
      'dis.fee.notice': 'Send a fee notice',
      'dis.fee.noticed': 'Fee notice sent',
      'dis.fee.payment': 'Record the payment',
      'dis.fee.paid': 'Payment recorded',
      'dis.fee.statusPaid': 'Paid',
      'dis.fee.statusDue': 'Awaiting payment',
      'dis.fee.statusOverdue': 'Not paid in time',
      'dis.fee.pagesInvalid': 'Enter a positive whole number',

      'dis.delivery.title': 'Delivery',
      'dis.delivery.none': 'Not delivered yet',
      'dis.delivery.method': 'Method',
      'dis.delivery.datedOn': 'Delivered on',
      'dis.delivery.trackingNumber': 'Tracking number',
      'dis.delivery.note': 'Note',

      'dis.remedy.title': 'Reconsideration and litigation',
      'dis.remedy.none': 'No reconsideration or lawsuit recorded',
      'dis.remedy.kind': 'Kind',
      'dis.remedy.filedOn': 'Filed on',
      'dis.remedy.organ': 'Reconsideration organ or court',
      'dis.remedy.caseNumber': 'Case number',
      'dis.remedy.result': 'Result',
      'dis.remedy.decidedOn': 'Decided on',
      'dis.remedy.note': 'Note',
      'dis.remedy.add': 'Record a reconsideration or lawsuit',
      'dis.remedy.added': 'Recorded',
      'dis.remedy.decide': 'Record the result',
      'dis.remedy.decideTitle': 'Result of {caseNumber}',
      'dis.remedy.decided': 'Result recorded',
      'dis.remedy.decidedNeedsDate': 'A decided case needs the decision date',

      'dis.att.title': 'Attachments',
      'dis.att.none': 'No attachments',
      'dis.att.kind': 'Kind',
      'dis.att.fileName': 'File name',
      'dis.att.size': 'Size',
      'dis.att.createdAt': 'Uploaded',
      'dis.att.sha256': 'SHA-256',
      'dis.att.download': 'Download',
      'dis.att.downloadLabel': 'Download {name}',
      'dis.att.file': 'File',
      'dis.att.fileHint': 'PDF, JPEG or PNG, at most 10 MB.',
      'dis.att.upload': 'Upload',
      'dis.att.uploaded': '{name} uploaded',
      'dis.att.tooLarge': 'The file is larger than 10 MB',
      'dis.att.badType': 'Only PDF, JPEG or PNG files',
      'dis.att.kind.DELIVERY_PROOF': 'Proof of delivery',
      'dis.att.kind.APPLICATION_SCAN': 'Scanned application',
      'dis.att.kind.CORRECTION': 'Correction',
      'dis.att.kind.CONSULTATION': 'Consultation',
      'dis.att.kind.OTHER': 'Other',

      'dis.letter.title': 'Letters',
      'dis.letter.none': 'No letters yet',
      'dis.letter.kind': 'Letter',
      'dis.letter.status': 'Status',
      'dis.letter.docNumber': 'Document number',
      'dis.letter.issuedOn': 'Issued on',
      'dis.letter.createdAt': 'Created',
      'dis.letter.DRAFT': 'Draft',
      'dis.letter.ISSUED': 'Issued',
      'dis.letter.view': 'View/print',
      'dis.letter.pdf': 'Download PDF',
      'dis.letter.edit': 'Edit draft',
      'dis.letter.editTitle': 'Edit the draft letter',
      'dis.letter.fTitle': 'Title',
      'dis.letter.addressee': 'Addressee',
      'dis.letter.paragraphs': 'Body',
      'dis.letter.paragraph': 'Paragraph {n}',
      'dis.letter.paragraphAdd': '+ Add a paragraph',
      'dis.letter.paragraphRemove': 'Remove',
      'dis.letter.paragraphUp': 'Move up',
      'dis.letter.saved': 'Draft saved',
      'dis.letter.meta': 'Template {v} · signed by {agency} · {date}',
      'dis.letter.draftHint': 'The reply letter is issued when the reviewer approves; until then the draft can be edited. Correction, extension, fee and reasons notices are issued by their actions.',
      'dis.letter.composeReply': 'Compose the reply draft again',
      'dis.letter.composedReply': 'Reply draft composed',
      'dis.letter.thirdParty': 'Letter consulting a third party',
      'dis.letter.thirdPartyName': 'Third party',
      'dis.letter.requestedInformation': 'Information concerned',
      'dis.letter.answerDue': 'Answer due by',
      'dis.letter.answerDueHint': 'The third party gives its opinion within 15 working days of receiving the letter (Art. 32).',
      'dis.letter.thirdPartySubmit': 'Compose and issue',
      'dis.letter.thirdPartyDone': 'Consultation letter issued',
      'dis.letter.openNewTab': '(opens in a new window)',

      'dis.sugg.title': 'Catalog suggestions',
      'dis.sugg.none': 'No catalog item matches',
      'dis.sugg.loading': 'Looking up the catalog…',
      'dis.sugg.score': '{n}% match',
      'dis.sugg.matchedOn': 'Matched on: {text}',
      'dis.sugg.agency': 'Answering agency',
      'dis.sugg.decision': 'Usual decision',
      'dis.sugg.apply': 'Use',
      'dis.sugg.applyLabel': 'Use “{title}” for item {n}',
      'dis.sugg.applied': 'Item {n} now follows catalog item {code}',
      'dis.sugg.year': 'Year (replaces {year})',
      'dis.sugg.place': 'Place (replaces {place})',
      'dis.sugg.placeholderHint': 'The standard reply has placeholders; give the year and place now or fill the blanks in by hand.',
      'dis.sugg.current': 'in use',
      'dis.sugg.overwrite': 'Item {n} has unsaved changes that the catalog reply will replace. Go on?',
      'dis.sugg.failed': 'Catalog suggestions are not available right now',

      'dis.dash.title': 'Dashboard',
      'dis.dash.year': 'Year',
      'dis.dash.open': 'Open',
      'dis.dash.overdue': 'Overdue',
      'dis.dash.warning': 'Due soon',
      'dis.dash.decidedItems': 'Items decided',
      'dis.dash.byStage': 'Applications by stage',
      'dis.dash.perMonth': 'Received and replied per month',
      'dis.dash.received': 'Received',
      'dis.dash.replied': 'Replied',
      'dis.dash.avgDays': 'Average working days',
      'dis.dash.catalogShare': 'Catalog topics',
      'dis.dash.noData': 'No data',
      'dis.dash.dataTable': 'Show the data',
      'dis.dash.month': 'Month',
      'dis.dash.monthN': 'M{n}',
      'dis.dash.topic': 'Topic',
      'dis.dash.count': 'Count',
      'dis.dash.stage': 'Stage',

      'dis.rep.title': 'Annual report on government information disclosure',
      'dis.rep.year': 'Year',
      'dis.rep.agency': 'Agency',
      'dis.rep.county': 'County-wide',
      'dis.rep.load': 'Show',
      'dis.rep.cases': '{n} applications counted.',
      'dis.rep.integrityOk': 'The totals reconcile: items one plus two equal items three plus four.',
      'dis.rep.violations': 'The totals do not reconcile ({n}); check before publishing:',
      'dis.rep.problems': 'Applications to check ({n})',
      'dis.rep.problemCase': 'Number',
      'dis.rep.problemText': 'Problem',
      'dis.rep.exports': 'Export',
      'dis.rep.printView': 'Print view (new window)',
      'dis.rep.preview': 'Preview the print layout',
      'dis.rep.hidePreview': 'Hide the preview',
      'dis.rep.html': 'HTML',
      'dis.rep.csv': 'CSV',
      'dis.rep.xlsx': 'Excel',
      'dis.rep.docTitle': 'Report title',
      'dis.rep.s1': '1. Overview',
      'dis.rep.s2': '2. Proactive disclosure',
      'dis.rep.s3': '3. Applications received and handled',
      'dis.rep.s4': '4. Administrative reconsideration and litigation',
      'dis.rep.s5': '5. Main problems and improvements',
      'dis.rep.s6': '6. Other matters',
      'dis.rep.saveTexts': 'Save the texts',
      'dis.rep.saved': 'The report texts have been saved',
      'dis.rep.readOnly': 'Only the office head, reviewers and administrators can edit the texts.',
      'dis.rep.unsaved': 'The texts have unsaved changes',
      'dis.rep.corner': '(Items one plus two equal items three plus four)',
      'dis.rep.applicant': 'Applicants',
      'dis.rep.person': 'Natural persons',
      'dis.rep.orgs': 'Legal persons or other organisations',
      'dis.rep.col1': 'Businesses',
      'dis.rep.col2': 'Research institutions',
      'dis.rep.col3': 'Public-interest organisations',
      'dis.rep.col4': 'Legal service organisations',
      'dis.rep.col5': 'Others',
      'dis.rep.total': 'Total',
      'dis.rep.newReceived': '1. New applications this year',
      'dis.rep.carriedOver': '2. Carried over from last year',
      'dis.rep.results': '3. Results this year',
      'dis.rep.resultsTotal': '(7) Total',
      'dis.rep.carriedForward': '4. Carried forward to next year',
      'dis.rep.reconsideration': 'Administrative reconsideration',
      'dis.rep.litigation': 'Administrative litigation',
      'dis.rep.litDirect': 'Without reconsideration',
      'dis.rep.litAfter': 'After reconsideration',
      'dis.rep.maintained': 'Upheld',
      'dis.rep.corrected': 'Corrected',
      'dis.rep.otherResult': 'Other',
      'dis.rep.pending': 'Pending',

      'dis.cat.title': 'Frequently requested items',
      'dis.cat.intro': 'Information that citizens often ask for, with the agency that answers, the usual decision and the standard reply. Handlers get suggestions from it while drafting.',
      'dis.cat.code': 'Code',
      'dis.cat.fTitle': 'Item',
      'dis.cat.aliases': 'Other wordings',
      'dis.cat.aliasesHint': 'Other wordings citizens use, one per line.',
      'dis.cat.topic': 'Topic',
      'dis.cat.agency': 'Answering agency',
      'dis.cat.decision': 'Usual decision',
      'dis.cat.ground': 'Ground',
      'dis.cat.standardText': 'Standard reply',
      'dis.cat.standardTextHint': 'May contain {year} and {place}; the handler fills them in.',
      'dis.cat.active': 'Active',
      'dis.cat.inactive': 'Inactive',
      'dis.cat.status': 'Status',
      'dis.cat.edit': 'Edit',
      'dis.cat.editTitle': 'Edit catalog item {code}',
      'dis.cat.add': 'New item',
      'dis.cat.addTitle': 'New catalog item',
      'dis.cat.saved': 'Catalog item {code} saved',
      'dis.cat.filter': 'Filter',
      'dis.cat.filterHint': 'Name, wording or code',
      'dis.cat.readOnly': 'Only the office head and administrators can change the catalog.',
      'dis.cat.empty': 'The catalog is empty',
      'dis.cat.codeHint': 'Capital letters, digits and hyphens, e.g. LAND-01.',

      'dis.ledger.title': 'Ledger import',
      'dis.ledger.intro': 'Bring applications kept in a spreadsheet ledger into the system. Download the template, fill it in, then check the file; once it has no errors import all rows at once (any error imports nothing).',
      'dis.ledger.templates': 'Templates',
      'dis.ledger.templateCsv': 'CSV template',
      'dis.ledger.templateXlsx': 'Excel template',
      'dis.ledger.file': 'Ledger file',
      'dis.ledger.fileHint': 'CSV (UTF-8 or GB18030) or Excel (.xlsx).',
      'dis.ledger.check': 'Check',
      'dis.ledger.import': 'Import all {n} rows',
      'dis.ledger.importPlain': 'Import',
      'dis.ledger.rows': '{rows} rows',
      'dis.ledger.ok': 'No errors: all {rows} rows can be imported.',
      'dis.ledger.errors': '{n} errors; correct the file and check it again:',
      'dis.ledger.line': 'Line',
      'dis.ledger.column': 'Column',
      'dis.ledger.message': 'Problem',
      'dis.ledger.imported': '{n} applications imported.',
      'dis.ledger.notImported': 'Nothing was imported.',
      'dis.ledger.chooseFirst': 'Choose a file first',
      'dis.ledger.recheck': 'The file has changed; check it again.',
      'dis.ledger.confirm': 'Import {n} ledger rows? They are kept as past applications.'
    }
  });

  // ---------- shared data and small helpers ----------

  var META_LISTS = ['channels', 'stages', 'actions', 'applicantTypes', 'idKinds', 'decisions', 'grounds', 'forms', 'receiveBy',
    'feeMethods', 'remedyKinds', 'remedyResults', 'reportRows'];
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

  // ---------- capability pages: sub-navigation, styles, downloads, charts ----------

  /** The capability's own pages; the shell's menu has one entry per capability, so they show as a sub-menu and as tabs. */
  var NAV = [
    { hash: '#/disclosure', key: 'dis.nav.list', id: 'list' },
    { hash: '#/disclosure/dashboard', key: 'dis.nav.dashboard', id: 'dashboard' },
    { hash: '#/disclosure/report', key: 'dis.nav.report', id: 'report' },
    { hash: '#/disclosure/catalog', key: 'dis.nav.catalog', id: 'catalog' },
    { hash: '#/disclosure/ledger', key: 'dis.nav.ledger', id: 'ledger' }
  ];

  /** Tabs at the top of the capability's pages. */
  function capNav(active) {
    injectMenu();
    return h('nav', { class: 'dis-tabs no-print', 'aria-label': t('dis.nav.label') },
      h('ul', null, NAV.map(function (n) {
        return h('li', null, h('a', { href: n.hash, dataset: { disNav: n.id }, 'aria-current': n.id === active ? 'page' : null }, t(n.key)));
      })));
  }

  /** Adds the capability's pages under its entry in the shell's side menu (again after the shell redraws the menu). */
  function injectMenu() {
    var menu = document.getElementById('menu');
    var a = menu && menu.querySelector('a[data-cap="disclosure"]');
    if (!a) return;
    var li = a.parentNode;
    if (!li.querySelector('ul.dis-submenu')) {
      li.appendChild(h('ul', { class: 'menu-list dis-submenu' }, NAV.slice(1).map(function (n) {
        return h('li', null, h('a', { href: n.hash, dataset: { disMenu: n.id } }, t(n.key)));
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

  /** Styles the shell's stylesheet does not have (tabs, charts, the report table, letter editor), added once. */
  function injectStyle() {
    if (document.getElementById('dis-cap-style')) return;
    var css = [
      '.dis-tabs ul{list-style:none;margin:0 0 1rem;padding:0;display:flex;flex-wrap:wrap;gap:.25rem;border-bottom:2px solid var(--border)}',
      '.dis-tabs a{display:block;padding:.45rem .9rem;text-decoration:none;color:var(--text);border:1px solid transparent;border-bottom:0;border-radius:6px 6px 0 0;margin-bottom:-2px}',
      '.dis-tabs a:hover{background:var(--blue-soft)}',
      '.dis-tabs a[aria-current=page]{background:#fff;border-color:var(--border);border-bottom:2px solid #fff;color:var(--red-dark);font-weight:600}',
      '.dis-submenu a{padding-left:2.25rem !important;font-size:.9rem}',
      '.dis-stat-cards{display:grid;grid-template-columns:repeat(auto-fill,minmax(180px,1fr));gap:1rem;margin-bottom:1.25rem}',
      '.dis-stat-cards .card{margin:0}',
      '.dis-stat-label{color:var(--muted);font-size:.9rem}',
      '.dis-chart{width:100%;height:auto;display:block;font-family:var(--font)}',
      '.dis-chart text{font-size:12px;fill:#1f2328}',
      '.dis-chart .axis{stroke:#aab1bb;stroke-width:1}',
      '.dis-chart .grid{stroke:#e6e8eb;stroke-width:1}',
      '.dis-legend{display:flex;flex-wrap:wrap;gap:.4rem 1.2rem;list-style:none;padding:0;margin:.25rem 0 .5rem;font-size:.88rem}',
      '.dis-legend li{display:flex;align-items:center;gap:.35rem}',
      '.dis-legend .sw{display:inline-block;width:14px;height:10px;border-radius:2px}',
      '.dis-legend .sw-line{height:3px}',
      '.dis-report-table{border-collapse:collapse;width:100%;font-size:.86rem;background:#fff}',
      '.dis-report-table th,.dis-report-table td{border:1px solid #555;padding:.25rem .4rem;vertical-align:middle}',
      '.dis-report-table th{font-weight:600;text-align:center;background:#f4f5f7}',
      '.dis-report-table td.n{text-align:center;font-variant-numeric:tabular-nums;min-width:2.6em}',
      '.dis-report-table td.n.nonzero{font-weight:600}',
      '.dis-report-table td.label{text-align:left}',
      '.dis-report-table tr.total td{font-weight:600;background:#fbf6ea}',
      '.dis-report-frame{width:100%;height:80vh;border:1px solid var(--border);border-radius:6px;background:#fff}',
      '.dis-export{display:flex;flex-wrap:wrap;gap:.5rem;align-items:center}',
      '.dis-para{display:flex;gap:.5rem;align-items:flex-start}',
      '.dis-para > .field{flex:1}',
      '.dis-para-buttons{display:flex;flex-direction:column;gap:.3rem;margin-top:1.6rem}',
      '.dis-sugg{margin:.25rem 0 .75rem;padding:.6rem .8rem;border:1px dashed #bccde8;border-radius:6px;background:#f7faff}',
      '.dis-sugg h4{margin:0 0 .4rem;font-size:.92rem;color:var(--blue-dark)}',
      '.dis-sugg ul{list-style:none;margin:0;padding:0;display:flex;flex-direction:column;gap:.45rem}',
      '.dis-sugg li{display:flex;gap:.75rem;align-items:flex-start;justify-content:space-between;flex-wrap:wrap}',
      '.dis-sugg .sugg-main{flex:1;min-width:14rem}',
      '.dis-sugg .sugg-meta{font-size:.84rem;color:var(--muted)}',
      '.dis-sugg .sugg-inputs{display:flex;flex-wrap:wrap;gap:.5rem 1rem;margin-bottom:.5rem}',
      '.dis-sugg .sugg-inputs .field{flex:1 1 10rem}',
      '.dis-score{display:inline-block;min-width:4.5em;text-align:center}',
      '.dis-alert{border-left-width:6px;font-weight:600}',
      '.dis-alert .action-bar{margin-top:.6rem;font-weight:400}',
      '.dis-details > summary{cursor:pointer;color:var(--blue);font-weight:600;margin:.75rem 0 .25rem}',
      '.dis-big{font-size:1.05rem}',
      '.dis-file-result{margin-top:1rem}'
    ].join('\n');
    document.head.appendChild(h('style', { id: 'dis-cap-style' }, css));
  }
  injectStyle();

  /** Where a GET download of the API lives (the session cookie goes along; no CSRF needed for GET). */
  function apiHref(path, query) {
    var parts = [];
    Object.keys(query || {}).forEach(function (k) {
      if (query[k] != null && query[k] !== '') parts.push(encodeURIComponent(k) + '=' + encodeURIComponent(query[k]));
    });
    return api.base + path + (parts.length ? '?' + parts.join('&') : '');
  }

  /** Sends a file as the raw request body (the API's upload style); CSRF and language headers come from api.request. */
  function uploadRaw(path, file, query, contentType) {
    return api.request('POST', path, { query: query, body: file, contentType: contentType || file.type || 'application/octet-stream' });
  }

  function fileSize(n) {
    if (n == null) return '';
    if (n < 1024) return n + ' B';
    if (n < 1024 * 1024) return (n / 1024).toFixed(1) + ' KB';
    return (n / 1024 / 1024).toFixed(1) + ' MB';
  }

  var agenciesPromise = null;
  /** The agencies by code, read once per page load. */
  function agencyIndex() {
    if (!agenciesPromise) {
      agenciesPromise = loadAgencies().then(function (list) {
        var by = {};
        list.forEach(function (a) { by[a.code] = a; });
        return { list: list, byCode: by };
      });
    }
    return agenciesPromise;
  }

  // -- inline SVG, built with createElementNS; text only ever as text nodes --
  var SVGNS = 'http://www.w3.org/2000/svg';
  function svg(tag, attrs) {
    var el = document.createElementNS(SVGNS, tag);
    Object.keys(attrs || {}).forEach(function (k) { if (attrs[k] != null) el.setAttribute(k, String(attrs[k])); });
    Array.prototype.slice.call(arguments, 2).forEach(function add(c) {
      if (c == null || c === false) return;
      if (Array.isArray(c)) c.forEach(add);
      else el.appendChild(c instanceof Node ? c : document.createTextNode(String(c)));
    });
    return el;
  }

  /** A "nice" upper bound for an axis. */
  function niceMax(v) {
    if (!(v > 0)) return 1;
    var p = Math.pow(10, Math.floor(Math.log10(v)));
    var steps = [1, 2, 2.5, 5, 10];
    for (var i = 0; i < steps.length; i++) if (steps[i] * p >= v) return steps[i] * p;
    return 10 * p;
  }

  /** Horizontal bars: rows [{label, value, color?}]. */
  function hBarChart(rows, opts) {
    opts = opts || {};
    var labelW = opts.labelWidth || 150, barH = 22, gap = 8, width = 640, right = 50;
    var height = rows.length * (barH + gap) + gap;
    var max = niceMax(Math.max.apply(null, rows.map(function (r) { return r.value || 0; }).concat([0])));
    var plotW = width - labelW - right;
    return svg('svg', { class: 'dis-chart', viewBox: '0 0 ' + width + ' ' + height, role: 'img', 'aria-label': opts.title || '' },
      opts.title ? svg('title', null, opts.title) : null,
      svg('line', { class: 'axis', x1: labelW, y1: 0, x2: labelW, y2: height }),
      rows.map(function (r, i) {
        var y = gap + i * (barH + gap);
        var w = Math.max(r.value ? 2 : 0, Math.round(plotW * (r.value || 0) / max));
        return svg('g', null,
          svg('text', { x: labelW - 8, y: y + barH / 2 + 4, 'text-anchor': 'end' }, r.label),
          svg('rect', { x: labelW, y: y, width: w, height: barH, rx: 3, fill: r.color || '#1d4f91' },
            svg('title', null, r.label + '：' + (r.value || 0))),
          svg('text', { x: labelW + w + 6, y: y + barH / 2 + 4 }, String(r.value || 0)));
      }));
  }

  /** Per-month grouped bars (received, replied) and a line (average working days) on a right-hand axis. */
  function monthChart(perMonth) {
    var byMonth = {};
    (perMonth || []).forEach(function (m) { byMonth[m.month] = m; });
    var months = [];
    for (var i = 1; i <= 12; i++) months.push(byMonth[i] || { month: i, received: 0, replied: 0, avgWorkingDays: null });
    var width = 720, height = 280, left = 40, right = 44, top = 14, bottom = 30;
    var plotW = width - left - right, plotH = height - top - bottom;
    // four grid steps of whole numbers on both axes
    var maxCount = Math.ceil(niceMax(Math.max.apply(null, months.map(function (m) { return Math.max(m.received || 0, m.replied || 0); }).concat([0]))) / 4) * 4;
    var maxDays = Math.ceil(niceMax(Math.max.apply(null, months.map(function (m) { return m.avgWorkingDays || 0; }).concat([0]))) / 4) * 4;
    var slot = plotW / 12, barW = Math.min(18, slot / 3);
    function yCount(v) { return top + plotH - plotH * v / maxCount; }
    function yDays(v) { return top + plotH - plotH * v / maxDays; }
    var grid = [];
    for (var g = 0; g <= 4; g++) {
      var v = maxCount * g / 4, y = yCount(v);
      grid.push(svg('line', { class: 'grid', x1: left, x2: width - right, y1: y, y2: y }));
      grid.push(svg('text', { x: left - 6, y: y + 4, 'text-anchor': 'end' }, String(Math.round(v * 10) / 10)));
      grid.push(svg('text', { x: width - right + 6, y: yDays(maxDays * g / 4) + 4, fill: '#9e1b1b' }, String(Math.round(maxDays * g / 4 * 10) / 10)));
    }
    var points = [];
    var bars = months.map(function (m, idx) {
      var cx = left + slot * idx + slot / 2;
      if (m.avgWorkingDays != null) points.push([cx, yDays(m.avgWorkingDays), m]);
      return svg('g', null,
        svg('rect', { x: cx - barW - 1, y: yCount(m.received || 0), width: barW, height: top + plotH - yCount(m.received || 0), fill: '#1d4f91' },
          svg('title', null, t('dis.dash.monthN', { n: m.month }) + ' ' + t('dis.dash.received') + '：' + (m.received || 0))),
        svg('rect', { x: cx + 1, y: yCount(m.replied || 0), width: barW, height: top + plotH - yCount(m.replied || 0), fill: '#1e6b34' },
          svg('title', null, t('dis.dash.monthN', { n: m.month }) + ' ' + t('dis.dash.replied') + '：' + (m.replied || 0))),
        svg('text', { x: cx, y: height - bottom + 18, 'text-anchor': 'middle' }, t('dis.dash.monthN', { n: m.month })));
    });
    var line = points.length > 1 ? svg('polyline', { points: points.map(function (p) { return p[0] + ',' + p[1]; }).join(' '),
      fill: 'none', stroke: '#9e1b1b', 'stroke-width': 2 }) : null;
    var dots = points.map(function (p) {
      return svg('circle', { cx: p[0], cy: p[1], r: 3.5, fill: '#fff', stroke: '#9e1b1b', 'stroke-width': 2 },
        svg('title', null, t('dis.dash.monthN', { n: p[2].month }) + ' ' + t('dis.dash.avgDays') + '：' + p[2].avgWorkingDays));
    });
    return svg('svg', { class: 'dis-chart', viewBox: '0 0 ' + width + ' ' + height, role: 'img', 'aria-label': t('dis.dash.perMonth') },
      svg('title', null, t('dis.dash.perMonth')),
      grid,
      svg('line', { class: 'axis', x1: left, x2: width - right, y1: top + plotH, y2: top + plotH }),
      bars, line, dots);
  }

  function legend(items) {
    return h('ul', { class: 'dis-legend' }, items.map(function (it) {
      return h('li', null, h('span', { class: 'sw' + (it.line ? ' sw-line' : ''), style: 'background:' + it.color }), it.label);
    }));
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
    container.appendChild(capNav('list'));
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
        var cell = a && a.shortName ? h('span', { title: full }, a.shortName) : full;
        if (!r.handlingAgencyCode) return cell;
        // delegated (委托办理): the case stays the government's; the zone handling it is shown beside it
        return h('span', {}, cell, ' ', h('span', { class: 'chip', dataset: { delegated: r.handlingAgencyCode },
          title: t('dis.delegatedTo', { zone: r.handlingAgencyName || r.handlingAgencyCode }) },
          t('dis.delegated')));
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
      injectMenu();
      ui.append(root, [
        backLink(),
        header(d),
        progress(d),
        lapseAlert(d),
        reasonsNote(d),
        actionsCard(d),
        h('div', { class: 'split split-spaced' }, clockCard(d), infoCard(d)),
        applicantCard(d),
        itemsCard(d),
        lettersCard(d),
        h('div', { class: 'split split-spaced' }, pausesCard(d), extensionCard(d)),
        h('div', { class: 'split split-spaced' }, feeCard(d), deliveryCard(d)),
        attachmentsCard(d),
        remediesCard(d),
        eventsCard(d)
      ]);
    }

    /** Art. 30: the correction period has run out; the office records a good reason or deems the application abandoned. */
    function lapseAlert(d) {
      var p = d.progress || {};
      if (!p.correctionLapsedOn || isClosed(d.stage)) return null;
      var ids = (d.actions || []).filter(function (id) { return id === 'GOOD_REASON' || id === 'DEEM_ABANDONED'; });
      return ui.banner('error', [
        h('div', { class: 'dis-big' }, t('dis.case.lapsed')),
        h('div', { class: 'small' }, t('dis.case.lapsedOn', { date: dateWithWeekday(p.correctionLapsedOn) })),
        ids.length ? h('div', { class: 'action-bar no-print' }, ids.map(function (id) {
          return h('button', { type: 'button', class: id === 'DEEM_ABANDONED' ? 'btn btn-danger' : 'btn btn-primary',
            dataset: { lapseAction: id }, onclick: function () { openAction(d, id); } }, label('actions', id));
        })) : null
      ], { id: 'case-lapsed', class: 'banner banner-error dis-alert', role: 'alert' });
    }

    /** Art. 35: reasons asked for and not answered by a later date yet. */
    function reasonsNote(d) {
      var p = d.progress || {};
      if (!p.reasonsRequestedOn || p.laterReplyDue || isClosed(d.stage)) return null;
      return ui.banner('warning', t('dis.case.reasonsRequested', {
        date: dateWithWeekday(p.reasonsRequestedOn), due: p.reasonsDue ? dateWithWeekday(p.reasonsDue) : '—'
      }), { id: 'case-reasons-requested' });
    }

    function header(d) {
      return h('div', { class: 'page-head' },
        h('div', null,
          h('div', { class: 'page-kicker' }, h('span', { class: 'muted' }, t('dis.case.number'), ' '), h('span', { class: 'mono', id: 'case-number' }, d.number)),
          h('h1', { id: 'case-title' }, d.title || d.number)),
        h('div', { class: 'page-head-side' },
          stageChip(d.stage, { id: 'case-stage', class: stageClass(d.stage) + ' chip-large' }),
          d.stage === 'ARCHIVED' ? h('a', { class: 'btn', id: 'case-file', href: apiHref(casePath(d.number, '/case-file')),
            download: d.number + '-案卷.zip' }, t('dis.case.caseFile')) : null,
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
      var p = d.progress || {};
      return h('section', { class: 'card clock-card', id: 'case-clock', 'aria-labelledby': 'case-clock-title' },
        h('h2', { id: 'case-clock-title' }, t('dis.case.clock')),
        h('div', { class: 'figure figure-' + tone, id: 'case-clock-figure', dataset: { level: c.level || '' } },
          h('span', { class: 'figure-value' }, big)),
        c.provisional ? ui.banner('warning', t('calendar.provisionalResult'), { id: 'case-provisional' }) : null,
        h('dl', { class: 'facts' },
          fact(t('dis.case.replyDue'), c.replyDue ? h('strong', null, dateWithWeekday(c.replyDue)) : t('dis.case.replyDueNone'), { id: 'case-reply-due' }),
          c.correctionDue ? fact(t('dis.case.correctionDue'), dateWithWeekday(c.correctionDue), { id: 'case-correction-due' }) : null,
          d.correctionDeadline ? fact(t('dis.case.correctionDeadline'), dateWithWeekday(d.correctionDeadline), { id: 'case-correction-deadline' }) : null,
          d.extensionDays ? fact(t('dis.case.extension'), t('dis.case.extensionDays', { n: d.extensionDays })) : null,
          p.reasonsRequestedOn ? fact(t('dis.case.reasonsRequestedOn'), dateWithWeekday(p.reasonsRequestedOn), { id: 'case-reasons-on' }) : null,
          p.reasonsDue ? fact(t('dis.case.reasonsDue'), dateWithWeekday(p.reasonsDue), { id: 'case-reasons-due' }) : null,
          p.laterReplyDue ? fact(t('dis.case.laterReplyDue'), h('strong', null, dateWithWeekday(p.laterReplyDue)), { id: 'case-later-reply-due' }) : null,
          p.correctionLapsedOn ? fact(t('dis.case.correctionDeadline'), h('span', { class: 'text-bad' }, dateWithWeekday(p.correctionLapsedOn)), { id: 'case-correction-lapsed' }) : null),
        h('h3', { class: 'subheading' }, t('dis.case.why')),
        explanation.length
          ? h('ol', { class: 'compact-list', id: 'case-why' }, explanation.map(function (m) { return h('li', null, G.i18n.pick(m)); }))
          : h('p', { class: 'muted', id: 'case-why' }, t('dis.case.whyEmpty')));
    }

    function infoCard(d) {
      var p = d.progress || {};
      return h('section', { class: 'card', id: 'case-info' },
        h('h2', null, t('dis.case.info')),
        h('dl', { class: 'facts' },
          fact(t('dis.case.channel'), label('channels', d.channel)),
          fact(t('dis.case.receiptDate'), d.receiptDate ? dateWithWeekday(d.receiptDate) : null, { id: 'case-receipt-date' }),
          d.submittedOn ? fact(t('dis.case.submittedOn'), d.submittedOn) : null,
          d.signedForOn ? fact(t('dis.case.signedForOn'), d.signedForOn) : null,
          d.confirmedOn ? fact(t('dis.case.confirmedOn'), d.confirmedOn) : null,
          fact(t('dis.case.agency'), d.agencyName || d.agencyCode),
          d.delegation ? fact(t('dis.case.delegation'), t('dis.delegatedTo', { zone: d.delegation.handlingAgencyName
            || d.delegation.handlingAgencyCode }) + (d.delegation.delegatedAt ? ' · ' + d.delegation.delegatedAt.substring(0, 10) : ''),
            { id: 'case-delegation' }) : null,
          fact(t('dis.case.form'), label('forms', d.form)),
          fact(t('dis.case.receiveBy'), label('receiveBy', d.receiveBy)),
          p.closedOn ? fact(t('dis.case.closedOn'), dateWithWeekday(p.closedOn), { id: 'case-closed-on' }) : null,
          p.reportRow ? fact(t('dis.case.reportRow'), p.reportRowZh && G.i18n.lang !== 'en' ? p.reportRowZh : label('reportRows', p.reportRow), { id: 'case-report-row' })
            : p.proposedReportRow ? fact(t('dis.case.proposedReportRow'), h('span', { class: 'muted' }, label('reportRows', p.proposedReportRow)), { id: 'case-proposed-report-row' }) : null,
          p.source ? fact(t('dis.case.source'), p.source, { id: 'case-source' }) : null));
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

    /**
     * What each action asks for: comment ('required' or optional), the label of the comment, date (max today),
     * deadline (correctionDeadline), dueDate, reportRow, delivery (method + tracking number).
     */
    var ACTION_INPUTS = {
      REQUEST_CORRECTION: { comment: 'required', deadline: true, letter: true },
      GOOD_REASON: { comment: 'required', deadline: true, letter: true },
      DEEM_ABANDONED: { comment: 'required' },
      RECEIVE_CORRECTION: { date: true },
      REQUEST_REASONS: { comment: 'optional', dueDate: true, letter: true },
      SET_LATER_DATE: { comment: 'optional', dueDate: true, letter: true },
      APPROVE: { comment: 'optional', reportRow: true },
      DELIVER: { date: true, delivery: true },
      WITHDRAW: { comment: 'required', date: true },
      RETURN: { comment: 'required' },
      REPLY_ON_THE_SPOT: { allDecided: true }
    };

    function openAction(d, id) {
      var spec = ACTION_INPUTS[id] || {};
      var today = fmt.today();
      var commentKey = 'dis.action.comment.' + id;
      var commentLabel = t(commentKey) !== commentKey ? t(commentKey) : spec.comment === 'required' ? t('dis.action.commentRequired') : t('dis.action.comment');
      var commentHintKey = 'dis.action.commentHint.' + id;
      var comment = h('textarea', { name: 'comment', id: 'action-comment', rows: 3, maxlength: 2000, required: spec.comment === 'required' });
      var date = null, deadline = null, dueDate = null, reportRow = null, method = null, tracking = null;
      if (spec.date) {
        date = h('input', { type: 'date', name: 'date', id: 'action-date', required: true, value: today, max: today });
      }
      if (spec.deadline) {
        deadline = h('input', { type: 'date', name: 'correctionDeadline', id: 'action-correction-deadline', required: true, min: fmt.addDays(today, 1) });
      }
      if (spec.dueDate) {
        dueDate = h('input', { type: 'date', name: 'dueDate', id: 'action-due-date', required: true, min: fmt.addDays(today, 1) });
      }
      if (spec.reportRow) {
        var proposed = (d.progress && (d.progress.reportRow || d.progress.proposedReportRow)) || '';
        reportRow = h('select', { name: 'reportRow', id: 'action-report-row', required: true }, options('reportRows', proposed, t('common.choose')));
        reportRow.value = proposed;
      }
      var dateHint = null;
      if (spec.delivery) {
        method = h('select', { name: 'deliveryMethod', id: 'action-delivery-method', required: true }, options('receiveBy', d.receiveBy, t('common.choose')));
        method.value = d.receiveBy || '';
        tracking = h('input', { name: 'trackingNumber', id: 'action-tracking-number', maxlength: 100, autocomplete: 'off', class: 'mono-input' });
        dateHint = h('span', null);
      }
      var undecided = spec.allDecided ? (d.items || []).filter(function (it) { return !it.decision; }).map(function (it) { return it.seq; }) : [];
      var unsaved = Object.keys(dirtyItems).filter(function (k) { return dirtyItems[k]; });
      var to = transitionTarget(id);
      var cls = DESTRUCTIVE.indexOf(id) >= 0 ? 'btn btn-danger' : 'btn btn-primary';
      var confirm = h('button', { type: 'submit', class: cls, id: 'action-confirm', disabled: undecided.length > 0 }, t('dis.action.confirm'));
      var dateLabelKey = 'dis.action.date.' + id;
      var trackingField = tracking ? ui.field(t('dis.action.trackingNumber'), tracking) : null;
      var dateField = date ? ui.field(t(dateLabelKey) !== dateLabelKey ? t(dateLabelKey) : t('dis.action.date.DELIVER'), date,
        { hint: id === 'DELIVER' ? dateHint : null, wide: !spec.delivery }) : null;
      function syncDelivery() {
        if (!method) return;
        ui.clear(dateHint).appendChild(document.createTextNode(method.value === 'POST' ? t('dis.action.dateHint.DELIVER.POST') : t('dis.action.dateHint.DELIVER')));
        trackingField.hidden = !(method.value === 'POST' || method.value === 'EMAIL');
      }
      if (method) method.addEventListener('change', syncDelivery);
      var form = h('form', { class: 'form-grid', id: 'action-form', novalidate: true, dataset: { action: id }, onsubmit: submit },
        h('div', { class: 'form-banner field-wide' }),
        unsaved.length ? ui.banner('warning', t('dis.case.unsavedWarning', { items: unsaved.join(t('common.listSeparator')) }), { class: 'banner banner-warning field-wide' }) : null,
        undecided.length ? ui.banner('error', t('dis.action.undecided', { items: undecided.join(t('common.listSeparator')) }), { class: 'banner banner-error field-wide', id: 'action-undecided' }) : null,
        to ? h('p', { class: 'field-wide form-note' }, t('dis.action.to', { stage: label('stages', to) })) : null,
        spec.letter ? h('p', { class: 'field-wide form-note muted small' }, t('dis.action.autoLetter')) : null,
        id === 'REQUEST_CORRECTION' && d.clock && d.clock.correctionDue
          ? ui.banner('info', t('dis.action.correctionDue', { date: dateWithWeekday(d.clock.correctionDue) }), { class: 'banner banner-info field-wide', role: null }) : null,
        method ? ui.field(t('dis.action.deliveryMethod'), method) : null,
        dateField,
        trackingField,
        deadline ? ui.field(t(id === 'GOOD_REASON' ? 'dis.action.newDeadline' : 'dis.action.correctionDeadline'), deadline,
          { wide: true, hint: t('dis.action.correctionDeadlineHint') }) : null,
        dueDate ? ui.field(t('dis.action.dueDate.' + id), dueDate,
          { wide: true, hint: t('dis.action.dueDateHint.' + id) !== 'dis.action.dueDateHint.' + id ? t('dis.action.dueDateHint.' + id) : null }) : null,
        reportRow ? ui.field(t('dis.action.reportRow'), reportRow, { wide: true, hint: t('dis.action.reportRowHint') }) : null,
        spec.allDecided && !undecided.length || !spec.allDecided
          ? ui.field(commentLabel, comment, { wide: true, hint: t(commentHintKey) !== commentHintKey ? t(commentHintKey) : null }) : null,
        h('div', { class: 'form-actions field-wide' },
          h('button', { type: 'button', class: 'btn', id: 'action-cancel', onclick: function () { close(); } }, t('dis.action.cancel')),
          confirm));
      syncDelivery();
      dialog = ui.modal(label('actions', id), form);
      function close() { if (dialog) { dialog.close(); dialog = null; } }

      function submit(e) {
        e.preventDefault();
        ui.clearErrors(form);
        if (undecided.length) return;
        var bad = [];
        function need(input, ok) { if (input && !ok) { ui.setFieldError(form, input.name, t('form.required')); bad.push(input); } }
        need(method, method && method.value);
        need(date, date && date.value);
        if (date && date.value && date.value > today) { ui.setFieldError(form, 'date', t('dis.date.future')); bad.push(date); }
        need(deadline, deadline && deadline.value);
        need(dueDate, dueDate && dueDate.value);
        need(reportRow, reportRow && reportRow.value);
        if (spec.comment === 'required') need(comment, trimmed(comment));
        if (bad.length) { bad[0].focus(); return; }
        ui.busy(form, true);
        api.post(casePath(d.number, '/actions/' + encodeURIComponent(id)), {
          comment: trimmed(comment),
          date: date ? date.value : null,
          correctionDeadline: deadline ? deadline.value : null,
          dueDate: dueDate ? dueDate.value : null,
          reportRow: reportRow ? reportRow.value || null : null,
          deliveryMethod: method ? method.value || null : null,
          trackingNumber: tracking && !trackingField.hidden ? trimmed(tracking) : null
        }).then(function (detail) {
          close();
          return changed(detail, t('dis.action.done', { action: label('actions', id) }));
        }, function (err) {
          ui.busy(form, false);
          if (undecided.length) confirm.disabled = true;
          ui.showErrors(form, err);
        }).catch(ui.reportError);
      }
    }

    /** Where an action leads, for the dialog's sentence; the workflow itself lives on the server. */
    function transitionTarget(id) {
      return {
        REGISTER: 'REGISTERED', REPLY_ON_THE_SPOT: 'DELIVERED', REQUEST_CORRECTION: 'CORRECTION', RECEIVE_CORRECTION: 'REGISTERED',
        DEEM_ABANDONED: 'ABANDONED', START_DRAFTING: 'DRAFTING', SUBMIT_FOR_REVIEW: 'REVIEW', APPROVE: 'REPLIED',
        RETURN: 'DRAFTING', DELIVER: 'DELIVERED', ARCHIVE: 'ARCHIVED', WITHDRAW: 'WITHDRAWN', FEE_LAPSE: 'LAPSED',
        GOOD_REASON: 'CORRECTION'
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
      // Drafting, or deciding at the desk before a reply on the spot (the server checks the roles).
      var editable = (d.stage === 'DRAFTING' && ctx.hasRole('handler')) || (d.actions || []).indexOf('REPLY_ON_THE_SPOT') >= 0;
      var suggest = editable && d.stage === 'DRAFTING';
      if (suggest) setTimeout(function () { fillSuggestions(d); }, 0);
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
        editable ? h('div', { class: 'stack no-print' }, items.map(function (it) { return itemEditor(d, it, suggest); })) : null,
        readTable);
    }

    function decisionText(it) {
      if (!it.decision) return h('span', { class: 'muted' }, t('dis.case.undecided'));
      var dec = meta.byId.decisions[it.decision];
      return [
        h('div', null, label('decisions', it.decision)),
        dec && dec.article ? h('div', { class: 'muted small' }, dec.article) : null,
        it.ground ? h('div', { class: 'small' }, t('dis.case.itemGround'), t('common.colon'), label('grounds', it.ground)) : null,
        it.catalogCode ? h('div', { class: 'small' }, t('dis.case.catalogCode'), t('common.colon'), h('span', { class: 'mono', dataset: { catalogCode: it.catalogCode } }, it.catalogCode)) : null
      ];
    }

    function itemEditor(d, it, suggest) {
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
        it.catalogCode ? h('p', { class: 'small muted' }, t('dis.case.catalogCode'), t('common.colon'), h('span', { class: 'mono' }, it.catalogCode)) : null,
        suggest ? h('div', { class: 'dis-sugg-slot', dataset: { suggSeq: seq } }) : null,
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

    // -- catalog suggestions (高频事项建议) while drafting --
    var suggestions = null; // promise of GET suggestions, once per page

    function fillSuggestions(d) {
      var slots = root.querySelectorAll('.dis-sugg-slot');
      if (!slots.length) return;
      Array.prototype.forEach.call(slots, function (slot) {
        if (!slot.firstChild) slot.appendChild(h('p', { class: 'muted small' }, t('dis.sugg.loading')));
      });
      if (!suggestions) {
        suggestions = Promise.all([api.get(casePath(d.number, '/suggestions'), null, { quiet: true }), agencyIndex()]);
        suggestions.catch(function () { suggestions = null; });
      }
      suggestions.then(function (res) {
        if (disposed) return;
        var bySeq = {};
        (res[0] || []).forEach(function (s) { bySeq[s.seq] = s; });
        Array.prototype.forEach.call(root.querySelectorAll('.dis-sugg-slot'), function (slot) {
          var seq = slot.dataset.suggSeq;
          var item = (d.items || []).filter(function (it) { return String(it.seq) === String(seq); })[0];
          ui.clear(slot).appendChild(suggestionBox(d, item, bySeq[seq], res[1].byCode));
        });
      }, function () {
        if (disposed) return;
        Array.prototype.forEach.call(root.querySelectorAll('.dis-sugg-slot'), function (slot) {
          ui.clear(slot).appendChild(h('p', { class: 'muted small' }, t('dis.sugg.failed')));
        });
      });
    }

    function suggestionBox(d, item, sugg, agencies) {
      var matches = (sugg && sugg.matches) || [];
      var seq = item ? item.seq : sugg && sugg.seq;
      var needsYear = matches.some(function (m) { return /\{year\}/.test((m.entry && m.entry.standardText) || ''); });
      var needsPlace = matches.some(function (m) { return /\{place\}/.test((m.entry && m.entry.standardText) || ''); });
      var year = needsYear ? h('input', { name: 'year', maxlength: 20, id: 'dis-sugg-' + seq + '-year', autocomplete: 'off' }) : null;
      var place = needsPlace ? h('input', { name: 'place', maxlength: 100, id: 'dis-sugg-' + seq + '-place', autocomplete: 'off' }) : null;
      var box = h('div', { class: 'dis-sugg', dataset: { suggestions: seq } },
        h('h4', null, t('dis.sugg.title')),
        !matches.length ? h('p', { class: 'muted small', style: 'margin:0' }, t('dis.sugg.none')) : null,
        year || place ? h('div', { class: 'sugg-inputs' },
          year ? ui.field(t('dis.sugg.year'), year) : null,
          place ? ui.field(t('dis.sugg.place'), place) : null,
          h('div', { class: 'field-hint field-wide' }, t('dis.sugg.placeholderHint'))) : null,
        matches.length ? h('ul', null, matches.map(function (m) {
          var e = m.entry || {};
          var a = agencies[e.agencyCode];
          var pct = Math.round((m.score || 0) * (m.score > 1 ? 1 : 100));
          var current = item && item.catalogCode === e.code;
          return h('li', { dataset: { code: e.code } },
            h('div', { class: 'sugg-main' },
              h('div', null, h('strong', null, e.title), ' ', h('span', { class: 'mono muted' }, e.code), ' ',
                h('span', { class: 'chip dis-score ' + (pct >= 70 ? 'chip-ok' : pct >= 40 ? '' : 'chip-rest'), title: m.matchedOn ? t('dis.sugg.matchedOn', { text: m.matchedOn }) : null },
                  t('dis.sugg.score', { n: pct })),
                current ? [' ', h('span', { class: 'chip chip-violet' }, t('dis.sugg.current'))] : null),
              h('div', { class: 'sugg-meta' },
                t('dis.sugg.agency'), t('common.colon'), a ? (a.shortName || a.name) : (e.agencyCode || '—'),
                t('common.semicolon'), t('dis.sugg.decision'), t('common.colon'), label('decisions', e.defaultDecision) || '—',
                e.defaultGround ? '（' + label('grounds', e.defaultGround) + '）' : '',
                e.topic ? [t('common.semicolon'), e.topic] : null),
              m.matchedOn ? h('div', { class: 'sugg-meta' }, t('dis.sugg.matchedOn', { text: m.matchedOn })) : null),
            h('button', { type: 'button', class: 'btn btn-small', dataset: { suggApply: e.code },
              'aria-label': t('dis.sugg.applyLabel', { n: seq, title: e.title }),
              onclick: function (ev) { apply(ev.currentTarget, e); } }, t('dis.sugg.apply')));
        })) : null);

      function apply(button, e) {
        if (dirtyItems[seq] && !window.confirm(t('dis.sugg.overwrite', { n: seq }))) return;
        button.disabled = true;
        var pending = collectOtherEdits(seq);
        api.post(casePath(d.number, '/items/' + encodeURIComponent(seq) + '/catalog'), {
          code: e.code, year: year ? trimmed(year) : null, place: place ? trimmed(place) : null
        }).then(function (detail) {
          return changed(detail, t('dis.sugg.applied', { n: seq, code: e.code })).then(function () { restoreEdits(pending); });
        }, function (err) {
          button.disabled = false;
          ui.reportError(err);
        }).catch(ui.reportError);
      }
      return box;
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

    // -- letters (文书) --
    function canWork() { return ctx.hasRole('registrar', 'handler', 'reviewer', 'office-head'); }

    function lettersCard(d) {
      var letters = d.letters || [];
      var closed = isClosed(d.stage);
      var canCompose = canWork() && !closed;
      var rows = letters.map(function (l) {
        var draft = l.status === 'DRAFT';
        var base = casePath(d.number, '/letters/' + encodeURIComponent(l.id));
        return h('tr', { dataset: { letter: l.id, status: l.status } },
          h('td', null, (G.i18n.lang !== 'en' && l.kindZh) || l.kind),
          h('td', { class: 'nowrap' }, h('span', { class: draft ? 'chip chip-warn' : 'chip chip-ok' }, t('dis.letter.' + l.status) !== 'dis.letter.' + l.status ? t('dis.letter.' + l.status) : l.status)),
          h('td', { class: 'nowrap mono' }, l.docNumber || h('span', { class: 'muted' }, '—')),
          h('td', { class: 'nowrap' }, l.issuedOn || h('span', { class: 'muted' }, '—')),
          h('td', { class: 'nowrap small' }, fmt.dateTime(l.createdAt), l.createdBy ? [' · ', l.createdBy] : null),
          h('td', { class: 'actions' },
            h('a', { href: apiHref(base + '/html'), target: '_blank', rel: 'noopener', dataset: { letterView: l.id },
              title: t('dis.letter.view') + t('dis.letter.openNewTab') }, t('dis.letter.view')),
            ' · ',
            h('a', { href: apiHref(base + '/pdf'), download: '', dataset: { letterPdf: l.id } }, t('dis.letter.pdf')),
            draft && canWork() && !closed ? [' · ', h('button', { type: 'button', class: 'btn btn-small', dataset: { letterEdit: l.id },
              onclick: function () { editLetter(d, l); } }, t('dis.letter.edit'))] : null));
      });
      var reply = canCompose && (d.stage === 'DRAFTING' || d.stage === 'REVIEW')
        ? h('button', { type: 'button', class: 'btn', id: 'letter-compose-reply', onclick: function (e) {
            var b = e.currentTarget;
            b.disabled = true;
            api.post(casePath(d.number, '/letters'), { kind: 'REPLY' }).then(function (detail) {
              return changed(detail, t('dis.letter.composedReply'));
            }, function (err) { b.disabled = false; ui.reportError(err); }).catch(ui.reportError);
          } }, t('dis.letter.composeReply')) : null;
      return h('section', { class: 'card', id: 'case-letters' },
        h('div', { class: 'card-head' }, h('h2', null, t('dis.letter.title')), reply ? h('div', { class: 'no-print' }, reply) : null),
        h('p', { class: 'muted small' }, t('dis.letter.draftHint')),
        letters.length
          ? h('div', { class: 'table-wrap table-wrap-static' }, h('table', { class: 'data-table', id: 'case-letters-table' },
              h('thead', null, h('tr', null, ['kind', 'status', 'docNumber', 'issuedOn', 'createdAt'].map(function (k) {
                return h('th', { scope: 'col' }, t('dis.letter.' + k));
              }), h('th', { scope: 'col' }, t('common.actions')))),
              h('tbody', null, rows)))
          : h('p', { class: 'muted', id: 'case-no-letters' }, t('dis.letter.none')),
        canCompose ? thirdPartyForm(d) : null);
    }

    function thirdPartyForm(d) {
      var name = h('input', { name: 'thirdPartyName', id: 'letter-third-party-name', required: true, maxlength: 200, autocomplete: 'off' });
      var info = h('textarea', { name: 'requestedInformation', id: 'letter-requested-information', required: true, rows: 3, maxlength: 4000 });
      var due = h('input', { type: 'date', name: 'answerDue', id: 'letter-answer-due', required: true, min: fmt.addDays(fmt.today(), 1) });
      var form = h('form', { class: 'form-grid', id: 'letter-third-party-form', novalidate: true, onsubmit: submit },
        h('div', { class: 'form-banner field-wide' }),
        ui.field(t('dis.letter.thirdPartyName'), name),
        ui.field(t('dis.letter.answerDue'), due, { hint: t('dis.letter.answerDueHint') }),
        ui.field(t('dis.letter.requestedInformation'), info, { wide: true }),
        h('div', { class: 'form-actions field-wide' },
          h('button', { type: 'submit', class: 'btn btn-primary', id: 'letter-third-party-submit' }, t('dis.letter.thirdPartySubmit'))));
      function submit(e) {
        e.preventDefault();
        ui.clearErrors(form);
        var bad = [];
        [[name, trimmed(name)], [info, trimmed(info)], [due, due.value]].forEach(function (p) {
          if (!p[1]) { ui.setFieldError(form, p[0].name, t('form.required')); bad.push(p[0]); }
        });
        if (bad.length) { bad[0].focus(); return; }
        ui.busy(form, true);
        api.post(casePath(d.number, '/letters'), {
          kind: 'THIRD_PARTY', thirdPartyName: trimmed(name), requestedInformation: trimmed(info), answerDue: due.value
        }).then(function (detail) {
          return changed(detail, t('dis.letter.thirdPartyDone'));
        }, function (err) {
          ui.busy(form, false);
          ui.showErrors(form, err);
        }).catch(ui.reportError);
      }
      return h('details', { class: 'dis-details no-print', id: 'letter-third-party' },
        h('summary', null, t('dis.letter.thirdParty')), form);
    }

    /** The editor of a draft letter: title, addressee and one textarea per paragraph. */
    function editLetter(d, info) {
      var path = casePath(d.number, '/letters/' + encodeURIComponent(info.id));
      var body = h('div', null, ui.loadingBlock());
      dialog = ui.modal(t('dis.letter.editTitle') + ' · ' + ((G.i18n.lang !== 'en' && info.kindZh) || info.kind), body);
      var myDialog = dialog;
      api.get(path).then(function (letter) {
        if (disposed || dialog !== myDialog) return;
        ui.clear(body).appendChild(letterForm(letter));
      }, function (err) {
        ui.clear(body).appendChild(ui.errorBlock(err));
      });

      function letterForm(letter) {
        var title = h('input', { name: 'title', id: 'letter-title', required: true, maxlength: 200, value: letter.title || '' });
        var addressee = h('input', { name: 'addressee', id: 'letter-addressee', maxlength: 200, value: letter.addressee || '' });
        var list = h('ol', { class: 'repeat-list', id: 'letter-paragraphs' });
        function paraRow(text) {
          var ta = h('textarea', { rows: 4, maxlength: 10000, class: 'letter-paragraph', value: text || '' });
          var up = h('button', { type: 'button', class: 'btn btn-small', onclick: function () {
            var li = up.closest('li');
            if (li.previousElementSibling) { li.parentNode.insertBefore(li, li.previousElementSibling); renumber(); ta.focus(); }
          } }, t('dis.letter.paragraphUp'));
          var rm = h('button', { type: 'button', class: 'btn btn-small btn-danger', onclick: function () {
            var li = rm.closest('li');
            li.parentNode.removeChild(li);
            renumber();
          } }, t('dis.letter.paragraphRemove'));
          return h('li', { class: 'dis-para' }, ui.field('', ta), h('div', { class: 'dis-para-buttons' }, up, rm));
        }
        function renumber() {
          Array.prototype.forEach.call(list.children, function (li, i) {
            var f = li.querySelector('.field');
            var ta = li.querySelector('textarea');
            ta.name = 'paragraphs[' + i + ']';
            f.dataset.field = ta.name;
            f.querySelector('label').firstChild.nodeValue = t('dis.letter.paragraph', { n: i + 1 });
            li.querySelector('.btn-danger').disabled = list.children.length <= 1;
          });
        }
        (letter.paragraphs && letter.paragraphs.length ? letter.paragraphs : ['']).forEach(function (p) { list.appendChild(paraRow(p)); });
        // the label needs a text node to renumber
        Array.prototype.forEach.call(list.querySelectorAll('label'), function (l) { if (!l.firstChild || l.firstChild.nodeType !== 3) l.insertBefore(document.createTextNode(''), l.firstChild); });
        renumber();
        var add = h('button', { type: 'button', class: 'btn btn-small', id: 'letter-paragraph-add', onclick: function () {
          var li = paraRow('');
          list.appendChild(li);
          var l = li.querySelector('label');
          if (!l.firstChild || l.firstChild.nodeType !== 3) l.insertBefore(document.createTextNode(''), l.firstChild);
          renumber();
          li.querySelector('textarea').focus();
        } }, t('dis.letter.paragraphAdd'));
        var form = h('form', { class: 'form-grid', id: 'letter-form', novalidate: true, onsubmit: submit },
          h('div', { class: 'form-banner field-wide' }),
          h('p', { class: 'muted small field-wide form-note' }, t('dis.letter.meta', {
            v: letter.templateVersion || '—', agency: letter.agencyName || '—', date: letter.date || '—' }),
            letter.docNumber ? [' · ', letter.docNumber] : null),
          ui.field(t('dis.letter.fTitle'), title, { wide: true }),
          ui.field(t('dis.letter.addressee'), addressee, { wide: true }),
          h('div', { class: 'field field-wide', dataset: { field: 'paragraphs' } },
            h('span', { class: 'label' }, t('dis.letter.paragraphs')), list,
            h('div', { class: 'field-error', 'aria-live': 'polite' }), h('div', null, add)),
          h('div', { class: 'form-actions field-wide' },
            h('button', { type: 'button', class: 'btn', onclick: function () { if (dialog) { dialog.close(); dialog = null; } } }, t('dis.action.cancel')),
            h('button', { type: 'submit', class: 'btn btn-primary', id: 'letter-save' }, t('common.save'))));
        function submit(e) {
          e.preventDefault();
          ui.clearErrors(form);
          if (!trimmed(title)) { ui.setFieldError(form, 'title', t('form.required')); title.focus(); return; }
          var paragraphs = Array.prototype.map.call(list.querySelectorAll('textarea'), function (ta) { return ta.value.trim(); })
            .filter(function (p) { return p !== ''; });
          if (!paragraphs.length) { ui.setFieldError(form, 'paragraphs', t('form.required')); return; }
          ui.busy(form, true);
          api.put(path, { title: trimmed(title), addressee: trimmed(addressee), paragraphs: paragraphs }).then(function (detail) {
            if (dialog) { dialog.close(); dialog = null; }
            return changed(detail, t('dis.letter.saved'));
          }, function (err) {
            ui.busy(form, false);
            ui.showErrors(form, err);
          }).catch(ui.reportError);
        }
        return form;
      }
    }

    // -- fee (信息处理费) --
    function feeCard(d) {
      var f = d.fee;
      var closed = isClosed(d.stage);
      var today = fmt.today();
      var status = null;
      if (f) {
        status = f.paidOn ? h('span', { class: 'chip chip-ok', id: 'fee-status' }, t('dis.fee.statusPaid'))
          : f.paymentDue && f.paymentDue < today ? h('span', { class: 'chip chip-bad', id: 'fee-status' }, t('dis.fee.statusOverdue'))
            : h('span', { class: 'chip chip-warn', id: 'fee-status' }, t('dis.fee.statusDue'));
      }
      var canNotice = !f && canWork() && !closed && ['REGISTERED', 'DRAFTING', 'REVIEW'].indexOf(d.stage) >= 0;
      var canPay = f && !f.paidOn && canWork() && !closed;
      return h('section', { class: 'card', id: 'case-fee' },
        h('div', { class: 'card-head' }, h('h2', null, t('dis.fee.title')), status),
        h('p', { class: 'muted small' }, t('dis.fee.hint')),
        f ? h('dl', { class: 'facts' },
          fact(t('dis.fee.method'), label('feeMethods', f.method)),
          fact(t('dis.fee.quantity'), f.quantity != null ? String(f.quantity) : null),
          fact(t('dis.fee.amount'), f.amountYuan != null ? h('strong', { id: 'fee-amount' }, t('dis.fee.yuan', { n: f.amountYuan })) : null),
          fact(t('dis.fee.basis'), f.basis ? h('span', { class: 'pre-wrap' }, f.basis) : null),
          fact(t('dis.fee.noticeOn'), f.noticeOn ? dateWithWeekday(f.noticeOn) : null),
          fact(t('dis.fee.paymentDue'), f.paymentDue ? dateWithWeekday(f.paymentDue) : null, { id: 'fee-payment-due' }),
          fact(t('dis.fee.paidOn'), f.paidOn ? dateWithWeekday(f.paidOn) : null, { id: 'fee-paid-on' }),
          fact(t('dis.fee.receiptNumber'), f.receiptNumber ? h('span', { class: 'mono' }, f.receiptNumber) : null))
          : h('p', { class: 'muted', id: 'fee-none' }, t('dis.fee.none')),
        canNotice ? feeNoticeForm(d) : null,
        canPay ? feePaymentForm(d) : null);
    }

    function feeNoticeForm(d) {
      var method = h('select', { name: 'method', id: 'fee-method', required: true }, options('feeMethods', null, t('common.choose')));
      var pages = h('input', { type: 'number', name: 'pages', id: 'fee-pages', min: 1, step: 1, inputmode: 'numeric' });
      var pagesField = ui.field(t('dis.fee.pages'), pages, { hint: t('dis.fee.pagesHint') });
      function sync() { pagesField.hidden = method.value !== 'PER_PAGE'; }
      method.addEventListener('change', sync);
      sync();
      var form = h('form', { class: 'form-grid subform no-print', id: 'fee-notice-form', novalidate: true, onsubmit: submit },
        h('h3', { class: 'field-wide' }, t('dis.fee.notice')),
        h('div', { class: 'form-banner field-wide' }),
        ui.field(t('dis.fee.method'), method),
        pagesField,
        h('div', { class: 'form-actions field-wide' },
          h('button', { type: 'submit', class: 'btn btn-primary', id: 'fee-notice-submit' }, t('dis.fee.notice'))));
      function submit(e) {
        e.preventDefault();
        ui.clearErrors(form);
        if (!method.value) { ui.setFieldError(form, 'method', t('form.required')); method.focus(); return; }
        var n = null;
        if (method.value === 'PER_PAGE') {
          n = Number(pages.value);
          if (!/^\d+$/.test(pages.value) || n < 1) { ui.setFieldError(form, 'pages', t('dis.fee.pagesInvalid')); pages.focus(); return; }
        }
        ui.busy(form, true);
        api.post(casePath(d.number, '/fee'), { method: method.value, pages: n }).then(function (detail) {
          return changed(detail, t('dis.fee.noticed'));
        }, function (err) {
          ui.busy(form, false);
          ui.showErrors(form, err);
        }).catch(ui.reportError);
      }
      return form;
    }

    function feePaymentForm(d) {
      var paidOn = h('input', { type: 'date', name: 'paidOn', id: 'fee-paid-on-input', required: true, value: fmt.today(), max: fmt.today(),
        min: d.fee && d.fee.noticeOn ? d.fee.noticeOn : null });
      var receipt = h('input', { name: 'receiptNumber', id: 'fee-receipt-number', required: true, maxlength: 100, autocomplete: 'off' });
      var form = h('form', { class: 'form-grid subform no-print', id: 'fee-payment-form', novalidate: true, onsubmit: submit },
        h('h3', { class: 'field-wide' }, t('dis.fee.payment')),
        h('div', { class: 'form-banner field-wide' }),
        ui.field(t('dis.fee.paidOn'), paidOn),
        ui.field(t('dis.fee.receiptNumber'), receipt),
        h('div', { class: 'form-actions field-wide' },
          h('button', { type: 'submit', class: 'btn btn-primary', id: 'fee-payment-submit' }, t('dis.fee.payment'))));
      function submit(e) {
        e.preventDefault();
        ui.clearErrors(form);
        var bad = [];
        if (!paidOn.value) { ui.setFieldError(form, 'paidOn', t('form.required')); bad.push(paidOn); }
        else if (paidOn.value > fmt.today()) { ui.setFieldError(form, 'paidOn', t('dis.date.future')); bad.push(paidOn); }
        if (!trimmed(receipt)) { ui.setFieldError(form, 'receiptNumber', t('form.required')); bad.push(receipt); }
        if (bad.length) { bad[0].focus(); return; }
        ui.busy(form, true);
        api.post(casePath(d.number, '/fee/payment'), { paidOn: paidOn.value, receiptNumber: trimmed(receipt) }).then(function (detail) {
          return changed(detail, t('dis.fee.paid'));
        }, function (err) {
          ui.busy(form, false);
          ui.showErrors(form, err);
        }).catch(ui.reportError);
      }
      return form;
    }

    // -- delivery (送达) --
    function deliveryCard(d) {
      var v = d.delivery;
      return h('section', { class: 'card', id: 'case-delivery' },
        h('h2', null, t('dis.delivery.title')),
        v ? h('dl', { class: 'facts' },
          fact(t('dis.delivery.method'), label('receiveBy', v.method), { id: 'delivery-method' }),
          fact(t('dis.delivery.datedOn'), v.datedOn ? dateWithWeekday(v.datedOn) : null, { id: 'delivery-dated-on' }),
          v.trackingNumber ? fact(t('dis.delivery.trackingNumber'), h('span', { class: 'mono' }, v.trackingNumber)) : null,
          v.note ? fact(t('dis.delivery.note'), h('span', { class: 'pre-wrap' }, v.note)) : null)
          : h('p', { class: 'muted', id: 'delivery-none' }, t('dis.delivery.none')));
    }

    // -- attachments (附件) --
    var ATTACHMENT_KINDS = ['DELIVERY_PROOF', 'APPLICATION_SCAN', 'CORRECTION', 'CONSULTATION', 'OTHER'];
    var ATTACHMENT_TYPES = { pdf: 'application/pdf', jpg: 'image/jpeg', jpeg: 'image/jpeg', png: 'image/png' };

    function attachmentKind(kind) {
      var k = 'dis.att.kind.' + kind;
      return t(k) !== k ? t(k) : kind;
    }

    function attachmentsCard(d) {
      var list = d.attachments || [];
      return h('section', { class: 'card', id: 'case-attachments' },
        h('h2', null, t('dis.att.title')),
        list.length
          ? h('div', { class: 'table-wrap table-wrap-static' }, h('table', { class: 'data-table', id: 'case-attachments-table' },
              h('thead', null, h('tr', null, ['kind', 'fileName', 'size', 'createdAt', 'sha256'].map(function (k) {
                return h('th', { scope: 'col', class: k === 'size' ? 'num' : null }, t('dis.att.' + k));
              }), h('th', { scope: 'col' }, t('common.actions')))),
              h('tbody', null, list.map(function (a) {
                return h('tr', { dataset: { attachment: a.id } },
                  h('td', { class: 'nowrap' }, attachmentKind(a.kind)),
                  h('td', { class: 'break' }, a.fileName),
                  h('td', { class: 'num nowrap' }, fileSize(a.size)),
                  h('td', { class: 'nowrap' }, fmt.dateTime(a.createdAt)),
                  h('td', { class: 'mono', title: a.sha256 || null }, a.sha256 ? a.sha256.slice(0, 12) + '…' : ''),
                  h('td', { class: 'actions' }, h('a', { href: apiHref(casePath(d.number, '/attachments/' + encodeURIComponent(a.id))), download: a.fileName || '',
                    'aria-label': t('dis.att.downloadLabel', { name: a.fileName }), dataset: { attachmentDownload: a.id } }, t('dis.att.download'))));
              }))))
          : h('p', { class: 'muted', id: 'case-no-attachments' }, t('dis.att.none')),
        canWork() && d.stage !== 'ARCHIVED' ? uploadForm(d) : null);
    }

    function uploadForm(d) {
      var kind = h('select', { name: 'kind', id: 'attachment-kind', required: true },
        ATTACHMENT_KINDS.map(function (k) { return h('option', { value: k }, attachmentKind(k)); }));
      kind.value = ['REPLIED', 'DELIVERED', 'ARCHIVED'].indexOf(d.stage) >= 0 ? 'DELIVERY_PROOF'
        : d.stage === 'CORRECTION' ? 'CORRECTION' : d.stage === 'RECEIVED' || d.stage === 'REGISTERED' ? 'APPLICATION_SCAN' : 'OTHER';
      var file = h('input', { type: 'file', name: 'file', id: 'attachment-file', required: true, accept: '.pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png' });
      var form = h('form', { class: 'form-grid subform no-print', id: 'attachment-form', novalidate: true, onsubmit: submit },
        h('div', { class: 'form-banner field-wide' }),
        ui.field(t('dis.att.kind'), kind),
        ui.field(t('dis.att.file'), file, { hint: t('dis.att.fileHint') }),
        h('div', { class: 'form-actions field-wide' },
          h('button', { type: 'submit', class: 'btn btn-primary', id: 'attachment-upload' }, t('dis.att.upload'))));
      function submit(e) {
        e.preventDefault();
        ui.clearErrors(form);
        var f = file.files && file.files[0];
        if (!f) { ui.setFieldError(form, 'file', t('form.required')); file.focus(); return; }
        var ext = (/\.([A-Za-z0-9]+)$/.exec(f.name) || [])[1];
        var type = ATTACHMENT_TYPES[(ext || '').toLowerCase()] || f.type;
        if (['application/pdf', 'image/jpeg', 'image/png'].indexOf(type) < 0) { ui.setFieldError(form, 'file', t('dis.att.badType')); file.focus(); return; }
        if (f.size > 10 * 1024 * 1024) { ui.setFieldError(form, 'file', t('dis.att.tooLarge')); file.focus(); return; }
        ui.busy(form, true);
        uploadRaw(casePath(d.number, '/attachments'), f, { kind: kind.value, name: f.name }, type).then(function (detail) {
          return changed(detail, t('dis.att.uploaded', { name: f.name }));
        }, function (err) {
          ui.busy(form, false);
          ui.showErrors(form, err);
        }).catch(ui.reportError);
      }
      return form;
    }

    // -- reconsideration and litigation (行政复议、行政诉讼) --
    function remediesCard(d) {
      var list = d.remedies || [];
      var after = ['REPLIED', 'DELIVERED', 'ARCHIVED', 'ABANDONED', 'LAPSED'].indexOf(d.stage) >= 0;
      if (!list.length && !after) return null;
      var canEdit = ctx.hasRole('registrar', 'office-head', 'reviewer');
      return h('section', { class: 'card', id: 'case-remedies' },
        h('h2', null, t('dis.remedy.title')),
        list.length
          ? h('div', { class: 'table-wrap table-wrap-static' }, h('table', { class: 'data-table', id: 'case-remedies-table' },
              h('thead', null, h('tr', null, ['kind', 'filedOn', 'organ', 'caseNumber', 'result', 'decidedOn', 'note'].map(function (k) {
                return h('th', { scope: 'col' }, t('dis.remedy.' + k));
              }), canEdit ? h('th', { scope: 'col' }, t('common.actions')) : null)),
              h('tbody', null, list.map(function (r) {
                var pending = !r.result || r.result === 'PENDING';
                return h('tr', { dataset: { remedy: r.id } },
                  h('td', null, label('remedyKinds', r.kind)),
                  h('td', { class: 'nowrap' }, r.filedOn || ''),
                  h('td', null, r.organ || ''),
                  h('td', { class: 'mono' }, r.caseNumber || ''),
                  h('td', null, h('span', { class: pending ? 'chip chip-warn' : r.result === 'CORRECTED' ? 'chip chip-bad' : 'chip chip-ok' }, label('remedyResults', r.result || 'PENDING'))),
                  h('td', { class: 'nowrap' }, r.decidedOn || ''),
                  h('td', { class: 'pre-wrap' }, r.note || ''),
                  canEdit ? h('td', { class: 'actions' }, h('button', { type: 'button', class: 'btn btn-small', dataset: { remedyDecide: r.id },
                    onclick: function () { decideRemedy(d, r); } }, t('dis.remedy.decide'))) : null);
              }))))
          : h('p', { class: 'muted', id: 'case-no-remedies' }, t('dis.remedy.none')),
        canEdit ? h('details', { class: 'dis-details no-print', id: 'remedy-add' }, h('summary', null, t('dis.remedy.add')), remedyForm(d)) : null);
    }

    function remedyFields(r) {
      var f = {
        result: h('select', { name: 'result', required: true }, options('remedyResults', null, null)),
        decidedOn: h('input', { type: 'date', name: 'decidedOn', max: fmt.today() }),
        note: h('textarea', { name: 'note', rows: 2, maxlength: 2000 })
      };
      f.result.value = (r && r.result) || 'PENDING';
      if (r && r.decidedOn) f.decidedOn.value = r.decidedOn;
      if (r && r.note) f.note.value = r.note;
      return f;
    }

    function checkDecided(form, f) {
      if (f.result.value && f.result.value !== 'PENDING' && !f.decidedOn.value) {
        ui.setFieldError(form, 'decidedOn', t('dis.remedy.decidedNeedsDate'));
        return false;
      }
      return true;
    }

    function remedyForm(d) {
      var kind = h('select', { name: 'kind', id: 'remedy-kind', required: true }, options('remedyKinds', null, t('common.choose')));
      var filedOn = h('input', { type: 'date', name: 'filedOn', id: 'remedy-filed-on', required: true, max: fmt.today() });
      var organ = h('input', { name: 'organ', id: 'remedy-organ', required: true, maxlength: 200 });
      var caseNumber = h('input', { name: 'caseNumber', id: 'remedy-case-number', maxlength: 100, autocomplete: 'off' });
      var f = remedyFields(null);
      var form = h('form', { class: 'form-grid', id: 'remedy-form', novalidate: true, onsubmit: submit },
        h('div', { class: 'form-banner field-wide' }),
        ui.field(t('dis.remedy.kind'), kind),
        ui.field(t('dis.remedy.filedOn'), filedOn),
        ui.field(t('dis.remedy.organ'), organ),
        ui.field(t('dis.remedy.caseNumber'), caseNumber),
        ui.field(t('dis.remedy.result'), f.result),
        ui.field(t('dis.remedy.decidedOn'), f.decidedOn),
        ui.field(t('dis.remedy.note'), f.note, { wide: true }),
        h('div', { class: 'form-actions field-wide' },
          h('button', { type: 'submit', class: 'btn btn-primary', id: 'remedy-submit' }, t('dis.remedy.add'))));
      function submit(e) {
        e.preventDefault();
        ui.clearErrors(form);
        var bad = [];
        [[kind, kind.value], [filedOn, filedOn.value], [organ, trimmed(organ)]].forEach(function (p) {
          if (!p[1]) { ui.setFieldError(form, p[0].name, t('form.required')); bad.push(p[0]); }
        });
        if (!checkDecided(form, f)) bad.push(f.decidedOn);
        if (bad.length) { bad[0].focus(); return; }
        ui.busy(form, true);
        api.post(casePath(d.number, '/remedies'), {
          kind: kind.value, filedOn: filedOn.value, organ: trimmed(organ), caseNumber: trimmed(caseNumber),
          result: f.result.value || null, decidedOn: f.decidedOn.value || null, note: trimmed(f.note)
        }).then(function (detail) {
          return changed(detail, t('dis.remedy.added'));
        }, function (err) {
          ui.busy(form, false);
          ui.showErrors(form, err);
        }).catch(ui.reportError);
      }
      return form;
    }

    function decideRemedy(d, r) {
      var f = remedyFields(r);
      f.result.id = 'remedy-decide-result';
      f.decidedOn.id = 'remedy-decide-decided-on';
      var form = h('form', { class: 'form-grid', id: 'remedy-decide-form', novalidate: true, onsubmit: submit },
        h('div', { class: 'form-banner field-wide' }),
        h('p', { class: 'field-wide form-note muted' }, label('remedyKinds', r.kind), ' · ', r.organ || '', ' · ', r.filedOn || ''),
        ui.field(t('dis.remedy.result'), f.result),
        ui.field(t('dis.remedy.decidedOn'), f.decidedOn),
        ui.field(t('dis.remedy.note'), f.note, { wide: true }),
        h('div', { class: 'form-actions field-wide' },
          h('button', { type: 'button', class: 'btn', onclick: function () { close(); } }, t('dis.action.cancel')),
          h('button', { type: 'submit', class: 'btn btn-primary' }, t('common.save'))));
      dialog = ui.modal(t('dis.remedy.decideTitle', { caseNumber: r.caseNumber || label('remedyKinds', r.kind) }), form);
      function close() { if (dialog) { dialog.close(); dialog = null; } }
      function submit(e) {
        e.preventDefault();
        ui.clearErrors(form);
        if (!checkDecided(form, f)) { f.decidedOn.focus(); return; }
        ui.busy(form, true);
        api.put(casePath(d.number, '/remedies/' + encodeURIComponent(r.id)), {
          result: f.result.value, decidedOn: f.decidedOn.value || null, note: trimmed(f.note)
        }).then(function (detail) {
          close();
          return changed(detail, t('dis.remedy.decided'));
        }, function (err) {
          ui.busy(form, false);
          ui.showErrors(form, err);
        }).catch(ui.reportError);
      }
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

  // ---------- #/disclosure/dashboard: 统计看板 ----------

  function yearOptions(from, count, chosen) {
    var list = [];
    for (var y = from; y > from - count; y--) list.push(h('option', { value: String(y), selected: String(y) === String(chosen) }, String(y)));
    return list;
  }

  G.routes['#/disclosure/dashboard'] = function (container, ctx) {
    var disposed = false;
    var thisYear = Number(fmt.today().slice(0, 4));
    var year = Number(ctx.query.get('year')) || thisYear;
    var yearSel = h('select', { name: 'year', id: 'dash-year' }, yearOptions(thisYear, 6, year));
    var body = h('div', { id: 'dash-body', 'aria-live': 'polite' }, ui.loadingBlock());
    container.appendChild(capNav('dashboard'));
    container.appendChild(h('div', { class: 'page-head' }, h('h1', null, t('dis.dash.title')),
      h('div', { class: 'page-head-side' }, h('label', { for: 'dash-year' }, t('dis.dash.year')), yearSel)));
    container.appendChild(body);
    yearSel.addEventListener('change', function () {
      year = Number(yearSel.value);
      history.replaceState(null, '', '#/disclosure/dashboard?year=' + year);
      load();
    });
    var seq = 0;
    function load() {
      var mine = ++seq;
      body.setAttribute('aria-busy', 'true');
      Promise.all([loadMeta(), api.get('/disclosure/stats', { year: year })]).then(function (res) {
        if (disposed || mine !== seq) return;
        body.removeAttribute('aria-busy');
        ui.clear(body).appendChild(render(res[1] || {}));
      }, function (err) {
        if (disposed || mine !== seq) return;
        body.removeAttribute('aria-busy');
        ui.clear(body).appendChild(ui.errorBlock(err));
      });
    }
    load();

    function statCard(id, labelKey, value, tone) {
      return h('section', { class: 'card', id: id },
        h('div', { class: 'dis-stat-label' }, t(labelKey)),
        h('div', { class: 'figure figure-' + tone }, h('span', { class: 'figure-value' }, value == null ? '—' : String(value))));
    }

    function render(s) {
      var byStage = (s.byStage || []).slice();
      byStage.sort(function (a, b) {
        var ia = FLOW.concat(ENDED).indexOf(a.stage), ib = FLOW.concat(ENDED).indexOf(b.stage);
        return (ia < 0 ? 99 : ia) - (ib < 0 ? 99 : ib);
      });
      var stageColor = function (st) {
        return st === 'CORRECTION' ? '#c98a00' : st === 'REVIEW' ? '#54368f' : ['REPLIED', 'DELIVERED', 'ARCHIVED'].indexOf(st) >= 0 ? '#1e6b34'
          : ENDED.indexOf(st) >= 0 ? '#59606a' : '#1d4f91';
      };
      var share = (s.catalogShare || []).slice().sort(function (a, b) { return (b.count || 0) - (a.count || 0); });
      var months = s.perMonth || [];
      return h('div', null,
        h('div', { class: 'dis-stat-cards' },
          statCard('dash-open', 'dis.dash.open', s.open, 'ok'),
          statCard('dash-overdue', 'dis.dash.overdue', s.overdue, s.overdue ? 'bad' : 'muted'),
          statCard('dash-warning', 'dis.dash.warning', s.warning, s.warning ? 'warn' : 'muted'),
          statCard('dash-decided', 'dis.dash.decidedItems', s.decidedItems, 'muted')),
        h('div', { class: 'split split-spaced' },
          h('section', { class: 'card', id: 'dash-by-stage' },
            h('h2', null, t('dis.dash.byStage')),
            byStage.length ? hBarChart(byStage.map(function (b) {
              return { label: G.i18n.lang === 'en' ? label('stages', b.stage) : b.nameZh || label('stages', b.stage), value: b.count || 0, color: stageColor(b.stage) };
            }), { title: t('dis.dash.byStage'), labelWidth: 130 }) : h('p', { class: 'muted' }, t('dis.dash.noData')),
            dataTable([t('dis.dash.stage'), t('dis.dash.count')], byStage.map(function (b) {
              return [G.i18n.lang === 'en' ? label('stages', b.stage) : b.nameZh || label('stages', b.stage), b.count || 0];
            }))),
          h('section', { class: 'card', id: 'dash-catalog' },
            h('h2', null, t('dis.dash.catalogShare')),
            share.length ? hBarChart(share.map(function (c) { return { label: c.topic || '—', value: c.count || 0, color: '#0b5d57' }; }),
              { title: t('dis.dash.catalogShare'), labelWidth: 170 }) : h('p', { class: 'muted' }, t('dis.dash.noData')),
            dataTable([t('dis.dash.topic'), t('dis.dash.count')], share.map(function (c) { return [c.topic || '—', c.count || 0]; })))),
        h('section', { class: 'card', id: 'dash-per-month' },
          h('h2', null, t('dis.dash.perMonth'), ' · ', String(s.year || year)),
          legend([{ label: t('dis.dash.received'), color: '#1d4f91' }, { label: t('dis.dash.replied'), color: '#1e6b34' },
            { label: t('dis.dash.avgDays') + '（' + (G.i18n.lang === 'en' ? 'right axis' : '右轴') + '）', color: '#9e1b1b', line: true }]),
          monthChart(months),
          dataTable([t('dis.dash.month'), t('dis.dash.received'), t('dis.dash.replied'), t('dis.dash.avgDays')],
            months.map(function (m) {
              return [t('dis.dash.monthN', { n: m.month }), m.received || 0, m.replied || 0,
                m.avgWorkingDays == null ? '—' : Math.round(m.avgWorkingDays * 10) / 10];
            }))));
    }

    return function () { disposed = true; };
  };

  /** The numbers behind a chart, folded away (screen readers and checking). */
  function dataTable(headers, rows) {
    return h('details', { class: 'dis-details' },
      h('summary', null, t('dis.dash.dataTable')),
      h('div', { class: 'table-wrap table-wrap-static' }, h('table', { class: 'data-table data-table-compact' },
        h('thead', null, h('tr', null, headers.map(function (x, i) { return h('th', { scope: 'col', class: i ? 'num' : null }, x); }))),
        h('tbody', null, rows.length ? rows.map(function (r) {
          return h('tr', null, r.map(function (c, i) { return h('td', { class: i ? 'num' : null }, c); }));
        }) : h('tr', null, h('td', { class: 'empty', colspan: headers.length }, t('dis.dash.noData')))))));
  }

  // ---------- #/disclosure/report: 年度报告 ----------

  /** Groups of the section 三 results, in the national layout; a line's key is the report row's id. */
  var REPORT_GROUPS = [
    { id: 'GRANTED', zh: '（一）予以公开', en: '(1) Disclosed', single: true, rows: ['GRANTED'] },
    { id: 'PARTIALLY_GRANTED', zh: '（二）部分公开（区分处理的，只计这一情形，不计其他情形）', en: '(2) Partly disclosed (counted only here)', single: true, rows: ['PARTIALLY_GRANTED'] },
    { id: 'WITHHELD', zh: '（三）不予公开', en: '(3) Not disclosed', prefix: 'WITHHELD_' },
    { id: 'UNAVAILABLE', zh: '（四）无法提供', en: '(4) Cannot be provided', prefix: 'UNAVAILABLE_' },
    { id: 'NOT_PROCESSED', zh: '（五）不予处理', en: '(5) Not processed', prefix: 'NOT_PROCESSED_' },
    { id: 'OTHER', zh: '（六）其他处理', en: '(6) Other handling', prefix: 'OTHER' }
  ];
  var REPORT_FIXED = { NEW_RECEIVED: 'dis.rep.newReceived', CARRIED_OVER: 'dis.rep.carriedOver', RESULTS_TOTAL: 'dis.rep.resultsTotal', CARRIED_FORWARD: 'dis.rep.carriedForward' };

  function groupOf(key) {
    for (var i = 0; i < REPORT_GROUPS.length; i++) {
      var g = REPORT_GROUPS[i];
      if (g.single ? g.rows.indexOf(key) >= 0 : key === g.prefix || key.indexOf(g.prefix) === 0) return g;
    }
    return null;
  }

  function lineLabel(line, group) {
    var en = G.i18n.lang === 'en';
    var text = en ? line.labelEn || line.labelZh : line.labelZh || line.labelEn;
    text = text || line.key;
    // a flat label "（三）不予公开 1.属于国家秘密" loses its group part inside the group's cell
    if (group && !group.single) {
      var gl = en ? group.en : group.zh;
      [group.zh + ' ', group.en + ': ', gl].forEach(function (p) { if (text.indexOf(p) === 0 && text.length > p.length) text = text.slice(p.length); });
    }
    return text;
  }

  function numCells(values) {
    var v = values || [];
    var cells = [];
    for (var i = 0; i < 7; i++) {
      var n = v[i] == null ? 0 : v[i];
      cells.push(h('td', { class: 'n' + (n ? ' nonzero' : '') }, String(n)));
    }
    return cells;
  }

  /** Section 三 as in the national format (国办公开办函〔2021〕30号), from the JSON lines. */
  function applicationsTable(lines) {
    var classified = lines.map(function (l) {
      return { line: l, fixed: REPORT_FIXED[l.key] || null, group: REPORT_FIXED[l.key] ? null : groupOf(String(l.key || '')) };
    });
    var flat = classified.some(function (c) { return !c.fixed && !c.group; });
    var head = h('thead', null,
      h('tr', null, h('th', { rowspan: 3, colspan: flat ? 1 : 3, class: 'small' }, t('dis.rep.corner')), h('th', { colspan: 7 }, t('dis.rep.applicant'))),
      h('tr', null, h('th', { rowspan: 2 }, t('dis.rep.person')), h('th', { colspan: 5 }, t('dis.rep.orgs')), h('th', { rowspan: 2 }, t('dis.rep.total'))),
      h('tr', null, [1, 2, 3, 4, 5].map(function (i) { return h('th', null, t('dis.rep.col' + i)); })));
    var body = h('tbody');
    if (flat) {
      lines.forEach(function (l) { body.appendChild(h('tr', { dataset: { key: l.key } }, h('td', { class: 'label' }, lineLabel(l, null)), numCells(l.values))); });
    } else {
      var resultCount = classified.filter(function (c) { return c.group || c.fixed === 'dis.rep.resultsTotal'; }).length;
      var sectionDone = false;
      var groupSeen = {};
      classified.forEach(function (c) {
        var l = c.line;
        var tr = h('tr', { dataset: { key: l.key }, class: c.fixed === 'dis.rep.resultsTotal' ? 'total' : null });
        if (c.fixed && c.fixed !== 'dis.rep.resultsTotal') {
          tr.appendChild(h('td', { class: 'label', colspan: 3 }, t(c.fixed)));
        } else {
          if (!sectionDone) { tr.appendChild(h('td', { class: 'label', rowspan: resultCount }, t('dis.rep.results'))); sectionDone = true; }
          if (c.fixed) {
            tr.appendChild(h('td', { class: 'label', colspan: 2 }, t(c.fixed)));
          } else if (c.group.single) {
            tr.appendChild(h('td', { class: 'label', colspan: 2 }, lineLabel(l, c.group)));
          } else {
            if (!groupSeen[c.group.id]) {
              var n = classified.filter(function (x) { return x.group === c.group; }).length;
              tr.appendChild(h('td', { class: 'label', rowspan: n }, G.i18n.lang === 'en' ? c.group.en : c.group.zh));
              groupSeen[c.group.id] = true;
            }
            tr.appendChild(h('td', { class: 'label' }, lineLabel(l, c.group)));
          }
        }
        ui.append(tr, numCells(l.values));
        body.appendChild(tr);
      });
    }
    return h('div', { class: 'table-wrap table-wrap-static' }, h('table', { class: 'dis-report-table', id: 'report-applications' }, head, body));
  }

  /** Section 四: 15 numbers — reconsideration (4 results + total), lawsuits without and after reconsideration. */
  function remedyTable(values) {
    var v = values || [];
    var results = ['maintained', 'corrected', 'otherResult', 'pending'];
    return h('div', { class: 'table-wrap table-wrap-static' }, h('table', { class: 'dis-report-table', id: 'report-remedies' },
      h('thead', null,
        h('tr', null, h('th', { colspan: 5 }, t('dis.rep.reconsideration')), h('th', { colspan: 10 }, t('dis.rep.litigation'))),
        h('tr', null, results.map(function (r) { return h('th', { rowspan: 2 }, t('dis.rep.' + r)); }),
          h('th', { rowspan: 2 }, t('dis.rep.total')), h('th', { colspan: 5 }, t('dis.rep.litDirect')), h('th', { colspan: 5 }, t('dis.rep.litAfter'))),
        h('tr', null, [0, 1].map(function () {
          return results.map(function (r) { return h('th', null, t('dis.rep.' + r)); }).concat([h('th', null, t('dis.rep.total'))]);
        }))),
      h('tbody', null, h('tr', null, v.length ? v.map(function (n) { return h('td', { class: 'n' + (n ? ' nonzero' : '') }, String(n == null ? 0 : n)); })
        : h('td', { class: 'n', colspan: 15 }, '—')))));
  }

  G.routes['#/disclosure/report'] = function (container, ctx) {
    var disposed = false;
    var thisYear = Number(fmt.today().slice(0, 4));
    var county = ctx.hasRole('office-head', 'admin', 'auditor');
    var canSave = ctx.hasRole('office-head', 'admin', 'reviewer');
    var year = Number(ctx.query.get('year')) || thisYear - 1;
    var agency = ctx.query.get('agency') || (county ? '*' : (ctx.user && ctx.user.agencyCode) || '');
    var yearSel = h('select', { name: 'year', id: 'report-year' }, yearOptions(thisYear, 8, year));
    var agencySel = h('select', { name: 'agency', id: 'report-agency' },
      county ? h('option', { value: '*' }, t('dis.rep.county')) : null);
    var body = h('div', { id: 'report-body' }, ui.loadingBlock());
    var textsDirty = false;
    container.appendChild(capNav('report'));
    container.appendChild(h('div', { class: 'page-head' }, h('h1', null, t('dis.rep.title'))));
    var filters = h('form', { class: 'filter-bar card', id: 'report-filters', onsubmit: function (e) { e.preventDefault(); choose(); } },
      ui.field(t('dis.rep.year'), yearSel),
      ui.field(t('dis.rep.agency'), agencySel),
      h('div', { class: 'filter-actions' }, h('button', { type: 'submit', class: 'btn btn-primary', id: 'report-load' }, t('dis.rep.load'))));
    container.appendChild(filters);
    container.appendChild(body);
    [yearSel, agencySel].forEach(function (s) { s.addEventListener('change', choose); });

    Promise.all([loadMeta(), agencyIndex()]).then(function (res) {
      if (disposed) return;
      var own = ctx.user && ctx.user.agencyCode;
      res[1].list.forEach(function (a) {
        if (county || a.code === own) agencySel.appendChild(h('option', { value: a.code }, a.name));
      });
      if (own && !agencySel.querySelector('option[value="' + own + '"]') && !county) agencySel.appendChild(h('option', { value: own }, ctx.user.agencyName || own));
      agencySel.value = agency;
      if (agencySel.value !== agency && agencySel.options.length) { agencySel.selectedIndex = 0; agency = agencySel.value; }
      load();
    }, function (err) { if (!disposed) ui.clear(body).appendChild(ui.errorBlock(err)); });

    function choose() {
      if (textsDirty && !window.confirm(t('dis.rep.unsaved'))) { yearSel.value = String(year); agencySel.value = agency; return; }
      year = Number(yearSel.value);
      agency = agencySel.value;
      history.replaceState(null, '', '#/disclosure/report?year=' + year + '&agency=' + encodeURIComponent(agency));
      load();
    }

    function q() { return { year: year, agency: agency }; }

    var seq = 0;
    function load() {
      var mine = ++seq;
      textsDirty = false;
      ui.clear(body).appendChild(ui.loadingBlock());
      api.get('/disclosure/report', q()).then(function (r) {
        if (disposed || mine !== seq) return;
        ui.clear(body).appendChild(render(r || {}));
      }, function (err) {
        if (disposed || mine !== seq) return;
        ui.clear(body).appendChild(ui.errorBlock(err));
      });
    }

    function render(r) {
      var texts = r.texts || {};
      var violations = r.violations || [];
      var problems = r.problems || [];
      var frameBox = h('div', { id: 'report-preview', hidden: true });
      var previewBtn = h('button', { type: 'button', class: 'btn', id: 'report-preview-toggle', onclick: function () {
        if (frameBox.hidden) {
          ui.clear(frameBox).appendChild(h('iframe', { class: 'dis-report-frame', title: t('dis.rep.preview'), sandbox: '', src: apiHref('/disclosure/report/html', q()) }));
          frameBox.hidden = false;
          previewBtn.textContent = t('dis.rep.hidePreview');
        } else {
          frameBox.hidden = true;
          ui.clear(frameBox);
          previewBtn.textContent = t('dis.rep.preview');
        }
      } }, t('dis.rep.preview'));

      var fields = {};
      function textField(key, labelKey, rows, wide) {
        if (!canSave) {
          return h('div', { class: 'report-text', dataset: { section: key } }, texts[key]
            ? h('p', { class: 'pre-wrap' }, texts[key]) : h('p', { class: 'muted' }, '—'));
        }
        var el = rows === 1
          ? h('input', { name: key, id: 'report-' + key, maxlength: 200, value: texts[key] || '' })
          : h('textarea', { name: key, id: 'report-' + key, rows: rows, maxlength: 20000, value: texts[key] || '' });
        el.addEventListener('input', function () { textsDirty = true; dirtyNote.hidden = false; });
        fields[key] = el;
        return ui.field(t(labelKey), el, { wide: wide !== false });
      }
      var dirtyNote = h('span', { class: 'chip chip-warn', hidden: true }, t('dis.rep.unsaved'));
      var textsForm = h('form', { id: 'report-texts', novalidate: true, onsubmit: save });

      var title = texts.title || ((r.agencyName || '') + (r.year || year) + '年政府信息公开工作年度报告');
      ui.append(textsForm, [
        h('div', { class: 'form-banner' }),
        canSave ? h('div', { class: 'form-grid' }, textField('title', 'dis.rep.docTitle', 1)) : h('h2', { id: 'report-doc-title' }, title),
        h('h2', { class: 'form-section' }, t('dis.rep.s1')),
        textField('overview', 'dis.rep.s1', 8),
        h('h2', { class: 'form-section' }, t('dis.rep.s2')),
        textField('proactiveDisclosure', 'dis.rep.s2', 4),
        h('h2', { class: 'form-section' }, t('dis.rep.s3')),
        applicationsTable(r.lines || []),
        h('h2', { class: 'form-section' }, t('dis.rep.s4')),
        remedyTable(r.remedies),
        h('h2', { class: 'form-section' }, t('dis.rep.s5')),
        textField('problemsAndImprovements', 'dis.rep.s5', 6),
        h('h2', { class: 'form-section' }, t('dis.rep.s6')),
        textField('otherMatters', 'dis.rep.s6', 4),
        canSave ? h('div', { class: 'form-actions', style: 'margin-top:1rem' }, dirtyNote,
          h('button', { type: 'submit', class: 'btn btn-primary', id: 'report-save' }, t('dis.rep.saveTexts')))
          : h('p', { class: 'muted small' }, t('dis.rep.readOnly'))
      ]);
      // the section labels are already headings; keep the field labels for screen readers only
      Array.prototype.forEach.call(textsForm.querySelectorAll('textarea'), function (ta) {
        var l = textsForm.querySelector('label[for="' + ta.id + '"]');
        if (l) l.classList.add('visually-hidden');
      });

      function save(e) {
        e.preventDefault();
        ui.clearErrors(textsForm);
        var payload = {};
        ['title', 'overview', 'proactiveDisclosure', 'problemsAndImprovements', 'otherMatters'].forEach(function (k) {
          payload[k] = fields[k] ? (fields[k].value.trim() === '' ? null : fields[k].value) : texts[k] || null;
        });
        ui.busy(textsForm, true);
        api.put('/disclosure/report/texts', payload, { query: q() }).then(function () {
          ui.busy(textsForm, false);
          textsDirty = false;
          dirtyNote.hidden = true;
          ui.toast(t('dis.rep.saved'), 'success');
        }, function (err) {
          ui.busy(textsForm, false);
          ui.showErrors(textsForm, err);
        });
      }

      return h('div', null,
        violations.length
          ? ui.banner('error', [h('strong', null, t('dis.rep.violations', { n: violations.length })),
              h('ul', { id: 'report-violations' }, violations.map(function (v) { return h('li', null, G.i18n.pick(v)); }))],
              { id: 'report-integrity', class: 'banner banner-error dis-alert', role: 'alert' })
          : ui.banner('success', t('dis.rep.integrityOk'), { id: 'report-integrity' }),
        problems.length ? h('section', { class: 'card', id: 'report-problems', style: 'border-left:4px solid #c98a00' },
          h('h2', null, t('dis.rep.problems', { n: problems.length })),
          h('div', { class: 'table-wrap table-wrap-static' }, h('table', { class: 'data-table data-table-compact' },
            h('thead', null, h('tr', null, h('th', { scope: 'col' }, t('dis.rep.problemCase')), h('th', { scope: 'col' }, t('dis.rep.problemText')))),
            h('tbody', null, problems.map(function (p) {
              return h('tr', null,
                h('td', { class: 'nowrap' }, p.caseNumber ? h('a', { href: caseHash(p.caseNumber), class: 'mono' }, p.caseNumber) : '—'),
                h('td', null, G.i18n.pick(p)));
            }))))) : null,
        h('section', { class: 'card no-print', id: 'report-exports' },
          h('div', { class: 'dis-export' },
            h('strong', null, t('dis.rep.exports'), t('common.colon')),
            h('a', { class: 'btn', href: apiHref('/disclosure/report/html', q()), target: '_blank', rel: 'noopener', id: 'report-print' }, t('dis.rep.printView')),
            h('a', { class: 'btn', href: apiHref('/disclosure/report/html', q()), download: 'report-' + year + '.html', id: 'report-export-html' }, t('dis.rep.html')),
            h('a', { class: 'btn', href: apiHref('/disclosure/report/csv', q()), download: '', id: 'report-export-csv' }, t('dis.rep.csv')),
            h('a', { class: 'btn', href: apiHref('/disclosure/report/xlsx', q()), download: '', id: 'report-export-xlsx' }, t('dis.rep.xlsx')),
            previewBtn),
          frameBox),
        h('section', { class: 'card', id: 'report-document' },
          h('p', { class: 'muted', id: 'report-cases' }, (r.agencyName || '') + ' · ' + (r.year || year) + ' · ', t('dis.rep.cases', { n: r.cases == null ? 0 : r.cases })),
          textsForm));
    }

    return function () { disposed = true; };
  };

  // ---------- #/disclosure/catalog: 高频事项目录 ----------

  G.routes['#/disclosure/catalog'] = function (container, ctx) {
    var disposed = false;
    var canEdit = ctx.hasRole('office-head', 'admin');
    var entries = [];
    var agencies = { list: [], byCode: {} };
    var dialog = null;
    container.appendChild(capNav('catalog'));
    container.appendChild(h('div', { class: 'page-head' }, h('h1', null, t('dis.cat.title')),
      canEdit ? h('button', { type: 'button', class: 'btn btn-primary', id: 'catalog-add', onclick: function () { edit(null); } }, t('dis.cat.add')) : null));
    var body = h('section', { class: 'card' }, ui.loadingBlock());
    container.appendChild(body);

    var filter = h('input', { type: 'search', name: 'q', id: 'catalog-filter', autocomplete: 'off', placeholder: t('dis.cat.filterHint') });
    var topicSel = h('select', { name: 'topic', id: 'catalog-topic' });
    var table = ui.dataTable({
      id: 'catalog-table', pageSize: 50, sort: { key: 'code', dir: 'asc' }, empty: t('dis.cat.empty'),
      rowAttrs: function (e) { return { dataset: { code: e.code }, class: e.active === false ? 'inactive' : null }; },
      columns: [
        { key: 'code', label: t('dis.cat.code'), className: 'nowrap', render: function (e) { return h('span', { class: 'mono' }, e.code); } },
        { key: 'title', label: t('dis.cat.fTitle'), className: 'col-wide', render: function (e) {
          return [h('div', null, e.title), e.aliases && e.aliases.length ? h('div', { class: 'small muted' }, e.aliases.join(t('common.listSeparator'))) : null];
        } },
        { key: 'topic', label: t('dis.cat.topic') },
        { key: 'agencyCode', label: t('dis.cat.agency'), value: function (e) { return agencyName(e.agencyCode); }, render: function (e) { return agencyName(e.agencyCode); } },
        { key: 'defaultDecision', label: t('dis.cat.decision'), value: function (e) { return label('decisions', e.defaultDecision); }, render: function (e) {
          return [h('div', null, label('decisions', e.defaultDecision) || '—'), e.defaultGround ? h('div', { class: 'small muted' }, label('grounds', e.defaultGround)) : null];
        } },
        { key: 'active', label: t('dis.cat.status'), className: 'nowrap', value: function (e) { return e.active === false ? 1 : 0; }, render: function (e) {
          return h('span', { class: e.active === false ? 'chip chip-rest' : 'chip chip-ok' }, t(e.active === false ? 'dis.cat.inactive' : 'dis.cat.active'));
        } },
        canEdit ? { key: 'actions', label: t('common.actions'), sortable: false, className: 'actions', render: function (e) {
          return h('button', { type: 'button', class: 'btn btn-small', dataset: { catalogEdit: e.code }, onclick: function () { edit(e); } }, t('dis.cat.edit'));
        } } : null
      ].filter(Boolean)
    });

    function agencyName(code) {
      var a = agencies.byCode[code];
      return a ? a.shortName || a.name : code || '—';
    }

    function applyFilter() {
      var qv = filter.value.trim().toLowerCase();
      var topic = topicSel.value;
      table.setRows(entries.filter(function (e) {
        if (topic && e.topic !== topic) return false;
        if (!qv) return true;
        return [e.code, e.title, e.topic].concat(e.aliases || []).some(function (x) { return x && String(x).toLowerCase().indexOf(qv) >= 0; });
      }));
    }
    filter.addEventListener('input', applyFilter);
    topicSel.addEventListener('change', applyFilter);

    function fillTopics() {
      var chosen = topicSel.value;
      var topics = entries.map(function (e) { return e.topic; }).filter(function (x, i, all) { return x && all.indexOf(x) === i; }).sort();
      ui.clear(topicSel).appendChild(h('option', { value: '' }, t('common.all')));
      topics.forEach(function (x) { topicSel.appendChild(h('option', { value: x }, x)); });
      topicSel.value = chosen;
    }

    Promise.all([loadMeta(), agencyIndex(), api.get('/disclosure/catalog')]).then(function (res) {
      if (disposed) return;
      agencies = res[1];
      entries = res[2] || [];
      fillTopics();
      ui.clear(body);
      ui.append(body, [
        h('p', { class: 'muted' }, t('dis.cat.intro')),
        !canEdit ? h('p', { class: 'muted small' }, t('dis.cat.readOnly')) : null,
        h('div', { class: 'filter-bar' }, ui.field(t('dis.cat.filter'), filter), ui.field(t('dis.cat.topic'), topicSel)),
        table.el
      ]);
      applyFilter();
    }, function (err) { if (!disposed) ui.clear(body).appendChild(ui.errorBlock(err)); });

    function edit(entry) {
      var isNew = !entry;
      var e = entry || { code: '', title: '', aliases: [], topic: '', agencyCode: '', defaultDecision: '', defaultGround: null, standardText: '', active: true };
      var code = h('input', { name: 'code', id: 'cat-code', required: true, maxlength: 40, value: e.code, readOnly: !isNew, class: 'mono-input', autocomplete: 'off' });
      var title = h('input', { name: 'title', id: 'cat-title', required: true, maxlength: 200, value: e.title || '' });
      var aliases = h('textarea', { name: 'aliases', id: 'cat-aliases', rows: 3, value: (e.aliases || []).join('\n') });
      var topic = h('input', { name: 'topic', id: 'cat-topic', required: true, maxlength: 100, value: e.topic || '', list: 'cat-topics' });
      var topicList = h('datalist', { id: 'cat-topics' }, entries.map(function (x) { return x.topic; }).filter(function (x, i, all) { return x && all.indexOf(x) === i; })
        .map(function (x) { return h('option', { value: x }); }));
      var agency = h('select', { name: 'agencyCode', id: 'cat-agency', required: true }, h('option', { value: '' }, t('common.choose')),
        agencies.list.map(function (a) { return h('option', { value: a.code }, a.name); }),
        e.agencyCode && !agencies.byCode[e.agencyCode] ? h('option', { value: e.agencyCode }, e.agencyCode) : null);
      agency.value = e.agencyCode || '';
      var decision = h('select', { name: 'defaultDecision', id: 'cat-decision', required: true }, options('decisions', null, t('common.choose')));
      decision.value = e.defaultDecision || '';
      var ground = h('select', { name: 'defaultGround', id: 'cat-ground', required: true }, options('grounds', null, t('common.choose')));
      ground.value = e.defaultGround || '';
      var groundField = ui.field(t('dis.cat.ground'), ground);
      function needsGround() { var o = meta.byId.decisions[decision.value]; return !!(o && o.needsGround); }
      function sync() { groundField.hidden = !needsGround(); }
      decision.addEventListener('change', sync);
      sync();
      var text = h('textarea', { name: 'standardText', id: 'cat-text', rows: 6, maxlength: 10000, value: e.standardText || '' });
      var active = h('input', { type: 'checkbox', name: 'active', id: 'cat-active', checked: e.active !== false });
      var form = h('form', { class: 'form-grid', id: 'catalog-form', novalidate: true, onsubmit: submit },
        h('div', { class: 'form-banner field-wide' }),
        ui.field(t('dis.cat.code'), code, { hint: isNew ? t('dis.cat.codeHint') : null }),
        ui.field(t('dis.cat.topic'), topic), topicList,
        ui.field(t('dis.cat.fTitle'), title, { wide: true }),
        ui.field(t('dis.cat.aliases'), aliases, { wide: true, hint: t('dis.cat.aliasesHint') }),
        ui.field(t('dis.cat.agency'), agency, { wide: true }),
        ui.field(t('dis.cat.decision'), decision),
        groundField,
        ui.field(t('dis.cat.standardText'), text, { wide: true, hint: t('dis.cat.standardTextHint') }),
        h('div', { class: 'field field-wide', dataset: { field: 'active' } }, h('label', { class: 'checkbox' }, active, ' ', t('dis.cat.active')),
          h('div', { class: 'field-error' })),
        h('div', { class: 'form-actions field-wide' },
          h('button', { type: 'button', class: 'btn', onclick: close }, t('dis.action.cancel')),
          h('button', { type: 'submit', class: 'btn btn-primary', id: 'catalog-save' }, t('common.save'))));
      dialog = ui.modal(isNew ? t('dis.cat.addTitle') : t('dis.cat.editTitle', { code: e.code }), form);
      function close() { if (dialog) { dialog.close(); dialog = null; } }
      function submit(ev) {
        ev.preventDefault();
        ui.clearErrors(form);
        var bad = [];
        function need(input, ok) { if (!ok) { ui.setFieldError(form, input.name, t('form.required')); bad.push(input); } }
        need(code, trimmed(code));
        need(title, trimmed(title));
        need(topic, trimmed(topic));
        need(agency, agency.value);
        need(decision, decision.value);
        if (needsGround()) need(ground, ground.value);
        if (bad.length) { bad[0].focus(); return; }
        var c = trimmed(code);
        var payload = {
          code: c, title: trimmed(title),
          aliases: aliases.value.split(/[\n、;；]+/).map(function (x) { return x.trim(); }).filter(Boolean),
          topic: trimmed(topic), agencyCode: agency.value, defaultDecision: decision.value,
          defaultGround: needsGround() ? ground.value : null, standardText: text.value.trim() === '' ? null : text.value, active: active.checked
        };
        ui.busy(form, true);
        api.put('/disclosure/catalog/' + encodeURIComponent(c), payload).then(function (saved) {
          saved = saved && saved.code ? saved : payload;
          var i = entries.map(function (x) { return x.code; }).indexOf(saved.code);
          if (i >= 0) entries[i] = saved; else entries.push(saved);
          close();
          fillTopics();
          applyFilter();
          ui.toast(t('dis.cat.saved', { code: saved.code }), 'success');
        }, function (err) {
          ui.busy(form, false);
          if (!isNew) code.readOnly = true;
          ui.showErrors(form, err);
        });
      }
    }

    return function () { disposed = true; if (dialog) { dialog.close(); dialog = null; } };
  };

  // ---------- #/disclosure/ledger: 台账导入 ----------

  G.routes['#/disclosure/ledger'] = function (container) {
    var disposed = false;
    var checked = null; // the file whose dry run found no errors
    container.appendChild(capNav('ledger'));
    container.appendChild(h('div', { class: 'page-head' }, h('h1', null, t('dis.ledger.title'))));
    var file = h('input', { type: 'file', name: 'file', id: 'ledger-file', required: true,
      accept: '.csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
    var checkBtn = h('button', { type: 'submit', class: 'btn btn-primary', id: 'ledger-check' }, t('dis.ledger.check'));
    var importBtn = h('button', { type: 'button', class: 'btn', id: 'ledger-import', disabled: true, onclick: doImport }, t('dis.ledger.importPlain'));
    var result = h('div', { class: 'dis-file-result', id: 'ledger-result', 'aria-live': 'polite' });
    var form = h('form', { class: 'form-grid', id: 'ledger-form', novalidate: true, onsubmit: check },
      h('div', { class: 'form-banner field-wide' }),
      ui.field(t('dis.ledger.file'), file, { wide: true, hint: t('dis.ledger.fileHint') }),
      h('div', { class: 'form-actions field-wide' }, checkBtn, importBtn));
    container.appendChild(h('section', { class: 'card card-narrow' },
      h('p', null, t('dis.ledger.intro')),
      h('p', { class: 'dis-export' }, h('strong', null, t('dis.ledger.templates'), t('common.colon')),
        h('a', { class: 'btn', href: apiHref('/disclosure/ledger/template.csv'), download: '', id: 'ledger-template-csv' }, t('dis.ledger.templateCsv')),
        h('a', { class: 'btn', href: apiHref('/disclosure/ledger/template.xlsx'), download: '', id: 'ledger-template-xlsx' }, t('dis.ledger.templateXlsx'))),
      form, result));

    file.addEventListener('change', function () {
      if (checked) { ui.clear(result).appendChild(ui.banner('info', t('dis.ledger.recheck'))); }
      checked = null;
      importBtn.disabled = true;
      importBtn.className = 'btn';
      importBtn.textContent = t('dis.ledger.importPlain');
    });

    function typeOf(f) {
      if (/\.xlsx$/i.test(f.name)) return 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
      if (/\.csv$/i.test(f.name)) return 'text/csv';
      return f.type || 'application/octet-stream';
    }

    function send(f, dryRun) {
      return uploadRaw('/disclosure/ledger', f, { name: f.name, dryRun: dryRun ? 'true' : 'false' }, typeOf(f));
    }

    function showResult(res, dryRun) {
      res = res || {};
      var errors = res.errors || [];
      ui.clear(result);
      if (errors.length) {
        result.appendChild(ui.banner('error', [t('dis.ledger.errors', { n: errors.length }), ' ', t('dis.ledger.rows', { rows: res.rows || 0 }),
          dryRun ? null : [' ', t('dis.ledger.notImported')]], { id: 'ledger-errors-banner' }));
        var tbl = ui.dataTable({
          id: 'ledger-errors', pageSize: 100, sort: { key: 'line', dir: 'asc' },
          columns: [
            { key: 'line', label: t('dis.ledger.line'), className: 'num nowrap' },
            { key: 'column', label: t('dis.ledger.column'), className: 'nowrap' },
            { key: 'message', label: t('dis.ledger.message'), value: function (e) { return G.i18n.pick(e); }, render: function (e) { return G.i18n.pick(e); } }
          ]
        });
        tbl.setRows(errors);
        result.appendChild(tbl.el);
      } else if (dryRun) {
        result.appendChild(ui.banner('success', t('dis.ledger.ok', { rows: res.rows || 0 }), { id: 'ledger-ok' }));
      } else {
        result.appendChild(ui.banner('success', [t('dis.ledger.imported', { n: res.imported || 0 }), ' ',
          h('a', { href: '#/disclosure' }, t('dis.nav.list'))], { id: 'ledger-imported' }));
      }
    }

    function check(e) {
      e.preventDefault();
      ui.clearErrors(form);
      var f = file.files && file.files[0];
      if (!f) { ui.setFieldError(form, 'file', t('dis.ledger.chooseFirst')); file.focus(); return; }
      ui.busy(form, true);
      send(f, true).then(function (res) {
        if (disposed) return;
        ui.busy(form, false);
        showResult(res, true);
        var ok = res && !(res.errors || []).length && (res.rows || 0) > 0;
        checked = ok ? { file: f, rows: res.rows } : null;
        importBtn.disabled = !ok;
        importBtn.className = ok ? 'btn btn-primary' : 'btn';
        importBtn.textContent = ok ? t('dis.ledger.import', { n: res.rows }) : t('dis.ledger.importPlain');
        if (ok) importBtn.focus();
      }, function (err) {
        if (disposed) return;
        ui.busy(form, false);
        importBtn.disabled = true;
        if (err.body && Array.isArray(err.body.errors)) showResult(err.body, true);
        else ui.showErrors(form, err);
      });
    }

    function doImport() {
      if (!checked) return;
      if (!window.confirm(t('dis.ledger.confirm', { n: checked.rows }))) return;
      var f = checked.file;
      ui.busy(form, true);
      send(f, false).then(function (res) {
        if (disposed) return;
        ui.busy(form, false);
        checked = null;
        importBtn.disabled = true;
        importBtn.className = 'btn';
        importBtn.textContent = t('dis.ledger.importPlain');
        showResult(res, false);
        if (res && res.imported) ui.toast(t('dis.ledger.imported', { n: res.imported }), 'success');
      }, function (err) {
        if (disposed) return;
        ui.busy(form, false);
        importBtn.disabled = true;
        if (err.body && Array.isArray(err.body.errors)) showResult(err.body, false);
        else ui.showErrors(form, err);
      });
    }

    return function () { disposed = true; };
  };
}(window.Gongkai));
