using System.Threading.RateLimiting;
using Marsad.Export;
using Marsad.Store;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Timeouts;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Marsad.Cli.Web;

/// <summary>
/// The REST API and the web page over a store's saved analysis. Every request answers from the
/// latest saved analysis, read once and kept until another is saved (<see cref="AnalysisCache"/>),
/// so a running server shows a new `marsad analyze` without a restart. Answers are compressed
/// (Brotli or gzip) for a client that accepts it. Hardened by
/// <see cref="WebOptions"/>: allowed hosts, an optional API key, security headers, a timeout and a
/// concurrency limit per request, errors answered without their details (in every environment);
/// every route answers GET and HEAD and nothing else: the server never changes the store.
/// </summary>
public static class MarsadWeb
{
    /// <summary>The longest request line (method, path and query) served; a longer one is answered 414.</summary>
    public const int MaxRequestLine = 8 * 1024;

    /// <summary>The most header bytes a request may carry; more is answered 431.</summary>
    public const int MaxRequestHeaders = 32 * 1024;

    /// <summary>The largest request body read (no route reads one: the API is read-only).</summary>
    public const int MaxRequestBody = 64 * 1024;

    private static readonly string[] Read = ["GET", "HEAD"];

    public static WebApplication Build(IMarsadStore store, string[] urls) => Build(store, urls, new WebOptions(), configure: null);

    /// <param name="configure">Adjusts the builder before it is built (tests swap in the in-memory test server).</param>
    public static WebApplication Build(IMarsadStore store, string[] urls, Action<WebApplicationBuilder>? configure) =>
        Build(store, urls, new WebOptions(), configure);

    /// <param name="options">The server's protections.</param>
    /// <param name="configure">Adjusts the builder before it is built (tests swap in the in-memory test server).</param>
    public static WebApplication Build(IMarsadStore store, string[] urls, WebOptions options, Action<WebApplicationBuilder>? configure)
    {
        var builder = WebApplication.CreateSlimBuilder();
        // A failed start (a busy port) is reported by the CLI on one line, not logged with its stack trace.
        builder.Logging.AddFilter("Microsoft.Extensions.Hosting.Internal.Host", LogLevel.None);
        if (urls.Length > 0)
            builder.WebHost.UseUrls(urls);
        builder.Logging.ClearProviders();
        builder.Logging.AddProvider(new RedactingLoggerProvider(options.Log ?? Console.Error));
        builder.Logging.SetMinimumLevel(options.LogLevel);
        Secrets.Register(options.ApiKey);
        AddProtections(builder, options);
        AddCompression(builder);
        configure?.Invoke(builder);
        var app = builder.Build();
        app.UseErrorsWithoutDetails();
        app.UseSecurityHeaders();
        app.UseResponseCompression();
        app.UseHostFiltering();
        if (options.ApiKey is { } key)
            app.UseApiKey(key);
        app.UseRateLimiter();
        app.UseRequestTimeouts();
        var handlers = new MarsadApi(store);
        MapEvents(app.MapGroup("/api/events"), handlers);
        MapArticles(app.MapGroup("/api/articles"), handlers);
        app.MapMethods("/api/event", Read, (HttpRequest r, CancellationToken c) => handlers.Event(r.Query["id"].ToString(), c));
        app.MapMethods("/api/article", Read, (HttpRequest r, CancellationToken c) => handlers.Article(r.Query["id"].ToString(), c));
        app.MapMethods("/api/pairs", Read, handlers.Pairs);
        app.MapMethods("/api/export", Read, handlers.Export);
        app.MapMethods("/", Read, handlers.Page);
        var style = new EncodedAnswer(HtmlReport.Css, "text/css; charset=utf-8");
        var script = new EncodedAnswer(HtmlReport.Script, "text/javascript; charset=utf-8");
        app.MapMethods("/assets/" + HtmlReport.StyleFile, Read, () => style.Result);
        app.MapMethods("/assets/" + HtmlReport.ScriptFile, Read, () => script.Result);
        return app;
    }

    /// <summary>
    /// Brotli, else gzip, at their fastest levels, for what <see cref="EncodedAnswer"/> does not
    /// already compress (the error answers). Also over HTTPS: no answer holds a secret for a
    /// compression side channel (BREACH) to recover; the API key travels only in request headers.
    /// </summary>
    private static void AddCompression(WebApplicationBuilder builder)
    {
        builder.Services.AddResponseCompression(o =>
        {
            o.EnableForHttps = true;
            o.Providers.Add<BrotliCompressionProvider>();
            o.Providers.Add<GzipCompressionProvider>();
            o.MimeTypes = [.. ResponseCompressionDefaults.MimeTypes, .. ExportFormats.MediaTypes.Values.Select(t => t.Split(';')[0]).Distinct()];
        });
    }

    private static void AddProtections(WebApplicationBuilder builder, WebOptions options)
    {
        builder.Services.AddHostFiltering(o =>
        {
            o.AllowedHosts = [.. options.AllowedHosts];
            o.AllowEmptyHosts = false;
            o.IncludeFailureMessage = false;
        });
        builder.Services.AddRequestTimeouts(o => o.DefaultPolicy = new RequestTimeoutPolicy
        {
            Timeout = options.RequestTimeout,
            TimeoutStatusCode = StatusCodes.Status504GatewayTimeout,
        });
        builder.Services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status503ServiceUnavailable;
            o.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(_ => RateLimitPartition.GetConcurrencyLimiter("all", _ => new ConcurrencyLimiterOptions
            {
                PermitLimit = options.MaxConcurrentRequests,
                QueueLimit = options.QueueLimit,
                QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
            }));
        });
        builder.WebHost.ConfigureKestrel(k =>
        {
            k.AddServerHeader = false;
            k.Limits.RequestHeadersTimeout = TimeSpan.FromSeconds(10);
            k.Limits.MaxRequestBodySize = MaxRequestBody;
            k.Limits.MaxRequestLineSize = MaxRequestLine;
            k.Limits.MaxRequestHeadersTotalSize = MaxRequestHeaders;
        });
    }

    private static void MapEvents(RouteGroupBuilder events, MarsadApi handlers)
    {
        events.MapMethods("", Read, handlers.Events);
        events.MapMethods("/{**id}", Read, (HttpContext context, CancellationToken c) => handlers.Event(RawId(context, "/api/events/"), c));
    }

    private static void MapArticles(RouteGroupBuilder articles, MarsadApi handlers)
    {
        articles.MapMethods("", Read, handlers.Articles);
        articles.MapMethods("/{**id}", Read, (HttpContext context, CancellationToken c) => handlers.Article(RawId(context, "/api/articles/"), c));
    }

    /// <summary>
    /// The id in the path after <paramref name="prefix"/>, percent-decoded once: ids of URL and feed
    /// articles hold '/' ("/api/articles/https%3A%2F%2Fexample.org%2Fa", or unencoded after the prefix).
    /// </summary>
    private static string RawId(HttpContext context, string prefix)
    {
        var raw = context.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpRequestFeature>()?.RawTarget is { Length: > 0 } target
            ? target
            : context.Request.PathBase + context.Request.Path.ToUriComponent();
        var query = raw.IndexOf('?', StringComparison.Ordinal);
        var path = query < 0 ? raw : raw[..query];
        var at = path.IndexOf(prefix, StringComparison.Ordinal);
        return at < 0 ? "" : Uri.UnescapeDataString(path[(at + prefix.Length)..]);
    }
}
