using System.Collections.Concurrent;
using Marsad.Events;
using Marsad.Export;
using Marsad.Store;

namespace Marsad.Cli.Web;

/// <summary>
/// One loaded analysis as the server answers from it, kept until the store saves another: the
/// events in timeline order, lookups by id, and the answers already given (each rendered and
/// compressed once, up to <see cref="AnswerBudget"/> bytes: past it answers are rendered anew).
/// </summary>
internal sealed class ServedAnalysis
{
    /// <summary>The most bytes (before compression) of answers kept for one analysis.</summary>
    public const long AnswerBudget = 64L * 1024 * 1024;

    private readonly Dictionary<string, Event> _events = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ArticleSummary> _articles = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Lazy<EncodedAnswer>> _answers = new(StringComparer.Ordinal);
    private long _answerBytes;

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
    }

    /// <summary>The store's <see cref="IMarsadStore.AnalysisVersion"/> this was loaded at (null: the store does not say).</summary>
    public long? Version { get; }

    public AnalysisSnapshot Snapshot { get; }

    /// <summary>Every event in timeline order (<see cref="TimelineQuery.Timeline"/>), the order /api/events pages through.</summary>
    public IReadOnlyList<Event> Timeline { get; }

    public Event? FindEvent(string id) => _events.GetValueOrDefault(id);

    public ArticleSummary? FindArticle(string id) => _articles.GetValueOrDefault(id);

    /// <summary>The answer kept under <paramref name="key"/> (the route and what selects it), rendered on first use.</summary>
    public EncodedAnswer Answer(string key, string contentType, Func<string> render)
    {
        if (_answers.TryGetValue(key, out var kept))
            return kept.Value;
        if (Interlocked.Read(ref _answerBytes) >= AnswerBudget)
            return new EncodedAnswer(render(), contentType);
        // Concurrent first requests for one key render it once.
        var answer = _answers.GetOrAdd(key, _ => new Lazy<EncodedAnswer>(() =>
        {
            var made = new EncodedAnswer(render(), contentType);
            Interlocked.Add(ref _answerBytes, made.Length);
            return made;
        })).Value;
        return answer;
    }

    /// <summary>The body of /api/pairs.</summary>
    public object PairsBody()
    {
        var pairs = PairStats.Summarize(Snapshot.Events).Select(p => new
        {
            pair = p.Pair.ToString(),
            countries = new[] { p.Pair.First, p.Pair.Second },
            count = p.Count,
            span = p.Span is { } s ? new ExchangeInterval(s.From, s.To) : null,
            events = p.EventIds,
        }).ToArray();
        return new { count = pairs.Length, pairs };
    }

    /// <summary>The body of /api/articles.</summary>
    public object ArticlesBody()
    {
        var counts = Snapshot.Events.SelectMany(e => e.Sources).GroupBy(s => s, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var articles = Snapshot.Articles.OrderBy(a => a.Id, StringComparer.Ordinal)
            .Select(a => new { article = ExchangeJson.ToExchange(a) with { PublishedEvidence = null }, events = counts.GetValueOrDefault(a.Id) })
            .ToArray();
        return new { count = articles.Length, articles };
    }

    /// <summary>The web page wired to the API (English names or not).</summary>
    public string PageHtml(bool english) =>
        HtmlReport.Render(Snapshot, new HtmlReportOptions { ApiBase = "", AssetBase = "/assets", EnglishNames = english });
}
