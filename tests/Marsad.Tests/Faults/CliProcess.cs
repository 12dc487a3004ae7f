using System.Diagnostics;
using System.Text;

namespace Marsad.Tests.Faults;

/// <summary>What a child `marsad` process did.</summary>
/// <param name="ExitCode">Its exit code; -1 when it was killed.</param>
/// <param name="Out">Its standard output.</param>
/// <param name="Error">Its standard error.</param>
/// <param name="Killed">True when it was killed before it ended.</param>
internal sealed record ChildResult(int ExitCode, string Out, string Error, bool Killed);

/// <summary>
/// Runs the built CLI as a child process (dotnet exec Marsad.Cli.dll, the copy beside the tests), so
/// that it can be killed with SIGKILL at any point or given its own environment.
/// </summary>
internal static class CliProcess
{
    /// <summary>How long a child may run before the test counts it as hung.</summary>
    public static readonly TimeSpan Hang = TimeSpan.FromMinutes(3);

    public static string Dll => Path.Combine(AppContext.BaseDirectory, "Marsad.Cli.dll");

    private static string Dotnet => Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";

    /// <summary>Runs the command to its end (failing the test if it hangs).</summary>
    public static ChildResult Run(string[] args, IReadOnlyDictionary<string, string>? environment = null) =>
        Run(args, killAfter: null, environment);

    /// <summary>Runs the command and kills it (SIGKILL, the whole tree) after <paramref name="killAfter"/> unless it ended before.</summary>
    public static ChildResult Run(string[] args, TimeSpan? killAfter, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(Dotnet, ["exec", Dll, .. args])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
            start.Environment[name] = value;
        using var process = Process.Start(start) ?? throw new InvalidOperationException("cannot start " + Dll);
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        var killed = false;
        if (killAfter is { } delay && !process.WaitForExit(delay))
        {
            process.Kill(entireProcessTree: true);
            killed = true;
        }
        if (!process.WaitForExit(Hang))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"marsad {string.Join(' ', args)} hangs");
        }
        process.WaitForExit();
        return new ChildResult(killed ? -1 : process.ExitCode, output.Result, error.Result, killed);
    }
}
