using Marsad.Clean;
using Marsad.Ingest;
using Xunit.Abstractions;

namespace Marsad.Tests.Clean;

public class SeedCleaningTests(ITestOutputHelper output)
{
    private static readonly string SeedFolder = Path.Combine(AppContext.BaseDirectory, "samples", "seeds");

    private static Article CleanSeed(string prefix)
    {
        var file = Directory.GetFiles(SeedFolder, prefix + "_*.txt").Single();
        var item = new DocumentReader().ReadFile(file).Single();
        Assert.True(item.Ok, item.Error);
        return ArticleCleaner.Clean(item.Document!);
    }

    [Theory]
    [InlineData("000", "هوى الشام")]
    [InlineData("001", "عنب بلدي")]
    [InlineData("002", "الوطن")]
    [InlineData("003", null)]
    [InlineData("004", "الشرق")]
    public void Seed_outlet_is_read_from_the_text(string seed, string? outlet)
    {
        var article = CleanSeed(seed);
        output.WriteLine($"{article.Outlet} <- {article.OutletEvidence}");
        Assert.Equal(outlet, article.Outlet);
    }
}
