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
        Assert.True(card.EventsF1 >= 0.42, card.Summary);
        Assert.True(card.EventsPrecision >= 0.59, card.Summary);
    }

    [SharedDataFact]
    public void Dates_keep_their_floor()
    {
        var card = Card.Value;
        var figures = $"{card.Summary}; published consistent {card.PublishedConsistent:0.000}, tight {card.PublishedTight:0.000}, when contains gold {card.WhenContainsGold:0.000}";
        Assert.True(card.PublishedConsistent >= 0.79, figures);
        Assert.True(card.PublishedTight >= 0.28, figures);
        Assert.True(card.DateExact >= 0.02, figures);
        Assert.True(card.WhenContainsGold >= 0.89, figures);
    }

    [SharedDataFact]
    public void Outlets_keep_their_floor()
    {
        var card = Card.Value;
        Assert.True(card.OutletAccuracy >= 0.95, card.Summary);
    }
}
