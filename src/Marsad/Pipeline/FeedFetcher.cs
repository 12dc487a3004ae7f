using System.Net;
using System.Net.Http.Headers;
using Marsad.Ingest;
using Marsad.Store;

namespace Marsad.Pipeline;

/// <summary>The answer to one conditional request.</summary>
/// <param name="NotModified">The server answered 304: nothing changed since the validators sent.</param>
/// <param name="Body">The content, for a 200.</param>
/// <param name="MediaType">Its media type.</param>
/// <param name="Charset">Its declared charset.</param>
/// <param name="ETag">The new entity tag.</param>
/// <param name="LastModified">The new Last-Modified value, as the server wrote it.</param>
/// <param name="Error">Why the request failed.</param>
/// <param name="RetryAfter">How long the server asked us to wait (429, 503), if it did.</param>
internal sealed record FetchResult(
    bool NotModified, byte[]? Body, string? MediaType, string? Charset, string? ETag, string? LastModified, string? Error, TimeSpan? RetryAfter)
{
    public static FetchResult Failed(string error, TimeSpan? retryAfter = null) => new(false, null, null, null, null, null, error, retryAfter);
}

/// <summary>
/// Conditional GET of a feed or page: sends back the entity tag (If-None-Match) and the
/// Last-Modified value (If-Modified-Since) of the last answer, so that an unchanged URL costs a
/// 304 and no body; follows redirects, decompresses, caps the size.
/// </summary>
internal sealed class FeedFetcher : IDisposable
{
    private readonly HttpClient _client;
    private readonly long _maxBytes;

    public FeedFetcher(TimeSpan timeout, long maxBytes)
    {
        _maxBytes = maxBytes;
        _client = new HttpClient(new SocketsHttpHandler { AutomaticDecompression = DecompressionMethods.All, AllowAutoRedirect = true })
        {
            Timeout = timeout,
        };
        _client.DefaultRequestHeaders.UserAgent.ParseAdd("Marsad/1.0 (feed monitor)");
    }

    public FetchResult Fetch(FeedState state, CancellationToken cancellation)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, state.Url);
        if (state.ETag is { } etag)
            request.Headers.TryAddWithoutValidation("If-None-Match", etag);
        if (state.LastModified is { } modified)
            request.Headers.TryAddWithoutValidation("If-Modified-Since", modified);
        try
        {
            using var response = _client.Send(request, HttpCompletionOption.ResponseHeadersRead, cancellation);
            return Read(response, cancellation);
        }
        catch (HttpRequestException e)
        {
            return FetchResult.Failed($"download failed: {e.Message}");
        }
        catch (TaskCanceledException) when (!cancellation.IsCancellationRequested)
        {
            return FetchResult.Failed($"download timed out after {_client.Timeout.TotalSeconds:0} s");
        }
        catch (IOException e)
        {
            return FetchResult.Failed($"download failed: {e.Message}");
        }
    }

    private FetchResult Read(HttpResponseMessage response, CancellationToken cancellation)
    {
        if (response.StatusCode == HttpStatusCode.NotModified)
            return new FetchResult(true, null, null, null, null, null, null, null);
        if (!response.IsSuccessStatusCode)
            return FetchResult.Failed($"HTTP {(int)response.StatusCode} {response.ReasonPhrase}", RetryAfter(response.Headers.RetryAfter));
        if (response.Content.Headers.ContentLength > _maxBytes)
            return FetchResult.Failed(DocumentReader.TooLarge(response.Content.Headers.ContentLength.Value, _maxBytes));
        using var stream = response.Content.ReadAsStream(cancellation);
        var body = DocumentReader.ReadBounded(stream, _maxBytes);
        if (body is null)
            return FetchResult.Failed(DocumentReader.TooLarge(null, _maxBytes));
        var type = response.Content.Headers.ContentType;
        var modified = response.Content.Headers.TryGetValues("Last-Modified", out var values) ? values.FirstOrDefault() : null;
        return new FetchResult(false, body, type?.MediaType, type?.CharSet, response.Headers.ETag?.ToString(), modified, null, null);
    }

    private static TimeSpan? RetryAfter(RetryConditionHeaderValue? header) => header switch
    {
        { Delta: { } delta } => delta,
        { Date: { } date } => date - DateTimeOffset.UtcNow,
        _ => null,
    };

    public void Dispose() => _client.Dispose();
}
