using System.ComponentModel;
using System.Text;
using Marsad.Export;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Marsad.Cli.Commands;

public sealed class ExportCommand : Command<ExportCommand.Settings>
{
    public static readonly string[] Formats = ["json", "csv", "csv-mentions", "gdelt", "gdelt-mentions"];

    public sealed class Settings : FilterSettings
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
            Formats.Contains(Format) ? base.Validate() : ValidationResult.Error("--format must be one of " + string.Join(", ", Formats));
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        ViewSettings.UseUtf8Console();
        var snapshot = settings.LoadSnapshot();
        if (snapshot is null)
            return 1;
        var text = Render(snapshot, settings.Format, settings.ToQuery(), settings.Mentions, settings.Header);
        if (settings.Out is null)
        {
            Console.Out.Write(text);
        }
        else
        {
            File.WriteAllText(settings.Out, text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            Console.Error.WriteLine($"wrote {settings.Out}");
        }
        return 0;
    }

    public static string Render(Store.AnalysisSnapshot snapshot, string format, TimelineQuery query, bool mentions = false, bool header = false) => format switch
    {
        "csv" when mentions => CsvExport.WriteMentions(snapshot, query),
        "csv" => CsvExport.WriteEvents(snapshot, query),
        "csv-mentions" => CsvExport.WriteMentions(snapshot, query),
        "gdelt" => GdeltExport.WriteEvents(snapshot, query, header),
        "gdelt-mentions" => GdeltExport.WriteMentions(snapshot, query, header),
        _ => ExchangeJson.Write(TimelineCommand.Filter(snapshot, query)),
    };
}
