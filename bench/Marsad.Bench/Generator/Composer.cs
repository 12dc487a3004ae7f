using System.Text;

namespace Marsad.Bench.Generator;

/// <summary>One written article: its text and the metadata its record carries.</summary>
/// <param name="Id">The document id.</param>
/// <param name="Title">The headline.</param>
/// <param name="Body">The paragraphs, one a line.</param>
/// <param name="Published">The record's published field, when it has one.</param>
/// <param name="OutletField">The record's outlet field, when it has one.</param>
/// <param name="Outlet">The outlet as the page names it (text or metadata), or null.</param>
internal sealed record WrittenArticle(string Id, string Title, string Body, DateOnly? Published, string? OutletField, string? Outlet)
{
    public int Utf8Bytes => Encoding.UTF8.GetByteCount(Title) + 1 + Encoding.UTF8.GetByteCount(Body);
}

/// <summary>
/// Writes the article of one report: headline, the outlet's dateline or credit, the lead that
/// reports the event, a sentence that refers back to it, what a party said, and background
/// paragraphs up to 1–2 KB of text.
/// </summary>
internal sealed class Composer(Cast cast)
{
    private const int MinBytes = 1350;
    private const int MaxBytes = 2000;

    /// <param name="e">The event reported.</param>
    /// <param name="report">How this outlet reports it.</param>
    /// <param name="metadata">Whether the article is a JSON record (with metadata fields) or a text file.</param>
    public WrittenArticle Write(PlannedEvent e, ReportPlan report, bool metadata)
    {
        var random = new Random(report.Seed);
        var slots = Slots(e, report, random);
        var shape = !metadata && report.Shape == OutletShape.Metadata ? OutletShape.Credit : report.Shape;
        var (outlet, style) = (report.Outlet, report.Outlet.Style);
        var lines = new List<string>();
        if (report.PageDate || (!metadata && report.DatedMetadata))
            lines.Add((random.Next(2) == 0 ? "نشر في " : "تاريخ النشر: ") + ArabicDates.Full(report.Published, style, random.Next(10) == 0));
        if (shape == OutletShape.CityDashName)
            lines.Add($"{outlet.City} - {outlet.Name}");
        if (shape == OutletShape.NameDashDate)
            lines.Add($"{outlet.Name} - {ArabicDates.Full(report.Published, style)}");
        lines.Add(Opening(shape, outlet, report.Published) + Fill(report.Lead.Text, slots));
        lines.Add(Fill(report.FollowUp.Text, slots));
        var statements = Prose.Statements.Where(t => e.Kind != EventKind.Multilateral || !t.Contains("البلدين", StringComparison.Ordinal))
            .OrderBy(_ => random.Next()).ToArray();
        foreach (var (speaker, i) in Speakers(e, random).Select((s, i) => (s, i)))
            lines.Add(Statement(e, speaker, statements[i], random));
        var background = (e.Kind switch
        {
            EventKind.Multilateral => Prose.MultilateralBackground,
            _ when e.Source is not null => Prose.DisputeBackground,
            _ => Prose.Background,
        }).OrderBy(_ => random.Next()).ToArray();
        var title = Fill(report.Headline.Text, slots);
        foreach (var paragraph in background)
        {
            if (Bytes(title, lines) >= MinBytes)
                break;
            var text = Fill(paragraph, slots);
            if (Bytes(title, lines) + Encoding.UTF8.GetByteCount(text) > MaxBytes - 60)
                break;
            lines.Add(text);
        }
        if (shape == OutletShape.Credit)
            lines.Add("المصدر: " + outlet.Name);
        return new WrittenArticle(report.Id, title, string.Join('\n', lines),
            metadata && report.DatedMetadata ? report.Published : null,
            metadata && shape == OutletShape.Metadata ? outlet.Name : null,
            shape == OutletShape.None ? null : outlet.Name);
    }

    private static int Bytes(string title, List<string> lines) =>
        Encoding.UTF8.GetByteCount(title) + lines.Sum(l => Encoding.UTF8.GetByteCount(l) + 1);

    /// <summary>What opens the lead when the outlet's dateline does.</summary>
    private static string Opening(OutletShape shape, Outlet outlet, DateOnly published) => shape switch
    {
        OutletShape.CityParenLead => $"{outlet.City} ({outlet.Name}) - ",
        OutletShape.CityDateParenLead => $"{outlet.City} {ArabicDates.Full(published, outlet.Style)} ({outlet.Name}) ",
        OutletShape.CityFiSlashes => $"{outlet.City} في {ArabicDates.DayMonth(published, outlet.Style)} / {outlet.Name} / ",
        _ => "",
    };

