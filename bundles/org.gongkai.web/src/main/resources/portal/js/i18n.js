/*
 * Gongkai public portal: every portal string in Chinese (default) and English, the lookup GongkaiPortal.t()
 * and the language kept in localStorage ('gongkai.lang', shared with the staff UI).
 */
(function (global) {
  'use strict';
  var P = global.GongkaiPortal = global.GongkaiPortal || {};
  var STORAGE_KEY = 'gongkai.lang';

  var dict = {
    zh: {
      skip: '跳到主要内容',
      title: '政务公开服务平台',
      subtitle: 'Government Openness Portal',
      otherLanguage: 'English',
      switchLanguage: 'Switch to English',
      navLabel: '栏目导航',
      navHome: '首页',
      navServices: '在线服务',
      navGuide: '办事指南',
      introTitle: '政府信息公开',
      introText: '依据《中华人民共和国政府信息公开条例》，行政机关主动公开政府信息；公民、法人和其他组织也可以依法申请获取政府信息。',
      servicesTitle: '在线服务',
      'section.apply': '依申请公开',
      'section.guide': '政府信息公开指南',
      'section.policy': '政策文件与解读',
      'section.month': '政务公开月活动',
      'section.other': '其他服务',
      noServices: '在线服务正在建设中，敬请期待。',
      servicesUnavailable: '暂时无法获取在线服务列表，请稍后再试。',
      open: '进入',
      back: '返回首页',
      notInstalled: '该服务暂未开通。',
      guideTitle: '办事指南：法定工作日计算',
      guideText: '政府信息公开的各项期限按工作日计算，自收到申请或有关文书的次日起算，法定节假日和周末不计入，调休上班日计入。例如，行政机关不能当场答复的，应当自收到申请之日起20个工作日内予以答复。',
      fromLabel: '起算日期（收到之日，当日不计）',
      daysLabel: '工作日数',
      calculate: '计算',
      badDate: '请输入有效日期。',
      badDays: '工作日数请输入正整数。',
      result: '第{n}个工作日是：{date}',
      explain: '自{from}的次日起算第{n}个工作日。',
      provisional: '暂定：相关年份的国务院办公厅放假通知尚未载入，调休安排未知，结果可能变化。',
      todayWorkday: '今天是{date}，是工作日。',
      todayRestDay: '今天是{date}，是休息日。',
      todayUnknown: '今天是{date}。',
      todayProvisional: '（暂定：本年度放假通知尚未载入）',
      error: '暂时无法计算，请稍后再试。',
      networkError: '无法连接服务器，请稍后再试。',
      staffLink: '工作人员入口',
      poweredBy: '本平台采用开源软件“公开 Gongkai”',
      dateLong: '{y}年{m}月{d}日（{weekday}）',
      'weekday.0': '星期一', 'weekday.1': '星期二', 'weekday.2': '星期三', 'weekday.3': '星期四',
      'weekday.4': '星期五', 'weekday.5': '星期六', 'weekday.6': '星期日'
    },
    en: {
      skip: 'Skip to the main content',
      title: 'Government Openness Portal',
      subtitle: '政务公开服务平台',
      otherLanguage: '中文',
      switchLanguage: '切换到中文',
      navLabel: 'Sections',
      navHome: 'Home',
      navServices: 'Online services',
      navGuide: 'Guide',
      introTitle: 'Government information disclosure',
      introText: 'Under the Regulations of the People\'s Republic of China on the Disclosure of Government Information, administrative organs publish government information on their own initiative, and citizens, legal persons and other organisations may apply for government information.',
      servicesTitle: 'Online services',
      'section.apply': 'Apply for information',
      'section.guide': 'Guide to government information disclosure',
      'section.policy': 'Policy documents and interpretations',
      'section.month': 'Openness month events',
      'section.other': 'Other services',
      noServices: 'Online services are being set up.',
      servicesUnavailable: 'The list of online services cannot be loaded right now. Please try again later.',
      open: 'Open',
      back: 'Back to the home page',
      notInstalled: 'This service is not available.',
      guideTitle: 'Guide: counting statutory working days',
      guideText: 'Disclosure periods are counted in working days from the day after an application or document is received; public holidays and weekends do not count, adjusted working days do. For example, an organ that cannot answer at once must answer within 20 working days of receiving the application.',
      fromLabel: 'Date received (not counted)',
      daysLabel: 'Working days',
      calculate: 'Calculate',
      badDate: 'Enter a valid date.',
      badDays: 'Enter a positive whole number of working days.',
      result: 'Working day {n} is: {date}',
      explain: 'Counted from the day after {from}.',
      provisional: 'Provisional: the State Council holiday notice for the year involved is not loaded yet; the result may change.',
      todayWorkday: 'Today is {date}, a working day.',
      todayRestDay: 'Today is {date}, a day off.',
      todayUnknown: 'Today is {date}.',
      todayProvisional: ' (provisional: this year\'s holiday notice is not loaded yet)',
      error: 'The calculation is not available right now. Please try again later.',
      networkError: 'The server cannot be reached. Please try again later.',
      staffLink: 'Staff login',
      poweredBy: 'Powered by the open-source software Gongkai',
      dateLong: '{weekday}, {y}-{mm}-{dd}',
      'weekday.0': 'Monday', 'weekday.1': 'Tuesday', 'weekday.2': 'Wednesday', 'weekday.3': 'Thursday',
      'weekday.4': 'Friday', 'weekday.5': 'Saturday', 'weekday.6': 'Sunday'
    }
  };

  function stored() {
    try { return global.localStorage.getItem(STORAGE_KEY); } catch (e) { return null; }
  }

  P.i18n = {
    lang: stored() === 'en' ? 'en' : 'zh',
    setLang: function (lang) {
      P.i18n.lang = lang === 'en' ? 'en' : 'zh';
      try { global.localStorage.setItem(STORAGE_KEY, P.i18n.lang); } catch (e) { /* private mode: the choice lasts this page */ }
    },
    /** Adds strings for a capability's card or page: {zh: {...}, en: {...}}. */
    add: function (more) {
      Object.keys(more || {}).forEach(function (lang) {
        dict[lang] = dict[lang] || {};
        Object.keys(more[lang]).forEach(function (k) { dict[lang][k] = more[lang][k]; });
      });
    },
    /** {zh: '…', en: '…'} or a plain string → the text in the current language. */
    text: function (o) {
      if (o == null || typeof o !== 'object') return o == null ? '' : String(o);
      return (P.i18n.lang === 'en' ? o.en || o.zh : o.zh || o.en) || '';
    }
  };

  P.t = function (key, params) {
    var s = dict[P.i18n.lang][key];
    if (s == null) s = dict.zh[key];
    if (s == null) return key;
    return params ? s.replace(/\{(\w+)\}/g, function (m, k) { return params[k] != null ? String(params[k]) : m; }) : s;
  };
}(window));
