using System.Globalization;
using System.Text.RegularExpressions;
using Marsad.Data;
using Marsad.Text;

namespace Marsad.Tests.Actors;

/// <summary>The shared checks, patterns and date reading of <see cref="WorldDataTests"/>.</summary>
public partial class WorldDataTests
{
    private static IEnumerable<string> Names(TsvRow row) =>
        (row["name_ar"] is { } name ? [name] : Array.Empty<string>()).Concat(row.List("aliases"));

    private static string Key(string surface) => ArabicNormalizer.Key(surface);

    private static string OfficeKey(TsvRow r) =>
        $"{r["country"] ?? "-"}/{r["role"]}/{NoteValue(r, "org") ?? "-"}/{NoteValue(r, "for") ?? "-"}";

    private static bool AllowsOverlap(TsvRow r) =>
        r["note"] is { } note && (note.Contains("acting overlap", StringComparison.Ordinal) || note.Contains("disputed", StringComparison.Ordinal));

    /// <summary>The span a term certainly covers: from the last possible start to the first possible end.</summary>
    private static (DateOnly Start, DateOnly End) Term(TsvRow r)
    {
        var start = PartialDate.TryParse(r["from"], out var from) ? from.Last : DateOnly.MinValue;
        var end = r["to"] is { } to && PartialDate.TryParse(to, out var until) ? until.First : DateOnly.MaxValue;
        return (start, end);
    }

    /// <summary>Value of a <c>key=value</c> token in the note (tokens separated by ';').</summary>
    private static string? NoteValue(TsvRow r, string key) =>
        (r["note"] ?? "").Split(';', StringSplitOptions.TrimEntries)
            .Where(t => t.StartsWith(key + "=", StringComparison.Ordinal))
            .Select(t => t[(key.Length + 1)..])
            .FirstOrDefault();

    private static void AssertKeysOwnedOnce(IReadOnlyList<TsvRow> rows, Func<TsvRow, string> id, Func<TsvRow, IEnumerable<string>> names)
    {
        var shared = rows
            .SelectMany(r => names(r).Select(Key).Distinct(StringComparer.Ordinal).Select(k => (Key: k, Id: id(r))))
            .GroupBy(x => x.Key, StringComparer.Ordinal)
            .Where(g => g.Select(x => x.Id).Distinct(StringComparer.Ordinal).Count() > 1)
            .Select(g => $"{g.Key}: {string.Join(", ", g.Select(x => x.Id))}")
            .ToList();
        Assert.Empty(shared);

        // README: list real spelling variants, not forms the normaliser already folds together.
        var folded = rows
            .Where(r => names(r).Count() != names(r).Select(Key).Distinct(StringComparer.Ordinal).Count())
            .Select(r => $"{r.Source}:{r.Line} ({id(r)})")
            .ToList();
        Assert.Empty(folded);
    }

    private static void AssertUnique(IEnumerable<TsvRow> rows, Func<TsvRow, string> key, string what)
    {
        var duplicates = rows.GroupBy(key, StringComparer.Ordinal).Where(g => g.Count() > 1)
            .Select(g => $"{what} {g.Key} on lines {string.Join(", ", g.Select(r => $"{r.Source}:{r.Line}"))}").ToList();
        Assert.Empty(duplicates);
    }

    private static void AssertNone(IEnumerable<TsvRow> offending, string what) =>
        Assert.Empty(offending.Select(r => $"{r.Source}:{r.Line}: {what}"));

    [GeneratedRegex("^[A-Z]{3}$")]
    private static partial Regex Iso3Pattern();

    [GeneratedRegex("^[A-Z]{2}$")]
    private static partial Regex Iso2Pattern();

    [GeneratedRegex("^(IGO|NGO)[A-Z]*$")]
    private static partial Regex CameoCodePattern();

    // Arabic letters, hamza forms, diacritics and tatweel; digits, space, '|', '+', '-'.
    [GeneratedRegex("^[\\u0621-\\u063A\\u0640-\\u0652\\u0670 0-9|+\\-]+$")]
    private static partial Regex ArabicCellPattern();

    [GeneratedRegex("^[a-z][a-z0-9_]*$")]
    private static partial Regex SlugPattern();

    /// <summary>A date given to the day, the month or the year, as the roles table writes it.</summary>
    private readonly record struct PartialDate(DateOnly First, DateOnly Last)
    {
        private static readonly string[] Formats = ["yyyy-MM-dd", "yyyy-MM", "yyyy"];

        public static bool TryParse(string? text, out PartialDate date)
        {
            date = default;
            if (text is null)
                return false;
            foreach (var format in Formats)
            {
                if (!DateOnly.TryParseExact(text, format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var first))
                    continue;
                var last = format switch
                {
                    "yyyy" => new DateOnly(first.Year, 12, 31),
                    "yyyy-MM" => first.AddMonths(1).AddDays(-1),
                    _ => first,
                };
                date = new PartialDate(first, last);
                return true;
            }
            return false;
        }
    }
}
