using System.Text;
using UtfUnknown;

namespace Marsad.Ingest;

/// <summary>
/// Decodes raw bytes without assuming an encoding: byte-order mark, then a declared charset
/// (HTML meta / HTTP header), then strict UTF-8, then the Arabic legacy code pages.
/// </summary>
internal static class EncodingDetector
{
    static EncodingDetector() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    // Arabic text that is not UTF-8 is, in practice, one of these two.
    private static readonly string[] LegacyCandidates = ["windows-1256", "iso-8859-6"];

    /// <summary>The decoded text (line endings normalised to '\n') and the encoding's web name, or null when no candidate decodes the bytes.</summary>
    public static (string Text, string Encoding)? Decode(ReadOnlySpan<byte> bytes, string? declaredCharset = null)
    {
        if (Bom(bytes) is { } bom)
        {
            var preamble = bom.Preamble.Length;
            var text = TryDecodeStrict(bom, bytes[preamble..]);
            return text is null ? null : (NormalizeLineEndings(text), bom.WebName);
        }
        if (declaredCharset is not null && Resolve(declaredCharset) is { } declared
            && TryDecodeStrict(declared, bytes) is { } declaredText)
            return (NormalizeLineEndings(declaredText), declared.WebName);
        if (TryDecodeStrict(new UTF8Encoding(false, true), bytes) is { } utf8)
            return (NormalizeLineEndings(utf8), "utf-8");
        return DecodeLegacy(bytes);
    }

    /// <summary>The encoding of a byte-order mark at the start of the bytes, if any.</summary>
    public static Encoding? Bom(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
            return new UTF8Encoding(true, true);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
            return new UnicodeEncoding(false, true, true);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
            return new UnicodeEncoding(true, true, true);
        return null;
    }

    /// <summary>An encoding by its charset label (e.g. "windows-1256", "utf-8"), strict, or null when unknown.</summary>
    public static Encoding? Resolve(string charset)
    {
        try
        {
            var found = Encoding.GetEncoding(charset.Trim().Trim('"', '\''));
            return Encoding.GetEncoding(found.CodePage, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    public static string NormalizeLineEndings(string text) =>
        text.Contains('\r') ? text.Replace("\r\n", "\n").Replace('\r', '\n') : text;

    private static (string Text, string Encoding)? DecodeLegacy(ReadOnlySpan<byte> bytes)
    {
        // UTF.Unknown ranks the candidates; a strict decode plus a letter-plausibility score settles
        // between the two Arabic code pages, which share most byte values.
        var detected = CharsetDetector.DetectFromBytes(bytes.ToArray());
        var ranked = detected.Details
            .Select(d => d.EncodingName?.ToLowerInvariant())
            .Where(n => n is not null && LegacyCandidates.Contains(n))
            .Cast<string>()
            .Concat(LegacyCandidates)
            .Distinct()
            .ToList();

        (string Text, string Encoding, double Score)? best = null;
        foreach (var name in ranked)
        {
            var encoding = Resolve(name);
            if (encoding is null || TryDecodeStrict(encoding, bytes) is not { } text)
                continue;
            var score = Plausibility(text);
            if (best is null || score > best.Value.Score)
                best = (text, encoding.WebName, score);
        }
        return best is { Score: > 0 } b ? (NormalizeLineEndings(b.Text), b.Encoding) : null;
    }

    // Share of characters that are Arabic letters or ASCII; accented Latin letters are what a wrong
    // Arabic code page produces, so they count against. Without Arabic letters the guess is void.
    private static double Plausibility(string text)
    {
        double good = 0, bad = 0, arabic = 0;
        foreach (var c in text)
        {
            if (c is >= '\u0600' and <= '\u06FF')
                arabic++;
            else if (c < 0x80 || c == '\u00A0')
                good++;
            else
                bad++;
        }
        return arabic > bad ? (good + arabic - 3 * bad) / text.Length : 0;
    }

    private static string? TryDecodeStrict(Encoding encoding, ReadOnlySpan<byte> bytes)
    {
        var strict = encoding.DecoderFallback is DecoderExceptionFallback
            ? encoding
            : Encoding.GetEncoding(encoding.CodePage, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
        try
        {
            return strict.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }
}
