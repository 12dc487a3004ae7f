using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using Marsad.Export;
using Marsad.Store;

namespace Marsad.Tests.Cli;

/// <summary>export, report and serve over the analysed seeds, and the command list itself.</summary>
public sealed class ExportCommandsTests(AnalyzedSeeds seeds) : IClassFixture<AnalyzedSeeds>
{
    private AnalysisSnapshot Stored()
    {
        using var store = new SqliteStore(seeds.Db);
        return store.LoadAnalysis()!;
    }

    [Theory]
    [InlineData("json")]
    [InlineData("csv")]
    [InlineData("csv-mentions")]
    [InlineData("gdelt")]
    [InlineData("gdelt-mentions")]
    public void Export_writes_each_format_to_standard_output_byte_for_byte(string format)
    {
        var result = CliHarness.Run("export", "--db", seeds.Db, "--format", format);
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(ExportFormats.Render(Stored(), format, TimelineQuery.All), result.Out);
        Assert.Empty(result.Console);
        Assert.Empty(result.Error);
    }

    [Fact]
    public void Export_json_is_what_run_wrote()
    {
        var result = CliHarness.Run("export", "--db", seeds.Db);
        using var json = JsonDocument.Parse(result.Out);
        Assert.Equal(seeds.EventIds, json.RootElement.GetProperty("events").EnumerateArray().Select(e => e.GetProperty("id").GetString()));
        Assert.Equal(File.ReadAllText(seeds.PathOf("run.json")), result.Out);
    }

    [Fact]
    public void Export_options_pick_mention_rows_and_a_gdelt_header()
    {
        var mentions = CliHarness.Run("export", "--db", seeds.Db, "--format", "csv", "--mentions");
        Assert.Equal(CsvExport.WriteMentions(Stored()), mentions.Out);

        var gdelt = CliHarness.Run("export", "--db", seeds.Db, "--format", "gdelt", "--header");
        var lines = gdelt.Out.TrimEnd('\n').Split('\n');
        var written = Stored().Events.Count(GdeltExport.Writes);
        Assert.Equal(GdeltExport.HeaderNote(written, Stored().Events.Count), lines[0]);
        Assert.Contains("only events known to the day", lines[0], StringComparison.OrdinalIgnoreCase);
        Assert.Equal(string.Join('\t', GdeltExport.EventColumns), lines[1]);
        Assert.Equal(written + 2, lines.Length);
        Assert.True(written < Stored().Events.Count, "the seeds have events known only to a wider interval");
    }

    [Fact]
    public void Export_filters_like_the_timeline()
    {
        var result = CliHarness.Run("export", "--db", seeds.Db, "--country", "IRN", "--format", "json");
        var expected = new TimelineQuery { Countries = ["IRN"] }.Apply(Stored().Events).Select(e => e.Id).ToArray();
        Assert.NotEmpty(expected);
        Assert.True(expected.Length < Stored().Events.Count);
        using var json = JsonDocument.Parse(result.Out);
        Assert.Equal(expected, json.RootElement.GetProperty("events").EnumerateArray().Select(e => e.GetProperty("id").GetString()));
    }

    [Fact]
    public void Export_to_a_file_writes_it_and_says_so_on_standard_error()
    {
        using var temp = new TempStore();
        var path = temp.PathOf("events.csv");
        var result = CliHarness.Run("export", "--db", seeds.Db, "--format", "csv", "--out", path);
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(CsvExport.WriteEvents(Stored()), File.ReadAllText(path));
        Assert.Empty(result.Out);
        Assert.Equal($"wrote {path}", result.Error.Trim());
    }

    [Fact]
    public void Export_reads_an_exchange_file_instead_of_the_store()
    {
        var gold = Marsad.Tests.Pipeline.Corpora.DevGold;
        var result = CliHarness.Run("export", "--input", gold, "--format", "gdelt");
        Assert.Equal(0, result.ExitCode);
        var snapshot = ExchangeJson.ToSnapshot(ExchangeJson.ReadFile(gold));
        Assert.Equal(GdeltExport.WriteEvents(snapshot), result.Out);
        Assert.Equal(snapshot.Events.Count(GdeltExport.Writes), result.Out.TrimEnd('\n').Split('\n').Length);
    }

