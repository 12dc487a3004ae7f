using System.Diagnostics;
using System.Net;

namespace Marsad.Bench.Scale;

/// <summary>What one load run measured: answers by kind, how long, and the latency of the answered ones.</summary>
internal sealed record LoadResult(string Label, int Ok, int Refused, int Failed, double Seconds, double P50Ms, double P99Ms, double MaxMs)
{
    public double PerSecond => Seconds > 0 ? Ok / Seconds : 0;
}

/// <summary>
/// HTTP clients against the server on loopback: a fixed number of clients each sending its next
/// request when the last is answered (closed loop), bounded by a time and a request count; or a
/// burst of clients, each on its own connection, all sent at once.
/// </summary>
internal static class LoadClients
{
    /// <summary>A client that asks for compressed answers (Brotli, gzip) and unpacks them, as a browser does; <paramref name="connections"/> at most.</summary>
    public static HttpClient Client(Uri server, int connections, bool compressed) => new(new SocketsHttpHandler
    {
        MaxConnectionsPerServer = connections,
        AutomaticDecompression = compressed ? DecompressionMethods.Brotli | DecompressionMethods.GZip : DecompressionMethods.None,
        ConnectTimeout = TimeSpan.FromSeconds(30),
        PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
    })
    {
        BaseAddress = server,
        Timeout = TimeSpan.FromSeconds(60),
    };

    public static async Task<LoadResult> ClosedLoop(string label, HttpClient client, string path, int clients, TimeSpan duration, int maxRequests)
    {
        var issued = 0;
        var clock = Stopwatch.StartNew();
        var runs = Enumerable.Range(0, clients).Select(async _ =>
        {
            var mine = new List<Answer>();
            while (clock.Elapsed < duration && Interlocked.Increment(ref issued) <= maxRequests)
                mine.Add(await Ask(client, path));
            return mine;
        }).ToArray();
        var answers = (await Task.WhenAll(runs)).SelectMany(a => a).ToList();
        return Summarize(label, answers, clock.Elapsed.TotalSeconds);
    }

    /// <summary><paramref name="clients"/> requests sent at once, each on a new connection; the time is until the last is answered.</summary>
    public static async Task<LoadResult> Burst(string label, Uri server, string path, int clients)
    {
        using var client = Client(server, int.MaxValue, compressed: true);
        var clock = Stopwatch.StartNew();
        var answers = await Task.WhenAll(Enumerable.Range(0, clients).Select(_ => Ask(client, path)));
        return Summarize(label, answers, clock.Elapsed.TotalSeconds);
    }

    private readonly record struct Answer(HttpStatusCode? Status, double Ms);

    private static async Task<Answer> Ask(HttpClient client, string path)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            using var response = await client.GetAsync(path);
            await response.Content.ReadAsByteArrayAsync();
            return new Answer(response.StatusCode, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            return new Answer(null, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
    }

    private static LoadResult Summarize(string label, IReadOnlyCollection<Answer> answers, double seconds)
    {
        var ok = answers.Where(a => a.Status == HttpStatusCode.OK).Select(a => a.Ms).Order().ToArray();
        double At(double q) => ok.Length == 0 ? double.NaN : ok[Math.Min(ok.Length - 1, (int)(q * ok.Length))];
        return new LoadResult(label, ok.Length, answers.Count(a => a.Status == HttpStatusCode.ServiceUnavailable),
            answers.Count(a => a.Status is null || (a.Status != HttpStatusCode.OK && a.Status != HttpStatusCode.ServiceUnavailable)),
            seconds, At(0.5), At(0.99), ok.Length == 0 ? double.NaN : ok[^1]);
    }
}
