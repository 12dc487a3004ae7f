namespace Marsad.Ingest;

/// <summary>
/// A depth-first walk of a folder that yields each entry as it is found, in the order of the full
/// paths (a folder's entries are listed one folder at a time, never the whole tree first). Symbolic
/// links to directories are followed once: a directory already entered, by device and inode, is
/// reported instead of entered again, so links back to an ancestor end the loop with a message.
/// Entries that are not regular files or directories are reported and not opened, and so are
/// symbolic links whose target does not exist.
/// </summary>
/// <param name="root">The folder to walk.</param>
/// <param name="hidden">Whether entries whose names start with '.' are walked.</param>
/// <param name="maxDepth">How many folder levels below the root to enter.</param>
internal sealed class DirectoryWalk(string root, bool hidden, int maxDepth)
{
    /// <summary>A file found, or an entry that cannot be read with the reason.</summary>
    public readonly record struct Entry(string Path, FileNode Node, string? Error);

    /// <summary>Regular files (Error null) and the entries skipped, with why.</summary>
    public IEnumerable<Entry> Files()
    {
        var entered = new Dictionary<string, string>(StringComparer.Ordinal) { [FileNodes.Examine(root).Identity] = root };
        var pending = new Stack<(string Path, int Depth, bool IsFile, FileNode Node)>();
        if (Push(pending, root, 0) is { } unlisted)
            yield return new Entry(root, FileNodes.Examine(root), unlisted);
        while (pending.Count > 0)
        {
            var (path, depth, isFile, node) = pending.Pop();
            if (isFile)
            {
                yield return node.Kind switch
                {
                    FileNodeKind.Regular => new Entry(path, node, null),
                    FileNodeKind.Missing => new Entry(path, node, BrokenLink),
                    _ => new Entry(path, node, InputExpander.NotRegular(node)),
                };
                continue;
            }
            if (path != root && entered.TryGetValue(node.Identity, out var first))
            {
                yield return new Entry(path, node, Loop(path, first));
                continue;
            }
            entered[node.Identity] = path;
            if (Push(pending, path, depth) is { } error)
                yield return new Entry(path, node, error);
        }
    }

    /// <summary>Why a symbolic link whose target is missing is not read.</summary>
    public const string BrokenLink = "broken symbolic link (its target does not exist): skipped";

    private static string Loop(string path, string first) =>
        Path.GetRelativePath(first, path).StartsWith("..", StringComparison.Ordinal)
            ? $"directory already read as {first}: not read again"
            : $"symbolic link loop: {path} leads back to {first}; not followed";

    /// <summary>Pushes a folder's entries so that they pop in path order; the error when it cannot be listed.</summary>
    private string? Push(Stack<(string, int, bool, FileNode)> pending, string folder, int depth)
    {
        List<(string Key, string Path, bool IsFile, FileNode Node)> entries = [];
        try
        {
            foreach (var path in Directory.EnumerateFileSystemEntries(folder))
            {
                var name = Path.GetFileName(path);
                if (!hidden && name.StartsWith('.'))
                    continue;
                var node = FileNodes.Examine(path);
                if (node.Kind == FileNodeKind.Missing)
                {
                    // A link to nothing is reported; an entry deleted since the listing is not.
                    if (FileNodes.Examine(path, follow: false).Kind != FileNodeKind.Missing)
                        entries.Add((name, path, true, node));
                    continue;
                }
                var isDirectory = node.Kind == FileNodeKind.Directory;
                if (isDirectory && depth >= maxDepth)
                    continue;
                // "a.txt" sorts before "a/b.txt" as full paths do: a folder's key ends with '/'.
                entries.Add((isDirectory ? name + "/" : name, path, !isDirectory, node));
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return $"cannot list folder: {e.Message}";
        }
        foreach (var entry in entries.OrderByDescending(e => e.Key, StringComparer.Ordinal))
            pending.Push((entry.Path, depth + 1, entry.IsFile, entry.Node));
        return null;
    }
}
