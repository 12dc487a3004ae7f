using Marsad.Text;
using Marsad.Time;

namespace Marsad.Tests.Time;

/// <summary>
/// The dateline predicates themselves; which articles they date is in
/// Data/time/publication-corpus.tsv (<see cref="TimeCorpusTests"/>).
/// </summary>
public class DatelineTests
{
    [Fact]
    public void A_dateline_without_a_year_fixes_day_and_month_of_publication()
    {
        var layer = TextLayer.Build("عنوان الخبر\nعمان 2 آذار (بترا)- استقبل الملك وزير الخارجية.");
        var dateline = Assert.Single(TemporalTagger.Tag(layer), t => PublicationDater.IsDateline(layer, t));

        Assert.True(PublicationDater.DatelineAllows(dateline, new DateOnly(2025, 3, 2)));
        Assert.True(PublicationDater.DatelineAllows(dateline, new DateOnly(2019, 3, 2)));
        Assert.False(PublicationDater.DatelineAllows(dateline, new DateOnly(2025, 3, 3)));
    }

    [Fact]
    public void Only_a_single_day_can_be_a_dateline()
    {
        var layer = TextLayer.Build("عنوان الخبر\nعمان آذار 2025 (بترا)- استقبل الملك وزير الخارجية.");
        var month = Assert.Single(TemporalTagger.Tag(layer));
        Assert.False(PublicationDater.IsDateline(layer, month));
    }
}
