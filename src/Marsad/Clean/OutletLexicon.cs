using System.Text.RegularExpressions;
using Marsad.Data;
using Marsad.Text;

namespace Marsad.Clean;

/// <summary>How sure a cue must be that its name is an outlet (the accept column of outlet-cues.tsv).</summary>
internal enum OutletAccept
{
    /// <summary>Every name the filters let through.</summary>
    Any,

    /// <summary>A known outlet, or a name shaped like a site's.</summary>
    Site,

    /// <summary>A known outlet.</summary>
    Known,

    /// <summary>A known outlet whose name is not a common word.</summary>
    Distinct,
}

/// <summary>Which lines of its zone a cue reads (the where column of outlet-cues.tsv).</summary>
internal enum OutletCueLines
{
    All,
    Title,
    Body,
    Lead,
}

/// <summary>One row of outlet-cues.tsv.</summary>
internal sealed record OutletCue(string Kind, OutletAccept Accept, OutletCueLines Where, Regex Regex, string Note)
{
    /// <summary>A cheap test of a line before <see cref="Regex"/> is run on it.</summary>
    public required CuePrefilter Prefilter { get; init; }
}

/// <summary>
/// The data the outlet detector reads: known outlets (clean/outlets.tsv and clean/outlets-world.tsv),
/// the cues of outlet-cues.tsv and the word lists that refuse or recognise a captured name.
/// </summary>
internal sealed class OutletLexicon
{
    /// <summary>Known-outlet tables, loaded in this order (the URL lookup takes the first domain match).</summary>
    public static readonly string[] OutletFiles = ["clean/outlets.tsv", "clean/outlets-world.tsv"];

    private static readonly Lazy<OutletLexicon> Instance = new(Load);

    public static OutletLexicon Default => Instance.Value;

    public required IReadOnlyList<OutletInfo> Outlets { get; init; }
    public required IReadOnlyDictionary<string, OutletInfo> ByAlias { get; init; }

    /// <summary>Cities, countries and places (by key): never an outlet.</summary>
    public required IReadOnlySet<string> Places { get; init; }

    /// <summary>The names that open a dateline ({city}), by key.</summary>
    public required IReadOnlySet<string> DatelineCities { get; init; }

    /// <summary>Whole names that are never an outlet: not-outlets.txt and the masthead labels.</summary>
    public required IReadOnlySet<string> NotOutlets { get; init; }
    public required IReadOnlySet<string> NotOutletHeads { get; init; }

    /// <summary>Words that never stand inside an unknown outlet's name (prepositions: "آخر المقالات من ...").</summary>
    public required IReadOnlySet<string> NotOutletWords { get; init; }
    public required IReadOnlySet<string> GivenNames { get; init; }
    public required IReadOnlySet<string> CommonWords { get; init; }
    public required IReadOnlySet<string> Marks { get; init; }

    /// <summary>Type words by key; the value tells whether the word is only a carrier (strip).</summary>
    public required IReadOnlyDictionary<string, bool> TypeWords { get; init; }
    public required IReadOnlyList<OutletCue> Cues { get; init; }

    public static string NameKey(string name) =>
        Regex.Replace(ArabicNormalizer.Key(name.Trim().Trim('«', '»', '"', '“', '”', '\'')), @"\s+", " ").Trim();

    /// <summary>The known outlet a printed name or alias stands for, or null.</summary>
    public OutletInfo? Find(string printed)
    {
        var key = NameKey(printed);
        return key.Length > 0 && ByAlias.TryGetValue(key, out var outlet) ? outlet : null;
    }

