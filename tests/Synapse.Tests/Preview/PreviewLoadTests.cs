using System.Collections.Concurrent;
using System.Net;
using Synapse.Build;
using Synapse.Preview;
using Synapse.Tests.TestSupport;

namespace Synapse.Tests.Preview;

/// <summary>The preview under load while an article is saved every 200 ms: every response is a whole page, old or new.</summary>
public sealed class PreviewLoadTests
{
    private const int Requests = 20_000;
    private const int Concurrency = 32;

    [Fact]
    public async Task Twenty_thousand_requests_while_an_article_is_saved_every_200_ms_get_whole_pages_and_output_stays_untouched()
    {
        using var site = new FixtureSite("basic-site");
        var builder = new PreviewBuilder(new BuildOptions(site.Root) { Today = FixtureSite.Today });
        var (first, memory) = builder.Build();
        Assert.True(first.Succeeded);
        await using var server = await PreviewServer.StartAsync(memory!, "/", port: 0, liveReload: true);
        using var watcher = new SiteWatcher(site.Root);
        using var stop = new CancellationTokenSource();
        var article = Path.Combine(site.Root, "input", "neurotransmitters", "dopamine.md");
        var original = File.ReadAllText(article);
        var saves = 0;
        var rebuilds = 0;

        var saver = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                File.WriteAllText(article, original + $"\nSaved {++saves} times.\n");
                try { await Task.Delay(200, stop.Token); } catch (OperationCanceledException) { }
            }
        });
        var rebuilder = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                try { await watcher.WaitForChangeAsync(stop.Token); } catch (OperationCanceledException) { break; }
                var (result, next) = builder.Build();
                if (next is not null) { server.Publish(next); rebuilds++; }
            }
        });

        string[] paths = ["neurotransmitters/dopamine/", "neurotransmitters/serotonin/", "", "tags/", "assets/site.css", "sitemap.xml"];
        var problems = new ConcurrentQueue<string>();
        var next = -1;
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        var workers = Enumerable.Range(0, Concurrency).Select(_ => Task.Run(async () =>
        {
            for (var i = Interlocked.Increment(ref next); i < Requests; i = Interlocked.Increment(ref next))
            {
                var path = paths[i % paths.Length];
                using var response = await client.GetAsync(server.Url + path);
                var body = await response.Content.ReadAsStringAsync();
                if (response.StatusCode != HttpStatusCode.OK) problems.Enqueue($"{path}: {(int)response.StatusCode}");
                else if (body.Length == 0) problems.Enqueue($"{path}: empty body");
                else if (path.EndsWith('/') && !body.TrimEnd().EndsWith("</html>", StringComparison.Ordinal)) problems.Enqueue($"{path}: partial page");
                else if (path.EndsWith('/') && !body.Contains("/_synapse/live.js", StringComparison.Ordinal)) problems.Enqueue($"{path}: no live reload");
            }
        })).ToArray();
        await Task.WhenAll(workers);
        stop.Cancel();
        await Task.WhenAll(saver, rebuilder);

        Assert.Empty(problems.Take(20));
        Assert.True(saves >= 3 && rebuilds >= 2, $"{saves} saves, {rebuilds} rebuilds during the load");
        Assert.False(Directory.Exists(Path.Combine(site.Root, "output")));
    }
}
