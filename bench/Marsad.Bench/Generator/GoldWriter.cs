using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Marsad.Bench.Generator;

/// <summary>The gold of a generated corpus in the exchange format (docs/exchange-format.md), with each article's phrasing and each near miss named.</summary>
internal static class GoldWriter
{
    public static readonly JsonSerializerOptions Json = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = true,
    };

    /// <summary>The gold document of the events and the articles in <paramref name="included"/>.</summary>
    public static JsonObject Document(IReadOnlyList<PlannedEvent> events, IReadOnlyDictionary<string, WrittenArticle> articles, ISet<string> included, Func<ReportPlan, string> file)
    {
        var articleNodes = new JsonArray();
        var eventNodes = new JsonArray();
        foreach (var e in events)
        {
            var sources = e.Reports.Where(r => included.Contains(r.Id)).ToArray();
            if (sources.Length == 0)
                continue;
            foreach (var r in sources)
                articleNodes.Add(Article(r, articles[r.Id], file(r)));
            eventNodes.Add(Event(e, sources.Select(file)));
        }
        return new JsonObject { ["articles"] = articleNodes, ["events"] = eventNodes };
    }

    private static JsonObject Article(ReportPlan report, WrittenArticle written, string file)
    {
        var day = report.Published.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        return new JsonObject
        {
            ["file"] = file,
            ["outlet"] = written.Outlet,
            ["published"] = new JsonObject { ["from"] = day, ["to"] = day },
            ["true"] = day,
            ["template"] = report.Lead.Id,
            ["dated"] = report.Dated,
        };
    }

    private static JsonObject Event(PlannedEvent e, IEnumerable<string> sources)
    {
        var (type, mode, cameo) = e.Kind switch
        {
            EventKind.Phone => ("consult", "phone", "041"),
            EventKind.Visit => ("consult", "visit", "042"),
            EventKind.Sidelines => ("consult", "third-party", "044"),
            EventKind.Multilateral => ("consult", "multilateral", "046"),
            EventKind.Accuse => ("accuse", null, "112"),
            EventKind.Summon => ("accuse", null, "114"),
            _ => ("sanction", (string?)null, "163"),
        };
        var day = e.Day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var node = new JsonObject
        {
            ["key"] = e.Key,
            ["required"] = true,
            ["type"] = type,
            ["mode"] = mode,
            ["cameo"] = cameo,
            ["status"] = "occurred",
            ["when"] = new JsonObject { ["from"] = day, ["to"] = day },
            ["where"] = e.Where is { } w ? new JsonObject { ["country"] = w.Country, ["place"] = w.City } : null,
            ["participants"] = Participants(e),
            ["sources"] = new JsonArray(sources.Select(s => (JsonNode)JsonValue.Create(s)).ToArray()),
        };
        if (e.NearMissOf is not null)
        {
            node["near_miss_of"] = e.NearMissOf;
            node["near_miss"] = e.NearMissHow;
        }
        return node;
    }

    private static JsonArray Participants(PlannedEvent e)
    {
        if (e.Source is null)
            return new JsonArray(e.Parties.Select(p => (JsonNode)Person(p.Country, p.Role, p.Name)).ToArray());
        var source = e.NamesSpeaker && e.Parties.Count > 0 ? Person(e.Source, e.Parties[0].Role, e.Parties[0].Name) : Person(e.Source, null, null);
        source["side"] = "source";
        var target = Person(e.Target!, null, null);
        target["side"] = "target";
        return [source, target];
    }

    private static JsonObject Person(string country, string? role, string? name) =>
        new() { ["country"] = country, ["role"] = role, ["name"] = name };
}
