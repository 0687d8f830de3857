using System.Text.RegularExpressions;
using Synapse.Configuration;
using Synapse.Diagnostics;

namespace Synapse.Commands;

/// <summary>`new &lt;section&gt; &lt;slug&gt;`: writes an article template with every required front-matter key; never overwrites.</summary>
internal static partial class NewCommand
{
    public static int Run(string root, string section, string slug)
    {
        var settings = SettingsLoader.Load(root, new DiagnosticBag());
        if (settings.Sections.All(s => s.Id != section))
        {
            Console.Error.WriteLine($"error: unknown section '{section}'. Use one of: {string.Join(", ", settings.Sections.Select(s => s.Id))}.");
            return Reporter.Usage;
        }
        if (!SlugPattern().IsMatch(slug))
        {
            Console.Error.WriteLine($"error: '{slug}' is not a valid slug. Use lowercase letters, digits and hyphens, e.g. lithium or sleep-hygiene.");
            return Reporter.Usage;
        }
        var path = Path.Combine(root, "input", section, slug + ".md");
        if (File.Exists(path))
        {
            Console.Error.WriteLine($"error: input/{section}/{slug}.md already exists; nothing was written.");
            return Reporter.Usage;
        }
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, Template(section, slug, DateOnly.FromDateTime(DateTime.UtcNow), settings.ReviewCycleYears));
        Console.WriteLine($"Created input/{section}/{slug}.md (draft: true). Fill in the summary and body, cite sources with [@key], then remove 'draft: true'.");
        return Reporter.Ok;
    }

    internal static string Template(string section, string slug, DateOnly today, int cycle)
    {
        var title = char.ToUpperInvariant(slug[0]) + slug[1..].Replace('-', ' ');
        var evidence = section == "treatments" ? "evidence: emerging            # established | moderate | emerging | investigational\n" : "";
        return $"""
            ---
            title: {title}
            summary: One plain sentence of at most 160 characters.
            tags: []
            related: []
            authors: [Synapse editorial team]
            reviewer: Synapse editorial team
            reviewed: {today:yyyy-MM-dd}
            next-review: {today.AddYears(cycle):yyyy-MM-dd}
            {evidence}crisis: false
            draft: true
            order: 100
            ---

            ## Key points

            - 
            - 
            - 

            ## What it is

            Write in plain language and cite every claim [@key].

            """.Replace("\n\n\n", "\n\n");
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex SlugPattern();
}
