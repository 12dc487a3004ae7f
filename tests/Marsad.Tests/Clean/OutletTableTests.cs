using Marsad.Clean;
using Marsad.Data;

namespace Marsad.Tests.Clean;

/// <summary>
/// Row tests for Data/clean/outlets.tsv: every outlet is its own canonical name, each alias leads to
/// a known outlet, and each domain names the outlet from a URL.
/// </summary>
public class OutletTableTests
{
    private static readonly IReadOnlyList<TsvRow> Rows = DataFiles.ReadTable("clean/outlets.tsv");

    public static TheoryData<int, string> Outlets()
    {
        var data = new TheoryData<int, string>();
        foreach (var row in Rows)
            data.Add(row.Line, row.Required("name"));
        return data;
    }

    [Theory]
    [MemberData(nameof(Outlets))]
    public void Each_outlet_is_known_by_its_name_its_aliases_and_its_domains(int line, string name)
    {
        var row = Rows.Single(r => r.Line == line);
        Assert.Equal(name, OutletDetector.Canonical(name));
        // An alias another row also lists stays with the first (canonical names win over aliases).
        Assert.All(row.List("aliases"), alias => Assert.NotNull(OutletDetector.Canonical(alias)));
        Assert.All(row.List("domains"), domain => Assert.Equal(name, OutletDetector.FromUrl($"https://www.{domain}/news/1")?.Outlet));
    }
}