    [Fact]
    public void Report_writes_a_page_with_a_card_per_event()
    {
        using var temp = new TempStore();
        var path = temp.PathOf("report.html");
        var result = CliHarness.Run("report", "--db", seeds.Db, "--out", path, "--title", "Seeds report");
        Assert.Equal(0, result.ExitCode);
        var snapshot = Stored();
        Assert.Equal($"wrote {path}: {snapshot.Events.Count} events from {snapshot.Articles.Count} articles", result.Error.Trim());
        var html = File.ReadAllText(path);
        Assert.Contains("Seeds report", html, StringComparison.Ordinal);
        Assert.All(snapshot.Events, e => Assert.Contains($"<code class=\"id\" dir=\"ltr\">{e.Id}</code>", html, StringComparison.Ordinal));
    }

    [Fact]
    public void Report_without_an_analysis_writes_nothing()
    {
        using var temp = new TempStore();
        var path = temp.PathOf("report.html");
        Assert.Equal(0, CliHarness.Run("ingest", Path.Combine(CliHarness.Seeds, "000_f34a1aeb87f964bc.txt"), "--db", temp.Db).ExitCode);
        var result = CliHarness.Run("report", "--db", temp.Db, "--out", path);
        Assert.Equal(1, result.ExitCode);
        Assert.False(File.Exists(path));
        Assert.Contains("no analysis stored in", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Serve_answers_on_a_loopback_port_until_cancelled()
    {
        var url = $"http://127.0.0.1:{FreePort()}";
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var serving = CliHarness.RunAsync(stop.Token, "serve", "--db", seeds.Db, "--urls", url);
        using var client = new HttpClient { BaseAddress = new Uri(url), Timeout = TimeSpan.FromSeconds(5) };
        var body = await GetWhenUp(client, "/api/events", serving);
        using (var json = JsonDocument.Parse(body))
        {
            Assert.Equal(Stored().Events.Count, json.RootElement.GetProperty("count").GetInt32());
            Assert.Equal(TimelineQuery.All.Apply(Stored().Events).Select(e => e.Id), json.RootElement.GetProperty("events").EnumerateArray().Select(e => e.GetProperty("id").GetString()));
        }
        await stop.CancelAsync();
        var result = await serving;
        Assert.Equal(0, result.ExitCode);
        Assert.Contains($"Marsad serving on {url}", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_lists_every_command()
    {
        var result = CliHarness.Run("--help");
        string[] commands = ["run", "ingest", "watch", "articles", "show", "entities", "dates", "analyze", "timeline", "event", "export", "report", "score", "serve"];
        var listed = result.Console.Split('\n').SkipWhile(l => !l.StartsWith("COMMANDS:", StringComparison.Ordinal)).Skip(1)
            .Select(l => l.Trim().Split(' ')[0]).Where(w => w.Length > 0).ToArray();
        Assert.Equal(commands, listed);
    }

    [Fact]
    public void Score_compares_the_stored_export_with_the_seed_gold()
    {
        var result = CliHarness.Run("score", Marsad.Tests.Pipeline.Corpora.SeedGold, seeds.PathOf("run.json"));
        Assert.Equal(0, result.ExitCode);
        var lines = result.Out.TrimEnd('\n').Split('\n');
        Assert.Equal("events_tp: 7", lines[0]);
        Assert.StartsWith("events F1 1.000 (P 1.000, R 1.000)", lines[^1], StringComparison.Ordinal);

        var json = CliHarness.Run("score", Marsad.Tests.Pipeline.Corpora.SeedGold, seeds.PathOf("run.json"), "--json");
        using var figures = JsonDocument.Parse(json.Out);
        Assert.Equal(1.0, figures.RootElement.GetProperty("events_f1").GetDouble());
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>The body of a GET, retried while the server is still starting (and failing fast if it stopped).</summary>
    private static async Task<string> GetWhenUp(HttpClient client, string path, Task<CliResult> serving)
    {
        for (var attempt = 0; ; attempt++)
        {
            if (serving.IsCompleted)
                Assert.Fail($"serve stopped early: {(await serving).Error}");
            try
            {
                return await client.GetStringAsync(path);
            }
            catch (HttpRequestException) when (attempt < 100)
            {
                await Task.Delay(100);
            }
        }
    }
}
