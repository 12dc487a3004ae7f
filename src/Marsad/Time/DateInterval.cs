using System.Text.Json.Serialization;

namespace Marsad.Time;

/// <summary>
/// A closed interval of days [From, To]. A single known day has From == To. The end never lies
/// before the start: the constructor rejects an inverted interval, and <see cref="TryCreate"/>
/// gives null where an empty result is legitimate (two bounds that do not meet).
/// </summary>
public readonly record struct DateInterval
{
    /// <summary>The interval [<paramref name="from"/>, <paramref name="to"/>].</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="to"/> lies before <paramref name="from"/>.</exception>
    [JsonConstructor]
    public DateInterval(DateOnly from, DateOnly to)
    {
        if (to < from)
            throw new ArgumentOutOfRangeException(nameof(to), to, $"a date interval cannot end ({to:yyyy-MM-dd}) before it starts ({from:yyyy-MM-dd})");
        From = from;
        To = to;
    }

    /// <summary>The first day of the interval.</summary>
    public DateOnly From { get; }

    /// <summary>The last day of the interval (equal to <see cref="From"/> for a single day).</summary>
    public DateOnly To { get; }

    /// <summary>The interval [<paramref name="from"/>, <paramref name="to"/>], or null when <paramref name="to"/> lies before <paramref name="from"/>.</summary>
    public static DateInterval? TryCreate(DateOnly from, DateOnly to) => to < from ? null : new DateInterval(from, to);

    /// <summary>The interval of one day.</summary>
    public static DateInterval Day(DateOnly day) => new(day, day);

    /// <summary>True when the interval is a single day.</summary>
    public bool IsDay => From == To;

    /// <summary>How many days the interval holds (at least one).</summary>
    public int Days => To.DayNumber - From.DayNumber + 1;

    /// <summary>True when <paramref name="day"/> lies inside the interval.</summary>
    public bool Contains(DateOnly day) => day >= From && day <= To;

    /// <summary>True when the two intervals share at least one day.</summary>
    public bool Overlaps(DateInterval other) => From <= other.To && other.From <= To;

    /// <summary>Common part of two intervals, or null when they are disjoint.</summary>
    public DateInterval? Intersect(DateInterval other) =>
        TryCreate(From > other.From ? From : other.From, To < other.To ? To : other.To);

    /// <summary>Smallest interval covering both.</summary>
    public DateInterval Hull(DateInterval other) =>
        new(From < other.From ? From : other.From, To > other.To ? To : other.To);

    /// <summary>Splits the interval into its bounds.</summary>
    public void Deconstruct(out DateOnly from, out DateOnly to)
    {
        from = From;
        to = To;
    }

    /// <summary>"2021-02-17" for a day, "2021-02-01..2021-02-28" for a longer interval.</summary>
    public override string ToString() => Text(From, To);

    /// <summary>How an interval with these bounds prints, even when they do not form one (a term that starts after the as-of day).</summary>
    internal static string Text(DateOnly from, DateOnly to) => from == to ? from.ToString("yyyy-MM-dd") : $"{from:yyyy-MM-dd}..{to:yyyy-MM-dd}";
}
