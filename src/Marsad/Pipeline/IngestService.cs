using Marsad.Clean;
using Marsad.Ingest;
using Marsad.Store;

namespace Marsad.Pipeline;

public enum IngestStatus
{
    Added,
    Duplicate,
    Updated,
    Failed,
}

/// <summary>
/// What happened to one document (or one input that yielded none): <see cref="Input"/> is the
/// argument it came from, <see cref="Origin"/> the file or URL actually read.
/// </summary>
public sealed record IngestOutcome(string Input, string Origin, string? DocumentId, IngestStatus Status, string? Error)
{
    public bool Failed => Status == IngestStatus.Failed;
}

/// <summary>Reads, cleans and stores inputs; one bad input never stops the others.</summary>
public static class IngestService
{
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
