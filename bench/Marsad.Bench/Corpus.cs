using System.Text;

namespace Marsad.Bench;

/// <summary>
/// A large synthetic corpus built in memory from the sample articles: their paragraphs shuffled
/// into article-sized documents (fixed seed, so every run measures the same text).
/// </summary>
public static class Corpus
{
    public const int DefaultBytes = 5 * 1024 * 1024;

    public static IReadOnlyList<string> Build(int targetUtf8Bytes = DefaultBytes)
    {
        var paragraphs = Directory.GetFiles(SamplesFolder("seeds"), "*.txt")
            .Order(StringComparer.Ordinal)
            .SelectMany(f => File.ReadAllText(f).Replace("\r\n", "\n").Split('\n'))
            .Select(p => p.Trim())
            .Where(p => p.Length > 0)
            .ToArray();
        var random = new Random(20210217);
        var documents = new List<string>();
        var bytes = 0;
        while (bytes < targetUtf8Bytes)
        {
            var count = random.Next(6, 14);
            var doc = string.Join('\n', Enumerable.Range(0, count).Select(_ => paragraphs[random.Next(paragraphs.Length)]));
            documents.Add(doc);
            bytes += Encoding.UTF8.GetByteCount(doc);
        }
        return documents;
    }

    public static long Utf8Bytes(IReadOnlyList<string> documents) => documents.Sum(d => (long)Encoding.UTF8.GetByteCount(d));

    /// <summary>A folder of samples/ (seeds, dev) beside or above the executable.</summary>
    public static string SamplesFolder(string name)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "samples", name);
            if (Directory.Exists(candidate))
                return candidate;
        }
        throw new DirectoryNotFoundException($"samples/{name} not found above " + AppContext.BaseDirectory);
    }
}
