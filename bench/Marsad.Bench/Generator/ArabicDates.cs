namespace Marsad.Bench.Generator;

/// <summary>Days as the Arabic press prints them: weekdays, months of the three naming systems, relative days.</summary>
internal static class ArabicDates
{
    private static readonly string[] Weekdays = ["الأحد", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت"];

    private static readonly string[] Levant =
        ["كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول", "تشرين الأول", "تشرين الثاني", "كانون الأول"];

    private static readonly string[] Egypt =
        ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"];

    private static readonly string[] Maghreb =
        ["جانفي", "فيفري", "مارس", "أفريل", "ماي", "جوان", "جويلية", "أوت", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"];

    /// <summary>The house style of an outlet for month names.</summary>
    public enum MonthStyle
    {
        /// <summary>آذار</summary>
        Levant,

        /// <summary>مارس</summary>
        Egypt,

        /// <summary>آذار/مارس</summary>
        Both,

        /// <summary>أفريل</summary>
        Maghreb,
    }

    public static string Weekday(DateOnly day) => Weekdays[(int)day.DayOfWeek];

    public static string Month(int month, MonthStyle style) => style switch
    {
        MonthStyle.Levant => Levant[month - 1],
        MonthStyle.Egypt => Egypt[month - 1],
        MonthStyle.Maghreb => Maghreb[month - 1],
        _ => $"{Levant[month - 1]}/{Egypt[month - 1]}",
    };

    /// <summary>"12 آذار 2024", with Arabic-Indic digits when asked.</summary>
    public static string Full(DateOnly day, MonthStyle style, bool indic = false) =>
        $"{Digits(day.Day, indic)} {Month(day.Month, style)} {Digits(day.Year, indic)}";

    /// <summary>"12 آذار" (the year left to the reader).</summary>
    public static string DayMonth(DateOnly day, MonthStyle style, bool indic = false) => $"{Digits(day.Day, indic)} {Month(day.Month, style)}";

    public static string Digits(int value, bool indic) =>
        indic ? string.Concat(value.ToString(System.Globalization.CultureInfo.InvariantCulture).Select(c => (char)('\u0660' + (c - '0')))) : value.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>
    /// How an article published on <paramref name="published"/> says that something happened on
    /// <paramref name="day"/>: a relative day ("اليوم الأربعاء", "أمس"), a weekday of this week,
    /// or the date; <paramref name="pick"/> chooses among the phrasings that fit.
    /// </summary>
    public static string When(DateOnly day, DateOnly published, MonthStyle style, Func<int, int> pick)
    {
        var weekday = Weekday(day);
        var gap = published.DayNumber - day.DayNumber;
        string[] options = gap switch
        {
            0 => [$"اليوم {weekday}", "اليوم", $"{weekday}", $"مساء اليوم {weekday}", $"صباح اليوم", $"يوم {weekday} {DayMonth(day, style)} الجاري"],
            1 => ["أمس", $"أمس {weekday}", $"مساء أمس {weekday}", $"يوم {weekday}", $"{weekday} {DayMonth(day, style)}"],
            _ => [$"يوم {weekday} الماضي", $"{weekday} الماضي", $"{weekday} {DayMonth(day, style)}", $"في {Full(day, style)}"],
        };
        return options[pick(options.Length)];
    }
}
