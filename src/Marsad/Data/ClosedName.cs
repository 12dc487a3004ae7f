using System.Text.Json;
using System.Text.Json.Serialization;

namespace Marsad.Data;

/// <summary>
/// A value of a small closed vocabulary (an event type, a mode, an evidence kind): a fixed set of
/// instances, each spelled on the wire, in the store and in the data files by its <see cref="Name"/>
/// ("consult", "third-party", "reported-elsewhere"). Printing one prints its name.
/// </summary>
internal interface IClosedName<TSelf>
    where TSelf : struct, IClosedName<TSelf>
{
    /// <summary>How the value is spelled in data files and exports.</summary>
    string Name { get; }

    /// <summary>Every value of the vocabulary.</summary>
    static abstract IReadOnlyList<TSelf> All { get; }
}

/// <summary>Parsing of closed vocabularies: by name, with the known names in the error.</summary>
internal static class ClosedName
{
    /// <summary>The value named <paramref name="name"/>, or null when the vocabulary has none of that name.</summary>
    public static T? Find<T>(string? name)
        where T : struct, IClosedName<T>
    {
        foreach (var value in T.All)
            if (string.Equals(value.Name, name, StringComparison.Ordinal))
                return value;
        return null;
    }

    /// <summary>The value named <paramref name="name"/>; a <see cref="FormatException"/> naming the known values otherwise, after <paramref name="where"/> ("file:line: column").</summary>
    public static T Parse<T>(string name, string? where = null)
        where T : struct, IClosedName<T> =>
        Find<T>(name) ?? throw new FormatException($"{(where is null ? "" : where + " ")}'{name}' is not one of {Known<T>()}.");

    /// <summary>The known names, separated by '|'.</summary>
    public static string Known<T>()
        where T : struct, IClosedName<T> => string.Join("|", T.All.Select(v => v.Name));
}

/// <summary>Writes and reads a closed value as its name (a JSON string).</summary>
internal sealed class ClosedNameConverter<T> : JsonConverter<T>
    where T : struct, IClosedName<T>
{
    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var name = reader.GetString() ?? throw new JsonException($"a {typeof(T).Name} cannot be null");
        return ClosedName.Find<T>(name) ?? throw new JsonException($"'{name}' is not one of {ClosedName.Known<T>()}");
    }

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => writer.WriteStringValue(value.Name);
}
