using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Marsad.Cli;

/// <summary>
/// The one JSON style of everything the CLI prints: snake_case keys and enum values (the style of
/// the exchange format), readable Arabic, indented, '\n' line ends.
/// </summary>
internal static class CliJson
{
    /// <summary>The serializer options of every --json output.</summary>
    public static JsonSerializerOptions Options { get; } = Create();

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions
        {
            WriteIndented = true,
            PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
            DictionaryKeyPolicy = null,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower));
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }

    /// <summary>Writes <paramref name="value"/> as one JSON document and a newline.</summary>
    public static void Write(TextWriter writer, object value) =>
        writer.Write(JsonSerializer.Serialize(value, Options).ReplaceLineEndings("\n") + "\n");
}
