using System.ComponentModel;
using System.Text;
using Marsad.Export;
using Spectre.Console.Cli;

namespace Marsad.Cli.Commands;

/// <summary>Writes the static HTML report of the stored analysis (or of --input).</summary>
public sealed class ReportCommand(CliStreams streams) : Command<ReportCommand.ReportSettings>
{
    public sealed class ReportSettings : ViewSettings
    {
        [CommandOption("--out <FILE>")]
        [Description("The HTML file to write (default marsad-report.html).")]
        [DefaultValue("marsad-report.html")]
        public string Out { get; init; } = "marsad-report.html";

        [CommandOption("--title <TITLE>")]
        [Description("Title shown at the top of the report.")]
        public string? Title { get; init; }
    }

    public override int Execute(CommandContext context, ReportSettings settings, CancellationToken cancellationToken)
    {
        var snapshot = settings.LoadSnapshot(streams.Error);
        if (snapshot is null)
            return 1;
        var options = settings.Title is null ? new HtmlReportOptions() : new HtmlReportOptions { Title = settings.Title };
        File.WriteAllText(settings.Out, HtmlReport.Render(snapshot, options), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        streams.Error.WriteLine($"wrote {settings.Out}: {snapshot.Events.Count} events from {snapshot.Articles.Count} articles");
        return 0;
    }
}
