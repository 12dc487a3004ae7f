using Marsad.Ingest;
using Marsad.Time;

namespace Marsad.Clean;

/// <summary>Turns a source document into a cleaned article: boilerplate removed, outlet found.</summary>
/// <remarks>
/// Only whole lines are removed (rules in Data/clean/boilerplate.tsv, a whole-line dateline), so every
/// kept line is the original text; paragraphs are joined by a single '\n'.
/// </remarks>
internal static class ArticleCleaner
{
    public static Article Clean(SourceDocument document)
    {
        var bodyLines = Lines(document.Body);
        var lines = new List<(string Text, bool IsTitle)>();
        if (!string.IsNullOrWhiteSpace(document.Title))
            lines.Add((document.Title.Trim(), true));
        lines.AddRange(bodyLines.Select(l => (l, false)));

        var removed = new List<string>();
        var kept = DropBoilerplate(lines, removed);
        var headline = kept.Count > 0 ? kept[0] : "";
        var body = kept.Skip(1).ToList();

        var outlet = OutletDetector.Detect(document.Outlet, document.Title, bodyLines, document.Url);
        DropOutletLines(body, outlet, removed);

        var cleaned = headline + "\n" + string.Join('\n', body);
        var published = document.Published is { } d ? DateInterval.Day(d) : (DateInterval?)null;
        return new Article(document.Id, document.Url, headline, cleaned, outlet?.Outlet, outlet?.Describe(), published, document.ContentHash, removed);
    }

    /// <summary>The lines no boilerplate rule removes; each removed line goes to <paramref name="removed"/> with the rule's note.</summary>
    private static List<string> DropBoilerplate(List<(string Text, bool IsTitle)> lines, List<string> removed)
    {
        var kept = new List<string>();
        for (var i = 0; i < lines.Count; i++)
        {
            var (text, isTitle) = lines[i];
            var rule = BoilerplateRules.Match(text);
            // A headline is furniture only when it is a section label; caption-like rules do not apply to it.
            if (rule is null || (isTitle && rule.Action != BoilerplateAction.DropHead))
            {
                kept.Add(text);
                continue;
            }
            switch (rule.Action)
            {
                case BoilerplateAction.DropHead when kept.Count > 0:
                    kept.Add(text);
                    break;
                case BoilerplateAction.DropRest when kept.Count > 1:
                    removed.AddRange(lines.Skip(i).Select(l => $"{rule.Note}: {l.Text}"));
                    i = lines.Count;
                    break;
                default:
                    removed.Add($"{rule.Note}: {text}");
                    break;
            }
        }
        return kept;
    }

    /// <summary>Removes the outlet's own line from the body when it is furniture rather than text.</summary>
    private static void DropOutletLines(List<string> body, OutletFinding? outlet, List<string> removed)
    {
        // A dateline or masthead alone on its line ("دبي -الشرق", "تايتل نيوز - متابعة") and a
        // signature line ("صحيفة الوطن") are furniture; a dateline that opens a sentence, or carries
        // the date ("عنب بلدي - 12 آذار 2025"), stays: the time stage reads the publication day from it.
        if (outlet is { Kind: OutletEvidenceKind.Dateline, WholeLine: true } && body.Count > 1 && !outlet.Evidence.Any(char.IsDigit)
            && body.IndexOf(outlet.Evidence) is var dateline && dateline >= 0 && dateline < OutletDetector.HeadLines)
        {
            body.RemoveAt(dateline);
            removed.Add($"dateline: {outlet.Evidence}");
        }
        if (outlet is { Kind: OutletEvidenceKind.Signature, WholeLine: true } && body.Count > 1
            && body.LastIndexOf(outlet.Evidence) is var signature && signature >= body.Count - OutletDetector.TailLines && signature > 0)
        {
            body.RemoveAt(signature);
            removed.Add($"signature: {outlet.Evidence}");
        }
    }

    private static List<string> Lines(string body) =>
        EncodingDetector.NormalizeLineEndings(body)
            .Split('\n')
            .Select(l => l.Trim())
            .Where(l => l.Length > 0)
            .ToList();
}
