using Marsad.Store;

namespace Marsad.Export;

/// <summary>The export formats by name, shared by `marsad export` and the REST API's /api/export.</summary>
internal static class ExportFormats
{
    /// <summary>Every format name with the media type it is served as.</summary>
    public static IReadOnlyDictionary<string, string> MediaTypes { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["json"] = "application/json; charset=utf-8",
        ["csv"] = "text/csv; charset=utf-8",
        ["csv-mentions"] = "text/csv; charset=utf-8",
        ["gdelt"] = "text/tab-separated-values; charset=utf-8",
        ["gdelt-mentions"] = "text/tab-separated-values; charset=utf-8",
    };

    /// <summary>The format names, in the order help texts list them.</summary>
    public static IReadOnlyList<string> Names { get; } = ["json", "csv", "csv-mentions", "gdelt", "gdelt-mentions"];

    /// <summary>The events the query keeps, in <paramref name="format"/> (an unknown name gives the exchange JSON).</summary>
    /// <param name="snapshot">The analysis to export.</param>
    /// <param name="format">json, csv, csv-mentions, gdelt or gdelt-mentions.</param>
    /// <param name="query">Which events to keep.</param>
    /// <param name="mentions">With csv: one row per mention instead of per event.</param>
    /// <param name="header">With the gdelt formats: a header row (GDELT files have none).</param>
    public static string Render(AnalysisSnapshot snapshot, string format, TimelineQuery query, bool mentions = false, bool header = false) => format switch
    {
        "csv" when mentions => CsvExport.WriteMentions(snapshot, query),
        "csv" => CsvExport.WriteEvents(snapshot, query),
        "csv-mentions" => CsvExport.WriteMentions(snapshot, query),
        "gdelt" => GdeltExport.WriteEvents(snapshot, query, header),
        "gdelt-mentions" => GdeltExport.WriteMentions(snapshot, query, header),
        _ => ExchangeJson.Write(Filter(snapshot, query)),
    };

    /// <summary>The snapshot with only the events the query keeps (all articles stay: they are the corpus).</summary>
    public static AnalysisSnapshot Filter(AnalysisSnapshot snapshot, TimelineQuery query) =>
        snapshot with { Events = query.Apply(snapshot.Events) };
}
