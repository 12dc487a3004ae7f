using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Marsad.Text;

namespace Marsad.Tests.Text;

/// <summary>A string shaped like Arabic news text with every kind of variation the normaliser folds.</summary>
public sealed record ArabicText(string Value)
{
    public override string ToString() => string.Concat(Value.Select(c => c < 128 && !char.IsControl(c) ? c.ToString() : $"\\u{(int)c:X4}"));
}

public static class ArabicTextArbitrary
{
    private static Gen<char> Range(char from, char to) => Gen.Choose(from, to).Select(i => (char)i);

    private static readonly Gen<char> Letters = Range('\u0621', '\u064A');
    private static readonly Gen<char> Marks = Gen.OneOf(Range('\u064B', '\u065F'), Gen.Elements('\u0670', '\u0640', '\u0610', '\u06D6', '\u200C', '\u200D', '\u200F', '\u202B', '\u2067', '\u00AD', '\uFEFF'));
    private static readonly Gen<char> Variants = Gen.Elements("أإآٱىیئؤةۃکھہ".ToCharArray());
    private static readonly Gen<char> Digits = Gen.OneOf(Range('\u0660', '\u0669'), Range('\u06F0', '\u06F9'), Range('0', '9'));
    private static readonly Gen<char> LamAlef = Range('\uFEF5', '\uFEFC');
    private static readonly Gen<char> LongLigatures = Gen.Elements('\uFDF2', '\uFDFA', '\uFDFB', '\uFC5E', '\uFEFB');
    private static readonly Gen<char> SingleLetterForms = Range('\uFE80', '\uFEF4');
    private static readonly Gen<char> Separators = Gen.Elements(" \n\t\u00A0\u2009.,،؛؟!:«»“”\"'()-–—…%/".ToCharArray());
    private static readonly Gen<char> Latin = Gen.OneOf(Range('a', 'z'), Range('A', 'Z'));
    private static readonly Gen<char> AnyBmp = Range('\u0000', '\uD7FF');

    public static readonly Gen<char> Char = Gen.Frequency(
        (30, Letters), (12, Marks), (8, Variants), (5, Digits), (2, LamAlef), (1, LongLigatures), (2, SingleLetterForms),
        (15, Separators), (4, Latin), (2, AnyBmp));

    public static Arbitrary<ArabicText> Text() =>
        Arb.From(
            Gen.ArrayOf(Char).Select(chars => new ArabicText(new string(chars))),
            t => Enumerable.Range(0, t.Value.Length).Select(i => new ArabicText(t.Value.Remove(i, 1))));
}

[Properties(Arbitrary = new[] { typeof(ArabicTextArbitrary) }, MaxTest = 300)]
public class NormalizerPropertyTests
{
    // Lam-alef and the other ligature presentation forms are the only characters worth more than one.
    private static int LigatureExtra(char c) =>
        c is >= '\uFB50' and <= '\uFDFF' or >= '\uFE70' and <= '\uFEFE' ? Math.Max(0, c.ToString().Normalize(System.Text.NormalizationForm.FormKC).Length - 1) : 0;

    [Property]
    public bool Key_is_idempotent(ArabicText text)
    {
        var once = ArabicNormalizer.Key(text.Value);
        return ArabicNormalizer.Key(once) == once;
    }

    [Property]
    public bool Normalize_and_Key_agree(ArabicText text) =>
        ArabicNormalizer.Normalize(text.Value).Value == ArabicNormalizer.Key(text.Value);

    [Property]
    public void Offset_map_is_monotonic_and_within_the_original(ArabicText text)
    {
        var n = ArabicNormalizer.Normalize(text.Value);
        for (var i = 0; i < n.Value.Length; i++)
        {
            Assert.InRange(n.OriginalStart(i), 0, text.Value.Length - 1);
            Assert.InRange(n.OriginalEnd(i), n.OriginalStart(i) + 1, text.Value.Length);
            if (i > 0)
            {
                Assert.True(n.OriginalStart(i) >= n.OriginalStart(i - 1), $"start goes back at {i}");
                Assert.True(n.OriginalEnd(i) >= n.OriginalEnd(i - 1), $"end goes back at {i}");
            }
        }
        var whole = n.ToOriginal(0, n.Value.Length);
        Assert.InRange(whole.Start, 0, text.Value.Length);
        Assert.InRange(whole.End, whole.Start, text.Value.Length);
    }

    [Property]
    public void Every_normalised_char_comes_from_an_original_char_that_folds_to_it(ArabicText text)
    {
        var n = ArabicNormalizer.Normalize(text.Value);
        for (var i = 0; i < n.Value.Length; i++)
        {
            var source = text.Value[n.OriginalStart(i)];
            Assert.Contains(n.Value[i], ArabicNormalizer.Key(source.ToString()));
        }
    }

    [Property]
    public bool Only_ligatures_lengthen_the_text(ArabicText text) =>
        ArabicNormalizer.Key(text.Value).Length <= text.Value.Length + text.Value.Sum(LigatureExtra);

    [Property]
    public bool Removing_diacritics_first_changes_nothing(ArabicText text)
    {
        // Tatweel stays: standing alone between spaces it is printed as a dash and reads as one.
        var stripped = new string(text.Value.Where(c => c is not (>= '\u064B' and <= '\u065F' or '\u0670')).ToArray());
        return ArabicNormalizer.Key(stripped) == ArabicNormalizer.Key(text.Value);
    }

    [Property]
    public bool Output_has_no_diacritics_tatweel_or_hamza_carriers(ArabicText text) =>
        !ArabicNormalizer.Key(text.Value).Any(c => ArabicNormalizer.IsDropped(c) || c is 'أ' or 'إ' or 'آ' or 'ى' or 'ة' or 'ؤ' or 'ئ' or (>= '٠' and <= '٩'));

    [Theory]
    [InlineData("\uFDF2", "الله")]           // ﷲ
    [InlineData("\uFDFA", "صلي الله عليه وسلم")] // ﷺ: longer than any fixed small buffer
    [InlineData("\uFEFB", "لا")]
    public void Ligatures_decompose_completely(string ligature, string expected)
    {
        Assert.Equal(expected, ArabicNormalizer.Key(ligature));
        var n = ArabicNormalizer.Normalize("x" + ligature + "y");
        Assert.Equal("x" + expected + "y", n.Value);
        Assert.Equal(new TextSpan(1, 2), n.ToOriginal(1, 1 + expected.Length));
    }
}
