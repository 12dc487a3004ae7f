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
    /// <summary>What was repaired while reading it (invalid bytes replaced, nesting flattened).</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];

    /// <summary>True when the document could not be read or stored.</summary>
    public bool Failed => Status == IngestStatus.Failed;
}

/// <summary>
/// One thing to read, given as the walk finds it: a file with its document id, a URL, standard input ("-"), or an input that names nothing (<see cref="Error"/>).
/// </summary>
/// <param name="Input">The argument it came from.</param>
/// <param name="Origin">The file or URL to read.</param>
/// <param name="Path">The file, for a file.</param>
/// <param name="Id">The file's document id (its path relative to the input root).</param>
/// <param name="Error">Why nothing can be read, for an input that names nothing.</param>
internal sealed record IngestTarget(string Input, string Origin, string? Path, string? Id, string? Error)
{
    /// <summary>True for "-".</summary>
    public bool IsStdin => Input == "-";

    /// <summary>True for an http(s) URL.</summary>
    public bool IsUrl => !IsStdin && Path is null && Error is null && UrlFetcher.IsUrl(Input);
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

    /// <summary>
    /// As the public overload, reading with <paramref name="reader"/> (tests give one with a fake fetcher), "-" from
    /// <paramref name="stdin"/>, and committing as <paramref name="batching"/> says. The inputs are expanded as they come.
    /// </summary>
    internal static IReadOnlyList<IngestOutcome> Ingest(
        IMarsadStore store, IEnumerable<string> inputs, IProgress<IngestOutcome>? progress, DocumentReader reader,
        IngestBatching? batching = null, Func<Stream>? stdin = null) =>
        Ingest(store, Targets(inputs), reader, stdin ?? Console.OpenStandardInput, progress, null, batching);

    /// <summary>
    /// Reads targets (see <see cref="Targets"/>) in order, as they come, and stores their documents in batches;
    /// <paramref name="targetsDone"/> hears how many targets are read and committed whole.
    /// </summary>
    internal static IReadOnlyList<IngestOutcome> Ingest(
        IMarsadStore store, IEnumerable<IngestTarget> targets, DocumentReader reader, Func<Stream> stdin,
        IProgress<IngestOutcome>? progress, IProgress<int>? targetsDone = null, IngestBatching? batching = null) =>
        Store(store, Read(reader, targets, stdin), progress, targetsDone, batching);

    /// <summary>Stores documents already read (a polled feed's items), each with the input it came from.</summary>
    internal static IReadOnlyList<IngestOutcome> Ingest(
        IMarsadStore store, string input, IEnumerable<IngestItem> items, IProgress<IngestOutcome>? progress = null, IngestBatching? batching = null) =>
        Store(store, items.Select(i => new ReadDocument(input, i, null, 0)), progress, null, batching);

    /// <summary>
    /// What the inputs name, in order: folders and globs expanded to their files (sorted by path per
    /// folder) as the sequence is consumed, so a file is read when the walk finds it and a folder is
    /// listed only when the walk reaches it.
    /// </summary>
    internal static IEnumerable<IngestTarget> Targets(IEnumerable<string> inputs) => inputs.SelectMany(TargetsOf);

    private static IEnumerable<IngestTarget> TargetsOf(string input)
    {
        if (input == "-" || UrlFetcher.IsUrl(input))
        {
            yield return new IngestTarget(input, input == "-" ? "stdin" : input, null, null, null);
            yield break;
        }
        IEnumerator<InputFile>? files = null;
        try
        {
            while (true)
            {
                IngestTarget? next = null;
                string? error = null;
                try
                {
                    files ??= InputExpander.Expand(input).GetEnumerator();
                    if (!files.MoveNext())
                        yield break;
                    var file = files.Current;
                    next = new IngestTarget(input, file.Origin, file.Path, file.Id, file.Path is null ? file.Error ?? "not found" : null);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
                {
                    // The files already given stay given; the input ends with why it could not go on.
                    error = e.Message;
                }
                if (error is not null)
                {
                    yield return new IngestTarget(input, input, null, null, error);
                    yield break;
                }
                yield return next!;
            }
        }
        finally
        {
            files?.Dispose();
        }
    }

    private static IReadOnlyList<IngestOutcome> Store(IMarsadStore store, IEnumerable<ReadDocument> read,
        IProgress<IngestOutcome>? progress, IProgress<int>? targetsDone, IngestBatching? batching)
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
            Consume(queue, new IngestBatch(writer, batching, outcomes, progress, targetsDone), batching);
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
    private static void Produce(IEnumerable<ReadDocument> read, BlockingCollection<Task<PreparedDocument>> queue, CancellationToken stop)
    {
        try
        {
            foreach (var document in read)
            {
                var prepared = document.Failure is not null
                    ? Task.FromResult(PreparedDocument.Failed(document.Failure, document.Target))
                    : Task.Run(() => PreparedDocument.Clean(document.Input, document.Item!, document.Target), CancellationToken.None);
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
        batch.Commit(finished: true);
    }

    /// <summary>
    /// Every document of every target, in order, each with its target's number; a target that yields
    /// nothing, or whose reader fails, gives one failure for that target only (a file may hold many
    /// documents: a feed, JSON lines).
    /// </summary>
    private static IEnumerable<ReadDocument> Read(DocumentReader reader, IEnumerable<IngestTarget> targets, Func<Stream> stdin)
    {
        var number = 0;
        foreach (var target in targets)
        {
            IReadOnlyList<IngestItem> items;
            string? error = null;
            try
            {
                items = target switch
                {
                    { Error: { } failed } => [IngestItem.Failed(target.Origin, failed)],
                    { IsStdin: true } => ReadStdin(reader, stdin),
                    { IsUrl: true } => reader.ReadUrl(target.Input),
                    _ => reader.ReadFileInTime(target.Path!, target.Id),
                };
            }
            catch (Exception e) when (e is not StoreException)
            {
                items = [];
                error = e.Message;
            }
            if (error is null && items.Count == 0)
                error = "no documents found";
            if (error is not null)
                yield return new ReadDocument(target.Input, null, new IngestOutcome(target.Input, target.Origin, null, IngestStatus.Failed, error), number);
            foreach (var item in items)
                yield return new ReadDocument(target.Input, item, null, number);
            number++;
        }
    }

    private static IReadOnlyList<IngestItem> ReadStdin(DocumentReader reader, Func<Stream> stdin)
    {
        using var stream = stdin();
        return reader.Read(stream, "stdin");
    }
}
