using Marsad.Actors;
using Marsad.Events;
using Marsad.Tests.Actors;
using Marsad.Time;
using static Marsad.Tests.Time.TimeTestKit;

namespace Marsad.Tests.Evidence;

/// <summary>
/// Evidence is a rule and its inputs; Evidence/EvidenceMessages.cs prints it, and the exports carry
/// that text, so each message is pinned here.
/// </summary>
public class EvidenceMessagesTests
{
    private static DateEvidence Applied(DateEvidenceKind kind, DateClue clue) => new(kind, clue, null, DateInterval.Day(D("2021-02-17")), true);

    [Fact]
    public void Each_publication_clue_prints_what_it_was_read_from()
    {
        var lavrov = new RoleSpan("lavrov", "RUS", "foreign_minister", D("2004-03-09"), null);
        Assert.Equal("2021-02-17", Applied(DateEvidenceKind.Metadata, new MetadataClue(DateInterval.Day(D("2021-02-17")))).Text);
        Assert.Equal("أمس", Applied(DateEvidenceKind.PastDate, new PhraseClue("أمس")).Text);
        Assert.Equal("لافروف (foreign_minister RUS, 2004-03-09..2026-12-01)", Applied(DateEvidenceKind.Role, new RoleTermClue("لافروف", lavrov, D("2026-12-01"))).Text);
        Assert.Equal("القمة (summit >= 2023-05-07: a note)", Applied(DateEvidenceKind.Anchor, new AnchorClue("القمة", "summit", ">= 2023-05-07", "a note")).Text);
        Assert.Equal("day+0 = 2021-02-17", Applied(DateEvidenceKind.Event, new EventDateClue(new RelativeDay(0), DateInterval.Day(D("2021-02-17")))).Text);
        Assert.Equal("أمس / الثلاثاء", Applied(DateEvidenceKind.SameEvent, new SameEventClue(["أمس", "الثلاثاء"])).Text);
    }

    [Fact]
    public void A_term_that_starts_after_the_as_of_day_prints_its_bounds_and_allows_nothing()
    {
        var clue = new RoleTermClue("الوزير", new RoleSpan("x", "SYR", "foreign_minister", D("2025-01-01"), null), D("2024-12-31"));
        Assert.Null(clue.Days);
        Assert.Equal("الوزير (foreign_minister SYR, 2025-01-01..2024-12-31)", Applied(DateEvidenceKind.Role, clue).Text);
    }

    [Fact]
    public void The_note_says_why_evidence_was_ignored_or_what_the_merger_learnt()
    {
        var phrase = new PhraseClue("الخميس");
        Assert.Equal("", Applied(DateEvidenceKind.Weekday, phrase).Note);
        Assert.Equal("impossible in [earliest, as-of]; ignored", new DateEvidence(DateEvidenceKind.Weekday, phrase, null, null, false).Note);
        Assert.Equal("contradicts stronger evidence; ignored", new DateEvidence(DateEvidenceKind.Weekday, phrase, null, DateInterval.Day(D("2021-02-18")), false).Note);
        Assert.Equal("these dates describe one event, so they must fall on the same day", Applied(DateEvidenceKind.SameEvent, new SameEventClue(["أمس"])).Note);
        var elsewhere = new ReportedElsewhereClue("أمس", EventType.Consult, DateInterval.Day(D("2021-02-17")), ["b.txt", "c.txt"]);
        Assert.Equal("the same consult event is dated 2021-02-17 by b.txt, c.txt", Applied(DateEvidenceKind.ReportedElsewhere, elsewhere).Note);
        Assert.Equal("أمس", Applied(DateEvidenceKind.ReportedElsewhere, elsewhere).Text);
    }

    [Fact]
    public void Recorded_evidence_prints_what_was_stored()
    {
        var e = DateEvidence.Recorded(DateEvidenceKind.Dateline, "حزيران 2022", null, null, true, "month in dateline");
        Assert.Equal(("حزيران 2022", "month in dateline"), (e.Text, e.Note));
    }

    [Fact]
    public void Evidence_kinds_keep_the_spelling_of_the_exports()
    {
        Assert.Equal(
            ["metadata", "page-updated", "page-widget", "page-crawl", "credit", "page-published", "page-stamp", "dateline", "page-date",
             "page-date-later", "weekday", "current", "role", "anchor", "past-date", "embedded-post", "weekday-date", "relative-date", "lasting-date", "event", "same-event", "reported-elsewhere", "writing-lag"],
            DateEvidenceKind.All.Select(k => k.Name));
        Assert.Equal(DateEvidenceKind.ReportedElsewhere, DateEvidenceKind.Parse("reported-elsewhere"));
        Assert.Throws<FormatException>(() => DateEvidenceKind.Parse("rumour"));
    }

    [Fact]
    public void Actor_evidence_steps_print_with_the_joiner_of_their_rule()
    {
        var term = new RoleSpan("lavrov", "RUS", "foreign_minister", D("2004-03-09"), null);
        var evidence = ActorEvidence.Of(ActorRule.Title, "وزير الخارجية")
            .Then(ActorRule.CountryByDemonym, "الروسي")
            .Then(ActorEvidence.Of(ActorRule.KbName).Then(ActorRule.AfterHonorific, "الشيخ"))
            .Then(ActorRule.Term, term);
        Assert.Equal("title 'وزير الخارجية' + demonym 'الروسي' + KB name after honorific 'الشيخ'; term 2004-03-09..", evidence.Text);
        var pair = ActorEvidence.Of(ActorRule.Cue, "الجانبان")
            .Then(ActorRule.Pair, new ActorRef(ActorKind.Person, "lavrov", "لافروف", "RUS", null), new ActorRef(ActorKind.Country, "SYR", null, "SYR", null));
        Assert.Equal("'الجانبان' -> لافروف (RUS) + SYR", pair.Text);
        Assert.Equal("place 'سوتشي' in no single state", ActorEvidence.Of(ActorRule.Place, "سوتشي", null).Text);
    }

    [Fact]
    public void Actor_evidence_tells_which_rule_gave_the_role()
    {
        var m = Assert.Single(TestKb.Persons("وقال وزير الخارجية الروسي سيرغي لافروف إن المحادثات مستمرة.", "2021-02-17"));
        Assert.Equal(
            [ActorRule.Title, ActorRule.CountryByDemonym, ActorRule.KbName, ActorRule.Term],
            m.Evidence.Steps.Select(s => s.Rule));
        Assert.Equal("وزير الخارجية", m.Evidence.Find(ActorRule.Title)?.Input<string>(0));
        Assert.Equal(m.AttestedRole, m.Evidence.Find(ActorRule.Term)?.Input<RoleSpan>(0));

        // Undated, Mekdad held two offices: the headline's name takes the role the body gives him.
        var headline = TestKb.Persons("المقداد يصل إلى موسكو.\nوقال وزير الخارجية السوري فيصل المقداد إن المحادثات مستمرة.")[0];
        Assert.Equal("foreign_minister", headline.Evidence.Find(ActorRule.RoleFromLaterMention)?.Input<string>(0));
        Assert.Equal("KB short name; role from later mention (foreign_minister)", headline.Evidence.Text);
    }

    [Fact]
    public void Equal_steps_make_equal_evidence()
    {
        Assert.Equal(ActorEvidence.Of(ActorRule.Capital, "RUS"), ActorEvidence.Of(ActorRule.Capital, "RUS"));
        Assert.NotEqual(ActorEvidence.Of(ActorRule.Capital, "RUS"), ActorEvidence.Of(ActorRule.Metonym, "RUS"));
    }
}
