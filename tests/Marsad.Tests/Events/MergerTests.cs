using Marsad.Actors;
using Marsad.Events;
using Marsad.Events.Frames;
using Marsad.Pipeline;
using Marsad.Text;
using Marsad.Time;

using static Marsad.Tests.Events.MergeFixtures;

namespace Marsad.Tests.Events;

public class MergerTests
{
    /// <summary>A day of the publication month ("16 من شباط الحالي"): impossible in other months.</summary>
    private sealed record DayOfPublicationMonth(int Month, int Day) : TemporalValue
    {
        public override DateInterval? Resolve(DateOnly p) => p.Month == Month ? DateInterval.Day(new DateOnly(p.Year, Month, Day)) : null;
        public override string Describe() => $"current-month:{Month}-{Day}";
    }

    /// <summary>The days of a meeting's edition ("الدورة 77 للجمعية العامة").</summary>
    private sealed record Edition(DateOnly From, DateOnly To) : TemporalValue
    {
        public override DateInterval? Resolve(DateOnly publication) => new DateInterval(From, To);
        public override bool IsAbsolute => true;
        public override string Describe() => $"{From:yyyy-MM-dd}..{To:yyyy-MM-dd}";
    }

    [Fact]
    public void A_relative_date_of_an_event_with_an_office_holder_keeps_the_event_inside_the_term()
    {
        // "التقى الملك قبل أسبوع المستشار ...": a chancellor whose term began on 8 December 2021 was no party to a
        // meeting of 1 to 4 December, so the article is not of 8 to 11 December; 5 December, three days before the
        // term, stays within the slack a title printed early is given.
        var term = new RoleSpan("olaf_scholz", "DEU", "head_of_government", new DateOnly(2021, 12, 8), new DateOnly(2025, 5, 6));
        var weekBefore = Mention("a", 0, EventMode.Visit, new Relative(-7), Lavrov, Mekdad) with { RoleBounds = [term] };
        var article = new ArticleMentions("a", [weekBefore], DaySet.Range(new DateOnly(2021, 12, 8), new DateOnly(2025, 5, 6)));

        var result = new EventMerger(AsOf, MarsadRules.Shipped.Events).Merge([article]);

        Assert.Equal(new DateOnly(2021, 12, 12), result.Publication["a"].Hull!.Value.From);
        var evidence = Assert.Single(result.PublicationEvidence["a"], ev => ev.Kind == DateEvidenceKind.Role);
        Assert.Equal("the event this date names has this person in office, so it falls inside the term", Marsad.Evidence.EvidenceMessages.Note(evidence));
    }

    [Fact]
    public void A_day_named_on_an_occasion_must_fall_within_it_which_dates_the_article()
    {
        var onSidelines = new OccasionDay(new Relative(-1), new Edition(new DateOnly(2022, 9, 20), new DateOnly(2022, 9, 26)));
        var article = new ArticleMentions("a", [Mention("a", 0, EventMode.ThirdParty, onSidelines, Lavrov, Mekdad)], Anytime);

        var result = new EventMerger(AsOf, MarsadRules.Shipped.Events).Merge([article]);

        Assert.Equal(new DateInterval(new DateOnly(2022, 9, 21), new DateOnly(2022, 9, 27)), result.Publication["a"].Hull);
        Assert.Contains(result.PublicationEvidence["a"], ev => ev.Kind == DateEvidenceKind.SameEvent);
        Assert.Equal(new DateInterval(new DateOnly(2022, 9, 20), new DateOnly(2022, 9, 26)), Assert.Single(result.Events).When);
    }

    [Fact]
    public void A_meeting_the_visitor_holds_in_the_city_of_his_visit_is_held_during_it_which_dates_the_article()
    {
        // "سيزور الوزير موسكو في 19 يوليو" and "ويجتمع مع نظيريه في موسكو بعد أسبوع": two events, one occasion.
        var visit = At(Moscow, "a", 0, EventMode.Visit, new Fixed(new DateOnly(2022, 7, 19)), Mekdad, Lavrov);
        var meeting = At(Moscow, "a", 1, EventMode.Multilateral, new Relative(7), Mekdad, Lavrov, State("IRN"));
        var article = new ArticleMentions("a", [visit, meeting], Anytime);

        var result = new EventMerger(AsOf, MarsadRules.Shipped.Events).Merge([article]);

        Assert.Equal(2, result.Events.Count);
        Assert.Equal(DateInterval.Day(new DateOnly(2022, 7, 12)), result.Publication["a"].Hull);
        var evidence = Assert.Single(result.PublicationEvidence["a"], ev => ev.Clue is VisitOccasionClue);
        Assert.Equal("a meeting the visitor holds in the city of the visit is held during it, so their days meet", Marsad.Evidence.EvidenceMessages.Note(evidence));
    }

