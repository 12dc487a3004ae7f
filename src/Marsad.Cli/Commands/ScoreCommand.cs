using System.ComponentModel;
using Marsad.Evaluation;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Marsad.Cli.Commands;

/// <summary>`marsad score GOLD EXPORT`: the project's scorer for exchange-format files (docs/exchange-format.md).</summary>
public sealed class ScoreCommand(CliStreams streams) : Command<ScoreCommand.ScoreSettings>
{
    /// <summary>The options of score.</summary>
    public sealed class ScoreSettings : CommandSettings
    {
        /// <summary>The gold file.</summary>
        [CommandArgument(0, "<GOLD>")]
        [Description("The hand-labelled reading (exchange JSON).")]
        public string Gold { get; init; } = "";

        /// <summary>The export to score.</summary>
        [CommandArgument(1, "<EXPORT>")]
        [Description("The system's export to score (exchange JSON, e.g. from `marsad export`).")]
        public string Export { get; init; } = "";

        /// <summary>--json.</summary>
        [CommandOption("--json")]
        [Description("Print every figure as one JSON object.")]
        public bool Json { get; init; }

        /// <inheritdoc/>
        public override ValidationResult Validate()
        {
            foreach (var file in new[] { Gold, Export })
            {
                if (!File.Exists(file))
                    return ValidationResult.Error($"{file}: no such file");
            }
            return base.Validate();
        }
    }

    /// <inheritdoc/>
    public override int Execute(CommandContext context, ScoreSettings settings, CancellationToken cancellationToken)
    {
        var card = ExchangeScorer.ScoreFiles(settings.Gold, settings.Export);
        streams.Out.WriteLine(settings.Json ? card.ToJson() : string.Join('\n', card.Lines()));
        return ExitCodes.Success;
    }
}
