namespace Synapse.Diagnostics;

/// <summary>How serious a diagnostic is. Any error fails the build; warnings and infos are printed. A site may change a rule's severity in statiq.json.</summary>
internal enum Severity { Info, Warning, Error }

/// <summary>A 1-based position in a source file, relative to the site root (e.g. input/treatments/tms.md).</summary>
internal readonly record struct SourceLocation(string File, int Line, int Column)
{
    public static SourceLocation FileOnly(string file) => new(file, 1, 1);
    public override string ToString() => $"{File}:{Line}:{Column}";
}

/// <summary>One problem found in content, configuration or templates: where, which rule, what, and how to fix it.</summary>
internal sealed record Diagnostic(string Rule, Severity Severity, SourceLocation Location, string Message, string Hint)
{
    public bool IsError => Severity == Severity.Error;

    public override string ToString() =>
        $"{Location}: {SeverityName(Severity)} {Rule}: {Message}" + (Hint.Length > 0 ? $"\n    hint: {Hint}" : "");

    public static string SeverityName(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "info",
    };
}
