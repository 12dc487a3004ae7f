using System.Text;
using FsCheck.Xunit;
using Marsad.Clean;
using Marsad.Ingest;

namespace Marsad.Tests.Ingest;

public class ReaderRobustnessTests
{
    private static readonly string[] Names = ["x.txt", "x.html", "x.json", "x.jsonl", "x.rss", "x.xml", "stdin"];

    // Any bytes under any name: one or more items, each a document or an error, and never an exception.
    [Property(MaxTest = 60)]
    public bool Arbitrary_bytes_never_throw(byte[] bytes, byte nameIndex)
    {
        var name = Names[nameIndex % Names.Length];
        var items = new DocumentReader().Read(new MemoryStream(bytes), name);
        foreach (var item in items.Where(i => i.Ok))
            ArticleCleaner.Clean(item.Document!);
        return items.Count > 0 && items.All(i => i.Ok != (i.Error is not null));
    }

    // Markup-shaped text: truncated tags, stray brackets and Arabic in every format.
    [Property(MaxTest = 60)]
    public bool Markup_like_text_never_throws(string[] pieces, byte nameIndex)
    {
        var text = string.Join("", (pieces ?? []).Select((p, i) => (i % 3) switch
        {
            0 => "<p>" + p,
            1 => "{\"text\": \"" + p,
            _ => "استقبل الوزير " + p + "\n",
        }));
        var name = Names[nameIndex % Names.Length];
        var items = new DocumentReader().Read(new MemoryStream(Encoding.UTF8.GetBytes(text)), name);
        foreach (var item in items.Where(i => i.Ok))
            ArticleCleaner.Clean(item.Document!);
        return items.Count > 0;
    }
}
