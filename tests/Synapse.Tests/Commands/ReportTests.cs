using System.Diagnostics;
using Synapse.Build;
using Synapse.Reports;
using Synapse.Tests.TestSupport;

namespace Synapse.Tests.Commands;

/// <summary>`synapse report`: the editorial dashboard sorted by what needs attention first.</summary>
public sealed class ReportTests
{
    private static IReadOnlyList<ArticleStatus> Rows(FixtureSite site)
    {
        var result = SiteBuilder.Build(new BuildOptions(site.Root) { Write = false, Today = FixtureSite.Today });
        return ReviewReport.Build(result.Site!, result.Diagnostics,
            result.ReadingLevels.ToDictionary(l => l.File, l => l.Level.FleschKincaid), result.ReadingLevels.ToDictionary(l => l.File, l => l.Level.Words),
            new Dictionary<string, DateOnly> { ["input/conditions/depression.md"] = new(2026, 10, 2) });
    }

    [Fact]
    public void Overdue_articles_come_first_then_those_due_soon_then_the_rest()
    {
        using var site = new FixtureSite("basic-site");
        var depression = Path.Combine(site.Root, "input", "conditions", "depression.md");
        File.WriteAllText(depression, File.ReadAllText(depression).Replace("reviewed: 2026-11-01", "reviewed: 2023-01-01\nnext-review: 2026-01-01", StringComparison.Ordinal));
        var dopamine = Path.Combine(site.Root, "input", "neurotransmitters", "dopamine.md");
        var text = File.ReadAllText(dopamine);
        var reviewedLine = text.Split('\n').First(l => l.StartsWith("reviewed:", StringComparison.Ordinal));
        File.WriteAllText(dopamine, text.Replace(reviewedLine, "reviewed: 2024-01-01\nnext-review: 2026-12-20", StringComparison.Ordinal));

        var rows = Rows(site);

        Assert.Equal("input/conditions/depression.md", rows[0].File);
        Assert.Equal("overdue", rows[0].Status);
        Assert.Equal(new DateOnly(2026, 10, 2), rows[0].LastChange);
        Assert.Equal("input/neurotransmitters/dopamine.md", rows[1].File);
        Assert.Equal("due soon", rows[1].Status);
        Assert.All(rows.Skip(2), r => Assert.Equal("current", r.Status));
    }

    [Fact]
    public void The_markdown_report_has_one_row_per_article_with_dates_level_words_and_references()
    {
        using var site = new FixtureSite("basic-site");
        var rows = Rows(site);

        var markdown = ReviewReport.Markdown(rows, FixtureSite.Today);

        Assert.Contains("| article | review | next review | due | grade | words | references | errors | warnings | last change |", markdown);
        Assert.Equal(rows.Count, markdown.Split('\n').Count(l => l.StartsWith("| ", StringComparison.Ordinal) && l.Contains("(`input/", StringComparison.Ordinal)));
        Assert.Contains("(`input/conditions/depression.md`) | current | 2029-11-01 |", markdown);
        Assert.Contains("2026-10-02 |", markdown);
    }

    [Fact]
    public void Last_changes_come_from_one_git_log_of_the_input_folder()
    {
        using var temp = new TempFolder();
        void Git(params string[] args)
        {
            var start = new ProcessStartInfo("git") { WorkingDirectory = temp.Path, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            foreach (var a in args) start.ArgumentList.Add(a);
            start.Environment["GIT_COMMITTER_DATE"] = "2026-03-04T10:00:00Z";
            start.Environment["GIT_AUTHOR_DATE"] = "2026-03-04T10:00:00Z";
            using var p = Process.Start(start)!;
            p.WaitForExit();
            Assert.Equal(0, p.ExitCode);
        }
        Git("init", "-q");
        temp.Write("input/a.md", "a");
        Git("add", ".");
        Git("-c", "user.name=Editor", "-c", "user.email=editor@example.org", "commit", "-qm", "first");

        var changes = ReviewReport.LastChanges(temp.Path);

        Assert.Equal(new DateOnly(2026, 3, 4), changes["input/a.md"]);
        Assert.Single(changes);
    }

    [Fact]
    public void Outside_a_repository_last_changes_are_simply_unknown()
    {
        using var temp = new TempFolder();

        Assert.Empty(ReviewReport.LastChanges(temp.Path));
    }

    [Fact]
    public void The_html_report_escapes_titles_and_marks_overdue_rows()
    {
        var rows = new[] { new ArticleStatus("input/x.md", "<script>x</script>", "/x/", "overdue", null, new DateOnly(2026, 1, 1), -10, 7, 100, 3, 2010, 2015, 1, 0, null) };

        var html = ReviewReport.Html(rows, FixtureSite.Today, "Site");

        Assert.Contains("&lt;script&gt;x&lt;/script&gt;", html);
        Assert.DoesNotContain("<script>", html);
        Assert.Contains("<tr class=\"overdue\">", html);
        Assert.Contains("10 days ago", html);
    }
}
