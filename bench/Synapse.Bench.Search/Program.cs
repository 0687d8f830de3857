using System.Diagnostics;
using Synapse.Bench.Search;
using Synapse.Diagnostics;
using Synapse.Search;
using Synapse.Search.Lunr;
using Synapse.Tests.Search.Corpus;

// usage: dotnet run -c Release --project bench/Synapse.Bench.Search -- [articles=1000] [runs=5] [site input dirs…]
// articles = 0 skips the corpus and only measures the site input dirs.
int articleCount = args.Length > 0 ? int.Parse(args[0]) : 1000;
int runs = args.Length > 1 ? int.Parse(args[1]) : 5;
string[] siteInputs = args.Skip(2).ToArray();
string root = BenchPaths.RepositoryRoot();
var synonyms = SearchSynonyms.Load(Path.Combine(root, "input", "_data", "synonyms.yaml"), "input/_data/synonyms.yaml", new DiagnosticBag());

Console.WriteLine("| file | raw | gzip | brotli |");
Console.WriteLine("|---|---:|---:|---:|");
if (siteInputs.Length > 0)
{
    var site = SiteArtifacts.FromSite(siteInputs);
    int words = site.Sum(e => e.BodyText.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length);
    SiteArtifacts.PrintSizes($"{site.Count} site articles ({words:N0} words)", site, synonyms);
}
if (articleCount == 0) return;

Console.Error.WriteLine($"Generating {articleCount} articles with bench/search/make-corpus.py …");
var articles = BenchCorpus.Generate(articleCount, root, "python3");
SiteArtifacts.PrintSizes("40 bench articles", articles.Take(40).Select(a => SiteArtifacts.FromCorpus(a, "Articles")).ToList(), synonyms);
SiteArtifacts.PrintSizes($"{articleCount} bench articles", articles.Select(a => SiteArtifacts.FromCorpus(a, "Articles")).ToList(), synonyms);

var documents = articles.Select(a => (Ref: a.Slug + "/", Fields: (IReadOnlyDictionary<string, string?>)new Dictionary<string, string?>
{
    ["title"] = a.Title, ["summary"] = a.Summary, ["tags"] = a.Tags, ["headings"] = a.Headings, ["body"] = a.Body,
})).ToList();
var fields = SearchIndexWriter.Fields;

string csharpJson = "";
List<double> csharpTimes = [], csharpCpu = [], addTimes = [];
var clock = new Stopwatch();
var process = Process.GetCurrentProcess();
for (int run = 0; run <= runs; run++) // run 0 also compiles the code (JIT) and is reported apart
{
    GC.Collect();
    process.Refresh();
    var cpuStart = process.TotalProcessorTime;
    clock.Restart();
    var builder = new LunrIndexBuilder(fields);
    foreach (var (docRef, values) in documents) builder.Add(docRef, values);
    addTimes.Add(clock.Elapsed.TotalMilliseconds);
    csharpJson = builder.ToJson();
    csharpTimes.Add(clock.Elapsed.TotalMilliseconds);
    process.Refresh();
    csharpCpu.Add((process.TotalProcessorTime - cpuStart).TotalMilliseconds);
}
var (lunrTimes, lunrCpu, lunrJson) = LunrJs.Build(root, fields, documents, runs + 1); // run 0 warms up V8 too

Console.WriteLine();
Console.WriteLine($"{documents.Count} documents, {documents.Sum(d => d.Fields.Values.Sum(v => v?.Length ?? 0)):N0} characters; " +
                  $"fields title^10, summary, tags, headings, body. Identical JSON from both builders: {(csharpJson == lunrJson ? "yes" : "NO")}");
Console.WriteLine();
Console.WriteLine($"| builder (build + JSON) | first run, wall / CPU | median wall, {runs} runs | median CPU | wall per run (ms) |");
Console.WriteLine("|---|---:|---:|---:|---|");
Console.WriteLine($"| C# LunrIndexBuilder (.NET {Environment.Version}) | {csharpTimes[0]:F0} / {csharpCpu[0]:F0} ms | {Stats.Median(csharpTimes.Skip(1)):F0} ms | {Stats.Median(csharpCpu.Skip(1)):F0} ms | {string.Join(", ", csharpTimes.Skip(1).Select(t => t.ToString("F0")))} |");
Console.WriteLine($"| lunr.js 2.3.9 (node {LunrJs.NodeVersion()}) | {lunrTimes[0]:F0} / {lunrCpu[0]:F0} ms | {Stats.Median(lunrTimes.Skip(1)):F0} ms | {Stats.Median(lunrCpu.Skip(1)):F0} ms | {string.Join(", ", lunrTimes.Skip(1).Select(t => t.ToString("F0")))} |");
Console.WriteLine();
Console.WriteLine($"C# split (median): add {Stats.Median(addTimes.Skip(1)):F0} ms, ToJson {Stats.Median(csharpTimes.Skip(1).Zip(addTimes.Skip(1), (t, a) => t - a)):F0} ms. " +
                  $"Ratio of medians, lunr.js / C#: wall {Stats.Median(lunrTimes.Skip(1)) / Stats.Median(csharpTimes.Skip(1)):F1}×, CPU {Stats.Median(lunrCpu.Skip(1)) / Stats.Median(csharpCpu.Skip(1)):F1}×");
