// kextract view: renders a kextract/v1 document over its text (the same
// markup as the Go renderer in internal/view) and wires the interactions.
(function () {
  'use strict';

  var ESC = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&#34;', "'": '&#39;' };
  function esc(s) { return String(s == null ? '' : s).replace(/[&<>"']/g, function (c) { return ESC[c]; }); }
  function attr(n, v) { return ' ' + n + '="' + esc(v) + '"'; }
  function at(s) { return s.start + ':' + s.end; }
  function isInt(v) { return typeof v === 'number' && Number.isInteger(v); }
  function spanOK(cps, s) {
    return !!s && isInt(s.start) && isInt(s.end) && s.start >= 0 && s.start < s.end &&
      s.end <= cps.length && cps.slice(s.start, s.end).join('') === s.text;
  }

  var MAX_DEPTH = 12, K_CLAIM = 0, K_QUOTE = 1, K_AMOUNT = 2, K_ENTITY = 3, K_SPEAKER = 4;

  // layout: same algorithm as layout.go (sorted boundaries, crossing spans split).
  function layout(cps, marks) {
    var n = cps.length, out = [];
    var ms = marks.filter(function (m) { return m.start >= 0 && m.start < m.end && m.end <= n; });
    ms.sort(function (a, b) { return a.start - b.start || b.end - a.end || a.kind - b.kind || a.order - b.order; });
    var bs = [0, n];
    ms.forEach(function (m) { bs.push(m.start, m.end); });
    bs.sort(function (a, b) { return a - b; });
    var bounds = bs.filter(function (v, i) { return i === 0 || v !== bs[i - 1]; });
    var active = [], open = [], opened = new Array(ms.length), next = 0;
    for (var bi = 0; bi < bounds.length; bi++) {
      var p = bounds[bi];
      active = active.filter(function (i) { return ms[i].end > p; });
      while (next < ms.length && ms[next].start === p) {
        if (active.length < MAX_DEPTH) active.push(next);
        next++;
      }
      var k = 0;
      while (k < open.length && k < active.length && open[k] === active[k]) k++;
      for (var j = open.length - 1; j >= k; j--) out.push('</span>');
      open = open.slice(0, k).concat(active.slice(k));
      for (var a = k; a < active.length; a++) {
        var i = active[a];
        out.push('<span', opened[i] ? ms[i].cont : ms[i].attrs, '>');
        opened[i] = true;
      }
      if (bi + 1 < bounds.length) out.push(esc(cps.slice(p, bounds[bi + 1]).join('')));
    }
    for (var c = 0; c < open.length; c++) out.push('</span>');
    return out.join('');
  }

  var TYPES = { PERSON: '인물', ORG: '기관', LOCATION: '장소', DATE: '날짜', TIME: '시간' };
  function typeClass(t) { return TYPES[t] ? t : 'OTHER'; }
  function typeLabel(t) { return TYPES[t] ? TYPES[t] + ' ' + t : t; }
  function typeRank(t) { var r = ['PERSON', 'ORG', 'LOCATION', 'DATE', 'TIME'].indexOf(t); return r < 0 ? 5 : r; }
  var RESOLVED = {
    subject: '주어 · subject of the reporting verb',
    pronoun: '대명사 · pronoun resolved to an earlier mention',
    surname: '성 · surname resolved to the full name',
    previous: '앞 인용의 화자 · speaker of the previous quote',
    colon: '콜론 · name before a colon',
    according: '에 따르면 · according to',
    group: '집단 · group named as written'
  };
  function resolvedText(r) { return Object.prototype.hasOwnProperty.call(RESOLVED, r) ? RESOLVED[r] : (r || ''); }

  function group(s) {
    s = String(s);
    var sign = '';
    if (s.charAt(0) === '-') { sign = '-'; s = s.slice(1); }
    var dot = s.indexOf('.'), ip = dot < 0 ? s : s.slice(0, dot), frac = dot < 0 ? '' : s.slice(dot);
    if (!/^[0-9]+$/.test(ip)) return sign + s;
    return sign + ip.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + frac;
  }
  function rangeText(v, lo, hi) {
    if (v != null) return group(v);
    if (lo != null && hi != null) return group(lo) + '–' + group(hi);
    if (lo != null) return '≥ ' + group(lo);
    if (hi != null) return '≤ ' + group(hi);
    return '?';
  }
  function amountLabel(a) {
    var s = (a.approximate ? '≈ ' : '') + rangeText(a.value, a.min, a.max);
    if (a.unit) s += ' ' + a.unit;
    (a.equivalents || []).forEach(function (e) {
      s += ' = ' + (e.approximate ? '≈ ' : '') + group(e.value) + ' ' + e.unit;
    });
    var c = a.converted;
    if (c) {
      s += ' → ' + rangeText(c.value, c.min, c.max) + ' ' + c.unit + ' @ ' + group(c.rate);
      if (c.rate_source) s += ' (' + c.rate_source + ')';
    }
    return s;
  }
  function entityTitle(e) {
    var s = e.type + ' · ' + e.name;
    if (e.english) s += ' (' + e.english + ')';
    if (e.role) s += ' · ' + e.role;
    var d = dateLabel(e);
    if (d) s += ' · ' + d;
    return s;
  }
  // dateLabel is DateLabel of date.go.
  function dateLabel(e) {
    var s = (e.approximate && e.value ? '≈ ' : '') + (e.value || '');
    if (e.mod && e.value) s += ' ' + e.mod;
    if (e.period) s += ' [' + e.period.start + ' – ' + e.period.end + ']';
    if (e.unresolved) s += (s ? ' · ' : '') + 'unresolved: ' + e.unresolved;
    return s;
  }
  function speakerInfo(sp) {
    if (!sp) return ['', '', ''];
    return [sp.name || '', sp.resolved || '', sp.mention ? at(sp.mention) : ''];
  }
  function quoteTitle(q) {
    if (!q.speaker) return '인용 · quote: 화자 미상 (unknown speaker)';
    var s = '인용 · quote: ' + q.speaker.name + ' (' + (q.verb || '') + ') · ' + resolvedText(q.speaker.resolved);
    if (q.speaker.mention) s += ' · “' + q.speaker.mention.text + '”';
    return s;
  }
  function claimTitle(c, name) {
    return '주장 · claim: ' + (name || '출처 없음 (no source)') + ' · 단서 cue: ' + (c.cue || '') + ' · ' + (c.kind || '');
  }

  function article(text, doc) {
    var cps = Array.from(text), marks = [], mentions = Object.create(null), spk = Object.create(null);
    var ents = doc.entities || [];
    ents.forEach(function (e) {
      (e.mentions || []).forEach(function (m) {
        if (!spanOK(cps, m)) return;
        mentions[at(m)] = true;
        var a = attr('class', 'ent ent-' + typeClass(e.type)) + attr('data-ent', e.id) + attr('data-at', at(m)) + attr('title', entityTitle(e));
        marks.push({ start: m.start, end: m.end, kind: K_ENTITY, order: marks.length, attrs: a, cont: a });
      });
    });
    function addSpeaker(sp) {
      if (!sp || !sp.mention || !spanOK(cps, sp.mention)) return;
      var k = at(sp.mention);
      if (mentions[k] || spk[k]) return;
      spk[k] = true;
      var a = attr('class', 'sm') + attr('data-at', k) + attr('title', '화자 언급 · speaker mention: ' + sp.name);
      marks.push({ start: sp.mention.start, end: sp.mention.end, kind: K_SPEAKER, order: marks.length, attrs: a, cont: a });
    }
    (doc.quotes || []).forEach(function (q, i) {
      if (!spanOK(cps, q)) return;
      addSpeaker(q.speaker);
      var si = speakerInfo(q.speaker);
      var base = attr('data-q', String(i)) + attr('data-spk', si[2]) + attr('data-res', si[1]) + attr('data-verb', q.verb || '');
      var first = attr('class', 'qt') + attr('id', 'q' + i) + base + attr('data-who', si[0]) + attr('title', quoteTitle(q));
      var cont = attr('class', 'qt cont') + base + attr('title', quoteTitle(q));
      marks.push({ start: q.start, end: q.end, kind: K_QUOTE, order: marks.length, attrs: first, cont: cont });
    });
    (doc.amounts || []).forEach(function (a, i) {
      if (!spanOK(cps, a)) return;
      var label = amountLabel(a);
      var base = attr('class', 'amt amt-' + a.kind) + attr('data-a', String(i)) + attr('data-val', label) + attr('title', a.text + ' = ' + label);
      marks.push({ start: a.start, end: a.end, kind: K_AMOUNT, order: marks.length, attrs: base + attr('id', 'a' + i), cont: base });
    });
    (doc.claims || []).forEach(function (c, i) {
      if (!spanOK(cps, c)) return;
      addSpeaker(c.source);
      var si = speakerInfo(c.source);
      var base = attr('data-c', String(i)) + attr('data-spk', si[2]) + attr('data-res', si[1]) + attr('title', claimTitle(c, si[0]));
      marks.push({ start: c.start, end: c.end, kind: K_CLAIM, order: marks.length, attrs: attr('class', 'clm') + attr('id', 'c' + i) + base, cont: attr('class', 'clm cont') + base });
    });
    return '<article id="kx-text" class="text" lang="ko">' + layout(cps, marks) + '</article>';
  }

  function snippet(s) { var r = Array.from(s || ''); return r.length > 60 ? r.slice(0, 60).join('') + '…' : (s || ''); }
  function n(x) { return '<span class="n">' + x + '</span>'; }

  function speakers(doc) {
    var out = [], idx = new Map();
    (doc.quotes || []).forEach(function (q) {
      var name = q.speaker ? q.speaker.name : '';
      if (!idx.has(name)) { idx.set(name, out.length); out.push({ name: name, count: 0 }); }
      out[idx.get(name)].count++;
    });
    return out.sort(function (a, b) { return b.count - a.count; });
  }

  function panel(doc) {
    var quotes = doc.quotes || [], b = [];
    b.push('<aside id="kx-panel" class="panel">', legendHTML,
      '<div id="kx-detail" class="detail" aria-live="polite">인용·금액·주장을 누르면 자세히 보입니다 · Click a quote, amount or claim for details.</div>');
    var names = new Map();
    (doc.entities || []).forEach(function (e) { if (!names.has(e.id)) names.set(e.id, e.name); });
    var sp = speakers(doc);
    b.push('<section class="quotes"><h2>인용 · Quotes ' + n(quotes.length) + '</h2>');
    if (sp.length && sp[0].name) {
      // the banner rule of banner.go: at least half of the quotes, and two
      var main = sp[0].count >= 2 && 2 * sp[0].count >= quotes.length;
      b.push('<p class="main-speaker">' + (main ? '주요 화자 · Main speaker' : '최다 인용 · Most quoted') + ': <b>' + esc(sp[0].name) + '</b> ' +
        n(sp[0].count + '/' + quotes.length) + ' <small class="rule">(' +
        (main ? '주요 화자: 인용의 절반 이상 · main speaker: at least half of the quotes'
          : '주요 화자 없음: 절반 이상 인용된 화자가 없음 · no main speaker: nobody has half of the quotes') + ')</small></p>');
    }
    var bySpeaker = new Map();
    quotes.forEach(function (q, i) {
      var name = q.speaker ? q.speaker.name : '';
      if (!bySpeaker.has(name)) bySpeaker.set(name, []);
      bySpeaker.get(name).push(i);
    });
    sp.forEach(function (s) {
      b.push('<details open class="speaker"><summary>' + esc(s.name || '화자 미상 · unknown') + ' ' + n(s.count) + '</summary><ol>');
      bySpeaker.get(s.name).forEach(function (i) {
        var q = quotes[i];
        b.push('<li><a href="#q' + i + '" data-goto="q' + i + '">“' + esc(snippet(q.text)) + '”</a> <span class="verb">' + esc(q.verb) + '</span></li>');
      });
      b.push('</ol></details>');
    });
    b.push('</section>');
    var ents = (doc.entities || []).slice().sort(function (a, c) { return typeRank(a.type) - typeRank(c.type); });
    b.push('<section class="entities"><h2>개체 · Entities ' + n(ents.length) + '</h2>',
      '<table><thead><tr><th>유형 · Type</th><th>이름 · Name</th><th title="mentions">#</th><th>역할 · Role</th></tr></thead><tbody>');
    ents.forEach(function (e) {
      var role = e.role || '', aff = names.get(e.affiliation) || e.affiliation || '';
      if (aff) role = role ? role + ', ' + aff : aff;
      var d = dateLabel(e), name = e.name + (d ? ' (' + d + ')' : '');
      b.push('<tr data-ent="' + esc(e.id) + '"><td><span class="tag tag-' + typeClass(e.type) + '">' + esc(typeLabel(e.type)) + '</span></td><td>' +
        esc(name) + (e.english ? '<br><small class="en">' + esc(e.english) + '</small>' : '') + '</td><td class="num">' + (e.mentions || []).length + '</td><td>' + esc(role) + '</td></tr>');
    });
    b.push('</tbody></table></section>');
    var amts = doc.amounts || [];
    b.push('<section class="amounts"><h2>금액·수치 · Amounts ' + n(amts.length) + '</h2><ul>');
    amts.forEach(function (a, i) {
      b.push('<li><a href="#a' + i + '" data-goto="a' + i + '">' + esc(a.text) + '</a> → <span class="val">' + esc(amountLabel(a)) + '</span></li>');
    });
    b.push('</ul></section>');
    var claims = doc.claims || [];
    b.push('<section class="claims"><h2>주장 · Claims ' + n(claims.length) + '</h2><ul>');
    claims.forEach(function (c, i) {
      var src = c.source ? c.source.name : '출처 없음 · no source';
      b.push('<li><a href="#c' + i + '" data-goto="c' + i + '"><b>' + esc(src) + '</b> · <span class="cue">' + esc(c.cue) + '</span> · ' + esc(c.kind) +
        '</a><br><span class="snip">' + esc(snippet(c.text)) + '</span></li>');
    });
    b.push('</ul></section></aside>');
    return b.join('');
  }
  var legendHTML = '<section class="legend"><h2>범례 · Legend</h2><ul>' +
    '<li><span class="ent ent-PERSON">인물 PERSON</span></li>' +
    '<li><span class="ent ent-ORG">기관 ORG</span></li>' +
    '<li><span class="ent ent-LOCATION">장소 LOCATION</span></li>' +
    '<li><span class="ent ent-DATE">날짜·시간 DATE/TIME</span></li>' +
    '<li><span class="qt-sample">인용 quote</span></li>' +
    '<li><span class="amt">금액 amount</span></li>' +
    '<li><span class="clm">주장 claim</span></li>' +
    '</ul></section>';

  // interactions
  function clear() {
    document.querySelectorAll('.hl, .hl-spk').forEach(function (el) { el.classList.remove('hl', 'hl-spk'); });
  }
  function detail(parts) {
    var d = document.getElementById('kx-detail');
    if (!d) return;
    d.textContent = '';
    parts.forEach(function (p, i) {
      if (i) d.appendChild(document.createElement('br'));
      var b = document.createElement('b');
      b.textContent = p[0] + ': ';
      d.appendChild(b);
      d.appendChild(document.createTextNode(p[1]));
    });
    d.classList.add('on');
  }
  function cssq(v) { return String(v).replace(/["\\]/g, '\\$&'); }
  function mentionText(key) {
    var el = key && document.querySelector('[data-at="' + cssq(key) + '"]');
    return el ? el.textContent : '';
  }
  function select(el) {
    clear();
    var spk = '';
    if (el.dataset.q != null) {
      document.querySelectorAll('.qt[data-q="' + cssq(el.dataset.q) + '"]').forEach(function (x) { x.classList.add('hl'); });
      var first = document.getElementById('q' + el.dataset.q) || el;
      spk = el.dataset.spk;
      detail([['인용 · Quote', '“' + snippet(Array.from(document.querySelectorAll('.qt[data-q="' + cssq(el.dataset.q) + '"]')).map(function (x) { return x.textContent; }).join('')) + '”'],
        ['화자 · Speaker', first.dataset.who || '미상 · unknown'],
        ['동사 · Verb', el.dataset.verb || ''],
        ['해결 · Resolved', resolvedText(el.dataset.res) + (spk ? ' — “' + mentionText(spk) + '” @' + spk : '')]]);
    } else if (el.dataset.c != null) {
      document.querySelectorAll('.clm[data-c="' + cssq(el.dataset.c) + '"]').forEach(function (x) { x.classList.add('hl'); });
      spk = el.dataset.spk;
      detail([['주장 · Claim', el.title || ''], ['해결 · Resolved', resolvedText(el.dataset.res) + (spk ? ' — “' + mentionText(spk) + '” @' + spk : '')]]);
    } else if (el.dataset.a != null) {
      el.classList.add('hl');
      detail([['금액 · Amount', el.textContent], ['값 · Value', el.dataset.val || '']]);
    }
    if (spk) document.querySelectorAll('[data-at="' + cssq(spk) + '"]').forEach(function (x) { x.classList.add('hl-spk'); });
  }
  function wire(root) {
    if (!root || root.dataset.wired) return;
    root.dataset.wired = '1';
    root.addEventListener('click', function (ev) {
      var g = ev.target.closest('[data-goto]');
      if (g) {
        var t = document.getElementById(g.dataset.goto);
        if (t) { select(t); t.scrollIntoView({ block: 'center' }); ev.preventDefault(); }
        return;
      }
      var el = ev.target.closest('.qt, .amt[data-a], .clm[data-c]');
      if (el && root.contains(el)) select(el);
    });
    root.addEventListener('mouseover', function (ev) {
      var el = ev.target.closest('.qt');
      if (el && root.contains(el)) select(el);
    });
  }

  // exact numbers: keep the JSON source text of value/min/max/rate
  function parseDoc(s) {
    return JSON.parse(s, function (k, v, ctx) {
      if (typeof v === 'number' && /^(value|min|max|rate)$/.test(k)) return ctx && ctx.source ? ctx.source : String(v);
      return v;
    });
  }

  function render(text, doc) {
    var view = document.getElementById('kx-view');
    view.innerHTML = article(text, doc) + panel(doc);
    wire(view);
  }

  // the renderer, for tests and other pages
  globalThis.kextractView = { article: article, panel: panel, parseDoc: parseDoc, amountLabel: amountLabel, render: render };
  if (typeof document === 'undefined') return;

  var form = document.getElementById('kx-form');
  if (form) {
    var src = document.getElementById('kx-src'), btn = document.getElementById('kx-go'), status = document.getElementById('kx-status');
    form.addEventListener('submit', function (ev) {
      ev.preventDefault();
      var text = src.value;
      if (!text.trim()) { status.textContent = '기사를 붙여 넣으세요 · paste an article first'; return; }
      btn.disabled = true;
      status.className = '';
      status.textContent = '추출 중… · extracting…';
      var t0 = Date.now();
      fetch('v1/extract', { method: 'POST', headers: { 'Content-Type': 'text/plain; charset=utf-8' }, body: text })
        .then(function (r) {
          return r.text().then(function (body) {
            if (!r.ok) {
              var msg = body;
              try { msg = JSON.parse(body).error || body; } catch (e) { /* not JSON */ }
              throw new Error(r.status + ': ' + msg);
            }
            return parseDoc(body);
          });
        })
        .then(function (doc) {
          render(text, doc);
          status.textContent = '완료 · done: ' + (doc.quotes || []).length + ' quotes, ' + (doc.entities || []).length + ' entities, ' +
            (doc.amounts || []).length + ' amounts (' + (Date.now() - t0) + ' ms)';
          document.body.dataset.state = 'done';
        })
        .catch(function (e) {
          status.className = 'err';
          status.textContent = '오류 · error ' + e.message;
          document.body.dataset.state = 'error';
        })
        .finally(function () { btn.disabled = false; });
    });
    // #text=… fills the text area and runs the extraction (links, tests).
    var h = location.hash;
    if (h.indexOf('#text=') === 0) {
      try { src.value = decodeURIComponent(h.slice(6)); } catch (e) { src.value = ''; }
      if (src.value) { form.requestSubmit ? form.requestSubmit(btn) : btn.click(); }
    }
  } else {
    wire(document.getElementById('kx-view'));
    // #q3, #a0, #c2 select that quote, amount or claim
    var target = /^#[qac][0-9]+$/.test(location.hash) && document.getElementById(location.hash.slice(1));
    if (target) select(target);
  }
})();
