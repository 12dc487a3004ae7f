using System.Text;
using Marsad.Export;
using Marsad.Store;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Marsad.Cli.Web;

/// <summary>
/// The REST API and the web page over a store's saved analysis. Every request reads the latest
/// saved analysis, so a running server shows a new `marsad analyze` without a restart.
/// </summary>
public static class MarsadWeb
{
    public static WebApplication Build(IMarsadStore store, string[] urls) => Build(store, urls, configure: null);

    /// <param name="configure">Adjusts the builder before it is built (tests swap in the in-memory test server).</param>
    public static WebApplication Build(IMarsadStore store, string[] urls, Action<WebApplicationBuilder>? configure)
    {
        var builder = WebApplication.CreateSlimBuilder();
        if (urls.Length > 0)
            builder.WebHost.UseUrls(urls);
        configure?.Invoke(builder);
        var app = builder.Build();
        var gate = new Lock();

        AnalysisSnapshot Load()
        {
            // Store implementations are not promised to be thread-safe; requests take turns.
            lock (gate)
                return store.LoadAnalysis() ?? new AnalysisSnapshot(DateTimeOffset.UnixEpoch, [], []);
        }

        static IResult Json(object value) =>
            Results.Text(System.Text.Json.JsonSerializer.Serialize(value, ExchangeJson.Options), "application/json; charset=utf-8", Encoding.UTF8);

        static IResult Problem(int status, string message) =>
            Results.Text(System.Text.Json.JsonSerializer.Serialize(new { error = message }, ExchangeJson.Options), "application/json; charset=utf-8", Encoding.UTF8, status);

        app.MapGet("/api/events", (HttpRequest request) =>
        {
            TimelineQuery query;
            try
            {
                query = QueryOf(request);
            }
            catch (FormatException e)
            {
                return Problem(StatusCodes.Status400BadRequest, e.Message);
            }
            var snapshot = Load();
            var events = query.Apply(snapshot.Events).Select(e => ExchangeJson.ToExchange(e)).ToArray();
            return Json(new { analyzed_at = snapshot.AnalyzedAt, count = events.Length, events });
        });

        app.MapGet("/api/events/{id}", (string id) =>
        {
            var snapshot = Load();
            var found = snapshot.Events.FirstOrDefault(e => e.Id == id);
            if (found is null)
                return Problem(StatusCodes.Status404NotFound, $"no event '{id}'");
            var sources = SourceComparison.Of(found, snapshot.Articles).Select(r => new
            {
                article = r.ArticleId,
                outlet = r.Outlet,
                published = r.Published is { } p ? new ExchangeInterval(p.From, p.To) : null,
                headline = r.Article?.Headline,
                url = r.Article?.Url,
                when_texts = r.WhenTexts,
                dates = r.Dates.Select(d => new ExchangeInterval(d.From, d.To)),
                places = r.Places,
                modes = r.Modes,
                evidence = r.Evidence,
            });
            return Json(new { @event = ExchangeJson.ToExchange(found), sources });
        });

        app.MapGet("/api/articles", () =>
        {
            var snapshot = Load();
            var counts = snapshot.Events.SelectMany(e => e.Sources).GroupBy(s => s, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
            var articles = snapshot.Articles.OrderBy(a => a.Id, StringComparer.Ordinal)
                .Select(a => new { article = ExchangeJson.ToExchange(a) with { PublishedEvidence = null }, events = counts.GetValueOrDefault(a.Id) })
                .ToArray();
            return Json(new { count = articles.Length, articles });
        });

        app.MapGet("/api/articles/{id}", (string id) =>
        {
            var snapshot = Load();
            var article = snapshot.Articles.FirstOrDefault(a => a.Id == id);
            if (article is null)
                return Problem(StatusCodes.Status404NotFound, $"no article '{id}'");
            var events = new TimelineQuery { Source = id }.Apply(snapshot.Events).Select(e => e.Id).ToArray();
            return Json(new { article = ExchangeJson.ToExchange(article), events });
        });

        app.MapGet("/api/pairs", () =>
        {
            var pairs = PairStats.Summarize(Load().Events).Select(p => new
            {
                pair = p.Pair.ToString(),
                countries = new[] { p.Pair.First, p.Pair.Second },
                count = p.Count,
                span = p.Span is { } s ? new ExchangeInterval(s.From, s.To) : null,
                events = p.EventIds,
            }).ToArray();
            return Json(new { count = pairs.Length, pairs });
        });

        app.MapGet("/api/export", (HttpRequest request) =>
        {
            var format = request.Query["format"].ToString();
            if (format.Length == 0)
                format = "json";
            if (!ExportFormats.TryGetValue(format, out var type))
                return Problem(StatusCodes.Status400BadRequest, "format must be one of " + string.Join(", ", ExportFormats.Keys));
            TimelineQuery query;
            try
            {
                query = QueryOf(request);
            }
            catch (FormatException e)
            {
                return Problem(StatusCodes.Status400BadRequest, e.Message);
            }
            var text = Commands.ExportCommand.Render(Load(), format, query, header: request.Query.ContainsKey("header"));
            return Results.Text(text, type, Encoding.UTF8);
        });

        app.MapGet("/", () => Results.Content(HtmlReport.Render(Load(), new HtmlReportOptions { ApiBase = "" }), "text/html; charset=utf-8", Encoding.UTF8));

        return app;
    }

    private static readonly Dictionary<string, string> ExportFormats = new(StringComparer.Ordinal)
    {
        ["json"] = "application/json; charset=utf-8",
        ["csv"] = "text/csv; charset=utf-8",
        ["csv-mentions"] = "text/csv; charset=utf-8",
        ["gdelt"] = "text/tab-separated-values; charset=utf-8",
        ["gdelt-mentions"] = "text/tab-separated-values; charset=utf-8",
    };

    private static TimelineQuery QueryOf(HttpRequest request)
    {
        string? Q(string name) => request.Query.TryGetValue(name, out var v) ? v.ToString() : null;
        return TimelineQuery.Parse(Q("pair"), Q("country"), Q("from"), Q("to"), Q("type"), Q("mode"), Q("status"), Q("source"));
    }
}
