using Marsad.Export;
using Marsad.Store;
using Microsoft.AspNetCore.Http;

namespace Marsad.Cli.Web;

/// <summary>
/// The handlers behind <see cref="MarsadWeb"/>'s routes, each over the latest saved analysis (kept
/// by <see cref="AnalysisCache"/> until a new one is saved); ids may hold any character. Every
/// handler gets the request's token: a client that leaves (or a request past its time) stops it.
/// </summary>
internal sealed class MarsadApi(IMarsadStore store)
{
    public AnalysisCache Cache { get; } = new(store);

    /// <summary>GET /api/events: one page (limit, cursor) of the events the query string's filters keep, in timeline order.</summary>
    public async Task<IResult> Events(HttpRequest request, CancellationToken cancellation)
    {
        if (!TryQuery(request, out var query, out var problem))
            return problem;
        if (!EventPaging.TryLimit(Q(request, "limit"), out var limit, out var bad))
            return ApiJson.Problem(StatusCodes.Status400BadRequest, bad!);
        TimelineKey? after = null;
        if (Q(request, "cursor") is { } cursor)
        {
            if (!EventPaging.TryDecode(cursor, out var key))
                return ApiJson.Problem(StatusCodes.Status400BadRequest, "cursor is not one this server gave (take `next` from the previous page)");
            after = key;
        }
        var analysis = await Cache.Get(cancellation);
        return analysis.Answer(request.Path + request.QueryString, ApiJson.MediaType, () =>
        {
            var (page, total, next) = EventPaging.Page(analysis.Timeline, query, after, limit);
            var events = page.Select(e => ExchangeJson.ToExchange(e)).ToArray();
            return ApiJson.Serialize(new { analyzed_at = analysis.Snapshot.AnalyzedAt, count = events.Length, total, limit, next, events });
        }).Result;
    }

    /// <summary>GET /api/events/{id}: one event with what each of its sources reported.</summary>
    public async Task<IResult> Event(string id, CancellationToken cancellation)
    {
        var analysis = await Cache.Get(cancellation);
        if (analysis.FindEvent(id) is not { } found)
            return ApiJson.Problem(StatusCodes.Status404NotFound, $"no event '{id}'");
        return analysis.Answer("event\n" + id, ApiJson.MediaType, () => EventBody(analysis, found)).Result;
    }

    private static string EventBody(ServedAnalysis analysis, Marsad.Events.Event found)
    {
        var sources = SourceComparison.Of(found, analysis.Snapshot.Articles).Select(r => new
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
        return ApiJson.Serialize(new { @event = ExchangeJson.ToExchange(found), sources });
    }

    /// <summary>GET /api/articles: every analysed article with how many events it reports.</summary>
    public async Task<IResult> Articles(CancellationToken cancellation)
    {
        var analysis = await Cache.Get(cancellation);
        return analysis.Answer("articles", ApiJson.MediaType, () => ApiJson.Serialize(analysis.ArticlesBody())).Result;
    }

    /// <summary>GET /api/articles/{id}: one article with its publication evidence and the ids of its events.</summary>
    public async Task<IResult> Article(string id, CancellationToken cancellation)
    {
        var analysis = await Cache.Get(cancellation);
        if (analysis.FindArticle(id) is not { } article)
            return ApiJson.Problem(StatusCodes.Status404NotFound, $"no article '{id}'");
        return analysis.Answer("article\n" + id, ApiJson.MediaType, () =>
        {
            var events = new TimelineQuery { Source = id }.Apply(analysis.Snapshot.Events).Select(e => e.Id).ToArray();
            return ApiJson.Serialize(new { article = ExchangeJson.ToExchange(article), events });
        }).Result;
    }

    /// <summary>GET /api/pairs: the country pairs with their event counts and spans.</summary>
    public async Task<IResult> Pairs(CancellationToken cancellation)
    {
        var analysis = await Cache.Get(cancellation);
        return analysis.Answer("pairs", ApiJson.MediaType, () => ApiJson.Serialize(analysis.PairsBody())).Result;
    }

    /// <summary>GET /api/export?format=…: the filtered events in one export format, as `marsad export` writes them.</summary>
    public async Task<IResult> Export(HttpRequest request, CancellationToken cancellation)
    {
        var format = request.Query["format"].ToString();
        if (format.Length == 0)
            format = "json";
        if (!ExportFormats.MediaTypes.TryGetValue(format, out var type))
            return ApiJson.Problem(StatusCodes.Status400BadRequest, "format must be one of " + string.Join(", ", ExportFormats.Names));
        if (!TryQuery(request, out var query, out var problem))
            return problem;
        var analysis = await Cache.Get(cancellation);
        return analysis.Answer(request.Path + request.QueryString, type,
            () => ExportFormats.Render(analysis.Snapshot, format, query, header: request.Query.ContainsKey("header"))).Result;
    }

    /// <summary>GET /: the web page, wired to this API, its script and style sheet served as files (no inline code); ?names=en for English names.</summary>
    public async Task<IResult> Page(HttpRequest request, CancellationToken cancellation)
    {
        var analysis = await Cache.Get(cancellation);
        var english = request.Query["names"] == "en";
        return analysis.Answer(english ? "page\nen" : "page", "text/html; charset=utf-8", () => analysis.PageHtml(english)).Result;
    }

    private static string? Q(HttpRequest request, string name) => request.Query.TryGetValue(name, out var v) ? v.ToString() : null;

    /// <summary>The timeline filters of the query string, or a 400 naming the bad one.</summary>
    private static bool TryQuery(HttpRequest request, out TimelineQuery query, out IResult problem)
    {
        try
        {
            query = TimelineQuery.Parse(Q(request, "pair"), Q(request, "country"), Q(request, "from"), Q(request, "to"), Q(request, "type"),
                Q(request, "mode"), Q(request, "status"), Q(request, "source"), within: Q(request, "within") is "true" or "1", precision: Q(request, "precision"));
            problem = Results.Empty;
            return true;
        }
        catch (FormatException e)
        {
            query = TimelineQuery.All;
            problem = ApiJson.Problem(StatusCodes.Status400BadRequest, e.Message);
            return false;
        }
    }
}
