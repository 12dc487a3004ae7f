using Marsad.Time;

namespace Marsad.Clean;

/// <summary>
/// A cleaned article: page furniture removed, outlet identified. <see cref="Text"/> is the
/// headline line followed by the cleaned body; all annotation offsets point into it.
/// </summary>
/// <param name="Id">The document id.</param>
/// <param name="Url">Its address, when known.</param>
/// <param name="Headline">The headline.</param>
/// <param name="Text">The headline line and the cleaned body.</param>
/// <param name="Outlet">The publisher as printed in the text or metadata; null when unknown.</param>
/// <param name="OutletEvidence">The line or field the outlet was read from.</param>
/// <param name="PublishedMetadata">The publication date metadata gives, if any.</param>
/// <param name="ContentHash">The source's content hash (SHA-256 hex).</param>
/// <param name="RemovedLines">What cleaning dropped, for explanation.</param>
public sealed record Article(
    string Id,
    string? Url,
    string Headline,
    string Text,
    string? Outlet,
    string? OutletEvidence,
    DateInterval? PublishedMetadata,
    string ContentHash,
    IReadOnlyList<string> RemovedLines);
