using System.Collections.Concurrent;

namespace Synapse.Diagnostics;

/// <summary>Thread-safe collector of diagnostics; stages add to it and keep going so that every problem is reported.</summary>
internal sealed class DiagnosticBag
{
    private readonly ConcurrentQueue<Diagnostic> _items = new();

    public void Add(Diagnostic diagnostic) => _items.Enqueue(diagnostic);

    public void Error(string rule, SourceLocation at, string message, string hint) =>
        Add(new Diagnostic(rule, Severity.Error, at, message, hint));

    public void Warning(string rule, SourceLocation at, string message, string hint) =>
        Add(new Diagnostic(rule, Severity.Warning, at, message, hint));

    public bool HasErrors => _items.Any(d => d.IsError);
    public int ErrorCount => _items.Count(d => d.IsError);
    public int WarningCount => _items.Count(d => !d.IsError);

    /// <summary>All diagnostics, ordered by file, line and column so output is stable across parallel runs.</summary>
    public IReadOnlyList<Diagnostic> Sorted() =>
        _items.OrderBy(d => d.Location.File, StringComparer.Ordinal)
              .ThenBy(d => d.Location.Line).ThenBy(d => d.Location.Column)
              .ThenBy(d => d.Rule, StringComparer.Ordinal).ToList();
}
