namespace Marsad.Tests;

/// <summary>
/// Where the tests find the repository and the optional shared evaluation data, and whether a
/// missing dependency may skip a test. On a developer's machine a test whose dependency is absent
/// (the ../shared folder beside the repository, python3, a PostgreSQL server, a browser) is reported
/// skipped with the reason; under CI (<c>CI=true</c>) it runs and fails instead, so a broken CI
/// machine cannot pass by skipping.
/// </summary>
public static class TestEnvironment
{
    public static bool IsCi { get; } = string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>The repository root (the folder holding Marsad.slnx).</summary>
    public static string Repository { get; } = FindUp(AppContext.BaseDirectory, "Marsad.slnx");

    /// <summary>The shared evaluation folder beside the repository (../shared), or null when absent.</summary>
    public static string? Shared { get; } = Directory.Exists(Path.Combine(Repository, "..", "shared", "eval"))
        ? Path.GetFullPath(Path.Combine(Repository, "..", "shared"))
        : null;

    /// <summary>A file of the shared folder; fails the test (with the reason) when the folder is absent.</summary>
    public static string SharedFile(params string[] parts)
    {
        Assert.True(Shared is not null, SharedMissing);
        var path = Path.Combine([Shared!, .. parts]);
        Assert.True(File.Exists(path) || Directory.Exists(path), $"{path} is missing from the shared folder");
        return path;
    }

    public static string SharedMissing =>
        $"needs the shared evaluation data at {Path.GetFullPath(Path.Combine(Repository, "..", "shared"))} (absent)";

    /// <summary>The reason to skip for a missing dependency, or null when the test must run (dependency present, or CI).</summary>
    public static string? SkipUnlessCi(string? unavailable) => unavailable is null || IsCi ? null : unavailable;

    private static string FindUp(string from, string marker)
    {
        for (var dir = new DirectoryInfo(from); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, marker)))
                return dir.FullName;
        }
        throw new FileNotFoundException($"{marker} not found above {from}");
    }
}

/// <summary>A fact that reads ../shared: skipped with the reason when it is absent, except under CI.</summary>
public sealed class SharedDataFactAttribute : FactAttribute
{
    public SharedDataFactAttribute()
    {
        if (TestEnvironment.SkipUnlessCi(TestEnvironment.Shared is null ? TestEnvironment.SharedMissing : null) is { } reason)
            Skip = reason;
    }
}
