using Marsad.Text;
using Marsad.Time;

namespace Marsad.Events.Frames;

/// <summary>
/// Whether a frame's event occurred, is planned or is denied: the trigger's own form ("سيلتقي"),
/// a future verb that governs a noun trigger ("سيعقد محادثات", "قمة ستجمع"), a modality word of
/// Data/events/modality.tsv that governs the trigger, or a date that lies after publication
/// whatever the day ("الثلاثاء المقبل", "الأسبوع القادم").
/// </summary>
internal sealed class StatusReader(FrameRules rules)
{
    /// <summary>
    /// How many tokens a modality word may stand from the trigger and still govern it: the subject
    /// and a complementiser fit between ("ومن المقرر أن يزور الرئيس ..."), a new clause does not.
    /// </summary>
    private const int ModalityReach = 3;

    /// <summary>A publication day to test whether a relative date lies after publication, whatever the day.</summary>
    private static readonly DateOnly AnyDay = new(2020, 1, 15);

    /// <param name="frame">The frame.</param>
    /// <param name="tokens">The article's tokens.</param>
    /// <param name="sentence">The frame's sentence.</param>
    /// <param name="when">The frame's date, when read.</param>
    /// <param name="parties">The frame's parties: after a noun trigger, the words that name them do not count in the
    /// distance to a modality word ("قمة رؤساء روسيا وتركيا وإيران قد تعقد": the verb is the noun's predicate).</param>
    public EventStatus StatusOf(Frame frame, IReadOnlyList<Token> tokens, Sentence sentence, TemporalMention? when, IReadOnlyList<Party>? parties = null)
    {
        if (frame.Trigger.Entry.Status != EventStatus.Occurred)
            return frame.Trigger.Entry.Status;
        var from = Math.Max(sentence.FirstToken, frame.PrefixStart);
        foreach (var m in rules.Lexicons.Modality.FindAll(tokens, from, frame.WindowEnd))
        {
            // A denial governs the whole clause it opens: "نفى الوزير أنه التقى نظيره".
            if (m.Entry == EventStatus.Denied && m.EndToken <= frame.Trigger.FirstToken)
                return EventStatus.Denied;
            // A modality word governs the trigger when it is near it: just before, or early in the frame.
            var near = m.EndToken <= frame.Trigger.FirstToken
                ? frame.Trigger.FirstToken - m.EndToken <= ModalityReach
                : WordsBetween(tokens, frame.Trigger.EndToken, m.FirstToken, frame.Trigger.Entry.Kind == TriggerKind.Verb ? null : parties) <= ModalityReach;
            if (near)
                return m.Entry;
        }
        if (frame.Trigger.Entry.Kind != TriggerKind.Verb && GovernedByFuture(frame, tokens))
            return EventStatus.Planned;
        return when is { } w && LiesAhead(w.Value) ? EventStatus.Planned : EventStatus.Occurred;
    }

    /// <summary>The tokens in [<paramref name="from"/>, <paramref name="to"/>) that name no party.</summary>
    private static int WordsBetween(IReadOnlyList<Token> tokens, int from, int to, IReadOnlyList<Party>? parties)
    {
        var count = 0;
        for (var i = from; i < to; i++)
        {
            if (parties is null || !parties.Any(p => p.Span.Start < tokens[i].End && tokens[i].Start < p.Span.End))
                count++;
        }
        return count;
    }

    /// <summary>
    /// True for a relative date that lies after publication whatever the day ("الثلاثاء المقبل"); one
    /// that also names a weekday ("غدا الأحد") is tested on a publication day that fits it.
    /// </summary>
    public static bool LiesAhead(TemporalValue value)
    {
        if (value.IsAbsolute)
            return false;
        for (var day = AnyDay; day < AnyDay.AddDays(7); day = day.AddDays(1))
        {
            if (value.Resolve(day) is { } d)
                return d.From > day;
        }
        return false;
    }

    /// <summary>
    /// "سيعقد الرئيس محادثات", "قمة ستجمع الرئيسين", "ستتناول المحادثات ملفات": a future verb that governs the
    /// noun: its light verb, the verb right after it, or the verb right before it whose subject it is.
    /// </summary>
    private bool GovernedByFuture(Frame frame, IReadOnlyList<Token> tokens)
    {
        var first = frame.Trigger.FirstToken;
        if (first > 0 && first - 1 >= frame.PrefixStart && FutureTense.IsFutureVerb(tokens[first - 1]))
            return true;
        for (var i = frame.Trigger.FirstToken - 1; i >= frame.PrefixStart; i--)
        {
            if (rules.Words.IsLightVerb(tokens[i].Norm))
                return FutureTense.IsFutureVerb(tokens[i]);
        }
        var next = frame.Trigger.EndToken;
        return next < frame.WindowEnd && FutureTense.IsFutureVerb(tokens[next]);
    }
}
