using System.Text;
using Marsad.Export;
using Marsad.Store;
using Microsoft.AspNetCore.Http;

namespace Marsad.Cli.Web;

/// <summary>The handlers behind <see cref="MarsadWeb"/>'s routes, each over the latest saved analysis; ids may hold any character.</summary>
internal sealed class MarsadApi(IMarsadStore store)
{
    private readonly Lock _gate = new();

    /// <summary>GET /api/events: the events the query string's filters keep, in timeline order.</summary>
    public IResult Events(HttpRequest request, CancellationToken cancellation)
    {
        if (!TryQuery(request, out var query, out var problem))
            return problem;
        var snapshot = Load(cancellation);
        var events = query.Apply(snapshot.Events).Select(e => ExchangeJson.ToExchange(e)).ToArray();
        return Json(new { analyzed_at = snapshot.AnalyzedAt, count = events.Length, events });
    }

    /// <summary>GET /api/events/{id}: one event with what each of its sources reported.</summary>
    public IResult Event(string id, CancellationToken cancellation)
    {
        var snapshot = Load(cancellation);
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
    }

    /// <summary>GET /api/articles: every analysed article with how many events it reports.</summary>
    public IResult Articles(CancellationToken cancellation)
    {
        var snapshot = Load(cancellation);
        var counts = snapshot.Events.SelectMany(e => e.Sources).GroupBy(s => s, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var articles = snapshot.Articles.OrderBy(a => a.Id, StringComparer.Ordinal)
            .Select(a => new { article = ExchangeJson.ToExchange(a) with { PublishedEvidence = null }, events = counts.GetValueOrDefault(a.Id) })
            .ToArray();
        return Json(new { count = articles.Length, articles });
    }

    /// <summary>GET /api/articles/{id}: one article with its publication evidence and the ids of its events.</summary>
    public IResult Article(string id, CancellationToken cancellation)
    {
        var snapshot = Load(cancellation);
        var article = snapshot.Articles.FirstOrDefault(a => a.Id == id);
        if (article is null)
            return Problem(StatusCodes.Status404NotFound, $"no article '{id}'");
        var events = new TimelineQuery { Source = id }.Apply(snapshot.Events).Select(e => e.Id).ToArray();
        return Json(new { article = ExchangeJson.ToExchange(article), events });
    }

    /// <summary>GET /api/pairs: the country pairs with their event counts and spans.</summary>
    public IResult Pairs(CancellationToken cancellation)
    {
        var pairs = PairStats.Summarize(Load(cancellation).Events).Select(p => new
        {
            pair = p.Pair.ToString(),
            countries = new[] { p.Pair.First, p.Pair.Second },
            count = p.Count,
            span = p.Span is { } s ? new ExchangeInterval(s.From, s.To) : null,
            events = p.EventIds,
        }).ToArray();
        return Json(new { count = pairs.Length, pairs });
    }

    /// <summary>GET /api/export?format=…: the filtered events in one export format, as `marsad export` writes them.</summary>
    public IResult Export(HttpRequest request, CancellationToken cancellation)
    {
        var format = request.Query["format"].ToString();
        if (format.Length == 0)
            format = "json";
        if (!ExportFormats.MediaTypes.TryGetValue(format, out var type))
            return Problem(StatusCodes.Status400BadRequest, "format must be one of " + string.Join(", ", ExportFormats.Names));
        if (!TryQuery(request, out var query, out var problem))
            return problem;
        var text = ExportFormats.Render(Load(cancellation), format, query, header: request.Query.ContainsKey("header"));
        return Results.Text(text, type, Encoding.UTF8);
    }

    /// <summary>GET /: the web page, wired to this API, its script and style sheet served as files (no inline code); ?names=en for English names.</summary>
    public IResult Page(HttpRequest request, CancellationToken cancellation) =>
        Results.Content(
            HtmlReport.Render(Load(cancellation), new HtmlReportOptions { ApiBase = "", AssetBase = "/assets", EnglishNames = request.Query["names"] == "en" }),
            "text/html; charset=utf-8", Encoding.UTF8);

    /// <summary>The saved analysis; past the request's timeout (or when the client left) the request ends instead.</summary>
    private AnalysisSnapshot Load(CancellationToken cancellation)
    {
        cancellation.ThrowIfCancellationRequested();
        AnalysisSnapshot snapshot;
        // Store implementations are not promised to be thread-safe; requests take turns.
        lock (_gate)
            snapshot = store.LoadAnalysis() ?? new AnalysisSnapshot(DateTimeOffset.UnixEpoch, [], []);
        cancellation.ThrowIfCancellationRequested();
        return snapshot;
    }

    /// <summary>The timeline filters of the query string, or a 400 naming the bad one.</summary>
    private static bool TryQuery(HttpRequest request, out TimelineQuery query, out IResult problem)
    {
        string? Q(string name) => request.Query.TryGetValue(name, out var v) ? v.ToString() : null;
        try
        {
            query = TimelineQuery.Parse(Q("pair"), Q("country"), Q("from"), Q("to"), Q("type"), Q("mode"), Q("status"), Q("source"),
                within: Q("within") is "true" or "1", precision: Q("precision"));
            problem = Results.Empty;
            return true;
        }
        catch (FormatException e)
        {
            query = TimelineQuery.All;
            problem = Problem(StatusCodes.Status400BadRequest, e.Message);
            return false;
        }
    }

    private static IResult Json(object value) =>
        Results.Text(System.Text.Json.JsonSerializer.Serialize(value, ExchangeJson.Options), "application/json; charset=utf-8", Encoding.UTF8);

    private static IResult Problem(int status, string message) =>
        Results.Text(System.Text.Json.JsonSerializer.Serialize(new { error = message }, ExchangeJson.Options), "application/json; charset=utf-8", Encoding.UTF8, status);
}
