using Marsad.Clean;
using Marsad.Data;
using Marsad.Ingest;

namespace Marsad.Tests.Clean;

/// <summary>
/// The behaviour corpus of the clean stage (Data/clean/corpus.tsv; its header describes the columns):
/// each row is a page read as a .txt file would be, and the outlet the cleaner must find in it.
/// </summary>
public class CleanCorpusTests
{
    private const string File = "clean/corpus.tsv";
    private const string None = "none";

    private static readonly Lazy<IReadOnlyDictionary<int, TsvRow>> Rows =
        new(() => DataFiles.ReadTable(File).ToDictionary(r => r.Line));

    public static TheoryData<int, string> Examples()
    {
        var data = new TheoryData<int, string>();
        foreach (var row in Rows.Value.Values)
            data.Add(row.Line, row.Required("note"));
        return data;
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Row_names_its_outlet(int line, string note)
    {
        var row = Rows.Value[line];
        var text = row.Required("text").Replace("\\n", "\n", StringComparison.Ordinal);
        var item = TextFileReader.Read(text, $"corpus-{line}", $"corpus-{line}.txt", null, "0");
        var article = ArticleCleaner.Clean(item.Document!);
        var expected = row.Required("outlet");
        Assert.True((expected == None ? null : expected) == article.Outlet,
            $"{File}:{line} ({note}): expected {expected}, read {article.Outlet ?? None} <- {article.OutletEvidence}");
    }

    [Fact]
    public void The_corpus_has_negative_rows_for_bylines_attributions_cities_and_labels()
    {
        var notes = Rows.Value.Values.Where(r => r.Required("outlet") == None).Select(r => r.Required("note")).ToList();
        foreach (var kind in new[] { "byline", "attribution", "city", "label", "credit" })
            Assert.Contains(notes, n => n.Contains(kind, StringComparison.Ordinal));
    }
}
