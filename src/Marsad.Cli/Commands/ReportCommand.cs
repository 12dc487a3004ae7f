using System.ComponentModel;
using System.Text;
using Marsad.Cli.Terminal;
using Marsad.Export;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Marsad.Cli.Commands;

/// <summary>Writes the static HTML report of the stored analysis (or of --input).</summary>
public sealed class ReportCommand(CliStreams streams) : Command<ReportCommand.ReportSettings>
{
    /// <summary>The options of report.</summary>
    public sealed class ReportSettings : ViewSettings
    {
        /// <summary>--out.</summary>
        [CommandOption("--out <FILE>")]
        [Description("The HTML file to write (default marsad-report.html).")]
        [DefaultValue("marsad-report.html")]
        public string Out { get; init; } = "marsad-report.html";

        /// <summary>--title.</summary>
        [CommandOption("--title <TITLE>")]
        [Description("Title shown at the top of the report.")]
        public string? Title { get; init; }

        /// <summary>--names.</summary>
        [CommandOption("--names <LANGUAGE>")]
        [Description("ar (default): names and roles as printed, in Arabic; en: the knowledge base's English names and English role names.")]
        public string? NameStyle { get; init; }

        /// <inheritdoc/>
        public override ValidationResult Validate()
        {
            if (CliValues.OutputError("--out", Out) is { } error)
                return ValidationResult.Error(error);
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
    public override int Execute(CommandContext context, ReportSettings settings, CancellationToken cancellationToken)
    {
        var snapshot = settings.LoadSnapshot(streams.Error);
        if (snapshot is null)
            return ExitCodes.Failed;
        var options = new HtmlReportOptions { EnglishNames = Names.Parse(settings.NameStyle).IsEnglish };
        if (settings.Title is not null)
            options = options with { Title = settings.Title };
        File.WriteAllText(settings.Out, HtmlReport.Render(snapshot, options), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        streams.Error.WriteLine($"wrote {settings.Out}: {snapshot.Events.Count} events from {snapshot.Articles.Count} articles");
        return ExitCodes.Success;
    }
}
