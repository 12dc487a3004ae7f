using Marsad.Events;
using Marsad.Time;

namespace Marsad.Tests.Events;

/// <summary>
/// Texts that report several meetings at once, which the behaviour corpus (one event per text)
/// cannot hold: bilateral meetings with a list of partners are one event per partner
/// (Frames/PartnerSplitter: "كلا من", "منفصلة", a list on an occasion's sidelines); a meeting of
/// several states together stays one, with the heads of its delegations the next sentence names
/// (Frames/DelegationHeads); a bilateral on the sidelines of a round is its own event
/// (MergeCompatibility).
/// </summary>
public class SeveralMeetingsTests
{
    private static IReadOnlyList<string> Pairs(string text, string day)
    {
        var reading = EventPipeline.Read(text, DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture));
        return reading.Events.Select(e => string.Join('|', e.Countries)).Order(StringComparer.Ordinal).ToArray();
    }

    [Fact]
    public void A_delegation_head_of_no_known_state_is_of_the_delegation_named_before_him()
    {
        var reading = EventPipeline.Read(
            "وانطلقت أمس في أستانة جولة جديدة من المحادثات بحضور وفود تركيا وروسيا وإيران. ويمثل الوفد التركي في المحادثات مراد أوزبك نائب وزير الخارجية، فيما يرأس وفد موسكو ألكساندر لافرينتيف ممثل الرئيس الروسي.",
            new DateOnly(2024, 1, 25));

        var round = Assert.Single(reading.Events);
        Assert.Contains(round.Participants, p => p.Actor.Country == "TUR" && p.Actor.Name == "مراد أوزبك");
    }

    [Theory]
    [InlineData("والتقى الرئيس المصري عبد الفتاح السيسي كلا من رئيس الوزراء الياباني ورئيس جمهورية جنوب إفريقيا.", "2025-03-12", "EGY|JPN;EGY|ZAF")]
    [InlineData("وعقد وزير الخارجية المغربي ناصر بوريطة مباحثات منفصلة مع نظيريه البلجيكي والهولندي.", "2025-03-12", "BEL|MAR;MAR|NLD")]
    [InlineData("والتقى الرئيس التركي رجب طيب أردوغان على هامش قمة مجموعة العشرين في نيودلهي الرئيس الأمريكي جو بايدن ورئيس الوزراء البريطاني ريشي سوناك.", "2023-09-11", "GBR|TUR;TUR|USA")]
    public void A_list_of_partners_met_one_by_one_is_one_event_each(string text, string day, string expected)
    {
        Assert.Equal(expected.Split(';'), Pairs(text, day));
    }

    [Fact]
    public void The_partners_share_the_occasion_s_place_and_days()
    {
        const string Text = "وأجرى وزير الخارجية المغربي ناصر بوريطة على هامش الدورة الثمانين للجمعية العامة للأمم المتحدة مباحثات مع نظيريه الصومالي والسويسري.";
        var events = EventPipeline.Read(Text, new DateOnly(2025, 9, 26)).Events;
        Assert.Equal(2, events.Count);
        Assert.All(events, e =>
        {
            Assert.Equal(EventMode.ThirdParty, e.Mode);
            Assert.Equal(new Place("USA", "نيويورك"), e.Where! with { Evidence = null });
            Assert.Equal(new DateInterval(new DateOnly(2025, 9, 9), new DateOnly(2025, 9, 30)), e.When);
        });
    }

    [Theory]
    [InlineData("وعقد الرئيس المصري عبد الفتاح السيسي على هامش القمة العربية اجتماعا ثلاثيا مع العاهل الأردني الملك عبد الله الثاني والرئيس الفلسطيني محمود عباس.", "2025-03-12", "EGY|JOR|PSE")]
    [InlineData("واستقبل الرئيس اللبناني جوزاف عون وزير الخارجية الفرنسي جان نويل بارو ووزير الخارجية المصري بدر عبد العاطي.", "2025-03-12", "EGY|FRA|LBN")]
    public void A_meeting_of_several_states_together_stays_one(string text, string day, string expected)
    {
        Assert.Equal([expected], Pairs(text, day));
    }

    [Fact]
    public void A_bilateral_on_the_sidelines_of_a_multilateral_meeting_is_its_own_event()
    {
        const string Text = "وعقد قادة مصر والأردن والعراق قمة ثلاثية في القاهرة. وبعد القمة عقد الرئيس المصري عبد الفتاح السيسي لقاء ثنائيا مع رئيس الوزراء العراقي محمد شياع السوداني.";
        Assert.Equal(["EGY|IRQ", "EGY|IRQ|JOR"], Pairs(Text, "2025-03-12"));
    }

    [Fact]
    public void A_subheading_that_names_no_one_joins_the_meeting_it_introduces()
    {
        const string Text = "وعقد وزير الخارجية الروسي سيرغي لافروف في موسكو محادثات مع نظيره السوري أسعد الشيباني. لقاء روسي سوري في موسكو. واستقبل الرئيس الروسي فلاديمير بوتين في الكرملين وزير الخارجية السوري أسعد الشيباني.";
        var events = EventPipeline.Read(Text, new DateOnly(2025, 7, 31)).Events;
        Assert.Equal(2, events.Count);
        var putin = Assert.Single(events, e => e.Participants.Any(p => p.Actor.Id == "vladimir_putin"));
        var lavrov = Assert.Single(events, e => e.Participants.Any(p => p.Actor.Id == "sergey_lavrov"));
        Assert.Equal(2, putin.Mentions.Count);
        Assert.Equal("موسكو", putin.Where?.Name);
        Assert.Single(lavrov.Mentions);
    }

    // A report naming two hosts sums up two meetings when each has a report of its own, and then adds
    // neither host to the other's meeting; when only one host has reports, both received the guest.
    [Theory]
    [InlineData("وأجرى الرئيس الروسي فلاديمير بوتين ووزير خارجيته سيرغي لافروف محادثات في موسكو مع وزير الخارجية السوري أسعد الشيباني. واستقبل الرئيس الروسي فلاديمير بوتين في الكرملين وزير الخارجية السوري أسعد الشيباني. وعقد وزير الخارجية الروسي سيرغي لافروف مؤتمرا صحفيا مشتركا مع نظيره السوري أسعد الشيباني.", "vladimir_putin", "")]
    [InlineData("واستقبل الرئيس الروسي فلاديمير بوتين ووزير خارجيته سيرغي لافروف في موسكو وزير الخارجية السوري أسعد الشيباني. والتقى الرئيس الروسي فلاديمير بوتين في الكرملين وزير الخارجية السوري أسعد الشيباني.", "vladimir_putin", "sergey_lavrov")]
    public void A_host_of_a_summing_up_report_joins_a_meeting_only_without_one_of_his_own(string text, string host, string alsoPresent)
    {
        var events = EventPipeline.Read(text, new DateOnly(2025, 7, 31)).Events;
        var meeting = Assert.Single(events, e => e.Participants.Any(p => p.Actor.Id == host));
        var rus = meeting.Participants.Where(p => p.Actor.Country == "RUS" && p.Actor.Id != host).Select(p => p.Actor.Id ?? "").ToArray();
        Assert.Equal(alsoPresent.Length == 0 ? [] : [alsoPresent], rus);
    }
}
