using System.Text.RegularExpressions;
using Marsad.Data;
using Marsad.Text;

namespace Marsad.Clean;

/// <summary>A known outlet (a row of Data/clean/outlets.tsv).</summary>
internal sealed record OutletInfo(string Name, IReadOnlyList<string> Aliases, string? Country, IReadOnlyList<string> Domains);

/// <summary>Where the outlet name was read.</summary>
internal enum OutletEvidenceKind
{
    Metadata,
    Dateline,
    Signature,
    Appeal,
    Url,
}

/// <summary>An outlet found in a document, with the line or field that names it.</summary>
internal sealed record OutletFinding(string Outlet, OutletEvidenceKind Kind, string Evidence, bool WholeLine)
{
    /// <summary>Short explanation, e.g. "dateline: دبي -الشرق".</summary>
    public string Describe() => $"{Kind.ToString().ToLowerInvariant()}: {Evidence}";
}

/// <summary>
/// Finds the publishing outlet from the places an article names itself: metadata, a dateline at the
/// start of the body, a signature line at the end, a donation appeal, the URL's domain. Running text
/// ("وبحسب وكالة الأنباء السورية سانا") is never read, so attributions do not count.
/// </summary>
internal static class OutletDetector
{
    private static readonly Lazy<Lexicon> Data = new(Lexicon.Load);

    /// <summary>Lines at the start of the body searched for a dateline.</summary>
    public const int HeadLines = 2;

    /// <summary>Lines at the end of the body searched for a signature.</summary>
    public const int TailLines = 8;

    public static IReadOnlyList<OutletInfo> Outlets => Data.Value.Outlets;

    /// <summary>
    /// The outlet of a document, best evidence first: metadata, dateline (in <paramref name="headLines"/>),
    /// signature (in <paramref name="tailLines"/>), appeal (in <paramref name="allLines"/>), URL domain.
    /// </summary>
    public static OutletFinding? Detect(string? metadataOutlet, IEnumerable<string> headLines, IEnumerable<string> tailLines,
        IEnumerable<string> allLines, string? url) =>
        FromMetadata(metadataOutlet)
        ?? headLines.Select(l => FromLine(l, OutletEvidenceKind.Dateline)).FirstOrDefault(f => f is not null)
        ?? tailLines.Reverse().Select(l => FromLine(l, OutletEvidenceKind.Signature)).FirstOrDefault(f => f is not null)
        ?? allLines.Select(l => FromLine(l, OutletEvidenceKind.Appeal)).FirstOrDefault(f => f is not null)
        ?? FromUrl(url);

    /// <summary>Canonical name for a printed name or alias ("صحيفة الوطن" -> "الوطن"), or null when unknown.</summary>
    public static string? Canonical(string printed)
    {
        var key = NameKey(printed);
        return key.Length > 0 && Data.Value.ByAlias.TryGetValue(key, out var outlet) ? outlet.Name : null;
    }

    /// <summary>The outlet a metadata field gives (og:site_name, JSON outlet, feed title).</summary>
    public static OutletFinding? FromMetadata(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
            return null;
        var trimmed = value.Trim();
        // Site names often carry a slogan: "عنب بلدي – Enab Baladi", "الجزيرة نت | أخبار".
        var parts = Regex.Split(trimmed, @"\s+[-–—|:]\s+|\s*\|\s*").Where(p => p.Trim().Length > 0).ToList();
        var known = parts.Prepend(trimmed).Select(Canonical).FirstOrDefault(c => c is not null);
        return new OutletFinding(known ?? parts.FirstOrDefault()?.Trim() ?? trimmed, OutletEvidenceKind.Metadata, trimmed, false);
    }

    /// <summary>The outlet a single line names under one cue kind (dateline | signature | appeal), or null.</summary>
    public static OutletFinding? FromLine(string line, OutletEvidenceKind kind)
    {
        var trimmed = line.Trim();
        if (trimmed.Length == 0)
            return null;
        foreach (var cue in Data.Value.Cues.Where(c => c.Kind == kind))
        {
            var match = cue.Regex.Match(trimmed);
            if (!match.Success || Accept(match.Groups["name"].Value) is not { } outlet)
                continue;
            var wholeLine = match.Length == trimmed.Length;
            return new OutletFinding(outlet, kind, trimmed.Length <= 80 ? trimmed : trimmed[..80] + "…", wholeLine);
        }
        return null;
    }

    /// <summary>The outlet whose web domain the URL belongs to.</summary>
    public static OutletFinding? FromUrl(string? url)
    {
        if (url is null || !Uri.TryCreate(url, UriKind.Absolute, out var uri))
            return null;
        var host = uri.Host.ToLowerInvariant();
        var outlet = Data.Value.Outlets.FirstOrDefault(o =>
            o.Domains.Any(d => host == d || host.EndsWith("." + d, StringComparison.Ordinal)));
        return outlet is null ? null : new OutletFinding(outlet.Name, OutletEvidenceKind.Url, host, false);
    }

