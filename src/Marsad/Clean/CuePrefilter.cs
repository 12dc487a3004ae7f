namespace Marsad.Clean;

/// <summary>
/// A test a line must pass before an outlet cue's regex is run on it, read off the cue's own pattern:
/// a cue that opens with a list of names ("^{city}", "^{outlet}") needs a line that starts with one of
/// them, and the element a cue requires right after its opening ("{dash}", "\(", "[:：]", "\|", "/")
/// needs one of its characters somewhere in the line. Most lines fail both, so most regex runs are
/// saved (the city and outlet alternations and the lazy name pattern cost most of ingest). The test
/// only ever refuses lines the regex could not match: a cue whose pattern it cannot read passes all.
/// </summary>
internal sealed class CuePrefilter
{
    private static readonly CuePrefilter PassAll = new(null, null);

    private readonly IReadOnlyDictionary<char, string[]>? openings;
    private readonly char[]? needs;

    private CuePrefilter(IReadOnlyDictionary<char, string[]>? openings, char[]? needs)
    {
        this.openings = openings;
        this.needs = needs;
    }

    /// <summary>False when the cue cannot match the line.</summary>
    public bool MayMatch(string line)
    {
        if (needs is not null && line.AsSpan().IndexOfAny(needs) < 0)
            return false;
        if (openings is null)
            return true;
        return line.Length > 0 && openings.TryGetValue(line[0], out var names)
            && names.Any(n => line.StartsWith(n, StringComparison.Ordinal));
    }

    /// <summary>
    /// The prefilter of a cue's raw pattern (before its placeholders are expanded).
    /// <paramref name="lists"/> maps a placeholder of names ("{city}") to the names it expands to;
    /// <paramref name="classes"/> maps a placeholder that is one required character class ("{dash}") to its characters.
    /// </summary>
    public static CuePrefilter Of(string raw, IReadOnlyDictionary<string, IReadOnlyList<string>> lists, IReadOnlyDictionary<string, string> classes)
    {
        if (!raw.StartsWith('^'))
            return PassAll;
        var rest = raw[1..];
        IReadOnlyDictionary<char, string[]>? openings = null;
        foreach (var (placeholder, names) in lists)
        {
            foreach (var opening in new[] { placeholder, $"(?<name>{placeholder})" })
            {
                if (rest.StartsWith(opening, StringComparison.Ordinal))
                {
                    openings = names.Where(n => n.Length > 0).GroupBy(n => n[0]).ToDictionary(g => g.Key, g => g.ToArray());
                    rest = rest[opening.Length..];
                    break;
                }
            }
            if (openings is not null)
                break;
        }
        if (openings is null)
        {
            if (!rest.StartsWith("{name}", StringComparison.Ordinal))
                return PassAll;
            rest = rest["{name}".Length..];
        }
        var needs = Required(SkipSpaces(rest), classes);
        return openings is null && needs is null ? PassAll : new CuePrefilter(openings, needs);
    }

    private static string SkipSpaces(string pattern)
    {
        while (pattern.StartsWith(@"\s*", StringComparison.Ordinal) || pattern.StartsWith(@"\s+", StringComparison.Ordinal))
            pattern = pattern[3..];
        return pattern;
    }

    // The characters one of which the next element of the pattern must match, or null when it is not a plain required character.
    private static char[]? Required(string pattern, IReadOnlyDictionary<string, string> classes)
    {
        foreach (var (placeholder, chars) in classes)
        {
            if (pattern.StartsWith(placeholder, StringComparison.Ordinal))
                return chars.ToCharArray();
        }
        if (pattern.Length >= 2 && pattern[0] == '\\' && @"()|/.[]".Contains(pattern[1]))
            return Optional(pattern[2..]) ? null : [pattern[1]];
        if (pattern.StartsWith('[') && pattern.IndexOf(']') is var close and > 1 && !pattern.StartsWith("[^", StringComparison.Ordinal))
        {
            var set = pattern[1..close];
            return set.Contains('\\') || set.Contains('-') || Optional(pattern[(close + 1)..]) ? null : set.ToCharArray();
        }
        if (pattern.Length > 0 && (char.IsLetter(pattern[0]) || pattern[0] is '/' or ':'))
            return Optional(pattern[1..]) ? null : [pattern[0]];
        return null;
    }

    private static bool Optional(string after) => after.Length > 0 && after[0] is '?' or '*' or '{';
}
