using Marsad.Text;

namespace Marsad.Events.Frames;

/// <summary>
/// Whether a frame's event occurred, is planned or is denied: the trigger's own form ("سيلتقي"),
/// else a modality word of Data/events/modality.tsv that governs the trigger.
/// </summary>
internal sealed class StatusReader(FrameRules rules)
{
    /// <summary>
    /// How many tokens a modality word may stand from the trigger and still govern it: the subject
    /// and a complementiser fit between ("ومن المقرر أن يزور الرئيس ..."), a new clause does not.
    /// </summary>
    private const int ModalityReach = 3;

    public EventStatus StatusOf(Frame frame, IReadOnlyList<Token> tokens, Sentence sentence)
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
                : m.FirstToken - frame.Trigger.EndToken <= ModalityReach;
            if (near)
                return m.Entry;
        }
        return EventStatus.Occurred;
    }
}
