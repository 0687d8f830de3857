using System.Xml;
using System.Xml.Linq;
using Synapse.Configuration;
using Synapse.Output;

namespace Synapse.Tests.Output;

public sealed class FeedWriterTests
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly SiteSettings Settings = new() { Title = "Synapse", BaseUrl = "https://synapse.example.org", FeedSize = 2, Publisher = "Synapse" };

    private static FeedEntry Entry(string url, string title, DateOnly updated, params string[] authors) =>
        new(url, title, title + " summary", updated, updated.AddDays(-10), authors);

    private static XDocument Parse(OutputFile file)
    {
        Assert.Equal("feed.xml", file.Path);
        // XmlReader with DTDs prohibited: the strictest ordinary parse.
        using var reader = XmlReader.Create(new StringReader(file.Text!), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit });
        return XDocument.Load(reader);
    }

    [Fact]
    public void Feed_is_well_formed_atom_with_the_required_feed_elements()
    {
        var doc = Parse(FeedWriter.Write([Entry("treatments/lithium/", "Lithium", new DateOnly(2026, 3, 1))], Settings, new DateOnly(2026, 11, 26)));

        var feed = doc.Root!;
        Assert.Equal(Atom + "feed", feed.Name);
        Assert.Equal("https://synapse.example.org/", feed.Element(Atom + "id")?.Value);
        Assert.Equal("Synapse", feed.Element(Atom + "title")?.Value);
        Assert.Equal("2026-03-01T00:00:00Z", feed.Element(Atom + "updated")?.Value);
        Assert.Contains(feed.Elements(Atom + "link"), l => (string?)l.Attribute("rel") == "self" && (string?)l.Attribute("href") == "https://synapse.example.org/feed.xml");
        Assert.Contains(feed.Elements(Atom + "link"), l => (string?)l.Attribute("rel") == "alternate" && (string?)l.Attribute("href") == "https://synapse.example.org/");
        Assert.Equal("Synapse", feed.Element(Atom + "author")?.Element(Atom + "name")?.Value);
    }

    [Fact]
    public void Every_entry_has_id_title_updated_and_an_alternate_link()
    {
        var doc = Parse(FeedWriter.Write(
            [Entry("treatments/lithium/", "Lithium", new DateOnly(2026, 3, 1), "Ana Lee"), Entry("guides/sleep/", "Sleep & mood", new DateOnly(2026, 2, 1))],
            Settings, new DateOnly(2026, 11, 26)));

        var entries = doc.Root!.Elements(Atom + "entry").ToList();
        Assert.Equal(2, entries.Count);
        foreach (var entry in entries)
        {
            Assert.StartsWith("https://synapse.example.org/", entry.Element(Atom + "id")?.Value);
            Assert.False(string.IsNullOrWhiteSpace(entry.Element(Atom + "title")?.Value));
            Assert.True(DateTimeOffset.TryParse(entry.Element(Atom + "updated")?.Value, out _));
            Assert.Contains(entry.Elements(Atom + "link"), l => (string?)l.Attribute("rel") == "alternate" && ((string?)l.Attribute("href"))?.StartsWith("https://synapse.example.org/") == true);
        }
        Assert.Equal("Sleep & mood", entries[1].Element(Atom + "title")!.Value);
        Assert.Equal("Ana Lee", entries[0].Element(Atom + "author")?.Element(Atom + "name")?.Value);
        Assert.Equal("2026-02-19T00:00:00Z", entries[0].Element(Atom + "published")?.Value);
    }

    [Fact]
    public void Entries_are_newest_first_and_limited_to_the_feed_size()
    {
        var doc = Parse(FeedWriter.Write(
            [Entry("a/", "Old", new DateOnly(2025, 1, 1)), Entry("b/", "Newest", new DateOnly(2026, 5, 1)), Entry("c/", "Middle", new DateOnly(2026, 1, 1))],
            Settings, new DateOnly(2026, 11, 26)));

        Assert.Equal(["Newest", "Middle"], doc.Root!.Elements(Atom + "entry").Select(e => e.Element(Atom + "title")!.Value));
        Assert.Equal("2026-05-01T00:00:00Z", doc.Root.Element(Atom + "updated")?.Value);
    }

    [Fact]
    public void Empty_feed_is_still_valid_and_uses_the_fallback_date()
    {
        var doc = Parse(FeedWriter.Write([], Settings, new DateOnly(2026, 11, 26)));

        Assert.Empty(doc.Root!.Elements(Atom + "entry"));
        Assert.Equal("2026-11-26T00:00:00Z", doc.Root.Element(Atom + "updated")?.Value);
    }

    [Fact]
    public void Feed_urls_include_the_base_path()
    {
        var settings = Settings with { BasePath = "/sub/" };

        var doc = Parse(FeedWriter.Write([Entry("treatments/lithium/", "Lithium", new DateOnly(2026, 3, 1))], settings, new DateOnly(2026, 11, 26)));

        Assert.Equal("https://synapse.example.org/sub/", doc.Root!.Element(Atom + "id")?.Value);
        Assert.Equal("https://synapse.example.org/sub/treatments/lithium/", doc.Root.Element(Atom + "entry")!.Element(Atom + "id")?.Value);
    }
}
