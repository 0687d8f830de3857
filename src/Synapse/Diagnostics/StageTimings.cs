using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace Synapse.Diagnostics;

/// <summary>
/// Where a build's time goes: each phase in order, and each registered output and check inside its phase
/// (outputs and checks may overlap: the checks run in parallel). Printed by `build --timings` and `check --timings`.
/// </summary>
internal sealed class StageTimings
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly ConcurrentQueue<(string Kind, string Name, TimeSpan Elapsed)> _items = new();
    private TimeSpan _phaseStart;

    public IReadOnlyList<(string Kind, string Name, TimeSpan Elapsed)> Items => _items.ToList();

    /// <summary>Ends the current phase under <paramref name="name"/> and starts the next.</summary>
    public void EndPhase(string name)
    {
        var now = _clock.Elapsed;
        _items.Enqueue(("phase", name, now - _phaseStart));
        _phaseStart = now;
    }

    public T Time<T>(string kind, string name, Func<T> work)
    {
        var start = Stopwatch.GetTimestamp();
        try { return work(); }
        finally { _items.Enqueue((kind, name, Stopwatch.GetElapsedTime(start))); }
    }

    public void Time(string kind, string name, Action work) => Time(kind, name, () => { work(); return 0; });

    /// <summary>Process start to now: runtime start-up, JIT and command-line parsing come before the first phase.</summary>
    public static TimeSpan SinceProcessStart() => DateTime.Now - Process.GetCurrentProcess().StartTime;

    public string Format()
    {
        var sb = new StringBuilder();
        var items = Items;
        sb.Append(CultureInfo.InvariantCulture, $"timings (ms): process start to build start {(SinceProcessStart() - _clock.Elapsed).TotalMilliseconds:0}\n");
        foreach (var (kind, name, elapsed) in items.Where(i => i.Kind == "phase"))
            sb.Append(CultureInfo.InvariantCulture, $"  {name,-28} {elapsed.TotalMilliseconds,8:0}\n");
        foreach (var group in items.Where(i => i.Kind != "phase").GroupBy(i => i.Kind))
        {
            sb.Append(CultureInfo.InvariantCulture, $"  {group.Key}s, slowest first:\n");
            foreach (var (_, name, elapsed) in group.OrderByDescending(i => i.Elapsed))
                sb.Append(CultureInfo.InvariantCulture, $"    {name,-26} {elapsed.TotalMilliseconds,8:0}\n");
        }
        return sb.ToString();
    }
}
