using Marsad.Text;
using Marsad.Time;

namespace Marsad.Events.Frames;

/// <summary>
/// The date of a frame: the first temporal expression inside it, else the last one in its prefix;
/// without one, the previous sentence's relative date (narrative time), marked as inherited.
/// </summary>
internal static class DateReader
{
    public static (TemporalMention? When, bool Inherited) DateOf(Frame frame, ArticleView article, Sentence sentence)
    {
        var when = InFrame(frame, article.Text, article.Times);
        if (when is not null || sentence.Index == 0)
            return (when, false);
        var before = article.Text.Sentences[sentence.Index - 1];
        when = article.Times.LastOrDefault(t => t.Start >= before.Start && t.End <= before.End && !t.Value.IsAbsolute);
        return (when, when is not null);
    }

    private static TemporalMention? InFrame(Frame frame, TextLayer text, IReadOnlyList<TemporalMention> times)
    {
        var tokens = text.Tokens;
        var windowStart = tokens[frame.WindowStart].Start;
        var windowEnd = tokens[frame.WindowEnd - 1].End;
        var inside = times.FirstOrDefault(t => t.Start >= windowStart && t.Start < windowEnd);
        if (inside is not null)
            return inside;
        var prefixStart = tokens[frame.PrefixStart].Start;
        return times.LastOrDefault(t => t.Start >= prefixStart && t.End <= windowStart);
    }
}
