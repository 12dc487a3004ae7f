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
        if (number.Kind != Marsad.Text.TokenKind.Number || context.Number(number, out _) is not { } y || y is < 1900 or > 2100 || OpensIsoDate(context, j + 1))
            return null;
        var end = j + 2;
        var years = Calendars.Year(y);
        // "عام 2022-2023", "موسم 2023/2024": a span of years.
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
        if (k + 2 >= tokens.Count || tokens[k + 1].Norm is not ("-" or "/") || tokens[k].End != tokens[k + 1].Start || tokens[k + 1].End != tokens[k + 2].Start
            || tokens[k + 2].Kind != Marsad.Text.TokenKind.Number || context.Number(tokens[k + 2], out _) is not { } second)
            return null;
        return second > first && second <= first + 10 ? second : null;
    }

    /// <summary>"في 2022-03-15": the year opens a date written in digits (the date construction reads it at the year).</summary>
    private static bool OpensIsoDate(TemporalContext context, int k)
    {
        var tokens = context.Tokens;
        if (k + 4 >= tokens.Count)
            return false;
        for (var t = k; t < k + 4; t++)
        {
            if (tokens[t].End != tokens[t + 1].Start)
                return false;
        }
        return tokens[k + 1].Norm is "-" or "/" or "." && tokens[k + 3].Norm == tokens[k + 1].Norm
            && tokens[k + 2].Kind == Marsad.Text.TokenKind.Number && tokens[k + 4].Kind == Marsad.Text.TokenKind.Number;
    }
}
