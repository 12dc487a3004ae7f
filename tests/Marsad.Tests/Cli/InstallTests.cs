using System.Xml.Linq;
using Marsad.Cli;

namespace Marsad.Tests.Cli;

/// <summary>What installing needs: a .NET tool named marsad, and samples a single-file executable carries inside.</summary>
public sealed class InstallTests
{
    private static string Repository([System.Runtime.CompilerServices.CallerFilePath] string here = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(here)!, "..", "..", ".."));

    [Fact]
    public void The_embedded_samples_are_the_seed_articles()
    {
        var folder = Samples.Extract();
        var seeds = Directory.GetFiles(CliHarness.Seeds).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(seeds.Select(Path.GetFileName), Directory.GetFiles(folder).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.All(seeds, s => Assert.Equal(File.ReadAllBytes(s), File.ReadAllBytes(Path.Combine(folder, Path.GetFileName(s)))));
        // Extracting again reuses the files.
        Assert.Equal(folder, Samples.Extract());
    }

    [Fact]
    public void The_cli_packs_as_the_marsad_tool()
    {
        var project = XDocument.Load(Path.Combine(Repository(), "src", "Marsad.Cli", "Marsad.Cli.csproj"));
        string? Property(string name) => project.Descendants(name).FirstOrDefault()?.Value;
        Assert.Equal("true", Property("PackAsTool"));
        Assert.Equal("marsad", Property("ToolCommandName"));
        Assert.Equal("marsad", Property("PackageId"));
        Assert.Equal("true", Property("IncludeNativeLibrariesForSelfExtract"));
    }

    [Fact]
    public void The_readme_says_how_to_install_and_keeps_its_first_two_commands()
    {
        var readme = File.ReadAllText(Path.Combine(Repository(), "README.md"));
        var first = readme[(readme.IndexOf("```bash\n", StringComparison.Ordinal) + 8)..];
        first = first[..first.IndexOf("```", StringComparison.Ordinal)];
        Assert.StartsWith("dotnet run --project src/Marsad.Cli -c Release -- run", first, StringComparison.Ordinal);
        Assert.Equal(2, first.Trim().Split('\n').Length);
        Assert.Contains("dotnet tool install --global --add-source ./nupkg marsad", readme, StringComparison.Ordinal);
        Assert.Contains("dotnet publish src/Marsad.Cli -c Release -r linux-x64 --self-contained -p:PublishSingleFile=true", readme, StringComparison.Ordinal);
    }
}
