using Marsad.Text;

namespace Marsad.Time;

/// <summary>What a page label says of the date after it: the kind column of Data/time/page-labels.tsv.</summary>
internal enum PageLabelKind
{
    /// <summary>"تاريخ النشر": the publication day.</summary>
    Published,

    /// <summary>"آخر تحديث": the day the page changed, on or after publication.</summary>
    Updated,

    /// <summary>"المصدر:": the text is credited to another source, so the page may post it days after it was written.</summary>
    Credit,
}

/// <summary>The labels pages print at the start of a line before a date about themselves.</summary>
internal sealed class PageLabels(PhraseMatcher<LexiconEntry<PageLabelKind>> labels)
{
    /// <summary>
    /// The label that opens the line at <paramref name="lineStart"/> and governs a date starting at
    /// character <paramref name="dateStart"/>: only punctuation and a clock time may stand between
    /// them ("تاريخ النشر : 08:07 - 2022/08/03"). Null when the line opens with no label.
    /// </summary>
    public (string Label, PageLabelKind Kind)? Before(IReadOnlyList<Token> tokens, int lineStart, int dateStart)
    {
        if (At(tokens, lineStart) is not { } m || m.Entry.Value == PageLabelKind.Credit)
            return null;
        for (var i = m.EndToken; i < tokens.Count && tokens[i].Start < dateStart; i++)
        {
            if (tokens[i].Kind is not (TokenKind.Punctuation or TokenKind.Number))
                return null;
        }
        return (m.Entry.Form, m.Entry.Value);
    }

    /// <summary>The token where a label inside the range starts (its words and what follows are the label's), else the range's end.</summary>
    public int Inside(IReadOnlyList<Token> tokens, int from, int to)
    {
        for (var i = from; i < to; i++)
            if (labels.MatchAt(tokens, i) is { Entry.Value: not PageLabelKind.Credit })
                return i;
        return to;
    }

    /// <summary>The label a line opens with, if any.</summary>
    public PhraseMatch<LexiconEntry<PageLabelKind>>? At(IReadOnlyList<Token> tokens, int lineStart) =>
        lineStart < tokens.Count ? labels.MatchAt(tokens, lineStart) : null;
}
