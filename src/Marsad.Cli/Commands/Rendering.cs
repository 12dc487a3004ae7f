using System.Globalization;
using Marsad.Events;
using Marsad.Export;
using Marsad.Store;
using Spectre.Console;

namespace Marsad.Cli.Commands;

using Text = Spectre.Console.Text;

/// <summary>Console renderings that several commands share: the timeline table, the analysis summary, event facts.</summary>
internal static class Rendering
{
    /// <summary>One line: how many articles (and how many dated), how many events of each type.</summary>
    public static void AnalysisSummary(IAnsiConsole console, AnalysisSnapshot snapshot)
    {
        var byType = snapshot.Events
            .GroupBy(e => e.Type.Name)
            .OrderByDescending(g => g.Count())
            .Select(g => $"{g.Key} {g.Count()}");
        var dated = snapshot.Articles.Count(a => a.Published is not null);
        console.MarkupLine(Markup.Escape(
            $"{snapshot.Articles.Count} articles ({dated} with a publication interval), {snapshot.Events.Count} events: {string.Join(", ", byType)}"));
    }

    /// <summary>Prints the timeline table of the events the query keeps.</summary>
    public static void TimelineTable(IAnsiConsole console, AnalysisSnapshot snapshot, TimelineQuery query)
    {
        var events = query.Apply(snapshot.Events);
        var outlets = snapshot.Articles.ToDictionary(a => a.Id, a => a.Outlet, StringComparer.Ordinal);
        var table = new Table().Border(TableBorder.Rounded)
            .AddColumn(new TableColumn("Date / التاريخ").NoWrap())
            .AddColumn("Event / الحدث")
            .AddColumn("Participants / المشاركون")
            .AddColumn("Place / المكان")
            .AddColumn(new TableColumn("Src").RightAligned())
            .AddColumn("Outlets / المصادر");
        foreach (var e in events)
        {
            var outletNames = e.Sources.Select(s => outlets.GetValueOrDefault(s)).OfType<string>().Distinct(StringComparer.Ordinal).ToArray();
            table.AddRow(
                new Text(e.When is { IsDay: false } w ? $"{w.From:yyyy-MM-dd}\n..{w.To:yyyy-MM-dd}\n({w.Days} days)" : DateText(e)),
                new Rows(
                    new Text($"{e.Type.Name}{(e.Mode is { } mode ? "/" + mode.Name : "")} {e.Cameo}{StatusSuffix(e.Status)}"),
                    new Text(e.Id, new Style(Color.Grey))),
                new Text(string.Join("\n", e.Participants.Select(Short))),
                new Text(PlaceText(e.Where)),
                new Text(e.Sources.Count.ToString(CultureInfo.InvariantCulture)),
                new Text(outletNames.Length == 0 ? "-" : string.Join("\n", outletNames)));
        }
        console.Write(table);
        console.MarkupLine($"[grey]{events.Count} of {snapshot.Events.Count} events; analysed {snapshot.AnalyzedAt:yyyy-MM-dd HH:mm} UTC[/]");
    }

    public static string DateText(Event e) => e.When is { } w
        ? w.IsDay ? w.From.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : $"{w.From:yyyy-MM-dd} .. {w.To:yyyy-MM-dd} ({w.Days} days)"
        : "undated";

    public static string PlaceText(Place? where) => where switch
    {
        null => "-",
        { Name: { } name, Country: { } country } => $"{name} ({country})",
        { Name: { } name } => name,
        { Country: { } country } => country,
        _ => "-",
    };

    /// <summary>"name (role, country)" without the side, for narrow columns.</summary>
    public static string Short(EventParticipant p)
    {
        var name = p.Actor.Name ?? p.Actor.Country ?? p.Actor.Id ?? "?";
        var details = new[] { p.Actor.Role, p.Actor.Name is null ? null : p.Actor.Country }.OfType<string>().ToArray();
        return details.Length == 0 ? name : $"{name} ({string.Join(", ", details)})";
    }

    public static string StatusSuffix(EventStatus status) => status == EventStatus.Occurred ? "" : $" [{ExchangeJson.StatusName(status)}]";
}
