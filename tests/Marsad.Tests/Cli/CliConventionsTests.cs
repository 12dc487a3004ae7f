using System.Net;
using System.Net.Sockets;
using Marsad.Cli;

namespace Marsad.Tests.Cli;

/// <summary>
/// The conventions every command keeps: exit 0/1/2, one-line errors (a stack trace only with
/// --debug), --version, unknown commands and options refused with a suggestion, option values
/// checked, read-only commands that never create a store, one-line store and path errors.
/// </summary>
public sealed class CliConventionsTests(AnalyzedSeeds seeds) : IClassFixture<AnalyzedSeeds>
{
    /// <summary>A usage error: exit 2, one line on standard error, no stack trace, nothing on standard output.</summary>
    private static void AssertUsageError(CliResult result, string? message = null)
    {
        Assert.Equal(2, result.ExitCode);
        var lines = result.Error.TrimEnd('\n').Split('\n');
        Assert.Single(lines);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
        Assert.Empty(result.Out);
        if (message is not null)
            Assert.Equal(message, lines[0]);
    }

    [Theory]
    [InlineData(new[] { "timeline", "--contry", "SYR" }, "unknown option --contry; did you mean --country?")]
    [InlineData(new[] { "run", "--as-off", "2026-01-01" }, "unknown option --as-off; did you mean --as-of?")]
    [InlineData(new[] { "export", "--fromat", "csv" }, "unknown option --fromat; did you mean --format?")]
    [InlineData(new[] { "timelin" }, "unknown command timelin; did you mean timeline?")]
    [InlineData(new[] { "bogus" }, "unknown command bogus; see marsad --help")]
    [InlineData(new[] { "--verison" }, "unknown option --verison; did you mean --version?")]
    public void Unknown_commands_and_options_are_refused_with_the_nearest_name(string[] args, string message) =>
        AssertUsageError(CliHarness.Run(args), message);

    [Fact]
    public void Options_of_another_command_are_unknown_here() =>
        AssertUsageError(CliHarness.Run("articles", "--db", seeds.Db, "--format", "json"), "unknown option --format; see marsad --help");

    [Theory]
    [InlineData("timeline", "--format", "xml")]
    [InlineData("timeline", "--type", "meeting")]
    [InlineData("timeline", "--mode", "fax")]
    [InlineData("timeline", "--status", "rumoured")]
    [InlineData("timeline", "--country", "Atlantis")]
    [InlineData("timeline", "--pair", "SYR")]
    [InlineData("timeline", "--pair", "SYR-XXX")]
    [InlineData("timeline", "--from", "2021-13-01")]
    [InlineData("timeline", "--to", "2026-02-30")]
    [InlineData("timeline", "--precision", "hour")]
    [InlineData("timeline", "--names", "fr")]
    [InlineData("timeline", "--within")]
    [InlineData("export", "--format", "xml")]
    [InlineData("event", "x", "--format", "xml")]
    [InlineData("analyze", "--as-of", "2026-02-30")]
    [InlineData("dates", "x", "--earliest", "yesterday")]
    [InlineData("entities", "x", "--date", "2021-02-30")]
    public void Bad_option_values_are_usage_errors(params string[] args) =>
        AssertUsageError(CliHarness.Run([.. args, "--db", seeds.Db]));

    [Fact]
    public void A_period_that_ends_before_it_starts_is_a_usage_error() =>
        AssertUsageError(CliHarness.Run("timeline", "--db", seeds.Db, "--from", "2022", "--to", "2021"), "--from 2022 is after --to 2021");

    [Fact]
    public void Bad_dates_name_their_option() =>
        AssertUsageError(CliHarness.Run("timeline", "--db", seeds.Db, "--from", "2021-13-01"),
            "--from 2021-13-01: not a calendar day (yyyy-MM-dd), month (yyyy-MM) or year (yyyy)");

    [Fact]
    public void Version_prints_the_assembly_version()
    {
        var result = CliHarness.Run("--version");
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(MarsadApp.Version, result.Console.Trim());
        Assert.False(string.IsNullOrWhiteSpace(MarsadApp.Version));
    }

