using Marsad.Actors;
using Marsad.Data;
using Marsad.Text;

namespace Marsad.Tests.Actors;

/// <summary>
/// Every row of the recognition rule tables under Data/actors/rules/ (honorifics, former-markers,
/// dual-titles, name-stopwords, name-binders, country-prepositions) read in a sentence, where the
/// reading depends on that row.
/// </summary>
public class RecognitionRuleTableTests
{
    private const string Rules = "actors/rules/";

    /// <summary>A name missing from the KB, read as printed.</summary>
    private const string Unknown = "زيد الخالدي";

    public static TheoryData<string> Column(string file, string column)
    {
        var data = new TheoryData<string>();
        foreach (var row in DataFiles.ReadTable(Rules + file))
            data.Add(row.Required(column));
        return data;
    }

    public static TheoryData<string> Honorifics() => Column("honorifics.tsv", "honorific");
    public static TheoryData<string> FormerMarkers() => Column("former-markers.tsv", "marker");
    public static TheoryData<string> Stopwords() => Column("name-stopwords.tsv", "word");
    public static TheoryData<string> Binders() => Column("name-binders.tsv", "word");
    public static TheoryData<string> DualHeads() => Column("dual-titles.tsv", "dual");
    public static TheoryData<string> CountryPrepositions() => Column("country-prepositions.tsv", "word");
    public static TheoryData<string> WordEndings() => Column("name-word-endings.tsv", "example");
    public static TheoryData<string> CityCues() => Column("city-cues.tsv", "word");

    /// <summary>A phrase as lexicon entries spell it in evidence: normalised tokens joined by spaces.</summary>
    private static string Literal(string phrase) =>
        string.Join(' ', Tokenizer.Tokenize(ArabicNormalizer.Normalize(phrase)).Select(t => t.Norm));

    /// <summary>The row of a rules/ table whose <paramref name="column"/> is <paramref name="value"/>.</summary>
    internal static TsvRow Row(string file, string column, string value) =>
        DataFiles.ReadTable(Rules + file).Single(r => r.Required(column) == value);

    private static ActorMention Mention(IReadOnlyList<ActorMention> mentions, Func<ActorMention, bool> where, string text) =>
        mentions.FirstOrDefault(where)
        ?? throw new Xunit.Sdk.XunitException($"no such mention in: {text}\n{string.Join("\n", mentions.Select(m => $"{m.Surface} -> {m.Actor} | {m.Evidence}"))}");

    [Theory]
    [MemberData(nameof(Honorifics))]
    public void Honorific_between_a_title_and_a_KB_name_is_skipped(string honorific)
    {
        var text = $"وقال وزير الخارجية الروسي {honorific} سيرغي لافروف إن المحادثات مستمرة.";
        var m = Mention(TestKb.Recognize(text), x => x.Actor.Id == "lavrov", text);
        Assert.Equal(MentionKind.TitleName, m.Kind);
        Assert.Equal(("RUS", "foreign_minister"), (m.Actor.Country, m.Actor.Role));
        Assert.Equal(Literal(honorific), m.Evidence.Find(ActorRule.AfterHonorific)?.Input<string>(0));
    }

    [Theory]
    [MemberData(nameof(Honorifics))]
    public void Honorific_before_a_KB_name_belongs_to_the_mention(string honorific)
    {
        var text = $"وقال {honorific} سيرغي لافروف إن المحادثات مستمرة.";
        var m = Mention(TestKb.Recognize(text), x => x.Actor.Id == "lavrov", text);
        Assert.Equal($"{honorific} سيرغي لافروف", m.Surface);
    }

    [Theory]
    [MemberData(nameof(FormerMarkers))]
    public void Former_marker_after_a_title_names_nobody_in_office(string marker)
    {
        // Putin held the office on that day: without the marker the title resolves to him.
        var text = $"وقال الرئيس الروسي {marker} إن المحادثات مستمرة.";
        var m = Mention(TestKb.Recognize(text, "2020-01-01"), x => x.Kind == MentionKind.Title, text);
        Assert.Null(m.Actor.Id);
        Assert.Null(m.Actor.Role);
        Assert.Equal("RUS", m.Actor.Country);
        Assert.Equal(Literal(marker), m.Evidence.Find(ActorRule.NotInOffice)?.Input<string>(0));
    }

