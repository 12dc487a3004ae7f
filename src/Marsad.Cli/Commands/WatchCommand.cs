using System.ComponentModel;
using System.Globalization;
using Marsad.Ingest;
using Marsad.Pipeline;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Marsad.Cli.Commands;

/// <summary>
/// Polls feeds and pages on an interval with conditional requests, stores what is new and
/// analyses the store after each round that stored articles. Exit code (--once): 0 when every URL
/// answered, 1 when some failed; 2 for usage errors.
/// </summary>
public sealed class WatchCommand(IAnsiConsole console, CliStreams streams) : AsyncCommand<WatchCommand.WatchSettings>
{
    public sealed class WatchSettings : AnalysisSettings
    {
        [CommandArgument(0, "<URLS>")]
        [Description("RSS/Atom feeds or pages (http or https).")]
        public string[] Urls { get; init; } = [];

        [CommandOption("--interval <TIME>")]
        [Description("Time between two polls of a URL: 90s, 15m, 1h (default 15m).")]
        [DefaultValue("15m")]
        public string Interval { get; init; } = "15m";

        [CommandOption("--max-backoff <TIME>")]
        [Description("Longest wait before polling a failing URL again; the wait doubles with each failure (default 6h).")]
        [DefaultValue("6h")]
        public string MaxBackoff { get; init; } = "6h";

        [CommandOption("--once")]
        [Description("Poll once, analyse if something new came, and exit.")]
        public bool Once { get; init; }

        public WatchOptions WatchOptions() => new(ParseTime(Interval)!.Value, ParseTime(MaxBackoff)!.Value);

        public override ValidationResult Validate()
        {
            if (Urls.FirstOrDefault(u => !UrlFetcher.IsUrl(u)) is { } bad)
                return ValidationResult.Error($"not an http(s) URL: {bad}");
            if (ParseTime(Interval) is not { TotalSeconds: >= 1 } || ParseTime(MaxBackoff) is null)
                return ValidationResult.Error("--interval and --max-backoff take a time such as 90s, 15m or 1h");
            return base.Validate();
        }

        /// <summary>"90", "90s", "15m", "1h", "1d".</summary>
        internal static TimeSpan? ParseTime(string text)
        {
            var t = text.Trim();
            var unit = t.Length > 0 && char.IsLetter(t[^1]) ? char.ToLowerInvariant(t[^1]) : 's';
            var digits = char.IsLetter(t.LastOrDefault()) ? t[..^1] : t;
            if (!double.TryParse(digits, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) || n < 0)
                return null;
            return unit switch
            {
                's' => TimeSpan.FromSeconds(n),
                'm' => TimeSpan.FromMinutes(n),
                'h' => TimeSpan.FromHours(n),
                'd' => TimeSpan.FromDays(n),
                _ => null,
            };
        }
    }

    public override async Task<int> ExecuteAsync(CommandContext context, WatchSettings settings, CancellationToken cancellationToken)
    {
        streams.UseUtf8();
        using var store = settings.OpenStore();
        using var monitor = new FeedMonitor(store, settings.Analyzer, settings.WatchOptions());
        if (settings.Once)
        {
            var round = monitor.Round(settings.Urls, cancellationToken);
            Print(round);
            return round.AnyFailed ? ExitCodes.Failed : ExitCodes.Success;
        }
        streams.Error.WriteLine($"Watching {settings.Urls.Length} URL(s) every {settings.Interval}. Ctrl+C stops.");
        await monitor.Run(settings.Urls, Print, cancellationToken);
        return ExitCodes.Success;
    }

    private void Print(WatchRound round)
    {
        console.MarkupLine(Markup.Escape(string.Create(CultureInfo.InvariantCulture,
            $"{round.At:yyyy-MM-dd HH:mm:ss} UTC: {round.Polls.Count} URL(s), {round.Changed} new or changed article(s)")));
        foreach (var poll in round.Polls)
        {
            console.MarkupLine(Markup.Escape($"  {poll.Url}: {Describe(poll)}"));
            foreach (var rejected in poll.Rejected)
                console.MarkupLine(Markup.Escape($"    {rejected.Origin}: {rejected.Error}"));
        }
        if (round.Analysis is { } snapshot)
            console.MarkupLine(Markup.Escape(Rendering.AnalysisSummary(snapshot)));
    }

    private static string Describe(PollOutcome poll) => poll.Status switch
    {
        PollStatus.NotModified => "not modified (304)",
        PollStatus.Failed => string.Create(CultureInfo.InvariantCulture, $"failed ({poll.Error}); next try {poll.NextPoll:yyyy-MM-dd HH:mm:ss} UTC"),
        PollStatus.Waiting => string.Create(CultureInfo.InvariantCulture, $"backing off after failures ({poll.Error}); next try {poll.NextPoll:yyyy-MM-dd HH:mm:ss} UTC"),
        _ => $"{poll.Added} new, {poll.Updated} updated, {poll.Duplicates} already stored" + (poll.Failed > 0 ? $", {poll.Failed} unreadable" : ""),
    };
}
