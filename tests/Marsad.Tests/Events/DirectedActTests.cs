using Marsad.Events;

namespace Marsad.Tests.Events;

/// <summary>
/// Texts that report two acts, which the one-event behaviour corpus cannot hold: a verb coordinated with
/// the act before it shares its subject, a meeting keeps a signing and an act aimed outside it, and the
/// reciprocal acts of two states stay two events.
/// </summary>
public class DirectedActTests
{
    private static readonly DateOnly Published = new(2025, 3, 12);

    /// <summary>The events of a text as "type cameo source>target", sorted.</summary>
    private static string[] Read(string text) => EventPipeline.Read(text, Published).Events
        .Select(e => $"{e.Type} {e.Cameo} {Countries(e, ParticipantSide.Source)}>{Countries(e, ParticipantSide.Target)}")
        .Order(StringComparer.Ordinal)
        .ToArray();

    private static string Countries(Event e, ParticipantSide side) =>
        string.Join('|', e.Participants.Where(p => p.Side == side).Select(p => p.Actor.Country).OfType<string>().Distinct().Order(StringComparer.Ordinal));

    [Fact]
    public void A_coordinated_warning_shares_the_subject_and_target_of_the_summons()
    {
        Assert.Equal(["accuse 114 IRN>GBR", "threaten 130 IRN>GBR"], Read("طهران تستدعي السفير البريطاني وتحذر من التدخل"));
    }

    [Fact]
    public void A_coordinated_recall_without_a_posting_is_aimed_at_the_state_of_the_act_before()
    {
        Assert.Equal(["sanction 161 IRQ>SWE", "sanction 166 IRQ>SWE"], Read("العراق يطرد سفيرة السويد ويسحب القائم بالأعمال"));
    }

    [Fact]
    public void A_recall_and_a_summons_in_one_sentence_are_two_acts()
    {
        Assert.Equal(["accuse 114 MAR>DZA", "sanction 161 MAR>DZA"],
            Read("واستدعت المغرب سفيرها في الجزائر، كما استدعت القائم بالأعمال الجزائري في الرباط."));
    }

    [Fact]
    public void Reciprocal_expulsions_are_two_events()
    {
        Assert.Equal(["sanction 166 DZA>FRA", "sanction 166 FRA>DZA"],
            Read("وطردت الجزائر 12 موظفا في السفارة الفرنسية، وردت فرنسا بطرد 12 دبلوماسيا من السفارة الجزائرية."));
    }

    [Fact]
    public void A_signing_at_a_meeting_is_an_event_of_its_own()
    {
        Assert.Equal(["consult 042 JOR>EGY", "support 057 >"],
            Read("واستقبل الرئيس المصري عبد الفتاح السيسي العاهل الأردني الملك عبد الله الثاني في القاهرة، ووقع الجانبان اتفاقية للتعاون."));
    }

    [Fact]
    public void Praise_at_a_meeting_stays_part_of_it()
    {
        Assert.Equal(["consult 042 JOR>EGY"],
            Read("واستقبل الرئيس المصري عبد الفتاح السيسي العاهل الأردني الملك عبد الله الثاني في القاهرة، وأشاد السيسي بالدور الأردني."));
    }

    [Fact]
    public void A_condemnation_of_a_state_outside_the_meeting_is_its_own_event()
    {
        Assert.Equal(["accuse 111 EGY|JOR>ISR", "consult 042 >"],
            Read("والتقى وزير الخارجية المصري نظيره الأردني في القاهرة، وأدان الوزيران الهجوم الإسرائيلي على غزة."));
    }

    [Fact]
    public void A_restriction_and_a_later_halt_of_trade_are_two_sanctions()
    {
        Assert.Equal(["sanction 163 TUR>ISR", "sanction 163 TUR>ISR"],
            Read("وأعلنت تركيا وقف التجارة مع إسرائيل، بعدما فرضت أنقرة في 9 نيسان الماضي قيودا على تصدير 54 منتجا إلى إسرائيل."));
    }
}
