/*
 * Gongkai staff UI: calls to /api. Sends the CSRF token on every non-GET request and the UI language as
 * Accept-Language, drives the loading bar, and turns error responses into ApiError with a message in the
 * UI language and the field errors.
 */
(function (global) {
  'use strict';
  var G = global.Gongkai = global.Gongkai || {};

  /** status 0 means the server could not be reached. */
  function ApiError(status, body) {
    var b = body && typeof body === 'object' ? body : {};
    var message = G.i18n.pick(b);
    if (status === 403) message = G.t('error.forbidden') + (message ? '：' + message : '');
    else if (!message) message = status === 0 ? G.t('error.network') : status === 404 ? G.t('error.notFound') : G.t('error.http', { status: status });
    this.name = 'ApiError';
    this.message = message;
    this.status = status;
    this.code = b.code || null;
    this.fieldErrors = Array.isArray(b.fieldErrors) ? b.fieldErrors : [];
    this.body = body;
  }
  ApiError.prototype = Object.create(Error.prototype);
  ApiError.prototype.constructor = ApiError;

  // The UI lives at <root>/ui/, the API at <root>/api, whatever <root> a reverse proxy adds.
  var root = global.location.pathname.replace(/\/ui(\/.*)?$/, '');

  function queryString(query) {
    if (!query) return '';
    var parts = [];
    Object.keys(query).forEach(function (k) {
      var v = query[k];
      if (v != null && v !== '') parts.push(encodeURIComponent(k) + '=' + encodeURIComponent(v));
    });
    return parts.length ? '?' + parts.join('&') : '';
  }

  function readBody(res) {
    if (res.status === 204) return Promise.resolve(null);
    var type = res.headers.get('Content-Type') || '';
    return res.text().then(function (text) {
      if (!text) return null;
      if (type.indexOf('json') >= 0) {
        try { return JSON.parse(text); } catch (e) { return text; }
      }
      return text;
    });
  }

  var api = {
    base: root + '/api',
    csrfToken: null,
    /** Called on a 401 (unless the request passed allow401). */
    onUnauthorized: null,

    /**
     * opts: query (object), body (object → JSON, or a string with contentType), contentType, quiet (no loading
     * bar: background polling), allow401 (the caller handles 401 itself).
     */
    request: function (method, path, opts) {
      opts = opts || {};
      var headers = { 'Accept': 'application/json', 'X-Requested-With': 'XMLHttpRequest', 'Accept-Language': G.i18n.lang === 'en' ? 'en' : 'zh-CN' };
      var body;
      if (method !== 'GET') {
        if (api.csrfToken) headers['X-CSRF-Token'] = api.csrfToken;
        headers['Content-Type'] = opts.contentType || 'application/json';
        if (opts.body !== undefined) body = opts.contentType ? opts.body : JSON.stringify(opts.body);
      }
      if (!opts.quiet) G.ui.loading(1);
      return fetch(api.base + path + queryString(opts.query), {
        method: method, headers: headers, body: body, credentials: 'same-origin', cache: 'no-store'
      }).then(function (res) {
        return readBody(res).then(function (data) {
          if (res.ok) return data;
          var err = new ApiError(res.status, data);
          if (res.status === 401 && !opts.allow401 && api.onUnauthorized) {
            err.handled = true; // the login screen is showing; nobody needs to report this error
            api.onUnauthorized();
          }
          throw err;
        });
      }, function () {
        throw new ApiError(0, null);
      }).finally(function () {
        if (!opts.quiet) G.ui.loading(-1);
      });
    },
    get: function (path, query, opts) {
      return api.request('GET', path, Object.assign({ query: query }, opts || {}));
    },
    post: function (path, body, opts) {
      return api.request('POST', path, Object.assign({ body: body }, opts || {}));
    },
    put: function (path, body, opts) {
      return api.request('PUT', path, Object.assign({ body: body }, opts || {}));
    },
    /**
     * The server's calendar overview {today, loadedYears, zone}: today comes from the server's clock in
     * Asia/Shanghai; if the server cannot say, the browser's clock gives today and no year is known loaded.
     */
    calendarOverview: function () {
      return api.get('/calendar', null, { quiet: true }).then(function (o) {
        return { today: (o && o.today) || G.fmt.today(), loadedYears: (o && o.loadedYears) || [] };
      }, function () {
        return { today: G.fmt.today(), loadedYears: [] };
      });
    },
    /** The date N working days after from (the day after from is the first day counted). */
    workingDays: function (from, days, opts) {
      return api.get('/calendar/working-days', { from: from, days: days }, opts);
    }
  };

  G.ApiError = ApiError;
  G.api = api;
}(window));
