using System.Globalization;
using Marsad.Data;

namespace Marsad.Events;

/// <summary>One CAMEO code with its Goldstein score, quad class and PLOVER mapping (Data/events/cameo.tsv).</summary>
/// <remarks>A few codes (1213, 1214) have no Goldstein score in GDELT's files: null, and lookups fall back to the base code.</remarks>
public sealed record CameoCode(string Code, string Name, double? Goldstein, int QuadClass, string? PloverEvent, string? PloverMode);

/// <summary>CAMEO codes by code. The root (2 digits) and base (3 digits) of a code are its prefixes.</summary>
public sealed class CameoTable
{
    private static readonly Lazy<CameoTable> Embedded = new(() => new CameoTable(DataFiles.ReadTable("events/cameo.tsv")));
    private readonly Dictionary<string, CameoCode> _codes;

    private CameoTable(IEnumerable<TsvRow> rows)
    {
        _codes = rows.Select(r => new CameoCode(
                r.Required("code"),
                r.Required("name"),
                r["goldstein"] is { } g ? double.Parse(g, CultureInfo.InvariantCulture) : null,
                int.Parse(r.Required("quad_class"), CultureInfo.InvariantCulture),
                r["plover_event"],
                r["plover_mode"]))
            .ToDictionary(c => c.Code, StringComparer.Ordinal);
    }

    public static CameoTable Default => Embedded.Value;

    public CameoCode? Find(string code) => _codes.GetValueOrDefault(code);

    /// <summary>Goldstein score of the code, or of its base or root when the code itself is not listed.</summary>
    public double Goldstein(string code)
    {
        for (var len = code.Length; len >= 2; len--)
        {
            if (_codes.TryGetValue(code[..len], out var c) && c.Goldstein is { } score)
                return score;
        }
        return 0;
    }

    public static string RootCode(string code) => code.Length >= 2 ? code[..2] : code;

    public static string BaseCode(string code) => code.Length >= 3 ? code[..3] : code;
}
