using System.Text.Json.Nodes;

namespace Marsad.Bench.Scale;

/// <summary>
/// What the scorer's F1 does not show: gold events whose reports the analysis split over several
/// events, events that joined the reports of several gold events (near misses merged), and, per
/// phrasing, the share of articles whose event the analysis found at all (a report found is one
/// that some event of the gold type, with every gold state, cites).
/// </summary>
internal sealed record MergeDiagnostics(int Split, int Mixed, int MixedNearMisses, IReadOnlyList<(string Template, int Found, int Total)> ByTemplate)
{
    public static MergeDiagnostics Compute(string goldPath, string systemPath)
    {
        var gold = JsonNode.Parse(File.ReadAllText(goldPath))!;
        var system = JsonNode.Parse(File.ReadAllText(systemPath))!;
        var template = gold["articles"]!.AsArray().ToDictionary(a => (string)a!["file"]!, a => (string?)a!["template"] ?? "?");
        var goldOf = new Dictionary<string, JsonNode>();
        foreach (var e in gold["events"]!.AsArray())
        {
            foreach (var s in e!["sources"]!.AsArray())
                goldOf[(string)s!] = e;
        }
        var occurred = system["events"]!.AsArray().Where(e => (string?)e!["status"] == "occurred").Select(e => e!).ToArray();
        var citing = new Dictionary<string, List<JsonNode>>();
        foreach (var e in occurred)
        {
            foreach (var s in e["sources"]!.AsArray())
            {
                if (!citing.TryGetValue((string)s!, out var list))
                    citing[(string)s!] = list = [];
                list.Add(e);
            }
        }
        var mixed = occurred.Select(e => Sources(e).Where(goldOf.ContainsKey).Select(s => goldOf[s]).Distinct().ToArray()).Where(g => g.Length > 1).ToArray();
        var split = gold["events"]!.AsArray().Count(g => Sources(g!).SelectMany(s => citing.GetValueOrDefault(s) ?? []).Distinct().Count() > 1);
        var byTemplate = gold["events"]!.AsArray()
            .SelectMany(g => Sources(g!).Select(s => (Template: template.GetValueOrDefault(s, "?"), Found: Found(g!, citing.GetValueOrDefault(s)))))
            .GroupBy(x => x.Template)
            .Select(x => (x.Key, x.Count(y => y.Found), x.Count()))
            .OrderBy(x => x.Key, StringComparer.Ordinal)
            .ToArray();
        return new MergeDiagnostics(split, mixed.Length, mixed.Count(g => g.Any(e => e["near_miss_of"] is not null)), byTemplate);
    }

    private static IEnumerable<string> Sources(JsonNode e) => e["sources"]!.AsArray().Select(s => (string)s!);

    private static IEnumerable<string> Countries(JsonNode e) =>
        e["participants"]!.AsArray().Select(p => (string?)p!["country"]).OfType<string>();

    private static bool Found(JsonNode gold, List<JsonNode>? events) =>
        events?.Any(e => (string?)e["type"] == (string?)gold["type"] && Countries(gold).All(Countries(e).Contains)) == true;
}
