namespace Marsad.Actors.Recognition.Coreference;

/// <summary>
/// "الدول الضامنة (تركيا وروسيا وإيران)": the countries in brackets after the cue, else the member
/// states of the format named right after it or last before it ("مسار أستانا").
/// </summary>
internal sealed class GuarantorsResolver : ICoreferenceResolver
{
    /// <summary>Tokens after the cue (and its format) within which the bracketed list must open: further on, a bracket is about something else.</summary>
    private const int BracketWindow = 6;

    public string Type => "guarantors";

    public int Resolve(RecognitionContext context, Hit hit, LexEntry cue)
    {
        var kb = context.Kb;
        var start = context.StartAfterClitics(hit.Start);
        var p = hit.End;
        Organization? format = null;
        if (context.HitAt(p)?.Of(LexKind.Organization) is { } o && kb.FindOrganization(o.Id) is { Members.Count: > 1 } org)
        {
            format = org;
            p = context.HitAt(p)!.End;
        }
        var group = new List<ActorRef>();
        var end = BracketedCountries(context, p, group) ?? p;
        var evidence = ActorEvidence.Of(ActorRule.Cue, cue.Literal);
        if (group.Count > 0)
        {
            evidence = evidence.Then(ActorRule.BracketedCountries);
        }
        else
        {
            format ??= context.Mentions.Where(m => m.Kind == MentionKind.Organization && m.Actor.Id is not null)
                .Select(m => kb.FindOrganization(m.Actor.Id!)).LastOrDefault(x => x is { Members.Count: > 1 });
            if (format is not null)
            {
                group.AddRange(format.Members.Select(context.CountryRef));
                evidence = evidence.Then(ActorRule.MembersOf, format.NameAr);
            }
        }
        if (group.Count > 0)
            context.Emit(start, context.Tokens[end - 1].End, new ActorRef(ActorKind.Organization, format?.Id, cue.Literal, null, null),
                MentionKind.Coreference, evidence, group: group);
        return end;
    }

    /// <summary>
    /// Adds the countries of a bracketed list opening near token <paramref name="p"/> to <paramref name="group"/>;
    /// returns the token after the closing bracket when the list closes and names a country, else null.
    /// </summary>
    private static int? BracketedCountries(RecognitionContext context, int p, List<ActorRef> group)
    {
        var tokens = context.Tokens;
        var sentenceEnd = context.SentenceEnd;
        var open = p;
        while (open < sentenceEnd && open < p + BracketWindow && tokens[open].Norm != "(")
            open++;
        if (open >= sentenceEnd || tokens[open].Norm != "(")
            return null;
        var q = open + 1;
        while (q < sentenceEnd && tokens[q].Norm != ")")
        {
            if (context.HitAt(q) is { } h)
            {
                if (h.Of(LexKind.Country) is { } c)
                    group.Add(context.CountryRef(c.Id));
                q = h.End;
            }
            else
            {
                q++;
            }
        }
        return q < sentenceEnd && group.Count > 0 ? q + 1 : null;
    }
}
