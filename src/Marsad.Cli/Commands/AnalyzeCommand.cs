using Spectre.Console;
using Spectre.Console.Cli;

namespace Marsad.Cli.Commands;

/// <summary>Analyses every stored article and saves the events; prints a one-line summary.</summary>
public sealed class AnalyzeCommand(IAnsiConsole console, CliStreams streams) : Command<AnalyzeCommand.AnalyzeSettings>
{
    public sealed class AnalyzeSettings : AnalysisSettings
    {
    }

    public override int Execute(CommandContext context, AnalyzeSettings settings, CancellationToken cancellationToken)
    {
        streams.UseUtf8();
        using var store = settings.OpenStore();
        var snapshot = settings.AnalyzeStore(store, console);
        Rendering.AnalysisSummary(console, snapshot);
        return 0;
    }
}
