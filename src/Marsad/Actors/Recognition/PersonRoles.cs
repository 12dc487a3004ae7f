namespace Marsad.Actors.Recognition;

/// <summary>
/// Which KB person a name stands for and which role they hold: as the document presented them,
/// else the KB term on the article date.
/// </summary>
internal static class PersonRoles
{
    /// <summary>The person a name hit stands for: unique id, else the one met earlier in the document, else the one in office.</summary>
    public static (Person? Person, bool Ambiguous) Resolve(RecognitionContext context, Hit hit)
    {
        var kb = context.Kb;
        var ids = hit.Entries.Where(e => e.Kind == LexKind.Person).Select(e => e.Id).Distinct().ToArray();
        if (ids.Length == 1)
            return (kb.FindPerson(ids[0]), false);
        var earlier = ids.Where(context.Remembers).ToArray();
        if (earlier.Length == 1)
            return (kb.FindPerson(earlier[0]), false);
        if (context.Date is { } when)
        {
            var inOffice = ids.Where(id => kb.RolesOf(id, when).Count > 0).ToArray();
            if (inOffice.Length == 1)
                return (kb.FindPerson(inOffice[0]), false);
        }
        return (null, true);
    }

    /// <summary>The person's role: as the document presented them earlier, else the KB role on the article date.</summary>
    public static (ActorRef Actor, ActorEvidence Evidence) Describe(RecognitionContext context, Person person, ActorEvidence how)
    {
        if (context.Recall(person.Id) is { Role: not null } known)
            return (known, how.Then(ActorRule.RoleFromEarlierMention, known.Role));
        var current = CurrentRole(context, person);
        var actor = new ActorRef(ActorKind.Person, person.Id, person.NameAr, (current?.Country is { Length: > 0 } c ? c : person.Country), current?.Role);
        var date = context.Date;
        var evidence = current is null ? how
            : date is null ? how.Then(ActorRule.OnlyKbRole, current.Role)
            : how.Then(ActorRule.KbRoleOnDate, date, current.Role, current);
        return (context.Remember(actor), evidence);
    }

    /// <summary>The person's role on the article date (by priority), or their only role when the date is unknown.</summary>
    public static RoleSpan? CurrentRole(RecognitionContext context, Person person)
    {
        var all = context.Kb.RolesOf(person.Id);
        if (context.Date is { } when)
        {
            var now = all.Where(r => KnowledgeBase.Overlaps(r, when)).ToArray();
            return now.OrderBy(r => Priority(r.Role)).FirstOrDefault();
        }
        var distinct = all.Select(r => (r.Role, r.Country)).Distinct().ToArray();
        return distinct.Length == 1 ? all[^1] : null;
    }

    /// <summary>The KB term of a role presented in the text; with several terms, the one on the article date.</summary>
    public static RoleSpan? Term(RecognitionContext context, string personId, string role, string? country)
    {
        var terms = context.Kb.RolesOf(personId).Where(r => r.Role == role && (country is null || r.Country == country)).ToArray();
        if (context.Date is { } when)
            terms = terms.Where(r => KnowledgeBase.Overlaps(r, when)).ToArray();
        return terms.Length == 1 ? terms[0] : null;
    }

    /// <summary>Where a role stands when several overlap the article date: the exchange roles by rank, any other office after them.</summary>
    private static int Priority(string role) =>
        ExchangeRole.Of(role) is { } exchange ? ExchangeRole.All.TakeWhile(r => r != exchange).Count() : ExchangeRole.All.Count;
}
