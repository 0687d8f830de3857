using System.Collections.Concurrent;

namespace Synapse.Diagnostics;

/// <summary>
/// Thread-safe collector of diagnostics; stages add to it and keep going so that every problem is reported.
/// A site's rule settings (statiq.json "rules") change a rule's severity or turn it off as diagnostics arrive.
/// </summary>
internal sealed class DiagnosticBag
{
    private ConcurrentQueue<Diagnostic> _items = new();
    private IReadOnlyDictionary<string, Severity?> _severities = new Dictionary<string, Severity?>();
    private int _errors, _warnings, _infos;

    /// <summary>
    /// Applies the site's severities (null = off) to every diagnostic from now on, and to those already collected
    /// (the settings file is read after the bag exists).
    /// </summary>
    public void UseSeverities(IReadOnlyDictionary<string, Severity?> severities)
    {
        _severities = severities;
        var earlier = _items;
        _items = new ConcurrentQueue<Diagnostic>();
        _errors = _warnings = _infos = 0;
        foreach (var d in earlier) Add(d);
    }

    public void Add(Diagnostic diagnostic)
    {
        if (_severities.Count > 0 && _severities.TryGetValue(diagnostic.Rule, out var severity))
        {
            if (severity is not { } s) return;
            diagnostic = diagnostic with { Severity = s };
        }
        _items.Enqueue(diagnostic);
        switch (diagnostic.Severity)
        {
            case Severity.Error: Interlocked.Increment(ref _errors); break;
            case Severity.Warning: Interlocked.Increment(ref _warnings); break;
            default: Interlocked.Increment(ref _infos); break;
        }
    }

    public void Error(string rule, SourceLocation at, string message, string hint) =>
        Add(new Diagnostic(rule, Severity.Error, at, message, hint));

    public void Warning(string rule, SourceLocation at, string message, string hint) =>
        Add(new Diagnostic(rule, Severity.Warning, at, message, hint));

    public void Info(string rule, SourceLocation at, string message, string hint) =>
        Add(new Diagnostic(rule, Severity.Info, at, message, hint));

    public bool HasErrors => Volatile.Read(ref _errors) > 0;
    public int ErrorCount => Volatile.Read(ref _errors);
    public int WarningCount => Volatile.Read(ref _warnings);
    public int InfoCount => Volatile.Read(ref _infos);

    /// <summary>All diagnostics, ordered by file, line and column so output is stable across parallel runs.</summary>
    public IReadOnlyList<Diagnostic> Sorted() =>
        _items.OrderBy(d => d.Location.File, StringComparer.Ordinal)
              .ThenBy(d => d.Location.Line).ThenBy(d => d.Location.Column)
              .ThenBy(d => d.Rule, StringComparer.Ordinal).ToList();
}
