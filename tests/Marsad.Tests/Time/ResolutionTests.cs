using Marsad.Time;
using static Marsad.Tests.Time.TimeTestKit;

namespace Marsad.Tests.Time;

public class ResolutionTests
{
    [Fact]
    public void Weekday_with_date_holds_only_in_years_where_it_is_that_weekday()
    {
        var v = Single("في بيان مساء الأربعاء 17 من شباط").Value;
        Assert.Equal(DateInterval.Day(D("2021-02-17")), v.Resolve(D("2021-02-20")));
        Assert.Null(v.Resolve(D("2022-02-20")));
    }

    [Fact]
    public void Today_with_weekday_holds_only_on_that_weekday()
    {
        var v = Single("التقى نظيره في موسكو اليوم الخميس").Value;
        Assert.Equal(DateInterval.Day(D("2020-12-17")), v.Resolve(D("2020-12-17")));
        Assert.Null(v.Resolve(D("2020-12-16")));
        Assert.Null(v.Resolve(D("2020-12-18")));
    }

    [Fact]
    public void Current_month_forces_the_publication_month()
    {
        var v = Single("وانطلقت، في 16 من شباط الحالي، محادثات الجولة").Value;
        Assert.Equal(DateInterval.Day(D("2021-02-16")), v.Resolve(D("2021-02-25")));
        Assert.Null(v.Resolve(D("2021-03-01")));
        Assert.Null(v.Resolve(D("2021-01-31")));
    }

    [Fact]
    public void Yesterday_is_the_day_before_publication()
    {
        var v = Single("اختتمت أمس أعمال الجولة").Value;
        Assert.Equal(DateInterval.Day(D("2021-02-16")), v.Resolve(D("2021-02-17")));
        Assert.Equal(DateInterval.Day(D("2020-12-31")), v.Resolve(D("2021-01-01")));
    }

    [Fact]
    public void Hijri_date_converts_with_umm_al_qura() =>
        Assert.Equal(DateInterval.Day(D("2024-03-11")), Single("يبدأ الصيام في 1 رمضان 1445 هـ").Value.Resolve(D("2020-01-01")));

    [Fact]
    public void Hijri_day_without_year_takes_the_nearest_year()
    {
        var v = Single("وصل الوفد في الأول من شهر رمضان").Value;
        Assert.Equal(DateInterval.Day(D("2024-03-11")), v.Resolve(D("2024-03-20")));
    }

    [Fact]
    public void Day_and_month_without_year_is_past_biased_within_a_year()
    {
        var v = Single("وكان الاجتماع في 20 ديسمبر").Value;
        Assert.Equal(DateInterval.Day(D("2020-12-20")), v.Resolve(D("2021-01-05")));  // last month, not 11 months ahead
        Assert.Equal(DateInterval.Day(D("2021-12-20")), v.Resolve(D("2021-12-01")));  // within the coming month
        Assert.Equal(DateInterval.Day(D("2020-12-20")), v.Resolve(D("2021-10-30")));  // ten months back
    }

    [Fact]
    public void Full_date_is_absolute()
    {
        var m = Single("وهو ما تضمنته الجولة السابقة في 11 من كانون الأول 2019");
        Assert.True(m.Value.IsAbsolute);
        Assert.Equal(DateInterval.Day(D("2019-12-11")), m.Value.Resolve(D("2030-01-01")));
    }

    [Fact]
    public void Ordinal_day_with_egyptian_month()
    {
        var v = Single("وكان المقداد قد زار إيران في السادس من ديسمبر الجاري").Value;
        Assert.Equal(DateInterval.Day(D("2020-12-06")), v.Resolve(D("2020-12-17")));
        Assert.Null(v.Resolve(D("2021-01-02")));
    }

    [Fact]
    public void Combined_month_forms_are_one_expression()
    {
        Assert.Equal(DateInterval.Day(D("2021-02-17")), Single("في 17 شباط/فبراير 2021").Value.Resolve(D("2024-01-01")));
        Assert.Equal(DateInterval.Day(D("2021-02-17")), Single("في 17 شباط (فبراير) 2021").Value.Resolve(D("2024-01-01")));
    }

    [Fact]
    public void Day_ranges_cover_both_ends()
    {
        Assert.Equal(new DateInterval(D("2021-02-16"), D("2021-02-17")), Single("عقدت الجولة من 16 إلى 17 شباط 2021").Value.Resolve(D("2024-01-01")));
        Assert.Equal(new DateInterval(D("2023-03-03"), D("2023-03-05")), Single("بين 3 و5 آذار 2023").Value.Resolve(D("2024-01-01")));
    }

    [Fact]
    public void Weekday_relations()
    {
        var pub = D("2020-12-17"); // Thursday
        Assert.Equal(DateInterval.Day(D("2020-12-11")), Single("كشفت يوم الجمعة الماضي عن زيارة").Value.Resolve(pub));
        Assert.Equal(DateInterval.Day(D("2020-12-24")), Single("يزور الوفد العاصمة الخميس المقبل").Value.Resolve(pub));
        Assert.Equal(DateInterval.Day(D("2020-12-15")), Single("التقى الوزيران الثلاثاء").Value.Resolve(pub));
    }

    [Fact]
    public void Month_with_previous_relation_is_last_year_when_it_is_this_month()
    {
        var v = Single("اختبرت الطريقة في أيار الماضي").Value;
        Assert.Equal(Calendars.Month(2023, 5), v.Resolve(D("2023-11-01")));
        Assert.Equal(Calendars.Month(2022, 5), v.Resolve(D("2023-05-20")));
    }

