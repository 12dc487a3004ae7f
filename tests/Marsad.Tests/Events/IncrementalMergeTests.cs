using FsCheck;
using FsCheck.Xunit;
using Marsad.Actors;
using Marsad.Events;
using Marsad.Pipeline;
using Marsad.Time;
using static Marsad.Tests.Events.MergeFixtures;

namespace Marsad.Tests.Events;

/// <summary>
/// Merging articles as they arrive, in any order and batches, gives exactly the events (ids,
/// reports, days) and publication days of one merge of them all. The articles are drawn from a
/// seed: a few meetings and calls between a handful of officials within days of one another (the
/// same pair in another mode, place or host: near misses), each reported by one to three outlets,
/// dated, relative to an unknown publication day, or undated.
/// </summary>
public class IncrementalMergeTests
{
    private static readonly DateOnly Base = new(2024, 3, 10);

    private static readonly ActorRef[] Officials =
    [
        Mekdad, Lavrov, Person("shaibani", "SYR"), Person("putin", "RUS"), Person("araghchi", "IRN"), Person("fidan", "TUR"),
    ];

    private static readonly Place?[] Places = [null, null, Moscow, new Place("SYR", "دمشق"), new Place("IRN", "طهران")];

    private static readonly EventMode?[] Modes = [null, EventMode.Phone, EventMode.Visit, EventMode.ThirdParty];

    private static EventMerger Merger() => new(AsOf, MarsadRules.Shipped.Events);

    [Property(MaxTest = 150)]
    public void Merging_as_articles_arrive_gives_the_events_of_one_merge_of_all(PositiveInt seed)
    {
        var random = new Random(seed.Get);
        var articles = Articles(random);
        var expected = Describe(Merger().Merge(articles));

        var arrival = articles.OrderBy(_ => random.Next()).ToArray();
        var merge = Merger().Incremental();
        for (var at = 0; at < arrival.Length;)
        {
            var size = random.Next(1, arrival.Length - at + 1);
            merge.Add(arrival[at..(at + size)]);
            at += size;
        }

        Assert.Equal(expected, Describe(merge.Result()));
        Assert.Equal(expected, Describe(Merger().Merge(arrival)));
    }

    [Property(MaxTest = 100)]
    public void Blocks_merged_apart_give_the_events_of_one_block_of_everything(PositiveInt seed)
    {
        var articles = Articles(new Random(seed.Get));
        var merger = Merger();
        var whole = merger.MergeBlock(articles.Select(merger.Start));

        var blocks = merger.Merge(articles);

        Assert.Equal(
            whole.Events.OrderBy(e => e.Id, StringComparer.Ordinal).Select(Describe),
            blocks.Events.OrderBy(e => e.Id, StringComparer.Ordinal).Select(Describe));
        Assert.All(articles, a => Assert.Equal(Describe(whole.Publication[a.ArticleId]), Describe(blocks.Publication[a.ArticleId])));
    }

    [Fact]
    public void A_new_article_merges_again_only_the_block_it_links()
    {
        var day = new DateOnly(2024, 3, 12);
        var fidan = Person("fidan", "TUR");
        var araghchi = Person("araghchi", "IRN");
        var merge = Merger().Incremental();
        merge.Add(
        [
            new ArticleMentions("a", [Mention("a", 0, EventMode.Phone, new Fixed(day), Mekdad, Lavrov)], Anytime),
            new ArticleMentions("b", [Mention("b", 0, EventMode.Phone, new Fixed(day), fidan, araghchi)], Anytime),
        ]);

        merge.Add([new ArticleMentions("c", [Mention("c", 0, EventMode.Phone, new Relative(0), Lavrov, Mekdad)], Anytime)]);

        Assert.Equal(["a", "c"], merge.LastMerged.Order(StringComparer.Ordinal));
        Assert.Equal(2, merge.Result().Events.Count);
        Assert.Equal(DateInterval.Day(day), merge.Result().Publication["c"].Hull);
    }

