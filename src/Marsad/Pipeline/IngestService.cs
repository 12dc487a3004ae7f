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
    /// <summary>True when the document could not be read or stored.</summary>
    public bool Failed => Status == IngestStatus.Failed;
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

    /// <summary>As the public overload, reading with <paramref name="reader"/> (tests give one with a fake fetcher).</summary>
    internal static IReadOnlyList<IngestOutcome> Ingest(IMarsadStore store, IEnumerable<string> inputs, IProgress<IngestOutcome>? progress, DocumentReader reader)
    {
        var outcomes = new List<IngestOutcome>();
        foreach (var input in inputs)
        {
            // One input at a time, so a reader failure mid-enumeration costs only that input.
            try
            {
                var yielded = false;
                foreach (var item in reader.Read([input]))
                {
                    yielded = true;
                    Report(StoreItem(store, input, item));
                }
                if (!yielded)
                    Report(new IngestOutcome(input, input, null, IngestStatus.Failed, "no documents found"));
            }
            catch (Exception e) when (e is not StoreException)
            {
                Report(new IngestOutcome(input, input, null, IngestStatus.Failed, e.Message));
            }
        }
        return outcomes;

        void Report(IngestOutcome outcome)
        {
            outcomes.Add(outcome);
            progress?.Report(outcome);
        }
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
        return new IngestOutcome(input, item.Origin, document.Id, status, null);
    }
}
