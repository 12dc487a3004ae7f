namespace Marsad.Time.Grammar;

/// <summary>
/// A bare year after the word for year or a preposition: "عام 2019", "منذ العام 2011 م", "في 2019";
/// two glued years are a span ("عام 2022-2023").
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
        if (number.Kind != Marsad.Text.TokenKind.Number || context.Number(number, out _) is not { } y || !YearReader.IsGregorian(y)
            || DateReader.NumericDate(context, j + 1) is not null)
            return null;
        var end = j + 2;
        var years = Calendars.Year(y);
        // "في 2022-03-15" is a date the date construction reads at the year; "عام 2022-2023" a span of years.
        if (SecondYear(context, j + 1, y) is { } last)
            (years, end) = (new DateInterval(years.From, Calendars.Year(last).To), j + 4);
        if (context.IsWritten(TimeWordRole.GregorianEra, end))
            end++;
        return new Parsed(end, new AbsoluteDate(years), isYearWord ? "year:year-word" : "year:preposition");
    }

    /// <summary>The year glued after "-" or "/" to the year at <paramref name="k"/>, when it is a later one.</summary>
    private static int? SecondYear(TemporalContext context, int k, int first)
    {
        var tokens = context.Tokens;
        if (k + 2 >= tokens.Count || tokens[k + 1].Norm is not ("-" or "/") || !context.Glued(k, k + 2)
            || tokens[k + 2].Kind != Marsad.Text.TokenKind.Number || context.Number(tokens[k + 2], out _) is not { } second)
            return null;
        return second > first && second <= first + 10 ? second : null;
    }
}
