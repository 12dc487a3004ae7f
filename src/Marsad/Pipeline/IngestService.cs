using Marsad.Clean;
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
/// One thing to read, known before reading starts, so that progress has a real total: a file with
/// its document id, a URL, standard input ("-"), or an input that names nothing (<see cref="Error"/>).
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

/// <summary>Reads, cleans and stores inputs; one bad input never stops the others.</summary>
public static class IngestService
{
    /// <summary>Reads every input (files, folders, globs, URLs, "-" for stdin), cleans each document and stores it.</summary>
    /// <param name="store">Where the articles go.</param>
    /// <param name="inputs">What to read.</param>
    /// <param name="progress">Hears each outcome as it happens.</param>
    public static IReadOnlyList<IngestOutcome> Ingest(IMarsadStore store, IEnumerable<string> inputs, IProgress<IngestOutcome>? progress = null) =>
        Ingest(store, inputs, progress, new DocumentReader());

    /// <summary>As the public overload, reading with <paramref name="reader"/> (tests give one with a fake fetcher) and "-" from <paramref name="stdin"/>.</summary>
    internal static IReadOnlyList<IngestOutcome> Ingest(
        IMarsadStore store, IEnumerable<string> inputs, IProgress<IngestOutcome>? progress, DocumentReader reader, Func<Stream>? stdin = null)
    {
        var outcomes = new List<IngestOutcome>();
        foreach (var target in Plan(inputs))
        {
            foreach (var outcome in Ingest(store, target, reader, stdin ?? Console.OpenStandardInput))
            {
                outcomes.Add(outcome);
                progress?.Report(outcome);
            }
        }
        return outcomes;
    }

    /// <summary>What the inputs name, in order: folders and globs expanded to their files (sorted by path).</summary>
    internal static IReadOnlyList<IngestTarget> Plan(IEnumerable<string> inputs)
    {
        var targets = new List<IngestTarget>();
        foreach (var input in inputs)
        {
            if (input == "-" || UrlFetcher.IsUrl(input))
            {
                targets.Add(new IngestTarget(input, input == "-" ? "stdin" : input, null, null, null));
                continue;
            }
            try
            {
                targets.AddRange(InputExpander.Expand(input).Select(f => new IngestTarget(input, f.Origin, f.Path, f.Id, f.Path is null ? f.Error ?? "not found" : null)));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
            {
                targets.Add(new IngestTarget(input, input, null, null, e.Message));
            }
        }
        return targets;
    }

    /// <summary>Reads one target (a file may hold many documents: a feed, JSON lines) and stores each document.</summary>
    internal static IReadOnlyList<IngestOutcome> Ingest(IMarsadStore store, IngestTarget target, DocumentReader reader, Func<Stream> stdin)
    {
        try
        {
            IReadOnlyList<IngestItem> items = target switch
            {
                { Error: { } error } => [IngestItem.Failed(target.Origin, error)],
                { IsStdin: true } => ReadStdin(reader, stdin),
                { IsUrl: true } => reader.ReadUrl(target.Input),
                _ => reader.ReadFile(target.Path!, target.Id),
            };
            var outcomes = items.Select(item => StoreItem(store, target.Input, item)).ToList();
            if (outcomes.Count == 0)
                outcomes.Add(new IngestOutcome(target.Input, target.Origin, null, IngestStatus.Failed, "no documents found"));
            return outcomes;
        }
        catch (Exception e) when (e is not StoreException)
        {
            return [new IngestOutcome(target.Input, target.Origin, null, IngestStatus.Failed, e.Message)];
        }
    }

    private static IReadOnlyList<IngestItem> ReadStdin(DocumentReader reader, Func<Stream> stdin)
    {
        using var stream = stdin();
        return reader.Read(stream, "stdin");
    }

    private static IngestOutcome StoreItem(IMarsadStore store, string input, IngestItem item)
    {
        if (item.Document is not { } document)
            return new IngestOutcome(input, item.Origin, null, IngestStatus.Failed, item.Error ?? "unreadable");
        Article article;
        try
        {
            article = ArticleCleaner.Clean(document);
        }
        catch (Exception e)
        {
            return new IngestOutcome(input, item.Origin, document.Id, IngestStatus.Failed, "cleaning failed: " + e.Message);
        }
        AddResult result;
        try
        {
            result = store.AddArticle(document, article);
        }
        catch (Exception e) when (e is not StoreException)
        {
            return new IngestOutcome(input, item.Origin, document.Id, IngestStatus.Failed, "storing failed: " + e.Message);
        }
        var status = result switch
        {
            AddResult.Added => IngestStatus.Added,
            AddResult.Duplicate => IngestStatus.Duplicate,
            _ => IngestStatus.Updated,
        };
        return new IngestOutcome(input, item.Origin, document.Id, status, null) { Warnings = item.Warnings };
    }
}
