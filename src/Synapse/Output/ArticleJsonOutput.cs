using System.Text.Json;
using Synapse.Layouts;
using Synapse.Markdown.Citations;
using Synapse.Site;

namespace Synapse.Output;

/// <summary>
/// The JSON output format of an article (<c>/&lt;section&gt;/&lt;slug&gt;/index.json</c>), for clinics and other sites that
/// reuse our content: the same rendered body as the page, with review dates, evidence level, attribution and licence.
/// </summary>
internal sealed class ArticleJsonOutput : IOutput
{
    public string Name => "article-json";

    public IEnumerable<OutputFile> Produce(OutputContext context) => context.Site.Articles.Select(a => Write(a, context.Site));

    private static readonly JsonSerializerOptions Options = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static OutputFile Write(RenderedPage page, SiteModel site)
    {
        var m = page.Page.Meta;
        var s = site.Settings;
        var data = new Dictionary<string, object?>
        {
            ["title"] = m.Title,
            ["summary"] = m.Summary,
            ["url"] = s.AbsoluteUrl(page.Page.Url),
            ["section"] = page.Page.Section,
            ["tags"] = m.Tags,
            ["lastReviewed"] = ViewFactory.Iso(m.Reviewed),
            ["nextReview"] = ViewFactory.Iso(m.NextReview),
            ["evidence"] = m.Evidence == Content.EvidenceLevel.None ? null : m.Evidence.ToString().ToLowerInvariant(),
            ["authors"] = m.Authors,
            ["reviewer"] = m.Reviewer,
            ["crisis"] = m.Crisis,
            ["html"] = page.Content.Html,
            ["references"] = CitationJsonLd.For(page.Content.Citations, site.Bibliography),
            ["attribution"] = new Dictionary<string, object?>
            {
                ["text"] = $"Content supplied by {s.Publisher}",
                ["url"] = s.AbsoluteUrl(page.Page.Url),
                ["license"] = s.ContentLicense,
                ["licenseUrl"] = s.ContentLicenseUrl,
            },
            ["help"] = s.AbsoluteUrl("help/"),
        };
        return new OutputFile(page.Page.Url + "index.json", JsonSerializer.Serialize(data, Options) + "\n") { Source = Diagnostics.SourceLocation.FileOnly(page.Page.Source.File.Path) };
    }
}
