using Marsad.Data;
using Marsad.Text;

namespace Marsad.Tests.Text;

/// <summary>Row tests for the text layer's word lists: Data/text/abbreviations.txt and clitic-guard.txt.</summary>
public class WordListTests
{
    public static TheoryData<string> Abbreviations() => Rows("text/abbreviations.txt");

    public static TheoryData<string> GuardedWords() => Rows("text/clitic-guard.txt");

    private static TheoryData<string> Rows(string file)
    {
        var data = new TheoryData<string>();
        foreach (var row in DataFiles.ReadList(file))
            data.Add(row);
        return data;
    }

    [Theory]
    [MemberData(nameof(Abbreviations))]
    public void Every_abbreviation_does_not_end_a_sentence(string abbreviation)
    {
        var text = $"التقى {abbreviation}. سمير المقداد نظيره اليوم. ثم غادر";
        Assert.Equal(2, TextLayer.Build(text).Sentences.Count);
    }

    [Theory]
    [MemberData(nameof(GuardedWords))]
    public void Every_guarded_word_keeps_its_first_letter(string word)
    {
        var key = ArabicNormalizer.Key(word);
        Assert.True(ArabicClitics.IsGuarded(key));
        Assert.Equal(key, ArabicClitics.Bare(key));
        Assert.Equal([key], ArabicClitics.Readings(key));
    }

    [Fact]
    public void A_full_stop_after_a_word_of_two_letters_or_more_ends_the_sentence()
    {
        Assert.Equal(3, TextLayer.Build("التقى سعيد. سمير المقداد نظيره اليوم. ثم غادر").Sentences.Count);
        Assert.Equal(3, TextLayer.Build("التقى Ms. Smith نظيره اليوم. ثم غادر").Sentences.Count);
    }

    [Theory]
    [InlineData("text/abbreviations.txt")]
    [InlineData("text/clitic-guard.txt")]
    public void No_word_is_listed_twice(string file)
    {
        var keys = DataFiles.ReadList(file).Select(ArabicNormalizer.Key);
        Assert.Empty(keys.GroupBy(k => k, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key));
    }
}
