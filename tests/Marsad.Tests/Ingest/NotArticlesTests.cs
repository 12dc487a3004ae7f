using Marsad.Ingest;
using Marsad.Tests.Cli;

namespace Marsad.Tests.Ingest;

/// <summary>Files that are not articles are reported as what they are, by their shape and never by their name.</summary>
public sealed class NotArticlesTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static IngestItem ReadOne(string path) => Assert.Single(new DocumentReader().ReadFile(path));

    [Fact]
    public void A_gold_file_is_an_exchange_file_not_articles()
    {
        var gold = Marsad.Tests.Pipeline.Corpora.DevGold;
        var item = ReadOne(gold);
        Assert.Null(item.Document);
        Assert.Matches(@"^an exchange/gold file \(\d+ events, 12 articles without text\), not articles$", item.Error);
    }

    [Fact]
    public void The_shape_decides_not_the_name()
    {
        // A gold file under an innocent name is still a gold file ...
        var renamed = _folder.Write("articles.json", File.ReadAllText(Marsad.Tests.Pipeline.Corpora.SeedGold));
        Assert.StartsWith("an exchange/gold file (", ReadOne(renamed).Error, StringComparison.Ordinal);
        // ... and articles with events beside them, under the name of a gold file, are articles.
        var articles = _folder.Write("gold.json", """
            {"events": [], "articles": [{"id": "a1", "title": "الصفدي يلتقي شكري", "text": "التقى وزير الخارجية أيمن الصفدي نظيره المصري سامح شكري."}]}
            """);
        Assert.Equal("a1", ReadOne(articles).Document?.Id);
    }

    [Fact]
    public void An_export_of_events_without_articles_is_not_articles() =>
        Assert.Equal("an exchange/gold file (0 events, 0 articles without text), not articles", ReadOne(_folder.Write("export.json", """{"events": []}""")).Error);

    [Fact]
    public void A_manifest_table_is_a_table_whatever_its_extension()
    {
        const string manifest = "file\turl\toutlet\n001.txt\thttps://example.org/1\tسانا\n002.txt\thttps://example.org/2\tالوطن\n";
        Assert.Equal("a tab-separated table (3 rows of 3 columns), not an article", ReadOne(_folder.Write("manifest.tsv", manifest)).Error);
        Assert.Equal("a tab-separated table (3 rows of 3 columns), not an article", ReadOne(_folder.Write("manifest.txt", manifest)).Error);
        Assert.Equal("a comma-separated table (2 rows of 2 columns), not an article", ReadOne(_folder.Write("list.csv", "file,outlet\n001.txt,sana\n")).Error);
    }

    [Fact]
    public void Lists_of_feeds_and_sitemaps_are_not_articles()
    {
        Assert.StartsWith("an OPML list of feeds", ReadOne(_folder.Write("feeds.xml", """<?xml version="1.0"?><opml version="2.0"><body><outline xmlUrl="https://example.org/rss"/></body></opml>""")).Error, StringComparison.Ordinal);
        Assert.StartsWith("a sitemap", ReadOne(_folder.Write("map.xml", """<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>https://example.org/1</loc></url></urlset>""")).Error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_article_with_a_comma_or_a_tab_in_a_line_is_still_an_article()
    {
        var text = "عنوان الخبر\nبحث الوزيران، في اتصال هاتفي, التطورات.\tوأكدا أهمية التنسيق.\nوقال الوزير إن الاتصال كان مثمرا.";
        Assert.NotNull(ReadOne(_folder.Write("story.txt", text)).Document);
        Assert.NotNull(ReadOne(_folder.Write("story.csv", text)).Document);
    }

    [Fact]
    public void Ingesting_a_folder_with_a_gold_file_reads_the_articles_and_names_the_gold_file()
    {
        foreach (var seed in Directory.GetFiles(CliHarness.Seeds))
            File.Copy(seed, Path.Combine(_folder.Path, Path.GetFileName(seed)));
        File.Copy(Marsad.Tests.Pipeline.Corpora.SeedGold, Path.Combine(_folder.Path, "seeds.gold.json"));
        using var temp = new TempStore();
        var result = CliHarness.Run("ingest", _folder.Path, "--db", temp.Db, "--json");
        Assert.Equal(1, result.ExitCode);
        using var json = System.Text.Json.JsonDocument.Parse(result.Out);
        Assert.Equal(5, json.RootElement.GetProperty("added").GetInt32());
        var failed = Assert.Single(json.RootElement.GetProperty("documents").EnumerateArray(), d => d.GetProperty("status").GetString() == "failed");
        Assert.EndsWith("seeds.gold.json", failed.GetProperty("origin").GetString(), StringComparison.Ordinal);
        Assert.StartsWith("an exchange/gold file (", failed.GetProperty("error").GetString(), StringComparison.Ordinal);
    }
}
