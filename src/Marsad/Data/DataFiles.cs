using System.Reflection;

namespace Marsad.Data;

/// <summary>
/// Reads the versioned rule and lexicon files that ship inside the assembly (src/Marsad/Data/**).
/// Tables are tab-separated with a header row; lines starting with '#' and blank lines are comments.
/// </summary>
internal static class DataFiles
{
    private static readonly Assembly Owner = typeof(DataFiles).Assembly;

    // Marsad.csproj embeds Data/** as "Marsad.Data." + the path under Data/; MSBuild's RecursiveDir
    // writes the folder separator of the build machine ('/' or '\'), so index names by '/' paths.
    private const string ResourcePrefix = "Marsad.Data.";

    private static readonly IReadOnlyDictionary<string, string> Resources = Owner.GetManifestResourceNames()
        .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal))
        .ToDictionary(n => n[ResourcePrefix.Length..].Replace('\\', '/'), n => n, StringComparer.Ordinal);

    /// <summary>Full text of an embedded data file, by its path under Data/ with '/' separators.</summary>
    public static string ReadText(string relativePath)
    {
        var path = relativePath.Replace('\\', '/');
        using var stream = (Resources.TryGetValue(path, out var name) ? Owner.GetManifestResourceStream(name) : null)
            ?? throw new FileNotFoundException($"Embedded data file '{relativePath}' is missing (expected under src/Marsad/Data/).");
        using var reader = new StreamReader(stream, System.Text.Encoding.UTF8);
        return reader.ReadToEnd();
    }

    /// <summary>Rows of an embedded TSV table, as dictionaries keyed by the header names.</summary>
    public static IReadOnlyList<TsvRow> ReadTable(string relativePath) => Tsv.Parse(ReadText(relativePath), relativePath);

    /// <summary>
    /// Paths (relative to Data/, with '/' before the file name) of the embedded files directly in a folder,
    /// e.g. <c>Files("actors/people", ".tsv")</c>; sorted, so loading order is deterministic.
    /// </summary>
    public static IReadOnlyList<string> Files(string folder, string extension)
    {
        var prefix = folder.Trim('/') + "/";
        return Resources.Keys
            .Where(n => n.StartsWith(prefix, StringComparison.Ordinal) && n.EndsWith(extension, StringComparison.Ordinal)
                && !n.AsSpan(prefix.Length).Contains('/'))
            .Order(StringComparer.Ordinal)
            .ToArray();
    }

    /// <summary>Paths of every embedded file with this extension, in any folder; sorted.</summary>
    public static IReadOnlyList<string> AllFiles(string extension) =>
        Resources.Keys.Where(n => n.EndsWith(extension, StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToArray();

    /// <summary>Non-comment, non-blank lines of an embedded word list, trimmed.</summary>
    public static IReadOnlyList<string> ReadList(string relativePath) => ListLines(ReadText(relativePath));

    /// <summary>Non-comment, non-blank lines of a word list's text, trimmed.</summary>
    public static IReadOnlyList<string> ListLines(string text) =>
        text.Split('\n')
            .Select(l => l.Trim())
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .ToArray();

    /// <summary>True when a data file of that path ships in the assembly.</summary>
    public static bool Exists(string relativePath) => Resources.ContainsKey(relativePath.Replace('\\', '/'));

    /// <summary>The column names of an embedded table's header row.</summary>
    public static IReadOnlyList<string> ReadHeader(string relativePath) =>
        ReadText(relativePath).Split('\n').Select(l => l.TrimEnd('\r'))
            .First(l => l.Length > 0 && !l.StartsWith('#')).Split('\t').Select(c => c.Trim()).ToArray();
}

/// <summary>One row of a TSV table; missing or empty cells read as null.</summary>
internal sealed class TsvRow(IReadOnlyDictionary<string, int> columns, string[] cells, string source, int line)
{
    public string Source { get; } = source;
    public int Line { get; } = line;

    public string? this[string column] =>
        columns.TryGetValue(column, out var i) && i < cells.Length && cells[i].Length > 0 ? cells[i] : null;

    /// <summary>The table's column names, in header order.</summary>
    public IReadOnlyList<string> Columns => columns.OrderBy(c => c.Value).Select(c => c.Key).ToArray();

    /// <summary>The cells as read, in header order.</summary>
    public IReadOnlyList<string> Cells => cells;

    /// <summary>The row's first cell: the key an overlay row replaces a shipped row by.</summary>
    public string Key => cells.Length > 0 ? cells[0] : "";

    /// <summary>True when the table has this column (a user file shows which table it extends by its columns).</summary>
    public bool HasColumn(string column) => columns.ContainsKey(column);

    public string Required(string column) =>
        this[column] ?? throw new FormatException($"{Source}:{Line}: column '{column}' is empty.");

    /// <summary>A cell naming a value of a closed vocabulary; a file:line error when it names none.</summary>
    internal T Closed<T>(string column)
        where T : struct, IClosedName<T> => ClosedName.Parse<T>(Required(column), $"{Source}:{Line}: {column}");

    /// <summary>As <see cref="Closed{T}"/> for a cell that may be empty (null).</summary>
    internal T? OptionalClosed<T>(string column)
        where T : struct, IClosedName<T> => this[column] is { } name ? ClosedName.Parse<T>(name, $"{Source}:{Line}: {column}") : null;

    /// <summary>A cell holding several values separated by '|'.</summary>
    public IReadOnlyList<string> List(string column) =>
        this[column]?.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [];
}

internal static class Tsv
{
    public static IReadOnlyList<TsvRow> Parse(string text, string source)
    {
        var rows = new List<TsvRow>();
        Dictionary<string, int>? columns = null;
        var lineNo = 0;
        foreach (var raw in text.Split('\n'))
        {
            lineNo++;
            var line = raw.TrimEnd('\r');
            if (line.Length == 0 || line.StartsWith('#'))
                continue;
            var cells = line.Split('\t').Select(c => c.Trim()).ToArray();
            if (columns is null)
            {
                columns = cells.Select((c, i) => (c, i)).ToDictionary(p => p.c, p => p.i, StringComparer.Ordinal);
                continue;
            }
            rows.Add(new TsvRow(columns, cells, source, lineNo));
        }
        return rows;
    }

    public static IReadOnlyList<TsvRow> ParseFile(string path) => Parse(File.ReadAllText(path), path);
}
