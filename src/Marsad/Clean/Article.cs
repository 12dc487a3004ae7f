using Marsad.Time;

namespace Marsad.Clean;

/// <summary>
/// A cleaned article: page furniture removed, outlet identified. <see cref="Text"/> is the
/// headline line followed by the cleaned body; all annotation offsets point into it.
/// </summary>
public sealed record Article(
    string Id,
    string? Url,
    string Headline,
    string Text,
    string? Outlet,                   // publisher as printed in the text or metadata; null when unknown
    string? OutletEvidence,           // the line or field the outlet was read from
    DateInterval? PublishedMetadata,  // publication date given by metadata, if any
    string ContentHash,
    IReadOnlyList<string> RemovedLines); // what cleaning dropped, for explanation
