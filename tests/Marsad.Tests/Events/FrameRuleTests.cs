using Marsad.Events;
using Marsad.Pipeline;

namespace Marsad.Tests.Events;

/// <summary>Rules of the frame readers that no sentence of today's tables can show.</summary>
public class FrameRuleTests
{
    private static readonly DateOnly Published = new(2025, 3, 12);

    private static TriggerRule Verb(string pattern) =>
        new(pattern, TriggerKind.Verb, EventType.Consult, null, "040", FrameShape.Joint, EventStatus.Occurred, DatePhase.Whole);

    /// <summary>The default tables with one more verb trigger.</summary>
    private static EventLexicons WithVerb(string pattern)
    {
        var d = MarsadRules.Shipped.Events;
        TriggerRule[] rules = [.. d.TriggerRules, Verb(pattern)];
        return new EventLexicons
        {
            TriggerRules = rules,
            Triggers = EventLexicons.TriggerPhrases(rules),
            Modality = d.Modality,
            Topics = d.Topics,
            SpeechVerbs = d.SpeechVerbs,
            Words = d.Words,
            Modes = d.Modes,
            Types = d.Types,
            Spellings = d.Spellings,
            Cameo = d.Cameo,
            Directed = d.Directed,
            Acts = d.Acts,
        };
    }

    [Fact]
    public void A_verb_that_starts_like_the_article_reads_as_a_verbal_noun_unless_guarded()
    {
        // "التحق" (joined) is written like ال + تحق: without a row in Data/text/clitic-guard.txt (as
        // "التقى" and "التزم" have) it is read as a noun and opens no frame (ArabicClitics.StartsWithArticle).
        const string Text = "والتحق وزير الخارجية المصري بدر عبد العاطي مع نظيره الأردني أيمن الصفدي بالمشاورات.";
        Assert.Empty(EventPipeline.Read(Text, Published, WithVerb("التحق*")).Events);
        Assert.Single(EventPipeline.Read(Text.Replace("والتحق", "وتعاون", StringComparison.Ordinal), Published, WithVerb("تعاون*")).Events);
    }
}
