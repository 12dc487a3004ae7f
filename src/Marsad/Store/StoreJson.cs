using System.Text.Json;
using System.Text.Json.Serialization;
using Marsad.Text;
using Marsad.Time;

namespace Marsad.Store;

/// <summary>How records are written into JSON columns. Enums as names so stored rows stay readable.</summary>
internal static class StoreJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        WriteIndented = false,
    };

    public static string Write<T>(T value) => JsonSerializer.Serialize(value, Options);

    public static T Read<T>(string json) =>
        JsonSerializer.Deserialize<T>(json, Options) ?? throw new StoreException($"stored JSON for {typeof(T).Name} is null");

    /// <summary>Publication evidence as stored: kind, text and note as the exports print them, not the structure behind them.</summary>
    public static string WriteEvidence(IEnumerable<DateEvidence> evidence) => Write(StoredDateEvidence.Of(evidence));

    /// <summary>Stored publication evidence, read back as <see cref="DateEvidence.Recorded"/> evidence.</summary>
    public static IReadOnlyList<DateEvidence> ReadEvidence(string json) => StoredDateEvidence.Read(Read<List<StoredDateEvidence>>(json));
}

/// <summary>The stored shape of one piece of publication evidence (the columns of the JSON list).</summary>
internal sealed record StoredDateEvidence(string Kind, string Text, TextSpan? Span, DateInterval? Allows, bool Applied, string Note)
{
    public static List<StoredDateEvidence> Of(IEnumerable<DateEvidence> evidence) =>
        evidence.Select(e => new StoredDateEvidence(e.Kind.Name, e.Text, e.Span, e.Allows, e.Applied, e.Note)).ToList();

    public static IReadOnlyList<DateEvidence> Read(IEnumerable<StoredDateEvidence> stored) =>
        stored.Select(e => DateEvidence.Recorded(DateEvidenceKind.Parse(e.Kind), e.Text, e.Span, e.Allows, e.Applied, e.Note)).ToArray();
}
