namespace Marsad.Time.Grammar;

/// <summary>What a construction read: the token after it, its value, and its rule (reported as <see cref="TemporalMention.Rule"/>).</summary>
internal sealed record Parsed(int End, TemporalValue Value, string Rule);

/// <summary>Which of the words that may lead an expression a construction accepts before its own.</summary>
internal enum Lead
{
    /// <summary>Nothing: the construction starts where the expression starts.</summary>
    None,

    /// <summary>A part of the day: "مساء أمس".</summary>
    Daypart,

    /// <summary>A part of the day, then the word for day: "مساء يوم الجمعة".</summary>
    DaypartAndDayWord,
}

/// <summary>
/// One construction of the temporal grammar: a name, the lead words it accepts, and a reader that
/// tries it at a token. <paramref name="Read"/> gets the context, the token its own words start at,
/// and the row ids of the lead it consumed (they open its rule); it returns null when it does not apply.
/// </summary>
internal sealed record TemporalConstruction(string Name, Lead Lead, Func<TemporalContext, int, IReadOnlyList<string>, Parsed?> Read);