    [Fact]
    public void An_article_merged_already_is_refused()
    {
        var merge = Merger().Incremental();
        var article = new ArticleMentions("a", [Mention("a", 0, EventMode.Phone, null, Mekdad, Lavrov)], Anytime);
        merge.Add([article]);

        Assert.Throws<ArgumentException>(() => merge.Add([article]));
    }

    /// <summary>A draw of articles: 2–8 meetings between officials of two states, reported by 2–10 articles.</summary>
    private static ArticleMentions[] Articles(Random random)
    {
        var meetings = Enumerable.Range(0, random.Next(2, 9)).Select(_ => Draw(random)).ToArray();
        return Enumerable.Range(0, random.Next(2, 11)).Select(i => Article($"art-{random.Next(1000):000}-{i}", meetings, random)).ToArray();
    }

    private sealed record Meeting(ActorRef Host, ActorRef Guest, EventMode? Mode, Place? Where, DateOnly Day);

    private static Meeting Draw(Random random)
    {
        var host = Officials[random.Next(Officials.Length)];
        var guests = Officials.Where(o => o.Country != host.Country).ToArray();
        return new Meeting(host, guests[random.Next(guests.Length)], Modes[random.Next(Modes.Length)], Places[random.Next(Places.Length)], Base.AddDays(random.Next(8)));
    }

    /// <summary>An article reporting one to three of the meetings, one or two reports each, published a day or two after the last.</summary>
    private static ArticleMentions Article(string id, Meeting[] meetings, Random random)
    {
        var reported = meetings.OrderBy(_ => random.Next()).Take(random.Next(1, 4)).ToArray();
        var published = reported.Max(m => m.Day).AddDays(random.Next(3));
        var days = random.Next(3) switch
        {
            0 => DaySet.Range(published, published),
            1 => DaySet.Range(published.AddDays(-6), published),
            _ => DaySet.Range(Base.AddDays(-40), Base.AddDays(40)),
        };
        var mentions = new List<EventMention>();
        foreach (var meeting in reported)
        {
            for (var n = random.Next(1, 3); n > 0; n--)
                mentions.Add(Report(id, mentions.Count, meeting, published, random));
        }
        return new ArticleMentions(id, mentions, days);
    }

    private static EventMention Report(string article, int sentence, Meeting meeting, DateOnly published, Random random)
    {
        TemporalValue? when = random.Next(4) switch
        {
            0 => new Fixed(meeting.Day),
            1 => new Relative(meeting.Day.DayNumber - published.DayNumber),
            2 => new Fixed(meeting.Day.AddDays(random.Next(-1, 2))),
            _ => null,
        };
        var guest = random.Next(4) == 0 ? State(meeting.Guest.Country!) : meeting.Guest;
        var parties = random.Next(2) == 0 ? new[] { meeting.Host, guest } : [guest, meeting.Host];
        var mode = random.Next(4) == 0 ? null : meeting.Mode;
        var where = random.Next(3) == 0 ? null : meeting.Where;
        return At(where, article, sentence, mode, when, parties);
    }

    private static string[] Describe(MergeResult result) =>
    [
        .. result.Events.Select(Describe),
        .. result.Publication.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}: {Describe(p.Value)}"),
        .. result.PublicationEvidence.OrderBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => $"{p.Key}: {string.Join("; ", p.Value.Select(e => $"{e.Kind} {e.Allows} {e.Text}"))}"),
    ];

    private static string Describe(Event e) =>
        $"{e.Id} {e.Type.Name} {e.Mode?.Name} {e.When} {e.Where?.Name} [{string.Join(", ", e.Participants.Select(p => p.Actor.Key))}] "
        + $"[{string.Join(", ", e.Mentions.Select(m => $"{m.ArticleId}:{m.Sentence} {m.When?.Describe()} {m.Interval}"))}]";

    private static string Describe(DaySet days) => $"{days.Hull} ({days.Count} days)";
}