    private static OutletLexicon Load()
    {
        var outlets = OutletFiles.SelectMany(DataFiles.ReadTable)
            .Select(r => new OutletInfo(r.Required("name"), r.List("aliases"), r["country"], r.List("domains")))
            .ToList();
        var cityNames = CityNames();
        var labels = DataFiles.ReadList("clean/masthead-labels.txt");
        var outletNames = outlets.SelectMany(o => o.Aliases.Prepend(o.Name)).ToList();
        var expansions = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["{city}"] = Alternation(cityNames),
            ["{outlet}"] = Alternation(outletNames),
            ["{label}"] = Alternation(labels),
            ["{name}"] = NamePattern,
            ["{dash}"] = @"(?:\s*[–—]|\s+-|-(?=\s))",
        };
        var prefilters = new PrefilterData(
            new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal) { ["{city}"] = cityNames, ["{outlet}"] = outletNames },
            new Dictionary<string, string>(StringComparer.Ordinal) { ["{dash}"] = "–—-" });
        return new OutletLexicon
        {
            Outlets = outlets,
            ByAlias = AliasIndex(outlets),
            DatelineCities = cityNames.Select(NameKey).ToHashSet(StringComparer.Ordinal),
            Places = cityNames.Concat(PlaceNames()).Select(NameKey).ToHashSet(StringComparer.Ordinal),
            NotOutlets = Keys("clean/not-outlets.txt").Concat(labels.Select(NameKey)).ToHashSet(StringComparer.Ordinal),
            NotOutletHeads = Keys("clean/not-outlet-heads.txt").ToHashSet(StringComparer.Ordinal),
            NotOutletWords = Keys("clean/not-outlet-words.txt").ToHashSet(StringComparer.Ordinal),
            GivenNames = Keys("clean/given-names.txt").ToHashSet(StringComparer.Ordinal),
            CommonWords = Keys("clean/common-words.txt").ToHashSet(StringComparer.Ordinal),
            Marks = Keys("clean/outlet-marks.txt").ToHashSet(StringComparer.Ordinal),
            TypeWords = DataFiles.ReadTable("clean/outlet-types.tsv")
                .ToDictionary(r => NameKey(r.Required("word")), r => r.Required("strip") == "yes", StringComparer.Ordinal),
            Cues = DataFiles.ReadTable("clean/outlet-cues.tsv").Select(r => Cue(r, expansions, prefilters)).ToList(),
        };
    }

    // A name: no quotes, brackets, dashes, colons, commas, slashes or pipes; a dot or a hyphen only
    // inside a word ("الجمهورية.نت", "Al-Ahram"). Lazy, so the cue's anchor after it decides where it ends.
    private const string NamePattern = @"(?<name>(?:[^\s«»""“”()\[\]\-–—:،,.|/+]|(?<=\S)[.-](?=[^\s.-]))(?:[^«»""“”()\[\]\-–—:،,.|/+]|(?<=\S)[.-](?=[^\s.-])){0,39}?)";

    /// <summary>The kinds of cue rows: where a line names its outlet, or (skip) debris to drop before reading.</summary>
    private static readonly HashSet<string> CueKinds = ["credit", "dateline", "signature", "appeal", "skip"];

    // The placeholders the prefilters read: lists of names and one-character classes.
    private sealed record PrefilterData(IReadOnlyDictionary<string, IReadOnlyList<string>> Lists, IReadOnlyDictionary<string, string> Classes);

    private static OutletCue Cue(TsvRow row, IReadOnlyDictionary<string, string> expansions, PrefilterData prefilters)
    {
        var raw = row.Required("regex");
        var pattern = expansions.Aggregate(raw, (p, e) => p.Replace(e.Key, e.Value, StringComparison.Ordinal));
        var kind = row.Required("kind");
        if (!CueKinds.Contains(kind))
            throw new FormatException($"{row.Source}:{row.Line}: unknown kind '{kind}' (known: {string.Join(", ", CueKinds)}).");
        if (!Enum.TryParse<OutletAccept>(row.Required("accept"), ignoreCase: true, out var accept))
            throw new FormatException($"{row.Source}:{row.Line}: unknown accept '{row["accept"]}'.");
        return new OutletCue(
            kind,
            accept,
            row.Required("where") switch
            {
                "title" => OutletCueLines.Title,
                "body" => OutletCueLines.Body,
                "lead" => OutletCueLines.Lead,
                "-" => OutletCueLines.All,
                var other => throw new FormatException($"{row.Source}:{row.Line}: unknown where '{other}'."),
            },
            new Regex(pattern, RegexOptions.CultureInvariant),
            row["note"] ?? "")
        {
            Prefilter = CuePrefilter.Of(raw, prefilters.Lists, prefilters.Classes),
        };
    }

    private static Dictionary<string, OutletInfo> AliasIndex(IReadOnlyList<OutletInfo> outlets)
    {
        var byAlias = new Dictionary<string, OutletInfo>(StringComparer.Ordinal);
        // Canonical names win over another outlet's alias.
        foreach (var outlet in outlets)
            byAlias.TryAdd(NameKey(outlet.Name), outlet);
        foreach (var outlet in outlets)
        {
            foreach (var alias in outlet.Aliases)
                byAlias.TryAdd(NameKey(alias), outlet);
        }
        return byAlias;
    }

    /// <summary>Names that open a dateline: cities.txt, the capitals of countries.tsv and the cities of places.tsv.</summary>
    private static List<string> CityNames()
    {
        var names = DataFiles.ReadList("clean/cities.txt").ToList();
        names.AddRange(DataFiles.ReadTable("actors/countries.tsv").SelectMany(r => r.List("capital")));
        names.AddRange(DataFiles.ReadTable("actors/places.tsv").Where(r => r["kind"] == "city").Select(r => r.Required("name_ar")));
        return names.Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>Countries and every place of the actors' tables, with their aliases: never an outlet.</summary>
    private static IEnumerable<string> PlaceNames() =>
        DataFiles.ReadTable("actors/countries.tsv").SelectMany(r => r.List("aliases").Prepend(r.Required("name_ar")))
            .Concat(DataFiles.ReadTable("actors/places.tsv").SelectMany(r => r.List("aliases").Prepend(r.Required("name_ar"))));

    private static IEnumerable<string> Keys(string file) => DataFiles.ReadList(file).Select(NameKey);

    // Longest first, so "الشرق الأوسط" is tried before "الشرق".
    private static string Alternation(IEnumerable<string> names) =>
        "(?:" + string.Join('|', names.Distinct().OrderByDescending(n => n.Length).ThenBy(n => n, StringComparer.Ordinal).Select(Regex.Escape)) + ")";
}
