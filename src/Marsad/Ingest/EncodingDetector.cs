using System.Text;
using UtfUnknown;

namespace Marsad.Ingest;

/// <summary>Decoded text, the encoding's web name, and how many invalid bytes were replaced with U+FFFD.</summary>
/// <param name="Text">The text, line endings normalised to '\n'.</param>
/// <param name="Encoding">The encoding's web name.</param>
/// <param name="Replaced">Invalid bytes replaced (UTF-8 with a few bad bytes, UTF-16 cut after an odd byte; 0 otherwise).</param>
internal sealed record DecodedText(string Text, string Encoding, int Replaced = 0);

/// <summary>
/// Decodes raw bytes without assuming an encoding: byte-order mark, UTF-16 recognised by its byte
/// pattern, then a declared charset (HTML meta / HTTP header), then strict UTF-8, then UTF-8 with a
/// few invalid bytes (replaced and counted), then the Arabic legacy code pages.
/// </summary>
internal static class EncodingDetector
{
    /// <summary>At most one invalid byte per this many valid non-ASCII characters makes a text UTF-8 with a few bad bytes rather than another encoding.</summary>
    public const int ValidPerInvalid = 20;

    static EncodingDetector() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    // Arabic text that is not UTF-8 is, in practice, one of these two.
    private static readonly string[] LegacyCandidates = ["windows-1256", "iso-8859-6"];

    /// <summary>The decoded text, or null when no candidate decodes the bytes.</summary>
    public static DecodedText? Decode(ReadOnlySpan<byte> bytes, string? declaredCharset = null)
    {
        if (Bom(bytes) is { } bom)
        {
            var preamble = bom.Preamble.Length;
            var text = TryDecodeStrict(bom, bytes[preamble..]);
            return text is null ? null : new DecodedText(NormalizeLineEndings(text), bom.WebName);
        }
        if (Utf16ByPattern(bytes) is { } utf16 && TryDecodeStrict(utf16, bytes[..(bytes.Length & ~1)]) is { } wide)
        {
            // An odd byte at the end is half a character cut off.
            var cut = bytes.Length % 2;
            return new DecodedText(NormalizeLineEndings(cut == 0 ? wide : wide + '\uFFFD'), utf16.WebName, cut);
        }
        if (declaredCharset is not null && Resolve(declaredCharset) is { } declared
            && TryDecodeStrict(declared, bytes) is { } declaredText)
            return new DecodedText(NormalizeLineEndings(declaredText), declared.WebName);
        if (TryDecodeStrict(new UTF8Encoding(false, true), bytes) is { } utf8)
            return new DecodedText(NormalizeLineEndings(utf8), "utf-8");
        return MostlyUtf8(bytes) ?? DecodeLegacy(bytes);
    }

    /// <summary>
    /// UTF-16 without a byte-order mark, by its byte pattern: in Arabic and Latin text every second
    /// byte is the high byte of U+00xx or U+06xx (0x00 or 0x06), and spaces and digits make some of
    /// them 0x00. Little-endian puts them at odd offsets, big-endian at even ones.
    /// </summary>
    public static Encoding? Utf16ByPattern(ReadOnlySpan<byte> bytes)
    {
        var sample = bytes[..(Math.Min(bytes.Length, 8192) & ~1)];
        if (sample.Length < 4)
            return null;
        if (Utf16Pattern(sample, highFirst: false))
            return new UnicodeEncoding(false, false, true);
        if (Utf16Pattern(sample, highFirst: true))
            return new UnicodeEncoding(true, false, true);
        return null;
    }

    /// <summary>
    /// Nine in ten high bytes are 0x00 or 0x06, some are 0x00 (spaces, digits), few low bytes are
    /// 0x00, and the characters are not control characters (binary data with zero bytes is not text).
    /// </summary>
    private static bool Utf16Pattern(ReadOnlySpan<byte> sample, bool highFirst)
    {
        int pairs = sample.Length / 2, textHigh = 0, zeroHigh = 0, zeroLow = 0, control = 0;
        for (var i = 0; i < sample.Length; i += 2)
        {
            var (high, low) = highFirst ? (sample[i], sample[i + 1]) : (sample[i + 1], sample[i]);
            textHigh += high is 0x00 or 0x06 ? 1 : 0;
            zeroHigh += high == 0 ? 1 : 0;
            zeroLow += low == 0 ? 1 : 0;
            control += high == 0 && low < 0x20 && low is not (0x09 or 0x0A or 0x0D) ? 1 : 0;
        }
        return textHigh * 10 >= pairs * 9 && zeroHigh > 0 && zeroLow * 10 < pairs && control * 100 < pairs;
    }

    /// <summary>
    /// UTF-8 with a few invalid bytes (a truncated character, stray bytes from a bad copy): each is
    /// replaced with U+FFFD and counted, when valid non-ASCII characters outnumber them
    /// <see cref="ValidPerInvalid"/> to one (a text in another encoding has few valid UTF-8 sequences).
    /// </summary>
    private static DecodedText? MostlyUtf8(ReadOnlySpan<byte> bytes)
    {
        int valid = 0, invalid = 0;
        for (var rest = bytes; !rest.IsEmpty;)
        {
            var status = System.Text.Rune.DecodeFromUtf8(rest, out var rune, out var consumed);
            if (status == System.Buffers.OperationStatus.Done)
                valid += rune.Value >= 0x80 ? 1 : 0;
            else
                invalid += consumed;
            rest = rest[consumed..];
        }
        return invalid > 0 && valid >= ValidPerInvalid * invalid
            ? new DecodedText(NormalizeLineEndings(Encoding.UTF8.GetString(bytes)), "utf-8", invalid)
            : null;
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

    private static DecodedText? DecodeLegacy(ReadOnlySpan<byte> bytes)
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
        return best is { Score: > 0 } b ? new DecodedText(NormalizeLineEndings(b.Text), b.Encoding) : null;
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
