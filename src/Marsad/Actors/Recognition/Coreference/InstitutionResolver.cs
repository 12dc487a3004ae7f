using Marsad.Text;

namespace Marsad.Actors.Recognition.Coreference;

/// <summary>
/// "الوزارة": the state of the institution named last with the cue's word, in this sentence or the few
/// before: "أصدرت وزارة التجارة التركية قرارا ... وأعلنت الوزارة" is Turkey's ministry. Never a state no such
/// institution was named for.
/// </summary>
internal sealed class InstitutionResolver : ICoreferenceResolver
{
    /// <summary>Sentences back in which the institution is sought.</summary>
    private const int SentenceWindow = 3;

    /// <summary>How many tokens before its state the institution's word may stand ("وزارة التجارة الخارجية التركية").</summary>
    private const int NameReach = 3;

    public string Type => "institution";

    public int Resolve(RecognitionContext context, Hit hit, LexEntry cue)
    {
        var word = LexKey.Of(cue.Literal)[0];
        var state = context.Mentions.LastOrDefault(m => m.Actor.Country is not null && m.Sentence >= context.SentenceIndex - SentenceWindow
            && Names(context, m, word));
        if (state is not null)
            context.Emit(context.StartAfterClitics(hit.Start), context.Tokens[hit.End - 1].End, context.CountryRef(state.Actor.Country!),
                MentionKind.Coreference, ActorEvidence.Of(ActorRule.Cue, cue.Literal).Then(ActorRule.StateOfInstitution, state.Surface));
        return hit.End;
    }

    /// <summary>The mention is the institution ("وزارة الخارجية الألمانية") or the state a few words after its word.</summary>
    private static bool Names(RecognitionContext context, ActorMention m, string word)
    {
        if (LexKey.Of(m.Surface) is [var first, ..] && first == word)
            return true;
        var tokens = context.Tokens;
        var sentence = context.Layer.Sentences[m.Sentence];
        var at = sentence.FirstToken;
        for (var i = sentence.FirstToken; i < sentence.EndToken && tokens[i].Start <= m.Start; i++)
            at = i;
        for (var i = at - 1; i >= 0 && i >= at - NameReach; i--)
        {
            var norm = ArabicClitics.WithoutConjunction(tokens[i].Norm) ?? tokens[i].Norm;
            if (LexKey.Word(norm) == word || LexKey.Word(tokens[i].Norm) == word)
                return true;
        }
        return false;
    }
}
