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

    private const string Helpers = Describe + """
        const alpha = (c) => { if (c === 'transparent') return 0; const m = c.match(/rgba?\(([^)]*)\)/);
          if (!m) return 1; const p = m[1].split(/[\s,\/]+/).filter(Boolean); return p.length > 3 ? parseFloat(p[3]) : 1; };
        const isSkipLink = (e) => {
          const href = e.getAttribute('href') || '';
          if (e.tagName !== 'A' || !href.startsWith('#') || href.length < 2) return false;
          const t = document.getElementById(decodeURIComponent(href.slice(1)));
          return !!t && (t.tagName === 'MAIN' || t.getAttribute('role') === 'main' || !!t.querySelector('main, [role=main]'));
        };
        """;

    /// <summary>The element that has focus now: its description and whether it is a skip link to the main content.</summary>
    public const string ActiveElement = "() => {" + Helpers + """
          const a = document.activeElement;
          if (!a || a === document.body || a === document.documentElement) return JSON.stringify({ desc: '', skipLink: false });
          return JSON.stringify({ desc: describe(a), skipLink: isSkipLink(a) });
        }
        """;

    /// <summary>After a skip link was activated: is focus now on (or inside) the main content?</summary>
    public const string SkipLinkLanded = """
        () => new Promise(resolve => requestAnimationFrame(() => setTimeout(() => {
          const a = document.activeElement;
          const main = document.querySelector('main, [role=main]');
          resolve(JSON.stringify({ landed: !!main && !!a && (a === main || main.contains(a) || a.contains(main)),
            active: a ? a.tagName.toLowerCase() + (a.id ? '#' + a.id : '') : 'nothing' }));
        }, 50)))
        """;

    /// <summary>
    /// Visits every element Tab can reach (after a real Tab press, so the browser is in keyboard mode and focus() shows
    /// :focus-visible styles). For each: is focus visible (a visible outline, or a box-shadow or background that focus
    /// changed)? Does a Tab keydown there get cancelled while focus stays put (a keyboard trap)? One round trip per page.
    /// </summary>
    public const string FocusSweep = "() => {" + Helpers + """
          const sel = 'a[href], area[href], button, input, select, textarea, iframe, summary, [tabindex], [contenteditable]';
          const tabbable = [...document.querySelectorAll(sel)].filter(e => e.tabIndex >= 0 && !e.disabled && e.type !== 'hidden'
            && !e.closest('[inert]') && e.checkVisibility({ visibilityProperty: true }));
          if (document.activeElement && document.activeElement.blur) document.activeElement.blur();
          const base = new Map(tabbable.map(e => { const s = getComputedStyle(e); return [e, { shadow: s.boxShadow, bg: s.backgroundColor }]; }));
          const stops = [];
          for (const e of tabbable) {
            e.focus({ preventScroll: true });
            if (document.activeElement !== e) continue;
            const s = getComputedStyle(e), b = base.get(e);
            const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0 && alpha(s.outlineColor) > 0;
            const shadow = s.boxShadow !== 'none' && s.boxShadow !== b.shadow;
            const bg = s.backgroundColor !== b.bg;
            let trapped = false;
            for (const shiftKey of [false, true]) {
              const tab = new KeyboardEvent('keydown', { key: 'Tab', code: 'Tab', keyCode: 9, which: 9, shiftKey, bubbles: true, cancelable: true, composed: true });
              if (!e.dispatchEvent(tab) && document.activeElement === e) trapped = true;
              if (document.activeElement !== e) e.focus({ preventScroll: true });
            }
            stops.push({ desc: describe(e), visible: outline || shadow || bg, trapped });
          }
          if (document.activeElement && document.activeElement.blur) document.activeElement.blur();
          return JSON.stringify({ tabbable: tabbable.length, stops });
        }
        """;
}
