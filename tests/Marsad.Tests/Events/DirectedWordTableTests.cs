using Marsad.Data;
using Marsad.Events;
using Marsad.Pipeline;
using Marsad.Text;

namespace Marsad.Tests.Events;

/// <summary>Spec for Data/events/directed-words.tsv: every row's pattern reads its example with its role.</summary>
public class DirectedWordTableTests
{
    private const string File = "events/directed-words.tsv";

    private static readonly IReadOnlyList<TsvRow> Rows = DataFiles.ReadTable(File);

    public static TheoryData<int> Lines()
    {
        var data = new TheoryData<int>();
        foreach (var row in Rows)
            data.Add(row.Line);
        return data;
    }

    [Theory]
    [MemberData(nameof(Lines))]
    public void Each_row_gives_its_role_in_its_example(int line)
    {
        var row = Rows.Single(r => r.Line == line);
        var role = DirectedWords.ParseRole(row);
        var tokens = TextLayer.Build(row.Required("example")).Tokens;
        var own = EventLexicons.Phrases([(row.Required("pattern"), row.Required("pattern"))]).FindAll(tokens, 0, tokens.Count);
        var first = Assert.Single(own);
        Assert.True(MarsadRules.Shipped.Events.Directed.Is(role, tokens, first.FirstToken), $"{row.Required("pattern")} is no {role} in '{row.Required("example")}'");
    }

    [Fact]
    public void Patterns_are_unique_within_a_role()
    {
        var keys = Rows.Select(r => (r.Required("role"), r.Required("pattern"))).ToList();
        Assert.Equal(keys.Count, keys.Distinct().Count());
    }

    [Theory]
    [InlineData("القوات", nameof(DirectedRole.Envoy))]        // troops are no envoy
    [InlineData("اللاعب", nameof(DirectedRole.Envoy))]        // nor is a player
    [InlineData("تعليقا", nameof(DirectedRole.Trade))]        // "commenting" halts no trade
    [InlineData("ابحاث", nameof(DirectedRole.Document))]      // research is no signed document
    public void Near_words_do_not_read_as_the_role(string word, string roleName)
    {
        var role = Enum.Parse<DirectedRole>(roleName);
        var tokens = TextLayer.Build(word).Tokens;
        Assert.False(MarsadRules.Shipped.Events.Directed.Is(role, tokens, 0));
    }
}

/// <summary>Spec for Data/events/acts.tsv: real CAMEO prefixes, one own-envoy act, flags read by code prefix.</summary>
public class ActTableTests
{
    private static readonly IReadOnlyList<TsvRow> Rows = DataFiles.ReadTable("events/acts.tsv");

    public static TheoryData<string> Codes()
    {
        var data = new TheoryData<string>();
        foreach (var row in Rows)
            data.Add(row.Required("cameo"));
        return data;
    }

    [Theory]
    [MemberData(nameof(Codes))]
    public void Each_row_names_a_cameo_code(string code) => Assert.NotNull(MarsadRules.Shipped.Cameo.Find(code));

    [Fact]
    public void The_own_envoy_act_is_a_sanction()
    {
        var acts = MarsadRules.Shipped.Events.Acts;
        Assert.Equal("sanction", MarsadRules.Shipped.Cameo.Find(acts.OwnEnvoyCode)?.PloverEvent);
        Assert.Equal("recall", acts.OwnEnvoyAct);
    }

    [Theory]
    [InlineData("112", true, false, false, true)]    // an accusation is said; a state it names as harmed is its victim
    [InlineData("120", true, false, true, false)]    // a rejection is said and names the author of what it rejects
    [InlineData("130", true, false, false, true)]    // a threat
    [InlineData("0356", true, false, false, false)]  // a ceasefire agreed is announced
    [InlineData("057", false, true, false, false)]   // a signing stays its own event in a meeting report
    [InlineData("051", false, false, false, false)]  // praise folds into the meeting
    [InlineData("166", false, true, false, false)]   // an expulsion, by its root 16
    [InlineData("040", false, false, false, false)]  // a meeting is none of these
    public void Flags_follow_the_longest_prefix(string cameo, bool said, bool ownInMeeting, bool authored, bool victims)
    {
        var acts = MarsadRules.Shipped.Events.Acts;
        Assert.Equal(said, acts.IsSaid(cameo));
        Assert.Equal(ownInMeeting, acts.IsOwnEventInMeeting(cameo));
        Assert.Equal(authored, acts.IsAuthored(cameo));
        Assert.Equal(victims, acts.NamesVictims(cameo));
    }
}
