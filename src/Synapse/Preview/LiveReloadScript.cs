using System.Text;

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

    private static readonly byte[] Tag = Encoding.UTF8.GetBytes("<script src=\"/_synapse/live.js\" defer></script>\n");
    private static readonly byte[] BodyEnd = "</body>"u8.ToArray();

    /// <summary>The page with the live-reload script tag before its last &lt;/body&gt; (or at the end): for responses only, never for files.</summary>
    public static byte[] InjectInto(byte[] html)
    {
        var at = html.AsSpan().LastIndexOf(BodyEnd);
        if (at < 0) at = html.Length;
        var result = new byte[html.Length + Tag.Length];
        html.AsSpan(0, at).CopyTo(result);
        Tag.CopyTo(result, at);
        html.AsSpan(at).CopyTo(result.AsSpan(at + Tag.Length));
        return result;
    }
}
