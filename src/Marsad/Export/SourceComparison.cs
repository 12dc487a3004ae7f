using Marsad.Events;
using Marsad.Store;
using Marsad.Time;

namespace Marsad.Export;

/// <summary>What one source article reported about an event: its sentences and the facts it gave.</summary>
internal sealed record SourceReport(
    string ArticleId,
    ArticleSummary? Article,
    IReadOnlyList<EventMention> Mentions)
{
    public string? Outlet => Article?.Outlet;
    public DateInterval? Published => Article?.Published;

    /// <summary>The temporal expressions this source dated the event with.</summary>
    public IReadOnlyList<string> WhenTexts => Distinct(Mentions.Select(m => m.WhenText));

    /// <summary>The dates this source's expressions resolve to.</summary>
    public IReadOnlyList<DateInterval> Dates => Mentions.Select(m => m.Interval).OfType<DateInterval>().Distinct().ToArray();

    public IReadOnlyList<string> Places => Distinct(Mentions.Select(m => m.Where is null ? null
        : m.Where.Name is { } name ? (m.Where.Country is { } c ? $"{name} ({c})" : name) : m.Where.Country));

    public IReadOnlyList<string> Modes => Distinct(Mentions.Select(m => m.Mode?.Name));

    public IReadOnlyList<string> Types => Distinct(Mentions.Select(m => m.Type.Name));

    public IReadOnlyList<string> Evidence => Distinct(Mentions.Select(m => m.EvidenceText));

    private static string[] Distinct(IEnumerable<string?> values) =>
        values.OfType<string>().Where(v => v.Length > 0).Distinct(StringComparer.Ordinal).ToArray();
}

/// <summary>Groups an event's mentions by source article, for side-by-side views.</summary>
internal static class SourceComparison
{
    public static IReadOnlyList<SourceReport> Of(Event e, IEnumerable<ArticleSummary> articles)
    {
        var byId = articles.GroupBy(a => a.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        return e.Mentions
            .GroupBy(m => m.ArticleId, StringComparer.Ordinal)
            .Select(g => new SourceReport(
                g.Key,
                byId.GetValueOrDefault(g.Key),
                g.Where(m => m.Sentence >= 0).OrderBy(m => m.Sentence).ToArray()))
            .OrderBy(r => r.Published?.From ?? DateOnly.MaxValue)
            .ThenBy(r => r.ArticleId, StringComparer.Ordinal)
            .ToArray();
    }
}
