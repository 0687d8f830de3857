namespace Synapse.Verify.Browser;

/// <summary>The JavaScript run inside pages. Each returns JSON text that the C# side deserialises.</summary>
internal static class Scripts
{
    private const string Describe = """
        const describe = (e) => {
          let d = e.tagName.toLowerCase();
          if (e.id) d += '#' + e.id; else if (e.classList.length) d += '.' + [...e.classList].join('.');
          const href = e.getAttribute('href');
          if (href) d += '[href="' + href + '"]';
          const text = (e.getAttribute('aria-label') || e.textContent || e.value || '').trim().replace(/\s+/g, ' ').slice(0, 60);
          return text ? d + ' "' + text + '"' : d;
        };
        """;

    /// <summary>Links, ids, assets and robots of the loaded page.</summary>
    public const string Facts = """
        () => {
          const abs = (u) => { try { return new URL(u, document.baseURI).href; } catch { return null; } };
          const links = [...document.querySelectorAll('a[href], area[href]')].map(a => ({
            raw: a.getAttribute('href'), url: abs(a.getAttribute('href')) || '', text: (a.textContent || '').trim().replace(/\s+/g, ' ').slice(0, 80) }));
          const ids = [...document.querySelectorAll('[id]')].map(e => e.id)
            .concat([...document.querySelectorAll('a[name]')].map(a => a.getAttribute('name')));
          const assets = [];
          const add = (kind, u) => { if (u && u.trim()) { const h = abs(u.trim()); if (h) assets.push({ kind, url: h }); } };
          document.querySelectorAll('img[src]').forEach(e => add('image', e.getAttribute('src')));
          document.querySelectorAll('img[srcset], source[srcset]').forEach(e =>
            e.getAttribute('srcset').split(',').forEach(c => add('image', c.trim().split(/\s+/)[0])));
          document.querySelectorAll('script[src]').forEach(e => add('script', e.getAttribute('src')));
          document.querySelectorAll('link[href]').forEach(e => {
            const rel = (e.getAttribute('rel') || '').toLowerCase().split(/\s+/);
            const type = (e.getAttribute('type') || '').toLowerCase();
            const kind = rel.includes('stylesheet') ? 'stylesheet'
              : rel.some(r => r === 'icon' || r === 'apple-touch-icon' || r === 'mask-icon') ? 'icon'
              : rel.includes('alternate') && /(rss|atom|feed|xml)/.test(type) ? 'feed'
              : rel.includes('manifest') ? 'manifest'
              : rel.includes('preload') || rel.includes('modulepreload') ? 'preload' : null;
            if (kind) add(kind, e.getAttribute('href'));
          });
          document.querySelectorAll('video[src], audio[src], source[src], track[src], iframe[src], embed[src]').forEach(e => add('media', e.getAttribute('src')));
          document.querySelectorAll('object[data]').forEach(e => add('media', e.getAttribute('data')));
          document.querySelectorAll('video[poster]').forEach(e => add('image', e.getAttribute('poster')));
          const brokenImages = [...document.images]
            .filter(i => i.getAttribute('src') && i.loading !== 'lazy' && i.complete && i.naturalWidth === 0)
            .map(i => i.currentSrc || i.src);
          const robots = (document.querySelector('meta[name="robots"]') || {}).content || '';
          return JSON.stringify({ links, ids, assets, brokenImages, noindex: /noindex/i.test(robots), title: document.title });
        }
        """;

    /// <summary>Whether the page scrolls sideways, and the innermost elements that stick out.</summary>
    public const string Overflow = "() => {" + Describe + """
          const de = document.documentElement, width = de.clientWidth;
          if (de.scrollWidth <= width + 1) return JSON.stringify({ overflows: false, scrollWidth: de.scrollWidth, width, culprits: [] });
          const clipped = (e) => { for (let p = e.parentElement; p && p !== document.body && p !== de; p = p.parentElement) {
              const o = getComputedStyle(p).overflowX; if (o !== 'visible') return true; } return false; };
          const wide = [...document.body.querySelectorAll('*')].filter(e => {
            const r = e.getBoundingClientRect(); return r.width > 0 && r.right > width + 1 && !clipped(e); });
          const set = new Set(wide);
          const leaves = wide.filter(e => ![...e.children].some(c => set.has(c)));
          return JSON.stringify({ overflows: true, scrollWidth: de.scrollWidth, width, culprits: leaves.slice(0, 3).map(describe) });
        }
        """;

