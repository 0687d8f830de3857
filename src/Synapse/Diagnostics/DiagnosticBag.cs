using System.Collections.Concurrent;

namespace Synapse.Diagnostics;

/// <summary>Thread-safe collector of diagnostics; stages add to it and keep going so that every problem is reported.</summary>
internal sealed class DiagnosticBag
{
    private readonly ConcurrentQueue<Diagnostic> _items = new();
    private int _errors, _warnings;

    public void Add(Diagnostic diagnostic)
    {
        _items.Enqueue(diagnostic);
        if (diagnostic.IsError) Interlocked.Increment(ref _errors);
        else Interlocked.Increment(ref _warnings);
    }

    public void Error(string rule, SourceLocation at, string message, string hint) =>
        Add(new Diagnostic(rule, Severity.Error, at, message, hint));

    public void Warning(string rule, SourceLocation at, string message, string hint) =>
        Add(new Diagnostic(rule, Severity.Warning, at, message, hint));

    public bool HasErrors => Volatile.Read(ref _errors) > 0;
    public int ErrorCount => Volatile.Read(ref _errors);
    public int WarningCount => Volatile.Read(ref _warnings);

    /// <summary>All diagnostics, ordered by file, line and column so output is stable across parallel runs.</summary>
    public IReadOnlyList<Diagnostic> Sorted() =>
        _items.OrderBy(d => d.Location.File, StringComparer.Ordinal)
              .ThenBy(d => d.Location.Line).ThenBy(d => d.Location.Column)
              .ThenBy(d => d.Rule, StringComparer.Ordinal).ToList();
}
