using Marsad.Text;

namespace Marsad.Time;

/// <summary>
/// A social-media post embedded in a page ends with its signature line: a dash, the account's
/// name, its handle in brackets and the day it was posted ("— Ministry of Foreign Affairs
/// (@mofa) March 3, 2024"). The post existed that day, so the page quoting it is not older,
/// whatever tense the text around it is in. Only the shape of the line is read (the dash, the
/// "(@" of the handle, a full date closing the line), never its words.
/// </summary>
internal static class EmbeddedPosts
{
    private static readonly char[] Dashes = ['—', '–', '-'];

    /// <summary>A lower bound for each post signature in the text.</summary>
    public static IEnumerable<PublicationConstraint> Of(TextLayer text, IReadOnlyList<TemporalMention> times)
    {
        foreach (var t in times)
        {
            if (!t.Value.IsAbsolute || t.Value.Resolve(DateOnly.MinValue) is not { IsDay: true } day || !IsSignature(text, t))
                continue;
            yield return PublicationConstraint.Within(DateEvidenceKind.EmbeddedPost, new PhraseClue(t.Surface), t.Span,
                new DateInterval(day.From, DateOnly.MaxValue), PublicationDater.Priorities.PastDate);
        }
    }

    /// <summary>"— NAME (@handle) DATE" alone on its line: the date closes the line and the handle stands before it.</summary>
    public static bool IsSignature(TextLayer text, TemporalMention date)
    {
        var line = text.LineAround(date.Start, date.End);
        if (!text.Text.AsSpan(date.End, line.End - date.End).Trim().IsEmpty)
            return false;
        var before = text.Text.AsSpan(line.Start, date.Start - line.Start).Trim();
        if (before.IsEmpty || !Dashes.Contains(before[0]) || !before.EndsWith(")"))
            return false;
        var handle = before.LastIndexOf("(@");
        return handle > 1 && before[(handle + 2)..^1].IndexOfAny(" \t") < 0;
    }
}
