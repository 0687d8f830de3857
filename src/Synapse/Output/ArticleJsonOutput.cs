using System.Text.Json;
using Synapse.Site;

namespace Synapse.Output;

/// <summary>
/// The old per-article JSON (<c>/&lt;section&gt;/&lt;slug&gt;/index.json</c>), kept at its address as a note for anyone
/// who used it: the content is now in the content API (<c>/api/articles/&lt;section&gt;/&lt;slug&gt;.json</c>), with more
/// fields and a schema. The note names the new file, so a reader of the old one can follow it.
/// </summary>
internal sealed class ArticleJsonOutput : IOutput
{
    public string Name => "article-json";

    public bool ReadsOnlySiteModel => true;

    public IEnumerable<OutputFile> Produce(OutputContext context) => context.Site.Articles.Select(a => Write(a, context.Site));

    private static readonly JsonSerializerOptions Options = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static OutputFile Write(RenderedPage page, SiteModel site)
    {
        var s = site.Settings;
        var api = s.AbsoluteUrl(SyndicationPaths.Api(page.Page));
        var data = new Dictionary<string, object?>
        {
            ["moved"] = api,
            ["note"] = $"This file is no longer updated. The article is in the content API at {api}, described by {s.AbsoluteUrl(SyndicationPaths.ApiSchema)}; see {s.AbsoluteUrl("clinics/")} for how to use it.",
            ["title"] = page.Page.Meta.Title,
            ["url"] = s.AbsoluteUrl(page.Page.Url),
        };
        return new OutputFile(page.Page.Url + "index.json", PlainJson.Serialize(data, Options) + "\n") { Source = Diagnostics.SourceLocation.FileOnly(page.Page.Source.File.Path) };
    }
}
