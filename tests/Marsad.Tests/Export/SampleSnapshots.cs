using Marsad.Actors;
using Marsad.Events;
using Marsad.Store;
using Marsad.Text;
using Marsad.Time;

namespace Marsad.Tests.Export;

/// <summary>Hand-built analyses for the export tests: our own sentences, in the style of Arabic wire copy.</summary>
internal static class SampleSnapshots
{
    public static readonly DateTimeOffset AnalyzedAt = new(2026, 1, 2, 3, 4, 5, TimeSpan.Zero);

    public static ActorRef Minister(string id, string name, string country, string role = "foreign_minister") =>
        new(ActorKind.Person, id, name, country, role);

    public static ActorRef State(string iso3) => new(ActorKind.Country, iso3, null, iso3, null);

    public static DateInterval Day(int y, int m, int d) => DateInterval.Day(new DateOnly(y, m, d));

    public static EventMention Mention(
        string article, int sentence, string evidence, string trigger, EventType type, EventMode? mode, string cameo,
        DateInterval? when, string? whenText = null, Place? where = null, EventStatus status = EventStatus.Occurred,
        IReadOnlyList<EventParticipant>? participants = null)
    {
        var at = Math.Max(0, evidence.IndexOf(trigger, StringComparison.Ordinal));
        return new EventMention(article, sentence, new TextSpan(100, 100 + evidence.Length), evidence,
            new TextSpan(100 + at, 100 + at + trigger.Length), trigger, type, mode, cameo, 1.0, status,
            participants ?? [], where, whenText, null, when, [], []);
    }

    /// <summary>
    /// Four events over three articles: a phone call reported by two outlets, a visit dated only to a
    /// month with a quote, a planned visit, and an undated accusation.
    /// </summary>
    public static AnalysisSnapshot Small()
    {
        var safadi = Minister("jor-safadi", "أيمن الصفدي", "JOR");
        var shoukry = Minister("egy-shoukry", "سامح شكري", "EGY");
        var fidan = Minister("tur-fidan", "هاكان فيدان", "TUR");
        var shoigu = Minister("rus-defmin", "وزير الدفاع الروسي", "RUS", "defence_minister");

        var callEvidence = "وبحث وزير الخارجية أيمن الصفدي، في اتصال هاتفي مع نظيره المصري سامح شكري، \"آخر التطورات\" في المنطقة.";
        var call = new Event(
            "ev-2021-call", EventType.Consult, EventMode.Phone, "041", 1.0, EventStatus.Occurred, Day(2021, 3, 4), null,
            [
                new EventParticipant(safadi, ParticipantSide.Source, new TextSpan(120, 131)),
                new EventParticipant(shoukry, ParticipantSide.Target, new TextSpan(160, 170)),
            ],
            [
                Mention("a1.txt", 1, callEvidence, "اتصال هاتفي", EventType.Consult, EventMode.Phone, "041", Day(2021, 3, 4), "أمس",
                    participants: [new EventParticipant(safadi, ParticipantSide.Source, new TextSpan(120, 131))]),
                Mention("a2.txt", 2, "تلقى شكري اتصالاً هاتفياً من الصفدي الخميس.", "اتصالاً هاتفياً", EventType.Consult, EventMode.Phone, "041", Day(2021, 3, 4), "الخميس"),
            ],
            ["العلاقات الثنائية"], []);

        var quote = new Quote("a2.txt", new TextSpan(300, 340), "نرحب بالتعاون، ونتطلع إلى المزيد", shoukry, "وقال");
        var visit = new Event(
            "ev-2022-visit", EventType.Consult, EventMode.Visit, "042", 1.9, EventStatus.Occurred,
            new DateInterval(new DateOnly(2022, 5, 1), new DateOnly(2022, 5, 31)),
            new Place("EGY", "القاهرة"),
            [
                new EventParticipant(safadi, ParticipantSide.Source, default),
                new EventParticipant(shoukry, ParticipantSide.Target, default),
            ],
            [
                Mention("a2.txt", 4, "وكان الصفدي قد زار القاهرة في أيار/مايو الماضي <b>والتقى</b> شكري.", "زار", EventType.Consult, EventMode.Visit, "042",
                    new DateInterval(new DateOnly(2022, 5, 1), new DateOnly(2022, 5, 31)), "أيار/مايو الماضي", new Place("EGY", "القاهرة")),
            ],
            ["المياه", "الطاقة"], [quote]);

        var planned = new Event(
            "ev-2023-planned", EventType.Consult, EventMode.Visit, "042", 1.9, EventStatus.Planned, Day(2023, 1, 10), new Place("RUS", "موسكو"),
            [
                new EventParticipant(fidan, ParticipantSide.Source, default),
                new EventParticipant(shoigu, ParticipantSide.Target, default),
            ],
            [Mention("a3.txt", 0, "فيدان يزور موسكو الثلاثاء المقبل", "يزور", EventType.Consult, EventMode.Visit, "042", Day(2023, 1, 10), "الثلاثاء المقبل",
                new Place("RUS", "موسكو"), EventStatus.Planned)],
            [], []);

        var accuse = new Event(
            "ev-undated-accuse", EventType.Accuse, null, "112", -2.0, EventStatus.Occurred, null, null,
            [
                new EventParticipant(State("IRN"), ParticipantSide.Source, default),
                new EventParticipant(State("USA"), ParticipantSide.Target, default),
            ],
            [Mention("a3.txt", 5, "واتهمت طهران واشنطن بـ\"زعزعة\" الاستقرار، وقالت إن ذلك\tمرفوض.", "اتهمت", EventType.Accuse, null, "112", null)],
            [], []);

        return new AnalysisSnapshot(
            AnalyzedAt,
            [
                new ArticleSummary("a1.txt", "https://example.org/news/1", "الصفدي وشكري يبحثان التطورات", "بترا", Day(2021, 3, 5), []),
                new ArticleSummary("a2.txt", null, "شكري: نرحب بالتعاون", "الأهرام", new DateInterval(new DateOnly(2022, 6, 1), new DateOnly(2022, 6, 30)),
                    [DateEvidence.Recorded(DateEvidenceKind.Dateline, "حزيران 2022", null, new DateInterval(new DateOnly(2022, 6, 1), new DateOnly(2022, 6, 30)), true, "month in dateline")]),
                new ArticleSummary("a3.txt", null, "فيدان إلى موسكو", null, null, []),
            ],
            [accuse, planned, visit, call]);
    }
}
