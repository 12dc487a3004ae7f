using Marsad.Text;

namespace Marsad.Actors.Recognition;

/// <summary>A name after a title: a KB person (Person set) or a name as printed.</summary>
internal sealed record NameRead(int Start, int End, int StartOffset, Person? Person, string Surface, bool Ambiguous, ActorEvidence How);

/// <summary>
/// Names of KB persons met on their own ("لافروف"), with a title in apposition after them
/// ("فيصل المقداد، وزير الخارجية والمغتربين"); and the name slot of the other patterns
/// (<see cref="ReadName"/>).
/// </summary>
internal sealed class NameReader : IActorReader
{
    public IReadOnlyList<LexKind> OpenedBy { get; } = [LexKind.Person];

    public int? Read(RecognitionContext context, Hit hit) =>
        IsCommonWordUse(context, hit) ? null : ReadKbName(context, hit, hit.Start, ActorEvidence.Of(ActorRule.KbName));

    /// <summary>
    /// A one-word short name of someone the document has not named yet, followed by a definite
    /// noun, is the common word ("سلامة الأراضي"), not the person ("سلامة").
    /// </summary>
    private static bool IsCommonWordUse(RecognitionContext context, Hit hit)
    {
        if (hit.End - hit.Start != 1 || !hit.Entries.Where(e => e.Kind == LexKind.Person).All(e => e.IsShort))
            return false;
        if (hit.Entries.Any(e => e.Kind == LexKind.Person && context.Remembers(e.Id)))
            return false;
        var next = hit.End;
        var tokens = context.Tokens;
        return next < context.SentenceEnd && tokens[next].Kind == TokenKind.Word && context.HitAt(next) is null
            && ArabicClitics.StartsWithArticle(tokens[next].Norm) && tokens[next].Norm.Length > 3;
    }

    /// <summary>
    /// A KB name hit as a mention starting at <paramref name="startToken"/> (an honorific before the
    /// name belongs to it); returns the next token.
    /// </summary>
    public static int ReadKbName(RecognitionContext context, Hit hit, int startToken, ActorEvidence how)
    {
        var tokens = context.Tokens;
        var (person, ambiguous) = PersonRoles.Resolve(context, hit);
        var surfaceStart = context.StartAfterClitics(hit.Start);
        var startOffset = startToken == hit.Start ? surfaceStart : tokens[startToken].Start;
        var name = new NameRead(hit.Start, hit.End, surfaceStart, person, context.Layer.Slice(surfaceStart, tokens[hit.End - 1].End), ambiguous,
            hit.Entries.All(e => e.IsShort) ? ActorEvidence.Of(ActorRule.KbShortName) : how);

        // Apposition: "فيصل المقداد، وزير الخارجية والمغتربين" (a title with no name of its own).
        var p = hit.End;
        var q = context.IsCommaAt(p) ? p + 1 : p;
        if (person is not null && context.HitAt(q) is { } th && th.Has(LexKind.Title) && TitleReader.ReadTitle(context, th) is { } read
            && read.Title.NeedsCountry != TitleCountry.Possessor && ReadName(context, read.End, allowComma: false) is null)
        {
            TitleReader.EmitTitledPerson(context, read, name, startOffset, ActorRule.TitleInApposition);
            return read.End;
        }

        if (person is null)
        {
            var actor = new ActorRef(ActorKind.Person, null, name.Surface, null, null);
            var ids = hit.Entries.Where(e => e.Kind == LexKind.Person).Select(e => (object?)e.Id).Distinct().ToArray();
            context.Emit(startOffset, tokens[hit.End - 1].End, actor, MentionKind.Name, name.How.Then(ActorRule.Ambiguous, ids));
            return hit.End;
        }
        var (personRef, evidence) = PersonRoles.Describe(context, person, name.How);
        context.Emit(startOffset, tokens[hit.End - 1].End, personRef, MentionKind.Name, evidence);
        return hit.End;
    }

    /// <summary>The name slot at token <paramref name="p"/>: optional comma and honorifics, then a KB person or a name as printed.</summary>
    public static NameRead? ReadName(RecognitionContext context, int p, bool allowComma, bool stripConjunction = false)
    {
        var tokens = context.Tokens;
        if (allowComma && context.IsCommaAt(p))
        {
            p++;
            // "وزير خارجية السعودية، والشيخ محمد ...": after a comma, a conjunction opens the next
            // item of a list; the title belongs to the name before it, not to this one.
            if (p < context.SentenceEnd && tokens[p].Norm.Length > 2 && ArabicClitics.StartsWithWa(tokens[p].Norm) && !ArabicClitics.IsGuarded(tokens[p].Norm))
                return null;
        }
        string? honorific = null;
        while (context.HitAt(p) is { } h && h.Has(LexKind.Honorific) && !h.Has(LexKind.Person))
        {
            honorific = h.Of(LexKind.Honorific)!.Literal;
            p = h.End;
        }
        if (context.HitAt(p) is { } ph && ph.Has(LexKind.Person))
        {
            var (person, ambiguous) = PersonRoles.Resolve(context, ph);
            var startOffset = context.StartAfterClitics(p);
            return new NameRead(p, ph.End, startOffset, person, context.Layer.Slice(startOffset, tokens[ph.End - 1].End), ambiguous,
                AfterHonorific(ActorEvidence.Of(ph.Entries.All(e => e.IsShort) ? ActorRule.KbShortName : ActorRule.KbName), honorific));
        }
        var unknown = UnknownNameReader.Read(context, p, stripConjunction);
        return unknown is null ? null : unknown with { How = AfterHonorific(unknown.How, honorific) };
    }

    private static ActorEvidence AfterHonorific(ActorEvidence name, string? honorific) =>
        honorific is null ? name : name.Then(ActorRule.AfterHonorific, honorific);
}
