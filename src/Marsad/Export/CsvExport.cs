using System.Globalization;
using CsvHelper;
using Marsad.Events;
using Marsad.Store;

namespace Marsad.Export;

/// <summary>
/// Spreadsheet exports through CsvHelper (RFC 4180 quoting): one row per event, or with
/// <see cref="WriteMentions(Marsad.Store.AnalysisSnapshot, TimelineQuery?)"/> one row per mention. Several values in a cell are joined with " | ".
/// </summary>
internal static class CsvExport
{
    public const string ListSeparator = " | ";

    private static readonly CsvWriterOptions Options = new() { NewLine = "\n", FormatProvider = CultureInfo.InvariantCulture };

    public static readonly string[] EventColumns =
    [
        "id", "date_from", "date_to", "date_precision", "type", "mode", "cameo", "goldstein", "status", "countries",
        "participants", "place_country", "place", "sources_count", "sources", "outlets", "outlets_count", "evidence",
    ];

    public static readonly string[] MentionColumns =
    [
        "event_id", "article", "outlet", "published_from", "published_to", "sentence", "type", "mode", "status",
        "when_text", "date_from", "date_to", "place", "trigger", "evidence",
    ];

    public static string WriteEvents(AnalysisSnapshot snapshot, TimelineQuery? query = null)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        WriteEvents(snapshot, writer, query);
        return writer.ToString();
    }

    public static void WriteEvents(AnalysisSnapshot snapshot, TextWriter output, TimelineQuery? query = null)
    {
        var sources = new EventSources(snapshot.Articles);
        using var csv = CsvWriter.Create(output, Options, leaveOpen: true);
        csv.WriteRecord(EventColumns);
        foreach (var e in (query ?? TimelineQuery.All).Apply(snapshot.Events))
        {
            csv.WriteField(e.Id);
            csv.WriteField(Day(e.When?.From));
            csv.WriteField(Day(e.When?.To));
            csv.WriteField(DatePrecisions.Of(e.When) is { } precision ? DatePrecisions.Name(precision) : "");
            csv.WriteField(e.Type.Name);
            csv.WriteField(e.Mode?.Name ?? "");
            csv.WriteField(e.Cameo);
            csv.WriteField(e.Goldstein.ToString("0.0", CultureInfo.InvariantCulture));
            csv.WriteField(ExchangeJson.StatusName(e.Status));
            csv.WriteField(string.Join(ListSeparator, e.Countries));
            csv.WriteField(string.Join(ListSeparator, e.Participants.Select(Describe)));
            csv.WriteField(e.Where?.Country ?? "");
            csv.WriteField(e.Where?.Name ?? "");
            csv.WriteField(e.Sources.Count.ToString(CultureInfo.InvariantCulture));
            csv.WriteField(string.Join(ListSeparator, e.Sources));
            csv.WriteField(string.Join(ListSeparator, sources.Outlets(e)));
            csv.WriteField(sources.Count(e).ToString(CultureInfo.InvariantCulture));
            csv.WriteField(e.Mentions.FirstOrDefault(m => m.EvidenceText.Length > 0)?.EvidenceText ?? "");
            csv.EndRecord();
        }
    }

    public static string WriteMentions(AnalysisSnapshot snapshot, TimelineQuery? query = null)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        WriteMentions(snapshot, writer, query);
        return writer.ToString();
    }

    public static void WriteMentions(AnalysisSnapshot snapshot, TextWriter output, TimelineQuery? query = null)
    {
        var articles = snapshot.Articles.ToDictionary(a => a.Id, StringComparer.Ordinal);
        using var csv = CsvWriter.Create(output, Options, leaveOpen: true);
        csv.WriteRecord(MentionColumns);
        foreach (var e in (query ?? TimelineQuery.All).Apply(snapshot.Events))
        {
            foreach (var m in e.Mentions.Where(m => m.Sentence >= 0)
                         .OrderBy(m => m.ArticleId, StringComparer.Ordinal).ThenBy(m => m.Sentence))
            {
                var article = articles.GetValueOrDefault(m.ArticleId);
                csv.WriteField(e.Id);
                csv.WriteField(m.ArticleId);
                csv.WriteField(article?.Outlet ?? "");
                csv.WriteField(Day(article?.Published?.From));
                csv.WriteField(Day(article?.Published?.To));
                csv.WriteField(m.Sentence.ToString(CultureInfo.InvariantCulture));
                csv.WriteField(m.Type.Name);
                csv.WriteField(m.Mode?.Name ?? "");
                csv.WriteField(ExchangeJson.StatusName(m.Status));
                csv.WriteField(m.WhenText ?? "");
                csv.WriteField(Day(m.Interval?.From));
                csv.WriteField(Day(m.Interval?.To));
                csv.WriteField(m.Where?.Name ?? m.Where?.Country ?? "");
                csv.WriteField(m.TriggerText);
                csv.WriteField(m.EvidenceText);
                csv.EndRecord();
            }
        }
    }

    /// <summary>"name (role, country, side)" with whatever is known.</summary>
    public static string Describe(EventParticipant p)
    {
        var details = new[] { p.Actor.Role, p.Actor.Country, ExchangeJson.SideName(p.Side) }.OfType<string>();
        var name = p.Actor.Name ?? p.Actor.Country ?? p.Actor.Id ?? "?";
        return $"{name} ({string.Join(", ", details)})";
    }

    private static string Day(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";
}
