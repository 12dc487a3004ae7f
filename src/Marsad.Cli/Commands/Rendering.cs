using System.Globalization;
using Marsad.Cli.Terminal;
using Marsad.Events;
using Marsad.Export;
using Marsad.Store;
using Marsad.Time;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Marsad.Cli.Commands;

using Text = Spectre.Console.Text;

/// <summary>Console renderings that several commands share: the timeline (a table or a line per event), the analysis summary, event facts.</summary>
internal static class Rendering
{
    /// <summary>One line: how many articles (and how many dated), how many events of each type.</summary>
    public static string AnalysisSummary(AnalysisSnapshot snapshot)
    {
        var byType = snapshot.Events
            .GroupBy(e => e.Type.Name)
            .OrderByDescending(g => g.Count())
            .Select(g => $"{g.Key} {g.Count()}");
        var dated = snapshot.Articles.Count(a => a.Published is not null);
        var summary = $"{snapshot.Articles.Count} articles ({dated} with a publication interval), {snapshot.Events.Count} events: {string.Join(", ", byType)}";
        return string.Join("\n", snapshot.Warnings.Select(w => $"warning {w}").Prepend(summary));
    }

    /// <summary>
    /// Prints the timeline table of the events the query keeps; on a terminal too narrow for the
    /// table without breaking ids and dates, one line per event instead (with a note on standard error).
    /// </summary>
    public static void TimelineTable(IAnsiConsole console, AnalysisSnapshot snapshot, TimelineQuery query, Names names, TextWriter? notes = null)
    {
        var events = query.Apply(snapshot.Events);
        var sources = new EventSources(snapshot.Articles);
        var table = new Table().Border(TableBorder.Rounded)
            .AddColumn(new TableColumn(names.Label("Date", "التاريخ")).NoWrap())
            .AddColumn(new TableColumn(names.Label("Event", "الحدث")).NoWrap())
            .AddColumn(names.Label("Participants", "المشاركون"))
            .AddColumn(names.Label("Place", "المكان"))
            .AddColumn(new TableColumn("Src").RightAligned().NoWrap())
            .AddColumn(names.Label("Outlets", "المصادر"));
        foreach (var e in events)
        {
            var outlets = sources.Outlets(e);
            table.AddRow(
                new Rows(DateLines(e.When).Select((line, i) => new Text(line, i > 0 && line[0] != '.' ? new Style(Color.Grey) : Style.Plain))),
                new Rows(EventLines(e).Select((line, i) => new Text(line, i == 0 ? Style.Plain : new Style(Color.Grey)))),
                new Text(string.Join("\n", e.Participants.Select(names.Participant))),
                new Text(names.Place(e.Where)),
                new Text(sources.Count(e).ToString(CultureInfo.InvariantCulture)),
                new Text(outlets.Count == 0 ? "-" : string.Join("\n", outlets.Select(names.Outlet))));
        }
        var width = console.Profile.Width;
        var needed = ((IRenderable)table).Measure(new RenderOptions(console.Profile.Capabilities, new Size(width, console.Profile.Height)), width).Min;
        if (needed > width && events.Count > 0)
        {
            notes?.WriteLine($"the terminal is {width} columns wide, the table needs {needed}: one line per event (COLUMNS or --format table on a wider terminal)");
            TimelineLines(console, events, sources, names);
            return;
        }
        console.WriteIsolated(table);
    }

    /// <summary>One line per event: date, precision, type, countries, participants, place, outlets, id; each Arabic field isolated.</summary>
    public static void TimelineLines(TextWriter output, AnalysisSnapshot snapshot, TimelineQuery query, Names names)
    {
        var sources = new EventSources(snapshot.Articles);
        foreach (var e in query.Apply(snapshot.Events))
            output.Write(EventLine(e, sources, names) + "\n");
    }

    private static void TimelineLines(IAnsiConsole console, IReadOnlyList<Event> events, EventSources sources, Names names)
    {
        foreach (var e in events)
            console.Profile.Out.Writer.Write(EventLine(e, sources, names) + "\n");
    }

    /// <summary>"2021-02-17  day  consult/phone 041  RUS-SYR  name (role, RUS); …  @ place  2 src: outlet, …  ev-…".</summary>
    public static string EventLine(Event e, EventSources sources, Names names)
    {
        var when = e.When is { } w ? w.ToString() : "undated";
        var precision = DatePrecisions.Of(e.When) is { } p ? DatePrecisions.Name(p) : "-";
        var kind = $"{e.Type.Name}{(e.Mode is { } mode ? "/" + mode.Name : "")} {e.Cameo}{StatusSuffix(e.Status)}";
        var participants = string.Join("; ", e.Participants.Select(p => Bidi.Field(names.Participant(p))));
        var outlets = string.Join(", ", sources.Outlets(e).Select(o => Bidi.Field(names.Outlet(o))));
        var fields = new List<string> { $"{when,-22}", $"{precision,-5}", kind, string.Join("-", e.Countries), participants };
        if (e.Where is not null)
            fields.Add("@ " + Bidi.Field(names.Place(e.Where)));
        fields.Add($"{sources.Count(e)} src" + (outlets.Length > 0 ? ": " + outlets : ""));
        fields.Add(e.Id);
        return string.Join("  ", fields.Where(f => f.Length > 0));
    }

    /// <summary>The date cell: the first day, "..last day" for an interval, and how precise it is.</summary>
    public static IReadOnlyList<string> DateLines(DateInterval? when) => when switch
    {
        null => ["undated"],
        { IsDay: true } w => [w.From.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), DatePrecisions.Describe(w)],
        { } w => [w.From.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), ".." + w.To.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), DatePrecisions.Describe(w)],
    };

    /// <summary>The event cell: type, mode and CAMEO code; the status when not occurred; the id.</summary>
    private static IEnumerable<string> EventLines(Event e)
    {
        yield return $"{e.Type.Name}{(e.Mode is { } mode ? "/" + mode.Name : "")} {e.Cameo}";
        if (e.Status != EventStatus.Occurred)
            yield return ExchangeJson.StatusName(e.Status);
        yield return e.Id;
    }

    /// <summary>"2021-02-17 (day)", "2021-02-15 .. 2021-02-17 (3 days)", "undated".</summary>
    public static string DateText(Event e) => e.When is { } w
        ? w.IsDay ? $"{w.From:yyyy-MM-dd} (day)" : $"{w.From:yyyy-MM-dd} .. {w.To:yyyy-MM-dd} ({DatePrecisions.Describe(w)})"
        : "undated";

    /// <summary>" [planned]", " [denied]", or nothing for an event that occurred.</summary>
    public static string StatusSuffix(EventStatus status) => status == EventStatus.Occurred ? "" : $" [{ExchangeJson.StatusName(status)}]";
}
