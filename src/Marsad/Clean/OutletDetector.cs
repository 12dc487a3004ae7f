using System.Text.RegularExpressions;

namespace Marsad.Clean;

/// <summary>A known outlet (a row of Data/clean/outlets.tsv or outlets-world.tsv).</summary>
internal sealed record OutletInfo(string Name, IReadOnlyList<string> Aliases, string? Country, IReadOnlyList<string> Domains);

/// <summary>Where the outlet name was read.</summary>
internal enum OutletEvidenceKind
{
    Metadata,
    Dateline,
    Signature,
    Appeal,
    Url,
    Credit,
    Headline,
}

/// <summary>An outlet found in a document, with the line or field that names it.</summary>
internal sealed record OutletFinding(string Outlet, OutletEvidenceKind Kind, string Evidence, bool WholeLine)
{
    /// <summary>Short explanation, e.g. "dateline: دبي -الشرق".</summary>
    public string Describe() => $"{Kind.ToString().ToLowerInvariant()}: {Evidence}";

    /// <summary>True when an article's outlet evidence (<see cref="Describe"/>) is a line crediting the text to another source.</summary>
    public static bool IsCredit(string? described) =>
        described is not null && described.StartsWith(OutletEvidenceKind.Credit.ToString().ToLowerInvariant() + ": ", StringComparison.Ordinal);
}

/// <summary>
/// Finds the publishing outlet from the places a page names itself (Data/clean/outlet-cues.tsv):
/// a credit line at the end ("المصدر: X", "(رويترز)"), which wins because the text is that outlet's;
/// metadata; datelines and mastheads in the title and the first lines; a footer; an appeal or a
/// sidebar naming the site; the URL's domain. Running text ("وبحسب وكالة الأنباء السورية سانا")
/// and reporters' bylines are never read.
/// </summary>
internal static class OutletDetector
{
    /// <summary>Lines at the top of the page (the title first) searched for a dateline or masthead.</summary>
    public const int HeadLines = 16;

    /// <summary>Lines at the end of the page searched for a credit or a signature.</summary>
    public const int TailLines = 12;

    /// <summary>A head line of this many words or more is the lead: a "lead" cue reads no line below it.</summary>
    public const int LeadWords = 12;

    public static IReadOnlyList<OutletInfo> Outlets => OutletLexicon.Default.Outlets;

    /// <summary>
    /// The outlet of a document: a credit line, else metadata, a dateline or masthead (title and
    /// <see cref="HeadLines"/>), a signature (<see cref="TailLines"/>), an appeal (any line), the URL
    /// domain. A credit naming the same outlet as the metadata or the masthead keeps the latter's form.
    /// </summary>
    public static OutletFinding? Detect(string? metadataOutlet, string? title, IEnumerable<string> bodyLines, string? url)
    {
        var lexicon = OutletLexicon.Default;
        var lines = new List<PageLine>();
        if (!string.IsNullOrWhiteSpace(title))
            lines.Add(new PageLine(title.Trim(), true, false));
        lines.AddRange(bodyLines.Select(l => l.Trim()).Where(l => l.Length > 0).Select(l => new PageLine(l, false, false)));
        if (lines.Count > 0)
            lines[^1] = lines[^1] with { IsLast = true };
        var head = lines.Take(HeadLines).Select(l => l with { Text = WithoutDebris(l.Text, lexicon) }).ToList();
        var tail = lines.Skip(Math.Max(0, lines.Count - TailLines)).Reverse().ToList();

        var credit = Scan("credit", tail, lexicon);
        var primary = FromMetadata(metadataOutlet) ?? Scan("dateline", head, lexicon);
        if (credit is not null)
            return primary is not null && SameOutlet(credit.Outlet, primary.Outlet, lexicon) ? primary : credit;
        return primary ?? Scan("signature", tail, lexicon) ?? Scan("appeal", lines, lexicon) ?? FromUrl(url);
    }

    /// <summary>Canonical name for a printed name or alias ("صحيفة الوطن" -> "الوطن"), or null when unknown.</summary>
    public static string? Canonical(string printed) => OutletLexicon.Default.Find(printed)?.Name;

    /// <summary>The outlet a metadata field gives (og:site_name, JSON outlet, feed title or item source).</summary>
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

