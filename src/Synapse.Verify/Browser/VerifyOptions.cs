namespace Synapse.Verify.Browser;

/// <summary>What the browser checks cover. The defaults are what `verify` and the browser tests run.</summary>
internal sealed record VerifyOptions
{
    /// <summary>The viewport and colour-scheme combinations axe runs in, on every page.</summary>
    public IReadOnlyList<ViewMode> AxeModes { get; init; } = ViewMode.All;
    public IReadOnlyList<string> AxeTags { get; init; } = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];
    /// <summary>Run every tagged rule in the dark modes too, not only the colour rules (slower; see <see cref="ViewMode"/>).</summary>
    public bool FullAxeInEveryMode { get; init; }
    /// <summary>Keyboard checks on every page: skip link first and working, focus always visible, no keyboard trap.</summary>
    public bool Keyboard { get; init; } = true;
    /// <summary>Width at which no page may scroll sideways (WCAG 1.4.10 reflow); 0 turns the check off.</summary>
    public int ReflowWidth { get; init; } = 320;
    /// <summary>Pages checked in parallel, each in its own browser context.</summary>
    public int Parallel { get; init; } = 3;
    public TimeSpan PageTimeout { get; init; } = TimeSpan.FromSeconds(30);
    /// <summary>Pages to check although nothing links to them (e.g. 404.html), when the file exists.</summary>
    public IReadOnlyList<string> ExtraPages { get; init; } = ["404.html"];
    /// <summary>Receives one line per page with the time each check took (SYNAPSE_VERIFY_TRACE=1 prints them).</summary>
    public Action<string>? Trace { get; init; }
}
