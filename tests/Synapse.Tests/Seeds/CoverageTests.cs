using Synapse.Content;
using Synapse.Diagnostics;
using YamlDotNet.RepresentationModel;

using Synapse.Tests.TestSupport;

namespace Synapse.Tests.Seeds;

/// <summary>seeds/coverage.yaml maps every topic of the source document to published articles.</summary>
public sealed class CoverageTests
{
    public static TheoryData<string, string[]> Topics()
    {
        var yaml = new YamlStream();
        yaml.Load(new StringReader(File.ReadAllText(Path.Combine(RepoPaths.Root, "seeds", "coverage.yaml"))));
        var data = new TheoryData<string, string[]>();
        foreach (var entry in ((YamlSequenceNode)yaml.Documents[0].RootNode).Children.Cast<YamlMappingNode>())
        {
            var topic = ((YamlScalarNode)entry.Children[new YamlScalarNode("topic")]).Value!;
            var articles = entry.Children.TryGetValue(new YamlScalarNode("articles"), out var list) && list is YamlSequenceNode seq
                ? seq.Children.Cast<YamlScalarNode>().Select(s => s.Value!).ToArray() : [];
            data.Add(topic, articles);
        }
        return data;
    }

    [Fact]
    public void CoverageFileListsTheSourceDocumentsTopics()
    {
        var topics = Topics().Select(row => (string)row[0]).ToList();
        Assert.True(topics.Count >= 30, $"coverage.yaml has only {topics.Count} topics");
        foreach (var required in new[] { "Serotonin", "Dopamine", "GABA", "Ketamine", "Neurofeedback", "Psychobiotics", "Sleep hygiene" })
            Assert.Contains(required, topics);
    }

    [Theory]
    [MemberData(nameof(Topics))]
    public void EveryTopicIsCoveredByPublishedArticles(string topic, string[] articles)
    {
        Assert.True(articles.Length > 0, $"Topic '{topic}' has no article.");
        var root = RepoPaths.Root;
        foreach (var article in articles)
        {
            var path = Path.Combine(root, "input", article + ".md");
            Assert.True(File.Exists(path), $"Topic '{topic}': input/{article}.md does not exist.");
            var bag = new DiagnosticBag();
            var parsed = FrontMatterParser.Parse(new SourceFile($"input/{article}.md", File.ReadAllText(path)), FrontMatterRules.Page(3), bag);
            Assert.NotNull(parsed);
            Assert.False(parsed!.Meta.Draft, $"Topic '{topic}': input/{article}.md is a draft, so it is not published.");
        }
    }
}
