using Marsad.Data;

namespace Marsad.Events;

/// <summary>One CAMEO event code with its Goldstein score, quad class and PLOVER mapping.</summary>
internal sealed record CameoEntry(
    string Code,
    string Level,
    string Name,
    double Goldstein,
    int QuadClass,
    string? PloverEvent,
    string? PloverMode);

/// <summary>
/// The CAMEO event codebook (Data/events/cameo.tsv). Codes are hierarchical: the first two digits
/// are the root (e.g. "04" consult), the first three the base code ("041" discuss by telephone).
/// </summary>
internal sealed class CameoTable
{
    private readonly Dictionary<string, CameoEntry> entries;

    private CameoTable(Dictionary<string, CameoEntry> entries) => this.entries = entries;

    public static CameoTable Parse(IReadOnlyList<TsvRow> rows)
    {
        var map = new Dictionary<string, CameoEntry>(StringComparer.Ordinal);
        // Codes without a Goldstein score of their own (not in GDELT's lookup) take their parent's.
        foreach (var row in rows.OrderBy(r => r.Required("code").Length))
        {
            var code = row.Required("code");
            var plover = row["plover_event"];
            var goldstein = row["goldstein"] is { } g
                ? double.Parse(g, System.Globalization.CultureInfo.InvariantCulture)
                : map.GetValueOrDefault(code[..^1])?.Goldstein
                  ?? throw new FormatException($"{row.Source}:{row.Line}: no Goldstein score for {code} or its parent");
            map[code] = new CameoEntry(
                code,
                row.Required("level"),
                row.Required("name"),
                goldstein,
                int.Parse(row.Required("quad_class"), System.Globalization.CultureInfo.InvariantCulture),
                plover is null || plover.StartsWith('(') ? null : plover.ToLowerInvariant(),
                row["plover_mode"]);
        }
        return new CameoTable(map);
    }

    public int Count => entries.Count;

    /// <summary>The entry for a code; falls back to its base, then root code, so unknown sub-codes still classify.</summary>
    public CameoEntry? Find(string? code)
    {
        if (string.IsNullOrEmpty(code))
            return null;
        for (var length = code.Length; length >= 2; length--)
        {
            if (entries.TryGetValue(code[..length], out var entry))
                return entry;
        }
        return null;
    }

    /// <summary>Two-digit root ("04" for "0412").</summary>
    public static string RootCode(string code) => code.Length >= 2 ? code[..2] : code;

    /// <summary>Three-digit base code ("041" for "0412"); a root-level code is its own base.</summary>
    public static string BaseCode(string code) => code.Length >= 3 ? code[..3] : code;

    /// <summary>Goldstein score of a code (its own, else its parent's); 0 when unknown.</summary>
    public double Goldstein(string? code) => Find(code)?.Goldstein ?? 0;

    /// <summary>1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict; 0 when unknown.</summary>
    public int QuadClass(string? code) => Find(code)?.QuadClass ?? 0;
}
