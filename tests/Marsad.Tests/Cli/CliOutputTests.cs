using System.Text.Json;
using System.Text.RegularExpressions;
using Marsad.Store;

namespace Marsad.Tests.Cli;

/// <summary>
/// Where output goes: data on standard output (and nothing else there), progress with real totals
/// and a line per stage on standard error, "-" read from standard input, --json with one key style.
/// </summary>
public sealed partial class CliOutputTests(AnalyzedSeeds seeds) : IClassFixture<AnalyzedSeeds>
{
    private const string Story = "الصفدي يبحث مع شكري التطورات\nعمان - بترا\nبحث وزير الخارجية أيمن الصفدي في اتصال هاتفي مع نظيره المصري سامح شكري أمس التطورات في المنطقة.";

    [GeneratedRegex("^[a-z][a-z0-9_]*$")]
    private static partial Regex SnakeCase();

    [Fact]
    public void Ingest_reads_standard_input_for_a_dash()
    {
        using var temp = new TempStore();
        var result = CliHarness.RunWithInput(Story, "ingest", "-", "--db", temp.Db, "--json");
        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        Assert.Equal(1, json.RootElement.GetProperty("added").GetInt32());
        var document = json.RootElement.GetProperty("documents")[0];
        Assert.Equal("-", document.GetProperty("input").GetString());
        Assert.Equal("stdin", document.GetProperty("origin").GetString());
        Assert.StartsWith("sha256:", document.GetProperty("document_id").GetString(), StringComparison.Ordinal);
        using var store = new SqliteStore(temp.Db);
        Assert.Equal("الصفدي يبحث مع شكري التطورات", Assert.Single(store.LoadArticles()).Headline);
    }