    /// <summary>
    /// Remembers every focusable element's unfocused look, then records each focus change: a stable key per element,
    /// a description, whether focus is visible on it (outline, or a box-shadow or background that focus changed), and
    /// whether it is a skip link to the main content. Returns how many elements should be reachable with Tab.
    /// </summary>
    public const string KeyboardSetup = "() => {" + Describe + """
          const sel = 'a[href], area[href], button, input, select, textarea, iframe, summary, [tabindex], [contenteditable]';
          const all = [...document.querySelectorAll(sel)];
          const base = new WeakMap();
          for (const e of all) { const s = getComputedStyle(e); base.set(e, { shadow: s.boxShadow, bg: s.backgroundColor }); }
          const v = window.__verify = { keys: new Map(), els: [], stops: [] };
          const alpha = (c) => { if (c === 'transparent') return 0; const m = c.match(/rgba?\(([^)]*)\)/);
            if (!m) return 1; const p = m[1].split(/[\s,\/]+/).filter(Boolean); return p.length > 3 ? parseFloat(p[3]) : 1; };
          v.key = (e) => { let k = v.keys.get(e); if (k === undefined) { k = v.els.length; v.keys.set(e, k); v.els.push(e); } return k; };
          document.addEventListener('focusin', (event) => {
            const e = event.target;
            const s = getComputedStyle(e), b = base.get(e);
            const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0 && alpha(s.outlineColor) > 0;
            const shadow = s.boxShadow !== 'none' && (!b || s.boxShadow !== b.shadow);
            const bg = !!b && s.backgroundColor !== b.bg;
            const href = e.getAttribute('href') || '';
            let skipLink = false;
            if (e.tagName === 'A' && href.startsWith('#') && href.length > 1) {
              const t = document.getElementById(decodeURIComponent(href.slice(1)));
              skipLink = !!t && (t.tagName === 'MAIN' || t.getAttribute('role') === 'main' || !!t.querySelector('main, [role=main]'));
            }
            v.stops.push({ key: v.key(e), desc: describe(e), visible: outline || shadow || bg, skipLink });
          }, true);
          return all.filter(e => e.tabIndex >= 0 && !e.disabled && e.type !== 'hidden'
            && e.checkVisibility({ visibilityProperty: true })).length;
        }
        """;

    /// <summary>The focus changes recorded since <see cref="KeyboardSetup"/>, and where focus is now.</summary>
    public const string FocusStops = "() => {" + Describe + """
          const v = window.__verify, a = document.activeElement;
          const onPage = !!a && a !== document.body && a !== document.documentElement;
          return JSON.stringify({ stops: v.stops, activeKey: onPage ? v.key(a) : -1, active: onPage ? describe(a) : '' });
        }
        """;

    /// <summary>Focuses the element with the given key (from <see cref="FocusStops"/>).</summary>
    public const string FocusKey = "(key) => { window.__verify.els[key].focus(); }";

    /// <summary>After activating a skip link: is focus now on (or inside) its target?</summary>
    public const string SkipLinkLanded = """
        (key) => new Promise(resolve => requestAnimationFrame(() => setTimeout(() => {
          const link = window.__verify.els[key];
          const target = document.getElementById(decodeURIComponent(link.getAttribute('href').slice(1)));
          const a = document.activeElement;
          resolve(JSON.stringify({ landed: !!target && !!a && (a === target || target.contains(a)),
            active: a ? a.tagName.toLowerCase() + (a.id ? '#' + a.id : '') : 'nothing' }));
        }, 50)))
        """;
}
