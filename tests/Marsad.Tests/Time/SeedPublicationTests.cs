using Marsad.Time;
using static Marsad.Tests.Time.TimeTestKit;

namespace Marsad.Tests.Time;

/// <summary>The seed articles' publication intervals against /work/shared/eval/seeds.gold.json.</summary>
public class SeedPublicationTests
{
    private static readonly DateOnly AsOf = D("2026-11-24");

    private static string Seed(string prefix)
    {
        var dir = Path.Combine(AppContext.BaseDirectory, "samples", "seeds");
        var file = Directory.GetFiles(dir, prefix + "_*.txt").Single();
        return File.ReadAllText(file).Replace("\r\n", "\n");
    }

    private static Marsad.Actors.ActorMention Mekdad() =>
        RoleHolder("فيصل المقداد", "faisal-mekdad", "foreign_minister", "2020-11-22", "2024-12-08");

    [Fact]
    public void Seed_001_text_alone()
    {
        var s = Solve(Seed("001"), AsOf);
        // "مساء الأربعاء 17 من شباط": a date printed with its weekday is at most a week old.
        Assert.Equal(new DateInterval(D("2021-02-17"), D("2021-02-24")), s.Estimate.Interval);
    }

    [Fact]
    public void Seed_001_with_role()
    {
        var s = Solve(Seed("001"), AsOf, Mekdad());
        Assert.Equal(new DateInterval(D("2021-02-17"), D("2021-02-24")), s.Estimate.Interval);
    }

    [Fact]
    public void Seed_001_mentions_resolve_on_the_solved_days()
    {
        var s = Solve(Seed("001"), AsOf);
        var times = Tag(Seed("001"));
        var statement = times.Single(t => t.Surface.Contains("17 من شباط", StringComparison.Ordinal));
        Assert.Equal(DateInterval.Day(D("2021-02-17")), s.Candidates.Resolve(statement.Value));
        var start = times.Single(t => t.Surface.Contains("16 من شباط", StringComparison.Ordinal));
        Assert.Equal(DateInterval.Day(D("2021-02-16")), s.Candidates.Resolve(start.Value));
    }

    [Fact]
    public void Seed_002_with_role_and_anchors()
    {
        var s = Solve(Seed("002"), AsOf, Mekdad());
        Assert.Equal(new DateInterval(D("2023-05-07"), D("2024-12-08")), s.Estimate.Interval);
        Assert.Contains(s.Estimate.Evidence, e => e.Clue is AnchorClue { AnchorId: "syria-arab-league" } && e.Applied);
    }

    [Fact]
    public void Seed_002_text_alone_has_the_lower_bound()
    {
        var s = Solve(Seed("002"), AsOf);
        Assert.Equal(D("2023-05-07"), s.Estimate.Interval!.Value.From);
    }

    [Fact]
    public void Seed_003_today_thursday_and_current_december()
    {
        var s = Solve(Seed("003"), AsOf, Mekdad());
        Assert.All(s.Candidates.Days, d => Assert.Equal((12, DayOfWeek.Thursday), (d.Month, d.DayOfWeek)));
        Assert.True(s.Candidates.Contains(D("2020-12-17")));
    }
}
