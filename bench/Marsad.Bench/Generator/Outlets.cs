namespace Marsad.Bench.Generator;

/// <summary>Where an article prints the name of its outlet, and whether that line carries the day.</summary>
internal enum OutletShape
{
    /// <summary>"القاهرة - الأهرام" alone on the line after the headline.</summary>
    CityDashName,

    /// <summary>"دمشق (سانا) - " opening the lead.</summary>
    CityParenLead,

    /// <summary>"الدوحة 12 مارس 2024 (قنا) " opening the lead: the day of publication too.</summary>
    CityDateParenLead,

    /// <summary>"أبوظبي في 12 مارس / وام / " opening the lead.</summary>
    CityFiSlashes,

    /// <summary>"عنب بلدي - 12 آذار 2024" alone on its line.</summary>
    NameDashDate,

    /// <summary>"المصدر: العربي الجديد" as the last line.</summary>
    Credit,

    /// <summary>Only the JSON record's outlet field names it.</summary>
    Metadata,

    /// <summary>The page does not say.</summary>
    None,
}

/// <summary>An outlet of the generated press: the name it prints, its city, how it writes months and its house shapes.</summary>
internal sealed record Outlet(string Name, string City, ArabicDates.MonthStyle Style, OutletShape[] Shapes)
{
    /// <summary>Whether the shape prints the publication day.</summary>
    public static bool Dates(OutletShape shape) => shape is OutletShape.CityDateParenLead or OutletShape.CityFiSlashes or OutletShape.NameDashDate;

    public static readonly IReadOnlyList<Outlet> All =
    [
        new("سانا", "دمشق", ArabicDates.MonthStyle.Levant, [OutletShape.CityDashName, OutletShape.CityParenLead]),
        new("الأهرام", "القاهرة", ArabicDates.MonthStyle.Egypt, [OutletShape.CityDashName, OutletShape.Metadata]),
        new("اليوم السابع", "القاهرة", ArabicDates.MonthStyle.Egypt, [OutletShape.Credit, OutletShape.Metadata]),
        new("عنب بلدي", "إسطنبول", ArabicDates.MonthStyle.Levant, [OutletShape.NameDashDate]),
        new("الشرق الأوسط", "الرياض", ArabicDates.MonthStyle.Both, [OutletShape.CityDashName, OutletShape.Metadata]),
        new("روسيا اليوم", "موسكو", ArabicDates.MonthStyle.Both, [OutletShape.Metadata, OutletShape.None]),
        new("الميادين", "بيروت", ArabicDates.MonthStyle.Levant, [OutletShape.CityParenLead, OutletShape.Metadata]),
        new("العربي الجديد", "لندن", ArabicDates.MonthStyle.Both, [OutletShape.Credit, OutletShape.Metadata]),
        new("الخليج", "الشارقة", ArabicDates.MonthStyle.Egypt, [OutletShape.CityDashName]),
        new("سكاي نيوز عربية", "أبوظبي", ArabicDates.MonthStyle.Egypt, [OutletShape.Metadata, OutletShape.None]),
        new("قنا", "الدوحة", ArabicDates.MonthStyle.Egypt, [OutletShape.CityDateParenLead]),
        new("كونا", "الكويت", ArabicDates.MonthStyle.Egypt, [OutletShape.CityDateParenLead, OutletShape.CityParenLead]),
        new("وام", "أبوظبي", ArabicDates.MonthStyle.Egypt, [OutletShape.CityFiSlashes]),
        new("بترا", "عمان", ArabicDates.MonthStyle.Both, [OutletShape.CityParenLead, OutletShape.CityDateParenLead]),
        new("الأناضول", "أنقرة", ArabicDates.MonthStyle.Both, [OutletShape.CityParenLead, OutletShape.Metadata]),
        new("وات", "تونس", ArabicDates.MonthStyle.Maghreb, [OutletShape.CityParenLead]),
        new("هسبريس", "الرباط", ArabicDates.MonthStyle.Egypt, [OutletShape.Metadata, OutletShape.Credit]),
        new("الجزيرة", "الدوحة", ArabicDates.MonthStyle.Both, [OutletShape.Metadata, OutletShape.None]),
    ];
}
