using Marsad.Text;
using Marsad.Time;

namespace Marsad.Tests.Time;

/// <summary>When a full date states the publication day: a dateline, or "اليوم" + the date.</summary>
public class DatelineTests
{
    [Theory]
    [InlineData("عنوان الخبر\nموسكو 1 أبريل 2025 (شينخوا) -- أجرى الوزير محادثات.", "2025-04-01")]
    [InlineData("عنوان الخبر\nالرياض - الشرق الأوسط\nالأحد 9 نوفمبر 2025\nأجرى الوزير اتصالا.", "2025-11-09")]
    [InlineData("عنوان الخبر\nوصل الوزير إلى أنقرة اليوم الأربعاء 15 كانون الثاني 2025 في زيارة رسمية.", "2025-01-15")]
    [InlineData("عنوان الخبر\nقال الوزير إن الجولة السابقة عقدت في 11 من كانون الأول 2019 في أستانا.", null)]
    [InlineData("عنوان الخبر\nاستقبل الرئيس الوزير.\nوكان الطرفان قد التقيا في 3 آذار 2020.\nوأضاف البيان أن 5 أيار 2021 موعد الجولة المقبلة.", null)]
    public void A_full_date_is_the_publication_day_only_in_a_dateline_or_after_today(string text, string? expected)
    {
        var layer = TextLayer.Build(text);
        var days = TemporalTagger.Tag(layer)
            .Where(t => PublicationDater.IsDateline(layer, t))
            .Select(t => t.Value.Resolve(new DateOnly(2025, 6, 15))!.Value.From)
            .Distinct()
            .ToArray();

        if (expected is null)
            Assert.Empty(days);
        else
            Assert.Equal([DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture)], days);
    }

    [Fact]
    public void A_dateline_without_a_year_fixes_day_and_month_of_publication()
    {
        var layer = TextLayer.Build("عنوان الخبر\nعمان 2 آذار (بترا)- استقبل الملك وزير الخارجية.");
        var dateline = Assert.Single(TemporalTagger.Tag(layer), t => PublicationDater.IsDateline(layer, t));

        Assert.True(PublicationDater.DatelineAllows(dateline, new DateOnly(2025, 3, 2)));
        Assert.True(PublicationDater.DatelineAllows(dateline, new DateOnly(2019, 3, 2)));
        Assert.False(PublicationDater.DatelineAllows(dateline, new DateOnly(2025, 3, 3)));
    }
}
