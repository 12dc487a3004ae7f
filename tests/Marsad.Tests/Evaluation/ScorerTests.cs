using Marsad.Evaluation;

namespace Marsad.Tests.Evaluation;

/// <summary>The project's scorer on small hand-made gold and system files.</summary>
public class ScorerTests
{
    private const string Gold = """
        {"articles": [
           {"file": "a.txt", "outlet": "سانا", "published": {"from": "2021-02-17", "to": "2021-02-17"}, "true": "2021-02-17"},
           {"file": "b.txt", "outlet": null, "published": {"from": "2021-02-01", "to": "2021-02-28"}}],
         "events": [
           {"key": "call", "type": "consult", "mode": "phone", "when": {"from": "2021-02-17", "to": "2021-02-17"},
            "where": null,
            "participants": [{"country": "SYR", "name": "فيصل المقداد"}, {"country": "RUS", "name": "سيرغي لافروف"}],
            "sources": ["a.txt", "b.txt"]},
           {"key": "sanctions", "type": "sanction", "when": {"from": "2021-02-10", "to": "2021-02-12"},
            "participants": [{"country": "USA", "side": "source"}, {"country": "IRN", "side": "target"}],
            "sources": ["b.txt"]},
           {"key": "optional", "required": false, "type": "praise", "when": {"from": "2021-02-17", "to": "2021-02-17"},
            "participants": [{"country": "SYR"}, {"country": "RUS"}], "sources": ["a.txt"]},
           {"key": "planned", "status": "planned", "type": "consult", "when": {"from": "2021-03-01", "to": "2021-03-01"},
            "participants": [{"country": "SYR"}, {"country": "IRN"}], "sources": ["a.txt"]}]}
        """;

    private static Scorecard Score(string system) => ExchangeScorer.Score(ScoredDocument.Parse(Gold), ScoredDocument.Parse(system));

    [Fact]
    public void The_gold_scored_against_itself_is_perfect_and_ignores_planned_and_optional_events()
    {
        var card = Score(Gold);
        Assert.Equal((2, 0, 0), (card.EventsTp, card.EventsFp, card.EventsFn));
        Assert.Equal(1.0, card.EventsF1);
        Assert.Equal(1.0, card.DateExact);
        Assert.Equal(1.0, card.DirectionAccuracy);
        Assert.Equal(1.0, card.PublishedConsistent);
        Assert.Null(card.WhereAccuracy);
        Assert.Equal(["consult/phone 1/1", "sanction 1/1"], card.RecallByKind.Select(k => $"{k.Kind} {k.Found}/{k.Total}"));
    }

    [Fact]
    public void A_wider_interval_still_matches_but_is_not_exact_and_a_wrong_direction_counts()
    {
        var card = Score("""
            {"articles": [{"file": "a.txt", "outlet": "وكالة سانا", "published": {"from": "2021-02-18", "to": "2021-02-20"}}],
             "events": [
               {"type": "consult", "mode": "visit", "when": {"from": "2021-02-16", "to": "2021-02-18"},
                "participants": [{"country": "SYR", "name": "المقداد"}, {"country": "RUS", "name": "سيرجي لافروف"}], "sources": ["a.txt"]},
               {"type": "sanction", "when": {"from": "2021-02-11", "to": "2021-02-11"},
                "participants": [{"country": "IRN", "side": "source"}, {"country": "USA", "side": "target"}], "sources": ["b.txt"]},
               {"type": "accuse", "when": {"from": "2021-02-11", "to": "2021-02-11"},
                "participants": [{"country": "IRN"}, {"country": "USA"}], "sources": ["b.txt"]}]}
            """);
        Assert.Equal((2, 1, 0), (card.EventsTp, card.EventsFp, card.EventsFn));
        Assert.Equal(0.0, card.DateExact);
        Assert.Equal(0.5, card.WhenContainsGold);
        Assert.Equal(0.5, card.ModeAccuracy);     // phone read as a visit; both sanctions without a mode
        Assert.Equal(1.0, card.PeopleRecall);      // surname alone, and غ/ج folded
        Assert.Equal(0.0, card.DirectionAccuracy);
        Assert.Equal(0.0, card.PublishedConsistent); // the interval misses the true day
        Assert.Equal(0.5, card.OutletAccuracy);   // "وكالة سانا" is not "سانا"; b.txt has no outlet on either side
    }

    [Fact]
    public void An_empty_export_finds_nothing_and_prints_not_applicable_ratios()
    {
        var card = Score("""{"articles": [], "events": []}""");
        Assert.Equal(0.0, card.EventsF1);
        Assert.Null(card.EventsPrecision);
        Assert.Equal(["call", "sanctions"], card.Missed);
        Assert.Contains("mode_accuracy: n/a", card.Lines());
        Assert.Equal("events F1 0.000 (P n/a, R 0.000), date exact 0.000, people n/a, sources n/a, outlet 0.500", card.Summary);
    }

    [Theory]
    [InlineData("محمد بن زايد", "محمد بن زايد آل نهيان", true)]
    [InlineData("محمد بن زايد", "عبد الله بن زايد", false)]
    [InlineData("أسعد الشيباني", "أسعد حسن الشيباني", true)]
    [InlineData("عبدالله الثاني", "الملك عبد الله الثاني", true)]
    [InlineData("لافروف", "سيرغي لافروف", true)]
    [InlineData("سيرغي", "سيرغي لافروف", false)]
    [InlineData("", "سيرغي لافروف", false)]
    public void Names_of_one_person(string a, string b, bool same) => Assert.Equal(same, ScorerNames.SamePerson(a, b));
}
