using Marsad.Export;
using Marsad.Store;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Marsad.Cli.Web;

/// <summary>
/// The REST API and the web page over a store's saved analysis. Every request reads the latest
/// saved analysis, so a running server shows a new `marsad analyze` without a restart.
/// </summary>
public static class MarsadWeb
{
    /// <summary>The Content-Security-Policy of every answer.</summary>
    public const string ContentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
        "base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    public static WebApplication Build(IMarsadStore store, string[] urls) => Build(store, urls, configure: null);

    /// <param name="configure">Adjusts the builder before it is built (tests swap in the in-memory test server).</param>
    public static WebApplication Build(IMarsadStore store, string[] urls, Action<WebApplicationBuilder>? configure)
    {
        var builder = WebApplication.CreateSlimBuilder();
        // A failed start (a busy port) is reported by the CLI on one line, not logged with its stack trace.
        builder.Logging.AddFilter("Microsoft.Extensions.Hosting.Internal.Host", LogLevel.None);
        if (urls.Length > 0)
            builder.WebHost.UseUrls(urls);
        configure?.Invoke(builder);
        var app = builder.Build();
        // The page runs only the server's own script and style sheet: no inline code, nothing from elsewhere.
        app.Use(async (context, next) =>
        {
            context.Response.Headers.ContentSecurityPolicy = ContentSecurityPolicy;
            await next(context);
        });
        var handlers = new MarsadApi(store);
        MapEvents(app.MapGroup("/api/events"), handlers);
        MapArticles(app.MapGroup("/api/articles"), handlers);
        app.MapGet("/api/pairs", handlers.Pairs);
        app.MapGet("/api/export", handlers.Export);
        app.MapGet("/", handlers.Page);
        app.MapGet("/assets/" + HtmlReport.StyleFile, () => Results.Text(HtmlReport.Css, "text/css; charset=utf-8"));
        app.MapGet("/assets/" + HtmlReport.ScriptFile, () => Results.Text(HtmlReport.Script, "text/javascript; charset=utf-8"));
        return app;
    }

    private static void MapEvents(RouteGroupBuilder events, MarsadApi handlers)
    {
        events.MapGet("", handlers.Events);
        events.MapGet("/{id}", handlers.Event);
    }

    private static void MapArticles(RouteGroupBuilder articles, MarsadApi handlers)
    {
        articles.MapGet("", handlers.Articles);
        articles.MapGet("/{id}", handlers.Article);
    }
}
