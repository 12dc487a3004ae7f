namespace Marsad.Actors.Recognition.Coreference;

/// <summary>
/// "نظيره الروسي (سيرغي لافروف)": the same role as the preceding subject, in the country printed
/// after the cue, else the other party of the context; the name that follows, else the holder.
/// </summary>
internal sealed class CounterpartResolver : ICoreferenceResolver
{
    /// <summary>Sentences back in which the other party of a counterpart with no country is sought.</summary>
    private const int OtherPartyWindow = 2;

    public string Type => "counterpart";

    public int Resolve(RecognitionContext context, Hit hit, LexEntry cue)
    {
        var tokens = context.Tokens;
        var start = context.StartAfterClitics(hit.Start);
        var subject = context.LastPerson(m => m.Actor.Role is not null);
        var role = subject?.Actor.Role;
        var p = hit.End;
        string? country = null;
        var evidence = ActorEvidence.Of(ActorRule.CounterpartOf, tokens[hit.Start].Surface, subject?.Surface);
        if (TitleReader.ReadCountrySpec(context, ref p) is { } spec)
        {
            country = spec.Country;
            evidence = evidence.Then(spec.How);
        }
        var name = NameReader.ReadName(context, p, allowComma: true);
        if (name is not null)
        {
            country ??= name.Person?.Country;
            var term = name.Person is not null && role is not null ? PersonRoles.Term(context, name.Person.Id, role, country) : null;
            var actor = new ActorRef(ActorKind.Person, name.Person?.Id, name.Printed, country, role);
            context.Remember(actor);
            context.Emit(start, tokens[name.End - 1].End, actor, MentionKind.Coreference,
                term is null ? evidence.Then(name.How) : evidence.Then(name.How).Then(ActorRule.Term, term), term);
            return name.End;
        }
        if (country is null && subject is not null)
        {
            var other = OtherCountry(context, subject.Actor.Country);
            if (other is not null)
            {
                country = other;
                evidence = evidence.Then(ActorRule.OtherParty, other);
            }
        }
        var resolved = role is null
            ? new ActorRef(ActorKind.Person, null, null, country, null)
            : TitleReader.ResolveOffice(context, role, country, ref evidence);
        context.Emit(start, tokens[p - 1].End, resolved, MentionKind.Coreference, evidence);
        return p;
    }

    /// <summary>The latest country of a recent person or country mention other than the subject's.</summary>
    private static string? OtherCountry(RecognitionContext context, string? subjectCountry)
    {
        var mentions = context.Mentions;
        for (var i = mentions.Count - 1; i >= 0 && mentions[i].Sentence >= context.SentenceIndex - OtherPartyWindow; i--)
        {
            var m = mentions[i];
            if (m.Group is null && m.Actor.Country is { } c && c != subjectCountry && m.Actor.Kind is ActorKind.Person or ActorKind.Country)
                return c;
        }
        return null;
    }
}
