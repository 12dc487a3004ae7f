using Marsad.Actors;
using Marsad.Events;
using Marsad.Geo;
using Marsad.Store;

namespace Marsad.Export;

/// <summary>What every part of the page reads: the events in timeline order, the articles, the outlets, the names style, the map marks.</summary>
internal static partial class HtmlReport
{
    private sealed class PageContext
    {
        public PageContext(AnalysisSnapshot snapshot, HtmlReportOptions options)
        {
            Snapshot = snapshot;
            Options = options;
            Events = TimelineQuery.Timeline(snapshot.Events);
            Articles = snapshot.Articles.GroupBy(a => a.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
            Sources = new EventSources(Articles.Values);
            Marks = MapMarks.Of(Events, Gazetteer.Default);
        }

        public AnalysisSnapshot Snapshot { get; }

        public HtmlReportOptions Options { get; }

        public IReadOnlyList<Event> Events { get; }

        public IReadOnlyDictionary<string, ArticleSummary> Articles { get; }

        public EventSources Sources { get; }

        public MapMarks Marks { get; }

        public bool English => Options.EnglishNames;

        /// <summary>A participant's name: as printed (or the state's Arabic name), or the knowledge base's English name.</summary>
        public string ActorName(ActorRef actor) => English
            ? ActorNames.English(actor)
            : actor.Name ?? DisplayLabels.CountryName(actor.Country) ?? actor.Country ?? actor.Id ?? "?";

        /// <summary>A role by its Arabic label (English with --names en); the id with spaces when the table has none.</summary>
        public string? RoleName(string? role) => ActorNames.Role(role, English);

        /// <summary>A state by its Arabic name (English with --names en), else its code.</summary>
        public string CountryName(string iso3) =>
            (English ? CountryNames.English(iso3) : DisplayLabels.CountryName(iso3)) ?? iso3;

        /// <summary>"موسكو (روسيا)": the place as printed and its state.</summary>
        public string PlaceText(Place? where) => where switch
        {
            null => "—",
            { Name: { } name, Country: { } c } => $"{name} ({CountryName(c)})",
            { Name: { } name } => name,
            { Country: { } c } => CountryName(c),
            _ => "—",
        };

        /// <summary>The outlet of an article as printed, or null.</summary>
        public string? Outlet(string articleId) => Sources.Outlet(articleId);
    }
}
