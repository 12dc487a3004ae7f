namespace Marsad.Time.Grammar;

/// <summary>The year of a date, in the range of its calendar, with an optional era after it: "2021", "1445 هـ", "2019 م".</summary>
internal static class YearReader
{
    public sealed record Year(int Value, int End);

    public static Year? Read(TemporalContext context, int k, bool hijri)
    {
        if (k >= context.Count || context.Number(context.Tokens[k], out var attachedEra) is not { } y
            || !(hijri ? y is >= 1300 and <= 1600 : y is >= 1900 and <= 2100))
            return null;
        k++;
        if (attachedEra.Length == 0 && context.IsEra(k))
            k++;
        return new Year(y, k);
    }
}
