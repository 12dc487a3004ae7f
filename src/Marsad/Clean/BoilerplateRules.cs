using System.Text.RegularExpressions;
using Marsad.Data;
using Marsad.Text;

namespace Marsad.Clean;

internal enum BoilerplateAction
{
    /// <summary>Remove the line.</summary>
    DropLine,

    /// <summary>Remove the line and everything after it (related-stories tails, footers).</summary>
    DropRest,

    /// <summary>Remove the line only while nothing has been kept yet (section labels above the headline).</summary>
    DropHead,
}

/// <summary>One row of Data/clean/boilerplate.tsv.</summary>
internal sealed record BoilerplateRule(string Pattern, string Match, BoilerplateAction Action, string Note, string? Example, int Line)
{
    private readonly string key = BoilerplateRules.MatchKey(Pattern);
    private readonly Regex? regex = Match == "regex" ? new Regex(Pattern, RegexOptions.CultureInvariant | RegexOptions.Compiled) : null;

    /// <summary>True when the rule matches a trimmed line (<paramref name="lineKey"/> is its <see cref="BoilerplateRules.MatchKey"/>).</summary>
    public bool Matches(string line, string lineKey) => Match switch
    {
        "exact" => lineKey == key,
        "prefix" => lineKey.StartsWith(key, StringComparison.Ordinal),
        "contains" => lineKey.Contains(key, StringComparison.Ordinal),
        "regex" => regex!.IsMatch(line),
        _ => false,
    };
}

/// <summary>The boilerplate table: which whole lines are page furniture, and what to do with them.</summary>
internal static class BoilerplateRules
{
    private static readonly Lazy<IReadOnlyList<BoilerplateRule>> Table = new(Load);

    public static IReadOnlyList<BoilerplateRule> All => Table.Value;

    /// <summary>The first rule matching the line, or null for a line that is content.</summary>
    public static BoilerplateRule? Match(string line)
    {
        var trimmed = line.Trim();
        var lineKey = MatchKey(trimmed);
        return All.FirstOrDefault(r => r.Matches(trimmed, lineKey));
    }

    /// <summary>
    /// Comparison form of a line: <see cref="ArabicNormalizer.Key"/>, spaces collapsed, trailing
    /// punctuation dropped, so "اقرأ أيضاً:" and "اقرا ايضا" compare equal.
    /// </summary>
    public static string MatchKey(string text)
    {
        var key = CollapseSpaces(ArabicNormalizer.Key(text)).Trim();
        return key.TrimEnd('.', '…', ':', '：', '!', '،', ',', ' ', '-');
    }

    // Each run of white space as one space (what Regex.Replace(s, @"\s+", " ") does, without the regex: ingest calls this for every line).
    private static string CollapseSpaces(string text)
    {
        var span = text.AsSpan();
        if (!NeedsCollapse(span))
            return text;
        var chars = new char[text.Length];
        var length = 0;
        var inRun = false;
        foreach (var c in span)
        {
            var space = char.IsWhiteSpace(c);
            if (!space)
                chars[length++] = c;
            else if (!inRun)
                chars[length++] = ' ';
            inRun = space;
        }
        return new string(chars, 0, length);
    }

    private static bool NeedsCollapse(ReadOnlySpan<char> text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsWhiteSpace(text[i]) && (text[i] != ' ' || (i + 1 < text.Length && char.IsWhiteSpace(text[i + 1]))))
                return true;
        }
        return false;
    }

    private static List<BoilerplateRule> Load()
    {
        var rules = new List<BoilerplateRule>();
        foreach (var row in DataFiles.ReadTable("clean/boilerplate.tsv"))
        {
            var match = row.Required("match");
            if (match is not ("exact" or "prefix" or "contains" or "regex"))
                throw new FormatException($"{row.Source}:{row.Line}: unknown match '{match}'.");
            var action = row.Required("action") switch
            {
                "drop-line" => BoilerplateAction.DropLine,
                "drop-rest" => BoilerplateAction.DropRest,
                "drop-head" => BoilerplateAction.DropHead,
                var other => throw new FormatException($"{row.Source}:{row.Line}: unknown action '{other}'."),
            };
            rules.Add(new BoilerplateRule(row.Required("pattern"), match, action, row["note"] ?? "", row["example"], row.Line));
        }
        return rules;
    }
}
