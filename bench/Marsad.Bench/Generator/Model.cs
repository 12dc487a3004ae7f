namespace Marsad.Bench.Generator;

/// <summary>Where an event took place.</summary>
internal sealed record Venue(string Country, string City);

/// <summary>How one outlet reports one event: the article's number, outlet, day, phrasings and where it prints its outlet and date.</summary>
/// <param name="Article">The article's number (its id is a + six digits).</param>
/// <param name="Outlet">The outlet.</param>
/// <param name="Published">The day it was published.</param>
/// <param name="Headline">The headline's phrasing.</param>
/// <param name="Lead">The phrasing of the sentence that reports the event.</param>
/// <param name="FollowUp">The phrasing of the sentence that refers back to it.</param>
/// <param name="Shape">Where the outlet's name is printed.</param>
/// <param name="DatedMetadata">Whether the JSON record has a published field.</param>
/// <param name="PageDate">Whether a "نشر في" line prints the day of publication.</param>
/// <param name="Seed">Seed for the choices made while writing (topics, statements, background).</param>
internal sealed record ReportPlan(
    int Article, Outlet Outlet, DateOnly Published, Template Headline, Template Lead, Template FollowUp,
    OutletShape Shape, bool DatedMetadata, bool PageDate, int Seed)
{
    public string Id => $"a{Article:D6}";

    /// <summary>Whether a reader can know the day of publication from the article alone.</summary>
    public bool Dated => DatedMetadata || PageDate || Outlet.Dates(Shape);
}

/// <summary>
/// One event of the generated world and the reports of it. <see cref="Parties"/>: the two
/// officials of a bilateral meeting or call (of a visit, the visitor first and the host second),
/// every foreign minister of a multilateral meeting, the official who speaks for a directed act.
/// </summary>
internal sealed record PlannedEvent(
    int Number, EventKind Kind, DateOnly Day, IReadOnlyList<Official> Parties, string? Source, string? Target,
    Venue? Where, string? Forum, string? NearMissOf, string? NearMissHow)
{
    public string Key => $"e{Number:D6}";

    public List<ReportPlan> Reports { get; } = [];

    /// <summary>The states taking part, each once.</summary>
    public IReadOnlyList<string> Countries =>
        Source is not null ? [Source, Target!] : Parties.Select(p => p.Country).Distinct().ToArray();

    /// <summary>Whether some report names the official of a directed act (otherwise only states are known).</summary>
    public bool NamesSpeaker => Reports.Any(r => r.Lead.Text.Contains("{A}", StringComparison.Ordinal));
}
