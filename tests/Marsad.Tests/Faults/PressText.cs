using System.Text;
using Marsad.Tests.Pipeline;

namespace Marsad.Tests.Faults;

/// <summary>
/// Generated press text for the size and abuse tests: the paragraphs of the sample and development
/// articles, shuffled with a seed, every number redrawn, so that no two stretches of a long text are
/// the same (bench/Marsad.Bench/LargeInputs.cs builds the 20 MB figure the same way).
/// </summary>
internal static class PressText
{
    private static readonly Lazy<string[]> Paragraphs = new(() =>
        new[] { "seeds", "dev" }
            .SelectMany(folder => Directory.GetFiles(Corpora.SamplePath(folder), "*.txt").Order(StringComparer.Ordinal))
            .SelectMany(f => File.ReadAllText(f).Replace("\r\n", "\n").Split('\n').Skip(1))
            .Select(p => p.Trim())
            .Where(p => p.Length > 40)
            .ToArray());

    /// <summary>A headline, then paragraphs until the text holds <paramref name="chars"/> characters.</summary>
    public static string Article(int chars, int seed)
    {
        var random = new Random(seed);
        var text = new StringBuilder(chars + 2048);
        text.Append("وزراء خارجية المنطقة في جولة مشاورات جديدة\n");
        while (text.Length < chars)
            text.Append(Redraw(Paragraphs.Value[random.Next(Paragraphs.Value.Length)], random)).Append('\n');
        return text.ToString();
    }

    private static string Redraw(string paragraph, Random random)
    {
        var result = new StringBuilder(paragraph.Length);
        foreach (var c in paragraph)
            result.Append(char.IsAsciiDigit(c) ? (char)('0' + random.Next(10)) : c);
        return result.ToString();
    }
}
