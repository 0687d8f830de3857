using System.Text.Encodings.Web;
using System.Text.RegularExpressions;
using Fluid;
using Synapse.Diagnostics;
using Synapse.IO;

namespace Synapse.Layouts;

/// <summary>
/// Liquid layouts (Fluid, sandboxed: templates see only the registered view models). Every template is parsed
/// once per build; input/_layouts/&lt;name&gt;.liquid overrides theme/layouts/&lt;name&gt;.liquid, partials included.
/// A page is rendered with its own layout, and the result is wrapped by <c>_base.liquid</c>. Includes are served
/// from memory (<see cref="LayoutFiles"/>), read once per build.
/// </summary>
internal sealed partial class LayoutEngine
{
    public const string BaseLayout = "_base";
    private static readonly FluidParser Parser = new(new FluidParserOptions { AllowFunctions = false });
    private readonly Dictionary<string, IFluidTemplate> _templates = new(StringComparer.OrdinalIgnoreCase);
    private readonly TemplateOptions _options;

    private LayoutEngine(TemplateOptions options) => _options = options;

    public static LayoutEngine Load(SitePaths paths, DiagnosticBag bag)
    {
        // A layout override comes with content: a step and recursion limit stops a runaway loop or include.
        var options = new TemplateOptions { MaxSteps = 2_000_000, MaxRecursion = 32 };
        options.MemberAccessStrategy.MemberNameStrategy = MemberNameStrategies.SnakeCase;
        foreach (var type in new[] { typeof(SiteView), typeof(SectionView), typeof(CardView), typeof(LinkView), typeof(PageView), typeof(CrisisCountryView), typeof(CrisisServiceView), typeof(EmbedView) })
            options.MemberAccessStrategy.Register(type);
        options.FileProvider = new LayoutFiles(paths.ThemeLayouts, paths.InputLayouts);
        var engine = new LayoutEngine(options);

        var files = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var dir in new[] { paths.ThemeLayouts, paths.InputLayouts })
            if (Directory.Exists(dir))
                foreach (var file in SiteFiles.Enumerate(dir, paths.Root, paths.FollowSymlinks, "*.liquid", recursive: false))
                    files[Path.GetFileNameWithoutExtension(file)] = file;
        if (Directory.Exists(paths.InputLayouts))
            foreach (var file in SiteFiles.Enumerate(paths.InputLayouts, paths.Root, paths.FollowSymlinks, "*.liquid"))
                LayoutSafety.Check(File.ReadAllText(file), paths.Relative(file), bag);
        foreach (var (name, file) in files)
        {
            var source = File.ReadAllText(file);
            if (Parser.TryParse(source, out var template, out var error))
                engine._templates[name] = template;
            else
                bag.Error("layout/syntax", ParseErrorLocation(paths.Relative(file), error), "Liquid syntax error: " + error, "Fix the template at this position; every {% tag %} needs its {% end… %}.");
        }
        if (!engine._templates.ContainsKey(BaseLayout))
            bag.Error("layout/missing", SourceLocation.FileOnly("theme/layouts/_base.liquid"), "The base layout _base.liquid is missing.", "Restore theme/layouts/_base.liquid.");
        return engine;
    }

    public bool Has(string layout) => _templates.ContainsKey(layout);

    /// <summary>Renders the page's layout, then wraps it in the base layout. Errors become diagnostics, never exceptions.</summary>
    public string Render(string layout, SiteView site, PageView page, SourceLocation source, DiagnosticBag bag)
    {
        if (!_templates.TryGetValue(layout, out var template))
        {
            bag.Error("layout/unknown", source, $"Layout '{layout}' does not exist.", $"Add theme/layouts/{layout}.liquid or use one of: {string.Join(", ", _templates.Keys.Where(k => !k.StartsWith('_')).Order())}.");
            return "";
        }
        try
        {
            var context = new TemplateContext(_options);
            context.SetValue("site", site);
            context.SetValue("page", page);
            var body = template.Render(context, HtmlEncoder.Default);
            if (!_templates.TryGetValue(BaseLayout, out var baseTemplate)) return body;
            context.SetValue("content", new Fluid.Values.StringValue(body, encode: false));
            return baseTemplate.Render(context, HtmlEncoder.Default);
        }
        catch (Exception ex) when (ex is FluidException or InvalidOperationException or ArgumentException or FileNotFoundException)
        {
            bag.Error("layout/render", source, $"Layout '{layout}' failed: {ex.Message}", "Check the layout's variables and includes.");
            return "";
        }
    }

    /// <summary>
    /// Renders a layout that is a whole document (such as the embed view), without <c>_base.liquid</c>; the model is
    /// available to the template under <paramref name="name"/>, next to <c>site</c>.
    /// </summary>
    public string RenderDocument(string layout, SiteView site, string name, object model, SourceLocation source, DiagnosticBag bag)
    {
        if (!_templates.TryGetValue(layout, out var template))
        {
            bag.Error("layout/unknown", source, $"Layout '{layout}' does not exist.", $"Add theme/layouts/{layout}.liquid.");
            return "";
        }
        try
        {
            var context = new TemplateContext(_options);
            context.SetValue("site", site);
            context.SetValue(name, model);
            return template.Render(context, HtmlEncoder.Default);
        }
        catch (Exception ex) when (ex is FluidException or InvalidOperationException or ArgumentException or FileNotFoundException)
        {
            bag.Error("layout/render", source, $"Layout '{layout}' failed: {ex.Message}", "Check the layout's variables and includes.");
            return "";
        }
    }

    private static SourceLocation ParseErrorLocation(string file, string error)
    {
        var m = PositionPattern().Match(error);
        return m.Success ? new SourceLocation(file, int.Parse(m.Groups[1].Value), int.Parse(m.Groups[2].Value)) : SourceLocation.FileOnly(file);
    }

    [GeneratedRegex(@"\((\d+):(\d+)\)")]
    private static partial Regex PositionPattern();
}
