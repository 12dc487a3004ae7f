using Marsad.Data;
using Marsad.Events;
using Marsad.Text;

namespace Marsad.Tests.Events;

/// <summary>Spec for Data/events/suffixes.txt: the endings a starred pattern word may take.</summary>
public class SuffixTableTests
{
    private static readonly IReadOnlyList<string> Suffixes = DataFiles.ReadList("events/suffixes.txt");

    /// <summary>
    /// Rows no word can reach: four letters, longer than <see cref="PhraseMatcherOptions.MaxInflection"/>,
    /// so a starred word never takes them (kept in the list for when the limit grows).
    /// </summary>
    private static readonly HashSet<string> Unreachable = ["تهما", "اهما"];

    /// <summary>One inflected form per reachable suffix of the list (the stem بحث with each ending).</summary>
    private static readonly string[] Forms =
    [
        "بحثا", "بحثت", "بحثتا", "بحثوا", "بحثو", "بحثن", "بحثنا", "بحثتم", "بحثتما", "بحثان", "بحثون", "بحثين",
        "بحثي", "بحثه", "بحثها", "بحثهم", "بحثهما", "بحثهن", "بحثته", "بحثتها", "بحثتهم", "بحثاه",
        "بحثاها", "بحثاهم", "بحثوه", "بحثوها",
    ];

    public static TheoryData<string> Rows()
    {
        var data = new TheoryData<string>();
        foreach (var suffix in Suffixes.Where(s => !Unreachable.Contains(s)))
            data.Add(suffix);
        return data;
    }

    public static TheoryData<string> InflectedForms()
    {
        var data = new TheoryData<string>();
        foreach (var form in Forms)
            data.Add(form);
        return data;
    }

    private static bool Matches(string pattern, string word)
    {
        var tokens = TextLayer.Build(word).Tokens;
        return EventLexicons.Phrases([(pattern, pattern)]).MatchAt(tokens, 0, tokens.Count) is not null;
    }

    [Theory]
    [MemberData(nameof(Rows))]
    public void Each_suffix_lets_a_starred_word_take_it_and_only_a_starred_word(string suffix)
    {
        Assert.True(Matches("بحث*", "بحث" + suffix), $"بحث* + {suffix}");
        Assert.False(Matches("بحث", "بحث" + suffix), $"بحث + {suffix}");
        Assert.True(suffix.Length <= PhraseMatcherOptions.MaxInflection);
    }

    [Theory]
    [MemberData(nameof(InflectedForms))]
    public void Inflected_forms_match_the_starred_stem(string form)
    {
        Assert.True(Matches("بحث*", form), form);
    }

    [Fact]
    public void Every_reachable_suffix_has_its_inflected_form()
    {
        var reachable = Suffixes.Where(s => !Unreachable.Contains(s)).Select(ArabicNormalizer.Key);
        Assert.Equal(reachable.Order(StringComparer.Ordinal), Forms.Select(f => ArabicNormalizer.Key(f)[3..]).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Unreachable_suffixes_are_the_ones_longer_than_an_inflection()
    {
        Assert.Equal(Unreachable.Order(StringComparer.Ordinal), Suffixes.Where(s => s.Length > PhraseMatcherOptions.MaxInflection).Order(StringComparer.Ordinal));
        Assert.All(Unreachable, s => Assert.False(Matches("بحث*", "بحث" + s)));
    }

    [Theory]
    [InlineData("زار*", "وزاريا")]    // ministerial: "يا" is no inflection
    [InlineData("بحث*", "بحثية")]     // research (adjective)
    [InlineData("بحث*", "بحثناها")]   // four more letters
    public void Other_endings_make_another_word(string pattern, string word)
    {
        Assert.False(Matches(pattern, word));
    }
}
