using Microsoft.Extensions.FileSystemGlobbing;

namespace Marsad.Ingest;

/// <summary>
/// One file to read, or an input that names no file. <see cref="Id"/> is its path relative to the
/// input root: the folder named on the command line, a glob's fixed prefix, or the named file's
/// own folder (so a file named directly is known by its name).
/// </summary>
internal sealed record InputFile(string Origin, string? Path, string? Error, string? Id = null);

/// <summary>
/// Expands files, folders (recursive) and globs into files, in path order, as the walk finds them:
/// a file is read before the rest of the tree is listed. Only regular files are given to read;
/// FIFOs, devices and sockets are reported and never opened. Symbolic links to directories are
/// followed, but a directory is entered once: a link back to an ancestor (a loop) or to a directory
/// already walked is reported and skipped. Directories are known by device and inode.
/// </summary>
internal static class InputExpander
{
    private static readonly char[] GlobChars = ['*', '?', '['];

    public static IEnumerable<InputFile> Expand(string input)
    {
        var node = FileNodes.Examine(input);
        if (node.Kind == FileNodeKind.Directory)
            return Folder(input);
        if (node.Kind == FileNodeKind.Regular)
            return [new InputFile(input, input, null, System.IO.Path.GetFileName(input))];
        if (node.Kind != FileNodeKind.Missing)
            return [new InputFile(input, null, NotRegular(node))];
        if (input.IndexOfAny(GlobChars) >= 0)
            return Glob(input);
        return [new InputFile(input, null, "not found")];
    }

    /// <summary>Why a path that is not a regular file is not read.</summary>
    public static string NotRegular(FileNode node) => $"not a regular file ({node.KindName}): skipped, never opened";

    private static IEnumerable<InputFile> Folder(string folder)
    {
        var any = false;
        var walk = new DirectoryWalk(folder, hidden: false, maxDepth: int.MaxValue);
        foreach (var (path, node, error) in walk.Files())
        {
            // Only names a folder walk would read are reported: a socket or a broken link named
            // "x.sock" is as irrelevant as "x.pdf". Folders that cannot be walked always are.
            if (node.Kind != FileNodeKind.Directory && !ContentSniffer.KnownExtensions.Contains(System.IO.Path.GetExtension(path)))
                continue;
            any |= error is null;
            yield return error is null
                ? new InputFile(path, path, null, DocumentIds.Relative(folder, path))
                : new InputFile(path, null, error);
        }
        if (!any)
            yield return new InputFile(folder, null, "folder holds no readable documents");
    }

    private static IEnumerable<InputFile> Glob(string pattern)
    {
        var normalized = pattern.Replace('\\', '/');
        var parts = normalized.Split('/');
        var firstWild = Array.FindIndex(parts, p => p.IndexOfAny(GlobChars) >= 0);
        var baseDir = firstWild == 0 ? "." : string.Join('/', parts[..firstWild]);
        if (baseDir.Length == 0)
            baseDir = "/";
        if (FileNodes.Examine(baseDir).Kind != FileNodeKind.Directory)
            return [new InputFile(pattern, null, "no files match")];
        var rest = parts[firstWild..];
        var matcher = new Matcher(StringComparison.Ordinal);
        matcher.AddInclude(string.Join('/', rest));
        // Without "**" a pattern reaches only as deep as its segments.
        var depth = rest.Contains("**") ? int.MaxValue : rest.Length - 1;
        return Matches(pattern, baseDir, matcher, depth);
    }

    private static IEnumerable<InputFile> Matches(string pattern, string baseDir, Matcher matcher, int depth)
    {
        var any = false;
        foreach (var (path, node, error) in new DirectoryWalk(baseDir, hidden: true, depth).Files())
        {
            var relative = DocumentIds.Relative(baseDir, path);
            // A folder that cannot be walked (a loop) is reported whatever the pattern.
            if (node.Kind != FileNodeKind.Directory && !matcher.Match(relative).HasMatches)
                continue;
            any |= error is null;
            yield return error is null ? new InputFile(path, path, null, relative) : new InputFile(path, null, error);
        }
        if (!any)
            yield return new InputFile(pattern, null, "no files match");
    }
}
