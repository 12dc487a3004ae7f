using Marsad.Data;
using Marsad.Events;
using Marsad.Pipeline;
using Marsad.Text;

namespace Marsad.Tests.Events;

/// <summary>
/// Shared check for the one-word-list tables (modality, topics, speech): the row's own pattern
/// matches its example, and the default lexicon reads the same place with the row's value.
/// </summary>
internal static class LexiconTable
{
    public static TheoryData<string, string> Examples(string file)
    {
        var data = new TheoryData<string, string>();
        foreach (var row in DataFiles.ReadTable(file))
            data.Add(row.Required("pattern"), row.Required("example"));
        return data;
    }

    public static TsvRow Row(string file, string pattern) =>
        DataFiles.ReadTable(file).Single(r => r.Required("pattern") == pattern);

    /// <summary>The match of the default lexicon where the row's own pattern matches the example.</summary>
    public static PhraseMatch<T> MatchOfRow<T>(PhraseMatcher<T> lexicon, string pattern, string example)
    {
        var tokens = TextLayer.Build(example).Tokens;
        var own = EventLexicons.Phrases([(pattern, pattern)]).FindAll(tokens, 0, tokens.Count);
        var first = Assert.Single(own);
        var found = lexicon.FindAll(tokens, 0, tokens.Count);
        return Assert.Single(found, m => m.FirstToken == first.FirstToken);
    }
}

public class ModalityTableTests
{
    private const string File = "events/modality.tsv";

    public static TheoryData<string, string> Examples() => LexiconTable.Examples(File);

    [Theory]
    [MemberData(nameof(Examples))]
    public void Each_row_gives_its_status_in_its_example(string pattern, string example)
    {
        var expected = LexiconTable.Row(File, pattern).Required("status") switch
        {
            "planned" => EventStatus.Planned,
            "denied" => EventStatus.Denied,
            var s => throw new Xunit.Sdk.XunitException($"unknown status {s}"),
        };
        Assert.Equal(expected, LexiconTable.MatchOfRow(MarsadRules.Shipped.Events.Modality, pattern, example).Entry);
    }

    [Theory]
    [InlineData("عقد الجانبان اجتماعا في القاهرة أمس")]
    [InlineData("وبحث الرئيسان العلاقات الثنائية")]
    public void Plain_reports_carry_no_modality(string text)
    {
        var tokens = TextLayer.Build(text).Tokens;
        Assert.Empty(MarsadRules.Shipped.Events.Modality.FindAll(tokens, 0, tokens.Count));
    }
}

public class TopicTableTests
{
    private const string File = "events/topics.tsv";

    private static readonly HashSet<string> PloverContexts =
    [
        "terrorism", "health", "migration", "economic", "military", "political_institutions", "diplomatic",
        "territory", "cbrn", "humanitarian", "legal", "energy",
    ];

    public static TheoryData<string, string> Examples() => LexiconTable.Examples(File);

    [Theory]
    [MemberData(nameof(Examples))]
    public void Each_row_gives_its_context_in_its_example(string pattern, string example)
    {
        var context = LexiconTable.Row(File, pattern).Required("context");
        Assert.Contains(context, PloverContexts);
        Assert.Equal(context, LexiconTable.MatchOfRow(MarsadRules.Shipped.Events.Topics, pattern, example).Entry);
    }
}

public class SpeechTableTests
{
    private const string File = "events/speech.tsv";

    public static TheoryData<string, string> Examples() => LexiconTable.Examples(File);

    [Theory]
    [MemberData(nameof(Examples))]
    public void Each_row_is_recognised_in_its_example(string pattern, string example)
    {
        Assert.Equal(pattern, LexiconTable.MatchOfRow(MarsadRules.Shipped.Events.SpeechVerbs, pattern, example).Entry);
    }

    [Theory]
    [InlineData("وقالت الوكالة")]
    [InlineData("وأكدت الخارجية")]
    [InlineData("وأضافوا")]
    public void Inflected_speech_verbs_are_recognised(string text)
    {
        var tokens = TextLayer.Build(text).Tokens;
        Assert.NotEmpty(MarsadRules.Shipped.Events.SpeechVerbs.FindAll(tokens, 0, tokens.Count));
    }
}

public class FrameWordTableTests
{
    public static TheoryData<string, string> Rows()
    {
        var data = new TheoryData<string, string>();
        foreach (var row in DataFiles.ReadTable("events/frame-words.tsv"))
            data.Add(row.Required("role"), row.Required("word"));
        return data;
    }

