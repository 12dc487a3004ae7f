using Marsad.Text;

namespace Marsad.Actors.Recognition;

/// <summary>A name after a title: a KB person (Person set) or a name as printed.</summary>
internal sealed record NameRead(int Start, int End, int StartOffset, Person? Person, string Surface, bool Ambiguous, ActorEvidence How)
{
    /// <summary>The name as the text printed it: a KB person's listed form with the printed spelling, else the surface.</summary>
    public string Printed => Person is null ? Surface : PersonRoles.PrintedForm(Person, Surface);
}

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
        // A hamza on a seat the name does not write is another word: "هادئ" (calm) is not "هادي".
        if (HamzaSeats(context.Tokens[hit.Start].Surface) is { Length: > 0 } seats && hit.Entries.Where(e => e.Kind == LexKind.Person)
                .Select(e => context.Kb.FindPerson(e.Id)).All(p => p is null || !p.Short.Any(s => HamzaSeats(s) == seats)))
            return true;
        if (hit.Entries.Any(e => e.Kind == LexKind.Person && context.Remembers(e.Id)))
            return false;
        var next = hit.End;
        var tokens = context.Tokens;
        return next < context.SentenceEnd && tokens[next].Kind == TokenKind.Word && context.HitAt(next) is null
            && ArabicClitics.StartsWithArticle(tokens[next].Norm) && tokens[next].Norm.Length > 3;
    }

    /// <summary>
    /// Where a surname printed alone really starts: a word just before it that spells another word of
    /// the person's names ("ألكساندر لافرينتيف", "وعثمان غزالي") belongs to the name, its conjunction left out.
    /// </summary>
    private static int? ForenameBefore(RecognitionContext context, Hit hit, Person? person)
    {
        var i = hit.Start - 1;
        if (person is null || hit.End - hit.Start != 1 || i < 0 || context.HitAt(i) is not null || context.Tokens[i].Kind != TokenKind.Word
            || context.Mentions.Count > 0 && context.Mentions[^1].End > context.Tokens[i].Start)
            return null;
        var token = context.Tokens[i];
        var conjunction = ArabicClitics.StartsWithWa(token.Norm) && token.Norm.Length > 3;
        var word = conjunction ? token.Norm[1..] : token.Norm;
        var names = person.Aliases.Prepend(person.NameAr).SelectMany(LexKey.Of).Where(n => n != hit.FirstReading && n.Length > 2);
        if (context.Kb.NameWords.Stops(ArabicNormalizer.WithoutMarks(token.Surface)) || !names.Any(n => PersonRoles.IsSpelling(word, n)))
            return null;
        return token.Start + (conjunction ? 1 : 0);
    }

    /// <summary>The hamza letters on a seat (ؤ، ئ) a word prints, in order.</summary>
    private static string HamzaSeats(string word) => new(word.Where(c => c is '\u0624' or '\u0626').ToArray());

    /// <summary>
    /// A KB name hit as a mention starting at <paramref name="startToken"/> (an honorific before the
    /// name belongs to it); returns the next token.
    /// </summary>
    public static int ReadKbName(RecognitionContext context, Hit hit, int startToken, ActorEvidence how)
    {
        var tokens = context.Tokens;
        var (person, ambiguous) = PersonRoles.Resolve(context, hit);
        var surfaceStart = ForenameBefore(context, hit, person) ?? context.StartAfterClitics(hit.Start);
        var startOffset = startToken == hit.Start ? surfaceStart : tokens[startToken].Start;
        var name = new NameRead(hit.Start, hit.End, surfaceStart, person, context.Layer.Slice(surfaceStart, tokens[hit.End - 1].End), ambiguous,
            hit.Entries.All(e => e.IsShort) ? ActorEvidence.Of(ActorRule.KbShortName) : how);

        // Apposition: "فيصل المقداد، وزير الخارجية والمغتربين" (a title with no name of its own).
        var p = hit.End;
        var q = context.IsCommaAt(p) ? p + 1 : p;
        if (person is not null && context.HitAt(q) is { } th && th.Has(LexKind.Title) && TitleReader.ReadTitle(context, th) is { } read
            && read.Title.NeedsCountry != TitleCountry.Possessor && ReadName(context, read.End, allowComma: false) is null
            && (read.Country is null || person.Country == read.Country || context.Kb.RolesOf(person.Id).Any(r => r.Country == read.Country)))
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
        var (personRef, evidence) = PersonRoles.Describe(context, person, name.How, name.Surface);
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
        // "الملك عبدالله بن الحسين عاهل الأردن وعادل عبد المهدي": a known name behind the conjunction
        // of a list is the list's next item, not the name of the title before it.
        if (!stripConjunction && context.HitAt(p) is { } listed && listed.Has(LexKind.Person) && IsListItem(context, p, listed))
            return null;
        if (context.HitAt(p) is { } ph && ph.Has(LexKind.Person))
        {
            var (person, ambiguous) = PersonRoles.Resolve(context, ph);
            var startOffset = context.StartAfterClitics(p);
            return new NameRead(p, ph.End, startOffset, person, context.Layer.Slice(startOffset, tokens[ph.End - 1].End), ambiguous,
                AfterHonorific(ActorEvidence.Of(ph.Entries.All(e => e.IsShort) ? ActorRule.KbShortName : ActorRule.KbName), honorific));
        }
        var unknown = UnknownNameReader.Read(context, p, stripConjunction);
        if (unknown is null)
            return null;
        return WithKbSurname(context, unknown) ?? unknown with { How = AfterHonorific(unknown.How, honorific) };
    }

    /// <summary>
    /// Printed words before a KB person's surname belong to the name, which is never cut at the surname:
    /// when they begin as the person's own name does ("سانتياغو أندريس كافييرو") it is that person,
    /// otherwise someone else of that surname, as printed ("نيكولاس بيرنز" is not William Burns). A given
    /// name before the person's whole name is one more of their names ("محمد شهباز شريف").
    /// </summary>
    private static NameRead? WithKbSurname(RecognitionContext context, NameRead printed)
    {
        if (context.HitAt(printed.End) is not { } next || !UnknownNameReader.IsKbNameAfter(context, next, printed.Start))
            return null;
        var (person, _) = PersonRoles.Resolve(context, next);
        var first = LexKey.Of(printed.Surface)[0];
        var whole = UnknownNameReader.IsWholeNameAfterForename(context, next, printed.Start);
        var same = person is not null && (whole || person.Aliases.Prepend(person.NameAr).Any(n => PersonRoles.IsSpelling(LexKey.Of(n)[0], first)));
        var surface = context.Layer.Slice(printed.StartOffset, context.Tokens[next.End - 1].End);
        return same
            ? new NameRead(printed.Start, next.End, printed.StartOffset, person, surface, false,
                ActorEvidence.Of(whole ? ActorRule.KbNameAfterForename : ActorRule.KbShortNameAfterForenames))
            : new NameRead(printed.Start, next.End, printed.StartOffset, null, surface, false, ActorEvidence.Of(ActorRule.NameAsPrintedOtherPerson));
    }

    /// <summary>Whether a name hit is printed behind the conjunction "و" (its first reading drops the letter the token starts with).</summary>
    private static bool IsListItem(RecognitionContext context, int p, Hit hit) =>
        context.Tokens[p].Norm != hit.FirstReading && ArabicClitics.StartsWithWa(context.Tokens[p].Norm) && !ArabicClitics.StartsWithWa(hit.FirstReading);

    private static ActorEvidence AfterHonorific(ActorEvidence name, string? honorific) =>
        honorific is null ? name : name.Then(ActorRule.AfterHonorific, honorific);
}
