using Marsad.Actors;
using Marsad.Events;
using Marsad.Text;
using Marsad.Time;

namespace Marsad.Tests.Events;

/// <summary>End to end over the real annotators: text layer, actors, time, then the event extractor.</summary>
public class ExtractorTests
{
    /// <summary>An explicit publication day, so that titles resolve to the people holding them then.</summary>
    private static readonly DateInterval Published = DateInterval.Day(new DateOnly(2025, 3, 12));

    private static IReadOnlyList<EventMention> Extract(string sentence)
    {
        var text = TextLayer.Build(sentence);
        var actors = new ActorRecognizer(KnowledgeBase.Default).Recognize(text, Published);
        var times = TemporalTagger.Tag(text);
        return new EventExtractor(KnowledgeBase.Default).Extract("t", text, actors, times);
    }

    private static string[] Countries(EventMention m) =>
        m.Participants.Select(p => p.Actor.Country).OfType<string>().Distinct().Order(StringComparer.Ordinal).ToArray();

    private static string[] Countries(EventMention m, ParticipantSide side) =>
        m.Participants.Where(p => p.Side == side).Select(p => p.Actor.Country).OfType<string>().Distinct().Order(StringComparer.Ordinal).ToArray();

    [Fact]
    public void Phone_call_between_two_ministers()
    {
        var m = Assert.Single(Extract("بحث وزير الخارجية المصري بدر عبد العاطي في اتصال هاتفي مع نظيره السعودي الأمير فيصل بن فرحان تطورات الأوضاع في غزة."));
        Assert.Equal("consult", m.Type);
        Assert.Equal("phone", m.Mode);
        Assert.Equal(EventStatus.Occurred, m.Status);
        Assert.Equal(["EGY", "SAU"], Countries(m));
        Assert.Contains(m.Participants, p => p.Actor.Id == "badr-abdelatty");
        Assert.Contains(m.Participants, p => p.Actor.Id == "faisal-bin-farhan");
    }

    [Fact]
    public void Phone_call_has_no_place_from_its_topic()
    {
        var m = Assert.Single(Extract("بحث وزير الخارجية المصري بدر عبد العاطي في اتصال هاتفي مع نظيره السعودي الأمير فيصل بن فرحان تطورات الأوضاع في غزة."));
        Assert.Null(m.Where);
    }

    [Fact]
    public void Received_call_is_a_phone_consultation()
    {
        var m = Assert.Single(Extract("وتلقى الرئيس الجزائري عبد المجيد تبون اتصالاً هاتفياً من الرئيس الفرنسي إيمانويل ماكرون."));
        Assert.Equal("consult", m.Type);
        Assert.Equal("phone", m.Mode);
        Assert.Equal(["DZA", "FRA"], Countries(m));
        Assert.Null(m.Where);
    }

    [Fact]
    public void Phone_adverb_sets_the_mode_and_topic_is_read()
    {
        var m = Assert.Single(Extract("وبحث الرئيس الجزائري عبد المجيد تبون هاتفيا مع الرئيس الفرنسي إيمانويل ماكرون ملف الطاقة."));
        Assert.Equal("phone", m.Mode);
        Assert.Equal(["DZA", "FRA"], Countries(m));
        Assert.Contains("energy", m.Topics);
    }

    [Fact]
    public void Host_receives_the_visitor_at_home()
    {
        var m = Assert.Single(Extract("استقبل الرئيس الجزائري عبد المجيد تبون في الجزائر العاصمة وزير الخارجية الروسي سيرغي لافروف."));
        Assert.Equal("consult", m.Type);
        Assert.Equal("visit", m.Mode);
        Assert.Equal(EventStatus.Occurred, m.Status);
        // PLOVER: the visitors are the source, the host the target.
        Assert.Equal(["RUS"], Countries(m, ParticipantSide.Source));
        Assert.Equal(["DZA"], Countries(m, ParticipantSide.Target));
        Assert.Equal("DZA", m.Where?.Country);
    }

    [Fact]
    public void Visit_to_a_capital_names_the_host_country()
    {
        var m = Assert.Single(Extract("زار وزير الخارجية التركي هاكان فيدان العاصمة المصرية القاهرة يوم 10 مارس."));
        Assert.Equal("visit", m.Mode);
        Assert.Equal(["TUR"], Countries(m, ParticipantSide.Source));
        Assert.Equal(["EGY"], Countries(m, ParticipantSide.Target));
        Assert.Equal("EGY", m.Where?.Country);
    }

    [Fact]
    public void Visit_with_a_following_clause_keeps_the_visit()
    {
        var mentions = Extract("زار وزير الخارجية الروسي سيرغي لافروف العاصمة السورية دمشق أمس حيث التقى الرئيس السوري.");
        var visit = Assert.Single(mentions, m => m.Mode == "visit");
        Assert.Equal(["RUS", "SYR"], Countries(visit));
        Assert.Equal("SYR", visit.Where?.Country);
    }

