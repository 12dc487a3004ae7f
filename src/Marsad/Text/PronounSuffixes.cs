using Marsad.Data;

namespace Marsad.Text;

/// <summary>What a pronoun suffix is cut for: the role column of Data/text/suffixes.tsv.</summary>
internal enum SuffixRole
{
    /// <summary>A guarded word stays guarded with it: "وزارته" = وزارة + ه.</summary>
    Guard,

    /// <summary>Cut, the ta marbuta restored, to find a word's stem: "عمليتها" → "عملية".</summary>
    Stem,

    /// <summary>On a noun trigger, points back to its possessor: "لقائه", "زيارتهما".</summary>
    Possessor,

    /// <summary>A possessor that is two persons: "لقائهما" points back to the pair named before it.</summary>
    Pair,
}

/// <summary>
/// The one list of pronoun suffixes (Data/text/suffixes.tsv), normalised, by role, in file order.
/// The inflections a starred event pattern takes are another list (Data/events/suffixes.txt).
/// </summary>
internal sealed class PronounSuffixes
{
    private static readonly Lazy<PronounSuffixes> Embedded = new(() => new PronounSuffixes(DataFiles.ReadTable("text/suffixes.tsv")));

    private readonly Dictionary<SuffixRole, string[]> _byRole;

    /// <summary>The suffixes of <paramref name="rows"/> (tests pass the table with a row left out).</summary>
    internal PronounSuffixes(IEnumerable<TsvRow> rows)
    {
        var lists = Enum.GetValues<SuffixRole>().ToDictionary(r => r, _ => new List<string>());
        foreach (var row in rows)
        {
            var suffix = ArabicNormalizer.Key(row.Required("suffix"));
            var list = lists[ParseRole(row)];
            if (!list.Contains(suffix))
                list.Add(suffix);
        }
        _byRole = lists.ToDictionary(p => p.Key, p => p.Value.ToArray());
    }

    public static PronounSuffixes Default => Embedded.Value;

    /// <summary>The suffixes of a role, in the order of the file.</summary>
    public IReadOnlyList<string> this[SuffixRole role] => _byRole[role];

    private static SuffixRole ParseRole(TsvRow row)
    {
        var name = row.Required("role");
        return char.IsLetter(name[0]) && Enum.TryParse<SuffixRole>(name, ignoreCase: true, out var role) && Enum.IsDefined(role)
            ? role
            : throw new FormatException($"{row.Source}:{row.Line}: unknown role '{name}' (known: {string.Join(", ", Enum.GetNames<SuffixRole>()).ToLowerInvariant()}).");
    }
}
