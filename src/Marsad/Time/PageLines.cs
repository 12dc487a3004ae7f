using Marsad.Text;

namespace Marsad.Time;

/// <summary>One line of a text: its index, character range and token range.</summary>
internal sealed record PageLine(int Index, int Start, int End, int FirstToken, int EndToken)
{
    /// <summary>
    /// True when the line holds little besides its dates: leaving out the dates, the words of a
    /// label (from <paramref name="labelStart"/> on), the words of a byline (<see cref="TimeWordRole.BylineWord"/>)
    /// and everything that is not an Arabic word (digits of a clock time, "GMT", "|"), at most
    /// <paramref name="otherWords"/> words remain ("م" after a time, a city, the site's name, an author).
    /// </summary>
    public bool IsDateLine(TextLayer text, IReadOnlyList<TemporalMention> dates, int labelStart, int otherWords, TimeFunctionWords words)
    {
        var tokens = text.Tokens;
        var others = 0;
        for (var i = FirstToken; i < Math.Min(EndToken, labelStart); i++)
        {
            var t = tokens[i];
            if (t.Kind == TokenKind.Word && !words.IsWritten(TimeWordRole.BylineWord, t) && !dates.Any(d => t.Start >= d.Start && t.End <= d.End))
                others++;
        }
        return others <= otherWords;
    }

    /// <summary>True when a token of the line is a word of the role.</summary>
    public bool Has(IReadOnlyList<Token> tokens, TimeWordRole role, TimeFunctionWords words)
    {
        for (var i = FirstToken; i < EndToken; i++)
            if (words.IsWritten(role, tokens[i]))
                return true;
        return false;
    }

    /// <summary>A temperature reading: a number followed by a weather unit ("29.8 C", "34°").</summary>
    public bool HasWeather(IReadOnlyList<Token> tokens, TimeFunctionWords words)
    {
        for (var i = FirstToken; i + 1 < EndToken; i++)
            if (tokens[i].Kind == TokenKind.Number && words.IsWritten(TimeWordRole.WeatherUnit, tokens[i + 1]))
                return true;
        return false;
    }
}

/// <summary>The lines of a text's head: where pages print their own dates.</summary>
internal static class PageLines
{
    /// <summary>
    /// The first lines of the text, up to and including the first line of prose (one with
    /// <paramref name="proseWords"/> word tokens or more), at most <paramref name="maxLines"/>.
    /// </summary>
    public static IReadOnlyList<PageLine> Head(TextLayer text, int maxLines, int proseWords)
    {
        var lines = new List<PageLine>();
        var tokens = text.Tokens;
        var start = 0;
        var token = 0;
        for (var index = 0; index < maxLines && start <= text.Text.Length; index++)
        {
            var end = text.Text.IndexOf('\n', start);
            if (end < 0)
                end = text.Text.Length;
            var first = token;
            while (token < tokens.Count && tokens[token].Start < end)
                token++;
            lines.Add(new PageLine(index, start, end, first, token));
            var wordCount = 0;
            for (var i = first; i < token; i++)
                if (tokens[i].Kind == TokenKind.Word)
                    wordCount++;
            if (wordCount >= proseWords || end == text.Text.Length)
                break;
            start = end + 1;
        }
        return lines;
    }
}

/// <summary>A clock time: hours and minutes, maybe seconds, glued by colons ("08:53", "23:15:17").</summary>
internal sealed record Clock(int FirstToken, int EndToken, bool HasSeconds)
{
    /// <summary>The first clock time in the token range, or null.</summary>
    public static Clock? Find(IReadOnlyList<Token> tokens, int from, int to)
    {
        for (var i = from; i + 2 < to; i++)
        {
            if (!IsPart(tokens, i, 2) || tokens[i + 1].Norm != ":" || !IsPart(tokens, i + 2, 2) || !Glued(tokens, i, i + 2))
                continue;
            var seconds = i + 4 < to && tokens[i + 3].Norm == ":" && IsPart(tokens, i + 4, 2) && Glued(tokens, i + 2, i + 4);
            return new Clock(i, seconds ? i + 5 : i + 3, seconds);
        }
        return null;
    }

    private static bool IsPart(IReadOnlyList<Token> tokens, int i, int maxDigits) =>
        tokens[i].Kind == TokenKind.Number && tokens[i].Norm.Length <= maxDigits;

    private static bool Glued(IReadOnlyList<Token> tokens, int from, int to)
    {
        for (var i = from; i < to; i++)
            if (tokens[i].End != tokens[i + 1].Start)
                return false;
        return true;
    }
}
