namespace Synapse.Output;

/// <summary>
/// What a redirect-from value may contain so that it stays one plain path in one line of <c>_redirects</c> (the
/// format Netlify and Cloudflare Pages read: <c>from to status</c>, where whitespace separates fields, a line break
/// starts a rule, <c>*</c> and <c>:name</c> match other URLs and <c>!</c> forces the rule over existing files).
/// </summary>
internal static class RedirectsSyntax
{
    public const string Rule = "redirect/syntax";
    public const string Hint = "Write the old URL as a plain path of letters, digits, '-', '_', '.' and '/', e.g. redirect-from: [old/lithium].";

    /// <summary>Why the value cannot be written as the first field of a _redirects line, or null when it can.</summary>
    public static string? Problem(string from)
    {
        var path = from.Trim();
        foreach (var c in path)
        {
            if (c is '\n' or '\r') return "contains a line break, which would start another rule in _redirects";
            if (char.IsControl(c)) return "contains a control character";
            if (char.IsWhiteSpace(c) || c is '\u2028' or '\u2029' or '\u0085' or '\u200B' or '\uFEFF') return "contains a space or other separator, which would add a field to its _redirects line";
            if (c is '*') return "contains '*', which _redirects reads as a wildcard matching other URLs";
            if (c is '!') return "contains '!', which _redirects reads as forcing the rule";
        }
        if (path.Split('/').Any(s => s.StartsWith(':'))) return "has a segment starting with ':', which _redirects reads as a placeholder matching other URLs";
        return null;
    }
}
