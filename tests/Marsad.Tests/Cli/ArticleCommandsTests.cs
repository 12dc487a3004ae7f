using System.Text.Json;

namespace Marsad.Tests.Cli;

/// <summary>The ingest, articles and show commands, run in process through the shared configuration.</summary>
public sealed class ArticleCommandsTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("marsad-cli-").FullName;

    private string Db => Path.Combine(_folder, "cli.db");

    private static string Seeds => CliHarness.Seeds;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    /// <summary>Exit code and everything the command printed (console, standard output and standard error together).</summary>
    private static (int Code, string Output) Run(params string[] args)
    {
        var result = CliHarness.Run(args);
        return (result.ExitCode, result.Console + result.Out + result.Error);
    }

    [Fact]
    public void Ingest_reports_added_then_duplicates_and_exits_zero()
    {
        var (first, firstOut) = Run("ingest", Seeds, "--db", Db);
        Assert.Equal(0, first);
        Assert.Matches(@"│ 5\s+│ 0\s+│ 0\s+│ 0\s+│ 5", firstOut);

        var (second, secondOut) = Run("ingest", Seeds, "--db", Db);
        Assert.Equal(0, second);
        Assert.Matches(@"│ 0\s+│ 5\s+│ 0\s+│ 0\s+│ 5", secondOut);
    }

    [Fact]
    public void Ingest_with_a_bad_input_exits_one_and_names_it()
    {
        var missing = Path.Combine(_folder, "missing.txt");
        var (code, output) = Run("ingest", Seeds, missing, "--db", Db);
        Assert.Equal(1, code);
        Assert.Contains("missing.txt", output, StringComparison.Ordinal);
        Assert.Contains("failed", output, StringComparison.Ordinal);
        Assert.Matches(@"│ 5\s+│ 0\s+│ 0\s+│ 1\s+│ 5", output);
    }

    [Fact]
    public void Ingest_without_inputs_is_a_usage_error()
    {
        var (code, _) = Run("ingest", "--db", Db);
        Assert.Equal(2, code);
    }

    [Fact]
    public void Ingest_into_a_file_that_is_not_a_database_is_refused()
    {
        var notDb = Path.Combine(_folder, "notes.txt");
        File.WriteAllText(notDb, "my notes");
        var (code, output) = Run("ingest", Seeds, "--db", notDb);
        Assert.Equal(2, code);
        Assert.Contains("not a SQLite database", output, StringComparison.Ordinal);
        Assert.Equal("my notes", File.ReadAllText(notDb));
    }

    [Fact]
    public void Articles_lists_every_stored_article_as_json()
    {
        Run("ingest", Seeds, "--db", Db);
        var (code, output) = Run("articles", "--json", "--db", Db);
        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        var ids = json.RootElement.EnumerateArray().Select(e => e.GetProperty("id").GetString()).ToArray();
        Assert.Equal(Directory.GetFiles(Seeds).Select(Path.GetFileName).Order(StringComparer.Ordinal), ids);
        Assert.All(json.RootElement.EnumerateArray(), e => Assert.False(string.IsNullOrEmpty(e.GetProperty("headline").GetString())));
    }

    [Fact]
    public void Articles_table_shows_ids_and_headlines()
    {
        Run("ingest", Seeds, "--db", Db);
        var (code, output) = Run("articles", "--db", Db);
        Assert.Equal(0, code);
        var first = Path.GetFileName(Directory.GetFiles(Seeds).Order(StringComparer.Ordinal).First());
        Assert.Contains(first, output, StringComparison.Ordinal);
        Assert.Contains("5 articles", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Show_prints_the_cleaned_text_of_a_stored_article()
    {
        Run("ingest", Seeds, "--db", Db);
        var file = Directory.GetFiles(Seeds).Order(StringComparer.Ordinal).First();
        var (code, output) = Run("show", Path.GetFileName(file), "--db", Db);
        Assert.Equal(0, code);
        var headline = File.ReadAllLines(file).First(l => l.Trim().Length > 0).Trim();
        Assert.Contains(headline, output, StringComparison.Ordinal);
        Assert.Contains("cleaned text", output, StringComparison.Ordinal);
        Assert.Contains("removed by cleaning", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Show_of_an_unknown_id_exits_one()
    {
        Run("ingest", Seeds, "--db", Db);
        var (code, output) = Run("show", "no-such-article", "--db", Db);
        Assert.Equal(1, code);
        Assert.Contains("no-such-article", output, StringComparison.Ordinal);
    }
}
