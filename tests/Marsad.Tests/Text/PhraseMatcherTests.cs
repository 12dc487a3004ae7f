using Marsad.Events;
using Marsad.Text;

namespace Marsad.Tests.Text;

/// <summary>
/// The phrase matcher of every stage and its options. Starred patterns are loaded the way the
/// event tables are (<see cref="EventLexicons.Phrases"/>: words normalised, Data/events/suffixes.txt
/// as inflections); the other matchers are built from normalised words.
/// </summary>
public class PhraseMatcherTests
{
    private static PhraseMatcher<string> Patterns(params string[] patterns) => EventLexicons.Phrases(patterns.Select(p => (p, p)));

    private static PhraseMatcher<string> Phrases(PhraseMatcherOptions? options, params string[] phrases)
    {
        var matcher = new PhraseMatcher<string>(options);
        foreach (var phrase in phrases)
            matcher.Add(Words(phrase), phrase);
        return matcher;
    }

    private static string[] Words(string phrase) => ArabicNormalizer.Key(phrase).Split(' ');

    private static IReadOnlyList<Token> Tokens(string text) => TextLayer.Build(text).Tokens;

    private static IReadOnlyList<PhraseMatch<string>> Find(PhraseMatcher<string> matcher, string text)
    {
        var tokens = Tokens(text);
        return matcher.FindAll(tokens, 0, tokens.Count);
    }

    // ---------------------------------------------------------------- inflections (starred words)

    [Theory]
    [InlineData("بحث")]
    [InlineData("بحثا")]
    [InlineData("بحثت")]
    [InlineData("بحثوا")]
    [InlineData("بحثتما")]
    public void Wildcard_takes_up_to_three_more_letters(string word)
    {
        Assert.Single(Find(Patterns("بحث*"), word));
    }

    [Theory]
    [InlineData("بحثتموها")]   // four more letters
    [InlineData("باحث")]       // the stem is not a prefix
    [InlineData("بح")]
    public void Wildcard_rejects_longer_or_other_words(string word)
    {
        Assert.Empty(Find(Patterns("بحث*"), word));
    }

    [Fact]
    public void Pattern_without_wildcard_matches_the_exact_word_only()
    {
        var lexicon = Patterns("لقاء");
        Assert.Single(Find(lexicon, "لقاء"));
        Assert.Empty(Find(lexicon, "لقاءات"));
    }

    [Fact]
    public void Without_inflections_a_star_is_a_letter()
    {
        var matcher = Phrases(null, "بحث*");
        Assert.Empty(Find(matcher, "بحثت"));
        Assert.Equal(1, matcher.Count);
    }

    [Fact]
    public void An_exact_word_beats_an_equally_long_inflected_one_added_before_it()
    {
        // The cuts of a reading are tried shortest first: "بحثت" as written before بحث + ت.
        var match = Assert.Single(Find(Patterns("بحث*", "بحثت"), "بحثت"));
        Assert.Equal("بحثت", match.Entry);
    }

    // ---------------------------------------------------------------- clitic readings

    [Theory]
    [InlineData("وبحث", "بحث*")]
    [InlineData("فالتقى", "التقي")]
    [InlineData("والتقى", "التقي")]
    [InlineData("المباحثات", "مباحثات")]
    [InlineData("وللمباحثات", "مباحثات")]
    public void Clitic_readings_match(string word, string pattern)
    {
        var match = Assert.Single(Find(Patterns(pattern), word));
        Assert.Equal(pattern, match.Entry);
    }

    [Fact]
    public void The_first_word_of_a_verb_entry_carries_a_conjunction_only()
    {
        var matcher = new PhraseMatcher<string>();
        matcher.Add(["هاتف"], "phoned", firstWordIsVerb: true);
        Assert.NotNull(matcher.MatchAt(Tokens("وهاتف"), 0));
        Assert.Null(matcher.MatchAt(Tokens("الهاتف"), 0));
        Assert.Null(matcher.MatchAt(Tokens("بهاتف"), 0));
        matcher.Add(["هاتف"], "telephone");
        Assert.Equal(["telephone"], matcher.MatchAt(Tokens("الهاتف"), 0)!.Values);
        Assert.Equal(["phoned", "telephone"], matcher.MatchAt(Tokens("وهاتف"), 0)!.Values);
    }

    [Fact]
    public void Inner_words_read_as_article_free_take_the_article_only()
    {
        var options = new PhraseMatcherOptions { InnerWords = TokenKeys.ArticleFree };
        var matcher = Phrases(options, "رئيس روسي");
        var match = matcher.MatchAt(Tokens("والرئيس الروسي"), 0);
        Assert.NotNull(match);
        Assert.Equal(new WordSegments("و", "", "ال", "رييس", ""), match.FirstWord);
        Assert.Null(matcher.MatchAt(Tokens("الرئيس والروسي"), 0));
        Assert.NotNull(Phrases(null, "رئيس روسي").MatchAt(Tokens("الرئيس والروسي"), 0));
    }

    [Fact]
    public void Words_read_as_stems_drop_the_article_and_a_pronoun_suffix()
    {
        var options = new PhraseMatcherOptions { FirstWord = TokenKeys.Stems, InnerWords = TokenKeys.Stems };
        var matcher = Phrases(options, "عملية عسكرية خاصة");
        Assert.Single(Find(matcher, "بدأت روسيا عمليتها العسكرية الخاصة"));
        Assert.Empty(Find(Phrases(null, "عملية عسكرية خاصة"), "بدأت روسيا عمليتها العسكرية الخاصة"));
    }

