/* Synapse embed view: applies the options in the query string and tells the embedding page how tall the article is.
   Two protocols, both by postMessage to the parent window:
   - ours, read by /embed.js: {type: "synapse:embed-height", height: <px>, title: <article title>}
   - WordPress's, when the URL has #?secret=<id> (WordPress adds it to oEmbed iframes):
     {secret, message: "height", value: <px>}, re-sent when WordPress says {message: "ready", secret};
     links to this site are handed to WordPress as {secret, message: "link", value: <url>} (its sandbox has no popups).
   The height is not secret, so messages go to any parent ("*"); the embedding page checks event.source. */
(function () {
  'use strict';
  var root = document.documentElement;
  var query = new URLSearchParams(location.search);
  var view = query.get('view'), theme = query.get('theme'), accent = query.get('accent');
  if (view === 'summary' || view === 'full') root.setAttribute('data-view', view);
  if (theme === 'light' || theme === 'dark' || theme === 'auto') root.setAttribute('data-theme', theme);
  // Only a hex colour reaches CSS, through the CSSOM (a custom property), never as markup.
  if (accent && /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.test(accent)) root.style.setProperty('--accent', '#' + accent.replace('#', ''));
  if (query.get('references') === 'hide') root.setAttribute('data-references', 'hide');
  if (query.get('help') === 'hide') root.setAttribute('data-help', 'hide');

  var secret = null;
  function readSecret() {
    var match = /[#?&]secret=([A-Za-z0-9]{1,64})/.exec(location.hash);
    secret = match ? match[1] : null;
  }
  readSecret();
  window.addEventListener('hashchange', function () { readSecret(); post(true); });
  var parent = window.parent !== window ? window.parent : null;
  var title = (document.querySelector('h1') || {}).textContent || document.title;
  var last = -1;

  function height() { return Math.ceil(root.getBoundingClientRect().height); }
  function post(force) {
    var h = height();
    if (!parent || (!force && h === last)) return;
    last = h;
    parent.postMessage({ type: 'synapse:embed-height', height: h, title: title }, '*');
    if (secret) parent.postMessage({ secret: secret, message: 'height', value: h }, '*');
  }
  function schedule() { requestAnimationFrame(function () { post(false); }); }

  if (window.ResizeObserver) new ResizeObserver(schedule).observe(root);
  window.addEventListener('load', function () { post(true); });
  window.addEventListener('resize', schedule);
  document.addEventListener('toggle', schedule, true);
  document.addEventListener('load', schedule, true);
  if (document.fonts && document.fonts.ready) document.fonts.ready.then(schedule);
  window.addEventListener('message', function (event) {
    var data = event.data;
    if (event.source === parent && secret && data && data.message === 'ready' && data.secret === secret) post(true);
  });
  document.addEventListener('click', function (event) {
    var link = event.target.closest && event.target.closest('a[href]');
    if (!link || !secret || !parent || link.host !== location.host || !/^https?:$/.test(link.protocol)) return;
    event.preventDefault();
    parent.postMessage({ secret: secret, message: 'link', value: link.href }, '*');
  });
  post(true);
})();