    [Fact]
    public void Scheduled_visit_is_planned()
    {
        var m = Assert.Single(Extract("ومن المقرر أن يزور الرئيس الفرنسي إيمانويل ماكرون الجزائر الشهر القادم."));
        Assert.Equal(EventStatus.Planned, m.Status);
        Assert.Equal("visit", m.Mode);
        Assert.Equal(["DZA", "FRA"], Countries(m));
        Assert.Equal("DZA", m.Where?.Country);
    }

    [Fact]
    public void Next_month_is_not_a_person()
    {
        var m = Assert.Single(Extract("ومن المقرر أن يزور الرئيس الفرنسي إيمانويل ماكرون الجزائر الشهر المقبل."));
        Assert.Equal(EventStatus.Planned, m.Status);
        Assert.Equal(["DZA", "FRA"], Countries(m));
    }

    [Fact]
    public void Praise_of_another_state_is_support()
    {
        var m = Assert.Single(Extract("وأشاد وزير الخارجية السعودي فيصل بن فرحان بالدور المصري في دعم الاستقرار."));
        Assert.Equal("support", m.Type);
        Assert.Equal(["SAU"], Countries(m, ParticipantSide.Source));
        Assert.Equal(["EGY"], Countries(m, ParticipantSide.Target));
    }

    [Theory]
    [InlineData("وأكد الوزير على أهمية بحث سبل التعاون بين البلدين.")]                       // masdar after a preposition
    [InlineData("وبحث الرئيس المصري مع رئيس الوزراء المصري ملف الطاقة.")]                    // one country only
    [InlineData("وأدانت مصر الهجوم الإرهابي الذي وقع أمس.")]                                 // condemnation without a state target
    [InlineData("وندد وزير الخارجية المصري بدر عبد العاطي بالهجوم الإرهابي.")]               // the same, by a person
    public void Sentences_without_an_interstate_event_produce_nothing(string sentence)
    {
        Assert.Empty(Extract(sentence));
    }

    [Fact]
    public void Meeting_referenced_as_a_topic_is_not_a_second_event()
    {
        var m = Assert.Single(Extract("وبحث عبد العاطي مع فيصل بن فرحان نتائج الاجتماعات التي عقدت في الرياض."));
        Assert.Contains("بحث", m.TriggerText);
        Assert.Equal(["EGY", "SAU"], Countries(m));
        // Riyadh is where the earlier meetings were held, not where this consultation happened.
        Assert.Null(m.Where);
    }

    [Fact]
    public void Accusation_of_another_state()
    {
        var m = Assert.Single(Extract("اتهم وزير الخارجية الإيراني عباس عراقجي الولايات المتحدة بزعزعة استقرار المنطقة."));
        Assert.Equal("accuse", m.Type);
        Assert.Equal(["IRN"], Countries(m, ParticipantSide.Source));
        Assert.Equal(["USA"], Countries(m, ParticipantSide.Target));
    }

    [Fact]
    public void Sanction_on_another_state()
    {
        var m = Assert.Single(Extract("وفرضت الولايات المتحدة أمس عقوبات جديدة على إيران."));
        Assert.Equal("sanction", m.Type);
        Assert.Equal(["USA"], Countries(m, ParticipantSide.Source));
        Assert.Equal(["IRN"], Countries(m, ParticipantSide.Target));
    }

    [Theory]
    [InlineData("التقى بدر عبد العاطي هاكان فيدان في أنقرة.")]
    [InlineData("والتقى بدر عبد العاطي هاكان فيدان في أنقرة.")]
    [InlineData("والتقت وزيرة الخارجية الألمانية أنالينا بيربوك وزير الخارجية المصري بدر عبد العاطي في برلين.")]
    public void Met_opens_a_frame(string sentence)
    {
        var m = Assert.Single(Extract(sentence));
        Assert.Equal("consult", m.Type);
        Assert.Contains("EGY", Countries(m));
    }

    [Fact]
    public void Meeting_with_a_named_counterpart_abroad()
    {
        var m = Assert.Single(Extract("والتقى وزير الخارجية المصري بدر عبد العاطي نظيره التركي هاكان فيدان في أنقرة يوم 10 مارس."));
        Assert.Equal("consult", m.Type);
        Assert.Equal(["EGY", "TUR"], Countries(m));
        Assert.Equal("TUR", m.Where?.Country);
    }

    [Fact]
    public void Denied_meeting_is_denied()
    {
        var m = Assert.Single(Extract("ونفى وزير الخارجية المصري بدر عبد العاطي أنه التقى وزير الخارجية الإيراني عباس عراقجي."));
        Assert.Equal(EventStatus.Denied, m.Status);
        Assert.Equal(["EGY", "IRN"], Countries(m));
    }

    [Fact]
    public void Signing_with_the_subject_between_verb_and_object()
    {
        var m = Assert.Single(Extract("ووقع الجانبان المصري والأردني اتفاقية للتعاون في مجال الطاقة."));
        Assert.Equal("agree", m.Type);
        Assert.Equal(["EGY", "JOR"], Countries(m));
    }
}
