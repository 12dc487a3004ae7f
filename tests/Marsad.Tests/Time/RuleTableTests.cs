using Marsad.Data;
using Marsad.Pipeline;
using Marsad.Time;
using static Marsad.Tests.Time.TimeTestKit;

namespace Marsad.Tests.Time;

/// <summary>
/// Every form of every Data/time table is exercised in a sentence built for its kind. That each row
/// is needed by the behaviour corpora is checked by <see cref="TableRowDeletionTests"/>.
/// </summary>
public class RuleTableTests
{
    public static IEnumerable<object[]> MonthForms() => Forms("months.tsv");
    public static IEnumerable<object[]> WeekdayForms() => Forms("weekdays.tsv");
    public static IEnumerable<object[]> HijriForms() => Forms("hijri.tsv");
    public static IEnumerable<object[]> OrdinalForms() => Forms("ordinals.tsv");
    public static IEnumerable<object[]> RelativeForms() => Forms("relative.tsv");
    public static IEnumerable<object[]> PartForms() => Forms("parts.tsv");
    public static IEnumerable<object[]> ContextForms() => Forms("context.tsv");

    public static IEnumerable<object[]> AnchorPhrases() =>
        DataFiles.ReadTable("time/anchors.tsv").SelectMany(r => r.List("phrases").Select(p => new object[] { r.Required("id"), p }));

    private static int Row(string table, string id, string column) =>
        int.Parse(DataFiles.ReadTable("time/" + table).Single(r => r["id"] == id).Required(column), System.Globalization.CultureInfo.InvariantCulture);

    [Theory]
    [MemberData(nameof(MonthForms))]
    public void Month_row_reads_as_its_month_with_a_day_and_a_year(string id, string form)
    {
        var m = Single($"وعقد الاجتماع في 17 {form} 2021 في العاصمة");
        Assert.Equal(Row("months.tsv", id, "month"), m.Value.Resolve(D("2024-01-01"))!.Value.From.Month);
        Assert.Equal(17, m.Value.Resolve(D("2024-01-01"))!.Value.From.Day);
        Assert.Contains(id, m.Rule);
    }

    [Theory]
    [MemberData(nameof(WeekdayForms))]
    public void Weekday_row_reads_as_the_most_recent_such_day(string id, string form)
    {
        var m = Single($"وكان الوزير قد وصل يوم {form} إلى العاصمة");
        var pub = D("2024-05-15"); // a Wednesday
        var day = m.Value.Resolve(pub)!.Value;
        Assert.True(day.IsDay);
        Assert.Equal((DayOfWeek)Row("weekdays.tsv", id, "day"), day.From.DayOfWeek);
        Assert.InRange(pub.DayNumber - day.From.DayNumber, 0, 6);
    }

    [Theory]
    [MemberData(nameof(HijriForms))]
    public void Hijri_row_converts_with_umm_al_qura(string id, string form)
    {
        var m = Single($"وصدر القرار في 10 {form} 1440 هـ بعد مشاورات");
        var month = Row("hijri.tsv", id, "month");
        var expected = DateOnly.FromDateTime(new System.Globalization.UmAlQuraCalendar().ToDateTime(1440, month, 10, 0, 0, 0, 0));
        Assert.Equal(DateInterval.Day(expected), m.Value.Resolve(D("2024-01-01")));
    }

    [Theory]
    [MemberData(nameof(OrdinalForms))]
    public void Ordinal_row_is_the_day_of_the_month(string id, string form)
    {
        var m = Single($"وزار الوزير طهران في {form} من شهر كانون الثاني 2021");
        Assert.Equal(new DateOnly(2021, 1, Row("ordinals.tsv", id, "value")), m.Value.Resolve(D("2024-01-01"))!.Value.From);
    }

    [Theory]
    [MemberData(nameof(RelativeForms))]
    public void Relative_row_resolves_against_publication(string id, string form)
    {
        var rows = DataFiles.ReadTable("time/relative.tsv");
        var row = rows.Single(r => r["id"] == id);
        var kind = row.Required("kind");
        var pub = D("2024-05-15");
        switch (kind)
        {
            case "daypart":
                Assert.Equal(DateInterval.Day(pub.AddDays(-1)), Single($"وصل الوفد {form} أمس إلى المطار").Value.Resolve(pub));
                break;
            case "duration":
                var lasting = Single($"وانطلقت المحادثات في 17 شباط 2021 {form} في العاصمة").Value.Resolve(pub)!.Value;
                Assert.Equal(D("2021-02-17"), lasting.From);
                Assert.Equal(int.Parse(row.Required("offset"), System.Globalization.CultureInfo.InvariantCulture), lasting.Days);
                break;
            case "samemonth":
                var same = TimeTestKit.Tag($"وصل الوفد الأول في 3 أيار 2021. ثم وصل الثاني في 20 من {form} إلى المطار");
                Assert.Equal(DateInterval.Day(D("2021-05-20")), same[^1].Value.Resolve(pub));
                break;
            case "relation":
                var rel = Single($"وصل الوفد في أيار {form} إلى المطار").Value.Resolve(pub);
                var expectedYear = row["offset"] switch { "previous" => 2023, "next" => 2025, _ => 2024 };
                Assert.Equal(Calendars.Month(expectedYear, 5), rel);
                break;
            default:
                var m = Single($"وقال المتحدث {form} إن المحادثات مستمرة");
                var offset = int.Parse(row.Required("offset"), System.Globalization.CultureInfo.InvariantCulture);
                var r = m.Value.Resolve(pub)!.Value;
                switch (kind)
                {
                    case "day":
                        Assert.Equal(DateInterval.Day(pub.AddDays(offset)), r);
                        break;
                    case "ago":
                        Assert.Equal(DateInterval.Day(pub.AddDays(-offset)), r);
                        break;
                    case "week":
                        Assert.Equal(7, r.Days);
                        Assert.Equal(DayOfWeek.Saturday, r.From.DayOfWeek);
                        Assert.True(r.Contains(pub.AddDays(7 * offset)));
                        break;
                    case "month":
                        Assert.Equal(Calendars.Month(2024, 5 + offset), r);
                        break;
                    case "year":
                        Assert.Equal(Calendars.Year(2024 + offset), r);
                        break;
                }
                break;
        }
    }

