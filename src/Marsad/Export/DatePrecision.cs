using Marsad.Time;

namespace Marsad.Export;

/// <summary>How precisely an event's date is known: how many days its interval holds. Ordered from the most precise.</summary>
internal enum DatePrecision
{
    /// <summary>One day.</summary>
    Day,

    /// <summary>2 to 7 days.</summary>
    Days,

    /// <summary>8 to 31 days: within a month.</summary>
    Month,

    /// <summary>32 to 366 days: within a year.</summary>
    Year,

    /// <summary>More than 366 days.</summary>
    Wider,
}

/// <summary>The precision of an interval, and how precisions are spelled (day, days, month, year, wider).</summary>
internal static class DatePrecisions
{
    /// <summary>Every precision, from the most precise.</summary>
    public static IReadOnlyList<DatePrecision> All { get; } = Enum.GetValues<DatePrecision>();

    /// <summary>The precision of an interval of this many days.</summary>
    public static DatePrecision Of(DateInterval interval) => interval.Days switch
    {
        1 => DatePrecision.Day,
        <= 7 => DatePrecision.Days,
        <= 31 => DatePrecision.Month,
        <= 366 => DatePrecision.Year,
        _ => DatePrecision.Wider,
    };

    /// <summary>The precision of an event's date, or null for an undated event.</summary>
    public static DatePrecision? Of(DateInterval? interval) => interval is { } i ? Of(i) : null;

    /// <summary>day, days, month, year or wider.</summary>
    public static string Name(DatePrecision precision) => precision.ToString().ToLowerInvariant();

    /// <summary>The precision of that name (any case); a <see cref="FormatException"/> naming the known ones otherwise.</summary>
    public static DatePrecision Parse(string name)
    {
        foreach (var precision in All)
        {
            if (string.Equals(Name(precision), name.Trim(), StringComparison.OrdinalIgnoreCase))
                return precision;
        }
        throw new FormatException($"precision '{name}' is not one of {string.Join("|", All.Select(Name))}");
    }

    /// <summary>"day", "3 days", "month (28 days)", "year (200 days)", "wider (2197 days)", "undated".</summary>
    public static string Describe(DateInterval? interval) => interval switch
    {
        null => "undated",
        { IsDay: true } => "day",
        { } i when Of(i) == DatePrecision.Days => $"{i.Days} days",
        { } i => $"{Name(Of(i))} ({i.Days} days)",
    };
}
