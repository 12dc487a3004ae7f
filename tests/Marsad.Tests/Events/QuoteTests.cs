using Marsad.Actors;
using Marsad.Events;
using Marsad.Text;
using Marsad.Time;

namespace Marsad.Tests.Events;

public class QuoteTests
{
    private static readonly DateInterval Published = DateInterval.Day(new DateOnly(2025, 3, 12));

    private static IReadOnlyList<Quote> Quotes(string text)
    {
        var layer = TextLayer.Build(text);
        var actors = new ActorRecognizer(KnowledgeBase.Default).Recognize(layer, Published);
        return QuoteExtractor.Extract("q", layer, actors.OrderBy(a => a.Start).ToArray(), EventLexicons.Default);
    }

    [Fact]
    public void Speaker_after_the_verb_and_quoted_words()
    {
        var q = Assert.Single(Quotes("وقال وزير الخارجية الروسي سيرغي لافروف: «إن بلاده لن تتخلى عن حلفائها في المنطقة»."));
        Assert.Equal("sergey_lavrov", q.Speaker?.Id);
        Assert.Contains("لن تتخلى عن حلفائها", q.Text);
        Assert.DoesNotContain("«", q.Text);
    }

    [Fact]
    public void Reported_speech_after_an_is_the_clause()
    {
        var q = Assert.Single(Quotes("وأكد بدر عبد العاطي أن مصر ترفض أي محاولة لتهجير الفلسطينيين من أرضهم."));
        Assert.Equal("badr-abdelatty", q.Speaker?.Id);
        Assert.Contains("ترفض أي محاولة لتهجير", q.Text);
    }

    [Fact]
    public void Speaker_before_the_verb()
    {
        var q = Assert.Single(Quotes("فيصل بن فرحان أكد أن المملكة تدعم الحل السياسي في السودان."));
        Assert.Equal("faisal-bin-farhan", q.Speaker?.Id);
    }

    [Fact]
    public void Speech_verb_without_a_known_speaker_gives_no_quote()
    {
        Assert.Empty(Quotes("وقال مصدر مطلع إن المحادثات ستستأنف الأسبوع المقبل في جنيف."));
    }
}
