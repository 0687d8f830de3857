using Synapse.Layouts;
using Synapse.Site;

namespace Synapse.Tests.Layouts;

/// <summary>The table of contents numbers top-level entries only: level-3 headings sit under their level-2 heading.</summary>
public sealed class TocTests
{
    [Fact]
    public void Level_3_headings_become_children_of_the_level_2_heading_before_them()
    {
        var toc = ViewFactory.TocTree([new(2, "a", "A"), new(3, "a1", "A1"), new(3, "a2", "A2"), new(2, "b", "B"), new(2, "c", "C"), new(3, "c1", "C1")]);

        Assert.Equal(["A", "B", "C"], toc.Select(t => t.Text));
        Assert.Equal(["A1", "A2"], toc[0].Children.Select(t => t.Text));
        Assert.Empty(toc[1].Children);
        Assert.Equal(["#c1"], toc[2].Children.Select(t => t.Url));
    }

    [Fact]
    public void A_level_3_heading_before_any_level_2_heading_stays_a_top_level_entry()
    {
        var toc = ViewFactory.TocTree([new(3, "x", "X"), new(2, "a", "A")]);
        Assert.Equal(["X", "A"], toc.Select(t => t.Text));
    }
}
