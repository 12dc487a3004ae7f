using Marsad.Ingest;
using Marsad.Store;

namespace Marsad.Pipeline;

/// <summary>How often the monitor polls and how far it backs off.</summary>
/// <param name="Interval">The time between two polls of a URL that answers.</param>
/// <param name="MaxBackoff">The longest wait after failures.</param>
public sealed record WatchOptions(TimeSpan Interval, TimeSpan MaxBackoff)
{
    /// <summary>Every 15 minutes, backing off to at most 6 hours.</summary>
    public static WatchOptions Default { get; } = new(TimeSpan.FromMinutes(15), TimeSpan.FromHours(6));

    /// <summary>How long one request may take.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>The wait after <paramref name="failures"/> failed polls in a row: the interval doubled for each, at most <see cref="MaxBackoff"/>.</summary>
    public TimeSpan Backoff(int failures)
    {
        var factor = Math.Pow(2, Math.Min(failures, 30));
        var wait = Interval.TotalSeconds * factor;
        return TimeSpan.FromSeconds(Math.Min(wait, Math.Max(MaxBackoff.TotalSeconds, Interval.TotalSeconds)));
    }
}

/// <summary>What one poll of a URL found.</summary>
public enum PollStatus
{
    /// <summary>New or changed articles were stored.</summary>
    Changed,

    /// <summary>The server sent content, but every document in it was already stored.</summary>
    Unchanged,

    /// <summary>The server answered 304: nothing was downloaded.</summary>
    NotModified,

    /// <summary>The poll failed; the URL backs off.</summary>
    Failed,

    /// <summary>Not polled: the URL is not due yet (backing off after failures).</summary>
    Waiting,
}

/// <summary>One URL's poll in a round.</summary>
/// <param name="Url">The feed or page.</param>
/// <param name="Status">What happened.</param>
/// <param name="Added">New articles stored.</param>
/// <param name="Updated">Stored articles replaced by new content.</param>
/// <param name="Duplicates">Documents already stored.</param>
/// <param name="Failed">Documents that could not be read or stored.</param>
/// <param name="Error">Why the poll failed.</param>
/// <param name="NextPoll">When the URL is due again.</param>
public sealed record PollOutcome(string Url, PollStatus Status, int Added, int Updated, int Duplicates, int Failed, string? Error, DateTimeOffset NextPoll)
{
    /// <summary>Each document that could not be read or stored, with its origin (the feed's URL and the item's number) and why.</summary>
    public IReadOnlyList<IngestOutcome> Rejected { get; init; } = [];
}

/// <summary>One round: every URL polled (or skipped while backing off), then the analysis if anything was added.</summary>
/// <param name="At">When the round started.</param>
/// <param name="Polls">Each URL's poll, in the order given.</param>
/// <param name="Analysis">The analysis saved after the round, or null when nothing new came.</param>
public sealed record WatchRound(DateTimeOffset At, IReadOnlyList<PollOutcome> Polls, AnalysisSnapshot? Analysis)
{
    /// <summary>Articles stored or replaced in the round.</summary>
    public int Changed => Polls.Sum(p => p.Added + p.Updated);

    /// <summary>True when some URL failed.</summary>
    public bool AnyFailed => Polls.Any(p => p.Status == PollStatus.Failed);
}

/// <summary>
/// Polls RSS/Atom feeds and pages in rounds with conditional requests (the validators of each URL
/// are kept in the store, so a restart does not download unchanged feeds again), backs off
/// exponentially from URLs that fail, stores what is new, and analyses the store after each round
/// that stored new or changed articles (and in its first round when a previous monitor stored
/// articles but stopped before saving their analysis).
/// </summary>
public sealed class FeedMonitor : IDisposable
{
    private readonly IMarsadStore _store;
    private readonly Func<CorpusAnalyzer> _analyzer;
    private readonly WatchOptions _options;
    private readonly TimeProvider _time;
    private readonly FeedFetcher _fetcher;
    private readonly DocumentReader _reader = new();
    private bool _firstRound = true;

    /// <param name="store">Where articles and the state of each URL are kept.</param>
    /// <param name="analyzer">The analysis to run after a round that added articles (made anew each time, so a default as-of follows the day).</param>
    /// <param name="options">Interval and back-off.</param>
    /// <param name="time">The clock (tests pass their own).</param>
    public FeedMonitor(IMarsadStore store, Func<CorpusAnalyzer> analyzer, WatchOptions? options = null, TimeProvider? time = null)
    {
        _store = store;
        _analyzer = analyzer;
        _options = options ?? WatchOptions.Default;
        _time = time ?? TimeProvider.System;
        _fetcher = new FeedFetcher(_options.Timeout, _reader.Options.MaxBytes);
    }

    /// <summary>Polls every URL that is due, then analyses the store if articles were stored.</summary>
    public WatchRound Round(IReadOnlyList<string> urls, CancellationToken cancellation = default)
    {
        var at = _time.GetUtcNow();
        var behind = _firstRound && AnalysisBehind(urls);
        _firstRound = false;
        var polls = urls.Select(url => Poll(url, cancellation)).ToArray();
        AnalysisSnapshot? analysis = null;
        if (behind || polls.Any(p => p.Added + p.Updated > 0))
            analysis = StoreAnalysis.AnalyzeAndSave(_store, _analyzer(), null, _time.GetUtcNow());
        return new WatchRound(at, polls, analysis);
    }

