using System.Text.Json;
using Marsad.Export;
using Marsad.Store;
using Marsad.Tests.Store;

namespace Marsad.Tests.Cli;

/// <summary>
/// Sources counted right, from files to the timeline: one story read in several formats is one
/// source, an outlet counts once per event, and an agency copy republished by two outlets stays
/// two sources with their two outlets.
/// </summary>
public sealed class SourceCountingTests : IDisposable
{
    private const string CallSeed = "000_f34a1aeb87f964bc.txt";     // هوى الشام reports the Mekdad–Lavrov call
    private const string CallSeedToo = "001_64472d528037be5b.txt";  // عنب بلدي reports it too

    private readonly TempStore _temp = new();

    public void Dispose() => _temp.Dispose();

    private static string Seed(string name) => Path.Combine(CliHarness.Seeds, name);

    private Marsad.Events.Event Call(AnalysisSnapshot snapshot) =>
        snapshot.Events.Single(e => e.Mode?.Name == "phone" && e.Sources.Any(s => s.EndsWith(CallSeed, StringComparison.Ordinal)));

    private AnalysisSnapshot RunOn(string folder)
    {
        var result = CliHarness.Run("run", folder, "--db", _temp.Db, "--as-of", AnalyzedSeeds.AsOf, "--json");
        Assert.True(result.ExitCode == 0, result.Error);
        using var store = new SqliteStore(_temp.Db);
        return store.LoadAnalysis()!;
    }

    [Fact]
    public void A_story_read_as_text_json_and_feed_is_one_source()
    {
        var folder = Directory.CreateDirectory(_temp.PathOf("corpus")).FullName;
        File.Copy(Seed(CallSeed), Path.Combine(folder, CallSeed));
        SameStoryFiles.Write(folder, Seed(CallSeedToo), "عنب بلدي");
        var snapshot = RunOn(folder);
        Assert.Equal(2, snapshot.Articles.Count);
        var call = Call(snapshot);
        Assert.Equal(2, call.Sources.Count);
        Assert.Equal(["هوى الشام", "عنب بلدي"], new EventSources(snapshot.Articles).Outlets(call).Order(StringComparer.Ordinal).Reverse());
    }

    [Fact]
    public void Two_articles_of_one_outlet_count_it_once_and_an_agency_copy_from_another_outlet_counts_twice()
    {
        var folder = Directory.CreateDirectory(_temp.PathOf("corpus")).FullName;
        File.Copy(Seed(CallSeed), Path.Combine(folder, CallSeed));
        // The same outlet's follow-up: another article (its text differs), the same call.
        File.WriteAllText(Path.Combine(folder, "000_followup.txt"), File.ReadAllText(Seed(CallSeed)) + "\nوأكد الوزيران أهمية التنسيق في المرحلة المقبلة.\n");
        // The same copy republished by another outlet.
        var (headline, body) = SameStoryFiles.Read(Seed(CallSeed));
        File.WriteAllText(Path.Combine(folder, "republished.jsonl"),
            JsonSerializer.Serialize(new { id = "watan-copy", title = headline, text = string.Join("\n", body), outlet = "الوطن" }) + "\n");

        var snapshot = RunOn(folder);
        Assert.Equal(3, snapshot.Articles.Count);
        var call = Call(snapshot);
        var sources = new EventSources(snapshot.Articles);
        Assert.Equal(3, call.Sources.Count);
        Assert.Equal(2, sources.Outlets(call).Count);
        Assert.Equal(2, sources.Count(call));
        Assert.Contains("الوطن", sources.Outlets(call));

        var line = CliHarness.Run("timeline", "--db", _temp.Db, "--format", "line").Out.Split('\n').Single(l => l.EndsWith(call.Id, StringComparison.Ordinal));
        Assert.Contains("  2 src: ", line, StringComparison.Ordinal);
        using var csv = CsvHelper.CsvReader.Create(new StringReader(CsvExport.WriteEvents(snapshot)), new CsvHelper.CsvReaderOptions { HasHeader = false });
        string Cell(string column) => csv[Array.IndexOf(CsvExport.EventColumns, column)].ToString();
        while (csv.Read() && Cell("id") != call.Id)
        {
        }
        Assert.Equal("3", Cell("sources_count"));
        Assert.Equal("2", Cell("outlets_count"));
    }

    [Fact]
    public void Articles_of_unknown_outlet_count_one_each()
    {
        var snapshot = Marsad.Tests.Export.SampleSnapshots.Small();
        var unknown = snapshot with
        {
            Articles = snapshot.Articles.Select(a => a with { Outlet = null }).ToArray(),
        };
        var call = snapshot.Events.Single(e => e.Id == "ev-2021-call");
        Assert.Equal(2, new EventSources(unknown.Articles).Count(call));
        Assert.Empty(new EventSources(unknown.Articles).Outlets(call));
    }
}
