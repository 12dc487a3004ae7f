namespace Marsad.Ingest;

/// <summary>Limits for reading inputs.</summary>
public sealed record IngestOptions(long MaxBytes = 20 * 1024 * 1024);

/// <summary>
/// Reads inputs (files, folders, globs, "-" for stdin, http(s) URLs) into source documents.
/// Never throws for a bad input: each one yields an <see cref="IngestItem"/> with an error.
/// </summary>
public sealed class DocumentReader(IngestOptions? options = null)
{
    public IngestOptions Options { get; } = options ?? new IngestOptions();

    // STUB: plain UTF-8 .txt files only; replaced by the ingest stage.
    public IEnumerable<IngestItem> Read(IEnumerable<string> inputs)
    {
        foreach (var input in inputs)
        {
            var files = Directory.Exists(input) ? Directory.GetFiles(input, "*.txt").Order(StringComparer.Ordinal).ToArray() : [input];
            foreach (var file in files)
            {
                var bytes = File.ReadAllBytes(file);
                var text = System.Text.Encoding.UTF8.GetString(bytes).Replace("\r\n", "\n");
                var lines = text.Split('\n');
                var title = lines.FirstOrDefault(l => l.Trim().Length > 0)?.Trim();
                var body = title is null ? text : text[(text.IndexOf(title, StringComparison.Ordinal) + title.Length)..].Trim();
                var hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes));
                yield return new IngestItem(file, new SourceDocument(Path.GetFileName(file), "txt", file, title, body, null, null, null, hash), null);
            }
        }
    }
}