    /// <summary>
    /// True when the stored analysis is behind the store: a watch stopped (killed) between storing a
    /// round's articles and saving their analysis, so the next poll finds nothing new (304, or every
    /// item already stored) and the first round of a monitor analyses instead. Either a URL changed
    /// after the analysis ran (both times from the monitor's clock), or the analysis covers another
    /// number of articles than the store holds (the watch stopped before it saved the URL's state).
    /// </summary>
    private bool AnalysisBehind(IReadOnlyList<string> urls)
    {
        var changed = urls.Select(url => _store.FindFeedState(url)?.LastChanged).Max();
        if (changed is { } last && (_store.LastAnalyzedAt() is not { } analysed || last > analysed))
            return true;
        var stored = _store.CountArticles();
        return stored > 0 && _store.AnalysedArticleCount() != stored;
    }

    /// <summary>Runs rounds until <paramref name="cancellation"/> fires, sleeping until the next URL is due; <paramref name="heard"/> hears each round.</summary>
    public async Task Run(IReadOnlyList<string> urls, Action<WatchRound> heard, CancellationToken cancellation)
    {
        while (!cancellation.IsCancellationRequested)
        {
            var round = Round(urls, cancellation);
            heard(round);
            var wait = round.Polls.Min(p => p.NextPoll) - _time.GetUtcNow();
            wait = TimeSpan.FromTicks(Math.Clamp(wait.Ticks, TimeSpan.FromSeconds(1).Ticks, _options.Interval.Ticks));
            try
            {
                await Task.Delay(wait, _time, cancellation);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private PollOutcome Poll(string url, CancellationToken cancellation)
    {
        var state = _store.FindFeedState(url) ?? FeedState.New(url);
        var now = _time.GetUtcNow();
        if (state.NextPoll is { } due && due > now && state.Failures > 0)
            return new PollOutcome(url, PollStatus.Waiting, 0, 0, 0, 0, state.LastError, due);
        var fetched = _fetcher.Fetch(state, cancellation);
        if (fetched.Error is { } error)
            return Failed(state, now, error, fetched.RetryAfter);
        if (fetched.NotModified)
            return Succeeded(state with { LastPolled = now }, now, PollStatus.NotModified, []);
        var format = ContentSniffer.FromMediaType(fetched.MediaType) ?? ContentSniffer.FromExtension(new Uri(url).AbsolutePath);
        var items = _reader.ReadBytes(fetched.Body!, url, url, format, url, fetched.Charset);
        if (!items.Any(i => i.Ok))
        {
            var why = items.Count > 1 ? $"none of its {items.Count} items is readable" : items.FirstOrDefault()?.Error ?? "no documents";
            return Failed(state, now, why, null) with { Rejected = Rejections(url, items) };
        }
        var outcomes = IngestService.Ingest(_store, url, items);
        var changed = outcomes.Any(o => o.Status is IngestStatus.Added or IngestStatus.Updated);
        var next = state with
        {
            ETag = fetched.ETag,
            LastModified = fetched.LastModified,
            LastPolled = now,
            LastChanged = changed ? now : state.LastChanged,
        };
        return Succeeded(next, now, changed ? PollStatus.Changed : PollStatus.Unchanged, outcomes);
    }

    private PollOutcome Succeeded(FeedState state, DateTimeOffset now, PollStatus status, IReadOnlyList<IngestOutcome> outcomes)
    {
        var next = now + _options.Interval;
        _store.SaveFeedState(state with { Failures = 0, NextPoll = next, LastError = null });
        int Count(IngestStatus s) => outcomes.Count(o => o.Status == s);
        return new PollOutcome(state.Url, status, Count(IngestStatus.Added), Count(IngestStatus.Updated), Count(IngestStatus.Duplicate),
            Count(IngestStatus.Failed), null, next)
        { Rejected = [.. outcomes.Where(o => o.Failed)] };
    }

    /// <summary>The items of a feed that could not be read (not the feed itself, whose failure is the poll's error).</summary>
    private static IngestOutcome[] Rejections(string url, IEnumerable<IngestItem> items) =>
        [.. items.Where(i => !i.Ok && i.Origin != url).Select(i => new IngestOutcome(url, i.Origin, null, IngestStatus.Failed, i.Error))];

    private PollOutcome Failed(FeedState state, DateTimeOffset now, string error, TimeSpan? retryAfter)
    {
        var failures = state.Failures + 1;
        var wait = _options.Backoff(failures);
        if (retryAfter is { } asked && asked > wait)
            wait = asked;
        var next = now + wait;
        _store.SaveFeedState(state with { LastPolled = now, Failures = failures, NextPoll = next, LastError = error });
        return new PollOutcome(state.Url, PollStatus.Failed, 0, 0, 0, 0, error, next);
    }

    /// <summary>Closes the HTTP client.</summary>
    public void Dispose() => _fetcher.Dispose();
}
