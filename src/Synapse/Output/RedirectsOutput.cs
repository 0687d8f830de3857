using System.Text;
using Synapse.Configuration;
using Synapse.Diagnostics;
using Synapse.Html;
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
                var at = page.Meta.LocationOf("redirect-from", page.Source.File.Path);
                if (RedirectsSyntax.Problem(from) is { } syntax)
                {
                    bag.Error(RedirectsSyntax.Rule, at, $"redirect-from '{from}' {syntax}.", RedirectsSyntax.Hint);
                    continue;
                }
                if (Unsafe(from) is { } problem)
                {
                    bag.Error("redirect/unsafe-path", at, $"redirect-from '{from}' {problem}.",
                        "Write the old URL as a path on this site, e.g. redirect-from: [old/lithium] for /old/lithium/.");
                    continue;
                }
                var old = from.Trim().Trim('/') + "/";
                if (existing.Contains(old))
                {
                    bag.Error("redirect/conflict", at, $"redirect-from '{from}' is the URL of an existing page.", "Remove the redirect or the page.");
                    continue;
                }
                if (!taken.Add(old))
                {
                    bag.Error("redirect/conflict", at, $"redirect-from '{from}' is already used by another page.", "Keep the redirect on one page only.");
                    continue;
                }
                var target = HtmlText.Escape(settings.Url(page.Url));
                files.Add(new OutputFile(old + "index.html",
                    $"<!doctype html>\n<html lang=\"{settings.Language}\"><head><meta charset=\"utf-8\"><title>Moved</title><meta name=\"robots\" content=\"noindex\"><link rel=\"canonical\" href=\"{HtmlText.Escape(settings.AbsoluteUrl(page.Url))}\"><meta http-equiv=\"refresh\" content=\"0; url={target}\"></head><body><p>This page has moved to <a href=\"{target}\">{HtmlText.Escape(page.Meta.Title)}</a>.</p></body></html>\n")
                { Source = at });
                lines.Append(settings.Url(old)).Append(' ').Append(settings.Url(page.Url)).Append(" 301\n");
            }
        if (lines.Length > 0) files.Add(new OutputFile("_redirects", lines.ToString()));
        return files;
    }

    /// <summary>Why a redirect-from value cannot be an old URL of this site, or null when it can.</summary>
    private static string? Unsafe(string from)
    {
        var path = from.Trim();
        if (path.Contains("://", StringComparison.Ordinal) || path.StartsWith("//", StringComparison.Ordinal)) return "is an address on another site";
        path = path.Trim('/');
        if (path.Length == 0) return "is the home page of the site";
        if (path.IndexOfAny(['\\', '?', '#']) >= 0) return "contains '\\', '?' or '#'";
        if (path.Split('/').Any(s => s is "." or ".." || s.Length == 0)) return "leaves the site or has an empty, '.' or '..' segment";
        return PublishPlan.Problem(path + "/index.html") is { } problem ? problem : null;
    }
}
