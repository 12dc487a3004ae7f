using System.Collections;

namespace Marsad.Time;

/// <summary>
/// An immutable set of days within a range, stored as a bit set. Publication dates are solved
/// as such sets: start from every day the corpus can have, remove the days each piece of
/// evidence rules out, and report the hull of what is left as the closed interval.
/// </summary>
internal sealed class DaySet
{
    private readonly int _first;
    private readonly BitArray _bits;

    private DaySet(int first, BitArray bits)
    {
        _first = first;
        _bits = bits;
    }

    public static DaySet Range(DateOnly from, DateOnly to)
    {
        if (to < from)
            return new DaySet(from.DayNumber, new BitArray(0));
        return new DaySet(from.DayNumber, new BitArray(to.DayNumber - from.DayNumber + 1, true));
    }

    public static DaySet Of(DateInterval interval) => Range(interval.From, interval.To);

    public int Count
    {
        get
        {
            var n = 0;
            for (var i = 0; i < _bits.Length; i++)
                if (_bits[i])
                    n++;
            return n;
        }
    }

    public bool IsEmpty => Hull is null;

    public IEnumerable<DateOnly> Days
    {
        get
        {
            for (var i = 0; i < _bits.Length; i++)
                if (_bits[i])
                    yield return DateOnly.FromDayNumber(_first + i);
        }
    }

    public bool Contains(DateOnly day)
    {
        var i = day.DayNumber - _first;
        return i >= 0 && i < _bits.Length && _bits[i];
    }

    /// <summary>The days that satisfy <paramref name="allows"/>.</summary>
    public DaySet Where(Func<DateOnly, bool> allows)
    {
        var bits = new BitArray(_bits.Length);
        for (var i = 0; i < _bits.Length; i++)
            bits[i] = _bits[i] && allows(DateOnly.FromDayNumber(_first + i));
        return new DaySet(_first, bits);
    }

    public DaySet Intersect(DateInterval interval) => Where(interval.Contains);

    /// <summary>The set with, for each of its days, the <paramref name="days"/> days before it added (within the set's range).</summary>
    public DaySet ExtendEarlier(int days)
    {
        var bits = new BitArray(_bits.Length);
        for (var i = 0; i < _bits.Length; i++)
        {
            if (!_bits[i])
                continue;
            for (var j = Math.Max(0, i - days); j <= i; j++)
                bits[j] = true;
        }
        return new DaySet(_first, bits);
    }

    /// <summary>Smallest closed interval holding every day of the set; null when empty.</summary>
    public DateInterval? Hull
    {
        get
        {
            int lo = -1, hi = -1;
            for (var i = 0; i < _bits.Length; i++)
            {
                if (!_bits[i])
                    continue;
                if (lo < 0)
                    lo = i;
                hi = i;
            }
            return lo < 0 ? null : new DateInterval(DateOnly.FromDayNumber(_first + lo), DateOnly.FromDayNumber(_first + hi));
        }
    }

    /// <summary>
    /// What an expression denotes over every possible publication day in this set: the hull of
    /// <see cref="TemporalValue.Resolve"/> for each day; null when no day allows it.
    /// </summary>
    public DateInterval? Resolve(TemporalValue value)
    {
        DateInterval? result = null;
        foreach (var day in Days)
        {
            if (value.Resolve(day) is { } r)
                result = result is { } acc ? acc.Hull(r) : r;
        }
        return result;
    }
}
