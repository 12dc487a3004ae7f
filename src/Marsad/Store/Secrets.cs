using System.Collections.Concurrent;
using System.Text.RegularExpressions;

namespace Marsad.Store;

/// <summary>
/// Keeps passwords out of everything the program prints: connection strings are shown with their
/// password replaced by <see cref="Mask"/>, and every password the program was given (in a
/// connection string, a password file) is replaced wherever it appears in a message.
/// </summary>
public static partial class Secrets
{
    /// <summary>What stands for a password in output.</summary>
    public const string Mask = "***";

    // Shorter secrets would mask ordinary words of a message; the connection-string patterns still hide them.
    private const int ShortestMasked = 3;

    private static readonly ConcurrentDictionary<string, byte> Known = new(StringComparer.Ordinal);

    /// <summary>Remembers a secret so that <see cref="Redact"/> hides it from every later message.</summary>
    public static void Register(string? secret)
    {
        if (secret is { Length: >= ShortestMasked })
            Known.TryAdd(secret, 0);
    }

    /// <summary>
    /// The text with every registered secret and every password of a connection string in it masked:
    /// "Password=…;" and "Pwd=…", "postgres://user:…@host", "?password=…".
    /// </summary>
    public static string Redact(string? text)
    {
        if (string.IsNullOrEmpty(text))
            return text ?? "";
        foreach (var secret in Known.Keys.OrderByDescending(k => k.Length))
            text = text.Replace(secret, Mask, StringComparison.Ordinal);
        return RedactConnection(text);
    }

    /// <summary>A connection string (or a text holding one) with its password masked, and nothing else changed.</summary>
    public static string RedactConnection(string text)
    {
        text = KeyValuePassword().Replace(text, m => m.Groups["key"].Value + Mask);
        text = UrlPassword().Replace(text, m => m.Groups["head"].Value + Mask + "@");
        return QueryPassword().Replace(text, m => m.Groups["key"].Value + Mask);
    }

    [GeneratedRegex(@"(?<key>(?<=^|[;\s])(?:password|pwd)\s*=\s*)(?:""[^""]*""|'[^']*'|[^;]*)", RegexOptions.IgnoreCase)]
    private static partial Regex KeyValuePassword();

    [GeneratedRegex(@"(?<head>\b[a-z][a-z0-9+.-]*://[^:/@\s]*:)[^@\s]*@", RegexOptions.IgnoreCase)]
    private static partial Regex UrlPassword();

    [GeneratedRegex(@"(?<key>[?&]password=)[^&\s]*", RegexOptions.IgnoreCase)]
    private static partial Regex QueryPassword();
}
