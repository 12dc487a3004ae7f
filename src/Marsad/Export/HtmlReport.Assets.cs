namespace Marsad.Export;

/// <summary>
/// The page's style sheet and script: files of their own (Export/Web/, embedded in the assembly and
/// read at run time), inlined in the self-contained file and served as files by the server.
/// </summary>
internal static partial class HtmlReport
{
    /// <summary>The style sheet's file name when served.</summary>
    public const string StyleFile = "marsad-report.css";

    /// <summary>The script's file name when served.</summary>
    public const string ScriptFile = "marsad-report.js";

    private static readonly Lazy<string> StyleText = new(() => Asset(StyleFile));
    private static readonly Lazy<string> ScriptText = new(() => Asset(ScriptFile));
    private static readonly Lazy<string> Policy = new(() =>
        $"default-src 'none'; style-src 'sha256-{Hash(Css)}'; script-src 'sha256-{Hash(Script)}'; img-src data:; base-uri 'none'; form-action 'none'");

    /// <summary>The policy of the self-contained file: nothing runs but its own style sheet and script, named by their hashes.</summary>
    public static string InlinePolicy => Policy.Value;

    /// <summary>The style sheet (Export/Web/marsad-report.css).</summary>
    public static string Css => StyleText.Value;

    /// <summary>The script (Export/Web/marsad-report.js); it asks the API named by the body's data-api attribute, when there is one.</summary>
    public static string Script => ScriptText.Value;

    private static string Asset(string file)
    {
        using var stream = typeof(HtmlReport).Assembly.GetManifestResourceStream("Marsad.Export.Web." + file)
            ?? throw new FileNotFoundException($"Embedded web asset '{file}' is missing (expected in src/Marsad/Export/Web/).");
        using var reader = new StreamReader(stream, System.Text.Encoding.UTF8);
        // One line ending everywhere: the hash in the file's policy must not depend on the checkout.
        return reader.ReadToEnd().Replace("\r\n", "\n", StringComparison.Ordinal);
    }

    private static string Hash(string text) =>
        Convert.ToBase64String(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text)));
}