    /// <summary>
    /// The outlet one line names under the cues of one kind (credit | dateline | signature | appeal),
    /// or null. The line is read as the page's title and lead at once, so every cue of the kind applies.
    /// </summary>
    public static OutletFinding? FromLine(string line, string kind)
    {
        var lexicon = OutletLexicon.Default;
        var text = WithoutDebris(line.Trim(), lexicon);
        return text.Length == 0 ? null : Scan(kind, [new PageLine(text, true, false)], lexicon, anyLine: true);
    }

    /// <summary>The outlet whose web domain the URL belongs to.</summary>
    public static OutletFinding? FromUrl(string? url)
    {
        if (url is null || !Uri.TryCreate(url, UriKind.Absolute, out var uri))
            return null;
        // The most specific domain wins: "mubasher.aljazeera.net" before "aljazeera.net".
        var host = uri.Host.ToLowerInvariant();
        var outlet = Outlets
            .SelectMany(o => o.Domains.Where(d => host == d || host.EndsWith("." + d, StringComparison.Ordinal)).Select(d => (o, d.Length)))
            .OrderByDescending(m => m.Length)
            .Select(m => m.o)
            .FirstOrDefault();
        return outlet is null ? null : new OutletFinding(outlet.Name, OutletEvidenceKind.Url, host, false);
    }

    private sealed record PageLine(string Text, bool IsTitle, bool IsLast);

    // Cue-major: a row higher in the table wins over a lower one on an earlier line.
    private static OutletFinding? Scan(string kind, IReadOnlyList<PageLine> lines, OutletLexicon lexicon, bool anyLine = false)
    {
        var lead = LeadIndex(lines);
        foreach (var cue in lexicon.Cues.Where(c => c.Kind == kind))
        {
            for (var i = 0; i < lines.Count; i++)
            {
                var line = lines[i];
                if ((!anyLine && !Reads(cue.Where, line, i, lead)) || !cue.Prefilter.MayMatch(line.Text))
                    continue;
                var match = cue.Regex.Match(line.Text);
                if (!match.Success)
                    continue;
                var name = match.Groups["name"];
                // A one-word name that runs to the end of the stored text may be the first word of a
                // name cut short ("آخر المقالات من عرب").
                var cut = line.IsLast && !name.Value.Trim().Contains(' ') && line.Text.AsSpan(name.Index + name.Length).Trim(" \"'»”)").IsEmpty;
                if (OutletNames.Accept(name.Value, cue.Accept, cut, lexicon) is not { } outlet)
                    continue;
                var evidence = line.Text.Length <= 80 ? line.Text : line.Text[..80] + "…";
                return new OutletFinding(outlet, EvidenceKind(kind, cue.Where), evidence, match.Length == line.Text.Length);
            }
        }
        return null;
    }

    private static bool Reads(OutletCueLines where, PageLine line, int index, int lead) => where switch
    {
        OutletCueLines.Title => line.IsTitle,
        OutletCueLines.Body => !line.IsTitle,
        OutletCueLines.Lead => index <= lead,
        _ => true,
    };

    // The first line of LeadWords words or more; in a text without one, its first body line.
    private static int LeadIndex(IReadOnlyList<PageLine> lines)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= LeadWords)
                return i;
        }
        return lines.Count > 0 && lines[0].IsTitle ? 1 : 0;
    }

    private static OutletEvidenceKind EvidenceKind(string kind, OutletCueLines where) => kind switch
    {
        "credit" => OutletEvidenceKind.Credit,
        "dateline" when where == OutletCueLines.Title => OutletEvidenceKind.Headline,
        "dateline" => OutletEvidenceKind.Dateline,
        "signature" => OutletEvidenceKind.Signature,
        _ => OutletEvidenceKind.Appeal,
    };

    private static string WithoutDebris(string line, OutletLexicon lexicon) =>
        lexicon.Cues.Where(c => c.Kind == "skip").Aggregate(line, (l, c) => c.Regex.Replace(l, "", 1)).Trim();

    private static bool SameOutlet(string a, string b, OutletLexicon lexicon) =>
        OutletLexicon.NameKey(a) == OutletLexicon.NameKey(b)
        || (lexicon.Find(a) is { } x && ReferenceEquals(x, lexicon.Find(b)));
}
