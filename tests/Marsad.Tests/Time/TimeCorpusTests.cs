using Marsad.Pipeline;
using Marsad.Time;
using Marsad.Time.Grammar;

namespace Marsad.Tests.Time;

/// <summary>
/// Runs the behaviour corpora of the time stage row by row: Data/time/corpus.tsv (a sentence, the
/// day it is read on, what it must yield) and Data/time/publication-corpus.tsv (an article, the
/// publication interval its text gives). A sentence that yields two expressions reads two ways and fails.
/// </summary>
public class TimeCorpusTests
{
    public static TheoryData<int, string> TaggingRows() => TimeCorpus.Rows(TimeCorpus.TaggingRows);
    public static TheoryData<int, string> PublicationRows() => TimeCorpus.Rows(TimeCorpus.PublicationRows);

    [Theory]
    [MemberData(nameof(TaggingRows))]
    public void Corpus_row_reads_as_written(int line, string text)
    {
        var row = TimeCorpus.TaggingRows.Single(r => r.Line == line);
        var why = TimeCorpus.CheckTagging(row, MarsadRules.Shipped.Time);
        Assert.True(why is null, $"{TimeCorpus.TaggingFile}:{line}: {text}: {why}");
    }

    [Theory]
    [MemberData(nameof(PublicationRows))]
    public void Publication_corpus_row_dates_its_article(int line, string text)
    {
        var row = TimeCorpus.PublicationRows.Single(r => r.Line == line);
        var why = TimeCorpus.CheckPublication(row, MarsadRules.Shipped.Time);
        Assert.True(why is null, $"{TimeCorpus.PublicationFile}:{line}: {text}: {why}");
    }

    public static TheoryData<string> Constructions() => new(TemporalGrammar.Constructions.Select(c => c.Name));

    [Theory]
    [MemberData(nameof(Constructions))]
    public void The_corpus_needs_every_construction(string name)
    {
        var without = TemporalGrammar.Constructions.Where(c => c.Name != name).ToArray();
        Assert.True(TimeCorpus.FirstFailure(MarsadRules.Shipped.Time, without) is not null, $"no corpus row is read by the {name} construction");
    }

    [Fact]
    public void Construction_names_are_unique() =>
        Assert.Equal(TemporalGrammar.Constructions.Count, TemporalGrammar.Constructions.Select(c => c.Name).Distinct().Count());

    [Fact]
    public void The_corpus_has_positive_negative_and_impossible_rows()
    {
        var expected = TimeCorpus.TaggingRows.Select(r => r.Required("expected")).ToArray();
        Assert.True(expected.Length >= 100, $"{expected.Length} rows");
        Assert.True(expected.Count(e => e == "none") >= 20, "at least 20 negative rows");
        Assert.Contains("impossible", expected);
        Assert.All(TimeCorpus.TaggingRows, r => Assert.NotNull(r["note"]));
        Assert.All(TimeCorpus.PublicationRows, r => Assert.NotNull(r["note"]));
    }
}
