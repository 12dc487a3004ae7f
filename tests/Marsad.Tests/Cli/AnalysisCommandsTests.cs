using System.Text.Json;
using Marsad.Export;
using Marsad.Store;

namespace Marsad.Tests.Cli;

/// <summary>run, analyze, timeline and event, in process over temporary stores of the bundled samples.</summary>
public sealed class AnalysisCommandsTests(AnalyzedSeeds seeds) : IClassFixture<AnalyzedSeeds>
{
    private AnalysisSnapshot Stored()
    {
        using var store = new SqliteStore(seeds.Db);
        return store.LoadAnalysis()!;
    }

    [Fact]
    public void Run_ingests_the_inputs_analyses_them_and_prints_the_timeline()
    {
        var run = seeds.Run;
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("5 added, 0 already stored, 0 updated, 0 failed", run.Error, StringComparison.Ordinal);
        var snapshot = Stored();
        Assert.Contains($"5 articles (5 with a publication interval), {snapshot.Events.Count} events: consult {snapshot.Events.Count}",
            run.Error, StringComparison.Ordinal);
        Assert.All(seeds.EventIds, id => Assert.Contains(id, run.Console, StringComparison.Ordinal));
        Assert.Contains($"wrote {seeds.PathOf("run.json")}", run.Error, StringComparison.Ordinal);
        // The table is the data; counts, progress and notes are on standard error.
        Assert.DoesNotContain("added", run.Console, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_writes_the_stored_analysis_as_exchange_json()
    {
        var export = seeds.Export.RootElement;
        Assert.Equal(CliHarness.SeedIds, export.GetProperty("articles").EnumerateArray().Select(a => a.GetProperty("file").GetString()));
        Assert.Equal(Stored().Events.Select(e => e.Id), seeds.EventIds);
        Assert.All(export.GetProperty("events").EnumerateArray(), e => Assert.Equal("consult", e.GetProperty("type").GetString()));
    }

    [Fact]
    public void Run_with_a_missing_input_names_it_and_exits_one()
    {
        using var temp = new TempStore();
        var missing = temp.PathOf("missing.txt");
        var result = CliHarness.Run("run", CliHarness.Seeds, missing, "--db", temp.Db, "--as-of", AnalyzedSeeds.AsOf);
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("5 added, 0 already stored, 0 updated, 1 failed", result.Error, StringComparison.Ordinal);
        Assert.Contains($"skipped {missing}", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Analyze_saves_the_events_of_every_stored_article_and_summarises_them()
    {
        using var temp = new TempStore();
        Assert.Equal(0, CliHarness.Run("ingest", Path.Combine(CliHarness.Dev, "*.txt"), "--db", temp.Db).ExitCode);
        var result = CliHarness.Run("analyze", "--db", temp.Db, "--as-of", AnalyzedSeeds.AsOf);
        Assert.Equal(0, result.ExitCode);
        using var store = new SqliteStore(temp.Db);
        var snapshot = store.LoadAnalysis()!;
        var articles = Directory.GetFiles(CliHarness.Dev, "*.txt").Length;
        Assert.Equal(articles, snapshot.Articles.Count);
        Assert.NotEmpty(snapshot.Events);
        var byType = snapshot.Events.GroupBy(e => e.Type).OrderByDescending(g => g.Count()).Select(g => $"{g.Key} {g.Count()}");
        Assert.Equal(
            $"{articles} articles ({snapshot.Articles.Count(a => a.Published is not null)} with a publication interval), " +
            $"{snapshot.Events.Count} events: {string.Join(", ", byType)}",
            result.Out.Trim());
        Assert.Contains("  merge ", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Timeline_table_has_a_row_per_event_with_its_outlets()
    {
        var result = CliHarness.Run("timeline", "--db", seeds.Db);
        Assert.Equal(0, result.ExitCode);
        var snapshot = Stored();
        foreach (var e in snapshot.Events)
        {
            var row = RowOf(result.Console, e.Id);
            Assert.Contains($"{e.Type}{(e.Mode is null ? "" : "/" + e.Mode)} {e.Cameo}", row, StringComparison.Ordinal);
        }
        var outlets = snapshot.Articles.Select(a => a.Outlet).OfType<string>().Distinct();
        Assert.All(outlets.Where(o => snapshot.Events.Any(e => e.Sources.Any(s => snapshot.Articles.First(a => a.Id == s).Outlet == o))),
            o => Assert.Contains(o, result.Console, StringComparison.Ordinal));
        Assert.Empty(result.Out);
    }

    [Fact]
    public void Timeline_filters_are_the_library_query()
    {
        var result = CliHarness.Run("timeline", "--db", seeds.Db, "--pair", "SYR-RUS", "--format", "json");
        Assert.Equal(0, result.ExitCode);
        // The exchange file keeps its own order (by first day); the timeline's filters choose the events.
        var expected = TimelineQuery.Chronological(TimelineQuery.Parse("SYR-RUS", null, null, null, null, null, null).Apply(Stored().Events)).Select(e => e.Id).ToArray();
        Assert.NotEmpty(expected);
        Assert.Equal(expected, EventIds(result.Out));

        var table = CliHarness.Run("timeline", "--db", seeds.Db, "--pair", "SYR-RUS");
        Assert.Contains($"{expected.Length} of {Stored().Events.Count} events", table.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Timeline_json_and_csv_go_to_standard_output_byte_for_byte()
    {
        var snapshot = Stored();
        var json = CliHarness.Run("timeline", "--db", seeds.Db, "--format", "json");
        Assert.Equal(ExchangeJson.Write(snapshot), json.Out);
        Assert.Empty(json.Console);

        var csv = CliHarness.Run("timeline", "--db", seeds.Db, "--format", "csv");
        Assert.Equal(CsvExport.WriteEvents(snapshot), csv.Out);
        Assert.StartsWith(string.Join(',', CsvExport.EventColumns), csv.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Timeline_without_an_analysis_says_how_to_make_one()
    {
        using var temp = new TempStore();
        Assert.Equal(0, CliHarness.Run("ingest", Path.Combine(CliHarness.Seeds, "000_f34a1aeb87f964bc.txt"), "--db", temp.Db).ExitCode);
        var result = CliHarness.Run("timeline", "--db", temp.Db);
        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith($"no analysis stored in {temp.Db} yet: run `marsad analyze`", result.Error, StringComparison.Ordinal);
        Assert.Empty(result.Out);
    }

    [Fact]
    public void Event_shows_the_facts_and_every_source_side_by_side()
    {
        var e = Stored().Events.OrderByDescending(x => x.Sources.Count).First();
        var result = CliHarness.Run("event", e.Id, "--db", seeds.Db);
        Assert.Equal(0, result.ExitCode);
        Assert.Contains(e.Id, result.Console, StringComparison.Ordinal);
        Assert.Matches($@"CAMEO\s+{e.Cameo} ", result.Console);
        Assert.All(e.Sources, s => Assert.Contains(s, result.Console, StringComparison.Ordinal));
        Assert.Contains("Evidence / الشاهد", result.Console, StringComparison.Ordinal);
    }

    [Fact]
    public void Event_as_json_is_the_exchange_record_and_a_unique_prefix_finds_it()
    {
        var events = Stored().Events;
        var e = events[0];
        var prefix = Enumerable.Range(4, e.Id.Length - 3).Select(n => e.Id[..n])
            .First(p => events.Count(x => x.Id.StartsWith(p, StringComparison.Ordinal)) == 1);
        var result = CliHarness.Run("event", prefix, "--db", seeds.Db, "--format", "json");
        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        Assert.Equal(e.Id, json.RootElement.GetProperty("id").GetString());
        Assert.Equal(e.Cameo, json.RootElement.GetProperty("cameo").GetString());
        Assert.Equal(e.Sources, json.RootElement.GetProperty("sources").EnumerateArray().Select(s => s.GetString()));
    }

    [Fact]
    public void Event_with_an_ambiguous_or_unknown_id_exits_one_and_says_why()
    {
        var ambiguous = CliHarness.Run("event", "ev-", "--db", seeds.Db);
        Assert.Equal(1, ambiguous.ExitCode);
        Assert.Contains($"'ev-' names {Stored().Events.Count} events: {seeds.EventIds[0]}", ambiguous.Error, StringComparison.Ordinal);

        var unknown = CliHarness.Run("event", "nope", "--db", seeds.Db);
        Assert.Equal(1, unknown.ExitCode);
        Assert.Equal("no event 'nope' (see `marsad timeline`)", unknown.Error.Trim());
    }

    /// <summary>The table row (first line of its cell block) that names the event id.</summary>
    private static string RowOf(string table, string id)
    {
        var lines = table.Split('\n');
        var at = Array.FindIndex(lines, l => l.Contains(id, StringComparison.Ordinal));
        Assert.True(at >= 0, $"no row for {id}");
        return lines[at - 1] + "\n" + lines[at];
    }

    private static string[] EventIds(string exchangeJson)
    {
        using var json = JsonDocument.Parse(exchangeJson);
        return json.RootElement.GetProperty("events").EnumerateArray().Select(e => e.GetProperty("id").GetString()!).ToArray();
    }
}