    [Fact]
    public void Run_and_entities_read_standard_input_too()
    {
        using var temp = new TempStore();
        var run = CliHarness.RunWithInput(Story, "run", "-", "--db", temp.Db, "--as-of", AnalyzedSeeds.AsOf, "--json");
        Assert.Equal(0, run.ExitCode);
        using (var json = JsonDocument.Parse(run.Out))
            Assert.Single(json.RootElement.GetProperty("articles").EnumerateArray());
        var entities = CliHarness.RunWithInput(Story, "entities", "-", "--json");
        Assert.Equal(0, entities.ExitCode);
        Assert.Contains("أيمن الصفدي", entities.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Progress_has_real_totals_and_a_line_per_stage_on_standard_error()
    {
        using var temp = new TempStore();
        var result = CliHarness.Run("run", CliHarness.Seeds, "--db", temp.Db, "--as-of", AnalyzedSeeds.AsOf, "--json");
        Assert.Equal(0, result.ExitCode);
        var lines = result.Error.Split('\n');
        Assert.Contains("ingest: 5/5 files, 5 documents, 0 failed", lines);
        Assert.Contains(lines, l => l.StartsWith("ingest: 5 files, 5 documents: 5 added, 0 already stored, 0 updated, 0 failed", StringComparison.Ordinal));
        Assert.Contains($"analyse: 5 articles, as of {AnalyzedSeeds.AsOf}", lines);
        Assert.Contains("annotate: 5/5 articles", lines);
        foreach (var stage in new[] { "text", "time", "actors", "publication", "events", "merge", "save" })
            Assert.Contains(lines, l => l.StartsWith($"  {stage} ", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("  merge ", StringComparison.Ordinal) && l.Contains("-> 7 events", StringComparison.Ordinal));
        // Standard output holds the data only: the exchange JSON.
        using var json = JsonDocument.Parse(result.Out);
        Assert.Empty(result.Console);
    }

    [Theory]
    [InlineData("timeline", "--format", "json")]
    [InlineData("timeline", "--format", "csv")]
    [InlineData("timeline", "--format", "line")]
    [InlineData("export", "--format", "gdelt")]
    [InlineData("articles", "--json")]
    public void Data_commands_write_only_data_to_standard_output(params string[] args)
    {
        var result = CliHarness.Run([.. args, "--db", seeds.Db]);
        Assert.Equal(0, result.ExitCode);
        Assert.NotEmpty(result.Out);
        Assert.Empty(result.Console);
        Assert.DoesNotContain("events; analysed", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Event_as_json_writes_only_the_event_to_standard_output()
    {
        var result = CliHarness.Run("event", seeds.EventIds[0], "--json", "--db", seeds.Db);
        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        Assert.Equal(seeds.EventIds[0], json.RootElement.GetProperty("id").GetString());
        Assert.Empty(result.Console);
    }

    [Fact]
    public void Every_json_the_cli_prints_has_snake_case_keys()
    {
        using var temp = new TempStore();
        var ingest = CliHarness.Run("ingest", CliHarness.Seeds, "--db", temp.Db, "--json");
        var outputs = new List<(string Command, string Json)> { ("ingest", ingest.Out) };
        string[][] commands =
        [
            ["analyze", "--json", "--as-of", AnalyzedSeeds.AsOf],
            ["articles", "--json"],
            ["show", CliHarness.SeedIds[0], "--json"],
            ["entities", CliHarness.SeedIds[0], "--json"],
            ["dates", CliHarness.SeedIds[0], "--json", "--as-of", AnalyzedSeeds.AsOf],
            ["timeline", "--json"],
            ["event", seeds.EventIds[0], "--json"],
            ["export"],
        ];
        foreach (var command in commands)
        {
            var result = CliHarness.Run([.. command, "--db", temp.Db]);
            Assert.True(result.ExitCode == 0, $"{string.Join(' ', command)}: {result.Error}");
            outputs.Add((command[0], result.Out));
        }
        outputs.Add(("score", CliHarness.Run("score", Marsad.Tests.Pipeline.Corpora.SeedGold, seeds.PathOf("run.json"), "--json").Out));
        foreach (var (command, text) in outputs)
        {
            using var json = JsonDocument.Parse(text);
            Assert.All(Keys(json.RootElement), key => Assert.True(SnakeCase().IsMatch(key), $"{command}: key '{key}' is not snake_case"));
        }
    }

    /// <summary>Every property name, except the keys of maps whose keys are values (event types, kinds).</summary>
    private static IEnumerable<string> Keys(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p =>
            p.Name is "events_by_type" or "recall_by_kind" ? [p.Name] : Keys(p.Value).Prepend(p.Name)),
        JsonValueKind.Array => element.EnumerateArray().SelectMany(Keys),
        _ => [],
    };

    [Fact]
    public void Views_warn_when_articles_were_stored_after_the_analysis()
    {
        using var temp = new TempStore();
        Assert.Equal(0, CliHarness.Run("run", CliHarness.Seeds, "--db", temp.Db, "--as-of", AnalyzedSeeds.AsOf).ExitCode);
        var fresh = CliHarness.Run("timeline", "--db", temp.Db, "--format", "line");
        Assert.DoesNotContain("warning", fresh.Error, StringComparison.Ordinal);

        File.WriteAllText(temp.PathOf("later.txt"), Story);
        Assert.Equal(0, CliHarness.Run("ingest", temp.PathOf("later.txt"), "--db", temp.Db).ExitCode);
        var stale = CliHarness.Run("timeline", "--db", temp.Db, "--format", "line");
        Assert.Equal(0, stale.ExitCode);
        Assert.Matches(@"^warning: the stored analysis \(.+ UTC\) is older than the last ingest \(.+ UTC\): run `marsad analyze`", stale.Error);
        Assert.DoesNotContain("warning", stale.Out, StringComparison.Ordinal);

        Assert.Equal(0, CliHarness.Run("analyze", "--db", temp.Db, "--as-of", AnalyzedSeeds.AsOf).ExitCode);
        Assert.DoesNotContain("warning", CliHarness.Run("timeline", "--db", temp.Db).Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Show_as_json_has_the_article_and_every_origin()
    {
        var result = CliHarness.Run("show", CliHarness.SeedIds[0], "--db", seeds.Db, "--json");
        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        Assert.Equal(CliHarness.SeedIds[0], json.RootElement.GetProperty("id").GetString());
        Assert.Equal("txt", json.RootElement.GetProperty("source").GetProperty("format").GetString());
        Assert.Single(json.RootElement.GetProperty("origins").EnumerateArray());
        Assert.False(string.IsNullOrEmpty(json.RootElement.GetProperty("text").GetString()));
    }
}
