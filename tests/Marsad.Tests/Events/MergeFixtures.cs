using Marsad.Actors;
using Marsad.Events;
using Marsad.Text;
using Marsad.Time;

namespace Marsad.Tests.Events;

/// <summary>Reports, dates and actors to build the merger's input by hand.</summary>
internal static class MergeFixtures
{
    public static readonly DateOnly AsOf = new(2026, 11, 28);
    public static readonly DaySet Anytime = DaySet.Range(new DateOnly(2019, 1, 1), AsOf);

    /// <summary>"اليوم" / "أمس": publication day plus an offset.</summary>
    public sealed record Relative(int Offset) : TemporalValue
    {
        public override DateInterval? Resolve(DateOnly publication) => DateInterval.Day(publication.AddDays(Offset));
        public override string Describe() => $"day{Offset:+0;-0}";
    }

    /// <summary>An explicit date.</summary>
    public sealed record Fixed(DateOnly Day) : TemporalValue
    {
        public override DateInterval? Resolve(DateOnly publication) => DateInterval.Day(Day);
        public override bool IsAbsolute => true;
        public override string Describe() => Day.ToString("yyyy-MM-dd");
    }

    public static ActorRef Person(string id, string country) => new(ActorKind.Person, id, id, country, "foreign_minister");

    public static ActorRef State(string iso) => new(ActorKind.Country, iso, null, iso, null);

    public static EventMention Mention(string article, int sentence, EventMode? mode, TemporalValue? when, params ActorRef[] parties) =>
        At(null, article, sentence, mode, when, parties);

    public static EventMention At(Place? where, string article, int sentence, EventMode? mode, TemporalValue? when, params ActorRef[] parties) =>
        new(article, sentence, new TextSpan(0, 1), "…", new TextSpan(0, 1), "بحث", EventType.Consult, mode, "040", 1.0, EventStatus.Occurred,
            parties.Select(p => new EventParticipant(p, ParticipantSide.Joint, new TextSpan(0, 1))).ToArray(),
            where, when?.Describe(), null, null, [], [])
        { When = when };

    public static readonly Place Moscow = new("RUS", "موسكو");

    public static readonly ActorRef Mekdad = Person("mekdad", "SYR");
    public static readonly ActorRef Lavrov = Person("lavrov", "RUS");
}
