namespace Marsad.Store;

/// <summary>What the feed monitor remembers of one polled URL between rounds (and between runs).</summary>
/// <param name="Url">The feed or page.</param>
/// <param name="ETag">The entity tag of the last answer with a body, sent back as If-None-Match.</param>
/// <param name="LastModified">Its Last-Modified header, sent back as If-Modified-Since.</param>
/// <param name="LastPolled">When it was last asked.</param>
/// <param name="LastChanged">When it last answered with new content.</param>
/// <param name="Failures">Failed polls in a row (0 after a success): the back-off doubles with each.</param>
/// <param name="NextPoll">When it is due again.</param>
/// <param name="LastError">Why the last poll failed, if it did.</param>
public sealed record FeedState(
    string Url,
    string? ETag,
    string? LastModified,
    DateTimeOffset? LastPolled,
    DateTimeOffset? LastChanged,
    int Failures,
    DateTimeOffset? NextPoll,
    string? LastError)
{
    /// <summary>A URL never polled.</summary>
    public static FeedState New(string url) => new(url, null, null, null, null, 0, null, null);
}
