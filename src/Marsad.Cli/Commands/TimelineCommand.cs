using System.ComponentModel;
using Marsad.Cli.Terminal;
using Marsad.Export;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Marsad.Cli.Commands;

/// <summary>The event timeline as a table or one line per event, or as exchange JSON or CSV on standard output.</summary>
public sealed class TimelineCommand(IAnsiConsole console, CliStreams streams) : Command<TimelineCommand.TimelineSettings>
{
    /// <summary>The timeline's formats.</summary>
    internal static readonly string[] Formats = ["table", "line", "json", "csv"];

    /// <summary>The options of timeline.</summary>
    public sealed class TimelineSettings : FilterSettings
    {
        /// <summary>--format.</summary>
        [CommandOption("--format <FORMAT>")]
        [Description("table (default), line (one line per event), json (exchange format) or csv.")]
        [DefaultValue("table")]
        public string Format { get; init; } = "table";

        /// <summary>--json.</summary>
        [CommandOption("--json")]
        [Description("The same as --format json.")]
        public bool Json { get; init; }

        /// <summary>--names.</summary>
        [CommandOption("--names <LANGUAGE>")]
        [Description("ar (default): names as printed; en: the knowledge base's English names, ISO3 codes and English role names.")]
        public string? NameStyle { get; init; }

        /// <summary>The format asked for (--json wins).</summary>
        public string EffectiveFormat => Json ? "json" : Format.ToLowerInvariant();

        /// <inheritdoc/>
        public override ValidationResult Validate()
        {
            if (!Formats.Contains(Format.ToLowerInvariant(), StringComparer.Ordinal))
                return ValidationResult.Error($"--format {Format}: not one of {string.Join("|", Formats)}");
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
    public override int Execute(CommandContext context, TimelineSettings settings, CancellationToken cancellationToken)
    {
        var snapshot = settings.LoadSnapshot(streams.Error);
        if (snapshot is null)
            return ExitCodes.Failed;
        var query = settings.ToQuery();
        var names = Names.Parse(settings.NameStyle);
        switch (settings.EffectiveFormat)
        {
            case "json":
                streams.Out.Write(ExchangeJson.Write(ExportFormats.Filter(snapshot, query)));
                return ExitCodes.Success;
            case "csv":
                CsvExport.WriteEvents(snapshot, streams.Out, query);
                return ExitCodes.Success;
            case "line":
                Rendering.TimelineLines(streams.Out, snapshot, query, names);
                break;
            default:
                Rendering.TimelineTable(console, snapshot, query, names, streams.Error);
                break;
        }
        streams.Error.WriteLine($"{query.Apply(snapshot.Events).Count} of {snapshot.Events.Count} events; analysed {snapshot.AnalyzedAt:yyyy-MM-dd HH:mm} UTC");
        return ExitCodes.Success;
    }
}
