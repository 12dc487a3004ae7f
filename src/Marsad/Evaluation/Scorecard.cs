using System.Globalization;
using System.Text.Json;

namespace Marsad.Evaluation;

/// <summary>Found and required gold events of one kind ("consult/phone", "sanction").</summary>
/// <param name="Kind">The type, and the mode after '/'.</param>
/// <param name="Found">Required gold events of the kind the system found.</param>
/// <param name="Total">Required gold events of the kind.</param>
public sealed record KindRecall(string Kind, int Found, int Total);

/// <summary>
/// The scorer's figures. A ratio is null when nothing was there to count (printed "n/a").
/// Definitions are in docs/exchange-format.md; each figure has the name it has there.
/// </summary>
/// <param name="EventsTp">System events matched to a gold event.</param>
/// <param name="EventsFp">System events matched to none.</param>
/// <param name="EventsFn">Required gold events matched by none.</param>
/// <param name="EventsPrecision">events_precision.</param>
/// <param name="EventsRecall">events_recall.</param>
/// <param name="EventsF1">events_f1.</param>
/// <param name="ModeAccuracy">mode_accuracy, over matched events.</param>
/// <param name="WhereAccuracy">where_accuracy, over matched events with a gold place.</param>
/// <param name="DateExact">date_exact, over matched events whose gold date is one day.</param>
/// <param name="WhenContainsGold">when_contains_gold.</param>
/// <param name="PeopleRecall">people_recall.</param>
/// <param name="DirectionAccuracy">direction_accuracy, over directed events.</param>
/// <param name="SourcesJaccard">sources_jaccard.</param>
/// <param name="OutletAccuracy">outlet_accuracy.</param>
/// <param name="PublishedConsistent">published_consistent.</param>
/// <param name="PublishedTight">published_tight.</param>
/// <param name="RecallByKind">recall_by_kind.</param>
/// <param name="Missed">The keys of the required gold events nothing matched.</param>
public sealed record Scorecard(
    int EventsTp,
    int EventsFp,
    int EventsFn,
    double? EventsPrecision,
    double? EventsRecall,
    double EventsF1,
    double? ModeAccuracy,
    double? WhereAccuracy,
    double? DateExact,
    double? WhenContainsGold,
    double? PeopleRecall,
    double? DirectionAccuracy,
    double? SourcesJaccard,
    double? OutletAccuracy,
    double? PublishedConsistent,
    double? PublishedTight,
    IReadOnlyList<KindRecall> RecallByKind,
    IReadOnlyList<string?> Missed)
{
    /// <summary>The one-line summary the scorer prints last.</summary>
    public string Summary =>
        $"events F1 {Format(EventsF1)} (P {Format(EventsPrecision)}, R {Format(EventsRecall)}), date exact {Format(DateExact)}, "
        + $"people {Format(PeopleRecall)}, sources {Format(SourcesJaccard)}, outlet {Format(OutletAccuracy)}";

    /// <summary>One line per figure, in the reference scorer's order and wording, then the summary.</summary>
    public IReadOnlyList<string> Lines()
    {
        var lines = new List<string>
        {
            $"events_tp: {EventsTp}",
            $"events_fp: {EventsFp}",
            $"events_fn: {EventsFn}",
        };
        lines.AddRange(Ratios().Select(r => $"{r.Name}: {Format(r.Value)}"));
        lines.Add("recall_by_kind: " + string.Join(", ", RecallByKind.Select(k => $"{k.Kind} {k.Found}/{k.Total}")));
        lines.Add("missed: " + (Missed.Count == 0 ? "-" : string.Join(", ", Missed)));
        lines.Add(Summary);
        return lines;
    }

    /// <summary>Every figure as one JSON object with the scorer's snake_case names.</summary>
    public string ToJson()
    {
        var figures = new Dictionary<string, object?>
        {
            ["events_tp"] = EventsTp,
            ["events_fp"] = EventsFp,
            ["events_fn"] = EventsFn,
        };
        foreach (var (name, value) in Ratios())
            figures[name] = value;
        figures["recall_by_kind"] = RecallByKind.ToDictionary(k => k.Kind, k => $"{k.Found}/{k.Total}");
        figures["missed"] = Missed;
        return JsonSerializer.Serialize(figures, new JsonSerializerOptions
        {
            WriteIndented = true,
            Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        });
    }

    private IEnumerable<(string Name, double? Value)> Ratios() =>
    [
        ("events_precision", EventsPrecision),
        ("events_recall", EventsRecall),
        ("events_f1", EventsF1),
        ("mode_accuracy", ModeAccuracy),
        ("where_accuracy", WhereAccuracy),
        ("date_exact", DateExact),
        ("when_contains_gold", WhenContainsGold),
        ("people_recall", PeopleRecall),
        ("direction_accuracy", DirectionAccuracy),
        ("sources_jaccard", SourcesJaccard),
        ("outlet_accuracy", OutletAccuracy),
        ("published_consistent", PublishedConsistent),
        ("published_tight", PublishedTight),
    ];

    // "F3" rounds the exact binary value as the reference scorer's f"{x:.3f}" does; the custom format
    // "0.000" rounds a 15-digit image of it, so 0.7374999999999999 would print 0.738 against its 0.737.
    private static string Format(double? value) => value is { } v ? v.ToString("F3", CultureInfo.InvariantCulture) : "n/a";
}
