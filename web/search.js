/*
 * Weekly search box: turns a site's existing search inputs into search-as-you-type boxes over the SOFA Weekly
 * archive. One script tag, no framework, no build step, no template edits, no external requests:
 *
 *   <script src="https://search.example.org/search.js"
 *           data-attach="#js-menu-search input, #js-menu-search-mobile input"
 *           data-page="#js-search-input"></script>
 *
 * - data-attach: inputs that open a results panel (header and menu inputs). On screens narrower than 640 px the
 *   panel is a full-screen overlay with its own input; Esc or the back button closes it.
 * - data-mode="page" (with data-attach) or data-page="SELECTOR": a full-page search input; results render inline,
 *   full width, and ?q= stays in the URL.
 * - data-endpoint: the service (default: this script's origin). Also `WeeklySearch.attach(selector, {mode})`.
 * - <input data-weekly-search> (optionally data-mode="page") still works, as do data-endpoint, data-size and
 *   data-lang ("zh" or "en"; default: the page language) on the input.
 *
 * The results live in a shadow root attached to <body> (or after the page input's block): the host page's CSS
 * cannot reach them and the widget's CSS cannot reach the page. The host input keeps its own look; the widget only
 * sets ARIA and autocomplete attributes on it.
 */
(function () {
  'use strict';

  var script = document.currentScript || document.querySelector('script[src$="search.js"]');
  var scriptUrl = new URL(script ? script.src : 'search.js', document.baseURI);
  var scriptEndpoint = (script && script.getAttribute('data-endpoint')) || scriptUrl.origin;
  var DEBOUNCE_MS = 200;
  var NARROW_PX = 640;
  var MAX_WIDTH_PX = 640;
  var MARGIN_PX = 16;
  var TYPE_ORDER = ['qa', 'release', 'event', 'article', 'other'];
  var EXAMPLES = ['Multi-Raft', 'jraft 性能', '分布式事务', 'MOSN 0.6.0'];
  /* Only what the widget's own host element needs; everything else is styled inside the shadow root. */
  var HOST_STYLE = {
    popup: 'all: initial !important; display: block !important; position: fixed !important; top: 0 !important; '
        + 'left: 0 !important; width: 0 !important; height: 0 !important; overflow: visible !important; '
        + 'z-index: 2147483000 !important;',
    page: 'all: initial !important; display: block !important; width: 100% !important; margin: 0 !important;'
  };

  var TEXT = {
    zh: {
      types: { qa: '问答', release: '发布', event: '活动', article: '文章', other: '其他' },
      facets: { type: '类型', project: '项目', year: '年份' },
      total: function (n) { return '共 ' + n + ' 条结果'; },
      relaxed: '没有同时包含所有词的结果，以下为包含部分词的结果。',
      empty: function (q) { return '没有找到与 “' + q + '” 相关的内容。'; },
      didYouMean: '你是不是要找：',
      tryThese: '试试：',
      more: '更多结果',
      alsoIn: '另见',
      from: '出自',
      askedBy: '提问：',
      relevance: '相关度',
      newest: '最新',
      sortLabel: '排序',
      clear: '清除筛选',
      clearQuery: '清空',
      close: '关闭',
      back: '返回',
      placeholder: '搜索问答、发布、活动…',
      results: '搜索结果',
      error: '搜索出错：',
      unavailable: '搜索服务暂时不可用'
    },
    en: {
      types: { qa: 'Q&A', release: 'Release', event: 'Event', article: 'Article', other: 'Other' },
      facets: { type: 'Type', project: 'Project', year: 'Year' },
      total: function (n) { return n + (n === 1 ? ' result' : ' results'); },
      relaxed: 'No result with all words; showing results with some of them.',
      empty: function (q) { return 'No results for “' + q + '”.'; },
      didYouMean: 'Did you mean:',
      tryThese: 'Try:',
      more: 'More results',
      alsoIn: 'Also in',
      from: 'In',
      askedBy: 'Asked by ',
      relevance: 'Relevance',
      newest: 'Newest',
      sortLabel: 'Sort',
      clear: 'Clear filters',
      clearQuery: 'Clear',
      close: 'Close',
      back: 'Back',
      placeholder: 'Search questions, releases, events…',
      results: 'Search results',
      error: 'Search failed: ',
      unavailable: 'The search service is unavailable'
    }
  };

  var widgetCount = 0;
  var widgets = [];

  /* ---- Search insights (begin) ----------------------------------------------------------------
     Tells the service what a reader settled on, for the site owner's insights: the final query of a
     typing session, once (after a pause of SETTLE_MS, on Enter, on a click, when the panel closes or
     the page is left), and each opened hit's position and type. No cookie, no id, nothing stored in
     the browser; navigator.sendBeacon, so a click that leaves the page still reports. The box calls
     in at five places: Insights.watch(widget) in bind, Insights.searched(widget, q) when an answer is
     shown, Insights.entered(widget) on Enter, Insights.clicked(widget, index) when a hit is opened by
     keyboard, Insights.settle(widget) when the panel hides. */
  var SETTLE_MS = 2000;
  var Insights = {
    send: function (widget, event) {
      if (navigator.sendBeacon) {
        try {
          navigator.sendBeacon(widget.endpoint + '/events', JSON.stringify(event));
        } catch (e) { /* insights are optional: the search works the same without them */ }
      }
    },
    /* An answer for q is on screen; a different query than the last reported one starts a new session. */
    searched: function (widget, q) {
      if (q !== widget.insightsReported) {
        widget.insightsReported = null;
      }
      widget.insightsPending = q;
      clearTimeout(widget.insightsTimer);
      widget.insightsTimer = setTimeout(function () { Insights.settle(widget); }, SETTLE_MS);
    },
    entered: function (widget) {
      widget.insightsPending = widget.query() || widget.insightsPending;
      Insights.settle(widget);
    },
    settle: function (widget) {
      clearTimeout(widget.insightsTimer);
      var q = widget.insightsPending;
      if (q && q !== widget.insightsReported) {
        widget.insightsReported = q;
        Insights.send(widget, { kind: 'search', q: q });
      }
    },
    clicked: function (widget, index) {
      var hit = widget.hits[index];
      if (!hit || !widget.insightsPending) {
        return;
      }
      Insights.settle(widget);
      Insights.send(widget, { kind: 'click', q: widget.insightsPending, position: index + 1,
        type: TYPE_ORDER.indexOf(hit.type) >= 0 ? hit.type : 'other' });
    },
    /* Every click on a hit, on its links too (they navigate before the list's own handler would run). */
    watch: function (widget) {
      widget.list.addEventListener('click', function (e) {
        var option = e.target.closest('[role="option"]');
        if (option) {
          Insights.clicked(widget, Number(option.getAttribute('data-index')));
        }
      }, true);
    }
  };
  window.addEventListener('pagehide', function () { widgets.forEach(Insights.settle); });
  /* ---- Search insights (end) ------------------------------------------------------------------ */

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) {
      node.className = className;
    }
    if (text !== undefined && text !== null) {
      node.textContent = String(text);
    }
    return node;
  }

  function button(className, text, label) {
    var b = el('button', className, text);
    b.type = 'button';
    if (label) {
      b.setAttribute('aria-label', label);
      b.title = label;
    }
    return b;
  }

  /*
   * The service escapes highlights and adds only <mark>; copying just text and <mark> out of an inert
   * parsed document keeps the box safe even if a highlight ever arrives unescaped.
   */
  var parser = new DOMParser();
  function appendHighlight(target, html) {
    var body = parser.parseFromString('<body>' + html, 'text/html').body;
    (function copy(from, to) {
      from.childNodes.forEach(function (child) {
        if (child.nodeType === Node.TEXT_NODE) {
          to.appendChild(document.createTextNode(child.nodeValue));
        } else if (child.nodeType === Node.ELEMENT_NODE) {
          if (child.tagName === 'MARK') {
            var mark = document.createElement('mark');
            to.appendChild(mark);
            copy(child, mark);
          } else {
            copy(child, to);
          }
        }
      });
    })(body, target);
  }

  /* A highlight may come as one string or as a list of fragments; anything else counts as none. */
  function highlightText(value) {
    if (Array.isArray(value)) {
      value = value.filter(function (v) { return typeof v === 'string' && v; }).join(' … ');
    }
    return typeof value === 'string' && value.trim() ? value : null;
  }

  function shorten(text, max) {
    text = String(text || '').replace(/\s+/g, ' ').trim();
    return text.length > max ? text.slice(0, max - 1) + '…' : text;
  }

  function isEditable(node) {
    if (!node || !node.tagName) {
      return false;
    }
    var tag = node.tagName;
    return tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT' || node.isContentEditable;
  }

  function isVisible(node) {
    var r = node.getBoundingClientRect();
    return r.width > 0 && r.height > 0 && getComputedStyle(node).visibility !== 'hidden';
  }

  /* The page input's nearest ancestor that lays out as a block: inline results go after it, not into a row. */
  function blockAfter(input) {
    var node = input;
    while (node.parentElement && node.parentElement !== document.body) {
      var display = getComputedStyle(node.parentElement).display;
      if (!/flex|grid|inline|table-cell/.test(display) && node !== input) {
        break;
      }
      node = node.parentElement;
    }
    return node;
  }

  function Widget(input, options) {
    var lang = (input.getAttribute('data-lang') || document.documentElement.lang || 'en').toLowerCase();
    this.t = lang.indexOf('zh') === 0 ? TEXT.zh : TEXT.en;
    this.input = input;
    this.id = 'ws-' + (++widgetCount);
    this.mode = options.mode === 'page' ? 'page' : 'popup';
    this.endpoint = (input.getAttribute('data-endpoint') || options.endpoint || scriptEndpoint).replace(/\/+$/, '');
    this.filters = { type: [], project: [], year: [] };
    this.sort = 'relevance';
    this.hits = [];
    this.active = -1;
    this.seq = 0;
    this.page = 1;
    this.total = 0;
    this.lastKey = null;
    this.timer = null;
    this.controller = null;
    this.composing = false;
    this.full = false;
    this.build();
    this.bind();
    if (this.mode === 'page') {
      var q = new URLSearchParams(window.location.search).get('q');
      if (q) {
        input.value = q;
        this.run(true);
      }
    }
  }

  Widget.prototype.build = function () {
    var t = this.t;
    var input = this.input;
    input.setAttribute('autocomplete', 'off');
    input.setAttribute('aria-expanded', 'false');
    if (this.mode === 'popup') {
      input.setAttribute('aria-haspopup', 'listbox');
    }

    var host = this.host = document.createElement('div');
    host.setAttribute('data-weekly-search-panel', this.mode);
    host.setAttribute('style', HOST_STYLE[this.mode]);
    var root = this.root = host.attachShadow({ mode: 'open' });
    var css = el('link');
    css.rel = 'stylesheet';
    css.href = new URL('style.css', scriptUrl).href;
    root.appendChild(css);

    var panel = this.panel = el('div', 'ws-panel ws-' + this.mode);
    panel.id = this.id + '-panel';
    panel.hidden = true;
    panel.setAttribute('role', this.mode === 'popup' ? 'dialog' : 'region');
    panel.setAttribute('aria-label', t.results);

    // The overlay's own search bar, shown on narrow screens only.
    var top = this.top = el('div', 'ws-top');
    this.backButton = button('ws-back', '‹', t.back);
    this.field = el('input', 'ws-field');
    this.field.type = 'search';
    this.field.setAttribute('autocomplete', 'off');
    this.field.setAttribute('spellcheck', 'false');
    this.field.setAttribute('enterkeyhint', 'search');
    this.field.placeholder = input.placeholder || t.placeholder;
    this.field.setAttribute('aria-label', input.getAttribute('aria-label') || input.placeholder || t.placeholder);
    this.clearButton = button('ws-clear-query', '×', t.clearQuery);
    [this.backButton, this.field, this.clearButton].forEach(function (n) { top.appendChild(n); });
    top.hidden = true;

    var bar = this.bar = el('div', 'ws-bar');
    this.count = el('span', 'ws-count');
    this.count.setAttribute('role', 'status');
    this.count.setAttribute('aria-live', 'polite');
    this.sortBox = el('span', 'ws-sort');
    this.sortBox.setAttribute('role', 'group');
    this.sortBox.setAttribute('aria-label', t.sortLabel);
    this.sortButtons = {};
    [['relevance', t.relevance], ['date', t.newest]].forEach(function (pair) {
      var b = button('ws-sort-button', pair[1]);
      b.setAttribute('data-sort', pair[0]);
      this.sortButtons[pair[0]] = b;
      this.sortBox.appendChild(b);
    }, this);
    this.closeButton = button('ws-close', '×', t.close);
    [this.count, this.sortBox, this.closeButton].forEach(function (n) { bar.appendChild(n); });

    this.relaxed = el('p', 'ws-note ws-relaxed', t.relaxed);
    this.relaxed.hidden = true;
    this.suggestion = el('p', 'ws-note ws-suggestion');
    this.suggestion.hidden = true;
    this.facets = el('div', 'ws-facets');
    this.error = el('p', 'ws-error');
    this.error.setAttribute('role', 'alert');
    this.error.hidden = true;
    this.list = el('ul', 'ws-list');
    this.list.id = this.id + '-list';
    this.list.setAttribute('role', 'listbox');
    this.list.setAttribute('aria-label', t.results);
    this.empty = el('div', 'ws-empty');
    this.empty.hidden = true;
    this.more = button('ws-more', t.more);
    this.more.hidden = true;

    var body = this.body = el('div', 'ws-body');
    [bar, this.relaxed, this.suggestion, this.facets, this.error, this.list, this.empty, this.more]
        .forEach(function (n) { body.appendChild(n); });
    panel.appendChild(top);
    panel.appendChild(body);
    root.appendChild(panel);
    if (this.mode === 'page') {
      blockAfter(input).insertAdjacentElement('afterend', host);
    } else {
      document.body.appendChild(host);
    }
  };

  /* The input the visitor types into now: the overlay's own on narrow screens, else the host's. */
  Widget.prototype.source = function () {
    return this.full ? this.field : this.input;
  };

  Widget.prototype.query = function () {
    return this.source().value.trim();
  };

  Widget.prototype.narrow = function () {
    return this.mode === 'popup' && (window.innerWidth < NARROW_PX || !isVisible(this.input));
  };

  Widget.prototype.bind = function () {
    var self = this;
    [this.input, this.field].forEach(function (field) {
      field.addEventListener('compositionstart', function () {
        self.composing = true;
        clearTimeout(self.timer);
      });
      field.addEventListener('compositionend', function () {
        self.composing = false;
        self.changed(field);
      });
      field.addEventListener('input', function (e) {
        if (self.composing || e.isComposing) {
          return;
        }
        self.changed(field);
      });
      field.addEventListener('keydown', function (e) { self.onKey(e); });
    });
    if (this.mode === 'popup') {
      var enter = function () {
        if (self.returning) {
          self.returning = false;
        } else if (self.narrow()) {
          self.openFull();
        } else if (self.hits.length || !self.error.hidden || !self.empty.hidden) {
          self.showPanel();
        }
      };
      this.input.addEventListener('focus', enter);
      this.input.addEventListener('click', function () {
        if (!self.full && self.narrow()) {
          self.openFull();
        }
      });
      document.addEventListener('pointerdown', function (e) {
        var path = e.composedPath ? e.composedPath() : [e.target];
        if (!self.full && !self.panel.hidden && path.indexOf(self.host) < 0 && path.indexOf(self.input) < 0) {
          self.hidePanel();
        }
      }, true);
      var reposition = function () {
        if (!self.panel.hidden && !self.full) {
          self.place();
        }
      };
      window.addEventListener('resize', reposition);
      window.addEventListener('scroll', reposition, true);
      window.addEventListener('popstate', function () {
        if (self.full) {
          self.pushed = false;
          self.closeFull();
        }
      });
    }
    this.backButton.addEventListener('click', function () { self.closeFull(); });
    this.closeButton.addEventListener('click', function () { self.hidePanel(); });
    this.clearButton.addEventListener('click', function () {
      self.clear();
      self.field.focus();
    });
    Insights.watch(this);
    this.list.addEventListener('click', function (e) {
      var option = e.target.closest('[role="option"]');
      if (!option || e.target.closest('a')) {
        return;
      }
      self.open(Number(option.getAttribute('data-index')));
    });
    this.list.addEventListener('mousemove', function (e) {
      var option = e.target.closest('[role="option"]');
      if (option) {
        self.setActive(Number(option.getAttribute('data-index')), false);
      }
    });
    this.facets.addEventListener('click', function (e) {
      var chip = e.target.closest('[data-facet]');
      if (chip) {
        self.toggleFilter(chip.getAttribute('data-facet'), chip.getAttribute('data-value'));
      } else if (e.target.closest('.ws-clear')) {
        self.filters = { type: [], project: [], year: [] };
        self.run(true);
      }
    });
    this.sortBox.addEventListener('click', function (e) {
      var b = e.target.closest('[data-sort]');
      if (b && b.getAttribute('data-sort') !== self.sort) {
        self.sort = b.getAttribute('data-sort');
        self.run(true);
      }
    });
    this.more.addEventListener('click', function () { self.run(true, self.page + 1); });
    var searchFor = function (e) {
      var chip = e.target.closest('[data-query]');
      if (chip) {
        e.preventDefault();
        self.setQuery(chip.getAttribute('data-query'));
        self.source().focus();
        self.run(true);
      }
    };
    this.empty.addEventListener('click', searchFor);
    this.suggestion.addEventListener('click', searchFor);
  };

  /* Both inputs show the same text: the host's stays visible behind the overlay and after it closes. */
  Widget.prototype.changed = function (field) {
    if (field === this.field) {
      this.input.value = field.value;
    } else {
      this.field.value = field.value;
    }
    this.schedule();
  };

  Widget.prototype.setQuery = function (q) {
    this.input.value = q;
    this.field.value = q;
  };

  Widget.prototype.onKey = function (e) {
    // Keys typed into an input method (Enter picks a candidate) belong to the IME, not to the box.
    if (e.isComposing || e.keyCode === 229 || this.composing) {
      return;
    }
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      if (this.hits.length) {
        e.preventDefault();
        this.showPanel();
        var next = this.active + (e.key === 'ArrowDown' ? 1 : -1);
        if (next >= this.hits.length) {
          next = 0;
        } else if (next < 0) {
          next = this.hits.length - 1;
        }
        this.setActive(next, true);
      }
    } else if (e.key === 'Enter') {
      e.preventDefault();
      if (this.active >= 0) {
        Insights.clicked(this, this.active);
        this.open(this.active);
      } else {
        Insights.entered(this);
        this.run(true);
      }
    } else if (e.key === 'Escape') {
      e.preventDefault();
      if (this.full) {
        this.closeFull();
      } else if (this.query() || !this.panel.hidden) {
        this.clear();
      }
    }
  };

  Widget.prototype.schedule = function () {
    var self = this;
    clearTimeout(this.timer);
    this.timer = setTimeout(function () { self.run(false); }, DEBOUNCE_MS);
  };

  Widget.prototype.params = function (page) {
    var p = new URLSearchParams();
    p.set('q', this.query());
    p.set('page', String(page));
    p.set('size', this.input.getAttribute('data-size') || '10');
    ['type', 'project', 'year'].forEach(function (name) {
      if (this.filters[name].length) {
        p.set(name, this.filters[name].join(','));
      }
    }, this);
    if (this.sort !== 'relevance') {
      p.set('sort', this.sort);
    }
    return p;
  };

  /* force: run even if the same request was the last one sent (Enter, filter, paging). */
  Widget.prototype.run = function (force, page) {
    clearTimeout(this.timer);
    page = page || 1;
    var q = this.query();
    if (!q) {
      this.clear(true);
      return;
    }
    var params = this.params(page);
    var key = params.toString();
    if (!force && key === this.lastKey) {
      return;
    }
    this.lastKey = key;
    this.keepInUrl(q);
    var seq = ++this.seq;
    if (this.controller) {
      this.controller.abort();
    }
    var controller = this.controller = new AbortController();
    var self = this;
    this.panel.classList.add('ws-loading');
    fetch(this.endpoint + '/search?' + key, { signal: controller.signal, headers: { Accept: 'application/json' } })
      .then(function (response) {
        return response.json().catch(function () { return {}; }).then(function (body) {
          return { ok: response.ok, status: response.status, body: body };
        });
      })
      .then(function (result) {
        if (seq !== self.seq) {
          return;
        }
        self.panel.classList.remove('ws-loading');
        if (!result.ok) {
          var message = result.body && (result.body.message || result.body.error);
          self.showError(message || self.t.unavailable + ' (HTTP ' + result.status + ')');
        } else {
          self.show(result.body || {}, page);
          Insights.searched(self, q);
        }
      })
      .catch(function (err) {
        if (seq !== self.seq || err.name === 'AbortError') {
          return;
        }
        self.panel.classList.remove('ws-loading');
        self.showError(self.t.unavailable);
      });
  };

  /* The search page keeps its query in the address, so results can be shared and reloaded. */
  Widget.prototype.keepInUrl = function (q) {
    if (this.mode !== 'page') {
      return;
    }
    var url = new URL(window.location.href);
    if (q) {
      url.searchParams.set('q', q);
    } else {
      url.searchParams.delete('q');
    }
    if (url.href !== window.location.href) {
      history.replaceState(history.state, '', url.href);
    }
  };

  Widget.prototype.clear = function (keepValue) {
    clearTimeout(this.timer);
    this.seq++;
    if (this.controller) {
      this.controller.abort();
    }
    if (!keepValue) {
      this.setQuery('');
    }
    this.keepInUrl('');
    this.lastKey = null;
    this.hits = [];
    this.list.replaceChildren();
    this.setActive(-1, false);
    if (!this.full) {
      this.hidePanel();
    } else {
      this.body.hidden = true;
    }
  };

  Widget.prototype.open = function (index) {
    var hit = this.hits[index];
    var url = hit && (hit.url || (hit.post && hit.post.url));
    if (url) {
      window.location.assign(url);
    }
  };

  Widget.prototype.setActive = function (index, scroll) {
    var options = this.list.children;
    if (this.active >= 0 && options[this.active]) {
      options[this.active].setAttribute('aria-selected', 'false');
      options[this.active].classList.remove('ws-active');
    }
    this.active = index;
    if (index >= 0 && options[index]) {
      options[index].setAttribute('aria-selected', 'true');
      options[index].classList.add('ws-active');
      // Same-root id references only: the overlay's input can point at its option, the host's cannot.
      this.field.setAttribute('aria-activedescendant', options[index].id);
      if (scroll) {
        options[index].scrollIntoView({ block: 'nearest' });
      }
    } else {
      this.field.removeAttribute('aria-activedescendant');
    }
  };

  /* Below the input, as wide as the screen allows up to 640 px, right edges aligned when it would overflow. */
  Widget.prototype.place = function () {
    var s = this.panel.style;
    if (this.mode !== 'popup' || this.full) {
      ['top', 'left', 'width', 'maxHeight'].forEach(function (p) { s[p] = ''; });
      return;
    }
    var r = this.input.getBoundingClientRect();
    var vw = document.documentElement.clientWidth || window.innerWidth;
    var vh = window.innerHeight;
    var width = Math.min(MAX_WIDTH_PX, vw - 2 * MARGIN_PX);
    var left = r.left;
    if (left + width > vw - MARGIN_PX) {
      left = Math.max(MARGIN_PX, Math.min(r.right, vw - MARGIN_PX) - width);
    }
    left = Math.max(MARGIN_PX, left);
    var top = Math.min(Math.max(r.bottom + 8, 8), vh - 160);
    s.left = left + 'px';
    s.top = top + 'px';
    s.width = width + 'px';
    s.maxHeight = Math.max(160, vh - top - MARGIN_PX) + 'px';
  };

  Widget.prototype.showPanel = function () {
    if (this.mode === 'popup' && !this.full && this.narrow()) {
      this.openFull();
      return;
    }
    this.body.hidden = false;
    this.panel.hidden = false;
    this.place();
    this.input.setAttribute('aria-expanded', 'true');
  };

  Widget.prototype.hidePanel = function () {
    Insights.settle(this);
    this.panel.hidden = true;
    this.input.setAttribute('aria-expanded', 'false');
  };

  /* Narrow screens: a full-screen overlay with its own input; the back button and Esc close it. */
  Widget.prototype.openFull = function () {
    if (this.full) {
      return;
    }
    this.full = true;
    this.field.value = this.input.value;
    this.panel.classList.add('ws-full');
    this.top.hidden = false;
    this.body.hidden = !(this.hits.length || !this.error.hidden || !this.empty.hidden);
    this.panel.hidden = false;
    this.place();
    this.input.setAttribute('aria-expanded', 'true');
    history.pushState({ weeklySearch: this.id }, '');
    this.pushed = true;
    this.field.focus();
    if (this.field.value.trim() && !this.hits.length) {
      this.run(true);
    }
  };

  Widget.prototype.closeFull = function () {
    if (!this.full) {
      return;
    }
    this.full = false;
    this.input.value = this.field.value;
    this.panel.classList.remove('ws-full');
    this.top.hidden = true;
    this.hidePanel();
    if (this.pushed) {
      this.pushed = false;
      history.back();
    }
    if (isVisible(this.input)) {
      this.returning = true;
      this.input.focus();
      this.returning = false;
    }
  };

  Widget.prototype.showError = function (message) {
    this.error.textContent = this.t.error + message;
    this.bar.hidden = true;
    this.error.hidden = false;
    this.hits = [];
    this.list.replaceChildren();
    this.setActive(-1, false);
    this.count.textContent = '';
    this.relaxed.hidden = true;
    this.suggestion.hidden = true;
    this.facets.replaceChildren();
    this.empty.hidden = true;
    this.more.hidden = true;
    this.showPanel();
  };

  Widget.prototype.show = function (data, page) {
    var hits = Array.isArray(data.hits) ? data.hits : [];
    this.error.hidden = true;
    this.page = page;
    this.total = Number(data.total) || 0;
    if (page === 1) {
      this.hits = [];
      this.list.replaceChildren();
      this.setActive(-1, false);
    }
    hits.forEach(function (hit) {
      if (hit && typeof hit === 'object') {
        this.list.appendChild(this.renderHit(hit, this.hits.length));
        this.hits.push(hit);
      }
    }, this);
    var took = Number(data.tookMs);
    this.count.textContent = this.t.total(this.total) + (isFinite(took) && took > 0 ? ' · ' + took.toFixed(1) + ' ms' : '');
    Object.keys(this.sortButtons).forEach(function (name) {
      this.sortButtons[name].setAttribute('aria-pressed', String(name === this.sort));
    }, this);
    this.relaxed.hidden = !data.relaxed;
    this.renderSuggestion(data.suggestion);
    this.renderFacets(data.facets || {});
    this.more.hidden = this.hits.length >= this.total || hits.length === 0;
    this.empty.hidden = this.hits.length > 0;
    this.bar.hidden = !this.hits.length;
    if (!this.hits.length) {
      this.renderEmpty(String(data.query || this.query()));
    }
    this.showPanel();
  };

  /* "Did you mean …": a link that searches the service's suggestion; absent or the same query shows nothing. */
  Widget.prototype.renderSuggestion = function (suggestion) {
    this.suggestion.replaceChildren();
    var s = typeof suggestion === 'string' ? suggestion.trim() : '';
    this.suggestion.hidden = !s || s.toLowerCase() === this.query().toLowerCase();
    if (this.suggestion.hidden) {
      return;
    }
    this.suggestion.appendChild(document.createTextNode(this.t.didYouMean + ' '));
    var link = el('a', 'ws-suggestion-link', s);
    var url = new URL(window.location.href);
    url.searchParams.set('q', s);
    link.href = this.mode === 'page' ? url.href : '#';
    link.setAttribute('data-query', s);
    this.suggestion.appendChild(link);
  };

  Widget.prototype.renderHit = function (hit, index) {
    var t = this.t;
    var hl = hit.highlights && typeof hit.highlights === 'object' ? hit.highlights : {};
    var li = el('li', 'ws-hit');
    li.id = this.id + '-opt-' + index;
    li.setAttribute('role', 'option');
    li.setAttribute('aria-selected', 'false');
    li.setAttribute('data-index', String(index));

    var meta = el('div', 'ws-meta');
    var type = TYPE_ORDER.indexOf(hit.type) >= 0 ? hit.type : 'other';
    meta.appendChild(el('span', 'ws-badge ws-badge-' + type, t.types[type]));
    if (hit.type === 'qa' && hit.asker) {
      meta.appendChild(el('span', 'ws-who', t.askedBy + hit.asker));
    }
    if (hit.project) {
      var versions = Array.isArray(hit.versions) && hit.versions.length ? ' ' + hit.versions.join(', ') : '';
      meta.appendChild(el('span', 'ws-project', hit.project + (hit.type === 'release' ? versions : '')));
    }
    if (hit.post && hit.post.date) {
      var date = el('time', 'ws-date', hit.post.date);
      date.dateTime = hit.post.date;
      meta.appendChild(date);
    }
    li.appendChild(meta);

    var title = el('a', 'ws-title');
    title.href = hit.url || (hit.post && hit.post.url) || '#';
    title.tabIndex = -1;
    var titleHl = highlightText(hl.title);
    if (titleHl) {
      appendHighlight(title, titleHl);
    } else {
      title.textContent = hit.title || (hit.post && hit.post.title) || '';
    }
    li.appendChild(title);

    var snippet = el('p', 'ws-snippet');
    var textHl = highlightText(hl.text);
    if (textHl) {
      appendHighlight(snippet, textHl);
    } else {
      snippet.textContent = shorten(hit.text, 180);
    }
    li.appendChild(snippet);

    var from = el('div', 'ws-from');
    if (hit.post && hit.post.title) {
      from.appendChild(el('span', 'ws-from-label', t.from + ' '));
      var post = el('a', 'ws-post', hit.post.title);
      post.href = hit.post.url || hit.url || '#';
      post.tabIndex = -1;
      from.appendChild(post);
    }
    if (Array.isArray(hit.alsoIn) && hit.alsoIn.length) {
      var also = el('span', 'ws-also');
      also.appendChild(el('span', 'ws-from-label', t.alsoIn + ' '));
      hit.alsoIn.forEach(function (other, i) {
        if (i > 0) {
          also.appendChild(document.createTextNode(' · '));
        }
        var a = el('a', 'ws-also-link', other.date || other.slug);
        a.href = other.url || '#';
        a.tabIndex = -1;
        also.appendChild(a);
      });
      from.appendChild(also);
    }
    if (from.childNodes.length) {
      li.appendChild(from);
    }
    return li;
  };

  Widget.prototype.renderFacets = function (facets) {
    var t = this.t;
    this.facets.replaceChildren();
    ['type', 'project', 'year'].forEach(function (name) {
      var counts = Object.assign({}, facets[name] || {});
      this.filters[name].forEach(function (v) {
        if (!(v in counts)) {
          counts[v] = 0;
        }
      });
      var values = Object.keys(counts);
      if (!values.length) {
        return;
      }
      if (name === 'type') {
        values.sort(function (a, b) { return TYPE_ORDER.indexOf(a) - TYPE_ORDER.indexOf(b); });
      } else if (name === 'year') {
        values.sort().reverse();
      } else {
        values.sort(function (a, b) { return counts[b] - counts[a] || a.localeCompare(b); });
        values = values.slice(0, 8);
      }
      var group = el('div', 'ws-facet-group');
      group.setAttribute('role', 'group');
      group.setAttribute('aria-label', t.facets[name]);
      group.appendChild(el('span', 'ws-facet-label', t.facets[name]));
      values.forEach(function (value) {
        var chip = button('ws-chip');
        chip.setAttribute('data-facet', name);
        chip.setAttribute('data-value', value);
        chip.setAttribute('aria-pressed', String(this.filters[name].indexOf(value) >= 0));
        chip.appendChild(el('span', 'ws-chip-name', name === 'type' ? (t.types[value] || value) : value));
        chip.appendChild(el('span', 'ws-chip-count', counts[value]));
        group.appendChild(chip);
      }, this);
      this.facets.appendChild(group);
    }, this);
    if (this.filters.type.length || this.filters.project.length || this.filters.year.length) {
      this.facets.appendChild(button('ws-clear', t.clear));
    }
  };

  Widget.prototype.toggleFilter = function (name, value) {
    var current = this.filters[name];
    var at = current.indexOf(value);
    if (at >= 0) {
      current.splice(at, 1);
    } else if (name === 'type') {
      current.push(value);
    } else {
      // One project and one year at a time: the service filters on a single value for those.
      this.filters[name] = [value];
    }
    this.run(true);
  };

  Widget.prototype.renderEmpty = function (query) {
    var t = this.t;
    var self = this;
    this.empty.replaceChildren();
    this.empty.appendChild(el('p', 'ws-empty-title', t.empty(query)));
    var suggestions = el('div', 'ws-suggestions');
    suggestions.hidden = true;
    this.empty.appendChild(suggestions);
    var examples = el('div', 'ws-examples');
    examples.appendChild(el('span', 'ws-facet-label', t.tryThese));
    EXAMPLES.forEach(function (q) { examples.appendChild(self.queryChip(q)); });
    this.empty.appendChild(examples);
    var seq = this.seq;
    var already = this.suggestion.hidden ? '' : this.suggestion.textContent;
    fetch(this.endpoint + '/suggest?q=' + encodeURIComponent(query), { headers: { Accept: 'application/json' } })
      .then(function (r) { return r.ok ? r.json() : { suggestions: [] }; })
      .then(function (body) {
        var list = (body && Array.isArray(body.suggestions) ? body.suggestions : []).filter(function (s) {
          s = String(s || '').trim();
          return s && s.toLowerCase() !== query.toLowerCase() && already.indexOf(s) < 0;
        });
        if (seq !== self.seq || !list.length) {
          return;
        }
        suggestions.appendChild(el('span', 'ws-facet-label', t.didYouMean));
        list.slice(0, 6).forEach(function (s) { suggestions.appendChild(self.queryChip(String(s))); });
        suggestions.hidden = false;
      })
      .catch(function () { /* suggestions are optional; the examples still help */ });
  };

  Widget.prototype.queryChip = function (query) {
    var chip = button('ws-chip ws-query-chip', query);
    chip.setAttribute('data-query', query);
    return chip;
  };

  /* Turns the inputs matching selector (a CSS selector, an element or a list of them) into search boxes. */
  function attach(target, options) {
    options = options || {};
    var inputs = typeof target === 'string' ? document.querySelectorAll(target)
        : (target && target.length !== undefined ? target : [target]);
    var made = [];
    Array.prototype.forEach.call(inputs, function (input) {
      if (!input || input.tagName !== 'INPUT' || input.hasAttribute('data-weekly-search-ready')) {
        return;
      }
      input.setAttribute('data-weekly-search-ready', '');
      var mode = options.mode || input.getAttribute('data-mode');
      var w = new Widget(input, { mode: mode, endpoint: options.endpoint });
      widgets.push(w);
      made.push(w);
    });
    return made.length;
  }

  function init() {
    if (script && script.getAttribute('data-attach')) {
      attach(script.getAttribute('data-attach'), { mode: script.getAttribute('data-mode') });
    }
    if (script && script.getAttribute('data-page')) {
      attach(script.getAttribute('data-page'), { mode: 'page' });
    }
    attach('input[data-weekly-search]');
  }

  /* `/` (outside text fields) or Ctrl-K / ⌘-K: the search page's input, else the first header input on screen. */
  document.addEventListener('keydown', function (e) {
    var slash = e.key === '/' && !e.ctrlKey && !e.metaKey && !e.altKey && !isEditable(e.target);
    var ctrlK = (e.ctrlKey || e.metaKey) && !e.altKey && (e.key === 'k' || e.key === 'K');
    if ((!slash && !ctrlK) || e.isComposing || !widgets.length) {
      return;
    }
    var target = widgets.filter(function (w) { return w.mode === 'page'; })[0]
        || widgets.filter(function (w) { return isVisible(w.input); })[0] || widgets[0];
    e.preventDefault();
    if (target.narrow()) {
      target.openFull();
    } else {
      target.input.focus();
      target.input.select();
    }
  });

  window.WeeklySearch = { attach: attach, init: init };
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', init);
  } else {
    init();
  }
})();