    [Fact]
    public void A_meeting_in_another_city_says_nothing_of_the_visit_s_days()
    {
        var visit = At(Moscow, "a", 0, EventMode.Visit, new Fixed(new DateOnly(2022, 7, 19)), Mekdad, Lavrov);
        var meeting = At(new Place("IRN", "طهران"), "a", 1, EventMode.Multilateral, new Relative(7), Mekdad, Lavrov, State("IRN"));
        var article = new ArticleMentions("a", [visit, meeting], Anytime);

        var result = new EventMerger(AsOf, MarsadRules.Shipped.Events).Merge([article]);

        Assert.Equal(Anytime.Hull, result.Publication["a"].Hull);
    }

    [Fact]
    public void An_act_a_headline_alone_reports_takes_the_date_the_body_gives_another_act_of_that_headline()
    {
        // "تستدعي ... وتحذر" over a body that dates only the summons ("استدعى ... أمس").
        var summonsInHeadline = Mention("a", 0, null, null, Lavrov, Mekdad) with { InHeadline = true, Type = EventType.Accuse, Cameo = "111" };
        var summons = Mention("a", 1, null, new Relative(-1), Lavrov, Mekdad) with { Type = EventType.Accuse, Cameo = "111" };
        var warning = Mention("a", 0, null, null, Lavrov, Mekdad) with { InHeadline = true, Type = EventType.Threaten, Cameo = "130" };
        var article = new ArticleMentions("a", [summonsInHeadline, summons, warning], DaySet.Range(new DateOnly(2022, 8, 3), new DateOnly(2022, 8, 3)));

        var result = new EventMerger(AsOf, MarsadRules.Shipped.Events).Merge([article]);

        Assert.Equal(DateInterval.Day(new DateOnly(2022, 8, 2)), Assert.Single(result.Events, e => e.Type == EventType.Threaten).When);
    }

    [Fact]
    public void An_act_of_a_prose_sentence_borrows_no_date_from_its_neighbours()
    {
        var summons = Mention("a", 1, null, new Relative(-1), Lavrov, Mekdad) with { Type = EventType.Accuse, Cameo = "111" };
        var warning = Mention("a", 1, null, null, Lavrov, Mekdad) with { Type = EventType.Threaten, Cameo = "130" };
        var article = new ArticleMentions("a", [summons, warning], DaySet.Range(new DateOnly(2022, 8, 3), new DateOnly(2022, 8, 3)));

        var result = new EventMerger(AsOf, MarsadRules.Shipped.Events).Merge([article]);

        Assert.NotEqual(DateInterval.Day(new DateOnly(2022, 8, 2)), Assert.Single(result.Events, e => e.Type == EventType.Threaten).When);
    }

    [Fact]
    public void An_undated_report_claims_no_more_than_that_it_came_before_its_article()
    {
        var day = new DateOnly(2025, 3, 12);
        var article = new ArticleMentions("a", [Mention("a", 0, EventMode.Phone, null, Lavrov, Mekdad)], DaySet.Range(day, day));

        var result = new EventMerger(AsOf, MarsadRules.Shipped.Events).Merge([article]);

        Assert.Equal(new DateInterval(PublicationDater.DefaultEarliest, day), Assert.Single(result.Events).When);
    }

    [Fact]
    public void Undated_article_inherits_the_day_of_an_event_another_outlet_dates()
    {
        var dated = new ArticleMentions("b", [Mention("b", 0, EventMode.Phone, new Fixed(new DateOnly(2021, 2, 17)), Lavrov, Mekdad)], Anytime);
        var undated = new ArticleMentions("a", [Mention("a", 0, EventMode.Phone, new Relative(0), Mekdad, Lavrov)], Anytime);

        var result = new EventMerger(AsOf, MarsadRules.Shipped.Events).Merge([undated, dated]);

        var e = Assert.Single(result.Events);
        Assert.Equal(["a", "b"], e.Sources.Order());
        Assert.Equal(DateInterval.Day(new DateOnly(2021, 2, 17)), e.When);
        Assert.Equal(DateInterval.Day(new DateOnly(2021, 2, 17)), result.Publication["a"].Hull);
        Assert.Contains(result.PublicationEvidence["a"], ev => ev.Kind == DateEvidenceKind.ReportedElsewhere);
    }

