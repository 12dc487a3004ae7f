using Marsad.Text;

namespace Marsad.Tests.Text;

public class SentenceSplitterTests
{
    private static string[] Sentences(string text)
    {
        var layer = TextLayer.Build(text);
        return layer.Sentences.Select(s => text[s.Start..s.End]).ToArray();
    }

    [Theory]
    [InlineData("بحث الجانبان العلاقات. وأكدا التنسيق.", "بحث الجانبان العلاقات.", "وأكدا التنسيق.")]
    [InlineData("هل حضر الوزير؟ نعم حضر", "هل حضر الوزير؟", "نعم حضر")]
    [InlineData("هل حضر الوزير? نعم", "هل حضر الوزير?", "نعم")]
    [InlineData("يا للمفاجأة! ثم غادر", "يا للمفاجأة!", "ثم غادر")]
    [InlineData("حقا؟! ثم غادر", "حقا؟!", "ثم غادر")]
    [InlineData("وانتظر الجميع… ثم وصل", "وانتظر الجميع…", "ثم وصل")]
    [InlineData("سطر بلا نقطة\nسطر آخر", "سطر بلا نقطة", "سطر آخر")]
    [InlineData("فقرة أولى.\n\nفقرة ثانية", "فقرة أولى.", "فقرة ثانية")]
    [InlineData("قال، وأضاف؛ ثم غادر", "قال، وأضاف؛ ثم غادر")]
    [InlineData("وقال: «نحن مستعدون. وسنواصل». وأضاف", "وقال: «نحن مستعدون. وسنواصل».", "وأضاف")]
    [InlineData("وقال “نحن مستعدون. وسنواصل”. ثم غادر", "وقال “نحن مستعدون. وسنواصل”.", "ثم غادر")]
    [InlineData("وقال \"نحن مستعدون. وسنواصل\". ثم غادر", "وقال \"نحن مستعدون. وسنواصل\".", "ثم غادر")]
    [InlineData("وقال: «انتهى الاجتماع.» ثم غادر", "وقال: «انتهى الاجتماع.»", "ثم غادر")]
    [InlineData("وقال: «انتهى الاجتماع.». ثم غادر", "وقال: «انتهى الاجتماع.».", "ثم غادر")]
    [InlineData("وقال \"انتهى الاجتماع!\" ثم غادر", "وقال \"انتهى الاجتماع!\"", "ثم غادر")]
    [InlineData("التقى د. فيصل المقداد نظيره", "التقى د. فيصل المقداد نظيره")]
    [InlineData("التقى Dr. Smith الوزير", "التقى Dr. Smith الوزير")]
    [InlineData("ارتفع بنسبة 3.5 بالمئة. وقال", "ارتفع بنسبة 3.5 بالمئة.", "وقال")]
    [InlineData("ارتفع بنسبة ٣.٥ بالمئة", "ارتفع بنسبة ٣.٥ بالمئة")]
    [InlineData("في الـ15 من الشهر. ثم عاد", "في الـ15 من الشهر.", "ثم عاد")]
    [InlineData("عام 2021. وفي العام التالي", "عام 2021.", "وفي العام التالي")]
    public void Splits_at_sentence_ends_only(string text, params string[] expected) =>
        Assert.Equal(expected, Sentences(text));

    [Fact]
    public void An_unclosed_quote_does_not_swallow_the_next_paragraph()
    {
        var text = "وقال: «نحن مستعدون. وسنواصل\nفقرة جديدة. وأخرى";
        Assert.Equal(["وقال: «نحن مستعدون. وسنواصل", "فقرة جديدة.", "وأخرى"], Sentences(text));
    }

    [Fact]
    public void Sentences_cover_every_token_once_in_order()
    {
        var text = "بحث الجانبان العلاقات. وأكدا «التنسيق. الكامل»؟\nوقال د. المقداد: 3.5%!";
        var layer = TextLayer.Build(text);
        var covered = layer.Sentences.SelectMany(layer.TokensOf).Select(t => t.Index).ToArray();
        Assert.Equal(Enumerable.Range(0, layer.Tokens.Count), covered);
        Assert.Equal(Enumerable.Range(0, layer.Sentences.Count), layer.Sentences.Select(s => s.Index));
        Assert.Equal(layer.Sentences[1], layer.SentenceAt(text.IndexOf("وأكدا", StringComparison.Ordinal)));
    }

    [Fact]
    public void Empty_text_has_no_sentences() => Assert.Empty(TextLayer.Build(" \n ").Sentences);
}
