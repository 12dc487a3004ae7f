using Marsad.Text;

namespace Marsad.Tests.Text;

/// <summary>The segments a token carries, computed once by the text layer for the stages to read.</summary>
public class WordFormsTests
{
    private static Token Word(string text) => TextLayer.Build(text).Tokens[0];

    [Fact]
    public void A_word_carries_every_segmentation_most_literal_first()
    {
        var token = Word("وللرئيس");
        Assert.Equal(WordSegments.Whole("وللرييس"), token.Segments[0]);
        Assert.Contains(new WordSegments("و", "ل", "", "لرييس", ""), token.Segments);
        // ل + ال is written لل.
        Assert.Contains(new WordSegments("و", "ل", "ال", "رييس", ""), token.Segments);
        Assert.Equal(token.Segments.Select(s => s.Stem), token.Readings);
        Assert.Equal(token.Readings.Distinct(), token.Readings);
    }

    [Theory]
    [InlineData("وبحث", true)]
    [InlineData("بحث", true)]
    [InlineData("الهاتف", false)]
    [InlineData("بالهاتف", false)]
    public void A_segmentation_says_whether_only_a_conjunction_is_cut(string word, bool onlyConjunction)
    {
        var stem = word.EndsWith("بحث", StringComparison.Ordinal) ? "بحث" : "هاتف";
        Assert.Equal(onlyConjunction, Word(word).Segments.Single(s => s.Stem == stem).HasOnlyConjunction);
    }

    [Fact]
    public void A_guarded_word_is_its_only_segmentation()
    {
        Assert.Equal([WordSegments.Whole("وزاره")], Word("وزارة").Segments);
        Assert.Equal([WordSegments.Whole("وزارتها")], Word("وزارتها").Segments);
    }

    [Theory]
    [InlineData("الروسي", new[] { "الروسي", "روسي" })]
    [InlineData("والروسي", new[] { "والروسي" })]
    [InlineData("الف", new[] { "الف" })]
    public void The_article_free_forms_drop_a_written_article_only(string word, string[] forms)
    {
        Assert.Equal(forms, Word(word).ArticleFree.Select(s => s.Stem));
    }

    [Fact]
    public void Stems_drop_the_article_and_a_pronoun_suffix()
    {
        var stems = Word("عمليتها").Stems;
        Assert.Contains(new WordSegments("", "", "", "عمليه", "ها"), stems);
        Assert.Contains("عمليه", Word("والعملية").Stems.Select(s => s.Stem));
        Assert.DoesNotContain("العمليه", Word("والعملية").Stems.Select(s => s.Stem));
    }

    [Fact]
    public void Tokens_that_are_not_words_are_their_only_form()
    {
        var token = TextLayer.Build("2021").Tokens[0];
        Assert.Equal(["2021"], token.Readings);
        Assert.Equal([WordSegments.Whole("2021")], token.Stems);
        Assert.Equal("2021", token.Bare);
    }

    [Fact]
    public void The_same_word_shares_its_forms()
    {
        var tokens = TextLayer.Build("الرئيس قال إن الرئيس").Tokens;
        Assert.Same(tokens[0].Forms, tokens[3].Forms);
    }
}
