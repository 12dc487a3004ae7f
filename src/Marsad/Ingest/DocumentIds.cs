namespace Marsad.Ingest;

/// <summary>
/// Document ids, stable across runs and unique across folders: the URL when the document has one,
/// else its path relative to the input root (the folder named on the command line, or a glob's
/// fixed prefix), else a hash of its content. Never a bare file name: "2024-01/index.txt" and
/// "2024-02/index.txt" are two articles.
/// </summary>
public static class DocumentIds
{
    /// <summary>How many hex digits of the content hash name a document that has no other id.</summary>
    public const int ContentIdDigits = 16;

    /// <summary>The id of a document known by its content only ("sha256:3f2a…").</summary>
    public static string FromContent(string contentHash) => "sha256:" + contentHash[..Math.Min(ContentIdDigits, contentHash.Length)];

    /// <summary>The path of a file relative to the input root, with '/' separators.</summary>
    public static string Relative(string root, string path) => Path.GetRelativePath(root, path).Replace('\\', '/');

    /// <summary>
    /// The id of a record inside a file (a JSON line, a feed item): the id it gives, else its URL,
    /// else its content: its position in the file would change when the file is edited.
    /// </summary>
    public static string ForRecord(string? givenId, string? url, string contentHash) =>
        !string.IsNullOrWhiteSpace(givenId) ? givenId : !string.IsNullOrWhiteSpace(url) ? url : FromContent(contentHash);
}
