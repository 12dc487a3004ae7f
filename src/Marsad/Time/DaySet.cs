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

    // The indices of the first and last days in the set (-1 when empty): every scan stays between
    // them, so a set of a few days in a range of decades costs a few steps, not the whole range.
    private readonly int _lo;
    private readonly int _hi;

    private DaySet(int first, BitArray bits)
    {
        _first = first;
        _bits = bits;
        _lo = _hi = -1;
        for (var i = 0; i < bits.Length && _lo < 0; i++)
            if (bits[i])
                _lo = i;
        for (var i = bits.Length - 1; i >= _lo && _lo >= 0 && _hi < 0; i--)
            if (bits[i])
                _hi = i;
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
            for (var i = Math.Max(_lo, 0); i <= _hi; i++)
                if (_bits[i])
                    n++;
            return n;
        }
    }

    public bool IsEmpty => _lo < 0;

    public IEnumerable<DateOnly> Days
    {
        get
        {
            for (var i = Math.Max(_lo, 0); i <= _hi; i++)
                if (_bits[i])
                    yield return DateOnly.FromDayNumber(_first + i);
        }
    }

    /// <summary>The days of the set, latest first.</summary>
    public IEnumerable<DateOnly> DaysDescending
    {
        get
        {
            for (var i = _hi; i >= 0 && i >= _lo; i--)
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
        for (var i = Math.Max(_lo, 0); i <= _hi; i++)
            bits[i] = _bits[i] && allows(DateOnly.FromDayNumber(_first + i));
        return new DaySet(_first, bits);
    }

    /// <summary>The days inside <paramref name="interval"/>: bits copied between its ends, no test per day.</summary>
    public DaySet Intersect(DateInterval interval)
    {
        var bits = new BitArray(_bits.Length);
        var from = (int)Math.Max(Math.Max(_lo, 0), (long)interval.From.DayNumber - _first);
        var to = (int)Math.Min(_hi, (long)interval.To.DayNumber - _first);
        for (var i = from; i <= to; i++)
            bits[i] = _bits[i];
        return new DaySet(_first, bits);
    }

    /// <summary>The set with, for each of its days, the <paramref name="days"/> days before it added (within the set's range).</summary>
    public DaySet ExtendEarlier(int days)
    {
        var bits = new BitArray(_bits.Length);
        for (var i = Math.Max(_lo, 0); i <= _hi; i++)
        {
            if (!_bits[i])
                continue;
            for (var j = Math.Max(0, i - days); j <= i; j++)
                bits[j] = true;
        }
        return new DaySet(_first, bits);
    }

    /// <summary>The set as stored: its range (first day, length) and the runs of its days as (offset, count).</summary>
    internal (DateOnly First, int Length, IReadOnlyList<(int Offset, int Count)> Runs) Layout()
    {
        var runs = new List<(int, int)>();
        for (var i = Math.Max(_lo, 0); i <= _hi; i++)
        {
            if (!_bits[i])
                continue;
            var start = i;
            while (i + 1 < _bits.Length && _bits[i + 1])
                i++;
            runs.Add((start, i - start + 1));
        }
        return (DateOnly.FromDayNumber(_first), _bits.Length, runs);
    }

    /// <summary>The set <see cref="Layout"/> describes.</summary>
    internal static DaySet FromLayout(DateOnly first, int length, IEnumerable<(int Offset, int Count)> runs)
    {
        var bits = new BitArray(length);
        foreach (var (offset, count) in runs)
            for (var i = offset; i < offset + count; i++)
                bits[i] = true;
        return new DaySet(first.DayNumber, bits);
    }

    /// <summary>Smallest closed interval holding every day of the set; null when empty.</summary>
    public DateInterval? Hull => _lo < 0 ? null : new DateInterval(DateOnly.FromDayNumber(_first + _lo), DateOnly.FromDayNumber(_first + _hi));

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
