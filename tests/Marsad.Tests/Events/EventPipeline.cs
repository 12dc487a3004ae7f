using Marsad.Actors;
using Marsad.Events;
using Marsad.Pipeline;
using Marsad.Text;
using Marsad.Time;

namespace Marsad.Tests.Events;

/// <summary>
/// The path production takes from a text to its events (Pipeline/CorpusAnalyzer), for one article
/// published on a known day: text layer, temporal expressions, actors, event mentions, then the merge
/// of the article's mentions into events.
/// </summary>
internal static class EventPipeline
{
    /// <summary>The day the knowledge base is read as of (terms of office still running end here).</summary>
    public static readonly DateOnly AsOf = new(2026, 12, 1);

    private const string ArticleId = "corpus";

    private static readonly ActorRecognizer Actors = new(KnowledgeBase.Default);
    private static readonly EventExtractor Extractor = new(KnowledgeBase.Default, MarsadRules.Shipped.Events);

    /// <summary>What a text reads as: its mentions, the events they merge into, and its attributed speech.</summary>
    public sealed record Reading(IReadOnlyList<EventMention> Mentions, IReadOnlyList<Event> Events, IReadOnlyList<Quote> Quotes);

    public static Reading Read(string text, DateOnly published) => Read(text, published, null);

    /// <summary>The same through the event stage built on other rule tables.</summary>
    public static Reading Read(string text, DateOnly published, EventLexicons? lexicons)
    {
        var layer = TextLayer.Build(text);
        var times = TemporalTagger.Tag(layer);
        var actors = Actors.Recognize(layer, DateInterval.Day(published));
        var extractor = lexicons is null ? Extractor : new EventExtractor(KnowledgeBase.Default, lexicons);
        var mentions = extractor.Extract(ArticleId, layer, actors, times);
        var merged = new EventMerger(AsOf, lexicons ?? MarsadRules.Shipped.Events).Merge([new ArticleMentions(ArticleId, mentions, DaySet.Range(published, published))]);
        var quotes = QuoteExtractor.Extract(ArticleId, layer, actors.OrderBy(a => a.Start).ToArray(), lexicons ?? MarsadRules.Shipped.Events);
        return new Reading(mentions, merged.Events, quotes);
    }
}
