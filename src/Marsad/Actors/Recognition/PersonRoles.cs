namespace Marsad.Actors.Recognition;

/// <summary>
/// Which KB person a name stands for and which role they hold: as the document presented them,
/// else the KB term on the article date.
/// </summary>
internal static class PersonRoles
{
    /// <summary>Roles in the order they describe a person when several overlap the article date.</summary>
    private static readonly string[] RolePriority =
        ["head_of_state", "head_of_government", "foreign_minister", "defence_minister", "intelligence_chief", "envoy"];

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
    public static (ActorRef Actor, string Evidence) Describe(RecognitionContext context, Person person, string how)
    {
        if (context.Recall(person.Id) is { Role: not null } known)
            return (known, how + $"; role from earlier mention ({known.Role})");
        var current = CurrentRole(context, person);
        var actor = new ActorRef(ActorKind.Person, person.Id, person.NameAr, (current?.Country is { Length: > 0 } c ? c : person.Country), current?.Role);
        var date = context.Date;
        var evidence = how + (current is null ? "" : date is null ? $"; only KB role {current.Role}" : $"; KB role on {date}: {current.Role} {Format(current)}");
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

    /// <summary>A term as evidence prints it: "2020-11-22..2024-12-08", an open end left empty.</summary>
    public static string Format(RoleSpan r) => $"{r.From:yyyy-MM-dd}..{(r.To is { } to ? to.ToString("yyyy-MM-dd") : "")}{(r.Unverified ? " (unverified)" : "")}";

    private static int Priority(string role)
    {
        var i = Array.IndexOf(RolePriority, role);
        return i < 0 ? RolePriority.Length : i;
    }
}
