using Synapse.Tests.TestSupport;

namespace Synapse.Tests.Architecture;

public sealed class NamespaceCircleTests
{
    private static readonly string Source = Path.Combine(RepoPaths.Root, "src", "Synapse");

    [Fact]
    public void The_generators_namespaces_import_each_other_without_a_circle()
    {
        var graph = NamespaceGraph.Read(Source);
        var cycles = NamespaceGraph.Cycles(graph);
        Assert.True(cycles.Count == 0, "Namespace import circles:\n" + string.Join("\n", cycles) + "\n\nGraph:\n" +
            string.Join("\n", graph.Select(kv => $"{kv.Key} → {string.Join(", ", kv.Value)}")));
    }

    [Fact]
    public void The_site_model_depends_on_nothing_downstream_of_it()
    {
        var graph = NamespaceGraph.Read(Source);
        string[] downstream = ["Markdown", "Layouts", "Output", "Checks", "Build", "Commands", "Preview", "Search"];
        Assert.Empty(graph["Site"].Intersect(downstream));
    }

    [Fact]
    public void A_circle_through_a_using_directive_or_a_qualified_name_is_found()
    {
        using var temp = new TempFolder();
        temp.Write("A/One.cs", "using Synapse.B;\nnamespace Synapse.A;\nclass One { }\n");
        temp.Write("B/Two.cs", "namespace Synapse.B;\nclass Two { A.One? x; } // C.Three is a comment\n");
        temp.Write("C/Three.cs", "namespace Synapse.C;\nclass Three { string s = \"B.Two\"; }\n");
        var graph = NamespaceGraph.Read(temp.Path);
        Assert.Equal(["A → B → A"], NamespaceGraph.Cycles(graph));
        Assert.Empty(graph["C"]);
    }
}
