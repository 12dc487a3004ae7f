using Marsad.Actors;
using Marsad.Text;

namespace Marsad.Tests.Actors;

/// <summary>The recogniser on the five seed articles, with the test KB and no article date.</summary>
public class SeedTests
{
    private static IReadOnlyList<ActorMention> Seed(string prefix)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "samples", "seeds");
        var file = Directory.GetFiles(folder, prefix + "_*.txt").Single();
        return new ActorRecognizer(TestKb.Instance).Recognize(TextLayer.Build(File.ReadAllText(file)), null);
    }

    private static void HasPerson(IReadOnlyList<ActorMention> mentions, string id, string country, string role, bool attested)
    {
        var m = mentions.Where(x => x.Actor.Id == id && x.Group is null).ToArray();
        Assert.NotEmpty(m);
        Assert.All(m, x => Assert.Equal((country, role), (x.Actor.Country!, x.Actor.Role!)));
        Assert.Equal(attested, m.Any(x => x.AttestedRole is not null));
    }

    [Fact]
    public void Seed_000_phone_call_Mekdad_Lavrov()
    {
        var m = Seed("000");
        HasPerson(m, "mekdad", "SYR", "foreign_minister", attested: true);
        HasPerson(m, "lavrov", "RUS", "foreign_minister", attested: true);
        Assert.Equal(new DateOnly(2020, 11, 22), m.First(x => x.Actor.Id == "mekdad" && x.AttestedRole is not null).AttestedRole!.From);
        var sides = m.First(x => x.Surface == "الجانبان");
        Assert.Equal(["lavrov", "mekdad"], sides.Group!.Select(a => a.Id!).Order());
        Assert.Contains(m, x => x.Kind == MentionKind.Place && x.Actor.Name == "سوتشي" && x.Actor.Country == "RUS");
    }

    [Fact]
    public void Seed_001_title_comma_name_pairs()
    {
        var m = Seed("001");
        HasPerson(m, "lavrov", "RUS", "foreign_minister", attested: true);
        HasPerson(m, "mekdad", "SYR", "foreign_minister", attested: true);
        Assert.Contains(m, x => x.Kind == MentionKind.Capital && x.Surface == "دمشق");
        var guarantors = m.Single(x => x.Surface.StartsWith("الدول الضامنة", StringComparison.Ordinal));
        Assert.Equal(["IRN", "RUS", "TUR"], guarantors.Group!.Select(a => a.Country!).Order());
    }

    [Fact]
    public void Seed_003_counterpart_and_apposition()
    {
        var m = Seed("003");
        HasPerson(m, "mekdad", "SYR", "foreign_minister", attested: true);
        HasPerson(m, "lavrov", "RUS", "foreign_minister", attested: true);
        Assert.Contains(m, x => x.Kind == MentionKind.Coreference && x.Actor.Id == "lavrov" && x.Surface.StartsWith("نظيره", StringComparison.Ordinal));
        Assert.Contains(m, x => x.Actor.Id == "putin" && x.Actor.Role == "head_of_state");
    }

    [Fact]
    public void Seed_004_dual_title_and_possessive_title()
    {
        var m = Seed("004");
        HasPerson(m, "shaibani", "SYR", "foreign_minister", attested: true);
        HasPerson(m, "abu_qasra", "SYR", "defence_minister", attested: true);
        HasPerson(m, "lavrov", "RUS", "foreign_minister", attested: true);
        // Two presidential terms in the KB and no article date: the span from the first to the last is attested.
        HasPerson(m, "putin", "RUS", "head_of_state", attested: true);
        var title = m.First(x => x.Kind == MentionKind.Title && x.Surface == "وزير الخارجية السوري");
        Assert.Equal("shaibani", title.Actor.Id);
    }

    [Fact]
    public void No_seed_mention_has_empty_surface_or_offsets_outside_the_text()
    {
        foreach (var prefix in new[] { "000", "001", "002", "003", "004" })
            foreach (var x in Seed(prefix))
            {
                Assert.True(x.End > x.Start, $"{prefix}: empty mention {x}");
                Assert.NotEmpty(x.Evidence.Steps);
            }
    }
}