    [Theory]
    [MemberData(nameof(PartForms))]
    public void Part_row_narrows_a_month_and_a_year(string id, string form)
    {
        var row = DataFiles.ReadTable("time/parts.tsv").Single(r => r["id"] == id);
        int Col(string c) => int.Parse(row.Required(c), System.Globalization.CultureInfo.InvariantCulture);
        var month = Single($"ومن المقرر أن تعقد الجولة {form} شباط 2021").Value.Resolve(D("2024-01-01"))!.Value;
        Assert.Equal(new DateOnly(2021, 2, Col("month_from")), month.From);
        Assert.Equal(new DateOnly(2021, 2, Math.Min(Col("month_to"), 28)), month.To);
        var year = Single($"ومن المقرر أن تعقد الجولة {form} العام المقبل").Value.Resolve(D("2024-05-15"))!.Value;
        Assert.Equal(new DateOnly(2025, Col("year_from"), 1), year.From);
        Assert.Equal(Calendars.Month(2025, Col("year_to")).To, year.To);
    }

    [Theory]
    [MemberData(nameof(ContextForms))]
    public void Context_row_decides_whether_a_date_bounds_publication(string id, string form)
    {
        var isPast = id.StartsWith("past.", StringComparison.Ordinal);
        if (id == "lasting.until")
        {
            // "ستستمر المحادثات حتى 17 شباط": the day something lasts to bounds publication from above, never from below.
            var lasting = Solve($"وستستمر المحادثات بين الوفدين {form} 17 شباط", D("2024-12-31")).Estimate.Evidence;
            Assert.Contains(lasting, e => e.Kind == DateEvidenceKind.LastingDate && e.Applied);
            Assert.DoesNotContain(lasting, e => e.Kind == DateEvidenceKind.PastDate);
            return;
        }
        if (id.StartsWith("over.", StringComparison.Ordinal))
        {
            // "عقب 17 شباط": what the word governs is over, whatever tense the rest of the sentence has.
            var over = Solve($"ويتوجه الوفدان إلى العاصمة {form} 17 شباط", D("2024-12-31")).Estimate.Evidence;
            Assert.Contains(over, e => e.Kind == DateEvidenceKind.PastDate && e.Applied);
            return;
        }
        // "17 شباط" with no year: only a past report forces publication on or after it.
        var text = isPast ? $"و{form} الوفدان في 17 شباط في العاصمة" : $"وقالت الوزارة إن الوفدين {form} في 17 شباط في العاصمة";
        var solution = Solve(text, D("2024-12-31"));
        var pastBound = solution.Estimate.Evidence.Any(e => e.Kind == DateEvidenceKind.PastDate && e.Applied);
        Assert.Equal(isPast, pastBound);
    }

    [Theory]
    [MemberData(nameof(AnchorPhrases))]
    public void Anchor_phrase_is_found_with_a_clitic(string id, string phrase)
    {
        var text = Marsad.Text.TextLayer.Build($"وأشار المسؤول إلى أن و{phrase}، كما قال، غيّر المشهد");
        var found = MarsadRules.Shipped.Time.Anchors.Find(text);
        Assert.Contains(found, a => a.Anchor.Id == id);
        var anchor = MarsadRules.Shipped.Time.Anchors.All.Single(a => a.Id == id);
        Assert.False(string.IsNullOrWhiteSpace(anchor.Note));
        Assert.True(anchor.From is not null || anchor.To is not null);
    }

    [Fact]
    public void Tables_have_the_expected_coverage()
    {
        Assert.Equal(12, DataFiles.ReadTable("time/months.tsv").Where(r => r["system"] == "levant").Select(r => r["month"]).Distinct().Count());
        Assert.Equal(12, DataFiles.ReadTable("time/months.tsv").Where(r => r["system"] == "egypt-gulf").Select(r => r["month"]).Distinct().Count());
        Assert.Equal(7, DataFiles.ReadTable("time/weekdays.tsv").Count);
        Assert.Equal(12, DataFiles.ReadTable("time/hijri.tsv").Count);
        Assert.Equal(31, DataFiles.ReadTable("time/ordinals.tsv").Count);
        Assert.True(MarsadRules.Shipped.Time.Anchors.All.Count >= 40);
        Assert.Equal(MarsadRules.Shipped.Time.Anchors.All.Count, MarsadRules.Shipped.Time.Anchors.All.Select(a => a.Id).Distinct().Count());
    }
}
