using System.Xml;
using System.Xml.Linq;
using Synapse.Configuration;
using Synapse.Site;

namespace Synapse.Output;

/// <summary>One entry of the Atom feed: a new or updated article.</summary>
internal sealed record FeedEntry(string Url, string Title, string Summary, DateOnly Updated, DateOnly Published, IReadOnlyList<string> Authors);

/// <summary>feed.xml: an Atom 1.0 feed of new and updated articles, newest first.</summary>
internal sealed class FeedOutput : IOutput
{
    public string Name => "feed";

    public IEnumerable<OutputFile> Produce(OutputContext context) =>
        [FeedWriter.Write(context.Site.Articles.Select(EntryFor), context.Settings, context.Site.Today)];

    private static FeedEntry EntryFor(RenderedPage p)
    {
        var m = p.Page.Meta;
        var updated = m.Updated ?? m.Reviewed ?? m.Published ?? DateOnly.MinValue;
        return new FeedEntry(p.Page.Url, m.Title, m.Summary, updated, m.Published ?? m.Reviewed ?? updated, m.Authors);
    }
}

internal static class FeedWriter
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    public static OutputFile Write(IEnumerable<FeedEntry> entries, SiteSettings settings, DateOnly fallback)
    {
        var items = entries.OrderByDescending(e => e.Updated).ThenBy(e => e.Url, StringComparer.Ordinal).Take(settings.FeedSize).ToList();
        var updated = items.Count > 0 ? items.Max(e => e.Updated) : fallback;
        var feed = new XElement(Atom + "feed",
            new XAttribute(XNamespace.Xml + "lang", settings.Language),
            new XElement(Atom + "title", settings.Title),
            new XElement(Atom + "subtitle", settings.Description),
            new XElement(Atom + "id", settings.AbsoluteUrl("")),
            new XElement(Atom + "updated", Stamp(updated)),
            new XElement(Atom + "link", new XAttribute("rel", "self"), new XAttribute("type", "application/atom+xml"), new XAttribute("href", settings.AbsoluteUrl("feed.xml"))),
            new XElement(Atom + "link", new XAttribute("rel", "alternate"), new XAttribute("type", "text/html"), new XAttribute("href", settings.AbsoluteUrl(""))),
            new XElement(Atom + "author", new XElement(Atom + "name", settings.Publisher)),
            new XElement(Atom + "rights", $"Content licensed {settings.ContentLicense}"),
            items.Select(e => new XElement(Atom + "entry",
                new XElement(Atom + "title", e.Title),
                new XElement(Atom + "id", settings.AbsoluteUrl(e.Url)),
                new XElement(Atom + "link", new XAttribute("rel", "alternate"), new XAttribute("type", "text/html"), new XAttribute("href", settings.AbsoluteUrl(e.Url))),
                new XElement(Atom + "published", Stamp(e.Published)),
                new XElement(Atom + "updated", Stamp(e.Updated)),
                e.Authors.Select(a => new XElement(Atom + "author", new XElement(Atom + "name", a))),
                new XElement(Atom + "summary", e.Summary))));
        var text = new XDocument(new XDeclaration("1.0", "utf-8", null), feed).Declaration + "\n" + feed.ToString(SaveOptions.None) + "\n";
        return new OutputFile("feed.xml", text);
    }

    private static string Stamp(DateOnly d) => XmlConvert.ToString(d.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc), XmlDateTimeSerializationMode.Utc);
}
