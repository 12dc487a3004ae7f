namespace Marsad.Time.Grammar;

/// <summary>The year of a date, in the range of its calendar, with an optional era after it: "2021", "1445 هـ", "2019 م".</summary>
internal static class YearReader
{
    public sealed record Year(int Value, int End);

    /// <summary>
    /// The year at token <paramref name="k"/>; a comma or a glued separator may stand before it in
    /// printed dates ("17 أغسطس، 2025", "22-أبريل-2024").
    /// </summary>
    public static Year? Read(TemporalContext context, int k, bool hijri)
    {
        var direct = ReadAt(context, k, hijri);
        if (direct is not null)
            return direct;
        var after = context.IsComma(k) ? k + 1 : context.SkipGluedSeparator(k);
        return after > k && after < context.Count && context.Tokens[after].Norm.Length == 4 ? ReadAt(context, after, hijri) : null;
    }

    /// <summary>Whether a Gregorian year is one the press dates by (1900 to 2100).</summary>
    public static bool IsGregorian(int year) => year is >= 1900 and <= 2100;

    private static Year? ReadAt(TemporalContext context, int k, bool hijri)
    {
        if (k >= context.Count || context.Number(context.Tokens[k], out var attachedEra) is not { } y
            || !(hijri ? y is >= 1300 and <= 1600 : IsGregorian(y)))
            return null;
        k++;
        if (attachedEra.Length == 0 && context.IsEra(k))
            k++;
        return new Year(y, k);
    }
}
