using Marsad.Text;
using Marsad.Time;

namespace Marsad.Events.Frames;

/// <summary>
/// The date of a frame: the first temporal expression inside it, else the last one in its prefix;
/// without one, the previous sentence's relative date (narrative time), marked as inherited. A
/// date that follows a speech verb within its clause dates the statement, not what it reports
/// ("وفق ما أعلن الكرملين اليوم الثلاثاء", "وقال المتحدث للصحافيين أمس إن ..."), unless the frame's
/// trigger stands between them.
/// </summary>
internal static class DateReader
{
    /// <summary>How many tokens a statement's date may stand after its speech verb ("وقال الناطق باسم الكرملين للصحافيين اليوم").</summary>
    public const int AttributionReach = 7;

    public static (TemporalMention? When, bool Inherited) DateOf(Frame frame, ArticleView article, Sentence sentence, FrameRules rules)
    {
        var times = article.Times.Where(t => !DatesAStatement(t, frame, article.Tokens, rules)).ToArray();
        var when = InFrame(frame, article.Text, times, rules);
        if (when is not null || sentence.Index == 0)
            return (when, false);
        var before = article.Text.Sentences[sentence.Index - 1];
        when = times.LastOrDefault(t => t.Start >= before.Start && t.End <= before.End && !t.Value.IsAbsolute);
        return (when, when is not null);
    }

    /// <summary>
    /// True when the date belongs to a statement about the event rather than to the event: a speech
    /// verb stands within reach before the date, in its clause, and the trigger is either before
    /// that verb (an attribution after the report: "..., وفق ما أعلن الكرملين اليوم الثلاثاء") or
    /// inside what was said, after a speech opener ("وقال المتحدث أمس إن الزيارة ..."). A statement
    /// made at the event dates it ("وأكدت موسكو ودمشق، الأربعاء، ... خلال محادثات"), and so does the
    /// statement that is the act itself: an accusation, a rejection, a threat (Data/events/acts.tsv said).
    /// </summary>
    private static bool DatesAStatement(TemporalMention time, Frame frame, IReadOnlyList<Token> tokens, FrameRules rules)
    {
        if (rules.Lexicons.Acts.IsSaid(frame.Trigger.Entry.Cameo))
            return false;
        var first = FirstTokenAt(tokens, time.Start);
        var trigger = frame.Trigger.FirstToken;
        for (var i = first - 1; i >= 0 && i >= first - AttributionReach; i--)
        {
            if (i == trigger || tokens[i].Kind == TokenKind.Punctuation && rules.Words.IsBoundary(tokens[i].Norm))
                return false;
            if (rules.Lexicons.SpeechVerbs.MatchAt(tokens, i, i + 1) is null)
                continue;
            if (trigger < i)
                return true;
            var last = FirstTokenAt(tokens, time.End);
            for (var k = last; k < trigger; k++)
                if (rules.Words.IsSpeechOpener(tokens[k].Norm))
                    return true;
            return false;
        }
        return false;
    }

    /// <summary>
    /// Where the dates of a directed or joint act end: at a boundary word, where a new clause begins
    /// ("وأعلنت تركيا وقف التجارة مع إسرائيل، بعدما فرضت في 9 نيسان قيودا": the date is the other act's).
    /// </summary>
    private static int ActEnd(Frame frame, IReadOnlyList<Token> tokens, FrameRules rules)
    {
        var shape = frame.Trigger.Entry.Frame;
        if (shape != FrameShape.SourceTarget && !DirectedParties.Reads(shape))
            return frame.WindowEnd;
        for (var i = frame.Trigger.EndToken; i < frame.WindowEnd; i++)
        {
            if (rules.Words.IsBoundary(tokens[i].Norm))
                return i;
        }
        return frame.WindowEnd;
    }

    private static int FirstTokenAt(IReadOnlyList<Token> tokens, int offset)
    {
        var i = 0;
        while (i < tokens.Count && tokens[i].End <= offset)
            i++;
        return i;
    }

    private static TemporalMention? InFrame(Frame frame, TextLayer text, IReadOnlyList<TemporalMention> times, FrameRules rules)
    {
        var tokens = text.Tokens;
        var windowStart = tokens[frame.WindowStart].Start;
        var windowEnd = tokens[ActEnd(frame, tokens, rules) - 1].End;
        var inside = times.FirstOrDefault(t => t.Start >= windowStart && t.Start < windowEnd);
        var prefixStart = tokens[frame.PrefixStart].Start;
        var before = times.LastOrDefault(t => t.Start >= prefixStart && t.End <= windowStart);
        // "أعلن بايدن مساء الثلاثاء أن الهدنة ... تدخل حيز التنفيذ فجر الأربعاء": a ceasefire is agreed
        // when it is announced; the date after it is when it takes effect.
        if (frame.Trigger.Entry.Frame == FrameShape.Truce && before is not null)
            return before;
        return inside ?? before;
    }
}
