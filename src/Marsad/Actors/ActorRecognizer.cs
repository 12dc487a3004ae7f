using Marsad.Actors.Recognition;
using Marsad.Text;
using Marsad.Time;

namespace Marsad.Actors;

/// <summary>Finds and links actor mentions in a text layer (the readers are in Actors/Recognition/).</summary>
internal sealed class ActorRecognizer(KnowledgeBase knowledgeBase)
{
    public KnowledgeBase KnowledgeBase { get; } = knowledgeBase;

    /// <summary>
    /// Actor mentions in document order. <paramref name="articleDate"/> (the publication interval,
    /// when known) selects which person held a role named without a name ("الرئيس الروسي").
    /// </summary>
    public IReadOnlyList<ActorMention> Recognize(TextLayer text, DateInterval? articleDate) =>
        RecognitionRun.Execute(KnowledgeBase, text, articleDate);
}
