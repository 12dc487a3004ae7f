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

/// <summary>A document read and cleaned, ready to store; or what went wrong before it could be.</summary>
internal sealed record PreparedDocument(string Input, string Origin, SourceDocument? Source, Article? Article, IngestOutcome? Failure)
{
    /// <summary>Cleans what the reader yielded; a cleaning failure is that document's outcome.</summary>
    public static PreparedDocument Clean(string input, IngestItem item)
    {
        if (item.Document is not { } document)
            return Failed(new IngestOutcome(input, item.Origin, null, IngestStatus.Failed, item.Error ?? "unreadable"));
        try
        {
            return new PreparedDocument(input, item.Origin, document, ArticleCleaner.Clean(document), null);
        }
        catch (Exception e)
        {
            return Failed(new IngestOutcome(input, item.Origin, document.Id, IngestStatus.Failed, "cleaning failed: " + e.Message));
        }
    }

    public static PreparedDocument Failed(IngestOutcome outcome) => new(outcome.Input, outcome.Origin, null, null, outcome);
}

/// <summary>
/// The articles of the open transaction and their outcomes: outcomes are reported, in input order,
/// once their articles are committed, so a reported article is a stored article.
/// </summary>
internal sealed class IngestBatch(IArticleWriter writer, IngestBatching batching, List<IngestOutcome> outcomes, IProgress<IngestOutcome>? progress)
{
    private readonly List<IngestOutcome> _waiting = [];
    private DateTime _openedAt;

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
        return new IngestOutcome(input, origin, source.Id, status, null);
    }

    /// <summary>Commits the open transaction and reports its outcomes.</summary>
    public void Commit()
    {
        writer.Commit();
        foreach (var outcome in _waiting)
        {
            outcomes.Add(outcome);
            progress?.Report(outcome);
        }
        _waiting.Clear();
    }
}
