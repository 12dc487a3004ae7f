using Marsad.Clean;
using Marsad.Ingest;
using Marsad.Store;

namespace Marsad.Pipeline;

/// <summary>When ingest commits: after <see cref="Size"/> articles, once a batch is <see cref="MaxAge"/> old, or when no document has come for <see cref="Idle"/>.</summary>
/// <param name="Size">Articles per transaction.</param>
/// <param name="MaxAge">The longest an article waits to be committed while documents keep coming.</param>
/// <param name="Idle">How long the store waits for the next document before it commits what it has (a slow URL, stdin).</param>
internal sealed record IngestBatching(int Size, TimeSpan MaxAge, TimeSpan Idle)
{
    /// <summary>500 articles, one second, 50 ms.</summary>
    public static IngestBatching Default { get; } = new(500, TimeSpan.FromSeconds(1), TimeSpan.FromMilliseconds(50));
}

/// <summary>A document as read (or why its target gave none), with the number of the target it came from.</summary>
internal sealed record ReadDocument(string Input, IngestItem? Item, IngestOutcome? Failure, int Target);

/// <summary>A document read and cleaned, ready to store; or what went wrong before it could be.</summary>
internal sealed record PreparedDocument(string Input, string Origin, SourceDocument? Source, Article? Article, IngestOutcome? Failure, int Target)
{
    /// <summary>What was repaired while reading it.</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];

    /// <summary>Cleans what the reader yielded; a cleaning failure is that document's outcome.</summary>
    public static PreparedDocument Clean(string input, IngestItem item, int target)
    {
        if (item.Document is not { } document)
            return Failed(new IngestOutcome(input, item.Origin, null, IngestStatus.Failed, item.Error ?? "unreadable"), target);
        try
        {
            return new PreparedDocument(input, item.Origin, document, ArticleCleaner.Clean(document), null, target) { Warnings = item.Warnings };
        }
        catch (Exception e)
        {
            return Failed(new IngestOutcome(input, item.Origin, document.Id, IngestStatus.Failed, "cleaning failed: " + e.Message), target);
        }
    }

    public static PreparedDocument Failed(IngestOutcome outcome, int target) => new(outcome.Input, outcome.Origin, null, null, outcome, target);
}

/// <summary>
/// The articles of the open transaction and their outcomes: outcomes are reported, in input order,
/// once their articles are committed, so a reported article is a stored article.
/// </summary>
internal sealed class IngestBatch(
    IArticleWriter writer, IngestBatching batching, List<IngestOutcome> outcomes, IProgress<IngestOutcome>? progress, IProgress<int>? targetsDone = null)
{
    private readonly List<IngestOutcome> _waiting = [];
    private DateTime _openedAt;
    private int _lastTarget = -1;
    private int _targetsDone;

    /// <summary>True when outcomes wait for a commit.</summary>
    public bool Open => _waiting.Count > 0;

    /// <summary>True when the batch is full or old enough to commit.</summary>
    public bool Due => writer.Pending >= batching.Size || (Open && DateTime.UtcNow - _openedAt >= batching.MaxAge);

    /// <summary>Stores one document in the open transaction (a failure of its own is its outcome; a store failure stops ingest).</summary>
    public void Store(PreparedDocument document)
    {
        if (!Open)
            _openedAt = DateTime.UtcNow;
        _waiting.Add(document.Failure ?? Write(document));
        _lastTarget = document.Target;
    }

    private IngestOutcome Write(PreparedDocument document)
    {
        var (input, origin, source, article) = (document.Input, document.Origin, document.Source!, document.Article!);
        AddResult result;
        try
        {
            result = writer.Add(source, article);
        }
        catch (Exception e) when (e is not StoreException)
        {
            return new IngestOutcome(input, origin, source.Id, IngestStatus.Failed, "storing failed: " + e.Message);
        }
        var status = result switch
        {
            AddResult.Added => IngestStatus.Added,
            AddResult.Duplicate => IngestStatus.Duplicate,
            _ => IngestStatus.Updated,
        };
        return new IngestOutcome(input, origin, source.Id, status, null) { Warnings = document.Warnings };
    }

    /// <summary>
    /// Commits the open transaction and reports its outcomes, and the targets now committed whole:
    /// those before the last one stored, or every one once <paramref name="finished"/>.
    /// </summary>
    public void Commit(bool finished = false)
    {
        writer.Commit();
        foreach (var outcome in _waiting)
        {
            outcomes.Add(outcome);
            progress?.Report(outcome);
        }
        _waiting.Clear();
        var done = finished ? _lastTarget + 1 : _lastTarget;
        if (done > _targetsDone)
        {
            _targetsDone = done;
            targetsDone?.Report(done);
        }
    }
}