    /// <summary>Who is quoted: one or two of the named parties; no one when the report names no one.</summary>
    private static IEnumerable<Official> Speakers(PlannedEvent e, Random random)
    {
        if (e.Parties.Count == 0 || (e.Source is not null && !e.NamesSpeaker))
            return [];
        var first = random.Next(Math.Min(2, e.Parties.Count));
        return e.Parties.Count > 1 && random.Next(2) == 0 ? [e.Parties[first], e.Parties[1 - first]] : [e.Parties[first]];
    }

    /// <summary>What <paramref name="speaker"/> said.</summary>
    private string Statement(PlannedEvent e, Official speaker, string template, Random random)
    {
        var other = e.Countries.FirstOrDefault(c => c != speaker.Country) ?? speaker.Country;
        var name = random.Next(3) == 0 ? speaker.Noun : speaker.Short;
        return template.Replace("{x}", name, StringComparison.Ordinal).Replace("{Y}", cast.CountryName(other), StringComparison.Ordinal);
    }

    private static string Fill(string template, Dictionary<string, string> slots)
    {
        var text = new StringBuilder(template);
        foreach (var (key, value) in slots)
            text.Replace("{" + key + "}", value);
        return text.ToString();
    }

    private Dictionary<string, string> Slots(PlannedEvent e, ReportPlan report, Random random)
    {
        var topics = Prose.Topics.Where(t => e.Kind != EventKind.Multilateral || !t.Contains("البلدين", StringComparison.Ordinal))
            .OrderBy(_ => random.Next()).Take(2).ToArray();
        var slots = new Dictionary<string, string>
        {
            ["W"] = ArabicDates.When(e.Day, report.Published, report.Outlet.Style, random.Next),
            ["T"] = topics[0],
            ["T2"] = topics[1],
            ["TS"] = Prose.ShortTopics[random.Next(Prose.ShortTopics.Length)],
            ["F"] = e.Forum ?? "",
        };
        if (e.Where is { } where)
            slots["C"] = where.City == cast.Capital(where.Country) && random.Next(10) < 3
                ? $"العاصمة {cast.DemonymFeminine(where.Country)} {where.City}" : where.City;
        if (e.Parties.Count > 0)
            AddParties(slots, e);
        if (e.Kind == EventKind.Multilateral)
            AddMultilateral(slots, e);
        if (e.Source is { } source)
            AddDirected(slots, e, source, e.Target!, random);
        else
            (slots["X"], slots["Y"]) = (cast.CountryName(e.Countries[0]), cast.CountryName(e.Countries[^1]));
        return slots;
    }

    private void AddParties(Dictionary<string, string> slots, PlannedEvent e)
    {
        var a = e.Parties[0];
        var b = e.Parties.Count > 1 ? e.Parties[1] : a;
        slots["A"] = a.Full;
        slots["Ap"] = a.PeerOf(b);
        slots["B"] = b.Full;
        slots["Bp"] = b.PeerOf(a);
        slots["a"] = a.Short;
        slots["b"] = b.Short;
        slots["an"] = a.Noun;
        slots["bn"] = b.Noun;
        slots["CA"] = cast.CountryName(a.Country);
        slots["CB"] = cast.CountryName(b.Country);
    }

    private void AddMultilateral(Dictionary<string, string> slots, PlannedEvent e)
    {
        var names = e.Parties.Select(p => cast.CountryName(p.Country)).ToArray();
        slots["CL"] = string.Join(" و", names);
        slots["N"] = e.Parties.Count == 3 ? "ثلاثي" : "رباعي";
        slots["Na"] = e.Parties.Count == 3 ? "ثلاثيا" : "رباعيا";
        slots["PL"] = string.Join(" و", e.Parties.Select(p => p.Full));
    }

    private void AddDirected(Dictionary<string, string> slots, PlannedEvent e, string source, string target, Random random)
    {
        slots["S"] = cast.CountryName(source);
        slots["Ts"] = cast.CountryName(target);
        slots["Sf"] = cast.DemonymFeminine(source);
        slots["Tm"] = cast.Demonym(target);
        slots["X"] = slots["S"];
        slots["Y"] = slots["Ts"];
        slots["E"] = Prose.SanctionTargets[random.Next(Prose.SanctionTargets.Length)];
        var reasons = e.Kind switch
        {
            EventKind.Accuse => Prose.Accusations,
            EventKind.Summon => Prose.Protests,
            _ => Prose.SanctionReasons,
        };
        slots["R"] = reasons[random.Next(reasons.Length)];
    }
}
