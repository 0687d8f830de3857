using System.Text;
using Synapse.Configuration;

namespace Synapse.Output;

/// <summary>One rule of the <c>_headers</c> file: a path pattern (Netlify and Cloudflare Pages syntax) and its headers.</summary>
internal sealed record HeaderRule(string Path, IReadOnlyList<KeyValuePair<string, string>> Headers, string Comment = "");

/// <summary>
/// The <c>_headers</c> file that static hosts (Netlify, Cloudflare Pages) read: every header rule of the site, in one place.
/// Hosts disagree on how two rules matching one path combine (one overrides, another joins the values with a comma, which
/// for Content-Security-Policy means both policies apply), so the framing rules never overlap: each top-level path gets
/// its own rule, and only <c>/embed/*</c> may be framed.
/// </summary>
internal static class HostHeaders
{
    public const string FileName = "_headers";

    /// <summary>
    /// The page policy without frame-ancestors (which a meta element cannot set), carried by every page as
    /// &lt;meta http-equiv="Content-Security-Policy"&gt; in theme/layouts/_base.liquid for hosts that send no headers.
    /// </summary>
    public const string MetaPolicy = "default-src 'self'; script-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'";

    /// <summary>Pages of the site itself: scripts only from our own files, and never inside a frame.</summary>
    public const string PagePolicy = "default-src 'self'; script-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>Embed views: any site may frame them; inline script stays blocked.</summary>
    public const string EmbedPolicy = "default-src 'self'; script-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors *";

    private static readonly string[] Syndicated = ["embed", "api", "oembed"];

    public static IReadOnlyList<HeaderRule> Rules(IEnumerable<string> outputPaths, SiteSettings settings)
    {
        var rules = new List<HeaderRule>
        {
            new(settings.Url("*"), [
                new("X-Content-Type-Options", "nosniff"),
                new("Referrer-Policy", "strict-origin-when-cross-origin"),
                new("Permissions-Policy", "camera=(), microphone=(), geolocation=(), interest-cohort=()"),
            ], "Every response"),
        };
        var noFraming = new KeyValuePair<string, string>[] { new("Content-Security-Policy", PagePolicy), new("X-Frame-Options", "DENY") };
        var paths = outputPaths.ToList();
        var top = paths.Where(p => p.Contains('/')).Select(p => p[..p.IndexOf('/')]).Where(d => !Syndicated.Contains(d)).Distinct().Order(StringComparer.Ordinal);
        var rootPages = paths.Where(p => !p.Contains('/') && p.EndsWith(".html", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();
        if (rootPages.Contains("index.html"))
            rules.Add(new(settings.Url(""), noFraming, "Site pages: never framed"));
        rules.AddRange(rootPages.Select(p => new HeaderRule(settings.Url(p), noFraming)));
        rules.AddRange(top.Select(d => new HeaderRule(settings.Url(d + "/*"), noFraming)));
        rules.Add(new(settings.Url("embed/*"), [new("Content-Security-Policy", EmbedPolicy)], "Embed views: any site may frame them"));
        var cors = new KeyValuePair<string, string>[] { new("Access-Control-Allow-Origin", "*"), new("Cache-Control", "public, max-age=3600") };
        rules.Add(new(settings.Url("api/*"), cors, "Content API and oEmbed: readable from any site's browser code"));
        rules.Add(new(settings.Url("oembed/*"), cors));
        return rules;
    }

    public static OutputFile Write(IEnumerable<string> outputPaths, SiteSettings settings) => new(FileName, Text(outputPaths, settings));

    public static string Text(IEnumerable<string> outputPaths, SiteSettings settings)
    {
        var text = new StringBuilder("# Response headers for static hosts (Netlify, Cloudflare Pages). Written by the build: edit src/Synapse/Output/HostHeaders.cs.\n");
        foreach (var rule in Rules(outputPaths, settings))
        {
            if (rule.Comment.Length > 0) text.Append('\n').Append("# ").Append(rule.Comment).Append('\n');
            text.Append(rule.Path).Append('\n');
            foreach (var (name, value) in rule.Headers) text.Append("  ").Append(name).Append(": ").Append(value).Append('\n');
        }
        return text.ToString();
    }
}

/// <summary>The <c>_headers</c> file; registered last, since its rules are made from every other output's paths.</summary>
internal sealed class HostHeadersOutput : IOutput
{
    public string Name => "host-headers";

    public IEnumerable<OutputFile> Produce(OutputContext context)
    {
        yield return HostHeaders.Write(context.Planned.Select(f => f.Path), context.Settings);
    }
}
