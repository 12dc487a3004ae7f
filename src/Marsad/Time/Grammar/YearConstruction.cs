namespace Marsad.Time.Grammar;

/// <summary>
/// A bare year after the word for year or a preposition: "عام 2019", "منذ العام 2011 م", "في 2019".
/// Rules: year:year-word, year:preposition.
/// </summary>
internal static class YearConstruction
{
    public static Parsed? Read(TemporalContext context, int j, IReadOnlyList<string> leadIds) => ReadYear(context, j);

    public static Parsed? ReadYear(TemporalContext context, int j)
    {
        if (j + 1 >= context.Count)
            return null;
        var isYearWord = context.IsRead(TimeWordRole.YearWord, j);
        var isPreposition = context.IsWritten(TimeWordRole.YearPreposition, j);
        if (!isYearWord && !isPreposition)
            return null;
        var number = context.Tokens[j + 1];
        if (number.Kind != Marsad.Text.TokenKind.Number || context.Number(number, out _) is not { } y || y is < 1900 or > 2100)
            return null;
        var end = j + 2;
        if (context.IsWritten(TimeWordRole.GregorianEra, end))
            end++;
        return new Parsed(end, new AbsoluteDate(Calendars.Year(y)), isYearWord ? "year:year-word" : "year:preposition");
    }
}