    [Theory]
    [MemberData(nameof(FormerMarkers))]
    public void Former_marker_between_a_title_and_a_name_attests_no_term(string marker)
    {
        var text = $"وقال وزير الخارجية الروسي {marker} سيرغي لافروف إن المحادثات مستمرة.";
        var m = Mention(TestKb.Recognize(text, "2020-01-01"), x => x.Actor.Id == "lavrov", text);
        Assert.Null(m.AttestedRole);
        Assert.Equal(Literal(marker), m.Evidence.Find(ActorRule.NotInOffice)?.Input<string>(0));
    }

    [Theory]
    [MemberData(nameof(Stopwords))]
    public void Stop_word_ends_a_name_read_as_printed(string word)
    {
        var text = $"واستقبل الرئيس الروسي زيد {word} الوفد.";
        var m = Mention(TestKb.Recognize(text), x => x.Kind == MentionKind.TitleName, text);
        Assert.Equal("زيد", m.Actor.Name);
    }

    [Theory]
    [MemberData(nameof(Stopwords))]
    public void Stop_word_cannot_start_a_name(string word)
    {
        var text = $"واستقبل الرئيس الروسي {word} زيد الخالدي.";
        Assert.DoesNotContain(TestKb.Recognize(text), x => x.Kind == MentionKind.TitleName);
    }

    [Theory]
    [MemberData(nameof(WordEndings))]
    public void Inflected_stop_word_ends_a_name_and_cannot_start_one(string example)
    {
        var ends = $"واستقبل الرئيس الروسي زيد {example} الوفد.";
        Assert.Equal("زيد", Mention(TestKb.Recognize(ends), x => x.Kind == MentionKind.TitleName, ends).Actor.Name);
        var starts = $"واستقبل الرئيس الروسي {example} زيد الخالدي.";
        Assert.DoesNotContain(TestKb.Recognize(starts), x => x.Kind == MentionKind.TitleName);
    }

    [Theory]
    [MemberData(nameof(CityCues))]
    public void City_cue_makes_a_state_name_the_other_states_capital(string word)
    {
        var example = Row("city-cues.tsv", "word", word).Required("example");
        Assert.Contains($"{word} عمان", example);
        var m = Mention(TestKb.Recognize(example), x => x.Surface == "عمان", example);
        Assert.Equal((MentionKind.Capital, "JOR"), (m.Kind, m.Actor.Country));
        var party = example.Replace($"{word} عمان", "عمان", StringComparison.Ordinal);
        Assert.Equal("OMN", Mention(TestKb.Recognize(party), x => x.Surface == "عمان", party).Actor.Country);
    }

    [Theory]
    [MemberData(nameof(Binders))]
    public void Binder_attaches_to_the_next_word_of_a_name(string binder)
    {
        var text = $"واستقبل الرئيس الروسي زيد {binder} خالد الوفد.";
        var m = Mention(TestKb.Recognize(text), x => x.Kind == MentionKind.TitleName, text);
        Assert.Equal($"زيد {binder} خالد", m.Actor.Name);
    }

    [Theory]
    [MemberData(nameof(DualHeads))]
    public void Dual_head_reads_its_example_as_two_titled_persons(string dual)
    {
        var row = Row("dual-titles.tsv", "dual", dual);
        var example = row.Required("example");
        Assert.Contains(dual, example);
        var titled = TestKb.Recognize(example).Where(m => m.Kind == MentionKind.TitleName).ToArray();
        // One role: the head alone is the office both persons hold.
        var roles = row.List("roles");
        Assert.Equal(roles.Count == 1 ? [roles[0], roles[0]] : roles, titled.Select(m => m.Actor.Role!));
        // The title is the singular head with a portfolio ("وزير الخارجية"), or the head alone ("الرئيس").
        var singular = row.Required("singular");
        Assert.All(titled, m => Assert.Matches($"^{singular}( |$)", m.Evidence.Find(ActorRule.DualTitle)?.Input<string>(0) ?? ""));
    }

    [Theory]
    [MemberData(nameof(CountryPrepositions))]
    public void Preposition_joins_a_title_to_its_country(string word)
    {
        var row = Row("country-prepositions.tsv", "word", word);
        var example = row.Required("example");
        Assert.Contains($" {word} ", example);
        var m = Mention(TestKb.Recognize(example), x => x.Actor.Name == Unknown, example);
        Assert.Equal(MentionKind.TitleName, m.Kind);
        Assert.Equal("RUS", m.Actor.Country);
        Assert.NotNull(m.Actor.Role);
        Assert.Equal(row.Required("evidence"), m.Evidence.Find(ActorRule.CountryAfterPreposition)?.Input<string>(0));
    }
}
