using System.Text.Json;
using Synapse.Browser.Tests.Infrastructure;
using Synapse.Verify;
using Synapse.Verify.Browser;
using Synapse.Verify.ExternalLinks;

namespace Synapse.Browser.Tests;

/// <summary>`verify --external` against a local server that fails in every way the outside web does.</summary>
public sealed class ExternalLinkTests : IAsyncLifetime, IDisposable
{
    private FlakyWebServer _server = null!;
    private readonly TempFolder _folder = new();

    // Generous per-request time so a busy machine does not turn a 404 into a timeout; the timeout test shortens it.
    private static readonly ExternalLinkOptions Fast = new()
    {
        Timeout = TimeSpan.FromSeconds(5),
        Retries = 1,
        RetryDelay = TimeSpan.FromMilliseconds(20),
        PerHostInterval = TimeSpan.Zero,
        MaxRetryAfter = TimeSpan.FromMilliseconds(50),
    };

    public async Task InitializeAsync() => _server = await FlakyWebServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    /// <summary>Deletes the folder once the server has stopped (xUnit calls this after <see cref="DisposeAsync"/>).</summary>
    public void Dispose() => _folder.Dispose();

    private string CachePath => Path.Combine(_folder.Path, ".cache", "external-links.json");

    private async Task<ExternalLinkResult> CheckAsync(string path, ExternalLinkOptions? options = null)
    {
        using var checker = new ExternalLinkChecker(options ?? Fast);
        return await checker.CheckAsync(_server.BaseUrl + path);
    }

    [Fact]
    public async Task A_200_is_ok()
    {
        var result = await CheckAsync("/ok");
        Assert.True(result.Ok);
        Assert.Equal(200, result.Status);
    }

    [Fact]
    public async Task A_redirect_to_a_200_is_ok()
    {
        var result = await CheckAsync("/moved");
        Assert.True(result.Ok, result.Reason);
    }

    [Fact]
    public async Task A_404_is_broken_with_reason_404()
    {
        var result = await CheckAsync("/missing");
        Assert.False(result.Ok);
        Assert.Equal(404, result.Status);
        Assert.StartsWith("404 Not Found", result.Reason);
        Assert.Equal(1, _server.Hits("/missing"));
    }

    [Fact]
    public async Task A_500_is_broken_with_reason_500_after_a_retry()
    {
        var result = await CheckAsync("/error");
        Assert.False(result.Ok);
        Assert.Equal(500, result.Status);
        Assert.StartsWith("500 Internal Server Error", result.Reason);
        Assert.Equal(2, _server.Hits("/error"));
    }

    [Fact]
    public async Task A_redirect_loop_is_broken_and_named_a_loop()
    {
        var result = await CheckAsync("/loop-a");
        Assert.False(result.Ok);
        Assert.StartsWith("redirect loop: ", result.Reason);
        Assert.Contains("/loop-b", result.Reason);
    }

    [Fact]
    public async Task A_server_that_does_not_answer_in_time_is_broken_and_named_a_timeout_after_one_retry()
    {
        // The attempts are counted by the checker: on a busy machine a request cancelled after 0.4 s may never reach
        // the server's request log, so the server's count says nothing about how often the checker tried.
        using var checker = new ExternalLinkChecker(Fast with { Timeout = TimeSpan.FromMilliseconds(400) });
        var result = await checker.CheckAsync(_server.BaseUrl + "/slow");
        Assert.False(result.Ok);
        Assert.Null(result.Status);
        Assert.Equal("timed out after 0.4 s", result.Reason);
        Assert.Equal(2, checker.NetworkRequests);
        Assert.InRange(_server.Hits("/slow"), 0, 2);
    }

    [Fact]
    public async Task A_host_that_accepts_the_connection_but_never_answers_is_named_a_timeout()
    {
        using var silent = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        silent.Start();
        var port = ((System.Net.IPEndPoint)silent.LocalEndpoint).Port;
        using var checker = new ExternalLinkChecker(Fast with { Timeout = TimeSpan.FromMilliseconds(300) });

        var result = await checker.CheckAsync($"http://127.0.0.1:{port}/page");

        Assert.False(result.Ok);
        Assert.Null(result.Status);
        Assert.Equal("timed out after 0.3 s", result.Reason);
        Assert.Equal(2, checker.NetworkRequests);
    }

    [Fact]
    public async Task A_429_is_not_success()
    {
        var result = await CheckAsync("/busy");
        Assert.False(result.Ok);
        Assert.Equal(429, result.Status);
        Assert.Contains("rate-limiting", result.Reason);
    }

