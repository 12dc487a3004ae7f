using Marsad.Text;

namespace Marsad.Tests.Text;

public class TokenizerTests
{
    // Each token as Kind:Surface=Norm, separated by " | ".
    private static string Describe(string text) =>
        string.Join(" | ", TextLayer.Build(text).Tokens.Select(t => $"{t.Kind}:{t.Surface}={t.Norm}"));

    [Theory]
    [InlineData("قال الوزير", "Word:قال=قال | Word:الوزير=الوزير")]
    [InlineData("سورية، روسيا؛ إيران؟", "Word:سورية=سوريه | Punctuation:،=، | Word:روسيا=روسيا | Punctuation:؛=؛ | Word:إيران=ايران | Punctuation:؟=؟")]
    [InlineData("وزيرُ الخارجيّة", "Word:وزيرُ=وزير | Word:الخارجيّة=الخارجيه")]
    [InlineData("مـــؤتمر", "Word:مـــؤتمر=موتمر")]
    [InlineData("الـ15", "Word:الـ=ال | Number:15=15")]
    [InlineData("في الـ١٥ من شباط", "Word:في=في | Word:الـ=ال | Number:١٥=15 | Word:من=من | Word:شباط=شباط")]
    [InlineData("عام ٢٠٢١", "Word:عام=عام | Number:٢٠٢١=2021")]
    [InlineData("بنسبة 3.5%", "Word:بنسبة=بنسبه | Number:3=3 | Punctuation:.=. | Number:5=5 | Punctuation:%=%")]
    [InlineData("«نعم»", "Punctuation:«=« | Word:نعم=نعم | Punctuation:»=»")]
    [InlineData("“تدريجيًا”", "Punctuation:“=\" | Word:تدريجيًا=تدريجيا | Punctuation:”=\"")]
    [InlineData("\"لا\"", "Punctuation:\"=\" | Word:لا=لا | Punctuation:\"=\"")]
    [InlineData("COVID-19", "Latin:COVID=covid | Punctuation:-=- | Number:19=19")]
    [InlineData("هوى الشام|", "Word:هوى=هوي | Word:الشام=الشام | Punctuation:|=|")]
    [InlineData("ﻻ بد", "Word:ﻻ=لا | Word:بد=بد")]
    [InlineData("...", "Punctuation:.=. | Punctuation:.=. | Punctuation:.=.")]
    public void Splits_and_normalises(string text, string expected) =>
        Assert.Equal(expected, Describe(text));

    [Theory]
    [InlineData("سطر أول\nسطر ثانٍ")]
    [InlineData("  بداية\t\tونهاية  ")]
    [InlineData("الـ15 من «شباط»، ٢٠٢١.")]
    public void Offsets_slice_the_surface_out_of_the_original(string text)
    {
        var layer = TextLayer.Build(text);
        Assert.NotEmpty(layer.Tokens);
        foreach (var t in layer.Tokens)
        {
            Assert.Equal(t.Surface, text[t.Start..t.End]);
            Assert.False(string.IsNullOrWhiteSpace(t.Surface));
        }
        Assert.Equal(Enumerable.Range(0, layer.Tokens.Count), layer.Tokens.Select(t => t.Index));
        Assert.True(layer.Tokens.Zip(layer.Tokens.Skip(1)).All(p => p.First.End <= p.Second.Start));
    }

    [Theory]
    [InlineData("والروسي", "روسي")]
    [InlineData("للرئيس", "رييس")]
    [InlineData("وزير", "وزير")]
    public void Bare_strips_clitics_of_words(string word, string bare) =>
        Assert.Equal(bare, TextLayer.Build(word).Tokens.Single().Bare);
}
