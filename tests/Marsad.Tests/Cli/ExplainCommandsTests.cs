using System.Text.Json;
using Marsad.Actors;
using Marsad.Clean;
using Marsad.Ingest;
using Marsad.Text;

namespace Marsad.Tests.Cli;

/// <summary>entities and dates: what the stages found in one article, read from a file or from the store.</summary>
public sealed class ExplainCommandsTests : IDisposable
{
    private const string Article = "003_sana_shaibani_ankara.txt";

    private readonly TempStore _temp = new();

    public ExplainCommandsTests() =>
        Assert.Equal(0, CliHarness.Run("ingest", Path.Combine(CliHarness.Dev, "*.txt"), "--db", _temp.Db).ExitCode);

    public void Dispose() => _temp.Dispose();

    private static string DevFile(string name) => Path.Combine(CliHarness.Dev, name);

    /// <summary>What the actor stage finds in the article, as the command should list it.</summary>
    private static IReadOnlyList<ActorMention> Expected(string file)
    {
        var article = ArticleCleaner.Clean(new DocumentReader().Read([file]).Single().Document!);
        return new ActorRecognizer(KnowledgeBase.Default).Recognize(TextLayer.Build(article.Text), article.PublishedMetadata);
    }

    [Fact]
    public void Entities_lists_every_actor_mention_with_its_offsets()
    {
        var expected = Expected(DevFile(Article));
        var result = CliHarness.Run("entities", Article, "--db", _temp.Db);
        Assert.Equal(0, result.ExitCode);
        Assert.Contains($"{Article} — {expected.Count} actor mentions", result.Console, StringComparison.Ordinal);
        Assert.All(expected, m => Assert.Contains($"{m.Start}-{m.End} s{m.Sentence}", result.Console, StringComparison.Ordinal));
    }

    [Fact]
    public void Entities_as_json_has_the_mentions_of_the_article()
    {
        var expected = Expected(DevFile(Article));
        var result = CliHarness.Run("entities", DevFile(Article), "--json", "--db", _temp.Db);
        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        Assert.Equal(Article, json.RootElement.GetProperty("article").GetString());
        var mentions = json.RootElement.GetProperty("mentions").EnumerateArray().ToArray();
        Assert.Equal(expected.Select(m => m.Surface), mentions.Select(m => m.GetProperty("surface").GetString()));
        Assert.Equal(expected.Select(m => JsonNamingPolicy.SnakeCaseLower.ConvertName(m.Kind.ToString())), mentions.Select(m => m.GetProperty("kind").GetString()));
        Assert.Contains(mentions, m => m.GetProperty("actor").TryGetProperty("country", out var c) && c.GetString() == "SYR");
    }

    [Fact]
    public void Entities_with_a_date_reads_the_article_on_that_day()
    {
        var result = CliHarness.Run("entities", Article, "--json", "--date", "2025-03-01..2025-03-31", "--db", _temp.Db);
        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        Assert.Equal("2025-03-01..2025-03-31", json.RootElement.GetProperty("date").GetString());
    }

    [Fact]
    public void Entities_of_an_unknown_article_exits_one()
    {
        var result = CliHarness.Run("entities", "no-such-article", "--db", _temp.Db);
        Assert.Equal(1, result.ExitCode);
        Assert.Equal("no file or stored article 'no-such-article'", result.Error.Trim());
    }

    [Fact]
    public void Dates_explains_the_publication_interval_and_resolves_each_mention()
    {
        var result = CliHarness.Run("dates", "001_ahram_abdelatty_faisal_call.txt", "--as-of", "2026-12-01", "--db", _temp.Db);
        Assert.Equal(0, result.ExitCode);
        // The Egyptian foreign minister took office on 2024-07-03: the article cannot be older.
        Assert.Contains("published: 2024-07-03..2026-12-01", result.Visible, StringComparison.Ordinal);
        Assert.Contains("1995-01-01..2026-12-01", result.Visible, StringComparison.Ordinal);
        Assert.Matches(@"role\s+│.*│ 2024-07-03..2026-12-01 │ applied", result.Visible);
        // "أمس" (yesterday) is the day before every candidate publication day.
        Assert.Matches(@"أمس\s+│ relative-day:yesterday │ \d+-\d+\s+│ day-1 │ 2024-07-02..2026-11-30", result.Visible);
    }

    [Fact]
    public void Dates_takes_the_earliest_day_from_the_command_line()
    {
        var result = CliHarness.Run("dates", DevFile(Article), "--as-of", "2026-12-01", "--earliest", "2020-01-01", "--db", _temp.Db);
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("2020-01-01..2026-12-01)", result.Console, StringComparison.Ordinal);
    }

    [Fact]
    public void Dates_of_an_unreadable_file_exits_one()
    {
        var empty = _temp.PathOf("empty.txt");
        File.WriteAllText(empty, "");
        var result = CliHarness.Run("dates", empty, "--db", _temp.Db);
        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith($"cannot read {empty}", result.Error, StringComparison.Ordinal);
    }
}