    [Theory]
    [MemberData(nameof(Rows))]
    public void Each_word_is_recognised_in_its_role(string role, string word)
    {
        var words = MarsadRules.Shipped.Events.Words;
        var key = ArabicNormalizer.Key(word);
        var recognised = role switch
        {
            "glue" => words.IsGlue(key),
            "locative" => words.IsLocative(key),
            "topic" => words.IsTopicMarker(key),
            "comitative" => words.IsComitative(key),
            "boundary" => words.IsBoundary(key),
            "noun-context" => words.IsNounContext(key),
            "referenced" => words.IsReferencing(key),
            "light-verb" => words.IsLightVerb(key) && words.IsLightVerb("و" + key),
            "relative" => words.IsTransparent(key),
            "topic-noun" => words.IsTopicNoun(key),
            "coordinator" => words.IsCoordinator(key),
            "coordinating-clitic" => words.StartsWithCoordinatingClitic(key + "مصر"),
            "locative-clitic" => words.IsLocativeClitic(key),
            "destination-clitic" => words.IsDestinationClitic(key),
            "speech-opener" => words.IsSpeechOpener(key),
            "occasion-noun" => words.IsOccasionNoun(key),
            "other-occurrence" => words.IsOtherOccurrence(key),
            "honorific" => words.IsHonorific(key),
            "office" => words.IsOffice(key),
            "list-opener" => words.IsListOpener(key),
            "origin" => words.IsOrigin(key),
            "patronage" => words.IsPatronage(key),
            "observer" => words.IsObserver(key),
            "capacity" => words.IsCapacity(key),
            "adverb" => words.IsAdverb(key),
            "demonstrative" => words.IsDemonstrative(key),
            "multilateral-marker" => words.IsMultilateralMarker(key),
            "distributive" => words.IsDistributive(key),
            "sidelines" => words.IsSidelines(key),
            "occasion-glue" => words.IsOccasionGlue(key),
            "continuation" => words.IsContinuation(key),
            "honorific-pronoun" => words.IsHonorificPronoun(key),
            "other-time" => words.IsOtherTime(key),
            "topic-verb" => words.IsTopicVerb(key),
            "coincidence" => words.IsCoincidence(key),
            "arrival" => words.IsArrival(key),
            "came" => words.IsCame(key),
            "during" => words.IsDuring(key),
            "reception" => words.IsReception(key),
            "beginning" => words.IsBeginning(key),
            "relative-pronoun" => words.IsRelativePronoun(key),
            "duration" => words.IsDuration(key),
            "gratitude" => words.IsGratitude(key),
            "venue" => words.IsVenue(key),
            "name-link" => words.IsNameLink(key),
            "delegation-head" => words.IsDelegationHead(key),
            "event-anaphor" => words.IsEventAnaphor(key),
            "bound" => words.IsBound(key),
            _ => throw new Xunit.Sdk.XunitException($"role '{role}' has no predicate in FrameWords"),
        };
        Assert.True(recognised, $"{word} as {role}");
    }

    public static TheoryData<string, int> Reaches()
    {
        var data = new TheoryData<string, int>();
        foreach (var row in DataFiles.ReadTable("events/frame-words.tsv").Where(r => r["reach"] is not null))
            data.Add(row.Required("word"), int.Parse(row.Required("reach"), System.Globalization.CultureInfo.InvariantCulture));
        return data;
    }

    [Theory]
    [MemberData(nameof(Reaches))]
    public void A_comitative_with_a_reach_introduces_only_parties_within_it(string word, int reach)
    {
        var key = ArabicNormalizer.Key(word);
        Assert.True(MarsadRules.Shipped.Events.Words.Introduces(key, reach));
        Assert.False(MarsadRules.Shipped.Events.Words.Introduces(key, reach + 1));
    }

    [Fact]
    public void A_comitative_without_a_reach_introduces_parties_anywhere_in_the_frame()
    {
        Assert.True(MarsadRules.Shipped.Events.Words.Introduces("مع", 20));
        Assert.False(MarsadRules.Shipped.Events.Words.Introduces("في", 0));
    }

    [Theory]
    [InlineData("الوزير")]
    [InlineData("موسكو")]
    public void Content_words_have_no_frame_role(string word)
    {
        var words = MarsadRules.Shipped.Events.Words;
        var key = ArabicNormalizer.Key(word);
        Assert.False(words.IsGlue(key) || words.IsLocative(key) || words.IsTopicMarker(key) || words.IsComitative(key)
            || words.IsBoundary(key) || words.IsNounContext(key) || words.IsLightVerb(key));
    }
}
