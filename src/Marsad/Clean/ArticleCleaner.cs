using Marsad.Ingest;
using Marsad.Time;

namespace Marsad.Clean;

/// <summary>Turns a source document into a cleaned article: boilerplate removed, outlet found.</summary>
public static class ArticleCleaner
{
    // STUB: no cleaning yet; replaced by the clean stage.
    public static Article Clean(SourceDocument document)
    {
        var headline = document.Title ?? "";
        var text = headline + "\n" + document.Body;
        var published = document.Published is { } d ? DateInterval.Day(d) : (DateInterval?)null;
        return new Article(document.Id, document.Url, headline, text, document.Outlet, null, published, document.ContentHash, []);
    }
}
