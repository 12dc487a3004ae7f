namespace Marsad.Actors.Recognition.Coreference;

/// <summary>
/// "المملكة", "السلطنة": the state named last (in this sentence or the few before) one of whose names
/// holds the cue's word ("المملكة العربية السعودية", "المملكة المغربية", "سلطنة عمان").
/// </summary>
internal sealed class FormalNameResolver : ICoreferenceResolver
{
    /// <summary>Sentences back in which the state is sought: further back, the text may have moved to another.</summary>
    private const int SentenceWindow = 3;

    public string Type => "formal_name";

    public int Resolve(RecognitionContext context, Hit hit, LexEntry cue)
    {
        var word = LexKey.Of(cue.Literal)[0];
        var state = context.Mentions.LastOrDefault(m => m.Actor.Kind == ActorKind.Country && m.Actor.Country is { } iso
            && m.Sentence >= context.SentenceIndex - SentenceWindow && Bears(context.Kb, iso, word));
        if (state is not null)
            context.Emit(context.StartAfterClitics(hit.Start), context.Tokens[hit.End - 1].End, context.CountryRef(state.Actor.Country!),
                MentionKind.Coreference, ActorEvidence.Of(ActorRule.Cue, cue.Literal).Then(ActorRule.StateOfFormalName, state.Surface));
        return hit.End;
    }

    private static bool Bears(KnowledgeBase kb, string iso, string word) =>
        kb.FindCountry(iso) is { } c && c.Aliases.Prepend(c.NameAr).Any(n => LexKey.Of(n).Contains(word));
}
