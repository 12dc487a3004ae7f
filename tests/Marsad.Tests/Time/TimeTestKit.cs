using Marsad.Actors;
using Marsad.Clean;
using Marsad.Data;
using Marsad.Text;
using Marsad.Time;

namespace Marsad.Tests.Time;

internal static class TimeTestKit
{
    public static DateOnly D(string s) => DateOnly.ParseExact(s, "yyyy-MM-dd");

    public static IReadOnlyList<TemporalMention> Tag(string text) => TemporalTagger.Tag(TextLayer.Build(text));

    public static TemporalMention Single(string text)
    {
        var found = Tag(text);
        return Assert.Single(found);
    }

    /// <summary>Rows of a Data/time table as (id, form) pairs, one per form.</summary>
    public static IEnumerable<object[]> Forms(string table) =>
        DataFiles.ReadTable("time/" + table).SelectMany(r => r.List("forms").Select(f => new object[] { r.Required("id"), f }));

    public static Article Article(string text, DateInterval? metadata = null) =>
        new("test", null, text.Split('\n')[0], text, null, null, metadata, "", []);

    public static ActorMention RoleHolder(string surface, string personId, string role, string from, string? to) =>
        new(0, surface.Length, surface, new ActorRef(ActorKind.Person, personId, surface, "SYR", role), MentionKind.TitleName, 0, ActorEvidence.Of(ActorRule.Title, surface),
            new RoleSpan(personId, "SYR", role, D(from), to is null ? null : D(to)));

    public static PublicationSolution Solve(string text, DateOnly asOf, params ActorMention[] actors)
    {
        var layer = TextLayer.Build(text);
        var times = TemporalTagger.Tag(layer);
        return PublicationDater.Date(Article(text), layer, times, actors, asOf);
    }
}
