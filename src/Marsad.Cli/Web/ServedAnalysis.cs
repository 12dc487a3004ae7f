using Marsad.Events;
using Marsad.Export;
using Marsad.Store;

namespace Marsad.Cli.Web;

/// <summary>
/// One loaded analysis as the server answers from it, kept until the store saves another: the
/// events in timeline order, lookups by id, and the answers that depend on nothing but the
/// analysis (the pairs, the article list, the page), each built on first use.
/// </summary>
internal sealed class ServedAnalysis
{
    private readonly Dictionary<string, Event> _events = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ArticleSummary> _articles = new(StringComparer.Ordinal);
    private readonly Lazy<string> _pairsJson;
    private readonly Lazy<string> _articlesJson;
    private readonly Lazy<string>[] _pages;

    public ServedAnalysis(long? version, AnalysisSnapshot snapshot)
    {
        Version = version;
        Snapshot = snapshot;
        Timeline = TimelineQuery.Timeline(snapshot.Events);
        // The first of a repeated id wins, as the linear search this replaces found it.
        foreach (var e in snapshot.Events)
            _events.TryAdd(e.Id, e);
        foreach (var a in snapshot.Articles)
            _articles.TryAdd(a.Id, a);
        _pairsJson = new Lazy<string>(() => ApiJson.Serialize(PairsBody(snapshot)));
        _articlesJson = new Lazy<string>(() => ApiJson.Serialize(ArticlesBody(snapshot)));
        _pages = [new(() => Page(snapshot, english: false)), new(() => Page(snapshot, english: true))];
    }

    /// <summary>The store's <see cref="IMarsadStore.AnalysisVersion"/> this was loaded at (null: the store does not say).</summary>
    public long? Version { get; }

    public AnalysisSnapshot Snapshot { get; }

    /// <summary>Every event in timeline order (<see cref="TimelineQuery.Timeline"/>), the order /api/events pages through.</summary>
    public IReadOnlyList<Event> Timeline { get; }

    /// <summary>The body of /api/pairs.</summary>
    public string PairsJson => _pairsJson.Value;

    /// <summary>The body of /api/articles.</summary>
    public string ArticlesJson => _articlesJson.Value;

    public Event? FindEvent(string id) => _events.GetValueOrDefault(id);

    public ArticleSummary? FindArticle(string id) => _articles.GetValueOrDefault(id);

    /// <summary>The web page wired to the API (English names or not).</summary>
    public string PageHtml(bool englishNames) => _pages[englishNames ? 1 : 0].Value;

    private static object PairsBody(AnalysisSnapshot snapshot)
    {
        var pairs = PairStats.Summarize(snapshot.Events).Select(p => new
        {
            pair = p.Pair.ToString(),
            countries = new[] { p.Pair.First, p.Pair.Second },
            count = p.Count,
            span = p.Span is { } s ? new ExchangeInterval(s.From, s.To) : null,
            events = p.EventIds,
        }).ToArray();
        return new { count = pairs.Length, pairs };
    }

    private static object ArticlesBody(AnalysisSnapshot snapshot)
    {
        var counts = snapshot.Events.SelectMany(e => e.Sources).GroupBy(s => s, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var articles = snapshot.Articles.OrderBy(a => a.Id, StringComparer.Ordinal)
            .Select(a => new { article = ExchangeJson.ToExchange(a) with { PublishedEvidence = null }, events = counts.GetValueOrDefault(a.Id) })
            .ToArray();
        return new { count = articles.Length, articles };
    }

    private static string Page(AnalysisSnapshot snapshot, bool english) =>
        HtmlReport.Render(snapshot, new HtmlReportOptions { ApiBase = "", AssetBase = "/assets", EnglishNames = english });
}