    [Fact]
    public void Calls_on_days_that_cannot_coincide_stay_apart()
    {
        var early = new ArticleMentions("a", [Mention("a", 0, EventMode.Phone, new Fixed(new DateOnly(2021, 2, 17)), Mekdad, Lavrov)], Anytime);
        var late = new ArticleMentions("b", [Mention("b", 0, EventMode.Phone, new Fixed(new DateOnly(2023, 6, 1)), Mekdad, Lavrov)], Anytime);

        var result = new EventMerger(AsOf, MarsadRules.Shipped.Events).Merge([early, late]);

        Assert.Equal(2, result.Events.Count);
    }

    [Fact]
    public void A_weekday_in_an_undated_article_never_meets_a_day_of_another_weekday()
    {
        // A Tuesday call (2021-02-16) and a report of "Saturday" in an article of unknown day: the
        // Saturdays such an article allows span years, but none of them is that Tuesday.
        var tuesday = new ArticleMentions("a", [Mention("a", 0, EventMode.Phone, new Fixed(new DateOnly(2021, 2, 16)), Mekdad, Lavrov)], Anytime);
        var saturday = new ArticleMentions("b", [Mention("b", 0, EventMode.Phone, new WeekdayValue(DayOfWeek.Saturday, WeekdayRelation.Recent), Mekdad, Lavrov)], Anytime);

        var result = new EventMerger(AsOf, MarsadRules.Shipped.Events).Merge([tuesday, saturday]);

        Assert.Equal(2, result.Events.Count);
        Assert.Equal(Anytime.Count, result.Publication["b"].Count);
    }

    [Fact]
    public void A_meeting_only_announced_elsewhere_neither_joins_nor_dates_the_one_reported_held()
    {
        // "قد تنعقد القمة الشهر المقبل" in one article, the meeting reported held in another: the plan may
        // have changed, so it stays a planned event of its own and the held one keeps its own days.
        var held = new ArticleMentions("a", [Mention("a", 0, EventMode.Visit, null, Mekdad, Lavrov)], Anytime);
        var plan = Mention("b", 0, EventMode.Visit, new Fixed(new DateOnly(2023, 5, 1)), Mekdad, Lavrov) with { Status = EventStatus.Planned };
        var announced = new ArticleMentions("b", [plan], Anytime);

        var result = new EventMerger(AsOf, MarsadRules.Shipped.Events).Merge([held, announced]);

        Assert.Equal(2, result.Events.Count);
        var occurred = Assert.Single(result.Events, e => e.Status == EventStatus.Occurred);
        Assert.Equal(["a"], occurred.Sources);
        Assert.Equal(new DateInterval(PublicationDater.DefaultEarliest, AsOf), occurred.When);
    }

    [Fact]
    public void Phone_call_and_visit_are_different_events()
    {
        var call = new ArticleMentions("a", [Mention("a", 0, EventMode.Phone, null, Mekdad, Lavrov)], Anytime);
        var visit = new ArticleMentions("b", [Mention("b", 0, EventMode.Visit, null, Mekdad, Lavrov)], Anytime);

        Assert.Equal(2, new EventMerger(AsOf, MarsadRules.Shipped.Events).Merge([call, visit]).Events.Count);
    }

    [Fact]
    public void Visitors_received_by_different_hosts_are_at_different_meetings()
    {
        var putin = Person("putin", "RUS");
        var shaibani = Person("shaibani", "SYR");
        var article = new ArticleMentions("a",
        [
            At(Moscow, "a", 0, EventMode.Visit, null, putin, shaibani),
            At(null, "a", 1, EventMode.Visit, null, Lavrov, shaibani),
            At(Moscow, "a", 2, EventMode.Visit, null, shaibani, putin),
        ], Anytime);

        var result = new EventMerger(AsOf, MarsadRules.Shipped.Events).Merge([article]);

        Assert.Equal(2, result.Events.Count);
        Assert.Contains(result.Events, e => e.Mentions.Count == 2 && e.Participants.Any(p => p.Actor.Id == "putin"));
    }

    [Fact]
    public void Different_members_of_a_visiting_delegation_do_not_split_the_meeting()
    {
        var putin = Person("putin", "RUS");
        var shaibani = Person("shaibani", "SYR");
        var abuQasra = Person("abu-qasra", "SYR");
        var article = new ArticleMentions("a",
        [
            At(Moscow, "a", 0, EventMode.Visit, null, putin, shaibani),
            At(null, "a", 3, null, null, putin, abuQasra),
        ], Anytime);

        var e = Assert.Single(new EventMerger(AsOf, MarsadRules.Shipped.Events).Merge([article]).Events);

        Assert.Equal(3, e.Participants.Count);
    }

