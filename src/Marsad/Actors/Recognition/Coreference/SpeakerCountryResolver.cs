namespace Marsad.Actors.Recognition.Coreference;

/// <summary>"بلاده", "حكومتها": the country of the preceding person.</summary>
internal sealed class SpeakerCountryResolver : ICoreferenceResolver
{
    public string Type => "speaker_country";

    public int Resolve(RecognitionContext context, Hit hit, LexEntry cue)
    {
        var speaker = context.LastPerson(m => m.Actor.Country is not null);
        if (speaker is not null)
            context.Emit(context.StartAfterClitics(hit.Start), context.Tokens[hit.End - 1].End, context.CountryRef(speaker.Actor.Country!),
                MentionKind.Coreference, ActorEvidence.Of(ActorRule.Cue, cue.Literal).Then(ActorRule.CountryOfSpeaker, speaker.Surface));
        return hit.End;
    }
}