    [Fact]
    public void Custom_keys_replace_the_forms_of_the_tokens()
    {
        // As the dual titles read "وزيرا الخارجية": the head as its singular, the rest as printed.
        var matcher = Phrases(new PhraseMatcherOptions { InnerWords = TokenKeys.ArticleFree }, "وزير خارجيه");
        var tokens = Tokens("وزيرا الخارجية");
        Assert.Null(matcher.MatchAt(tokens, 0, tokens.Count));
        IReadOnlyList<WordSegments> Keys(int i, bool first) => i == 0 ? [WordSegments.Whole("وزير")] : tokens[i].ArticleFree;
        Assert.Equal(2, matcher.MatchAt(tokens, 0, tokens.Count, Keys)?.TokenCount);
    }

    // ---------------------------------------------------------------- which phrase a position gives

    [Fact]
    public void Longest_match_wins()
    {
        var match = Assert.Single(Find(Patterns("اتصال", "اتصال هاتفي"), "في اتصال هاتفي مع نظيره"));
        Assert.Equal("اتصال هاتفي", match.Entry);
        Assert.Equal(1, match.FirstToken);
        Assert.Equal(2, match.TokenCount);
        Assert.Equal(3, match.EndToken);
    }

    [Fact]
    public void The_first_reading_preference_keeps_the_most_literal_reading_that_starts_a_phrase()
    {
        // "بالأمس" reads بالامس، الامس، امس: "الامس" comes first, though "امس مساء" is longer.
        const string Text = "بالأمس مساء";
        Assert.Equal("امس مساء", Phrases(null, "الامس", "امس مساء").MatchAt(Tokens(Text), 0)?.Entry);
        var firstReading = new PhraseMatcherOptions { Preference = MatchPreference.FirstReading };
        Assert.Equal("الامس", Phrases(firstReading, "الامس", "امس مساء").MatchAt(Tokens(Text), 0)?.Entry);
    }

    [Theory]
    [InlineData("الخارجيه", "خارجيه")]
    [InlineData("خارجيه", "الخارجيه")]
    public void Of_equally_long_phrases_the_one_added_first_wins(string first, string second)
    {
        var matcher = new PhraseMatcher<string>();
        matcher.Add(["وزير", first], first);
        matcher.Add(["وزير", second], second);
        Assert.Equal(first, matcher.MatchAt(Tokens("وزير الخارجية"), 0)?.Entry);
    }

    [Fact]
    public void Every_entry_of_a_phrase_is_a_value_once()
    {
        var matcher = new PhraseMatcher<string>();
        matcher.Add(["سوريه"], "country");
        matcher.Add(["سوريه"], "demonym");
        matcher.Add(["سوريه"], "country");
        Assert.Equal(2, matcher.Count);
        Assert.Equal(["country", "demonym"], matcher.MatchAt(Tokens("سورية"), 0)!.Values);
    }

    [Fact]
    public void Multiword_pattern_needs_every_word_in_order()
    {
        var lexicon = Patterns("فرض* عقوبات");
        Assert.Single(Find(lexicon, "وفرضت عقوبات على الشركة"));
        Assert.Empty(Find(lexicon, "عقوبات فرضت"));
        Assert.Empty(Find(lexicon, "فرضت الحكومة عقوبات"));
    }

    [Fact]
    public void Multiword_pattern_does_not_run_past_the_end_bound()
    {
        var tokens = Tokens("في اتصال هاتفي");
        Assert.Empty(Patterns("اتصال هاتفي").FindAll(tokens, 0, 2));
        Assert.Null(Patterns("اتصال هاتفي").MatchAt(tokens, 1, 2));
        Assert.Null(Patterns("اتصال").MatchAt(tokens, 3));
    }

    [Fact]
    public void FindAll_returns_non_overlapping_matches_in_order()
    {
        var found = Find(Patterns("مجلس الامن", "الامن", "قرار"), "قرار مجلس الأمن حول الأمن الإقليمي");
        Assert.Equal(["قرار", "مجلس الامن", "الامن"], found.Select(m => m.Entry));
        for (var i = 1; i < found.Count; i++)
            Assert.True(found[i].FirstToken >= found[i - 1].EndToken);
    }

    [Fact]
    public void Patterns_are_normalised_when_loaded()
    {
        // The table may spell hamza and ta marbuta; the lexicon keys them like the text.
        Assert.Single(Find(Patterns("مكالمة هاتفية"), "في مكالمة هاتفيّة"));
        Assert.Single(Find(Patterns("أشاد*"), "وأشاد الوزير"));
    }

    [Fact]
    public void Phrases_start_at_words_when_the_options_say_so()
    {
        Assert.Empty(Find(Patterns("،"), "قال ، إن"));
        Assert.Single(Find(Phrases(null, "،"), "قال ، إن"));
    }

    [Theory]
    [InlineData("في إطار صيغة «سوتشي» للحوار")]
    [InlineData("في إطار صيغة \"سوتشي\" للحوار")]
    public void A_quotation_mark_inside_a_phrase_is_passed_over_when_the_options_say_so(string text)
    {
        var match = Assert.Single(Find(Phrases(new PhraseMatcherOptions { PassQuotes = true }, "صيغة سوتشي"), text));
        Assert.Equal(2, match.FirstToken);
        Assert.Empty(Find(Phrases(null, "صيغة سوتشي"), text));
    }
}
