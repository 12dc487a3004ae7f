using System.Reflection;

namespace Marsad.Cli;

/// <summary>
/// The bundled sample corpus `run` analyses when given no inputs: the folder shipped beside the
/// executable, or, for a single-file executable copied on its own, the copy embedded in it,
/// written once to a folder under the temporary directory.
/// </summary>
internal static class Samples
{
    private const string Prefix = "samples/seeds/";

    /// <summary>The folder of the seed articles.</summary>
    public static string Folder()
    {
        var beside = Path.Combine(AppContext.BaseDirectory, "samples", "seeds");
        return Directory.Exists(beside) ? beside : Extract();
    }

    /// <summary>Writes the embedded seeds to a folder named after this build (once) and returns it.</summary>
    internal static string Extract()
    {
        var assembly = typeof(Samples).Assembly;
        var names = assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToArray();
        var build = MarsadApp.Version.Replace('+', '-').Replace('/', '-');
        var folder = Path.Combine(Path.GetTempPath(), $"marsad-samples-{build}", "seeds");
        Directory.CreateDirectory(folder);
        foreach (var name in names)
        {
            var path = Path.Combine(folder, name[Prefix.Length..]);
            if (File.Exists(path))
                continue;
            using var resource = assembly.GetManifestResourceStream(name)!;
            var temporary = path + ".partial";
            using (var file = File.Create(temporary))
                resource.CopyTo(file);
            File.Move(temporary, path, overwrite: true);
        }
        return folder;
    }
}
