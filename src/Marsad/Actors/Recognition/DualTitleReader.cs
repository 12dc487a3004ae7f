using Marsad.Text;

namespace Marsad.Actors.Recognition;

/// <summary>
/// Coordinated titles under a dual head (rules/dual-titles.tsv): "وزيرا الخارجية والدفاع
/// التركيان هاكان فيدان ويشار غولر" = وزير الخارجية + وزير الدفاع, one name each; without two
/// names both titles are read alone.
/// </summary>
internal sealed class DualTitleReader : IActorReader
{
    public IReadOnlyList<LexKind> OpenedBy { get; } = [LexKind.DualHead];

    /// <summary>
    /// Two portfolios with two names are two titled persons; one office with two persons, two too; a dual head with one
    /// portfolio and two states is a group title ("وزيرا خارجية روسيا وإيران"); with none of these, it is skipped.
    /// </summary>
    public int? Read(RecognitionContext context, Hit hit) =>
        ReadDualTitle(context, hit) ?? ReadPairs(context, hit)
        // A dual that is also a pair cue ("الرئيسان") and names no one is the coreference reader's.
        ?? (hit.Has(LexKind.Coref) ? null : GroupTitleReader.ReadGroup(context, hit, hit.Of(LexKind.DualHead)!.Id) ?? hit.End);

    /// <summary>
    /// One office for two persons, each with its own state or none: "الرئيسين الجزائري عبد المجيد تبون واللبناني ميشال عون",
    /// "وزيري الخارجية المصري ... والأردني ...", "الرئيسين أردوغان والسيسي". Both are read as titled persons.
    /// </summary>
    private static int? ReadPairs(RecognitionContext context, Hit hit)
    {
        var singular = LexKey.Word(ArabicNormalizer.Key(hit.Of(LexKind.DualHead)!.Id));
        if ((ReadPortfolio(context, singular, hit.End, conjunction: false) ?? ReadHead(context, singular, hit.End)) is not var (title, p))
            return null;
        if (ReadPair(context, title, hit.Start, p, conjunction: false) is not var (read1, name1)
            || ReadPair(context, title, hit.Start, name1.End, conjunction: true) is not var (read2, name2))
            return null;
        TitleReader.EmitTitledPerson(context, read1, name1, context.StartAfterClitics(hit.Start), ActorRule.DualTitle);
        TitleReader.EmitTitledPerson(context, read2, name2, read2.End > read2.Start ? context.StartAfterClitics(read2.Start) : name2.StartOffset, ActorRule.DualTitle);
        return name2.End;
    }

    /// <summary>"الجزائري عبد المجيد تبون" or "واللبناني ميشال عون" or a name alone: one person under the office.</summary>
    private static (TitleRead Read, NameRead Name)? ReadPair(RecognitionContext context, Title title, int titleStart, int p, bool conjunction)
    {
        if (p >= context.SentenceEnd || (conjunction && !ArabicClitics.StartsWithWa(context.Tokens[p].Norm)))
            return null;
        var start = p;
        string? country = null;
        EvidenceStep? how = null;
        if (title.NeedsCountry is TitleCountry.Optional or TitleCountry.Required && TitleReader.ReadCountrySpec(context, ref p) is { } spec)
            (country, how) = spec;
        if (country is null && title.NeedsCountry == TitleCountry.Required)
            return null;
        var name = NameReader.ReadName(context, p, allowComma: false, stripConjunction: conjunction && p == start);
        if (name is null)
            return null;
        var read = new TitleRead(conjunction ? start : titleStart, p, title, country ?? title.ImpliedCountry, how, null);
        return (read, name);
    }

    /// <summary>The title the dual head alone forms ("الرئيسين" = "الرئيس").</summary>
    private static (Title Title, int End)? ReadHead(RecognitionContext context, string singularKey, int p) =>
        TitleAt(context, singularKey, p, p, conjunction: false) is { } found && found.End == p ? found : null;

    private static int? ReadDualTitle(RecognitionContext context, Hit hit)
    {
        var tokens = context.Tokens;
        var singular = LexKey.Word(ArabicNormalizer.Key(hit.Of(LexKind.DualHead)!.Id));
        var first = ReadPortfolio(context, singular, hit.End, conjunction: false);
        if (first is null)
            return null;
        var second = ReadPortfolio(context, singular, first.Value.End, conjunction: true);
        if (second is null)
            return null;
        var p = second.Value.End;
        string? country = null, former = null;
        EvidenceStep? how = null;
        if (TitleReader.ReadCountrySpec(context, ref p) is { } spec)
            (country, how) = spec;
        if (context.HitAt(p)?.Of(LexKind.Former) is { } f)
        {
            former = f.Literal;
            p = context.HitAt(p)!.End;
        }
        var read1 = new TitleRead(hit.Start, p, first.Value.Title, country ?? first.Value.Title.ImpliedCountry, how, former);
        var read2 = read1 with { Title = second.Value.Title, Country = country ?? second.Value.Title.ImpliedCountry };
        var name1 = NameReader.ReadName(context, p, allowComma: true);
        var name2 = name1 is null || name1.End >= context.SentenceEnd || !ArabicClitics.StartsWithWa(tokens[name1.End].Norm)
            ? null
            : NameReader.ReadName(context, name1.End, allowComma: false, stripConjunction: true);
        if (name1 is not null && name2 is not null)
        {
            TitleReader.EmitTitledPerson(context, read1, name1, context.StartAfterClitics(hit.Start), ActorRule.DualTitle);
            TitleReader.EmitTitledPerson(context, read2, name2, name2.StartOffset, ActorRule.DualTitle);
            return name2.End;
        }
        var start = context.StartAfterClitics(hit.Start);
        var end = tokens[p - 1].End;
        TitleReader.EmitTitleOnly(context, read1, start, end);
        TitleReader.EmitTitleOnly(context, read2, start, end);
        return p;
    }

    /// <summary>"الخارجية" / "والدفاع" after a dual head: the title the singular head forms with it.</summary>
    private static (Title Title, int End)? ReadPortfolio(RecognitionContext context, string singularKey, int p, bool conjunction)
    {
        if (p >= context.SentenceEnd)
            return null;
        if (conjunction && !ArabicClitics.StartsWithWa(context.Tokens[p].Norm))
            return null;
        return TitleAt(context, singularKey, p, context.SentenceEnd, conjunction) is { } found && found.End > p ? found : null;
    }

    /// <summary>The title read from the head token (at <paramref name="p"/> - 1, as the singular) up to <paramref name="end"/>, with where it ends.</summary>
    private static (Title Title, int End)? TitleAt(RecognitionContext context, string singularKey, int p, int end, bool conjunction)
    {
        // The head token reads as the singular; a portfolio after the conjunction keeps its clitic readings.
        IReadOnlyList<WordSegments> Virtual(int i, bool isFirst) =>
            i == p - 1 ? [WordSegments.Whole(singularKey)] : context.Readings(i, first: i == p && conjunction);
        if (context.Kb.Lexicon.Phrases.MatchAt(context.Tokens, p - 1, end, Virtual) is not { } f)
            return null;
        var title = f.Values.Where(v => v.Kind == LexKind.Title).Select(v => context.Kb.TitleByKey(v.Id)).FirstOrDefault(t => t is not null);
        return title is null ? null : (title, f.EndToken);
    }
}
