using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Marsad.Evaluation;

/// <summary>A closed interval of days as the scorer reads it; a missing end takes the other end.</summary>
internal readonly record struct ScoredInterval(DateOnly From, DateOnly To)
{
    /// <summary>Days between the ends (0 for a single day).</summary>
    public int Length => To.DayNumber - From.DayNumber;

    public bool IsDay => From == To;

    public bool Contains(DateOnly day) => From <= day && day <= To;

    public bool Contains(ScoredInterval other) => From <= other.From && other.To <= To;

    public static bool Overlaps(ScoredInterval? a, ScoredInterval? b) =>
        a is { } x && b is { } y && x.From <= y.To && y.From <= x.To;
}

internal sealed record ScoredPlace(string? Country, string? Name);

internal sealed record ScoredParticipant(string? Country, string? Name, string? Side);

internal sealed record ScoredArticle(string? File, string? Outlet, ScoredInterval? Published, DateOnly? TrueDay);

internal sealed record ScoredEvent(
    string? Key,
    string? Type,
    string? Mode,
    bool Occurred,
    bool Required,
    ScoredInterval? When,
    ScoredPlace? Where,
    IReadOnlyList<ScoredParticipant> Participants,
    IReadOnlySet<string> Sources)
{
    public IReadOnlySet<string> Countries { get; } =
        Participants.Select(p => p.Country).OfType<string>().Where(c => c.Length > 0).ToHashSet(StringComparer.Ordinal);

    /// <summary>Countries on one side of a directed event ("source": who accuses, sanctions, aids).</summary>
    public IReadOnlySet<string> SideCountries(string side) =>
        Participants.Where(p => p.Side == side).Select(p => p.Country).OfType<string>().Where(c => c.Length > 0).ToHashSet(StringComparer.Ordinal);
}

/// <summary>
/// A gold file or a system export, read loosely: the scorer needs only a few fields of the
/// exchange format and ignores the rest; absent, null and empty values count as "not given".
/// </summary>
internal sealed record ScoredDocument(IReadOnlyList<ScoredArticle> Articles, IReadOnlyList<ScoredEvent> Events)
{
    public static ScoredDocument Load(string path) => Parse(File.ReadAllText(path));

    public static ScoredDocument Parse(string json)
    {
        var root = JsonNode.Parse(json) as JsonObject ?? throw new JsonException("the exchange document is not a JSON object");
        return new ScoredDocument(
            Items(root["articles"]).Select(ReadArticle).ToArray(),
            Items(root["events"]).Select(ReadEvent).ToArray());
    }

    private static ScoredArticle ReadArticle(JsonObject a) =>
        new(Text(a["file"]), Text(a["outlet"]), Interval(a["published"]), Day(a["true"]));

    private static ScoredEvent ReadEvent(JsonObject e)
    {
        var status = Text(e["status"]);
        // An absent "required" means required; a present one counts by its truth value.
        var required = !e.ContainsKey("required") || Truthy(e["required"]);
        ScoredPlace? where = e["where"] is JsonObject w && w.Count > 0 ? new ScoredPlace(Text(w["country"]), Text(w["place"])) : null;
        var participants = Items(e["participants"])
            .Select(p => new ScoredParticipant(Text(p["country"]), Text(p["name"]), Text(p["side"])))
            .ToArray();
        var sources = (e["sources"] as JsonArray ?? []).Select(Text).OfType<string>().ToHashSet(StringComparer.Ordinal);
        return new ScoredEvent(Text(e["key"]), Text(e["type"]), Text(e["mode"]), string.IsNullOrEmpty(status) || status == "occurred",
            required, Interval(e["when"]), where, participants, sources);
    }

    private static IEnumerable<JsonObject> Items(JsonNode? node) => (node as JsonArray ?? []).OfType<JsonObject>();

    private static string? Text(JsonNode? node) =>
        node is JsonValue v && v.TryGetValue<string>(out var s) ? s : node is null ? null : node.ToJsonString();

    private static DateOnly? Day(JsonNode? node) =>
        Text(node) is { Length: > 0 } s ? DateOnly.ParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture) : null;

    private static ScoredInterval? Interval(JsonNode? node)
    {
        if (node is not JsonObject o)
            return null;
        var (from, to) = (Day(o["from"]), Day(o["to"]));
        if (from is null && to is null)
            return null;
        return new ScoredInterval(from ?? to!.Value, to ?? from!.Value);
    }

    private static bool Truthy(JsonNode? node) => node switch
    {
        null => false,
        JsonValue v when v.TryGetValue<bool>(out var b) => b,
        JsonValue v when v.TryGetValue<double>(out var d) => d != 0,
        JsonValue v when v.TryGetValue<string>(out var s) => s.Length > 0,
        JsonArray a => a.Count > 0,
        JsonObject o => o.Count > 0,
        _ => true,
    };
}
