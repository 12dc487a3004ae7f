using System.ComponentModel;
using Marsad.Actors;
using Marsad.Cli.Terminal;
using Marsad.Text;
using Marsad.Time;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Marsad.Cli.Commands;

/// <summary>Explains an article's publication interval and every date it mentions.</summary>
public sealed class DatesCommand(IAnsiConsole console, CliStreams streams) : Command<DatesCommand.DatesSettings>
{
    /// <summary>The options of dates.</summary>
    public sealed class DatesSettings : ArticleSettings
    {
        /// <summary>--as-of.</summary>
        [CommandOption("--as-of <DATE>")]
        [Description("The day the corpus is read (yyyy-mm-dd); the latest possible publication day. Default: today.")]
        public string? AsOf { get; init; }

        /// <summary>--earliest.</summary>
        [CommandOption("--earliest <DATE>")]
        [Description("The earliest possible publication day (yyyy-mm-dd). Default: 1995-01-01.")]
        public string? Earliest { get; init; }

        /// <summary>--json.</summary>
        [CommandOption("--json")]
        [Description("Print the publication interval, its evidence and the resolved dates as JSON.")]
        public bool Json { get; init; }

        /// <inheritdoc/>
        public override ValidationResult Validate()
        {
            if ((CliValues.DayError("--as-of", AsOf) ?? CliValues.DayError("--earliest", Earliest)) is { } error)
                return ValidationResult.Error(error);
            if (CliValues.Day(AsOf) is { } asOf && CliValues.Day(Earliest) is { } earliest && earliest > asOf)
                return ValidationResult.Error($"--earliest {Earliest} is after --as-of {AsOf}");
            return base.Validate();
        }
    }

    /// <inheritdoc/>
    public override int Execute(CommandContext context, DatesSettings settings, CancellationToken cancellationToken)
    {
        var asOf = CliValues.Day(settings.AsOf) ?? DateOnly.FromDateTime(DateTime.UtcNow);
        var earliest = CliValues.Day(settings.Earliest) ?? PublicationDater.DefaultEarliest;
        if (settings.LoadArticle(streams) is not { } article)
            return ExitCodes.Failed;

        var text = TextLayer.Build(article.Text);
        var times = TemporalTagger.Tag(text);
        var actors = new ActorRecognizer(KnowledgeBase.Default).Recognize(text, null);
        var solution = PublicationDater.Solve(PublicationDater.Constraints(article, text, times, actors, asOf), earliest, asOf);
        var estimate = solution.Estimate;
        if (settings.Json)
        {
            WriteJson(article.Id, solution, times, earliest, asOf);
            return ExitCodes.Success;
        }

        console.MarkupLine($"[bold]{Markup.Escape(article.Id)}[/] {Markup.Escape(article.Headline)}");
        console.MarkupLine($"published: [bold]{Markup.Escape(estimate.Interval?.ToString() ?? "unknown")}[/]  (candidates {solution.Candidates.Count} days in {earliest:yyyy-MM-dd}..{asOf:yyyy-MM-dd})");

        var evidence = new Table().AddColumns("kind", "text", "allows", "status");
        foreach (var ev in estimate.Evidence)
        {
            evidence.AddRow(
                Markup.Escape(ev.Kind.Name),
                Markup.Escape(Shorten(ev.Text, 90)),
                Markup.Escape(ev.Allows?.ToString() ?? "-"),
                ev.Applied ? "[green]applied[/]" : $"[yellow]ignored[/] {Markup.Escape(ev.Note)}");
        }
        console.WriteIsolated(evidence);

        var mentions = new Table().AddColumns("surface", "rule", "offsets", "value", "resolved");
        foreach (var t in times)
        {
            var resolved = solution.Candidates.Resolve(t.Value);
            mentions.AddRow(
                Markup.Escape(t.Surface),
                Markup.Escape(t.Rule),
                $"{t.Start}-{t.End}",
                Markup.Escape(t.Value.Describe()),
                Markup.Escape(resolved?.ToString() ?? "impossible"));
        }
        console.WriteIsolated(mentions);
        return ExitCodes.Success;
    }

    private void WriteJson(string id, PublicationSolution solution, IReadOnlyList<TemporalMention> times, DateOnly earliest, DateOnly asOf)
    {
        var estimate = solution.Estimate;
        CliJson.Write(streams.Out, new
        {
            article = id,
            published = estimate.Interval,
            candidate_days = solution.Candidates.Count,
            searched = new { from = earliest, to = asOf },
            evidence = estimate.Evidence.Select(ev => new { kind = ev.Kind.Name, ev.Text, ev.Allows, ev.Applied, ev.Note }),
            mentions = times.Select(t => new
            {
                t.Surface,
                t.Rule,
                t.Start,
                t.End,
                value = t.Value.Describe(),
                resolved = solution.Candidates.Resolve(t.Value),
            }),
        });
    }

    private static string Shorten(string s, int max) => s.Length <= max ? s : s[..(max - 1)] + "…";
}
