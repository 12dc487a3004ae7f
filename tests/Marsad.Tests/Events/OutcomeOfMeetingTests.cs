using Marsad.Events;
using Marsad.Time;

namespace Marsad.Tests.Events;

/// <summary>
/// An act done at a meeting reported before it ("وشهد الاجتماع توقيع اتفاقية"), which names no parties of
/// its own, takes the meeting's parties, place and day (EventExtractor.DoneAtMeeting). The texts report the
/// meeting and the act, two events, so they are tested here and not in the one-event behaviour corpus.
/// </summary>
public class OutcomeOfMeetingTests
{
    private const string Meeting = "والتقى وزير الدفاع السوري مرهف أبو قصرة يوم الخميس 27 مارس 2025 نظيره اللبناني ميشال منسى في جدة. ";

    private static IReadOnlyList<Event> Read(string text) => EventPipeline.Read(text, new DateOnly(2025, 3, 28)).Events;

    [Theory]
    [InlineData("وشهد الاجتماع توقيع اتفاقية لترسيم الحدود.")]
    [InlineData("وتم خلال اللقاء توقيع مذكرة تفاهم في مجال النقل.")]
    [InlineData("وتناول اللقاء ملف اللاجئين. وركز الاجتماع على أمن الحدود. وشهد الاجتماع توقيع اتفاقية لترسيم الحدود.")]
    public void An_act_the_meeting_named_again_witnessed_is_the_meeting_parties_on_its_day(string after)
    {
        var signing = Assert.Single(Read(Meeting + after), e => e.Type == EventType.Support);

        Assert.Equal(["LBN", "SYR"], signing.Countries.Order(StringComparer.Ordinal));
        Assert.Equal(DateInterval.Day(new DateOnly(2025, 3, 27)), signing.When);
        Assert.Equal("SAU", signing.Where?.Country);
    }

    [Theory]
    [InlineData("ووقعت في الأسبوع الماضي اتفاقية للتجارة.")]
    [InlineData("وتناول الوزيران ملف اللاجئين. وسبق ذلك بيان للحكومة. وأعلنت الحكومة لاحقا توقيع اتفاقية للتجارة.")]
    public void An_act_with_no_parties_that_names_no_meeting_is_no_event(string after)
    {
        Assert.DoesNotContain(Read(Meeting + after), e => e.Type == EventType.Support);
    }
}
