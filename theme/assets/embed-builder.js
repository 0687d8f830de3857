/* "Embed this page" on article pages: keeps the snippet in step with the chosen options, copies it, and shows a
   live preview through /embed.js itself (so the preview is exactly what a clinic gets). Copying uses
   navigator.clipboard.writeText inside the click, which needs no permission prompt, and falls back to selecting
   the text and execCommand('copy'). */
(function () {
  'use strict';
  var box = document.querySelector('[data-embed-builder]');
  if (!box) return;
  var details = box.closest('details');
  var snippet = box.querySelector('.embed-snippet');
  var copy = box.querySelector('[data-embed-copy]');
  var status = box.querySelector('.embed-status');
  var preview = box.querySelector('[data-embed-preview]');
  var original = snippet.value;
  var HEX = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i;

  function value(name) {
    var checked = box.querySelector('input[name="' + name + '"]:checked');
    return checked ? checked.value : '';
  }
  function options() {
    var accent = box.querySelector('#embed-accent').value.trim();
    return {
      view: value('embed-view') === 'summary' ? 'summary' : '',
      theme: value('embed-theme') === 'auto' ? '' : value('embed-theme'),
      accent: HEX.test(accent) ? '#' + accent.replace('#', '').toLowerCase() : '',
      references: value('embed-references')
    };
  }
  function attributes(o) {
    return ['view', 'theme', 'accent', 'references'].filter(function (k) { return o[k]; })
      .map(function (k) { return ' data-' + k + '="' + o[k] + '"'; }).join('');
  }
  function render() {
    var o = options();
    snippet.value = original.replace(/^(<div data-synapse-embed="[^"]*")/, '$1' + attributes(o));
    if (details && details.open) showPreview(o);
  }
  function showPreview(o) {
    preview.hidden = false;
    var old = preview.querySelector('[data-synapse-embed]');
    if (old) old.remove();
    var holder = document.createElement('div');
    holder.setAttribute('data-synapse-embed', box.getAttribute('data-embed-id'));
    Object.keys(o).forEach(function (k) { if (o[k]) holder.setAttribute('data-' + k, o[k]); });
    preview.appendChild(holder);
    if (window.synapseEmbed) return window.synapseEmbed.scan();
    if (document.querySelector('script[data-embed-loader]')) return;
    var script = document.createElement('script');
    script.src = box.getAttribute('data-script');
    script.setAttribute('data-embed-loader', '');
    document.head.appendChild(script);
  }
  function copied(ok) {
    status.textContent = ok ? 'Copied. Paste it into your page\u2019s HTML.' : 'Select the code above and copy it.';
  }
  function fallback() {
    snippet.focus();
    snippet.select();
    var ok = false;
    try { ok = document.execCommand('copy'); } catch (e) { ok = false; }
    copied(ok);
  }

  box.addEventListener('input', render);
  box.addEventListener('change', render);
  if (details) details.addEventListener('toggle', function () { if (details.open) render(); });
  copy.hidden = false;
  copy.addEventListener('click', function () {
    if (navigator.clipboard && navigator.clipboard.writeText) navigator.clipboard.writeText(snippet.value).then(function () { copied(true); }, fallback);
    else fallback();
  });
})();
