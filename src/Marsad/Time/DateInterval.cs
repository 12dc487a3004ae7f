namespace Marsad.Time;

/// <summary>A closed interval of days [From, To]. A single known day has From == To.</summary>
public readonly record struct DateInterval(DateOnly From, DateOnly To)
{
    public static DateInterval Day(DateOnly day) => new(day, day);

    public bool IsDay => From == To;
    public int Days => To.DayNumber - From.DayNumber + 1;
    public bool Contains(DateOnly day) => day >= From && day <= To;
    public bool Overlaps(DateInterval other) => From <= other.To && other.From <= To;

    /// <summary>Common part of two intervals, or null when they are disjoint.</summary>
    public DateInterval? Intersect(DateInterval other)
    {
        var from = From > other.From ? From : other.From;
        var to = To < other.To ? To : other.To;
        return from <= to ? new DateInterval(from, to) : null;
    }

    /// <summary>Smallest interval covering both.</summary>
    public DateInterval Hull(DateInterval other) =>
        new(From < other.From ? From : other.From, To > other.To ? To : other.To);

    public override string ToString() => IsDay ? From.ToString("yyyy-MM-dd") : $"{From:yyyy-MM-dd}..{To:yyyy-MM-dd}";
}