    [Fact]
    public void Two_dates_of_one_event_in_one_article_pin_the_publication_day()
    {
        // "لقاؤه اليوم" and "زيارته في 17 من الشهر الجاري" describe one meeting: published on the 17th.
        var article = new ArticleMentions("a",
        [
            Mention("a", 0, EventMode.Visit, new Relative(0), Mekdad, Lavrov),
            Mention("a", 3, EventMode.Visit, new DayOfPublicationMonth(12, 17), Mekdad, Lavrov),
        ], DaySet.Range(new DateOnly(2020, 12, 1), new DateOnly(2020, 12, 31)));

        var result = new EventMerger(AsOf, MarsadRules.Shipped.Events).Merge([article]);

        Assert.Equal(DateInterval.Day(new DateOnly(2020, 12, 17)), result.Publication["a"].Hull);
        Assert.Equal(DateInterval.Day(new DateOnly(2020, 12, 17)), Assert.Single(result.Events).When);
    }

    [Fact]
    public void A_settled_merge_resolves_an_ambiguous_one()
    {
        // Article a (undated) reports a multilateral round that ended "today" and a call "today".
        // Article b dates the round; article c reports a call two years later. The round can only
        // be b's, which dates a, which leaves b's call (not c's) as a's call.
        var turkey = State("TUR");
        var iran = State("IRN");
        var russia = State("RUS");
        var round = new DateOnly(2021, 2, 17);
        var a = new ArticleMentions("a",
        [
            Mention("a", 0, EventMode.Phone, new Relative(0), Mekdad, Lavrov),
            Mention("a", 1, EventMode.Multilateral, new Relative(0), turkey, russia, iran),
        ], Anytime);
        var b = new ArticleMentions("b",
        [
            Mention("b", 0, EventMode.Phone, new Fixed(round), Lavrov, Mekdad),
            Mention("b", 4, EventMode.Multilateral, new Fixed(round), turkey, russia, iran),
        ], Anytime);
        var c = new ArticleMentions("c", [Mention("c", 0, EventMode.Phone, new Fixed(new DateOnly(2023, 6, 1)), Mekdad, Lavrov)], Anytime);

        var result = new EventMerger(AsOf, MarsadRules.Shipped.Events).Merge([a, c, b]);

        var call = Assert.Single(result.Events, e => e.Mode == EventMode.Phone && e.Sources.Contains("a"));
        Assert.Equal(["a", "b"], call.Sources.Order());
        Assert.Equal(DateInterval.Day(round), call.When);
        Assert.Equal(3, result.Events.Count);
    }

    [Fact]
    public void A_report_that_fits_two_events_one_article_tells_apart_joins_neither()
    {
        // Article a reports two calls a week apart; article b, of that month, reports a call without its day.
        var (first, second) = (new DateOnly(2021, 2, 10), new DateOnly(2021, 2, 17));
        var a = new ArticleMentions("a",
        [
            Mention("a", 0, EventMode.Phone, new Fixed(first), Mekdad, Lavrov),
            Mention("a", 3, EventMode.Phone, new Fixed(second), Mekdad, Lavrov),
        ], Anytime);
        var b = new ArticleMentions("b", [Mention("b", 0, EventMode.Phone, null, Lavrov, Mekdad)], DaySet.Range(new DateOnly(2021, 2, 18), new DateOnly(2021, 2, 20)));

        var result = new EventMerger(AsOf, MarsadRules.Shipped.Events).Merge([a, b]);

        Assert.Equal(3, result.Events.Count);
        Assert.All(result.Events, e => Assert.Single(e.Sources));
    }

    [Fact]
    public void A_report_that_fits_one_event_of_another_article_joins_it()
    {
        var a = new ArticleMentions("a", [Mention("a", 0, EventMode.Phone, new Fixed(new DateOnly(2021, 2, 17)), Mekdad, Lavrov)], Anytime);
        var b = new ArticleMentions("b", [Mention("b", 0, EventMode.Phone, null, Lavrov, Mekdad)], DaySet.Range(new DateOnly(2021, 2, 18), new DateOnly(2021, 2, 20)));

        var result = new EventMerger(AsOf, MarsadRules.Shipped.Events).Merge([a, b]);

        Assert.Equal(["a", "b"], Assert.Single(result.Events).Sources.Order());
    }

