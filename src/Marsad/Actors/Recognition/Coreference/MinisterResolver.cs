namespace Marsad.Actors.Recognition.Coreference;

/// <summary>"الوزير": the name that follows ("الوزير لافروف"), else the last minister mentioned.</summary>
internal sealed class MinisterResolver : ICoreferenceResolver
{
    public string Type => "minister";

    public int Resolve(RecognitionContext context, Hit hit, LexEntry cue)
    {
        var start = context.StartAfterClitics(hit.Start);
        var name = NameReader.ReadName(context, hit.End, allowComma: true);
        if (name is not null)
        {
            var end = context.Tokens[name.End - 1].End;
            if (name.Person is not null)
            {
                var (actor, evidence) = PersonRoles.Describe(context, name.Person, name.How, name.Surface);
                context.Emit(start, end, actor, MentionKind.Name, ActorEvidence.Of(ActorRule.Cue, cue.Literal).Then(evidence));
            }
            else
            {
                context.Emit(start, end, new ActorRef(ActorKind.Person, null, name.Surface, null, null),
                    MentionKind.Name, ActorEvidence.Of(ActorRule.Cue, cue.Literal).Then(name.How));
            }
            return name.End;
        }
        var rule = context.Kb.Cue(cue.Id);
        var minister = context.LastPerson(m => rule?.Accepts(m.Actor.Role) ?? m.Actor.Role is not null);
        if (minister is not null)
            context.Emit(start, context.Tokens[hit.End - 1].End, minister.Actor, MentionKind.Coreference,
                ActorEvidence.Of(ActorRule.Cue, cue.Literal).Then(ActorRule.RefersTo, minister.Surface));
        return hit.End;
    }
}