    [Fact]
    public async Task Results_are_kept_on_disk_with_their_time_and_reused_by_the_next_run()
    {
        var urls = new[] { _server.BaseUrl + "/ok", _server.BaseUrl + "/missing" };
        using (var first = new ExternalLinkChecker(Fast with { CachePath = CachePath }))
        {
            await first.CheckAllAsync(urls);
            Assert.Equal(2, first.NetworkRequests);
        }

        using var json = JsonDocument.Parse(File.ReadAllText(CachePath));
        var entry = json.RootElement.GetProperty("links").GetProperty(urls[1]);
        Assert.False(entry.GetProperty("ok").GetBoolean());
        Assert.True(DateTimeOffset.UtcNow - entry.GetProperty("checkedAt").GetDateTimeOffset() < TimeSpan.FromMinutes(1));

        using var second = new ExternalLinkChecker(Fast with { CachePath = CachePath });
        var results = await second.CheckAllAsync(urls);
        Assert.Equal(0, second.NetworkRequests);
        Assert.All(results, r => Assert.True(r.FromCache));
        Assert.Equal([true, false], results.Select(r => r.Ok));
    }

    [Fact]
    public async Task Cached_results_older_than_their_lifetime_are_checked_again()
    {
        using (var first = new ExternalLinkChecker(Fast with { CachePath = CachePath }))
            await first.CheckAllAsync([_server.BaseUrl + "/ok"]);
        using var second = new ExternalLinkChecker(Fast with { CachePath = CachePath, OkTtl = TimeSpan.Zero });
        await second.CheckAllAsync([_server.BaseUrl + "/ok"]);
        Assert.Equal(1, second.NetworkRequests);
    }

    [Fact]
    public void The_rate_limiter_gives_each_host_its_own_queue_of_slots_one_interval_apart()
    {
        var clock = new FixedTime(DateTimeOffset.Parse("2026-11-26T10:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
        var limiter = new HostRateLimiter(TimeSpan.FromMilliseconds(200), clock);
        var a = new Uri("https://a.example/one");
        var b = new Uri("https://b.example/one");

        Assert.Equal([0, 200, 400], new[] { a, a, a }.Select(u => limiter.Reserve(u).TotalMilliseconds));
        Assert.Equal(0, limiter.Reserve(b).TotalMilliseconds);
        clock.Now += TimeSpan.FromSeconds(1);
        Assert.Equal(0, limiter.Reserve(a).TotalMilliseconds);
    }

    [Fact]
    public async Task Requests_to_one_host_reach_it_spaced_by_the_per_host_rate_limit()
    {
        var paths = new[] { "/ok", "/ok-too", "/ok-three" };
        using var checker = new ExternalLinkChecker(Fast with { PerHostInterval = TimeSpan.FromMilliseconds(250), MaxParallel = 3 });
        var clock = System.Diagnostics.Stopwatch.StartNew();
        await checker.CheckAllAsync(paths.Select(p => _server.BaseUrl + p));

        // Three requests in parallel, but the third may start only two intervals after the first.
        Assert.True(clock.Elapsed >= TimeSpan.FromMilliseconds(500), $"three requests to one host took only {clock.ElapsedMilliseconds} ms");
        var times = _server.Requests.Where(r => paths.Contains(r.Path)).Select(r => r.At).Order().ToList();
        Assert.Equal(3, times.Count);
        Assert.True(times[2] - times[0] >= TimeSpan.FromMilliseconds(250), $"the server saw all three within {(times[2] - times[0]).TotalMilliseconds:0} ms");
    }

    private sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = now;
        public override DateTimeOffset GetUtcNow() => Now;
    }

    [Fact]
    public async Task Verify_reports_each_broken_external_link_on_every_page_that_links_it()
    {
        var ok = _server.BaseUrl + "/ok";
        var missing = _server.BaseUrl + "/missing";
        var result = new VerifyResult(new Dictionary<string, PageVisit>(), new HashSet<string>(), null, [], [ok, missing], 0, TimeSpan.Zero)
        {
            ExternalLinkPages = new Dictionary<string, IReadOnlyList<string>> { [ok] = ["a/"], [missing] = ["a/", "b/"] },
        };

        var findings = await VerifyTool.CheckExternalAsync(result, CachePath, TextWriter.Null, Fast);

        Assert.Equal(["a/", "b/"], findings.Select(f => f.Page));
        Assert.All(findings, f => Assert.Equal(FindingCodes.ExternalBroken, f.Code));
        Assert.All(findings, f => Assert.Contains("404 Not Found", f.Message));
        Assert.True(File.Exists(CachePath));
    }
}
