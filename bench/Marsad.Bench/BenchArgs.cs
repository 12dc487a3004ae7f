using System.Globalization;

namespace Marsad.Bench;

/// <summary>The bench's command-line options: --name value and --flag.</summary>
internal sealed class BenchArgs(IReadOnlyList<string> args)
{
    public string? Value(string name)
    {
        for (var i = 0; i < args.Count - 1; i++)
        {
            if (args[i] == name)
                return args[i + 1];
        }
        return null;
    }

    public int Int(string name, int fallback) => Value(name) is { } v ? ParseCount(v) : fallback;

    public bool Flag(string name) => args.Contains(name);

    /// <summary>"25000", "25k" or "0.1m".</summary>
    public static int ParseCount(string text)
    {
        var t = text.Trim().ToLowerInvariant();
        var scale = t.EndsWith('k') ? 1_000 : t.EndsWith('m') ? 1_000_000 : 1;
        var digits = scale == 1 ? t : t[..^1];
        return (int)Math.Round(double.Parse(digits, CultureInfo.InvariantCulture) * scale);
    }
}
