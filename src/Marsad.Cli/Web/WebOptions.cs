using System.Net;
using Microsoft.Extensions.Logging;

namespace Marsad.Cli.Web;

/// <summary>
/// How the server protects itself and the data it serves. The defaults fit the default address,
/// this machine only (http://127.0.0.1:5080): no key, the loopback host names, requests logged from
/// Warning up (to standard error, secrets masked), 30 s per request, 32 requests at a time and
/// 1,024 more waiting.
/// </summary>
public sealed record WebOptions
{
    /// <summary>Host names a request may name when no other is configured: this machine's.</summary>
    public static readonly IReadOnlyList<string> LoopbackHosts = ["localhost", "127.0.0.1", "[::1]"];

    /// <summary>The key every request must carry (header X-Api-Key or Authorization: Bearer, or a cookie the page sets); null for none.</summary>
    public string? ApiKey { get; init; }

    /// <summary>The Host header values served ("*" for any); others are refused (DNS rebinding). Default: the loopback names and the hosts of the listening URLs.</summary>
    public IReadOnlyList<string> AllowedHosts { get; init; } = LoopbackHosts;

    /// <summary>How long one request may take before it is answered 504.</summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Requests served at once; more wait in a short queue, and beyond it are answered 503.</summary>
    public int MaxConcurrentRequests { get; init; } = 32;

    /// <summary>
    /// Requests that may wait for a free slot. Answers come from the kept analysis in a millisecond
    /// or so, so a thousand clients arriving at once wait well under a second instead of being
    /// turned away; a waiting request holds only its connection.
    /// </summary>
    public int QueueLimit { get; init; } = 1024;

    /// <summary>The lowest level logged (the server logs each request at Information).</summary>
    public LogLevel LogLevel { get; init; } = LogLevel.Warning;

    /// <summary>Where log lines go, every secret in them masked (standard error when null).</summary>
    public TextWriter? Log { get; init; }

    /// <summary>True when the URL listens on this machine only (localhost, 127.0.0.0/8, ::1).</summary>
    public static bool IsLoopback(string url)
    {
        if (!Uri.TryCreate(url.Replace("://*", "://wildcard.invalid", StringComparison.Ordinal).Replace("://+", "://wildcard.invalid", StringComparison.Ordinal),
                UriKind.Absolute, out var uri))
            return false;
        var host = uri.Host.Trim('[', ']');
        return host.Equals("localhost", StringComparison.OrdinalIgnoreCase)
            || (IPAddress.TryParse(host, out var address) && IPAddress.IsLoopback(address));
    }

    /// <summary>
    /// The hosts a request may name for these URLs: the loopback names, each URL's own host when it
    /// names one (not a wildcard such as 0.0.0.0, [::], * or +), and the extra ones given.
    /// </summary>
    public static IReadOnlyList<string> HostsFor(IEnumerable<string> urls, IEnumerable<string> extra)
    {
        var hosts = new List<string>(LoopbackHosts);
        foreach (var url in urls)
        {
            if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Host is "0.0.0.0" or "[::]" or "::")
                continue;
            hosts.Add(uri.Host.Contains(':') && !uri.Host.StartsWith('[') ? $"[{uri.Host}]" : uri.Host);
        }
        hosts.AddRange(extra);
        return hosts.Distinct(StringComparer.OrdinalIgnoreCase).ToArray();
    }
}
