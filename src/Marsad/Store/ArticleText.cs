using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Marsad.Clean;

namespace Marsad.Store;

/// <summary>
/// What makes two stored articles the same text, whatever format they were read from: the cleaned
/// body (the headline line left out: formats take it from different places), with runs of
/// whitespace made one space and invisible format characters (bidi marks, zero-width joiners)
/// dropped. A body-less article is known by its whole text.
/// </summary>
internal static class ArticleText
{
    /// <summary>Lower-case hex SHA-256 of the normalised cleaned body.</summary>
    public static string Hash(Article article) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Normalized(article.Text))));

    /// <summary>The body of a cleaned text (after its headline line) in the form that is hashed.</summary>
    internal static string Normalized(string text)
    {
        var newline = text.IndexOf('\n');
        var body = newline >= 0 ? text[(newline + 1)..] : text;
        if (body.Trim().Length == 0)
            body = text;
        var normalized = new StringBuilder(body.Length);
        var space = false;
        foreach (var c in body.Normalize(NormalizationForm.FormC))
        {
            if (char.GetUnicodeCategory(c) == UnicodeCategory.Format)
                continue;
            if (char.IsWhiteSpace(c))
            {
                space = normalized.Length > 0;
                continue;
            }
            if (space)
                normalized.Append(' ');
            space = false;
            normalized.Append(c);
        }
        return normalized.ToString();
    }
}
