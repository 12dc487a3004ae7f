using Marsad.Cli;
using Spectre.Console.Testing;

namespace Marsad.Tests.Cli;

/// <summary>What one command printed: to its console (tables, summaries), to standard output (exports) and to standard error.</summary>
public sealed record CliResult(int ExitCode, string Console, string Out, string Error)
{
    /// <summary>The console output without bidi isolation marks, as a reader sees it.</summary>
    public string Visible => Marsad.Cli.Terminal.Bidi.Strip(Console);
}

/// <summary>Runs `marsad` commands in process through <see cref="MarsadApp.RunAsync(string[], Spectre.Console.IAnsiConsole, CliStreams, CancellationToken)"/>, the entry Program.cs uses.</summary>
public static class CliHarness
{
    /// <summary>Wide enough that no table cell of the samples wraps.</summary>
    private const int ConsoleWidth = 400;

    public static string Seeds => Path.Combine(AppContext.BaseDirectory, "samples", "seeds");

    public static string Dev => Path.Combine(AppContext.BaseDirectory, "samples", "dev");

    /// <summary>The seed files' names: their article ids.</summary>
    public static string[] SeedIds =>
        Directory.GetFiles(Seeds).Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal).ToArray();

    public static CliResult Run(params string[] args) => RunAsync(CancellationToken.None, args).GetAwaiter().GetResult();

    /// <summary>Runs a command on a console of <paramref name="width"/> columns.</summary>
    public static CliResult RunWide(int width, params string[] args) => RunWith(width, null, CancellationToken.None, args).GetAwaiter().GetResult();

    /// <summary>Runs a command that reads <paramref name="stdin"/> for "-".</summary>
    public static CliResult RunWithInput(string stdin, params string[] args) =>
        RunWith(ConsoleWidth, new MemoryStream(System.Text.Encoding.UTF8.GetBytes(stdin)), CancellationToken.None, args).GetAwaiter().GetResult();

    /// <summary>Runs a command that lasts until <paramref name="cancellation"/> fires (serve).</summary>
    public static Task<CliResult> RunAsync(CancellationToken cancellation, params string[] args) => RunWith(ConsoleWidth, null, cancellation, args);

    private static async Task<CliResult> RunWith(int width, Stream? stdin, CancellationToken cancellation, string[] args)
    {
        using var console = new TestConsole().Width(width);
        var output = new StringWriter();
        var error = new StringWriter();
        var code = await MarsadApp.RunAsync(args, console, new CliStreams(output, error, stdin), cancellation);
        return new CliResult(code, console.Output, output.ToString(), error.ToString());
    }
}

/// <summary>A temporary folder with a SQLite store path, deleted afterwards.</summary>
public class TempStore : IDisposable
{
    public TempStore() => Folder = Directory.CreateTempSubdirectory("marsad-cli-").FullName;

    public string Folder { get; }

    public string Db => Path.Combine(Folder, "cli.db");

    public string PathOf(string name) => Path.Combine(Folder, name);

    public virtual void Dispose()
    {
        Directory.Delete(Folder, recursive: true);
        GC.SuppressFinalize(this);
    }
}

/// <summary>The seeds ingested and analysed once by `marsad run`, shared by the tests that only read the store.</summary>
public sealed class AnalyzedSeeds : TempStore
{
    public const string AsOf = "2026-12-01";

    public AnalyzedSeeds()
    {
        Run = CliHarness.Run("run", Seeds, "--db", Db, "--as-of", AsOf, "--out", PathOf("run.json"));
        Export = System.Text.Json.JsonDocument.Parse(File.ReadAllText(PathOf("run.json")));
    }

    private static string Seeds => CliHarness.Seeds;

    /// <summary>What `run` printed.</summary>
    public CliResult Run { get; }

    /// <summary>The exchange JSON `run --out` wrote.</summary>
    public System.Text.Json.JsonDocument Export { get; }

    public string[] EventIds =>
        Export.RootElement.GetProperty("events").EnumerateArray().Select(e => e.GetProperty("id").GetString()!).ToArray();

    public override void Dispose()
    {
        Export.Dispose();
        base.Dispose();
    }
}
