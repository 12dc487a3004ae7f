using Marsad.Events;

namespace Marsad.Tests.Events;

public class MergeBudgetTests
{
    [Fact]
    public void Work_is_charged_until_a_charge_does_not_fit()
    {
        var work = new MergeWork(10);

        Assert.True(work.TryCharge(6));
        Assert.False(work.TryCharge(5));
        Assert.False(work.TryCharge(1));
        Assert.True(work.Exhausted);
        Assert.Equal(6, work.Spent);
    }

    [Theory]
    [InlineData("SYR,RUS", true)]
    [InlineData("RUS", true)]
    [InlineData("", true)]
    [InlineData("SYR,USA", false)]
    [InlineData("TUR,RUS,IRN,SYR,QAT,EGY,JOR", true)]
    [InlineData("TUR,RUS,IRN,SYR,QAT,EGY,JOR,USA", false)]
    public void Country_subsets_answer_as_a_comparison_with_every_meeting(string countries, bool covered)
    {
        HashSet<string>[] meetings = [["SYR", "RUS", "TUR"], ["IRN", "TUR"], ["TUR", "RUS", "IRN", "SYR", "QAT", "EGY", "JOR"]];
        var set = countries.Split(',', StringSplitOptions.RemoveEmptyEntries).ToHashSet();

        Assert.Equal(meetings.Any(set.IsSubsetOf), covered);
        Assert.Equal(covered, new CountrySubsets(meetings).Covers(set));
    }
}
