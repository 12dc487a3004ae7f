using Marsad.Actors;

namespace Marsad.Tests.Actors;

/// <summary>
/// Every row of the rule tables for titles shared by several states and for capitals named by a
/// demonym (Data/actors/rules/group-titles.tsv, list-openers.tsv, capital-cues.tsv) read in its own
/// example, where the reading depends on that row.
/// </summary>
public class GroupRuleTableTests
{
    public static TheoryData<string> GroupHeads() => RecognitionRuleTableTests.Column("group-titles.tsv", "head");
    public static TheoryData<string> ListOpeners() => RecognitionRuleTableTests.Column("list-openers.tsv", "opener");
    public static TheoryData<string> CapitalCues() => RecognitionRuleTableTests.Column("capital-cues.tsv", "word");

    [Theory]
    [MemberData(nameof(GroupHeads))]
    public void Group_head_names_the_office_of_each_listed_state(string head)
    {
        var row = RecognitionRuleTableTests.Row("group-titles.tsv", "head", head);
        var example = row.Required("example");
        Assert.Contains(head, example);
        var titles = TestKb.Recognize(example).Where(m => m.Evidence.Find(ActorRule.GroupTitle) is not null).ToArray();
        Assert.Equal(row.List("countries").Order(), titles.Select(m => m.Actor.Country!).Order());
        Assert.All(titles, m => Assert.Equal(row.Required("role"), m.Actor.Role));
        // Without its list the head reads no one: the states alone are states.
        var alone = example.Replace(head, "وفود", StringComparison.Ordinal);
        Assert.DoesNotContain(TestKb.Recognize(alone), m => m.Evidence.Find(ActorRule.GroupTitle) is not null);
    }

    [Theory]
    [MemberData(nameof(ListOpeners))]
    public void List_opener_between_a_group_title_and_its_states_is_passed_over(string opener)
    {
        var example = RecognitionRuleTableTests.Row("list-openers.tsv", "opener", opener).Required("example");
        Assert.Contains(opener, example);
        var titles = TestKb.Recognize(example).Where(m => m.Evidence.Find(ActorRule.GroupTitle) is not null).ToArray();
        Assert.True(titles.Length >= 2, $"{opener}: {titles.Length} states read in: {example}");
        Assert.All(titles, m => Assert.Equal("foreign_minister", m.Actor.Role));
    }

    [Theory]
    [MemberData(nameof(CapitalCues))]
    public void Capital_cue_before_a_demonym_names_the_capital(string word)
    {
        var example = RecognitionRuleTableTests.Row("capital-cues.tsv", "word", word).Required("example");
        var capital = TestKb.Recognize(example).Single(m => m.Evidence.Find(ActorRule.CapitalByDemonym) is not null);
        Assert.Equal(MentionKind.Capital, capital.Kind);
        Assert.StartsWith(word, capital.Surface);
        // The demonym after another noun stays the state's demonym.
        var other = example.Replace(word, "الحكومة", StringComparison.Ordinal);
        Assert.DoesNotContain(TestKb.Recognize(other), m => m.Kind == MentionKind.Capital);
    }
}
