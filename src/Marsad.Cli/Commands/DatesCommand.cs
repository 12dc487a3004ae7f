using System.ComponentModel;
using System.Globalization;
using Marsad.Actors;
using Marsad.Clean;
using Marsad.Ingest;
using Marsad.Text;
using Marsad.Time;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Marsad.Cli.Commands;

/// <summary>Explains an article's publication interval and every date it mentions.</summary>
public sealed class DatesCommand(IAnsiConsole console, CliStreams streams) : Command<DatesCommand.DatesSettings>
{
    public sealed class DatesSettings : ArticleSettings
    {
        [CommandOption("--as-of <DATE>")]
        [Description("The day the corpus is read (yyyy-mm-dd); the latest possible publication day. Default: today.")]
        public string? AsOf { get; init; }

        [CommandOption("--earliest <DATE>")]
        [Description("The earliest possible publication day (yyyy-mm-dd). Default: 1995-01-01.")]
        public string? Earliest { get; init; }

        public override ValidationResult Validate()
        {
            if (AsOf is not null && !TryDay(AsOf, out _))
                return ValidationResult.Error("--as-of must be yyyy-mm-dd");
            if (Earliest is not null && !TryDay(Earliest, out _))
                return ValidationResult.Error("--earliest must be yyyy-mm-dd");
            return ValidationResult.Success();
        }
    }

    private static bool TryDay(string s, out DateOnly day) =>
        DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out day);

    public override int Execute(CommandContext context, DatesSettings settings, CancellationToken cancellationToken)
    {
        var asOf = settings.AsOf is { } a && TryDay(a, out var asOfDay) ? asOfDay : DateOnly.FromDateTime(DateTime.UtcNow);
        var earliest = settings.Earliest is { } e && TryDay(e, out var earliestDay) ? earliestDay : PublicationDater.DefaultEarliest;

        if (settings.LoadArticle(streams.Error) is not { } article)
            return 1;

        var text = TextLayer.Build(article.Text);
        var times = TemporalTagger.Tag(text);
        var actors = new ActorRecognizer(KnowledgeBase.Default).Recognize(text, null);
        var solution = PublicationDater.Solve(PublicationDater.Constraints(article, text, times, actors, asOf), earliest, asOf);
        var estimate = solution.Estimate;

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
        console.Write(evidence);

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
        console.Write(mentions);
        return 0;
    }

    private static string Shorten(string s, int max) => s.Length <= max ? s : s[..(max - 1)] + "…";
}
