using Marsad.Actors;

namespace Marsad.Tests.Actors;

/// <summary>Title-and-name patterns, linking and role attestation on sentences in press style.</summary>
public class RecognitionTests
{
    private static ActorMention Person(IReadOnlyList<ActorMention> mentions, string id) =>
        mentions.First(m => m.Actor.Id == id && m.Group is null);

    [Fact]
    public void Seed_style_call_between_two_foreign_ministers()
    {
        var m = TestKb.Persons("بحث وزير الخارجية الروسي، سيرغي لافروف، مع وزير الخارجية السوري، فيصل المقداد، مخرجات اجتماع أستانة.");
        var lavrov = Person(m, "lavrov");
        Assert.Equal(("RUS", "foreign_minister"), (lavrov.Actor.Country, lavrov.Actor.Role));
        Assert.Equal(MentionKind.TitleName, lavrov.Kind);
        var mekdad = Person(m, "mekdad");
        Assert.Equal(("SYR", "foreign_minister"), (mekdad.Actor.Country, mekdad.Actor.Role));
        Assert.Equal(new DateOnly(2020, 11, 22), mekdad.AttestedRole!.From);
        Assert.Equal(new DateOnly(2024, 12, 8), mekdad.AttestedRole!.To);
    }

    [Fact]
    public void Offsets_point_into_the_original_text()
    {
        const string text = "استقبل وزيرُ الخارجية المصري بدر عبد العاطي نظيره التركي هاكان فيدان في القاهرة.";
        foreach (var m in TestKb.Recognize(text))
            Assert.Equal(m.Surface, text[m.Start..m.End]);
    }
}
