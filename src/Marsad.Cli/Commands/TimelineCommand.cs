using System.ComponentModel;
using Marsad.Export;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Marsad.Cli.Commands;

/// <summary>The event timeline as a table, or as exchange JSON or CSV on standard output.</summary>
public sealed class TimelineCommand(IAnsiConsole console, CliStreams streams) : Command<TimelineCommand.TimelineSettings>
{
    public sealed class TimelineSettings : FilterSettings
    {
        [CommandOption("--format <FORMAT>")]
        [Description("table (default), json (exchange format) or csv.")]
        [DefaultValue("table")]
        public string Format { get; init; } = "table";

        public override ValidationResult Validate() =>
            Format is "table" or "json" or "csv" ? base.Validate() : ValidationResult.Error("--format must be table, json or csv");
    }

    public override int Execute(CommandContext context, TimelineSettings settings, CancellationToken cancellationToken)
    {
        streams.UseUtf8();
        var snapshot = settings.LoadSnapshot(streams.Error);
        if (snapshot is null)
            return 1;
        var query = settings.ToQuery();
        switch (settings.Format)
        {
            case "json":
                streams.Out.Write(ExchangeJson.Write(ExportFormats.Filter(snapshot, query)));
                return 0;
            case "csv":
                CsvExport.WriteEvents(snapshot, streams.Out, query);
                return 0;
        }

        Rendering.TimelineTable(console, snapshot, query);
        return 0;
    }
}
