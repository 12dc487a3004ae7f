namespace Marsad.Data;

/// <summary>
/// Where the stages' rule tables come from: the files shipped in the assembly (src/Marsad/Data/**),
/// with an overlay folder's rows laid over them (<c>--rules DIR</c>). An overlay file sits at a shipped
/// file's path under the folder (<c>DIR/events/triggers.tsv</c>). A table's overlay rows use the shipped
/// header's columns; each replaces the shipped rows with the same first cell and adds itself, so a user
/// corrects a row by repeating its key and extends a table with new keys. A word list gains the overlay's
/// lines, and a line "-word" removes a shipped word. Anything else in the folder is an error, reported
/// with its path, so a misspelt file name never goes silently unread.
/// </summary>
internal sealed class RuleFiles
{
    private const string RemovePrefix = "-";
    private readonly IReadOnlyDictionary<string, string> _overlays;

    private RuleFiles(IReadOnlyDictionary<string, string> overlays) => _overlays = overlays;

    /// <summary>The shipped files alone.</summary>
    public static RuleFiles Shipped { get; } = new(new Dictionary<string, string>(StringComparer.Ordinal));

    /// <summary>The shipped files with the overlay files of <paramref name="directory"/>, checked.</summary>
    /// <exception cref="FormatException">A file names no shipped file, or a row has a column the table lacks.</exception>
    public static RuleFiles WithOverlay(string directory)
    {
        if (!Directory.Exists(directory))
            throw new DirectoryNotFoundException($"--rules {directory}: no such folder");
        var overlays = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(directory, file).Replace('\\', '/');
            if (relative.StartsWith('.') || relative.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
                continue;
            if (!DataFiles.Exists(relative) || relative.StartsWith("store/", StringComparison.Ordinal))
                throw new FormatException($"{file}: names no rule file of Marsad (expected a path such as events/triggers.tsv)");
            overlays[relative] = file;
        }
        var rules = new RuleFiles(overlays);
        foreach (var table in overlays.Keys.Where(p => p.EndsWith(".tsv", StringComparison.Ordinal)))
            rules.Table(table);
        return rules;
    }

    /// <summary>A hash of the overlay files' paths and contents ("" for the shipped files alone, which the assembly's version covers).</summary>
    public string Fingerprint => _overlays.Count == 0 ? "" : Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(
        System.Text.Encoding.UTF8.GetBytes(string.Join("\f", _overlays.OrderBy(o => o.Key, StringComparer.Ordinal).Select(o => o.Key + "\n" + File.ReadAllText(o.Value))))));

    /// <summary>The overlay files in use, by their path under Data/.</summary>
    public IReadOnlyCollection<string> Overlaid => _overlays.Keys.ToArray();

    /// <summary>The rows of a table: the shipped rows, with the overlay's laid over them.</summary>
    public IReadOnlyList<TsvRow> Table(string relativePath)
    {
        var shipped = DataFiles.ReadTable(relativePath);
        if (!_overlays.TryGetValue(relativePath, out var file))
            return shipped;
        var added = Tsv.ParseFile(file);
        var columns = shipped.Count > 0 ? shipped[0].Columns : DataFiles.ReadHeader(relativePath);
        foreach (var row in added)
        {
            if (row.Columns.FirstOrDefault(c => !columns.Contains(c)) is { } unknown)
                throw new FormatException($"{row.Source}:{row.Line}: column '{unknown}' is not a column of {relativePath} ({string.Join(", ", columns)})");
            if (row.Columns.Count == 0 || row.Columns[0] != columns[0])
                throw new FormatException($"{row.Source}:{row.Line}: the first column must be '{columns[0]}', the key rows are replaced by");
        }
        var replaced = added.Select(r => r.Key).ToHashSet(StringComparer.Ordinal);
        return [.. shipped.Where(r => !replaced.Contains(r.Key)), .. added];
    }

    /// <summary>The words of a list: the shipped ones, less the overlay's "-word" lines, plus its other lines.</summary>
    public IReadOnlyList<string> List(string relativePath)
    {
        var shipped = DataFiles.ReadList(relativePath);
        if (!_overlays.TryGetValue(relativePath, out var file))
            return shipped;
        var lines = DataFiles.ListLines(File.ReadAllText(file));
        var removed = lines.Where(l => l.StartsWith(RemovePrefix, StringComparison.Ordinal)).Select(l => l[RemovePrefix.Length..].Trim()).ToHashSet(StringComparer.Ordinal);
        return [.. shipped.Where(w => !removed.Contains(w)), .. lines.Where(l => !l.StartsWith(RemovePrefix, StringComparison.Ordinal))];
    }
}
