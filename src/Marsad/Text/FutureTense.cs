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

    /// <summary>True when a normalised word reads as a future verb.</summary>
    public static bool IsFutureVerb(string norm) =>
        norm.Length >= ShortestVerb && norm[0] == 'س' && norm[1] is 'ي' or 'ت' or 'ن' or 'ا' && !Guard.Value.Contains(norm);
}
