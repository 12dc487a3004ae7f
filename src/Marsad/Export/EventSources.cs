using Marsad.Events;
using Marsad.Store;

namespace Marsad.Export;

/// <summary>
/// Who reported an event: its articles and their outlets. An outlet counts once per event however
/// many of its articles report it; an article whose outlet is unknown counts as a source of its own.
/// (One article read from several files or feeds is already one article: the store keeps it once.)
/// </summary>
/// <param name="articles">The corpus the events were read from.</param>
internal sealed class EventSources(IEnumerable<ArticleSummary> articles)
{
    private readonly Dictionary<string, string?> _outlets =
        articles.GroupBy(a => a.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Outlet, StringComparer.Ordinal);

    /// <summary>The outlet of an article, or null when unknown.</summary>
    public string? Outlet(string articleId) => _outlets.GetValueOrDefault(articleId);

    /// <summary>The distinct known outlets of the event's articles, in the order of its sources.</summary>
    public IReadOnlyList<string> Outlets(Event e) =>
        e.Sources.Select(Outlet).OfType<string>().Distinct(StringComparer.Ordinal).ToArray();

    /// <summary>How many independent sources report the event: its distinct outlets, plus its articles of unknown outlet.</summary>
    public int Count(Event e) => Outlets(e).Count + e.Sources.Count(s => Outlet(s) is null);
}