    // A captured name is an outlet when it is short, has no digits, is not a city, a generic credit
    // or a reporter's name.
    private static string? Accept(string captured)
    {
        var name = Regex.Replace(captured.Trim().Trim('«', '»', '"', '“', '”', '\'', '(', ')', ' '), @"\s+", " ");
        if (name.Length < 2 || name.Length > 30 || name.Split(' ').Length > 4 || name.Any(char.IsDigit))
            return null;
        var lexicon = Data.Value;
        var key = NameKey(name);
        if (lexicon.Cities.Contains(key) || lexicon.NotOutlets.Contains(key))
            return null;
        // The outlet as the article prints it ("بترا", "الجزيرة نت"), as the exchange format asks,
        // less a leading type word when what follows is a name of its own ("صحيفة الوطن" -> "الوطن",
        // but "وكالة الأنباء الأردنية" stays whole). Canonical() maps names for grouping.
        var words = name.Split(' ');
        if (words.Length > 1 && lexicon.GivenNames.Contains(NameKey(words[0])))
            return null;
        if (words.Length > 1 && lexicon.TypeWords.Contains(NameKey(words[0])))
        {
            var rest = string.Join(' ', words[1..]);
            if (Canonical(name) is not null && Canonical(rest) is null)
                return name;
            return lexicon.NotOutlets.Contains(NameKey(rest)) ? null : rest;
        }
        return name;
    }

    private static string NameKey(string name) =>
        Regex.Replace(ArabicNormalizer.Key(name.Trim().Trim('«', '»', '"', '“', '”', '\'')), @"\s+", " ").Trim();

    private sealed record Cue(OutletEvidenceKind Kind, Regex Regex, string Note);

    private sealed class Lexicon
    {
        public required IReadOnlyList<OutletInfo> Outlets { get; init; }
        public required IReadOnlyDictionary<string, OutletInfo> ByAlias { get; init; }
        public required IReadOnlySet<string> Cities { get; init; }
        public required IReadOnlySet<string> NotOutlets { get; init; }
        public required IReadOnlySet<string> TypeWords { get; init; }
        public required IReadOnlySet<string> GivenNames { get; init; }
        public required IReadOnlyList<Cue> Cues { get; init; }

        public static Lexicon Load()
        {
            var outlets = DataFiles.ReadTable("clean/outlets.tsv")
                .Select(r => new OutletInfo(r.Required("name"), r.List("aliases"), r["country"], r.List("domains")))
                .ToList();
            var byAlias = new Dictionary<string, OutletInfo>(StringComparer.Ordinal);
            foreach (var outlet in outlets)
            {
                // Canonical names win over another outlet's alias.
                byAlias[NameKey(outlet.Name)] = outlet;
            }
            foreach (var outlet in outlets)
            {
                foreach (var alias in outlet.Aliases)
                    byAlias.TryAdd(NameKey(alias), outlet);
            }
            var cityNames = DataFiles.ReadList("clean/cities.txt");
            var cityPattern = Alternation(cityNames);
            var outletPattern = Alternation(outlets.SelectMany(o => o.Aliases.Prepend(o.Name)));
            var cues = DataFiles.ReadTable("clean/outlet-cues.tsv")
                .Select(r => new Cue(
                    CueKind(r),
                    new Regex(r.Required("regex").Replace("{city}", cityPattern).Replace("{outlet}", outletPattern), RegexOptions.CultureInvariant),
                    r["note"] ?? ""))
                .ToList();
            return new Lexicon
            {
                Outlets = outlets,
                ByAlias = byAlias,
                Cities = cityNames.Select(NameKey).ToHashSet(StringComparer.Ordinal),
                NotOutlets = DataFiles.ReadList("clean/not-outlets.txt").Select(NameKey).ToHashSet(StringComparer.Ordinal),
                TypeWords = DataFiles.ReadList("clean/outlet-types.txt").Select(NameKey).ToHashSet(StringComparer.Ordinal),
                GivenNames = DataFiles.ReadList("clean/given-names.txt").Select(NameKey).ToHashSet(StringComparer.Ordinal),
                Cues = cues,
            };
        }

        /// <summary>The kind column of outlet-cues.tsv: where in the article a cue is looked for.</summary>
        private static OutletEvidenceKind CueKind(TsvRow row) => row.Required("kind") switch
        {
            "dateline" => OutletEvidenceKind.Dateline,
            "signature" => OutletEvidenceKind.Signature,
            "appeal" => OutletEvidenceKind.Appeal,
            var kind => throw new FormatException($"{row.Source}:{row.Line}: cue kind '{kind}' is not dateline|signature|appeal."),
        };

        // Longest first, so "الشرق الأوسط" is tried before "الشرق".
        private static string Alternation(IEnumerable<string> names) =>
            "(?:" + string.Join('|', names.Distinct().OrderByDescending(n => n.Length).ThenBy(n => n, StringComparer.Ordinal).Select(Regex.Escape)) + ")";
    }
}