    [Fact]
    public void Middle_of_the_current_year()
    {
        var v = Single("موعد الجولة المقبلة منتصف العام الحالي").Value;
        Assert.Equal(new DateInterval(D("2021-06-01"), D("2021-07-31")), v.Resolve(D("2021-02-20")));
    }

    [Fact]
    public void Year_alone()
    {
        Assert.Equal(Calendars.Year(2019), Single("منذ عام 2019 لم تعقد اللجنة").Value.Resolve(D("2024-01-01")));
        var m = Single("وفي 2019 زار الوزير دمشق");
        Assert.Equal("2019", m.Surface);
    }

    [Fact]
    public void Mention_offsets_point_into_the_original_text()
    {
        const string text = "وقالت الوزارة، مساء الأربعاء 17 من شباط، إن الوزيرين تحدثا";
        var m = Single(text);
        Assert.Equal("مساء الأربعاء 17 من شباط", text[m.Start..m.End]);
        Assert.Equal(m.Surface, text[m.Start..m.End]);
    }

    [Theory]
    // press-style sentences of our own: text, publication day, expected interval
    [InlineData("استقبل الرئيس وزير الخارجية الإماراتي صباح اليوم الأحد في قصر الشعب", "2023-01-08", "2023-01-08")]
    [InlineData("وكانت الحكومة قد أعلنت أمس الأول عن حزمة إجراءات جديدة", "2022-06-15", "2022-06-13")]
    [InlineData("ومن المقرر أن يزور الوفد أنقرة بعد غد لبحث ملف اللاجئين", "2022-06-15", "2022-06-17")]
    [InlineData("وعقدت القمة العربية في جدة في التاسع عشر من أيار 2023", "2024-01-01", "2023-05-19")]
    [InlineData("وشارك الوزير في اجتماعات الأسبوع الماضي في الرياض", "2024-05-15", "2024-05-04..2024-05-10")]
    [InlineData("ويتوقع أن تنعقد الجولة المقبلة أواخر الشهر المقبل", "2024-05-15", "2024-06-21..2024-06-30")]
    [InlineData("وبحث الجانبان خلال الاتصال نتائج زيارة الوفد مطلع تموز الماضي", "2024-05-15", "2023-07-01..2023-07-10")]
    [InlineData("وأصدرت الوزارة بيانا في 5 جانفي 2022 أكدت فيه موقفها", "2024-05-15", "2022-01-05")]
    [InlineData("وتستضيف الدوحة الاجتماع يومي 3 و4 أفريل المقبل", "2024-05-15", "2025-04-03..2025-04-04")]
    [InlineData("ووصل المبعوث الأممي إلى دمشق البارحة في زيارة تستغرق يومين", "2021-03-02", "2021-03-01")]
    [InlineData("وأكد المتحدث أن اللقاء جرى في 2 ذو الحجة 1444 هـ", "2024-01-01", "2023-06-20")]
    [InlineData("وأعلنت الخارجية أن الوزير سيزور بكين هذا الأسبوع", "2024-05-15", "2024-05-11..2024-05-17")]
    [InlineData("وأعلنت الرئاسة في بيان صدر بتاريخ 17/2/2021 عن تشكيل لجنة", "2024-05-15", "2021-02-17")]
    [InlineData("وجرى التوقيع يوم الأربعاء (17 شباط) في القصر", "2021-02-20", "2021-02-17")]
    [InlineData("وارتفعت الأسعار منذ مطلع العام بنسبة كبيرة", "2024-05-15", "2024-01-01..2024-03-31")]
    [InlineData("وكان الوفد قد زار المنطقة الأسبوع قبل الماضي", "2024-05-15", "2024-04-27..2024-05-03")]
    [InlineData("وصدر المرسوم في العاشر من محرم 1443هـ", "2024-05-15", "2021-08-18")]
    [InlineData("وانطلقت أعمال المنتدى في 16 شباط 2021 على مدى يومين في سوتشي", "2024-05-15", "2021-02-16..2021-02-17")]
    [InlineData("وبدأ الرئيس أمس، ولمدة ثلاثة أيام، زيارة رسمية", "2024-05-15", "2024-05-14..2024-05-16")]
    public void Press_sentences(string text, string publication, string expected)
    {
        var found = Tag(text);
        Assert.NotEmpty(found);
        var resolved = found[0].Value.Resolve(D(publication));
        Assert.Equal(expected, resolved?.ToString());
    }
}

public class RangeAndRelativeMonthTests
{
    [Fact]
    public void Day_of_the_current_month()
    {
        var v = TimeTestKit.Single("وكان الوزير قد زار الرياض في السادس من الشهر الجاري").Value;
        Assert.Equal(DateInterval.Day(TimeTestKit.D("2022-03-06")), v.Resolve(TimeTestKit.D("2022-03-20")));
    }

    [Fact]
    public void Day_of_last_month()
    {
        var v = TimeTestKit.Single("وكان الاجتماع في 31 من الشهر الماضي").Value;
        Assert.Equal(DateInterval.Day(TimeTestKit.D("2022-01-31")), v.Resolve(TimeTestKit.D("2022-02-10")));
        Assert.Null(v.Resolve(TimeTestKit.D("2022-03-10"))); // February has no 31st
    }

    [Fact]
    public void Range_across_months_takes_the_year_of_its_end()
    {
        var m = TimeTestKit.Single("عقدت الدورة في الفترة من 28 شباط إلى 2 آذار 2021 في جنيف");
        Assert.Equal(new DateInterval(TimeTestKit.D("2021-02-28"), TimeTestKit.D("2021-03-02")), m.Value.Resolve(TimeTestKit.D("2024-01-01")));
        Assert.StartsWith("date-range:", m.Rule);
    }
}