    [Fact]
    public void Debug_adds_the_stack_trace()
    {
        using var temp = new TempStore();
        File.WriteAllText(temp.Db, "not a database");
        var plain = CliHarness.Run("timeline", "--db", temp.Db);
        AssertUsageError(plain);
        Assert.Contains("not a SQLite database", plain.Error, StringComparison.Ordinal);
        var debug = CliHarness.Run("timeline", "--db", temp.Db, "--debug");
        Assert.Equal(2, debug.ExitCode);
        Assert.Contains("   at ", debug.Error, StringComparison.Ordinal);
        Assert.Equal("not a database", File.ReadAllText(temp.Db));
    }

    [Theory]
    [InlineData("articles")]
    [InlineData("show", "some-id")]
    [InlineData("entities", "some-id")]
    [InlineData("dates", "some-id")]
    [InlineData("analyze")]
    [InlineData("timeline")]
    [InlineData("event", "ev-")]
    [InlineData("export")]
    [InlineData("report")]
    [InlineData("serve", "--urls", "http://127.0.0.1:1")]
    public void Commands_that_read_never_create_a_store(params string[] args)
    {
        using var temp = new TempStore();
        var misspelt = temp.PathOf("marsda.db");
        var result = CliHarness.Run([.. args, "--db", misspelt]);
        AssertUsageError(result, $"no store at {misspelt}: `marsad run` or `marsad ingest FILES --db {misspelt}` makes one");
        Assert.Empty(Directory.GetFileSystemEntries(temp.Folder));
    }

    [Fact]
    public void An_unreachable_server_store_is_one_line_without_the_password()
    {
        var result = CliHarness.Run("timeline", "--db", "Host=127.0.0.1;Port=1;Username=marsad;Password=hunter2;Database=marsad;Timeout=2");
        AssertUsageError(result);
        Assert.DoesNotContain("hunter2", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("report")]
    [InlineData("export")]
    public void Writing_into_a_missing_folder_is_a_usage_error_before_any_work(string command)
    {
        var missing = Path.Combine(seeds.Folder, "no-such-folder", "out.file");
        var result = CliHarness.Run(command, "--db", seeds.Db, "--out", missing);
        AssertUsageError(result, $"--out {missing}: no folder {Path.GetDirectoryName(missing)}");
    }

    [Fact]
    public void Run_into_a_missing_folder_stores_nothing()
    {
        using var temp = new TempStore();
        var missing = temp.PathOf("nowhere/events.json");
        AssertUsageError(CliHarness.Run("run", CliHarness.Seeds, "--db", temp.Db, "--out", missing));
        Assert.False(File.Exists(temp.Db));
    }

    [Fact]
    public async Task A_busy_port_is_one_line_and_exit_two()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var url = $"http://127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}";
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var result = await CliHarness.RunAsync(stop.Token, "serve", "--db", seeds.Db, "--urls", url);
        Assert.Equal(2, result.ExitCode);
        var error = result.Error.TrimEnd('\n').Split('\n')[^1];
        Assert.Equal($"Failed to bind to address {url}: address already in use.", error);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_files_given_to_score_are_usage_errors() =>
        AssertUsageError(CliHarness.Run("score", "no-gold.json", "no-export.json"), "no-gold.json: no such file");

    [Fact]
    public void An_input_file_that_is_not_an_export_is_a_usage_error()
    {
        using var temp = new TempStore();
        var notJson = temp.PathOf("notes.json");
        File.WriteAllText(notJson, "these are notes");
        AssertUsageError(CliHarness.Run("timeline", "--input", notJson));
        AssertUsageError(CliHarness.Run("timeline", "--input", temp.PathOf("absent.json")), $"--input {temp.PathOf("absent.json")}: no such file");
    }

    [Fact]
    public void An_unknown_event_is_exit_one() =>
        Assert.Equal(1, CliHarness.Run("event", "ev-nope", "--db", seeds.Db).ExitCode);

    [Fact]
    public void Help_is_exit_zero() => Assert.Equal(0, CliHarness.Run("timeline", "--help").ExitCode);
}
