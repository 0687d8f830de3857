/* Synapse search for <form data-search data-base="/sub/">; loads lunr.js and the term list on first focus, then only the
   index shards a query needs. Queries are tokenised as in SearchText.cs; each word matches exactly, by prefix, with a
   typo, joined ("5ht") or by synonym. The search page loads lunr.js and search-index/page.js (the term list, and the
   titles and summaries of a site that is not too large) with itself: each keystroke then shows the pages whose titles
   and summaries match at once, and the full ranking replaces them when its files arrive. */
(() => {
  'use strict';
  const esc = s => s.replace(/[&<>"]/g, c => `&#${c.charCodeAt(0)};`);
  const norm = s => s.replace(/[\u2018\u2019\u02BC]/g, "'").replace(/[\u2010\u2011]/g, '-')
    .replace(/[\u2012-\u2015\u2212*]/g, ' ').replace(/([A-Za-z0-9])'[sS](?![A-Za-z0-9])/g, '$1');
  const trim = s => s.replace(/^\W+|\W+$/g, '');
  const stem = s => lunr.stemmer(new lunr.Token(s)).toString();
  const near = (a, b) => { // edit distance <= 1
    if (a.length - b.length > 1 || b.length - a.length > 1) return false;
    let i = 0;
    while (i < a.length && a[i] === b[i]) i++;
    const x = a.slice(i + 1), y = b.slice(i + 1);
    return x === y || a.slice(i) === y || x === b.slice(i) || (a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2));
  };
  const hit = (m, d) => (m.t && (d === m.t || (m.f && near(d, m.t)))) || (m.p && d.startsWith(m.p));

  // A group per word, of alternatives, of matchers that must all hit.
  const parse = (raw, syn) => {
    const q = norm(raw).toLowerCase(), typing = !/\s$/.test(q);
    const words = q.split(/\s+/).filter(Boolean).map(w => w.split('-').map(trim).filter(Boolean));
    const groups = words.map((parts, i) => {
      const last = typing && i === words.length - 1, joined = parts.join(''), alts = [];
      const exact = parts.map((p, j) => {
        const pre = last && j === parts.length - 1 && p;
        return lunr.stopWordFilter(new lunr.Token(p)) ? { t: stem(p), b: 10, f: p.length > 4 && !/\d/.test(p), p: pre } : pre && { p: pre };
      }).filter(Boolean);
      if (exact.length) alts.push(exact);
      if (parts[1]) alts.push([{ t: stem(joined), b: 10, p: last && joined }]);
      return alts;
    });
    for (let n = 4; n; n--) for (let i = 0; i + n <= words.length; i++) {
      const key = words.slice(i, i + n).map(p => p.map(stem).join(' ')).join(' ');
      for (const terms of [...syn[key] || [], ...n < 2 && words[i][1] && syn[stem(words[i].join(''))] || []]) {
        for (let g = i; g < i + n; g++) groups[g].push(terms.map(t => ({ t, b: 5 })));
      }
    }
    return groups.filter(g => g.length);
  };

  // The index in pieces (search-index/, written by SearchShards.cs). lunr's own Index.query runs over an index that
  // holds the index terms a query can expand to (loaded from the dictionary files that can hold them), and just the
  // postings of the terms it does expand to: lunr's scores and order over the whole index. get(f) fetches parsed JSON.
  const engine = (meta, get) => {
    const { fields, docs, shards, blocks, rests } = meta, pipeline = lunr.Pipeline.load(['stemmer']);
    const ids = new Map(), postings = new Map(), files = new Map();
    let known, knownCount = -1;
    const file = f => files.get(f) || (files.set(f, get(f).catch(e => { files.delete(f); throw e; })), files.get(f));
    const below = (list, x) => { // how many items of the sorted list are < x
      let lo = 0, hi = list.length;
      while (lo < hi) { const mid = (lo + hi) >> 1; list[mid] < x ? lo = mid + 1 : hi = mid; }
      return lo;
    };
    // Dictionary: w/K.json, the terms starting with one character (front-coded); r/H.json, [id, term, …] by hash of term.slice(1).
    const block = key => {
      const k = blocks.findIndex(b => b[0] === key);
      return k < 0 ? 0 : file(`w/${k}.json`).then(coded => {
        let prev = '';
        coded.split(' ').forEach((w, i) => ids.set(prev = prev.slice(0, w.charCodeAt(0) - 48) + w.slice(1), blocks[k][1] + i));
      });
    };
    const hash = s => { let h = 0; for (let i = 0; i < s.length; i++) h = (Math.imul(h, 31) + s.charCodeAt(i)) >>> 0; return h % rests; };
    const rest = s => file(`r/${hash(s)}.json`).then(list => { for (let i = 0; i < list.length; i += 2) ids.set(list[i + 1], list[i]); });
    // Files holding every term lunr can expand a clause term to: its first character's; for one typo also the second
    // character's and the terms that differ only in their first character; otherwise all of them.
    const needs = (t, typos) => {
      const star = t.indexOf('*');
      if (!typos && (star < 0 || (star > 0 && star === t.length - 1))) return [block(t.charAt(0))];
      if (typos === 1 && star < 0) return [block(t.charAt(0)), block(t.charAt(1)), rest(t.slice(1)), rest(t)];
      return blocks.map(b => block(b[0]));
    };
    const tokens = () => {
      if (ids.size === knownCount) return known;
      const b = new lunr.TokenSet.Builder();
      [...ids].sort((x, y) => x[1] - y[1]).forEach(([t]) => b.insert(t));
      b.finish();
      knownCount = ids.size;
      return known = b.root;
    };
    const shard = k => file(`t/${k}.json`).then(list => list.forEach((p, j) => postings.set(shards[k] + j, p)));
    const query = async fn => {
      // Each clause's terms, then the index terms they expand to, as lunr.Index.prototype.query finds them.
      const q = new lunr.Query(fields), clauses = [], found = new Set();
      fn.call(q, q);
      for (const clause of q.clauses) clauses.push([clause, clause.usePipeline ? pipeline.runString(clause.term, { fields: clause.fields }) : [clause.term]]);
      await Promise.all(clauses.flatMap(([clause, terms]) => terms.flatMap(t => needs(t, clause.editDistance || 0))));
      const tokenSet = tokens();
      for (const [clause, terms] of clauses) {
        for (const term of terms) {
          clause.term = term;
          const expanded = tokenSet.intersect(lunr.TokenSet.fromClause(clause)).toArray();
          if (!expanded.length && clause.presence === lunr.Query.presence.REQUIRED) break;
          expanded.forEach(t => found.add(t));
        }
      }
      await Promise.all([...new Set([...found].map(t => below(shards, ids.get(t) + 1) - 1))].map(shard));
      const invertedIndex = Object.create(null), elements = Object.create(null), fieldVectors = {};
      for (const t of found) {
        const p = postings.get(ids.get(t)), posting = invertedIndex[t] = { _index: p[0] };
        fields.forEach((f, i) => {
          const list = p[i + 1], docsWithTerm = posting[f] = {};
          for (let j = 0, d = -1; j < list.length; j += 2) {
            docsWithTerm[d += list[j]] = {};
            (elements[`${f}/${d}`] ||= []).push([p[0], list[j + 1]]);
          }
        });
      }
      const vector = ref => new lunr.Vector((elements[ref] || []).sort((a, b) => a[0] - b[0]).flat());
      if (q.isNegated()) for (let d = 0; d < docs; d++) fields.forEach(f => { fieldVectors[`${f}/${d}`] = vector(`${f}/${d}`); });
      else for (const ref in elements) fieldVectors[ref] = vector(ref);
      return new lunr.Index({ invertedIndex, fieldVectors, tokenSet, fields, pipeline }).query(fn);
    };
    return {
      query,
      search: text => query(q => new lunr.QueryParser(text, q).parse()),
      doc: ref => file(`d/${ref}.json`),
      words: () => file('words.json'),
    };
  };

  // Pages matching the most words, best first.
  const search = async (idx, groups) => {
    let res = [];
    try {
      res = await idx.query(q => groups.flat(2).forEach(m => {
        if (m.t) q.term(m.t, { usePipeline: false, boost: m.b });
        if (m.f) q.term(m.t, { usePipeline: false, editDistance: 1 });
        if (m.p) q.term(m.p, { usePipeline: false, boost: 3, wildcard: lunr.Query.wildcard.TRAILING });
      }));
    } catch (e) { /* no results */ }
    res.forEach(r => {
      r.terms = Object.keys(r.matchData.metadata);
      r.n = groups.filter(g => g.some(alt => alt.every(m => r.terms.some(d => hit(m, d))))).length;
    });
    const best = Math.max(0, ...res.map(r => r.n));
    return { hits: best ? res.filter(r => r.n === best) : [], partial: best < groups.length };
  };

  // Matches in the titles and summaries loaded with the search page (docs: [url, title, section, summary] per document),
  // shown at once while the full ranking's files load: the pages matching the most words, those matching more of them
  // in the title first, then in document order. Words are stemmed once per page (cached on the docs array).
  const words = text => norm(text).toLowerCase().split(/[\s\-\u2010-\u2015\u2212]+/).map(trim).filter(Boolean);
  const stems = new WeakMap();
  const stemsOf = docs => {
    if (!stems.has(docs)) {
      const seen = new Map(), st = w => seen.get(w) ?? (seen.set(w, stem(w)), seen.get(w));
      stems.set(docs, docs.map(d => [words(d[1]).map(st), words(d[3]).map(st)]));
    }
    return stems.get(docs);
  };
  const instant = (docs, groups, max = Infinity) => {
    const stemmed = stemsOf(docs), matchers = groups.flat(2), res = [];
    const has = (list, g) => g.some(alt => alt.every(m => list.some(d => hit(m, d))));
    stemmed.forEach(([title, summary], i) => {
      let n = 0, inTitle = 0;
      for (const g of groups) has(title, g) ? (n++, inTitle++) : has(summary, g) && n++;
      if (n) res.push({ ref: String(i), n, inTitle });
    });
    const best = Math.max(0, ...res.map(r => r.n));
    const hits = res.filter(r => r.n === best).sort((a, b) => b.inTitle - a.inTitle || a.ref - b.ref);
    hits.slice(0, max).forEach(r => { r.terms = [...new Set(stemmed[r.ref].flat().filter(d => matchers.some(m => hit(m, d))))]; });
    return { hits, partial: best < groups.length };
  };

  // Escapes text, marking words whose term matched.
  const mark = (text, terms) => text.split(/([\s\-\u2010-\u2015\u2212]+)/).map((w, i) => {
    const [, a, core, z] = /^(\W*)(.*?)(\W*)$/.exec(w), t = norm(core).toLowerCase(), st = t && stem(t);
    return i % 2 || !t || !terms.some(d => d === t || d === st) ? esc(w) : `${esc(a)}<mark>${esc(core)}</mark>${esc(z)}`;
  }).join('');

  // "Did you mean": title and summary words (search-index/words.json) one edit away from a typed word.
  const suggest = (words, q) => {
    const typed = norm(q).toLowerCase().split(/[\s-]+/).map(trim).filter(w => w.length > 3);
    return words.filter(w => typed.some(t => t !== w && near(t, w))).slice(0, 3);
  };

  if (typeof document === 'undefined') return void (module.exports = { parse, engine, search, instant, mark, suggest });
  const forms = [...document.querySelectorAll('form[data-search]')];
  if (!forms[0] || window.synapseSearch) return;
  window.synapseSearch = 1;
  const base = forms[0].dataset.base || '/';
  const link = (href, text) => `<a href="${esc(base + href)}">${esc(text)}</a>`;
  const span = (name, html) => `<span class="search__${name}">${html}</span>`;
  const find = q => `search/?q=${encodeURIComponent(q)}`;
  const fallback = on => document.querySelectorAll('[data-search-fallback]').forEach(el => { el.hidden = !on; });
  const get = f => fetch(`${base}search-index/${f}`).then(r => { if (!r.ok) throw r; return r.json(); });
  const loaded = () => window.synapseSearchData; // search-index/page.js, when the page loads it
  let data;
  const load = () => data || (data = Promise.all([
    window.lunr || new Promise((ok, no) => document.head.append(Object.assign(document.createElement('script'), { src: base + 'assets/lunr.js', onload: ok, onerror: no }))),
    loaded() ? loaded().meta : get('meta.json')
  ]).then(([, meta]) => ({ idx: engine(meta, get), meta, docs: loaded() && loaded().docs }), e => { data = null; throw e; }));

  // Header: a combobox over a listbox (options cannot hold links). Search page: a list of links.
  forms.forEach((form, k) => {
    const $ = s => form.querySelector(s), input = $('input[name=q]'), list = $('.search__results'), status = $('[role=status]');
    if (!input || !list) return;
    const page = 'searchPage' in form.dataset, max = page ? 50 : 8, set = (n, v) => input.setAttribute(n, v);
    const empty = $('.search__empty') || list.insertAdjacentElement('afterend', Object.assign(document.createElement('div'), { className: 'search__empty' }));
    const options = () => [...list.querySelectorAll('[role=option]')];
    const say = text => status && (status.textContent = text);
    const go = o => { location.href = o.dataset.href; };
    let active = -1, timer;
    if (!page) { set('role', 'combobox'); set('aria-autocomplete', 'list'); set('aria-controls', list.id); set('aria-expanded', false); }
    const select = i => {
      const o = options()[active = i];
      options().forEach((x, j) => x.setAttribute('aria-selected', j === i));
      o ? (set('aria-activedescendant', o.id), o.scrollIntoView({ block: 'nearest' })) : input.removeAttribute('aria-activedescendant');
    };
    const open = on => { if (!page) { list.hidden = !on; set('aria-expanded', on); on || select(-1); } };

    // Renders results: r.ref, r.terms; doc(r) gives [url, title, section, summary, excerpt] (excerpt may be missing).
    let shown = 0;
    const render = (hits, doc, sections, q) => {
      const n = hits.length, said = `“${q.trim()}”`;
      list.innerHTML = hits.slice(0, max).map((r, i) => {
        const [url, title, s, summary, excerpt] = doc(r), href = esc(base + url);
        const body = `${span('title', mark(title, r.terms))} ${span('section', esc(sections[s][0]))}` +
          span('summary', mark(summary, r.terms)) + span('excerpt', excerpt ? mark(excerpt, r.terms) : '');
        return page ? `<li class="search__result"><a href="${href}">${body}</a></li>`
          : `<li role="option" id="sr${k}-${i}" class="search__result" data-href="${href}">${body}</li>`;
      }).join('') + (page || n <= max ? '' : `<li role="option" id="sr${k}-all" class="search__all" data-href="${esc(base + find(q))}">All ${n} results for ${esc(said)}</li>`);
      return ++shown;
    };

    // At each keystroke, with the titles and summaries loaded: their matches at once (the list is busy until the full ranking).
    const early = () => {
      const q = input.value, all = loaded();
      if (!q.trim() || !window.lunr || !all || !all.docs) return;
      const { hits } = instant(all.docs, parse(q, all.meta.synonyms), max);
      if (!hits.length) return;
      render(hits, r => all.docs[r.ref], all.meta.sections, q);
      list.setAttribute('aria-busy', 'true');
      empty.innerHTML = '';
      open(true);
    };

    const run = () => {
      const q = input.value, said = `“${q.trim()}”`;
      if (page) {
        const url = new URL(location.href);
        q.trim() ? url.searchParams.set('q', q) : url.searchParams.delete('q');
        history.replaceState(history.state, '', url);
      }
      if (!q.trim()) return open(false), list.removeAttribute('aria-busy'), say(list.innerHTML = empty.innerHTML = '');
      const stale = () => q !== input.value;
      load().then(async ({ idx, meta, docs }) => {
        if (stale()) return;
        const { hits, partial } = await search(idx, parse(q, meta.synonyms)), n = hits.length;
        const top = hits.slice(0, max);
        // Without the page's titles and summaries, the documents shown are fetched first; with them, only their excerpts follow.
        const files = docs ? null : await Promise.all(top.map(r => idx.doc(r.ref)));
        const did = n ? '' : suggest(await idx.words(), q).map(w => link(find(w), w)).join(', ');
        if (stale()) return;
        const at = render(hits, docs ? r => docs[r.ref] : r => files[top.indexOf(r)], meta.sections, q);
        list.removeAttribute('aria-busy');
        empty.innerHTML = n ? (partial ? `<p>No page has every word of ${esc(said)}; these have some.</p>` : '')
          : `<p>No results for ${esc(said)}.</p>${did && `<p>Did you mean ${did}?</p>`}<p>Check the spelling, use fewer words, or browse ` +
            `${meta.sections.map(([name, url]) => link(url, name)).join(', ')}.</p>`;
        empty.hidden = false;
        say(`${n || 'No'} result${n === 1 ? '' : 's'} for ${said}`);
        open(n > 0);
        if (docs) {
          const excerpts = await Promise.all(top.map(r => idx.doc(r.ref).then(d => d[4], () => '')));
          if (at !== shown) return;
          list.querySelectorAll('.search__excerpt').forEach((el, i) => { el.innerHTML = excerpts[i] ? mark(excerpts[i], top[i].terms) : ''; });
        }
      }).catch(() => {
        list.removeAttribute('aria-busy');
        empty.innerHTML = '<p>Search could not load. Check your connection and try again.</p>';
        say('Search could not load.');
        page && fallback(true);
      });
    };

    input.addEventListener('focus', () => { load().catch(() => {}); empty.hidden = false; options()[0] && open(true); });
    // Keys typed within one frame show their early matches once, at that frame.
    let frame = 0;
    input.addEventListener('input', () => {
      frame || (frame = requestAnimationFrame(() => { frame = 0; early(); }));
      clearTimeout(timer);
      timer = setTimeout(run, 120);
    });
    input.addEventListener('keydown', e => {
      const n = options().length, key = e.key, first = page && list.querySelector('a');
      if (first && key === 'ArrowDown') {
        e.preventDefault();
        first.focus();
      } else if (/^Arrow(Up|Down)$/.test(key) && n) {
        e.preventDefault();
        open(true);
        select(key === 'ArrowDown' ? (active + 1) % n : (active < 1 ? n : active) - 1);
      } else if (key === 'Enter' && (active >= 0 || page)) {
        e.preventDefault();
        active >= 0 ? go(options()[active]) : run();
      } else if (key === 'Escape') {
        input.getAttribute('aria-expanded') === 'true' ? open(false) : ((input.value = ''), run());
      }
    });
    list.addEventListener('click', e => { const o = e.target.closest('[data-href]'); o && go(o); });
    if (page) {
      fallback(false);
      input.value = new URLSearchParams(location.search).get('q') || '';
      // After the deferred scripts (lunr.js, page.js) have run; then, when the browser is idle, the titles and summaries
      // are stemmed ahead of the first keystroke.
      const ready = () => {
        const all = loaded();
        if (input.value) early(), run();
        else if (all && all.docs && window.lunr) (window.requestIdleCallback || setTimeout)(() => stemsOf(all.docs));
      };
      document.readyState === 'loading' ? document.addEventListener('DOMContentLoaded', ready) : ready();
    } else {
      form.addEventListener('focusout', e => { form.contains(e.relatedTarget) || (open(false), (empty.hidden = true)); });
      list.addEventListener('mousedown', e => e.preventDefault()); // focus stays in the box
    }
  });

  // "/" focuses search unless typing in a field.
  document.addEventListener('keydown', e => {
    const t = e.target, input = (forms.find(f => 'searchPage' in f.dataset) || forms[0]).querySelector('input[name=q]');
    if (e.key !== '/' || e.ctrlKey || e.metaKey || e.altKey || t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName) || !input) return;
    e.preventDefault();
    input.focus();
    input.select();
  });
})();
