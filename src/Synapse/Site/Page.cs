using Synapse.Content;

namespace Synapse.Site;

/// <summary>A routed content page: where it lives on the site and what its front matter says. Immutable.</summary>
internal sealed record Page(string Id, string Url, string? Section, ParsedSource Source)
{
    public FrontMatter Meta => Source.Meta;
    public string Slug => Url.TrimEnd('/').Split('/')[^1];
    /// <summary>Set by routing from <see cref="Routing.ArticleSection"/>, the one definition of an article.</summary>
    public bool IsArticle { get; init; }
    /// <summary>input/&lt;section&gt;/index.md: the section's own page.</summary>
    public bool IsSectionIndex => Section is not null && !IsArticle;
}

/// <summary>A heading gathered for the table of contents.</summary>
internal sealed record TocEntry(int Level, string Id, string Text);

/// <summary>An internal link found in Markdown: where it was written and the site path (and fragment) it points to.</summary>
internal sealed record LinkRef(Diagnostics.SourceLocation At, string Original, string TargetPath, string? Fragment);
