using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Marsad.Actors;

namespace Marsad.Bench.Generator;

/// <summary>What to generate.</summary>
/// <param name="Articles">Articles of the corpus.</param>
/// <param name="Output">The folder it goes to (corpus/, extra/, gold.json, gold-with-extra.json, summary.json).</param>
/// <param name="Extra">Articles of a later delivery (extra/): half new reports of events already in the corpus, half new events.</param>
/// <param name="Seed">The same seed and knowledge base give the same corpus.</param>
/// <param name="Text">Text files (a folder a month, no metadata) instead of JSON lines (a file a month).</param>
internal sealed record GeneratorOptions(int Articles, string Output, int Extra = 0, int Seed = 20240312, bool Text = false)
{
    /// <summary>The first and last day of the generated events.</summary>
    public static readonly (DateOnly From, DateOnly To) Window = (new DateOnly(2021, 3, 1), new DateOnly(2024, 11, 20));
}

/// <summary>Figures of a generated corpus.</summary>
internal sealed record GeneratorSummary(int Articles, int ExtraArticles, int Events, int NearMisses, long Bytes, int Undated)
{
    public double NearMissShare => Events == 0 ? 0 : (double)NearMisses / Events;
}

/// <summary>Generates a corpus of Arabic press reports of political events, with its gold, from the knowledge base's officials.</summary>
internal static class CorpusGenerator
{
    public static GeneratorSummary Generate(GeneratorOptions options)
    {
        var (from, to) = GeneratorOptions.Window;
        var cast = new Cast(KnowledgeBase.Default, from, to);
        var random = new Random(options.Seed);
        var events = new Planner(cast, random, from, to).Plan(options.Articles + options.Extra);
        var extra = ChooseExtra(events, options.Extra, random);
        var composer = new Composer(cast);
        var written = events.SelectMany(e => e.Reports.Select(r => (Event: e, Report: r)))
            .ToDictionary(x => x.Report.Id, x => composer.Write(x.Event, x.Report, !options.Text));

        Directory.CreateDirectory(options.Output);
        var all = written.Keys.ToHashSet();
        var corpus = all.Where(id => !extra.Contains(id)).ToHashSet();
        WriteArticles(Path.Combine(options.Output, "corpus"), events, written, corpus, options.Text);
        WriteGold(Path.Combine(options.Output, "gold.json"), events, written, corpus, options.Text);
        if (extra.Count > 0)
        {
            WriteArticles(Path.Combine(options.Output, "extra"), events, written, extra, options.Text);
            WriteGold(Path.Combine(options.Output, "gold-with-extra.json"), events, written, all, options.Text);
        }
        var summary = new GeneratorSummary(corpus.Count, extra.Count, events.Count(e => e.Reports.Any(r => corpus.Contains(r.Id))),
            events.Count(e => e.NearMissOf is not null && e.Reports.Any(r => corpus.Contains(r.Id))),
            corpus.Sum(id => (long)written[id].Utf8Bytes),
            events.SelectMany(e => e.Reports).Count(r => corpus.Contains(r.Id) && !(r.Dated || (options.Text && r.DatedMetadata))));
        File.WriteAllText(Path.Combine(options.Output, "summary.json"), JsonSerializer.Serialize(summary, GoldWriter.Json));
        return summary;
    }

    /// <summary>The articles of the later delivery: every report of some events (new events), and the last report of others (new reports of known events).</summary>
    private static HashSet<string> ChooseExtra(IReadOnlyList<PlannedEvent> events, int count, Random random)
    {
        var extra = new HashSet<string>();
        if (count == 0)
            return extra;
        var shuffled = events.OrderBy(_ => random.Next()).ToArray();
        foreach (var e in shuffled.Where(e => e.Reports.Count >= 2 && e.NearMissOf is null))
        {
            if (extra.Count >= count / 2)
                break;
            extra.Add(e.Reports[^1].Id);
        }
        foreach (var e in shuffled.Where(e => e.Reports.All(r => !extra.Contains(r.Id))))
        {
            if (extra.Count + e.Reports.Count > count)
                continue;
            extra.UnionWith(e.Reports.Select(r => r.Id));
            if (extra.Count == count)
                break;
        }
        return extra;
    }

    /// <summary>JSON lines, a file per month of publication; or text files (headline on the first line), a folder per month.</summary>
    private static void WriteArticles(string folder, IReadOnlyList<PlannedEvent> events, IReadOnlyDictionary<string, WrittenArticle> written,
        ISet<string> included, bool text)
    {
        Directory.CreateDirectory(folder);
        var reports = events.SelectMany(e => e.Reports).Where(r => included.Contains(r.Id))
            .OrderBy(r => r.Published).ThenBy(r => r.Article);
        foreach (var month in reports.GroupBy(r => r.Published.ToString("yyyy-MM", CultureInfo.InvariantCulture)))
        {
            if (text)
            {
                var dir = Directory.CreateDirectory(Path.Combine(folder, month.Key)).FullName;
                foreach (var r in month)
                    File.WriteAllText(Path.Combine(dir, r.Id + ".txt"), written[r.Id].Title + "\n" + written[r.Id].Body + "\n");
                continue;
            }
            using var file = new StreamWriter(Path.Combine(folder, month.Key + ".jsonl"));
            foreach (var r in month)
                file.WriteLine(Record(written[r.Id]).ToJsonString(new JsonSerializerOptions { Encoder = GoldWriter.Json.Encoder }));
        }
    }

    private static JsonObject Record(WrittenArticle a)
    {
        var record = new JsonObject { ["id"] = a.Id, ["title"] = a.Title, ["text"] = a.Body };
        if (a.Published is { } day)
            record["published"] = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        if (a.OutletField is { } outlet)
            record["outlet"] = outlet;
        return record;
    }

    private static void WriteGold(string path, IReadOnlyList<PlannedEvent> events, IReadOnlyDictionary<string, WrittenArticle> written,
        ISet<string> included, bool text) =>
        File.WriteAllText(path, GoldWriter.Document(events, written, included, text ? TextFile : r => r.Id).ToJsonString(GoldWriter.Json));

    /// <summary>The document id of a text file of the corpus: its path below the folder ingested.</summary>
    private static string TextFile(ReportPlan report) =>
        $"{report.Published.ToString("yyyy-MM", CultureInfo.InvariantCulture)}/{report.Id}.txt";
}
