using System.Security.Cryptography;
using System.Text;

namespace Marsad.Pipeline;

/// <summary>
/// The version stored annotations carry: a hash of everything an article's annotation depends on
/// besides its own content. The assembly's module version (deterministic builds give a new one
/// exactly when its code or its embedded tables change), the rule overlay's files, the knowledge
/// base's tables and the analysis options. The as-of day is among them: the publication evidence an
/// annotation keeps names it (a term still running ends on it), so a new day annotates again.
/// </summary>
internal static class AnnotationVersion
{
    private const string Format = "marsad-annotation/1";

    public static string Of(MarsadRules rules, AnalysisOptions options)
    {
        var parts = string.Join('\n',
            Format,
            typeof(AnnotationVersion).Assembly.ManifestModule.ModuleVersionId.ToString("N"),
            rules.Files.Fingerprint,
            rules.KnowledgeBase.Fingerprint,
            options.AsOf.ToString("yyyy-MM-dd"),
            options.Earliest.ToString("yyyy-MM-dd"),
            options.Budgets.ToString());
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(parts)))[..32];
    }
}
