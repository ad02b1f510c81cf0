/*
 * Weekly search box: turns a site's existing search inputs into search-as-you-type boxes over the SOFA Weekly
 * archive. One script tag, no framework, no build step, no template edits, no external requests:
 *
 *   <script src="https://search.example.org/search.js"
 *           data-attach="#js-menu-search input, #js-menu-search-mobile input"
 *           data-page="#js-search-input" data-results-area="#js-result-container"
 *           data-submit="#js-search-button"></script>
 *
 * - data-attach: inputs that open a results panel (header and menu inputs). On screens narrower than 640 px the
 *   panel is a full-screen overlay with its own input; Esc or the back button closes it. Arrow keys move into the
 *   panel (completions, recent searches, hits); Enter on a hit opens it.
 * - Enter with no hit chosen: the site's own handler runs (a site that sends readers to its search page keeps
 *   doing so, and page mode renders our results there); data-results="/search/?query={query}" makes the box take
 *   Enter first and go to that page itself.
 * - data-mode="page" (with data-attach) or data-page="SELECTOR": a full-page search input; results render inline,
 *   full width, and the query stays in the URL. It reads the site's parameter names: the query from
 *   data-param-query (default: q, else query), the kinds from data-param-type (default type; "all" means every
 *   kind) and the page from data-param-page (default page). data-results-area="SELECTOR": the page's own result
 *   area, which the box hides and replaces; data-submit="SELECTOR": the page's own search button, which then
 *   searches here. The box takes Enter and that button before the page's older script does.
 * - data-endpoint: the service (default: this script's origin). Also `WeeklySearch.attach(selector, {mode})`.
 * - <input data-weekly-search> (optionally data-mode="page") still works, as do data-endpoint, data-size and
 *   data-lang ("zh" or "en"; default: the page language) on the input.
 * - Recent searches stay in this browser (localStorage, never sent); one button clears them.
 *
 * The results live in a shadow root attached to <body> (or after the page input's block): the host page's CSS
 * cannot reach them and the widget's CSS cannot reach the page. The host input keeps its own look; the widget only
 * sets ARIA (the combobox role with a dialog popup) and autocomplete attributes on it.
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
  var MAX_COMPLETIONS = 5;
  var RECENT_KEY = 'weeklySearch.recent';
  var RECENT_MAX = 8;
  var TYPES = ['qa', 'release', 'event', 'article', 'other'];
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
      search: '搜索',
      completions: '补全',
      recent: '最近搜索',
      clearRecent: '清除最近搜索',
      subscribe: '订阅',
      subscribeTitle: function (q) { return '订阅 “' + q + '” 的新结果（Atom）'; },
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
      search: 'Search',
      completions: 'Completions',
      recent: 'Recent searches',
      clearRecent: 'Clear recent searches',
      subscribe: 'Subscribe',
      subscribeTitle: function (q) { return 'Subscribe to new results for “' + q + '” (Atom)'; },
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
     in at four places: Insights.searched(widget, q) when an answer is shown, Insights.entered(widget)
     on Enter, Insights.clicked(widget, index) in hitOpened, Insights.settle(widget) when the panel hides. */
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
        type: TYPES.indexOf(hit.type) >= 0 ? hit.type : 'other' });
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

  /* A setting from the input, else from the script tag. */
  function setting(input, name) {
    return input.getAttribute('data-' + name) || (script && script.getAttribute('data-' + name)) || null;
  }

  /*
   * Recent searches: this browser's localStorage only, never sent anywhere. Storage may be missing or throw
   * (private modes, blocked cookies, a full quota): then there are simply no recent searches.
   */
  var recent = {
    list: function () {
      try {
        var stored = JSON.parse(window.localStorage.getItem(RECENT_KEY) || '[]');
        return Array.isArray(stored) ? stored.filter(function (q) {
          return typeof q === 'string' && q.trim();
        }).slice(0, RECENT_MAX) : [];
      } catch (e) {
        return [];
      }
    },
    add: function (query) {
      var q = String(query || '').trim();
      if (!q) {
        return;
      }
      try {
        var list = recent.list().filter(function (old) { return old.toLowerCase() !== q.toLowerCase(); });
        list.unshift(q);
        window.localStorage.setItem(RECENT_KEY, JSON.stringify(list.slice(0, RECENT_MAX)));
      } catch (e) {
        /* no storage: nothing remembered */
      }
    },
    clear: function () {
      try {
        window.localStorage.removeItem(RECENT_KEY);
      } catch (e) {
        /* no storage: nothing to clear */
      }
    }
  };

  function Widget(input, options) {
    var lang = (input.getAttribute('data-lang') || document.documentElement.lang || 'en').toLowerCase();
    this.t = lang.indexOf('zh') === 0 ? TEXT.zh : TEXT.en;
    this.input = input;
    this.id = 'ws-' + (++widgetCount);
    this.mode = options.mode === 'page' ? 'page' : 'popup';
    this.endpoint = (input.getAttribute('data-endpoint') || options.endpoint || scriptEndpoint).replace(/\/+$/, '');
    this.names = {
      query: setting(input, 'param-query'),
      type: setting(input, 'param-type') || 'type',
      page: setting(input, 'param-page') || 'page'
    };
    this.filters = { type: [], project: [], year: [] };
    this.sort = 'relevance';
    this.hits = [];
    this.seq = 0;
    this.completionSeq = 0;
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
      this.fromUrl();
    }
  }

  Widget.prototype.build = function () {
    var t = this.t;
    var input = this.input;
    var host = this.host = document.createElement('div');
    host.id = this.id + '-host';
    host.setAttribute('data-weekly-search-panel', this.mode);
    host.setAttribute('style', HOST_STYLE[this.mode]);
    input.setAttribute('autocomplete', 'off');
    input.setAttribute('aria-controls', host.id);
    if (this.mode === 'popup') {
      // The combobox pattern with a dialog popup: the panel lives in a shadow root, where ids of the light DOM
      // cannot point, so arrow keys move the focus into it instead of an aria-activedescendant.
      input.setAttribute('role', 'combobox');
      input.setAttribute('aria-autocomplete', 'list');
      input.setAttribute('aria-haspopup', 'dialog');
      input.setAttribute('aria-expanded', 'false');
    }

    var root = this.root = host.attachShadow({ mode: 'open' });
    var css = el('link');
    css.rel = 'stylesheet';
    css.href = new URL('style.css', scriptUrl).href;
    root.appendChild(css);
    // Outside the panel, always present: the count is announced even as the panel appears.
    this.announce = el('div', 'ws-sr');
    this.announce.setAttribute('role', 'status');
    this.announce.setAttribute('aria-live', 'polite');
    this.announce.setAttribute('aria-atomic', 'true');
    root.appendChild(this.announce);

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
    this.feed = el('a', 'ws-feed', t.subscribe);
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
    [this.count, this.feed, this.sortBox, this.closeButton].forEach(function (n) { bar.appendChild(n); });

    // Completions as the reader types, or recent searches when the input is empty.
    this.assist = el('div', 'ws-assist');
    this.assist.hidden = true;
    this.assistLabel = el('span', 'ws-facet-label');
    this.assistLabel.id = this.id + '-assist-label';
    this.assistList = el('ul', 'ws-assist-list');
    this.assistList.setAttribute('aria-labelledby', this.assistLabel.id);
    this.clearRecent = button('ws-clear ws-clear-recent', t.clearRecent);
    [this.assistLabel, this.assistList, this.clearRecent].forEach(function (n) { this.assist.appendChild(n); }, this);

    this.relaxed = el('p', 'ws-note ws-relaxed', t.relaxed);
    this.relaxed.hidden = true;
    this.suggestion = el('p', 'ws-note ws-suggestion');
    this.suggestion.hidden = true;
    this.facets = el('div', 'ws-facets');
    this.error = el('p', 'ws-error');
    this.error.setAttribute('role', 'alert');
    this.error.hidden = true;
    // A plain list of links: an option of a listbox may hold no link, and a hit has three kinds of them.
    this.list = el('ul', 'ws-list');
    this.list.id = this.id + '-list';
    this.list.setAttribute('aria-label', t.results);
    this.empty = el('div', 'ws-empty');
    this.empty.hidden = true;
    this.more = button('ws-more', t.more);
    this.more.hidden = true;

    var body = this.body = el('div', 'ws-body');
    [this.assist, bar, this.relaxed, this.suggestion, this.facets, this.error, this.list, this.empty, this.more]
        .forEach(function (n) { body.appendChild(n); });
    panel.appendChild(top);
    panel.appendChild(body);
    root.appendChild(panel);
    this.bar.hidden = true;
    if (this.mode === 'page') {
      this.placeInPage(host);
    } else {
      document.body.appendChild(host);
    }
  };

  /* Page mode: in place of the page's own result area when it names one (hidden, so an older script's
   * late writes there stay unseen), else after the input's block. */
  Widget.prototype.placeInPage = function (host) {
    var selector = setting(this.input, 'results-area');
    var area = selector ? document.querySelector(selector) : null;
    if (area) {
      area.hidden = true;
      area.style.setProperty('display', 'none', 'important');
      area.insertAdjacentElement('afterend', host);
    } else {
      blockAfter(this.input).insertAdjacentElement('afterend', host);
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

  /* Page mode: the query, kinds and page the address carries, under the site's parameter names. */
  Widget.prototype.fromUrl = function () {
    var params = new URLSearchParams(window.location.search);
    var name = this.names.query || (params.has('q') ? 'q' : params.has('query') ? 'query' : 'q');
    this.queryParam = name;
    var q = params.get(name);
    var kinds = (params.get(this.names.type) || '').split(',').map(function (k) {
      return k.trim().toLowerCase();
    });
    this.typeInUrl = params.has(this.names.type);
    this.filters.type = kinds.filter(function (k) { return TYPES.indexOf(k) >= 0; });
    var page = parseInt(params.get(this.names.page), 10);
    if (q) {
      this.input.value = q;
      this.field.value = q;
      this.run(true, page > 1 && page <= 100 ? page : 1);
    }
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
    this.input.addEventListener('focus', function () {
      if (self.returning) {
        self.returning = false;
      } else if (self.narrow()) {
        self.openFull();
      } else if (!self.query()) {
        self.showRecent();
      } else if (self.mode === 'popup' && (self.hits.length || !self.error.hidden || !self.empty.hidden)) {
        self.showPanel();
      }
    });
    if (this.mode === 'popup') {
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
    this.panel.addEventListener('keydown', function (e) { self.onPanelKey(e); });
    this.backButton.addEventListener('click', function () { self.closeFull(); });
    this.closeButton.addEventListener('click', function () {
      self.hidePanel();
      self.focusSource();
    });
    this.clearButton.addEventListener('click', function () {
      self.clear();
      self.field.focus();
    });
    this.clearRecent.addEventListener('click', function () {
      recent.clear();
      self.assist.hidden = true;
      self.focusSource();
      if (!self.query() && self.mode === 'popup' && !self.full) {
        self.hidePanel();
      }
    });
    this.list.addEventListener('click', function (e) {
      var item = e.target.closest('.ws-hit');
      if (!item) {
        return;
      }
      var index = Number(item.getAttribute('data-index'));
      if (e.target.closest('a')) {
        // The link navigates by itself (Enter, click, middle click); remember the search on the way.
        self.hitOpened(index);
      } else {
        self.open(index);
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
        self.focusSource();
        self.run(true);
      }
    };
    this.empty.addEventListener('click', searchFor);
    this.suggestion.addEventListener('click', searchFor);
    this.assistList.addEventListener('click', searchFor);
    var submit = this.mode === 'page' ? setting(this.input, 'submit') : null;
    if (submit) {
      // Capture on the window: before the page's own (older) handler on that button.
      window.addEventListener('click', function (e) {
        if (e.target.closest && e.target.closest(submit)) {
          e.preventDefault();
          e.stopImmediatePropagation();
          self.submit();
        }
      }, true);
    }
  };

  /* Both inputs show the same text: the host's stays visible behind the overlay and after it closes. */
  Widget.prototype.changed = function (field) {
    if (field === this.field) {
      this.input.value = field.value;
    } else {
      this.field.value = field.value;
    }
    if (!this.query()) {
      this.clear(true);
      this.showRecent();
      return;
    }
    this.schedule();
  };

  Widget.prototype.setQuery = function (q) {
    this.input.value = q;
    this.field.value = q;
  };

  Widget.prototype.focusSource = function () {
    var s = this.source();
    if (s === this.input) {
      this.returning = true;
    }
    s.focus();
    this.returning = false;
  };

  /* Keys in the inputs. Enter is handled earlier, in the capture phase (see onEnter). */
  Widget.prototype.onKey = function (e) {
    // Keys typed into an input method (Enter picks a candidate) belong to the IME, not to the box.
    if (e.isComposing || e.keyCode === 229 || this.composing) {
      return;
    }
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp' || (e.key === 'Tab' && !e.shiftKey && this.mode === 'popup')) {
      var stops = this.stops();
      if (stops.length && !this.panel.hidden && !this.body.hidden) {
        e.preventDefault();
        stops[e.key === 'ArrowUp' ? stops.length - 1 : 0].focus();
      } else if (e.key !== 'Tab' && this.hits.length) {
        e.preventDefault();
        this.showPanel();
      }
    } else if (e.key === 'Escape') {
      e.preventDefault();
      if (this.full) {
        this.closeFull();
      } else if (this.query() || !this.panel.hidden) {
        this.clear();
      }
    } else if (e.key === 'Enter' && e.target === this.field) {
      this.onEnter(e);
    }
  };

  /*
   * Enter in an input, seen before the site's own listeners (capture phase on the window). A chosen hit has the
   * focus itself and opens as a link. Otherwise: the page's own search runs here; a header box with a results
   * page (data-results) goes there; without one the site's handler decides (it may send the reader to its search
   * page, where page mode shows these results), and the box shows its panel meanwhile.
   */
  Widget.prototype.onEnter = function (e) {
    var q = this.query();
    Insights.entered(this);
    if (this.mode === 'page') {
      e.preventDefault();
      e.stopImmediatePropagation();
      this.submit();
      return;
    }
    if (!q) {
      return;
    }
    recent.add(q);
    var resultsPage = setting(this.input, 'results');
    if (resultsPage) {
      e.preventDefault();
      e.stopImmediatePropagation();
      window.location.assign(resultsPage.replace('{query}', encodeURIComponent(q)));
      return;
    }
    if (e.target === this.field) {
      e.preventDefault();
    }
    this.run(true);
  };

  /* The page's search (Enter, its own button): search now and remember it. */
  Widget.prototype.submit = function () {
    recent.add(this.query());
    this.run(true);
  };

  /* The panel's keyboard stops, in order: completions or recent searches, then each hit's title link. */
  Widget.prototype.stops = function () {
    var out = [];
    if (!this.assist.hidden) {
      out = out.concat(Array.prototype.slice.call(this.assistList.querySelectorAll('button')));
    }
    return out.concat(Array.prototype.slice.call(this.list.querySelectorAll('.ws-title')));
  };

  /* Arrow keys walk the stops; Esc or Up from the first goes back to the input; typing goes back to it too. */
  Widget.prototype.onPanelKey = function (e) {
    var active = this.root.activeElement;
    if (!active || active === this.field) {
      return;
    }
    var stops = this.stops();
    var at = stops.indexOf(active);
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      var next = at + (e.key === 'ArrowDown' ? 1 : -1);
      if (next < 0) {
        this.focusSource();
      } else if (next < stops.length) {
        stops[next].focus();
        stops[next].scrollIntoView({ block: 'nearest' });
      }
    } else if (e.key === 'Escape') {
      e.preventDefault();
      this.focusSource();
    } else if (e.key.length === 1 && !e.ctrlKey && !e.metaKey && !e.altKey && e.key !== ' ') {
      this.focusSource();
    } else if (e.key === 'Tab' && !e.shiftKey && this.mode === 'popup' && !this.full && this.lastFocusable() === active) {
      // Out of the panel's end: back to the site's input, from where the page's order goes on.
      e.preventDefault();
      this.hidePanel();
      this.focusSource();
    }
  };

  Widget.prototype.lastFocusable = function () {
    var all = Array.prototype.filter.call(this.body.querySelectorAll('a[href], button'), function (n) {
      return n.getClientRects().length > 0;
    });
    return all[all.length - 1] || null;
  };

  Widget.prototype.schedule = function () {
    var self = this;
    clearTimeout(this.timer);
    this.timer = setTimeout(function () { self.run(false); }, DEBOUNCE_MS);
  };

  /* The filters of the current search, as the service's parameters (shared by /search and /feed). */
  Widget.prototype.filterParams = function (p) {
    ['type', 'project', 'year'].forEach(function (name) {
      if (this.filters[name].length) {
        p.set(name, this.filters[name].join(','));
      }
    }, this);
    return p;
  };

  Widget.prototype.params = function (page) {
    var p = new URLSearchParams();
    p.set('q', this.query());
    p.set('page', String(page));
    p.set('size', this.input.getAttribute('data-size') || '10');
    this.filterParams(p);
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
    this.keepInUrl(q, page);
    this.complete(q);
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

  /* Completions of what is typed, as titles write it; shown above the hits, reached with the arrow keys. */
  Widget.prototype.complete = function (q) {
    var seq = ++this.completionSeq;
    var self = this;
    fetch(this.endpoint + '/suggest?q=' + encodeURIComponent(q), { headers: { Accept: 'application/json' } })
      .then(function (r) { return r.ok ? r.json() : { suggestions: [] }; })
      .then(function (body) {
        if (seq !== self.completionSeq || q !== self.query()) {
          return;
        }
        var list = (body && Array.isArray(body.suggestions) ? body.suggestions : []).map(String).filter(function (s) {
          return s.trim() && s.toLowerCase() !== q.toLowerCase();
        });
        self.renderAssist(self.t.completions, list.slice(0, MAX_COMPLETIONS), false);
      })
      .catch(function () { /* completions are optional */ });
  };

  /* Recent searches, when the input is focused and empty (none stored, or no storage: nothing shown). */
  Widget.prototype.showRecent = function () {
    var list = recent.list();
    this.renderAssist(this.t.recent, list, true);
    if (!list.length) {
      return;
    }
    this.bar.hidden = true;
    if (this.full) {
      this.body.hidden = false;
    } else {
      this.showPanel();
    }
  };

  Widget.prototype.renderAssist = function (label, queries, isRecent) {
    this.assistLabel.textContent = label;
    this.assistList.replaceChildren();
    queries.forEach(function (q) {
      var li = el('li');
      var b = button('ws-chip ws-assist-chip', q);
      b.setAttribute('data-query', q);
      li.appendChild(b);
      this.assistList.appendChild(li);
    }, this);
    this.clearRecent.hidden = !isRecent;
    this.assist.hidden = !queries.length;
    this.assist.classList.toggle('ws-recent', isRecent);
  };

  /* The search page keeps its query in the address, under the site's names, so it can be shared and reloaded. */
  Widget.prototype.keepInUrl = function (q, page) {
    if (this.mode !== 'page') {
      return;
    }
    var url = new URL(window.location.href);
    var name = this.queryParam || 'q';
    if (q) {
      url.searchParams.set(name, q);
    } else {
      url.searchParams.delete(name);
    }
    if (url.searchParams.has(this.names.page) || (page || 1) > 1) {
      url.searchParams.set(this.names.page, String(page || 1));
    }
    if (this.filters.type.length) {
      url.searchParams.set(this.names.type, this.filters.type.join(','));
    } else if (this.typeInUrl) {
      url.searchParams.set(this.names.type, 'all');
    }
    if (url.href !== window.location.href) {
      history.replaceState(history.state, '', url.href);
    }
  };

  Widget.prototype.clear = function (keepValue) {
    clearTimeout(this.timer);
    this.seq++;
    this.completionSeq++;
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
    this.assist.hidden = true;
    this.announce.textContent = '';
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
      this.hitOpened(index);
      window.location.assign(url);
    }
  };

  /* Hook: a hit is being opened (link activated, or its card clicked). */
  Widget.prototype.hitOpened = function (index) {
    Insights.clicked(this, index);
    if (this.hits[index]) {
      recent.add(this.query());
    }
  };

  /* Hook: results (or none) are shown for the current query. */
  Widget.prototype.resultsShown = function (data) {
    this.announce.textContent = this.t.total(this.total);
    return data;
  };

  /* Hook: the panel was closed (click outside, Esc, close button, overlay left) after showing results. */
  Widget.prototype.panelClosed = function () {
    if (this.hits.length) {
      recent.add(this.query());
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
    if (this.mode === 'popup') {
      this.input.setAttribute('aria-expanded', 'true');
    }
  };

  Widget.prototype.hidePanel = function () {
    Insights.settle(this);
    var wasOpen = !this.panel.hidden;
    this.panel.hidden = true;
    if (this.mode === 'popup') {
      this.input.setAttribute('aria-expanded', 'false');
    }
    if (wasOpen) {
      this.panelClosed();
    }
  };

  /* Narrow screens: a full-screen overlay with its own input; the back button and Esc close it. */
  Widget.prototype.openFull = function () {
    if (this.full) {
      return;
    }
    this.full = true;
    this.field.value = this.input.value;
    this.panel.classList.add('ws-full');
    this.panel.setAttribute('aria-modal', 'true');
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
    } else if (!this.field.value.trim()) {
      this.showRecent();
    }
  };

  Widget.prototype.closeFull = function () {
    if (!this.full) {
      return;
    }
    this.full = false;
    this.input.value = this.field.value;
    this.panel.classList.remove('ws-full');
    this.panel.removeAttribute('aria-modal');
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
    if (page === 1 || !this.hits.length) {
      this.hits = [];
      this.list.replaceChildren();
    }
    var firstNew = this.hits.length;
    hits.forEach(function (hit) {
      if (hit && typeof hit === 'object') {
        this.list.appendChild(this.renderHit(hit, this.hits.length));
        this.hits.push(hit);
      }
    }, this);
    var took = Number(data.tookMs);
    this.count.textContent = this.t.total(this.total) + (isFinite(took) && took > 0 ? ' · ' + took.toFixed(1) + ' ms' : '');
    this.renderFeed();
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
    if (page > 1 && firstNew > 0 && this.root.activeElement === this.more) {
      // "More" leaves the focus on the first new hit, not on a button that moved below it.
      var titles = this.list.querySelectorAll('.ws-title');
      if (titles[firstNew]) {
        titles[firstNew].focus();
      }
    }
    this.resultsShown(data);
  };

  /* "Subscribe": the Atom feed of this query and its filters (newest first, so the sort is not part of it). */
  Widget.prototype.renderFeed = function () {
    var p = this.filterParams(new URLSearchParams({ q: this.query() }));
    this.feed.href = this.endpoint + '/feed?' + p.toString();
    this.feed.type = 'application/atom+xml';
    this.feed.title = this.t.subscribeTitle(this.query());
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
    url.searchParams.set(this.queryParam || 'q', s);
    link.href = this.mode === 'page' ? url.href : '#';
    link.setAttribute('data-query', s);
    this.suggestion.appendChild(link);
  };

  /* One hit: its title is the one link the arrow keys reach; the post and "also in" links follow in tab order. */
  Widget.prototype.renderHit = function (hit, index) {
    var t = this.t;
    var hl = hit.highlights && typeof hit.highlights === 'object' ? hit.highlights : {};
    var li = el('li', 'ws-hit');
    li.id = this.id + '-hit-' + index;
    li.setAttribute('data-index', String(index));

    var title = el('a', 'ws-title');
    title.href = hit.url || (hit.post && hit.post.url) || '#';
    var titleHl = highlightText(hl.title);
    if (titleHl) {
      appendHighlight(title, titleHl);
    } else {
      title.textContent = hit.title || (hit.post && hit.post.title) || '';
    }

    var meta = el('div', 'ws-meta');
    var type = TYPES.indexOf(hit.type) >= 0 ? hit.type : 'other';
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
        values.sort(function (a, b) { return TYPES.indexOf(a) - TYPES.indexOf(b); });
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

  /* No hits: the query said back, and example searches (completions, if any, are above). */
  Widget.prototype.renderEmpty = function (query) {
    var t = this.t;
    var self = this;
    this.empty.replaceChildren();
    this.empty.appendChild(el('p', 'ws-empty-title', t.empty(query)));
    var examples = el('div', 'ws-examples');
    examples.appendChild(el('span', 'ws-facet-label', t.tryThese));
    EXAMPLES.forEach(function (q) { examples.appendChild(self.queryChip(q)); });
    this.empty.appendChild(examples);
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

  /*
   * Enter in an attached input, in the capture phase of the window: before any listener the site bound on the
   * input itself (its theme sends Enter to its own search page; an older search script searches on Enter).
   */
  window.addEventListener('keydown', function (e) {
    var w = e.key === 'Enter' ? widgets.filter(function (x) { return x.input === e.target; })[0] : null;
    if (!w) {
      return;
    }
    if (e.isComposing || e.keyCode === 229 || w.composing) {
      // An input method's Enter picks a candidate: neither the box nor the site's own Enter handler may act on it
      // (Safari reports it as a plain Enter with keyCode 229). Its default action stays the input method's.
      e.stopImmediatePropagation();
      return;
    }
    w.onEnter(e);
  }, true);

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
