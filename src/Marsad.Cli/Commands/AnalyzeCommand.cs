using System.ComponentModel;
using Spectre.Console.Cli;

namespace Marsad.Cli.Commands;

/// <summary>Analyses every stored article and saves the events; prints a one-line summary (progress on standard error).</summary>
public sealed class AnalyzeCommand(CliStreams streams) : Command<AnalyzeCommand.AnalyzeSettings>
{
    /// <summary>The options of analyze.</summary>
    public sealed class AnalyzeSettings : AnalysisSettings
    {
        /// <summary>--json.</summary>
        [CommandOption("--json")]
        [Description("Print the summary as JSON.")]
        public bool Json { get; init; }
    }

    /// <inheritdoc/>
    public override int Execute(CommandContext context, AnalyzeSettings settings, CancellationToken cancellationToken)
    {
        using var store = settings.OpenExistingStore();
        var snapshot = settings.AnalyzeStore(store, streams);
        if (!settings.Json)
        {
            streams.Out.WriteLine(Rendering.AnalysisSummary(snapshot));
            return ExitCodes.Success;
        }
        CliJson.Write(streams.Out, new
        {
            analyzed_at = snapshot.AnalyzedAt,
            articles = snapshot.Articles.Count,
            dated_articles = snapshot.Articles.Count(a => a.Published is not null),
            events = snapshot.Events.Count,
            events_by_type = snapshot.Events.GroupBy(e => e.Type.Name).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.Count()),
        });
        return ExitCodes.Success;
    }
}
