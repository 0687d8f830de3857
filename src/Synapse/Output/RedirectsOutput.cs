using System.Net;
using System.Text;
using Synapse.Configuration;
using Synapse.Diagnostics;
using Synapse.Site;

namespace Synapse.Output;

/// <summary>redirect-from: a meta-refresh page at each old URL, plus a _redirects file for hosts that read one.</summary>
internal sealed class RedirectsOutput : IOutput
{
    public string Name => "redirects";

    public IEnumerable<OutputFile> Produce(OutputContext context) =>
        Redirects.Plan(context.Site.Pages.Select(p => p.Page), context.Settings, context.PageUrls(), context.Diagnostics);
}

internal static class Redirects
{
    public static IEnumerable<OutputFile> Plan(IEnumerable<Page> pages, SiteSettings settings, HashSet<string> existing, DiagnosticBag bag)
    {
        var lines = new StringBuilder();
        var files = new List<OutputFile>();
        var taken = new HashSet<string>(StringComparer.Ordinal);
        foreach (var page in pages)
            foreach (var from in page.Meta.RedirectFrom)
            {
                var old = from.Trim('/') + "/";
                if (existing.Contains(old))
                {
                    bag.Error("redirect/conflict", page.Meta.LocationOf("redirect-from", page.Source.File.Path), $"redirect-from '{from}' is the URL of an existing page.", "Remove the redirect or the page.");
                    continue;
                }
                if (!taken.Add(old))
                {
                    bag.Error("redirect/conflict", page.Meta.LocationOf("redirect-from", page.Source.File.Path), $"redirect-from '{from}' is already used by another page.", "Keep the redirect on one page only.");
                    continue;
                }
                var target = WebUtility.HtmlEncode(settings.Url(page.Url));
                files.Add(new OutputFile(old + "index.html",
                    $"<!doctype html>\n<html lang=\"{settings.Language}\"><head><meta charset=\"utf-8\"><title>Moved</title><meta name=\"robots\" content=\"noindex\"><link rel=\"canonical\" href=\"{WebUtility.HtmlEncode(settings.AbsoluteUrl(page.Url))}\"><meta http-equiv=\"refresh\" content=\"0; url={target}\"></head><body><p>This page has moved to <a href=\"{target}\">{WebUtility.HtmlEncode(page.Meta.Title)}</a>.</p></body></html>\n")
                { Source = page.Meta.LocationOf("redirect-from", page.Source.File.Path) });
                lines.Append(settings.Url(old)).Append(' ').Append(settings.Url(page.Url)).Append(" 301\n");
            }
        if (lines.Length > 0) files.Add(new OutputFile("_redirects", lines.ToString()));
        return files;
    }
}
