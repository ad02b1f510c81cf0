/*
 * Weekly search box: turns every <input data-weekly-search> on the page into a search-as-you-type box
 * over the SOFA Weekly archive. Embed with one script tag; no framework, no build step, no external requests.
 *
 *   <input data-weekly-search data-endpoint="https://host:7070" placeholder="Search">
 *   <script src="https://host:7070/search.js"></script>
 *
 * Optional input attributes: data-endpoint (defaults to this script's origin), data-size (hits per page),
 * data-lang ("zh" or "en"; defaults to the page language).
 */
(function () {
  'use strict';

  var script = document.currentScript ||
      document.querySelector('script[src$="search.js"]');
  var scriptUrl = new URL(script ? script.src : 'search.js', document.baseURI);
  var DEBOUNCE_MS = 200;
  var TYPE_ORDER = ['qa', 'release', 'event', 'article', 'other'];
  var EXAMPLES = ['Multi-Raft', 'jraft 性能', '分布式事务', 'MOSN 0.6.0'];

  var TEXT = {
    zh: {
      types: { qa: '问答', release: '发布', event: '活动', article: '文章', other: '其他' },
      facets: { type: '类型', project: '项目', year: '年份' },
      total: function (n) { return '共 ' + n + ' 条结果'; },
      relaxed: '没有同时包含所有词的结果，以下为包含任一词的结果。',
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
      results: '搜索结果',
      error: '搜索出错：',
      unavailable: '搜索服务暂时不可用'
    },
    en: {
      types: { qa: 'Q&A', release: 'Release', event: 'Event', article: 'Article', other: 'Other' },
      facets: { type: 'Type', project: 'Project', year: 'Year' },
      total: function (n) { return n + (n === 1 ? ' result' : ' results'); },
      relaxed: 'No result with all words; showing results with any word.',
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
      results: 'Search results',
      error: 'Search failed: ',
      unavailable: 'The search service is unavailable'
    }
  };

  var widgetCount = 0;
  var widgets = [];

  function loadStyleOnce() {
    if (document.querySelector('link[data-weekly-search-css]')) {
      return;
    }
    var link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = new URL('style.css', scriptUrl).href;
    link.setAttribute('data-weekly-search-css', '');
    document.head.appendChild(link);
  }

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

  function SearchBox(input) {
    var id = 'ws-' + (++widgetCount);
    var lang = (input.getAttribute('data-lang') || document.documentElement.lang || 'en').toLowerCase();
    this.t = lang.indexOf('zh') === 0 ? TEXT.zh : TEXT.en;
    this.input = input;
    this.id = id;
    this.endpoint = (input.getAttribute('data-endpoint') || scriptUrl.origin).replace(/\/+$/, '');
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
    this.build();
    this.bind();
  }

  SearchBox.prototype.build = function () {
    var t = this.t;
    var input = this.input;
    input.classList.add('ws-input');
    input.setAttribute('role', 'combobox');
    input.setAttribute('aria-autocomplete', 'list');
    input.setAttribute('aria-expanded', 'false');
    input.setAttribute('aria-controls', this.id + '-list');
    input.setAttribute('autocomplete', 'off');
    input.setAttribute('spellcheck', 'false');
    if (!input.getAttribute('type')) {
      input.setAttribute('type', 'search');
    }

    var panel = this.panel = el('div', 'ws-panel');
    panel.id = this.id + '-panel';
    panel.hidden = true;

    var bar = this.bar = el('div', 'ws-bar');
    this.count = el('span', 'ws-count');
    this.count.setAttribute('role', 'status');
    this.count.setAttribute('aria-live', 'polite');
    this.sortBox = el('span', 'ws-sort');
    this.sortBox.setAttribute('role', 'group');
    this.sortBox.setAttribute('aria-label', t.sortLabel);
    this.sortButtons = {};
    [['relevance', t.relevance], ['date', t.newest]].forEach(function (pair) {
      var b = el('button', 'ws-sort-button', pair[1]);
      b.type = 'button';
      b.setAttribute('data-sort', pair[0]);
      this.sortButtons[pair[0]] = b;
      this.sortBox.appendChild(b);
    }, this);
    bar.appendChild(this.count);
    bar.appendChild(this.sortBox);

    this.relaxed = el('p', 'ws-note ws-relaxed', t.relaxed);
    this.relaxed.hidden = true;
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
    this.more = el('button', 'ws-more', t.more);
    this.more.type = 'button';
    this.more.hidden = true;

    [bar, this.relaxed, this.facets, this.error, this.list, this.empty, this.more].forEach(function (n) {
      panel.appendChild(n);
    });
    input.insertAdjacentElement('afterend', panel);
  };

  SearchBox.prototype.bind = function () {
    var self = this;
    var input = this.input;
    input.addEventListener('compositionstart', function () {
      self.composing = true;
      clearTimeout(self.timer);
    });
    input.addEventListener('compositionend', function () {
      self.composing = false;
      self.schedule();
    });
    input.addEventListener('input', function (e) {
      if (self.composing || e.isComposing) {
        return;
      }
      self.schedule();
    });
    input.addEventListener('keydown', function (e) { self.onKey(e); });
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
    this.empty.addEventListener('click', function (e) {
      var chip = e.target.closest('[data-query]');
      if (chip) {
        input.value = chip.getAttribute('data-query');
        input.focus();
        self.run(true);
      }
    });
  };

  SearchBox.prototype.onKey = function (e) {
    // Keys typed into an input method (Enter picks a candidate) belong to the IME, not to the box.
    if (e.isComposing || e.keyCode === 229 || this.composing) {
      return;
    }
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      if (this.hits.length) {
        e.preventDefault();
        var step = e.key === 'ArrowDown' ? 1 : -1;
        var next = this.active + step;
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
        this.open(this.active);
      } else {
        this.run(true);
      }
    } else if (e.key === 'Escape') {
      if (this.input.value || !this.panel.hidden) {
        e.preventDefault();
        this.clear();
      }
    }
  };

  SearchBox.prototype.schedule = function () {
    var self = this;
    clearTimeout(this.timer);
    this.timer = setTimeout(function () { self.run(false); }, DEBOUNCE_MS);
  };

  SearchBox.prototype.params = function (page) {
    var p = new URLSearchParams();
    p.set('q', this.input.value.trim());
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
  SearchBox.prototype.run = function (force, page) {
    clearTimeout(this.timer);
    page = page || 1;
    var q = this.input.value.trim();
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
          self.show(result.body, page);
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

  SearchBox.prototype.clear = function (keepValue) {
    clearTimeout(this.timer);
    this.seq++;
    if (this.controller) {
      this.controller.abort();
    }
    if (!keepValue) {
      this.input.value = '';
    }
    this.lastKey = null;
    this.hits = [];
    this.list.replaceChildren();
    this.setActive(-1, false);
    this.panel.hidden = true;
    this.input.setAttribute('aria-expanded', 'false');
  };

  SearchBox.prototype.open = function (index) {
    var hit = this.hits[index];
    if (hit && hit.url) {
      window.location.assign(hit.url);
    }
  };

  SearchBox.prototype.setActive = function (index, scroll) {
    var options = this.list.children;
    if (this.active >= 0 && options[this.active]) {
      options[this.active].setAttribute('aria-selected', 'false');
      options[this.active].classList.remove('ws-active');
    }
    this.active = index;
    if (index >= 0 && options[index]) {
      options[index].setAttribute('aria-selected', 'true');
      options[index].classList.add('ws-active');
      this.input.setAttribute('aria-activedescendant', options[index].id);
      if (scroll) {
        options[index].scrollIntoView({ block: 'nearest' });
      }
    } else {
      this.input.removeAttribute('aria-activedescendant');
    }
  };

  SearchBox.prototype.showPanel = function () {
    this.panel.hidden = false;
    this.input.setAttribute('aria-expanded', 'true');
  };

  SearchBox.prototype.showError = function (message) {
    this.error.textContent = this.t.error + message;
    this.bar.hidden = true;
    this.error.hidden = false;
    this.hits = [];
    this.list.replaceChildren();
    this.setActive(-1, false);
    this.count.textContent = '';
    this.relaxed.hidden = true;
    this.facets.replaceChildren();
    this.empty.hidden = true;
    this.more.hidden = true;
    this.showPanel();
  };

  SearchBox.prototype.show = function (data, page) {
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
      this.list.appendChild(this.renderHit(hit, this.hits.length));
      this.hits.push(hit);
    }, this);
    var took = Number(data.tookMs);
    this.count.textContent = this.t.total(this.total) + (isFinite(took) && took > 0 ? ' · ' + took.toFixed(1) + ' ms' : '');
    Object.keys(this.sortButtons).forEach(function (name) {
      this.sortButtons[name].setAttribute('aria-pressed', String(name === this.sort));
    }, this);
    this.relaxed.hidden = !data.relaxed;
    this.renderFacets(data.facets || {});
    this.more.hidden = this.hits.length >= this.total || hits.length === 0;
    this.empty.hidden = this.hits.length > 0;
    this.bar.hidden = !this.hits.length;
    if (!this.hits.length) {
      this.renderEmpty(String(data.query || this.input.value.trim()));
    }
    this.showPanel();
  };

  SearchBox.prototype.renderHit = function (hit, index) {
    var t = this.t;
    var hl = hit.highlights || {};
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
    title.href = hit.url || '#';
    title.tabIndex = -1;
    if (hl.title) {
      appendHighlight(title, hl.title);
    } else {
      title.textContent = hit.title || '';
    }
    li.appendChild(title);

    var snippet = el('p', 'ws-snippet');
    if (hl.text) {
      appendHighlight(snippet, hl.text);
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

  SearchBox.prototype.renderFacets = function (facets) {
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
        var chip = el('button', 'ws-chip');
        chip.type = 'button';
        chip.setAttribute('data-facet', name);
        chip.setAttribute('data-value', value);
        var on = this.filters[name].indexOf(value) >= 0;
        chip.setAttribute('aria-pressed', String(on));
        chip.appendChild(el('span', 'ws-chip-name', name === 'type' ? (t.types[value] || value) : value));
        chip.appendChild(el('span', 'ws-chip-count', counts[value]));
        group.appendChild(chip);
      }, this);
      this.facets.appendChild(group);
    }, this);
    if (this.filters.type.length || this.filters.project.length || this.filters.year.length) {
      var clear = el('button', 'ws-clear', t.clear);
      clear.type = 'button';
      this.facets.appendChild(clear);
    }
  };

  SearchBox.prototype.toggleFilter = function (name, value) {
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

  SearchBox.prototype.renderEmpty = function (query) {
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
    fetch(this.endpoint + '/suggest?q=' + encodeURIComponent(query), { headers: { Accept: 'application/json' } })
      .then(function (r) { return r.ok ? r.json() : { suggestions: [] }; })
      .then(function (body) {
        var list = (body && Array.isArray(body.suggestions) ? body.suggestions : []).filter(function (s) {
          return s && String(s).trim().toLowerCase() !== query.toLowerCase();
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

  SearchBox.prototype.queryChip = function (query) {
    var chip = el('button', 'ws-chip ws-query-chip', query);
    chip.type = 'button';
    chip.setAttribute('data-query', query);
    return chip;
  };

  function init(root) {
    loadStyleOnce();
    (root || document).querySelectorAll('input[data-weekly-search]').forEach(function (input) {
      if (!input.hasAttribute('data-weekly-search-ready')) {
        input.setAttribute('data-weekly-search-ready', '');
        widgets.push(new SearchBox(input));
      }
    });
  }

  document.addEventListener('keydown', function (e) {
    if (e.key !== '/' || e.ctrlKey || e.metaKey || e.altKey || e.isComposing || isEditable(e.target)) {
      return;
    }
    if (widgets.length) {
      e.preventDefault();
      widgets[0].input.focus();
      widgets[0].input.select();
    }
  });

  window.WeeklySearch = { init: init };
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', function () { init(); });
  } else {
    init();
  }
})();
