using System.ComponentModel;
using System.Text;
using Marsad.Export;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Marsad.Cli.Commands;

/// <summary>Writes the events the filters keep in one export format, to standard output or a file.</summary>
public sealed class ExportCommand(CliStreams streams) : Command<ExportCommand.ExportSettings>
{
    /// <summary>The options of export.</summary>
    public sealed class ExportSettings : FilterSettings
    {
        /// <summary>--format.</summary>
        [CommandOption("--format <FORMAT>")]
        [Description("json (exchange format, default), csv, csv-mentions, gdelt (GDELT 2.0 events rows) or gdelt-mentions.")]
        [DefaultValue("json")]
        public string Format { get; init; } = "json";

        /// <summary>--mentions.</summary>
        [CommandOption("--mentions")]
        [Description("With csv: one row per mention instead of per event.")]
        public bool Mentions { get; init; }

        /// <summary>--header.</summary>
        [CommandOption("--header")]
        [Description("With gdelt formats: a comment line saying what is written, then the column names (GDELT files have neither).")]
        public bool Header { get; init; }

        /// <summary>--out.</summary>
        [CommandOption("--out <FILE>")]
        [Description("Write to this file instead of standard output (- is standard output).")]
        public string? Out { get; init; }

        /// <inheritdoc/>
        public override ValidationResult Validate()
        {
            if (!ExportFormats.Names.Contains(Format))
                return ValidationResult.Error($"--format {Format}: not one of {string.Join("|", ExportFormats.Names)}");
            return CliValues.OutputError("--out", Out) is { } error ? ValidationResult.Error(error) : base.Validate();
        }
    }

    /// <inheritdoc/>
    public override int Execute(CommandContext context, ExportSettings settings, CancellationToken cancellationToken)
    {
        var snapshot = settings.LoadSnapshot(streams.Error);
        if (snapshot is null)
            return ExitCodes.Failed;
        var text = ExportFormats.Render(snapshot, settings.Format, settings.ToQuery(), settings.Mentions, settings.Header);
        if (settings.Out is null or "-")
        {
            streams.Out.Write(text);
        }
        else
        {
            File.WriteAllText(settings.Out, text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            streams.Error.WriteLine($"wrote {settings.Out}");
        }
        return ExitCodes.Success;
    }
}
