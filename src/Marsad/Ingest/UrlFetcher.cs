using System.Net;

namespace Marsad.Ingest;

/// <summary>Downloads one http(s) URL with a timeout and the size cap; failures come back as errors.</summary>
internal sealed class UrlFetcher(IngestOptions options)
{
    private readonly Lazy<HttpClient> client = new(() =>
    {
        var http = new HttpClient(new SocketsHttpHandler { AutomaticDecompression = DecompressionMethods.All, AllowAutoRedirect = true })
        {
            Timeout = options.HttpTimeout,
        };
        http.DefaultRequestHeaders.UserAgent.ParseAdd("Marsad/1.0");
        return http;
    });

    public static bool IsUrl(string input) =>
        Uri.TryCreate(input, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https";

    /// <summary>The body, its media type and declared charset; or an error message.</summary>
    public (byte[]? Bytes, string? MediaType, string? Charset, string? Error) Fetch(string url)
    {
        try
        {
            using var response = client.Value.GetAsync(url, HttpCompletionOption.ResponseHeadersRead).GetAwaiter().GetResult();
            if (!response.IsSuccessStatusCode)
                return (null, null, null, $"HTTP {(int)response.StatusCode} {response.ReasonPhrase}");
            var length = response.Content.Headers.ContentLength;
            if (length > options.MaxBytes)
                return (null, null, null, DocumentReader.TooLarge(length.Value, options.MaxBytes));
            using var stream = response.Content.ReadAsStream();
            var bytes = DocumentReader.ReadBounded(stream, options.MaxBytes);
            if (bytes is null)
                return (null, null, null, DocumentReader.TooLarge(null, options.MaxBytes));
            var contentType = response.Content.Headers.ContentType;
            return (bytes, contentType?.MediaType, contentType?.CharSet, null);
        }
        catch (HttpRequestException e)
        {
            return (null, null, null, $"download failed: {e.Message}");
        }
        catch (TaskCanceledException)
        {
            return (null, null, null, $"download timed out after {options.HttpTimeout.TotalSeconds:0} s");
        }
        catch (IOException e)
        {
            return (null, null, null, $"download failed: {e.Message}");
        }
    }
}
