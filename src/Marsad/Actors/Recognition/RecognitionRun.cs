using Marsad.Actors.Recognition.Coreference;
using Marsad.Text;
using Marsad.Time;

namespace Marsad.Actors.Recognition;

/// <summary>One pass over one document: lexicon hits per sentence, then the readers over the hits.</summary>
internal static class RecognitionRun
{
    /// <summary>
    /// The readers in the order they claim a hit: the first whose opening kinds the hit carries
    /// reads it, unless it declines (a short name used as a common word), and then the next one
    /// tries. A hit no reader takes is skipped.
    /// </summary>
    private static readonly IActorReader[] Readers =
    [
        new TitleReader(),
        new DualTitleReader(),
        new GroupTitleReader(),
        new CoreferenceReader(),
        new NameReader(),
        new HonorificReader(),
        new GazetteerReader(),
    ];

    public static IReadOnlyList<ActorMention> Execute(KnowledgeBase kb, TextLayer layer, DateInterval? date)
    {
        var context = new RecognitionContext(kb, layer, date);
        foreach (var sentence in layer.Sentences)
        {
            context.Enter(sentence, SentenceHits.Find(context, sentence));
            var k = sentence.FirstToken;
            while (k < context.SentenceEnd)
                k = context.HitAt(k) is { } hit ? Read(context, hit) : k + 1;
        }
        return context.WithRolesFromLaterMentions();
    }

    /// <summary>Reads the pattern that starts with <paramref name="hit"/>; returns the next token to look at.</summary>
    private static int Read(RecognitionContext context, Hit hit)
    {
        foreach (var reader in Readers)
            if (reader.OpenedBy.Any(hit.Has) && reader.Read(context, hit) is { } next)
                return next;
        return hit.End;
    }
}
