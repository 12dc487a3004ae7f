using System.ComponentModel;
using System.Globalization;
using Marsad.Cli.Terminal;
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
    /// <summary>The options of event.</summary>
    public sealed class EventSettings : ViewSettings
    {
        /// <summary>The event id or a unique prefix.</summary>
        [CommandArgument(0, "<ID>")]
        [Description("Event id (a unique prefix is enough), as shown by `marsad timeline`.")]
        public string Id { get; init; } = "";

        /// <summary>--format.</summary>
        [CommandOption("--format <FORMAT>")]
        [Description("text (default) or json.")]
        [DefaultValue("text")]
        public string Format { get; init; } = "text";

        /// <summary>--json.</summary>
        [CommandOption("--json")]
        [Description("The same as --format json.")]
        public bool Json { get; init; }

        /// <summary>--names.</summary>
        [CommandOption("--names <LANGUAGE>")]
        [Description("ar (default) or en: participants, places and outlets by English names and ISO3 codes (the evidence stays as printed).")]
        public string? NameStyle { get; init; }

        /// <inheritdoc/>
        public override ValidationResult Validate()
        {
            if (Format.ToLowerInvariant() is not ("text" or "json"))
                return ValidationResult.Error($"--format {Format}: not one of text|json");
            try
            {
                Names.Parse(NameStyle);
            }
            catch (FormatException e)
            {
                return ValidationResult.Error(e.Message);
            }
            return base.Validate();
        }
    }

    /// <inheritdoc/>
    public override int Execute(CommandContext context, EventSettings settings, CancellationToken cancellationToken)
    {
        var snapshot = settings.LoadSnapshot(streams.Error);
        if (snapshot is null)
            return ExitCodes.Failed;
        var found = Find(snapshot, settings.Id);
        if (found.Count != 1)
        {
            streams.Error.WriteLine(found.Count == 0
                ? $"no event '{settings.Id}' (see `marsad timeline`)"
                : $"'{settings.Id}' names {found.Count} events: {string.Join(", ", found.Select(e => e.Id).Take(10))}");
            return ExitCodes.Failed;
        }
        var e = found[0];
        if (settings.Json || settings.Format.Equals("json", StringComparison.OrdinalIgnoreCase))
        {
            streams.Out.Write(System.Text.Json.JsonSerializer.Serialize(ExchangeJson.ToExchange(e), ExchangeJson.Options).ReplaceLineEndings("\n") + "\n");
            return ExitCodes.Success;
        }
        Render(e, snapshot, Names.Parse(settings.NameStyle));
        return ExitCodes.Success;
    }

    /// <summary>The event with this id, else every event whose id starts with it.</summary>
    internal static IReadOnlyList<Event> Find(AnalysisSnapshot snapshot, string id)
    {
        var exact = snapshot.Events.Where(e => e.Id == id).ToArray();
        return exact.Length > 0 ? exact : snapshot.Events.Where(e => e.Id.StartsWith(id, StringComparison.Ordinal)).ToArray();
    }

    private void Render(Event e, AnalysisSnapshot snapshot, Names names)
    {
        var cameo = Pipeline.MarsadRules.Shipped.Cameo.Find(e.Cameo);
        var facts = new Grid().AddColumn(new GridColumn().NoWrap()).AddColumn();
        void Fact(string label, string value) => facts.AddRow(new Text(label, new Style(Color.Grey)), new Text(value));
        Fact("Event", $"{e.Id}{Rendering.StatusSuffix(e.Status)}");
        Fact(names.Label("Type", "النوع"), $"{e.Type.Name}{(e.Mode is { } mode ? " / " + mode.Name : "")}");
        Fact("CAMEO", $"{e.Cameo} {cameo?.Name} (Goldstein {e.Goldstein.ToString("0.0", CultureInfo.InvariantCulture)}, quad class {cameo?.QuadClass})");
        Fact(names.Label("When", "التاريخ"), Rendering.DateText(e));
        Fact(names.Label("Where", "المكان"), names.Place(e.Where));
        Fact("Participants", string.Join("\n", e.Participants.Select(p => $"{names.Participant(p)} [{ExchangeJson.SideName(p.Side)}]")));
        var sources = new EventSources(snapshot.Articles);
        Fact(names.Label("Sources", "المصادر"), $"{sources.Count(e)} ({e.Sources.Count} articles, outlets: {string.Join(", ", sources.Outlets(e).Select(names.Outlet))})");
        if (e.Topics.Count > 0)
            Fact(names.Label("Topics", "المواضيع"), string.Join(", ", e.Topics));
        foreach (var q in e.Quotes.DistinctBy(q => q.Text))
            Fact(names.Label("Quote", "تصريح"), $"{(q.Speaker is { } speaker ? names.Name(speaker) : "?")}: «{q.Text}» ({q.ArticleId})");
        console.WriteIsolated(new Panel(facts).Header(names.Label("Event", "حدث")).Border(BoxBorder.Rounded));
        WriteSources(SourceComparison.Of(e, snapshot.Articles), names);
    }

    /// <summary>The sources side by side, one column each; one block per source when the columns would not fit.</summary>
    private void WriteSources(IReadOnlyList<SourceReport> reports, Names names)
    {
        (string Label, Func<SourceReport, string> Value)[] rows =
        [
            (names.Label("Outlet", "المصدر"), r => r.Outlet is { } o ? names.Outlet(o) : "?"),
            (names.Label("Published", "النشر"), r => r.Published is { } p ? HtmlReport.DateText(p) : "unknown"),
            (names.Label("Date said", "عبارة التاريخ"), r => Join(r.WhenTexts)),
            ("Date resolved", r => Join(r.Dates.Select(d => d.ToString()))),
            (names.Label("Place", "المكان"), r => Join(r.Mentions.Where(m => m.Where is not null).Select(m => names.Place(m.Where)).Distinct(StringComparer.Ordinal))),
            (names.Label("Mode", "الطريقة"), r => Join(r.Modes)),
            ("Type", r => Join(r.Types)),
            (names.Label("Evidence", "الشاهد"), r => r.Evidence.Count == 0 ? "-" : string.Join("\n\n", r.Evidence)),
        ];
        var table = new Table().Border(TableBorder.Rounded).AddColumn(new TableColumn("").NoWrap());
        foreach (var r in reports)
            table.AddColumn(new TableColumn(new Text(r.ArticleId)).Width(Math.Max(r.ArticleId.Length, 24)));
        foreach (var (label, value) in rows)
            table.AddRow([new Text(label, new Style(Color.Grey)), .. reports.Select(r => new Text(value(r)))]);
        // Each column as wide as its id (24 at least), the labels, and 3 border and padding cells a column.
        var needed = rows.Max(r => r.Label.Length) + reports.Sum(r => Math.Max(r.ArticleId.Length, 24)) + 3 * (reports.Count + 1) + 1;
        if (needed <= console.Profile.Width)
        {
            console.WriteIsolated(table);
            return;
        }
        // Too narrow for the columns: one block per source, its id on a line of its own (never wrapped).
        foreach (var r in reports)
        {
            console.Profile.Out.Writer.Write(r.ArticleId + "\n");
            var block = new Table().Border(TableBorder.Rounded).HideHeaders().AddColumn(new TableColumn("").NoWrap()).AddColumn("");
            foreach (var (label, value) in rows)
                block.AddRow(new Text(label, new Style(Color.Grey)), new Text(value(r)));
            console.WriteIsolated(block);
        }
    }

    private static string Join(IEnumerable<string> values)
    {
        var list = values.ToArray();
        return list.Length == 0 ? "-" : string.Join("; ", list);
    }
}
