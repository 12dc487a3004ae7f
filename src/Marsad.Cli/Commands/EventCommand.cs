using System.ComponentModel;
using System.Globalization;
using Marsad.Events;
using Marsad.Export;
using Marsad.Store;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Marsad.Cli.Commands;

using Text = Spectre.Console.Text;

/// <summary>One event with its sources side by side: what each outlet reported, in its own words.</summary>
public sealed class EventCommand(IAnsiConsole console, CliStreams streams) : Command<EventCommand.EventSettings>
{
    public sealed class EventSettings : ViewSettings
    {
        [CommandArgument(0, "<ID>")]
        [Description("Event id (a unique prefix is enough), as shown by `marsad timeline`.")]
        public string Id { get; init; } = "";

        [CommandOption("--format <FORMAT>")]
        [Description("text (default) or json.")]
        [DefaultValue("text")]
        public string Format { get; init; } = "text";
    }

    public override int Execute(CommandContext context, EventSettings settings, CancellationToken cancellationToken)
    {
        streams.UseUtf8();
        var snapshot = settings.LoadSnapshot(streams.Error);
        if (snapshot is null)
            return 1;
        var found = Find(snapshot, settings.Id);
        if (found.Count != 1)
        {
            streams.Error.WriteLine(found.Count == 0
                ? $"No event '{settings.Id}'."
                : $"'{settings.Id}' names {found.Count} events: {string.Join(", ", found.Select(e => e.Id).Take(10))}");
            return 1;
        }
        var e = found[0];
        if (settings.Format == "json")
        {
            streams.Out.WriteLine(System.Text.Json.JsonSerializer.Serialize(ExchangeJson.ToExchange(e), ExchangeJson.Options));
            return 0;
        }
        Render(e, snapshot);
        return 0;
    }

    /// <summary>The event with this id, else every event whose id starts with it.</summary>
    internal static IReadOnlyList<Event> Find(AnalysisSnapshot snapshot, string id)
    {
        var exact = snapshot.Events.Where(e => e.Id == id).ToArray();
        return exact.Length > 0 ? exact : snapshot.Events.Where(e => e.Id.StartsWith(id, StringComparison.Ordinal)).ToArray();
    }

    private void Render(Event e, AnalysisSnapshot snapshot)
    {
        var cameo = CameoTable.Default.Find(e.Cameo);
        var facts = new Grid().AddColumn(new GridColumn().NoWrap()).AddColumn();
        void Fact(string label, string value) => facts.AddRow(new Text(label, new Style(Color.Grey)), new Text(value));
        Fact("Event", $"{e.Id}{Rendering.StatusSuffix(e.Status)}");
        Fact("Type / النوع", $"{e.Type.Name}{(e.Mode is { } mode ? " / " + mode.Name : "")}");
        Fact("CAMEO", $"{e.Cameo} {cameo?.Name} (Goldstein {e.Goldstein.ToString("0.0", CultureInfo.InvariantCulture)}, quad class {cameo?.QuadClass})");
        Fact("When / التاريخ", Rendering.DateText(e));
        Fact("Where / المكان", Rendering.PlaceText(e.Where));
        Fact("Participants", string.Join("\n", e.Participants.Select(CsvExport.Describe)));
        if (e.Topics.Count > 0)
            Fact("Topics / المواضيع", string.Join(", ", e.Topics));
        foreach (var q in e.Quotes)
            Fact("Quote / تصريح", $"{q.Speaker?.Name ?? "?"}: «{q.Text}» ({q.ArticleId})");
        console.Write(new Panel(facts).Header("Event / حدث").Border(BoxBorder.Rounded));

        var reports = SourceComparison.Of(e, snapshot.Articles);
        var table = new Table().Border(TableBorder.Rounded).AddColumn(new TableColumn("").NoWrap());
        foreach (var r in reports)
            table.AddColumn(new TableColumn(new Text(r.ArticleId)));
        void Row(string label, Func<SourceReport, string> value) =>
            table.AddRow([new Text(label, new Style(Color.Grey)), .. reports.Select(r => new Text(value(r)))]);
        Row("Outlet / المصدر", r => r.Outlet ?? "?");
        Row("Published / النشر", r => r.Published is { } p ? HtmlReport.DateText(p) : "unknown");
        Row("Date said / عبارة التاريخ", r => Join(r.WhenTexts));
        Row("Date resolved", r => Join(r.Dates.Select(d => d.ToString())));
        Row("Place / المكان", r => Join(r.Places));
        Row("Mode / الطريقة", r => Join(r.Modes));
        Row("Type", r => Join(r.Types));
        Row("Evidence / الشاهد", r => r.Evidence.Count == 0 ? "-" : string.Join("\n\n", r.Evidence));
        console.Write(table);
    }

    private static string Join(IEnumerable<string> values)
    {
        var list = values.ToArray();
        return list.Length == 0 ? "-" : string.Join("; ", list);
    }
}
