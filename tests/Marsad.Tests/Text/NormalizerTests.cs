using Marsad.Text;

namespace Marsad.Tests.Text;

public class NormalizerTests
{
    [Theory]
    [InlineData("أستانة", "استانه")]
    [InlineData("إيران", "ايران")]
    [InlineData("سوريّة", "سوريه")]
    [InlineData("مصطفى", "مصطفي")]
    [InlineData("مؤتمر", "موتمر")]
    [InlineData("رئيس", "رييس")]
    [InlineData("الـ15", "ال15")]
    [InlineData("٢٠٢١", "2021")]
    [InlineData("ﻻ", "لا")]
    [InlineData("\u200Fسوريا\u200E", "سوريا")]
    [InlineData("23 ـ 24 آذار", "23 - 24 اذار")]
    [InlineData("بغداد ـ وكالات", "بغداد - وكالات")]
    [InlineData("ـ", "-")]
    public void Folds_spelling_variation(string input, string expected) =>
        Assert.Equal(expected, ArabicNormalizer.Normalize(input).Value);

    [Fact]
    public void Offsets_point_into_the_original()
    {
        var original = "وزيرُ الخارجيّة";
        var n = ArabicNormalizer.Normalize(original);
        var at = n.Value.IndexOf("الخارجيه", StringComparison.Ordinal);
        var span = n.ToOriginal(at, at + "الخارجيه".Length);
        Assert.Equal("الخارجيّة", original[span.Start..span.End]);
    }
}
