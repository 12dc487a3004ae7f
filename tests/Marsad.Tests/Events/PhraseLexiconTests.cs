using Marsad.Events;
using Marsad.Text;

namespace Marsad.Tests.Events;

public class PhraseLexiconTests
{
    private static PhraseLexicon<string> Lexicon(params string[] patterns) => new(patterns.Select(p => (p, p)));

    private static IReadOnlyList<PhraseMatch<string>> Find(PhraseLexicon<string> lexicon, string text)
    {
        var tokens = TextLayer.Build(text).Tokens;
        return lexicon.FindAll(tokens, 0, tokens.Count);
    }

    [Theory]
    [InlineData("بحث")]
    [InlineData("بحثا")]
    [InlineData("بحثت")]
    [InlineData("بحثوا")]
    [InlineData("بحثتما")]
    public void Wildcard_takes_up_to_three_more_letters(string word)
    {
        Assert.Single(Find(Lexicon("بحث*"), word));
    }

    [Theory]
    [InlineData("بحثتموها")]   // four more letters
    [InlineData("باحث")]       // the stem is not a prefix
    [InlineData("بح")]
    public void Wildcard_rejects_longer_or_other_words(string word)
    {
        Assert.Empty(Find(Lexicon("بحث*"), word));
    }

    [Fact]
    public void Pattern_without_wildcard_matches_the_exact_word_only()
    {
        var lexicon = Lexicon("لقاء");
        Assert.Single(Find(lexicon, "لقاء"));
        Assert.Empty(Find(lexicon, "لقاءات"));
    }

    [Theory]
    [InlineData("وبحث", "بحث*")]
    [InlineData("فالتقى", "التقي")]
    [InlineData("والتقى", "التقي")]
    [InlineData("المباحثات", "مباحثات")]
    [InlineData("وللمباحثات", "مباحثات")]
    public void Clitic_readings_match(string word, string pattern)
    {
        var match = Assert.Single(Find(Lexicon(pattern), word));
        Assert.Equal(pattern, match.Entry);
    }

    [Fact]
    public void Longest_match_wins()
    {
        var match = Assert.Single(Find(Lexicon("اتصال", "اتصال هاتفي"), "في اتصال هاتفي مع نظيره"));
        Assert.Equal("اتصال هاتفي", match.Entry);
        Assert.Equal(1, match.FirstToken);
        Assert.Equal(2, match.TokenCount);
        Assert.Equal(3, match.EndToken);
    }

    [Fact]
    public void Multiword_pattern_needs_every_word_in_order()
    {
        var lexicon = Lexicon("فرض* عقوبات");
        Assert.Single(Find(lexicon, "وفرضت عقوبات على الشركة"));
        Assert.Empty(Find(lexicon, "عقوبات فرضت"));
        Assert.Empty(Find(lexicon, "فرضت الحكومة عقوبات"));
    }

    [Fact]
    public void Multiword_pattern_does_not_run_past_the_end_bound()
    {
        var tokens = TextLayer.Build("في اتصال هاتفي").Tokens;
        Assert.Empty(Lexicon("اتصال هاتفي").FindAll(tokens, 0, 2));
        Assert.Null(Lexicon("اتصال هاتفي").MatchAt(tokens, 1, 2));
    }

    [Fact]
    public void FindAll_returns_non_overlapping_matches_in_order()
    {
        var found = Find(Lexicon("مجلس الامن", "الامن", "قرار"), "قرار مجلس الأمن حول الأمن الإقليمي");
        Assert.Equal(["قرار", "مجلس الامن", "الامن"], found.Select(m => m.Entry));
        for (var i = 1; i < found.Count; i++)
            Assert.True(found[i].FirstToken >= found[i - 1].EndToken);
    }

    [Fact]
    public void Patterns_are_normalised_when_loaded()
    {
        // The table may spell hamza and ta marbuta; the lexicon keys them like the text.
        Assert.Single(Find(Lexicon("مكالمة هاتفية"), "في مكالمة هاتفيّة"));
        Assert.Single(Find(Lexicon("أشاد*"), "وأشاد الوزير"));
    }

    [Fact]
    public void Punctuation_and_numbers_do_not_start_matches()
    {
        Assert.Empty(Find(Lexicon("،"), "قال ، إن"));
    }
}
