using System.ComponentModel;
using Marsad.Cli.Web;
using Marsad.Store;
using Microsoft.Extensions.Logging;
using Spectre.Console.Cli;

namespace Marsad.Cli.Commands;

/// <summary>
/// Serves the REST API and the web page over the store (or over --input) until stopped. It listens
/// on this machine only unless told otherwise, and then only with an API key: a server on another
/// address without a key is refused (exit code 2).
/// </summary>
public sealed class ServeCommand(CliStreams streams) : AsyncCommand<ServeCommand.ServeSettings>
{
    public sealed class ServeSettings : ViewSettings
    {
        [CommandOption("--urls <URLS>")]
        [Description("Where to listen, ';'-separated (default http://127.0.0.1:5080: this machine only). Any other address needs --api-key or --api-key-file.")]
        [DefaultValue("http://127.0.0.1:5080")]
        public string Urls { get; init; } = "http://127.0.0.1:5080";

        [CommandOption("--api-key <KEY>")]
        [Description("A key every request must carry (header X-Api-Key or Authorization: Bearer; a browser opens /?key=KEY once). Prefer --api-key-file: a command line is visible to other users.")]
        public string? ApiKey { get; init; }

        [CommandOption("--api-key-file <FILE>")]
        [Description("Read the API key from this file (its first line).")]
        public string? ApiKeyFile { get; init; }

        [CommandOption("--allowed-hosts <HOSTS>")]
        [Description("Host names requests may use besides localhost and the --urls hosts, ';'-separated ('*' for any). Others are refused (DNS rebinding).")]
        public string? AllowedHosts { get; init; }

        [CommandOption("--log-level <LEVEL>")]
        [Description("Lowest level logged: Trace, Debug, Information (every request), Warning (default), Error.")]
        [DefaultValue(LogLevel.Warning)]
        public LogLevel LogLevel { get; init; } = LogLevel.Warning;

        [CommandOption("--request-timeout <SECONDS>")]
        [Description("How long one request may take before it is answered 504 (default 30).")]
        [DefaultValue(30)]
        public int RequestTimeout { get; init; } = 30;

        [CommandOption("--max-requests <N>")]
        [Description("Requests served at once; more wait (--max-queued), then get 503 (default 32).")]
        [DefaultValue(32)]
        public int MaxRequests { get; init; } = 32;

        [CommandOption("--max-queued <N>")]
        [Description("Requests that may wait for one of those slots; beyond them a request gets 503 at once (default 1024).")]
        [DefaultValue(1024)]
        public int MaxQueued { get; init; } = 1024;

        public string[] UrlList => Urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

        public override Spectre.Console.ValidationResult Validate()
        {
            if (ApiKey is not null && ApiKeyFile is not null)
                return Spectre.Console.ValidationResult.Error("give --api-key or --api-key-file, not both");
            if (RequestTimeout <= 0 || MaxRequests <= 0)
                return Spectre.Console.ValidationResult.Error("--request-timeout and --max-requests must be positive");
            if (MaxQueued < 0)
                return Spectre.Console.ValidationResult.Error("--max-queued cannot be negative");
            return base.Validate();
        }
    }

    public override async Task<int> ExecuteAsync(CommandContext context, ServeSettings settings, CancellationToken cancellationToken)
    {
        var urls = settings.UrlList;
        string? key;
        try
        {
            key = ReadKey(settings);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            streams.Error.WriteLine($"cannot read the API key file: {e.Message}");
            return 2;
        }
        catch (InvalidDataException e)
        {
            streams.Error.WriteLine(e.Message);
            return 2;
        }
        var exposed = urls.Where(u => !WebOptions.IsLoopback(u)).ToArray();
        if (exposed.Length > 0 && key is null)
        {
            streams.Error.WriteLine(
                $"refusing to serve on {string.Join(", ", exposed)} without an API key: anyone who can reach it would read everything. " +
                "Give --api-key-file FILE (or --api-key), or listen on http://127.0.0.1 only.");
            return 2;
        }
        var options = new WebOptions
        {
            ApiKey = key,
            AllowedHosts = Hosts(settings, urls),
            LogLevel = settings.LogLevel,
            RequestTimeout = TimeSpan.FromSeconds(settings.RequestTimeout),
            MaxConcurrentRequests = settings.MaxRequests,
            QueueLimit = settings.MaxQueued,
            Log = streams.Error,
        };
        using var store = settings.OpenViewStore();
        await using var app = MarsadWeb.Build(store, urls, options, configure: null);
        streams.Error.WriteLine($"Marsad serving on {string.Join(", ", urls)} (API under /api, page at /){(key is null ? "" : ", API key required")}. Ctrl+C stops.");
        await app.RunAsync(cancellationToken);
        return 0;
    }

    private static IReadOnlyList<string> Hosts(ServeSettings settings, string[] urls)
    {
        var extra = settings.AllowedHosts?.Split([';', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [];
        return extra.Contains("*") ? ["*"] : WebOptions.HostsFor(urls, extra);
    }

    private static string? ReadKey(ServeSettings settings)
    {
        var key = settings.ApiKeyFile is { } file ? File.ReadLines(file).FirstOrDefault()?.Trim() : settings.ApiKey?.Trim();
        if (settings.ApiKeyFile is not null && string.IsNullOrEmpty(key))
            throw new InvalidDataException($"{settings.ApiKeyFile} holds no key");
        if (key is { Length: > 0 and < 16 })
            throw new InvalidDataException("an API key needs at least 16 characters");
        Secrets.Register(key);
        return string.IsNullOrEmpty(key) ? null : key;
    }
}
