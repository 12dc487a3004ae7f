using Marsad.Actors;
using Marsad.Data;
using Marsad.Events;
using Marsad.Geo;

namespace Marsad.Tests.Geo;

/// <summary>
/// The map's data: Data/geo/coordinates.tsv (a point for every capital and place of the knowledge
/// base), Data/geo/atlas-ids.tsv (the atlas features' states) and the shipped world-atlas file.
/// </summary>
public class GeoDataTests
{
    private static readonly IReadOnlyList<TsvRow> Rows = DataFiles.ReadTable("geo/coordinates.tsv");

    [Fact]
    public void Every_row_parses_and_names_a_known_state_and_kind()
    {
        Assert.Equal(Rows.Count, Gazetteer.Default.Places.Count);
        var states = KnowledgeBase.Default.Countries.Select(c => c.Iso3).ToHashSet();
        Assert.All(Gazetteer.Default.Places, p =>
        {
            Assert.True(p.Country is null || states.Contains(p.Country), $"{p.Name}: unknown state {p.Country}");
            Assert.Contains(p.Kind, new[] { "capital", "city", "region", "venue", "base" });
        });
        Assert.Empty(Rows.GroupBy(r => (r.Required("name"), r["country"])).Where(g => g.Count() > 1).Select(g => g.Key));
    }

    [Fact]
    public void A_row_out_of_range_is_an_error_naming_its_line()
    {
        var bad = Tsv.Parse("name\tcountry\tkind\tlat\tlon\tnote\nدمشق\tSYR\tcapital\t36.29\t336.29\t\n", "bad.tsv");
        var e = Assert.Throws<FormatException>(() => new Gazetteer(bad, KnowledgeBase.Default));
        Assert.Contains("bad.tsv:2", e.Message);
    }

    [Fact]
    public void Every_capital_of_every_state_has_coordinates()
    {
        var missing = KnowledgeBase.Default.Countries
            .SelectMany(c => c.Capitals.Select(capital => (c.Iso3, capital)))
            .Where(x => Gazetteer.Default.Find(x.capital, x.Iso3) is not { Kind: "capital" })
            .ToArray();
        Assert.Empty(missing);
        Assert.All(KnowledgeBase.Default.Countries.Where(c => c.Capitals.Count > 0), c => Assert.NotNull(Gazetteer.Default.Capital(c.Iso3)));
    }

    [Fact]
    public void Every_place_of_the_knowledge_base_has_coordinates_under_each_of_its_names()
    {
        var missing = KnowledgeBase.Default.Places
            .SelectMany(p => p.Aliases.Prepend(p.NameAr).Select(name => (name, p.Country)))
            .Where(x => Gazetteer.Default.Find(x.name, x.Country) is null)
            .ToArray();
        Assert.Empty(missing);
    }

    // Catches swapped or mistyped coordinates: each point lies on (or within a degree of) its state's
    // outline box on the atlas; a place the table notes as outside it (Diego Garcia, Malabo on Bioko) is exempt.
    [Fact]
    public void Points_lie_in_their_state_on_the_atlas()
    {
        var overseas = Rows.Where(r => r["note"]?.StartsWith("outside", StringComparison.Ordinal) == true).Select(r => r.Required("name")).ToHashSet();
        var checkedPoints = 0;
        var wrong = new List<string>();
        foreach (var p in Gazetteer.Default.Places.Where(p => !overseas.Contains(p.Name)))
        {
            if (WorldAtlas.Default.Find(p.Country) is not { } country)
                continue;
            checkedPoints++;
            if (!country.Bounds.Contains(p.Point, margin: 1))
                wrong.Add($"{p.Name} ({p.Country}) {p.Point}");
        }
        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
        Assert.True(checkedPoints > 450, $"{checkedPoints} points checked");
        Assert.True(overseas.Count <= 5, "only a few places may lie outside their state's outline");
    }

    [Fact]
    public void Atlas_ids_name_every_feature_as_the_atlas_does()
    {
        var rows = DataFiles.ReadTable("geo/atlas-ids.tsv");
        var atlas = WorldAtlas.Default;
        Assert.Equal(177, atlas.Features.Count);
        Assert.Empty(atlas.Unmapped);
        foreach (var row in rows.Where(r => r["atlas_id"] is not null))
            Assert.Equal(row.Required("atlas_name"), atlas.Features.Single(f => f.Id == row["atlas_id"]).Name);
        var states = KnowledgeBase.Default.Countries.Select(c => c.Iso3).ToHashSet();
        Assert.All(rows, r => Assert.Matches("^[A-Z]{3}$", r.Required("iso3")));
        Assert.True(rows.Count(r => states.Contains(r.Required("iso3"))) >= 170);
        Assert.Equal("Syria", atlas.Find("SYR")!.Name);
        Assert.Equal("Kosovo", atlas.Find("XKX")!.Name);
    }

    [Fact]
    public void The_capital_of_a_state_lies_inside_its_outline()
    {
        Assert.True(WorldAtlas.Default.Find("SYR")!.Bounds.Contains(Gazetteer.Default.Capital("SYR")!.Point));
        Assert.False(WorldAtlas.Default.Find("SYR")!.Bounds.Contains(Gazetteer.Default.Capital("RUS")!.Point));
    }

    [Theory]
    [InlineData("سوتشي", "RUS", "سوتشي")]
    [InlineData("بموسكو", "RUS", "موسكو")]            // a glued preposition
    [InlineData("وبدمشق", "SYR", "دمشق")]
    [InlineData("أبو ظبي", "ARE", "أبو ظبي")]         // a capital's second spelling
    [InlineData("مدينة حلب", "SYR", "حلب")]           // an alias of places.tsv
    [InlineData("القدس", null, "القدس")]              // a place the base assigns to no state
    public void Places_are_found_by_any_spelling(string name, string? country, string expected) =>
        Assert.Equal(expected, Gazetteer.Default.Find(name, country)?.Name);

    [Fact]
    public void An_event_placed_only_in_a_state_is_drawn_at_its_capital()
    {
        var place = Gazetteer.Default.Locate(new Place("TUR", null), out var approximate);
        Assert.Equal("أنقرة", place?.Name);
        Assert.True(approximate);
        Assert.Equal("سوتشي", Gazetteer.Default.Locate(new Place("RUS", "سوتشي"), out approximate)?.Name);
        Assert.False(approximate);
        Assert.Null(Gazetteer.Default.Locate(null, out _));
    }
}
