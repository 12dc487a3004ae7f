namespace Marsad.Actors.Recognition;

/// <summary>
/// An honorific or rank before a name ("الشيخ تميم بن حمد", "الدكتور زيد الخالدي"): the mention
/// spans both. Before a title the honorific is skipped and the title reads on its own.
/// </summary>
internal sealed class HonorificReader : IActorReader
{
    public IReadOnlyList<LexKind> OpenedBy { get; } = [LexKind.Honorific];

    public int? Read(RecognitionContext context, Hit hit)
    {
        if (context.HitAt(hit.End) is { } next && (next.Has(LexKind.Title) || next.Has(LexKind.DualHead)))
            return hit.End;
        if (context.HitAt(hit.End) is { } personHit && personHit.Has(LexKind.Person))
            return NameReader.ReadKbName(context, personHit, hit.Start,
                ActorEvidence.Of(ActorRule.KbName).Then(ActorRule.AfterHonorific, hit.Of(LexKind.Honorific)!.Literal));
        var name = NameReader.ReadName(context, hit.Start, allowComma: false);
        if (name is null)
            return hit.End;
        var start = context.Tokens[hit.Start].Start;
        var end = context.Tokens[name.End - 1].End;
        if (name.Person is not null)
        {
            var (personRef, evidence) = PersonRoles.Describe(context, name.Person, name.How, name.Surface);
            context.Emit(start, end, personRef, MentionKind.Name, evidence);
        }
        else
        {
            context.Emit(start, end, new ActorRef(ActorKind.Person, null, name.Surface, null, null), MentionKind.Name, name.How);
        }
        return name.End;
    }
}