    [Fact]
    public void A_day_one_event_teaches_an_article_reaches_the_articles_of_its_other_events()
    {
        // c dates a call; b reports the call and a visit two days before it was written; a reports the
        // visit the day before it was written. The visit's reports merge first, while both are undated.
        var call = new DateOnly(2021, 2, 17);
        var a = new ArticleMentions("a", [At(Moscow, "a", 0, EventMode.Visit, new Relative(-1), Mekdad, Lavrov)], Anytime);
        var b = new ArticleMentions("b",
        [
            Mention("b", 0, EventMode.Phone, new Relative(-2), Mekdad, Lavrov),
            At(Moscow, "b", 4, EventMode.Visit, new Relative(-2), Lavrov, Mekdad),
        ], Anytime);
        var c = new ArticleMentions("c", [Mention("c", 0, EventMode.Phone, new Fixed(call), Lavrov, Mekdad)], Anytime);

        var result = new EventMerger(AsOf, MarsadRules.Shipped.Events).Merge([a, b, c]);

        Assert.Equal(DateInterval.Day(call.AddDays(2)), result.Publication["b"].Hull);
        Assert.Equal(DateInterval.Day(call.AddDays(1)), result.Publication["a"].Hull);
        Assert.Equal(DateInterval.Day(call), Assert.Single(result.Events, e => e.Mode == EventMode.Visit).When);
    }

    [Fact]
    public void Reports_that_could_all_be_one_event_teach_each_other_their_day()
    {
        // b reports a call "yesterday"; a dates it and c reports it without a day: b's two candidates
        // could be one event, so b learns its day from a.
        var call = new DateOnly(2021, 2, 17);
        var a = new ArticleMentions("a", [Mention("a", 0, EventMode.Phone, new Fixed(call), Mekdad, Lavrov)], Anytime);
        var b = new ArticleMentions("b", [Mention("b", 0, EventMode.Phone, new Relative(-1), Lavrov, Mekdad)], Anytime);
        var c = new ArticleMentions("c", [Mention("c", 0, EventMode.Phone, null, Mekdad, Lavrov)], DaySet.Range(call, call.AddDays(5)));

        var result = new EventMerger(AsOf, MarsadRules.Shipped.Events).Merge([a, b, c]);

        Assert.Equal(DateInterval.Day(call.AddDays(1)), result.Publication["b"].Hull);
        Assert.Equal(["a", "b", "c"], Assert.Single(result.Events).Sources.Order());
    }

    [Fact]
    public void An_event_names_a_person_as_a_report_printed_the_name()
    {
        // a names the president by his title only (the base gives its holder's canonical name); b prints his name.
        var day = new DateOnly(2020, 12, 10);
        var trump = new ActorRef(ActorKind.Person, "donald_trump", "دونالد ترامب", "USA", "head_of_state");
        EventMention Report(string article, string sentence, string words, ActorRef actor)
        {
            var at = sentence.IndexOf(words, StringComparison.Ordinal);
            return Mention(article, 0, EventMode.Phone, new Fixed(day), Mekdad) with
            {
                Evidence = new TextSpan(0, sentence.Length),
                EvidenceText = sentence,
                Participants = [new(Mekdad, ParticipantSide.Joint, new TextSpan(0, 1)), new(actor, ParticipantSide.Joint, new TextSpan(at, at + words.Length))],
            };
        }
        var a = new ArticleMentions("a", [Report("a", "وهاتف الوزير الرئيس الأميركي.", "الرئيس الأميركي", trump)], Anytime);
        var b = new ArticleMentions("b", [Report("b", "وهاتف الوزير الرئيس دونالد ترمب.", "الرئيس دونالد ترمب", trump with { Name = "دونالد ترمب" })], Anytime);

        var merged = Assert.Single(new EventMerger(AsOf, MarsadRules.Shipped.Events).Merge([a, b]).Events);

        Assert.Equal("دونالد ترمب", Assert.Single(merged.Participants, p => p.Actor.Country == "USA").Actor.Name);
    }

    [Fact]
    public void Start_and_end_reports_span_a_multi_day_event()
    {
        var states = new[] { State("TUR"), State("RUS"), State("IRN") };
        var start = Mention("a", 0, EventMode.Multilateral, new Fixed(new DateOnly(2021, 2, 16)), states) with { Phase = DatePhase.Start };
        var end = Mention("a", 1, EventMode.Multilateral, new Relative(-1), states) with { Phase = DatePhase.End };
        var article = new ArticleMentions("a", [start, end], DaySet.Range(new DateOnly(2021, 2, 18), new DateOnly(2021, 2, 18)));

        var e = Assert.Single(new EventMerger(AsOf, MarsadRules.Shipped.Events).Merge([article]).Events);

        Assert.Equal(new DateInterval(new DateOnly(2021, 2, 16), new DateOnly(2021, 2, 17)), e.When);
    }
}
