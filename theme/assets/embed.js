/* Synapse embed loader, served at /embed.js. Usage:
     <div data-synapse-embed="treatments/tms"><noscript><a href="https://…/treatments/tms/">…</a></noscript></div>
     <script src="https://…/embed.js" async></script>
   Optional attributes: data-view="summary", data-theme="light|dark", data-accent="#2a5db0", data-references="hide".
   Each div becomes an iframe of /embed/<section>/<slug>/, sized from the height messages of that iframe only.
   Sandbox: allow-scripts (the frame reports its height), allow-popups and allow-popups-to-escape-sandbox (links open
   in a normal new tab). Never allow-same-origin: the frame needs no cookies or storage, and served from the host's
   own origin, allow-scripts + allow-same-origin would let it remove its own sandbox (README, "For clinics"). */
(function () {
  'use strict';
  if (window.synapseEmbed) return window.synapseEmbed.scan();
  var script = document.currentScript || document.querySelector('script[src$="/embed.js"]');
  var base = new URL('.', script ? script.src : location.href).href, origin = new URL(base).origin;
  var frames = [];
  var ID = /^[a-z0-9-]+\/[a-z0-9-]+$/;

  function option(el, name, pattern) {
    var value = el.getAttribute('data-' + name);
    return value && pattern.test(value) ? value : null;
  }

  function mount(el) {
    var id = el.getAttribute('data-synapse-embed');
    if (el.getAttribute('data-synapse-mounted') || !ID.test(id || '')) return;
    var params = new URLSearchParams();
    var view = option(el, 'view', /^(summary|full)$/), theme = option(el, 'theme', /^(light|dark|auto)$/),
      accent = option(el, 'accent', /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i), refs = option(el, 'references', /^hide$/);
    if (view) params.set('view', view);
    if (theme) params.set('theme', theme);
    if (accent) params.set('accent', accent.replace('#', ''));
    if (refs) params.set('references', 'hide');
    var noscript = el.querySelector('noscript');
    var link = noscript && new DOMParser().parseFromString(noscript.textContent, 'text/html').querySelector('a');
    var frame = document.createElement('iframe');
    frame.src = base + 'embed/' + id + '/' + (params.toString() ? '?' + params : '');
    frame.title = (link && link.textContent.trim()) || 'Article from Synapse';
    frame.setAttribute('loading', 'lazy');
    frame.setAttribute('sandbox', 'allow-scripts allow-popups allow-popups-to-escape-sandbox');
    frame.setAttribute('referrerpolicy', 'strict-origin-when-cross-origin');
    frame.style.cssText = 'display:block;width:100%;border:0;height:600px';
    el.setAttribute('data-synapse-mounted', 'true');
    el.textContent = '';
    el.appendChild(frame);
    frames.push(frame);
  }

  function scan() {
    var found = document.querySelectorAll('[data-synapse-embed]');
    for (var i = 0; i < found.length; i++) mount(found[i]);
  }

  window.addEventListener('message', function (event) {
    var data = event.data;
    // A frame sandboxed without allow-same-origin has the origin "null"; event.source says which frame it is.
    if (!data || data.type !== 'synapse:embed-height' || (event.origin !== 'null' && event.origin !== origin)) return;
    for (var i = 0; i < frames.length; i++) {
      if (event.source !== frames[i].contentWindow) continue;
      var h = data.height;
      if (typeof h === 'number' && isFinite(h) && h >= 50 && h <= 50000) frames[i].style.height = Math.ceil(h) + 'px';
      if (typeof data.title === 'string' && data.title.length > 0 && data.title.length <= 300) frames[i].title = data.title;
    }
  });

  window.synapseEmbed = { scan: scan };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', scan);
  else scan();
})();
