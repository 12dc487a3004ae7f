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

    /// <summary>A dual head with one portfolio and two states is a group title ("وزيرا خارجية روسيا وإيران"); with neither, it is skipped.</summary>
    public int? Read(RecognitionContext context, Hit hit) =>
        ReadDualTitle(context, hit) ?? GroupTitleReader.ReadGroup(context, hit, hit.Of(LexKind.DualHead)!.Id) ?? hit.End;

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
        // The head token reads as the singular; a portfolio after the conjunction keeps its clitic readings.
        IReadOnlyList<WordSegments> Virtual(int i, bool isFirst) =>
            i == p - 1 ? [WordSegments.Whole(singularKey)] : context.Readings(i, first: i == p && conjunction);
        var found = context.Kb.Lexicon.Phrases.MatchAt(context.Tokens, p - 1, context.SentenceEnd, Virtual);
        if (found is not { } f || f.EndToken <= p)
            return null;
        var title = f.Values.Where(v => v.Kind == LexKind.Title).Select(v => context.Kb.TitleByKey(v.Id)).FirstOrDefault(t => t is not null);
        return title is null ? null : (title, f.EndToken);
    }
}
