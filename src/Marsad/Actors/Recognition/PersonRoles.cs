using System.Runtime.CompilerServices;

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
    public static (ActorRef Actor, ActorEvidence Evidence) Describe(RecognitionContext context, Person person, ActorEvidence how, string surface)
    {
        if (context.Recall(person.Id) is { Role: not null } known)
            return (known, how.Then(ActorRule.RoleFromEarlierMention, known.Role));
        var current = CurrentRole(context, person);
        // An organisation's officer in office (a role of no state: "org=un") acts for it, not for the state of their nationality.
        var country = current is null ? person.Country : current.Country is { Length: > 0 } c ? c : null;
        var actor = new ActorRef(ActorKind.Person, person.Id, PrintedForm(person, surface), country, current?.Role);
        var date = context.Date;
        var evidence = current is null ? how
            : date is null ? how.Then(ActorRule.OnlyKbRole, current.Role)
            : how.Then(ActorRule.KbRoleOnDate, date, current.Role, current);
        return (context.Remember(actor), evidence);
    }

    /// <summary>
    /// The person's name as the text printed it: the KB form it matched ("بنيامين نتانياهو" beside
    /// "بنيامين نتنياهو"), for a surname alone the first form ending with that spelling ("ترمب" →
    /// "دونالد ترمب"), or the printed words themselves when each spells a word of the person's names
    /// ("ألكساندر لافرينتيف"). A form that does not begin as the canonical name does, nor spells only its
    /// forename otherwise ("السلطان هيثم", "الملك عبد الله الثاني"), gives the canonical name.
    /// </summary>
    public static string PrintedForm(Person person, string surface)
    {
        var key = LexKey.Of(surface);
        if (key.Length == 0)
            return person.NameAr;
        var forms = PrintedForms.GetValue(person, NameForms.Of);
        var joined = string.Join(' ', key);
        var form = Array.FindIndex(forms.Joined, f => f == joined);
        if (form < 0 && key.Length == 1)
            form = Array.FindIndex(forms.LastWords, w => w == key[0]);
        if (form >= 0)
            return forms.Usable[form] ? forms.Forms[form] : person.NameAr;
        return key.Length > 1 && key.All(w => forms.Words.Any(n => IsSpelling(w, n))) ? surface : person.NameAr;
    }

    /// <summary>Each person's name forms and their keys, worked out once: names are read far more often than the base changes.</summary>
    private static readonly ConditionalWeakTable<Person, NameForms> PrintedForms = new();

    /// <summary>
    /// A person's name forms (the base's, with "عبد" joined and parted), their keys, their last words,
    /// whether each may be printed as it is, and every word of them.
    /// </summary>
    private sealed record NameForms(string[] Forms, string[] Joined, string[] LastWords, bool[] Usable, string[] Words)
    {
        public static NameForms Of(Person person)
        {
            var forms = person.Aliases.Prepend(person.NameAr).SelectMany(Lexicon.AbdSpellings).Distinct(StringComparer.Ordinal).ToArray();
            // Compared with "عبد" joined to its word, so that "الملك عبدالله الثاني" counts three words against "عبد الله الثاني"'s two.
            static string[] WordsOf(string name) => LexKey.Of(Lexicon.AbdJoined(name));
            var canonical = WordsOf(person.NameAr);
            bool Usable(string form) => WordsOf(form) is { Length: > 0 } f && (f[0] == canonical[0] || (f.Length == canonical.Length && f[^1] == canonical[^1]));
            var keys = forms.Select(LexKey.Of).ToArray();
            return new NameForms(forms, keys.Select(k => string.Join(' ', k)).ToArray(), keys.Select(k => k.Length > 0 ? k[^1] : "").ToArray(),
                forms.Select(Usable).ToArray(), keys.SelectMany(k => k).ToArray());
        }
    }

    /// <summary>Whether two words are one spelling: one letter apart, two in a longer word.</summary>
    public static bool IsSpelling(string a, string b) => Distance(a, b) <= (Math.Max(a.Length, b.Length) > 5 ? 2 : 1);

    /// <summary>
    /// Whether a printed name is a spelling of one of the person's names: its last word differs from
    /// that name's last word by one letter, two in a longer word ("تانيا فاجون" / "تانيا فايون").
    /// </summary>
    public static bool IsSpellingOf(Person person, string printed)
    {
        var last = LexKey.Of(printed)[^1];
        return person.Aliases.Prepend(person.NameAr).Any(n => IsSpelling(last, LexKey.Of(n)[^1]));
    }

    /// <summary>Edit distance of two words (insertions, deletions, substitutions).</summary>
    private static int Distance(string a, string b)
    {
        var row = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var diagonal = row[0];
            row[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var above = row[j];
                row[j] = Math.Min(Math.Min(row[j] + 1, row[j - 1] + 1), diagonal + (a[i - 1] == b[j - 1] ? 0 : 1));
                diagonal = above;
            }
        }
        return row[b.Length];
    }

    /// <summary>The person's role on the article date (by priority), or their only role when the date is unknown.</summary>
    public static RoleSpan? CurrentRole(RecognitionContext context, Person person)
    {
        var all = context.Kb.RolesOf(person.Id);
        if (context.Date is { } when)
        {
            var now = all.Where(r => KnowledgeBase.Overlaps(r, when)).ToArray();
            // A monarch of several realms is first the sovereign of their own state.
            return now.OrderBy(r => Priority(r.Role)).ThenBy(r => r.Country == person.Country ? 0 : 1).FirstOrDefault();
        }
        var distinct = all.Select(r => (r.Role, r.Country)).Distinct().ToArray();
        return distinct.Length == 1 ? all[^1] : null;
    }

    /// <summary>The KB term of a role presented in the text; with several terms, the one on the article date.</summary>
    public static RoleSpan? Term(RecognitionContext context, string personId, string role, string? country) =>
        Terms(context, personId, role, country) is [var only] ? only : null;

    /// <summary>The KB terms of a role presented in the text that the article date allows (every one when it is unknown).</summary>
    public static IReadOnlyList<RoleSpan> Terms(RecognitionContext context, string personId, string role, string? country)
    {
        var terms = context.Kb.RolesOf(personId).Where(r => r.Role == role && (country is null || r.Country == country)).ToArray();
        return context.Date is { } when ? terms.Where(r => KnowledgeBase.Overlaps(r, when)).ToArray() : terms;
    }

    /// <summary>One span from the first of several terms to the last, with the doubts of those ends: the report lies in one of them.</summary>
    public static RoleSpan SpanOf(IReadOnlyList<RoleSpan> terms)
    {
        var first = terms.OrderBy(r => r.From ?? DateOnly.MinValue).First();
        var last = terms.OrderByDescending(r => r.To ?? DateOnly.MaxValue).First();
        return first with { To = last.To, ToDoubt = last.ToDoubt };
    }

    /// <summary>Where a role stands when several overlap the article date: the exchange roles by rank, any other office after them.</summary>
    private static int Priority(string role) =>
        ExchangeRole.Of(role) is { } exchange ? ExchangeRole.All.TakeWhile(r => r != exchange).Count() : ExchangeRole.All.Count;
}
