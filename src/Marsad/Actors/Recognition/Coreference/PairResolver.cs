namespace Marsad.Actors.Recognition.Coreference;

/// <summary>"الجانبان", "الوزيران", "البلدان": the two most recent distinct actors of the preceding context.</summary>
internal sealed class PairResolver(string type, PairResolver.Referents referents) : ICoreferenceResolver
{
    /// <summary>Which two actors a pair cue stands for.</summary>
    public enum Referents
    {
        /// <summary>The two persons when there are two, else the two countries ("الجانبان").</summary>
        PersonsElseCountries,

        /// <summary>The two persons last mentioned ("الوزيران").</summary>
        Persons,

        /// <summary>The two countries last mentioned ("البلدان").</summary>
        Countries,
    }

    /// <summary>Sentences back in which the persons of a pair are sought: a meeting's two sides are named near it.</summary>
    private const int PersonWindow = 6;

    public string Type => type;

    public int Resolve(RecognitionContext context, Hit hit, LexEntry cue)
    {
        if (Named(context, hit, cue) is { } named)
            return named;
        var start = context.StartAfterClitics(hit.Start);
        var end = context.Tokens[hit.End - 1].End;
        var group = Pair(context, context.Kb.Cue(cue.Id));
        if (group.Count == 2)
        {
            var kind = group[0].Kind;
            context.Emit(start, end, new ActorRef(kind, null, context.Layer.Slice(start, end), null, null),
                MentionKind.Coreference, ActorEvidence.Of(ActorRule.Cue, cue.Literal).Then(ActorRule.Pair, [.. group]), group: group);
        }
        return hit.End;
    }

    /// <summary>
    /// "الرئيسان السوري والتركي": a pair cue followed by two states stands for the persons of those
    /// states the context named in a role the cue accepts, else the holders of the cue's first role.
    /// </summary>
    private static int? Named(RecognitionContext context, Hit hit, LexEntry cue)
    {
        var p = hit.End;
        if (TitleReader.ReadCountrySpec(context, ref p) is not { } first || p >= context.SentenceEnd
            || !Text.ArabicClitics.StartsWithWa(context.Tokens[p].Norm) || TitleReader.ReadCountrySpec(context, ref p) is not { } second
            || first.Country == second.Country)
            return null;
        var rule = context.Kb.Cue(cue.Id);
        var role = rule?.Roles.FirstOrDefault(r => !r.Contains('*'));
        var evidence = ActorEvidence.Of(ActorRule.Cue, cue.Literal).Then(first.How).Then(second.How);
        var group = new List<ActorRef>();
        foreach (var country in new[] { first.Country, second.Country })
        {
            var earlier = context.LastPerson(m => m.Actor.Country == country && (rule?.Accepts(m.Actor.Role) ?? true));
            // How the holder was found stays out of the pair's evidence, which names the actors it stands for.
            var holderEvidence = evidence;
            group.Add(earlier?.Actor ?? (role is null ? context.CountryRef(country) : TitleReader.ResolveOffice(context, role, country, ref holderEvidence)));
        }
        var start = context.StartAfterClitics(hit.Start);
        var end = context.Tokens[p - 1].End;
        context.Emit(start, end, new ActorRef(group[0].Kind, null, context.Layer.Slice(start, end), null, null), MentionKind.Coreference,
            evidence.Then(ActorRule.Pair, [.. group]), group: group);
        return p;
    }

    private List<ActorRef> Pair(RecognitionContext context, CorefCue? rule)
    {
        var mentions = context.Mentions;
        var persons = new List<ActorRef>();
        var countries = new List<ActorRef>();
        ActorRef? sameCountryFallback = null;
        for (var i = mentions.Count - 1; i >= 0; i--)
        {
            var m = mentions[i];
            foreach (var a in m.Group ?? [m.Actor])
            {
                // The two sides of a meeting: prefer a second person of another state.
                if (a.Kind == ActorKind.Person && a.Name is not null && persons.Count < 2 && persons.All(x => x.Key != a.Key)
                    && m.Sentence >= context.SentenceIndex - PersonWindow && (rule?.Accepts(a.Role) ?? true))
                {
                    if (persons.Count == 1 && a.Country is not null && a.Country == persons[0].Country)
                        sameCountryFallback ??= a;
                    else
                        persons.Add(a);
                }
                if (a.Country is { } c && countries.Count < 2 && countries.All(x => x.Country != c) && a.Kind != ActorKind.Place)
                    countries.Add(context.CountryRef(c));
            }
            if (persons.Count == 2 && countries.Count == 2)
                break;
        }
        if (persons.Count == 1 && sameCountryFallback is not null)
            persons.Add(sameCountryFallback);
        return referents switch
        {
            Referents.Persons => persons,
            Referents.Countries => countries,
            _ => persons.Count == 2 ? persons : countries,
        };
    }
}
