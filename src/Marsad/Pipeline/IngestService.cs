using System.Collections.Concurrent;
using Marsad.Ingest;
using Marsad.Store;

namespace Marsad.Pipeline;

/// <summary>What ingesting one document did.</summary>
public enum IngestStatus
{
    /// <summary>Stored as a new article.</summary>
    Added,

    /// <summary>Already stored with the same content: nothing written.</summary>
    Duplicate,

    /// <summary>A stored article of the same id got new content.</summary>
    Updated,

    /// <summary>Could not be read or stored (see <see cref="IngestOutcome.Error"/>).</summary>
    Failed,
}

/// <summary>
/// What happened to one document (or one input that yielded none): <see cref="Input"/> is the
/// argument it came from, <see cref="Origin"/> the file or URL actually read.
/// </summary>
/// <param name="Input">The argument (file, folder, glob, URL) the document came from.</param>
/// <param name="Origin">The file or URL actually read.</param>
/// <param name="DocumentId">The document's id, when it was read.</param>
/// <param name="Status">What happened.</param>
/// <param name="Error">Why it failed.</param>
public sealed record IngestOutcome(string Input, string Origin, string? DocumentId, IngestStatus Status, string? Error)
{
    /// <summary>True when the document could not be read or stored.</summary>
    public bool Failed => Status == IngestStatus.Failed;
}

/// <summary>
/// Reads, cleans and stores inputs; one bad input never stops the others. Documents are read in
/// order and cleaned in parallel while the store writes them through one connection, a
/// transaction per batch of articles and a savepoint per article (see <see cref="IArticleWriter"/>).
/// </summary>
public static class IngestService
{
    /// <summary>Reads every input (files, folders, globs, URLs, "-" for stdin), cleans each document and stores it.</summary>
    /// <param name="store">Where the articles go.</param>
    /// <param name="inputs">What to read.</param>
    /// <param name="progress">Hears each outcome, in input order, once its article is committed (a batch at a time, within about a second).</param>
    public static IReadOnlyList<IngestOutcome> Ingest(IMarsadStore store, IEnumerable<string> inputs, IProgress<IngestOutcome>? progress = null) =>
        Ingest(store, inputs, progress, new DocumentReader());

    /// <summary>As the public overload, reading with <paramref name="reader"/> (tests give one with a fake fetcher) and committing as <paramref name="batching"/> says.</summary>
    internal static IReadOnlyList<IngestOutcome> Ingest(
        IMarsadStore store, IEnumerable<string> inputs, IProgress<IngestOutcome>? progress, DocumentReader reader, IngestBatching? batching = null) =>
        Store(store, Read(reader, inputs), progress, batching);

    /// <summary>Stores documents already read (a polled feed's items), each with the input it came from.</summary>
    internal static IReadOnlyList<IngestOutcome> Ingest(
        IMarsadStore store, string input, IEnumerable<IngestItem> items, IProgress<IngestOutcome>? progress = null, IngestBatching? batching = null) =>
        Store(store, items.Select(i => (input, (IngestItem?)i, (IngestOutcome?)null)), progress, batching);

    private static IReadOnlyList<IngestOutcome> Store(IMarsadStore store, IEnumerable<(string Input, IngestItem? Item, IngestOutcome? Failure)> read,
        IProgress<IngestOutcome>? progress, IngestBatching? batching)
    {
        batching ??= IngestBatching.Default;
        var outcomes = new List<IngestOutcome>();
        using var queue = new BlockingCollection<Task<PreparedDocument>>(2 * batching.Size);
        using var stop = new CancellationTokenSource();
        var producer = Task.Factory.StartNew(() => Produce(read, queue, stop.Token),
            stop.Token, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        try
        {
            using var writer = store.OpenArticleWriter();
            Consume(queue, new IngestBatch(writer, batching, outcomes, progress), batching);
            producer.GetAwaiter().GetResult();
        }
        finally
        {
            stop.Cancel();
            Task.WaitAny(producer);
        }
        return outcomes;
    }

    /// <summary>Reads in order and queues each document's cleaning (on the thread pool, so documents are cleaned in parallel).</summary>
    private static void Produce(IEnumerable<(string Input, IngestItem? Item, IngestOutcome? Failure)> read,
        BlockingCollection<Task<PreparedDocument>> queue, CancellationToken stop)
    {
        try
        {
            foreach (var (input, item, failure) in read)
            {
                var prepared = failure is not null
                    ? Task.FromResult(PreparedDocument.Failed(failure))
                    : Task.Run(() => PreparedDocument.Clean(input, item!), CancellationToken.None);
                queue.Add(prepared, stop);
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // The store stopped first; its exception is the one that counts.
        }
        finally
        {
            queue.CompleteAdding();
        }
    }

    /// <summary>Stores what the queue brings, in order; commits a full or old batch, and whatever is open when the reader is slow.</summary>
    private static void Consume(BlockingCollection<Task<PreparedDocument>> queue, IngestBatch batch, IngestBatching batching)
    {
        while (true)
        {
            var wait = batch.Open ? (int)batching.Idle.TotalMilliseconds : Timeout.Infinite;
            if (!queue.TryTake(out var document, wait))
            {
                if (queue.IsCompleted)
                    break;
                batch.Commit();
                continue;
            }
            batch.Store(document.GetAwaiter().GetResult());
            if (batch.Due)
                batch.Commit();
        }
        batch.Commit();
    }

    /// <summary>
    /// Every document of every input, in order; an input that yields nothing, or whose reader
    /// fails part-way, gives a failure for that input only.
    /// </summary>
    private static IEnumerable<(string Input, IngestItem? Item, IngestOutcome? Failure)> Read(DocumentReader reader, IEnumerable<string> inputs)
    {
        foreach (var input in inputs)
        {
            using var items = reader.Read([input]).GetEnumerator();
            var yielded = false;
            while (true)
            {
                string? error = null;
                try
                {
                    if (!items.MoveNext())
                        break;
                }
                catch (Exception e) when (e is not StoreException)
                {
                    error = e.Message;
                }
                if (error is not null)
                {
                    yield return (input, null, new IngestOutcome(input, input, null, IngestStatus.Failed, error));
                    yielded = true;
                    break;
                }
                yielded = true;
                yield return (input, items.Current, null);
            }
            if (!yielded)
                yield return (input, null, new IngestOutcome(input, input, null, IngestStatus.Failed, "no documents found"));
        }
    }
}
