using Microsoft.Extensions.FileSystemGlobbing;
using Microsoft.Extensions.FileSystemGlobbing.Abstractions;

namespace Marsad.Ingest;

/// <summary>
/// One file to read, or an input that names no file. <see cref="Id"/> is its path relative to the
/// input root: the folder named on the command line, a glob's fixed prefix, or the named file's
/// own folder (so a file named directly is known by its name).
/// </summary>
internal sealed record InputFile(string Origin, string? Path, string? Error, string? Id = null);

/// <summary>Expands files, folders (recursive) and globs into files, in a deterministic order.</summary>
internal static class InputExpander
{
    private static readonly char[] GlobChars = ['*', '?', '['];

    public static IEnumerable<InputFile> Expand(string input)
    {
        if (Directory.Exists(input))
            return Folder(input);
        if (File.Exists(input))
            return [new InputFile(input, input, null, System.IO.Path.GetFileName(input))];
        if (input.IndexOfAny(GlobChars) >= 0)
            return Glob(input);
        return [new InputFile(input, null, "not found")];
    }

    private static IEnumerable<InputFile> Folder(string folder)
    {
        var files = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Where(f => ContentSniffer.KnownExtensions.Contains(Path.GetExtension(f))
                && !Path.GetRelativePath(folder, f).Split(Path.DirectorySeparatorChar).Any(part => part.StartsWith('.')))
            .Order(StringComparer.Ordinal)
            .Select(f => new InputFile(f, f, null, DocumentIds.Relative(folder, f)))
            .ToList();
        return files.Count > 0 ? files : [new InputFile(folder, null, "folder holds no readable documents")];
    }

    private static IEnumerable<InputFile> Glob(string pattern)
    {
        var normalized = pattern.Replace('\\', '/');
        var parts = normalized.Split('/');
        var firstWild = Array.FindIndex(parts, p => p.IndexOfAny(GlobChars) >= 0);
        var baseDir = firstWild == 0 ? "." : string.Join('/', parts[..firstWild]);
        if (baseDir.Length == 0)
            baseDir = "/";
        if (!Directory.Exists(baseDir))
            return [new InputFile(pattern, null, "no files match")];
        var matcher = new Matcher(StringComparison.Ordinal);
        matcher.AddInclude(string.Join('/', parts[firstWild..]));
        var result = matcher.Execute(new DirectoryInfoWrapper(new DirectoryInfo(baseDir)));
        var files = result.Files
            .Select(f => (Path: Path.Combine(baseDir, f.Path), Id: f.Path.Replace('\\', '/')))
            .OrderBy(f => f.Path, StringComparer.Ordinal)
            .Select(f => new InputFile(f.Path, f.Path, null, f.Id))
            .ToList();
        return files.Count > 0 ? files : [new InputFile(pattern, null, "no files match")];
    }
}
