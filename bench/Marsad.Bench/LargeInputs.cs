using System.Text;

namespace Marsad.Bench;

/// <summary>
/// Generated pathological inputs for `--large`: a deeply nested HTML page, and one very long article
/// of varied press text (the paragraphs of the sample and development articles, shuffled with a fixed
/// seed, their numbers redrawn so that dates and figures vary; no line is one repeated sentence).
/// </summary>
public static class LargeInputs
{
    /// <summary>A page of <paramref name="depth"/> nested &lt;div&gt; elements around one paragraph of text (100,000 deep is 1.1 MB).</summary>
    public static string NestedHtml(int depth)
    {
        var html = new StringBuilder(depth * 12 + 512);
        html.Append("<!DOCTYPE html><html><head><title>nested</title></head><body>");
        for (var i = 0; i < depth; i++)
            html.Append("<div>");
        html.Append("<p>التقى وزير الخارجية السوري فيصل المقداد نظيره الروسي سيرغي لافروف في موسكو اليوم الخميس.</p>");
        for (var i = 0; i < depth; i++)
            html.Append("</div>");
        html.Append("</body></html>");
        return html.ToString();
    }

    /// <summary>One article of about <paramref name="utf8Bytes"/> bytes: a headline, then shuffled press paragraphs.</summary>
    public static string LongArticle(int utf8Bytes, int seed = 20210217)
    {
        var paragraphs = Paragraphs();
        var random = new Random(seed);
        var text = new StringBuilder(utf8Bytes / 2 + 1024);
        text.Append("وزراء خارجية المنطقة في جولة مشاورات جديدة\n");
        var bytes = 0;
        while (bytes < utf8Bytes)
        {
            var paragraph = Redraw(paragraphs[random.Next(paragraphs.Length)], random);
            text.Append(paragraph).Append('\n');
            bytes += Encoding.UTF8.GetByteCount(paragraph) + 1;
        }
        return text.ToString();
    }

    private static string[] Paragraphs() =>
        new[] { "seeds", "dev" }
            .SelectMany(folder => Directory.GetFiles(Corpus.SamplesFolder(folder), "*.txt").Order(StringComparer.Ordinal))
            .SelectMany(f => File.ReadAllText(f).Replace("\r\n", "\n").Split('\n').Skip(1))
            .Select(p => p.Trim())
            .Where(p => p.Length > 40)
            .ToArray();

    // Every number in the paragraph is drawn again (days 1-28, years 2010-2025, others as they are sized).
    private static string Redraw(string paragraph, Random random)
    {
        var result = new StringBuilder(paragraph.Length);
        var i = 0;
        while (i < paragraph.Length)
        {
            if (!char.IsAsciiDigit(paragraph[i]))
            {
                result.Append(paragraph[i++]);
                continue;
            }
            var start = i;
            while (i < paragraph.Length && char.IsAsciiDigit(paragraph[i]))
                i++;
            result.Append((i - start) switch
            {
                4 => random.Next(2010, 2026),
                <= 2 => random.Next(1, 29),
                var n => random.NextInt64((long)Math.Pow(10, n - 1), (long)Math.Pow(10, n)),
            });
        }
        return result.ToString();
    }
}
