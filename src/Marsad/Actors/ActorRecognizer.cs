using Marsad.Text;
using Marsad.Time;

namespace Marsad.Actors;

/// <summary>Finds and links actor mentions in a text layer.</summary>
public sealed class ActorRecognizer(KnowledgeBase knowledgeBase)
{
    public KnowledgeBase KnowledgeBase { get; } = knowledgeBase;

    /// <summary>
    /// Actor mentions in document order. <paramref name="articleDate"/> (the publication interval,
    /// when known) selects which person held a role named without a name ("الرئيس الروسي").
    /// </summary>
    // STUB: finds nothing; replaced by the actors stage.
    public IReadOnlyList<ActorMention> Recognize(TextLayer text, DateInterval? articleDate)
    {
        _ = text;
        _ = articleDate;
        return [];
    }
}
