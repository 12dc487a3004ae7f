using Marsad.Data;

namespace Marsad.Text;

/// <summary>
/// The future prefix سـ on an imperfect verb ("سيحتفل", "ستعقد", "سنواصل", "سأزور"): the clause
/// announces something not yet done. Words that merely begin with those letters (سياسة, سيارة,
/// ستة, سنوات, names such as سيرغي) are listed in Data/text/future-guard.txt.
/// </summary>
internal static class FutureTense
{
    /// <summary>The shortest future verb: سـ, the person prefix and a three-letter stem.</summary>
    private const int ShortestVerb = 5;

    private static readonly Lazy<HashSet<string>> Guard = new(() =>
        DataFiles.ReadList("text/future-guard.txt").Select(ArabicNormalizer.Key).ToHashSet(StringComparer.Ordinal));

    /// <summary>
    /// True when a token reads as a future verb, after a conjunction too ("وسيزور"). The first person ("سأزور") keeps its hamza in print,
    /// while words of سا (سابقا، سابقة، ساعة، ساهم) have none: normalising erases the difference, so the
    /// surface decides.
    /// </summary>
    public static bool IsFutureVerb(Token token) =>
        (ArabicClitics.WithoutConjunction(token.Norm) ?? token.Norm) is var verb
        && IsFutureVerb(verb) && (verb[1] != 'ا' || FirstPersonHamza(token.Surface));

    /// <summary>Whether the letter after the surface's first س (short vowels and tatweel aside) is أ.</summary>
    private static bool FirstPersonHamza(string surface)
    {
        var at = surface.IndexOf('س', StringComparison.Ordinal) + 1;
        while (at > 0 && at < surface.Length && surface[at] is >= '\u064B' and <= '\u0652' or '\u0640')
            at++;
        return at > 0 && at < surface.Length && surface[at] == 'أ';
    }

    /// <summary>True when a normalised word reads as a future verb.</summary>
    public static bool IsFutureVerb(string norm) =>
        norm.Length >= ShortestVerb && norm[0] == 'س' && norm[1] is 'ي' or 'ت' or 'ن' or 'ا' && !Guard.Value.Contains(norm);
}
