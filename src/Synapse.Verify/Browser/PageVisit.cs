namespace Synapse.Verify.Browser;

/// <summary>What loading one page showed: its status and the links, ids and assets in its DOM, plus failed requests.</summary>
internal sealed class PageVisit(string page)
{
    public string Page { get; } = page;
    public int Status { get; set; }
    public bool Noindex { get; set; }
    public string Title { get; set; } = "";
    public IReadOnlyList<LinkFact> Links { get; set; } = [];
    public IReadOnlySet<string> Ids { get; set; } = new HashSet<string>();
    public IReadOnlyList<AssetFact> Assets { get; set; } = [];
    public IReadOnlyList<string> BrokenImages { get; set; } = [];
    /// <summary>Same-site requests the browser made that failed or answered 400+ (url, reason).</summary>
    public List<(string Url, string Reason)> FailedRequests { get; } = [];
    public bool Loaded => Status == 200;
}

internal sealed record LinkFact(string Raw, string Url, string Text);

internal sealed record AssetFact(string Kind, string Url);
