using Marsad.Evaluation;

namespace Marsad.Tests.Pipeline;

/// <summary>
/// Floors on the real development articles of ../shared/corpus/real-dev (read as `*.txt` only:
/// the folder also holds the gold and a manifest). They guard what the real-press work reached;
/// raise them as it improves, never lower them to let a change in.
/// </summary>
public class RealPressFloorTests
{
    private static readonly Lazy<Scorecard> Card = new(() => Corpora.Score(Corpora.RealDev, Corpora.RealDevGold));

    [SharedDataFact]
    public void Events_keep_their_floor()
    {
        var card = Card.Value;
        Assert.True(card.EventsF1 >= 0.95, card.Summary);
        Assert.True(card.EventsPrecision >= 0.95, card.Summary);
    }

    [SharedDataFact]
    public void Actors_places_and_sources_keep_their_floor()
    {
        var card = Card.Value;
        var figures = $"{card.Summary}; where {card.WhereAccuracy:0.000}, direction {card.DirectionAccuracy:0.000}";
        Assert.True(card.PeopleRecall >= 0.92, figures);
        Assert.True(card.DirectionAccuracy >= 0.95, figures);
        // 0.904 once a signing's place could follow its document, 0.923 once an occasion's printed place placed its meetings,
        // 0.942 once a meeting held at a reception ("جاء ذلك خلال استقبال ...") was placed in the host's state.
        Assert.True(card.WhereAccuracy >= 0.94, figures);
        Assert.True(card.SourcesJaccard >= 0.91, figures);
    }

    [SharedDataFact]
    public void Dates_keep_their_floor()
    {
        var card = Card.Value;
        var figures = $"{card.Summary}; published consistent {card.PublishedConsistent:0.000}, tight {card.PublishedTight:0.000}, when contains gold {card.WhenContainsGold:0.000}";
        Assert.True(card.PublishedConsistent >= 0.99, figures);
        // Tight fell from 0.554 to 0.545 when a meeting named after the last edition the table knows stopped ruling
        // out publication days after it (an edition not listed yet may be meant), which raised when-contains to 0.864.
        // It rose to 0.554 when a market that moved (شهدت، ارتفعت) became a past cue for its sentence's date,
        // and to 0.580 when an event dated relative to publication stayed inside the terms of the office holders it names;
        // to 0.607 with a visit's meetings held during it, month glosses that slip, and arrivals inside their visit's span;
        // to 0.616 with the day something is said to last until; to 0.625 when a meeting governed by "عقب اختتام" became a past one;
        // to 0.634 with the day of an embedded post, to 0.643 with two persons read under one dual office;
        // to 0.670 with state and office-holder names the base lacked (a formal state name, a spelling, the heads of the GCC);
        // to 0.679 with "جائحة فيروس كورونا" as a pandemic anchor, once an act only thanked for no longer merged with the one reported.
        Assert.True(card.PublishedTight >= 0.67, figures);
        // 0.646 once an act only a headline reports takes the date the body gives another act of that headline;
        // 0.688 once reports that could all be one event taught each other their day, and a day learnt from one
        // event reached the articles of the reporter's other events; 0.708 once an act done at a meeting named
        // again ("وشهد الاجتماع توقيع اتفاقية") took the meeting's parties and day.
        Assert.True(card.DateExact >= 0.70, figures);
        // Page dates and dated meeting editions bound the publication day, so an undated report's
        // interval can be tighter than the gold's (which reads the article's own words only): that
        // counts against this figure though the true day stays inside. It fell from 0.829 to 0.704 (0.747 with the acts)
        // when the sidelines meetings of G20 and UN sessions began to be found (their articles are
        // dated by the meeting), and rose to 0.782 when undated reports stopped claiming the month
        // before their article, and to 0.880 when a meeting only announced in one article stopped dating
        // the one held in another, and to 0.892 when an undated report on a page posted after its body was
        // written could reach the posting day (0.892 with this stop's dates: one event at UN sessions is now dated by the
        // table's edition, narrower than the gold's month), to 0.940 when a UN session named without its general debate
        // allowed the session's days, and to 0.952 when an undated meeting told in the present tense could lie just after
        // its article, and to 0.964 when a weekday read over weeks stopped claiming the weekday's alignment:
        // the floor guards what is left, not a reading of fewer events.
        Assert.True(card.WhenContainsGold >= 0.96, figures);
    }

    [SharedDataFact]
    public void Outlets_keep_their_floor()
    {
        var card = Card.Value;
        Assert.True(card.OutletAccuracy >= 0.95, card.Summary);
    }
}
