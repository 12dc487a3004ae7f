using Marsad.Actors;
using Marsad.Clean;
using Marsad.Ingest;
using Marsad.Text;
using Marsad.Time;
using static Marsad.Tests.Time.TimeTestKit;

namespace Marsad.Tests.Time;

public class PublicationSolverTests
{
    private static PublicationConstraint After(DateEvidenceKind kind, string day, int priority) =>
        new(kind, new PhraseClue(">= " + day), null, p => p >= D(day), priority);

    private static PublicationConstraint Before(DateEvidenceKind kind, string day, int priority) =>
        new(kind, new PhraseClue("<= " + day), null, p => p <= D(day), priority);

    [Fact]
    public void A_credit_line_that_cleaning_drops_still_lets_the_body_be_written_before_posting()
    {
        // "اليوم" in a republished text counts from the day it was written, up to MaxLag days before posting.
        var body = "اتصال\nتاريخ النشر: 22 مارس 2024\nأجرى الرئيس اتصالا هاتفيا اليوم بنظيره.\nالمصدر: وكالة الأنباء الأردنية";
        var article = ArticleCleaner.Clean(new SourceDocument("x.txt", "txt", "x.txt", null, body, null, null, null, "0"));
        Assert.DoesNotContain("المصدر", article.Text, StringComparison.Ordinal);

        var layer = TextLayer.Build(article.Text);
        var times = TemporalTagger.Tag(layer);
        var solution = PublicationDater.Date(article, layer, times, [], D("2026-01-01"));

        Assert.Equal(DateInterval.Day(D("2024-03-22")), solution.Estimate.Interval);
        Assert.Contains(solution.Estimate.Evidence, e => e.Kind == DateEvidenceKind.Credit && e.Applied);
        Assert.Equal(new DateInterval(D("2024-03-19"), D("2024-03-22")), solution.Candidates.Hull);
    }

    [Fact]
    public void Intersects_constraints_and_reports_the_hull()
    {
        var s = PublicationDater.Solve([After(DateEvidenceKind.Anchor, "2021-01-01", 60), Before(DateEvidenceKind.Role, "2021-03-31", 70)], D("2000-01-01"), D("2026-01-01"));
        Assert.Equal(new DateInterval(D("2021-01-01"), D("2021-03-31")), s.Estimate.Interval);
        Assert.All(s.Estimate.Evidence, e => Assert.True(e.Applied));
    }

    [Fact]
    public void A_contradicting_weaker_constraint_is_ignored_and_reported()
    {
        var s = PublicationDater.Solve(
            [After(DateEvidenceKind.Anchor, "2023-05-07", 60), Before(DateEvidenceKind.Role, "2024-12-08", 70), Before(DateEvidenceKind.PastDate, "2019-01-01", 50)],
            D("2000-01-01"), D("2026-01-01"));
        Assert.Equal(new DateInterval(D("2023-05-07"), D("2024-12-08")), s.Estimate.Interval);
        var ignored = Assert.Single(s.Estimate.Evidence, e => !e.Applied);
        Assert.Equal(DateEvidenceKind.PastDate, ignored.Kind);
        Assert.Equal("contradicts stronger evidence; ignored", ignored.Note);
        Assert.Equal(new DateInterval(D("2000-01-01"), D("2019-01-01")), ignored.Allows);
    }

    [Fact]
    public void Stronger_evidence_wins_regardless_of_order()
    {
        var s = PublicationDater.Solve([Before(DateEvidenceKind.PastDate, "2019-01-01", 10), After(DateEvidenceKind.Weekday, "2020-01-01", 90)], D("2000-01-01"), D("2026-01-01"));
        Assert.Equal(D("2020-01-01"), s.Estimate.Interval!.Value.From);
        Assert.False(s.Estimate.Evidence.Single(e => e.Kind == DateEvidenceKind.PastDate).Applied);
    }

    [Fact]
    public void No_evidence_allows_every_day_of_the_corpus()
    {
        var s = PublicationDater.Solve([], D("2000-01-01"), D("2026-01-01"));
        Assert.Equal(new DateInterval(D("2000-01-01"), D("2026-01-01")), s.Estimate.Interval);
        Assert.Equal(D("2026-01-01").DayNumber - D("2000-01-01").DayNumber + 1, s.Candidates.Count);
    }

    [Fact]
    public void Metadata_outranks_text()
    {
        const string text = "التقى الوزير نظيره اليوم الخميس";
        var layer = Marsad.Text.TextLayer.Build(text);
        var times = TemporalTagger.Tag(layer);
        var meta = DateInterval.Day(D("2024-05-15")); // a Wednesday: text and metadata disagree
        var s = PublicationDater.Date(Article(text, meta), layer, times, [], D("2026-01-01"));
        Assert.Equal(meta, s.Estimate.Interval);
        Assert.False(s.Estimate.Evidence.Single(e => e.Kind == DateEvidenceKind.Weekday).Applied);
    }

    [Fact]
    public void Event_dates_resolve_over_the_candidate_days()
    {
        // "اليوم الخميس" + "الشهر الجاري" mentioned in December: four or five Thursdays
        var s = Solve("وقال الوزير اليوم الخميس إن زيارة 17 ديسمبر الجاري مهمة", D("2020-12-31"));
        Assert.All(s.Candidates.Days, d => Assert.Equal(DayOfWeek.Thursday, d.DayOfWeek));
        Assert.All(s.Candidates.Days, d => Assert.Equal(12, d.Month));
    }

    [Fact]
    public void Role_term_bounds_publication()
    {
        var s = Solve("وبحث وزير الخارجية والمغتربين فيصل المقداد مع نظيره العلاقات الثنائية", D("2026-01-01"),
            RoleHolder("وزير الخارجية والمغتربين فيصل المقداد", "mekdad", "foreign_minister", "2020-11-22", "2024-12-08"));
        Assert.Equal(new DateInterval(D("2020-11-22"), D("2024-12-08")), s.Estimate.Interval);
    }

    [Fact]
    public void Unverified_role_term_bounds_nothing()
    {
        var holder = RoleHolder("وزير الخارجية والمغتربين فيصل المقداد", "mekdad", "foreign_minister", "2020-11-22", "2024-12-08");
        var unverified = holder with { AttestedRole = holder.AttestedRole! with { FromDoubt = DateDoubt.Open, ToDoubt = DateDoubt.Open } };
        var s = Solve("وبحث وزير الخارجية والمغتربين فيصل المقداد مع نظيره العلاقات الثنائية", D("2026-01-01"), unverified);
        Assert.DoesNotContain(s.Estimate.Evidence, e => e.Kind == DateEvidenceKind.Role);
        Assert.Equal(D("2026-01-01"), s.Estimate.Interval?.To);
    }

    [Fact]
    public void Inherited_event_date_pins_today()
    {
        var today = new RelativeDay(0);
        var c = PublicationDater.FromEventDate(today, DateInterval.Day(D("2021-02-17")));
        var s = PublicationDater.Solve([c], D("2000-01-01"), D("2026-01-01"));
        Assert.Equal(DateInterval.Day(D("2021-02-17")), s.Estimate.Interval);
        var yesterday = PublicationDater.FromEventDate(new RelativeDay(-1), DateInterval.Day(D("2021-02-17")));
        Assert.Equal(DateInterval.Day(D("2021-02-18")), PublicationDater.Solve([yesterday], D("2000-01-01"), D("2026-01-01")).Estimate.Interval);
    }
}
