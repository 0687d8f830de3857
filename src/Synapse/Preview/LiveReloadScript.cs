namespace Synapse.Preview;

/// <summary>The small script preview injects: reloads on rebuild, and shows build errors as an overlay in the page.</summary>
internal static class LiveReloadScript
{
    public const string Source = """
        (function () {
          var box;
          function show(text) {
            if (!text) { if (box) { box.remove(); box = null; } return; }
            if (!box) {
              box = document.createElement('div');
              box.setAttribute('role', 'alert');
              box.id = 'synapse-error-overlay';
              box.style.cssText = 'position:fixed;inset:0;z-index:99999;overflow:auto;background:rgba(20,0,0,.92);color:#fff;font:14px/1.5 ui-monospace,monospace;padding:2rem;white-space:pre-wrap';
              document.body.appendChild(box);
            }
            box.textContent = 'Build failed — fix these and save; the page reloads by itself.\n\n' + text;
          }
          fetch('/_synapse/status').then(function (r) { return r.text(); }).then(show).catch(function () {});
          var source = new EventSource('/_synapse/events');
          source.addEventListener('reload', function () { location.reload(); });
          source.addEventListener('errors', function (e) { show(e.data); });
        })();
        """;
}
