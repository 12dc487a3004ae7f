using System.ComponentModel;
using System.Text;
using Marsad.Export;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Marsad.Cli.Commands;

/// <summary>Writes the events the filters keep in one export format, to standard output or a file.</summary>
public sealed class ExportCommand(CliStreams streams) : Command<ExportCommand.ExportSettings>
{
    public sealed class ExportSettings : FilterSettings
    {
        [CommandOption("--format <FORMAT>")]
        [Description("json (exchange format, default), csv, csv-mentions, gdelt (GDELT 2.0 events rows) or gdelt-mentions.")]
        [DefaultValue("json")]
        public string Format { get; init; } = "json";

        [CommandOption("--mentions")]
        [Description("With csv: one row per mention instead of per event.")]
        public bool Mentions { get; init; }

        [CommandOption("--header")]
        [Description("With gdelt formats: write a header row (GDELT files have none).")]
        public bool Header { get; init; }

        [CommandOption("--out <FILE>")]
        [Description("Write to this file instead of standard output.")]
        public string? Out { get; init; }

        public override ValidationResult Validate() =>
            ExportFormats.Names.Contains(Format) ? base.Validate() : ValidationResult.Error("--format must be one of " + string.Join(", ", ExportFormats.Names));
    }

    public override int Execute(CommandContext context, ExportSettings settings, CancellationToken cancellationToken)
    {
        streams.UseUtf8();
        var snapshot = settings.LoadSnapshot(streams.Error);
        if (snapshot is null)
            return 1;
        var text = ExportFormats.Render(snapshot, settings.Format, settings.ToQuery(), settings.Mentions, settings.Header);
        if (settings.Out is null)
        {
            streams.Out.Write(text);
        }
        else
        {
            File.WriteAllText(settings.Out, text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            streams.Error.WriteLine($"wrote {settings.Out}");
        }
        return 0;
    }
}
