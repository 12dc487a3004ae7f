using System.ComponentModel;
using System.Globalization;
using System.Text;
using Marsad.Cli.Web;
using Marsad.Events;
using Marsad.Export;
using Marsad.Store;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Marsad.Cli.Commands;

using Text = Spectre.Console.Text;

/// <summary>Options of the commands that show stored events: read the store, or an exchange JSON file.</summary>
public class ViewSettings : StoreSettings
{
    [CommandOption("--input <FILE>")]
    [Description("Read events from an exchange JSON file (an export or a gold file) instead of the store.")]
    public string? Input { get; init; }

    /// <summary>The snapshot to show, or null (with a message on stderr) when there is none.</summary>
    public AnalysisSnapshot? LoadSnapshot()
    {
        if (Input is not null)
            return ExchangeJson.ToSnapshot(ExchangeJson.ReadFile(Input));
        using var store = OpenStore();
        var snapshot = store.LoadAnalysis();
        if (snapshot is null)
            Console.Error.WriteLine("No analysis stored yet: run `marsad analyze` (or `marsad run`) first, or pass --input FILE.json.");
        return snapshot;
    }

    /// <summary>A store to serve: the real one, or a read-only one over --input.</summary>
    public IMarsadStore OpenViewStore() =>
        Input is null ? OpenStore() : new SnapshotStore(ExchangeJson.ToSnapshot(ExchangeJson.ReadFile(Input)));

    internal static void UseUtf8Console()
    {
        Console.OutputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
    }
}

/// <summary>The timeline filters, shared by timeline and export.</summary>
public class FilterSettings : ViewSettings
{
    [CommandOption("--pair <PAIR>")]
    [Description("Two countries that both take part, in either order: SYR-RUS.")]
    public string? Pair { get; init; }

    [CommandOption("--country <ISO3>")]
    [Description("A country that takes part, or where the event happened.")]
    public string? Country { get; init; }

    [CommandOption("--from <DATE>")]
    [Description("Keep events whose date interval reaches this day or later (yyyy-MM-dd, yyyy-MM or yyyy).")]
    public string? From { get; init; }

    [CommandOption("--to <DATE>")]
    [Description("Keep events whose date interval starts on or before this day.")]
    public string? To { get; init; }

    [CommandOption("--type <TYPE>")]
    [Description("PLOVER event type: consult, agree, support, accuse, ...")]
    public string? Type { get; init; }

    [CommandOption("--mode <MODE>")]
    [Description("PLOVER mode: phone, visit, multilateral, third-party, or none.")]
    public string? Mode { get; init; }

    [CommandOption("--status <STATUS>")]
    [Description("occurred, planned or denied.")]
    public string? Status { get; init; }

    public TimelineQuery ToQuery() => TimelineQuery.Parse(Pair, Country, From, To, Type, Mode, Status);

    public override ValidationResult Validate()
    {
        try
        {
            ToQuery();
            return ValidationResult.Success();
        }
        catch (FormatException e)
        {
            return ValidationResult.Error(e.Message);
        }
    }
}

public sealed class TimelineCommand : Command<TimelineCommand.Settings>
{
    public sealed class Settings : FilterSettings
    {
        [CommandOption("--format <FORMAT>")]
        [Description("table (default), json (exchange format) or csv.")]
        [DefaultValue("table")]
        public string Format { get; init; } = "table";

        public override ValidationResult Validate() =>
            Format is "table" or "json" or "csv" ? base.Validate() : ValidationResult.Error("--format must be table, json or csv");
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        ViewSettings.UseUtf8Console();
        var snapshot = settings.LoadSnapshot();
        if (snapshot is null)
            return 1;
        var query = settings.ToQuery();
        switch (settings.Format)
        {
            case "json":
                Console.Out.Write(ExchangeJson.Write(Filter(snapshot, query)));
                return 0;
            case "csv":
                CsvExport.WriteEvents(snapshot, Console.Out, query);
                return 0;
        }

        RenderTable(snapshot, query);
        return 0;
    }

    /// <summary>Prints the timeline table of the events the query keeps.</summary>
    internal static void RenderTable(AnalysisSnapshot snapshot, TimelineQuery query)
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
                    new Text($"{e.Type}{(e.Mode is null ? "" : "/" + e.Mode)} {e.Cameo}{StatusSuffix(e.Status)}"),
                    new Text(e.Id, new Style(Color.Grey))),
                new Text(string.Join("\n", e.Participants.Select(Short))),
                new Text(PlaceText(e.Where)),
                new Text(e.Sources.Count.ToString(CultureInfo.InvariantCulture)),
                new Text(outletNames.Length == 0 ? "-" : string.Join("\n", outletNames)));
        }
        AnsiConsole.Write(table);
        AnsiConsole.MarkupLine($"[grey]{events.Count} of {snapshot.Events.Count} events; analysed {snapshot.AnalyzedAt:yyyy-MM-dd HH:mm} UTC[/]");
    }

    /// <summary>The snapshot with only the events the query keeps (all articles stay: they are the corpus).</summary>
    internal static AnalysisSnapshot Filter(AnalysisSnapshot snapshot, TimelineQuery query) =>
        snapshot with { Events = query.Apply(snapshot.Events) };

    internal static string DateText(Event e) => e.When is { } w
        ? w.IsDay ? w.From.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : $"{w.From:yyyy-MM-dd} .. {w.To:yyyy-MM-dd} ({w.Days} days)"
        : "undated";

    internal static string PlaceText(Place? where) => where switch
    {
        null => "-",
        { Name: { } name, Country: { } country } => $"{name} ({country})",
        { Name: { } name } => name,
        { Country: { } country } => country,
        _ => "-",
    };

    /// <summary>"name (role, country)" without the side, for narrow columns.</summary>
    internal static string Short(EventParticipant p)
    {
        var name = p.Actor.Name ?? p.Actor.Country ?? p.Actor.Id ?? "?";
        var details = new[] { p.Actor.Role, p.Actor.Name is null ? null : p.Actor.Country }.OfType<string>().ToArray();
        return details.Length == 0 ? name : $"{name} ({string.Join(", ", details)})";
    }

    internal static string StatusSuffix(EventStatus status) => status == EventStatus.Occurred ? "" : $" [{ExchangeJson.StatusName(status)}]";
}
