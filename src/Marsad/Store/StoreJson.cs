using System.Text.Json;
using System.Text.Json.Serialization;

namespace Marsad.Store;

/// <summary>How records are written into JSON columns. Enums as names so stored rows stay readable.</summary>
public static class StoreJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        WriteIndented = false,
    };

    public static string Write<T>(T value) => JsonSerializer.Serialize(value, Options);

    public static T Read<T>(string json) =>
        JsonSerializer.Deserialize<T>(json, Options) ?? throw new StoreException($"stored JSON for {typeof(T).Name} is null");
}
