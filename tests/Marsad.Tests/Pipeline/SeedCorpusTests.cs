using System.Diagnostics;
using Marsad.Actors;
using Marsad.Clean;
using Marsad.Events;
using Marsad.Export;
using Marsad.Ingest;
using Marsad.Pipeline;
using Marsad.Store;
using Marsad.Time;

namespace Marsad.Tests.Pipeline;

/// <summary>
/// The whole pipeline on the bundled sample corpus: the facts a reader of these five articles
/// can establish, and the official scorer against their hand-labelled reading.
/// </summary>
public class SeedCorpusTests
{
    private static readonly Lazy<CorpusAnalysis> Analysis = new(() => Corpora.Seeds);

    private static DateInterval Day(int y, int m, int d) => DateInterval.Day(new DateOnly(y, m, d));

    private static Event Single(Func<Event, bool> where) =>
        Assert.Single(Analysis.Value.Events, e => e.Status == EventStatus.Occurred && where(e));

    [Fact]
    public void One_phone_call_reported_by_two_outlets_is_one_dated_event()
    {
        var call = Single(e => e.Mode == EventMode.Phone && e.Sources.Contains("000_f34a1aeb87f964bc.txt"));

        Assert.Equal(["000_f34a1aeb87f964bc.txt", "001_64472d528037be5b.txt"], call.Sources.Order());
        Assert.Equal(Day(2021, 2, 17), call.When);
        Assert.Equal(["RUS", "SYR"], call.Countries);
    }

    [Fact]
    public void An_undated_article_takes_its_day_from_the_event_another_outlet_dates()
    {
        var article = Assert.Single(Analysis.Value.Articles, a => a.Article.Id == "000_f34a1aeb87f964bc.txt");

        Assert.Equal(Day(2021, 2, 17), article.Published.Interval);
        Assert.Contains(article.Published.Evidence, e => e.Kind == DateEvidenceKind.ReportedElsewhere);
    }

    [Fact]
    public void Today_thursday_and_the_announced_visit_date_pin_the_publication_day()
    {
        var article = Assert.Single(Analysis.Value.Articles, a => a.Article.Id == "003_2dadf7ab2ecb22ff.txt");
        var moscow = Single(e => e.Sources.Contains("003_2dadf7ab2ecb22ff.txt") && e.Where?.Country == "RUS");
        var tehran = Single(e => e.Sources.Contains("003_2dadf7ab2ecb22ff.txt") && e.Where?.Country == "IRN");

        Assert.Equal(Day(2020, 12, 17), article.Published.Interval);
        Assert.Equal(Day(2020, 12, 17), moscow.When);
        Assert.Equal(EventMode.Visit, moscow.Mode);
        Assert.Equal(Day(2020, 12, 6), tehran.When);
        Assert.Contains(tehran.Participants, p => p.Actor.Country == "IRN" && p.Actor.Role == "foreign_minister");
    }

    [Fact]
    public void Meetings_with_the_president_and_with_the_foreign_minister_stay_apart()
    {
        var moscow = Analysis.Value.Events
            .Where(e => e.Sources.Contains("004_e866f567f2cfb250.txt") && e.Status == EventStatus.Occurred)
            .ToArray();

        Assert.Equal(2, moscow.Length);
        Assert.All(moscow, e => Assert.Equal("موسكو", e.Where?.Name));
        Assert.Contains(moscow, e => e.Participants.Any(p => p.Actor.Role == "head_of_state" && p.Actor.Country == "RUS"));
        Assert.Contains(moscow, e => e.Participants.Any(p => p.Actor.Role == "foreign_minister" && p.Actor.Country == "RUS"));
    }

    [Fact]
    public void The_astana_round_in_sochi_is_one_multilateral_event_of_its_guarantors()
    {
        var round = Single(e => e.Mode == EventMode.Multilateral);

        Assert.Equal(["IRN", "RUS", "TUR"], round.Countries);
        Assert.Equal("سوتشي", round.Where?.Name);
        Assert.Equal(2, round.Sources.Count);
    }

    [Fact]
    public void The_project_scorer_gives_full_marks_on_the_seed_gold()
    {
        var card = Corpora.Score(Analysis.Value, Corpora.SeedGold);
        Assert.StartsWith("events F1 1.000 (P 1.000, R 1.000), date exact 1.000, people 1.000, sources 1.000, outlet 1.000", card.Summary);
    }

    /// <summary>
    /// The development set (samples/dev: twelve articles written for it, with their own gold) guards
    /// against tuning to the seeds: its event F1 must stay at or above what it reached.
    /// </summary>
    [Fact]
    public void The_development_set_keeps_its_event_f1()
    {
        var card = Corpora.Score(Corpora.Dev, Corpora.DevGold);
        Assert.True(card.EventsF1 >= 0.95, card.Summary);
    }
}
