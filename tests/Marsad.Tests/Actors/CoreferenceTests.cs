using Marsad.Actors;
using Marsad.Data;

namespace Marsad.Tests.Actors;

/// <summary>Every cue of rules/coreference.tsv resolved in a context made for its type.</summary>
public class CoreferenceTests
{
    private const string Ministers = "التقى وزير الخارجية الروسي سيرغي لافروف وزير الخارجية السوري فيصل المقداد في موسكو.";
    private const string Presidents = "التقى الرئيس الروسي فلاديمير بوتين الرئيس التركي رجب طيب أردوغان في سوتشي.";

    public static TheoryData<string, string> Cues()
    {
        var data = new TheoryData<string, string>();
        foreach (var row in DataFiles.ReadTable("actors/rules/coreference.tsv"))
            data.Add(row.Required("cue"), row.Required("type"));
        return data;
    }

    [Theory]
    [MemberData(nameof(Cues))]
    public void Cue_resolves_to_the_actors_of_its_context(string cue, string type)
    {
        var rule = TestKb.Instance.Cue(cue)!;
        var leaders = rule.Accepts("head_of_state") && !rule.Accepts("foreign_minister");
        var (text, check) = type switch
        {
            "counterpart" => ($"التقى وزير الخارجية الروسي سيرغي لافروف {cue} السوري في موسكو.",
                (Action<ActorMention>)(m =>
                {
                    Assert.Equal("SYR", m.Actor.Country);
                    Assert.Equal("foreign_minister", m.Actor.Role);
                })),
            "minister" => ($"وقال وزير الخارجية الروسي سيرغي لافروف إن {cue} سيزور دمشق قريبا.",
                m => Assert.Equal("lavrov", m.Actor.Id)),
            "pair_actors" or "pair_persons" => ((leaders ? Presidents : Ministers) + $" وبحث {cue} العلاقات الثنائية.",
                m => Assert.Equal(leaders ? ["erdogan", "putin"] : ["lavrov", "mekdad"], m.Group!.Select(a => a.Id!).Order())),
            "pair_countries" => ($"وقعت روسيا وسوريا اتفاقا جديدا. وأكد {cue} أهمية التعاون.",
                m => Assert.Equal(["RUS", "SYR"], m.Group!.Select(a => a.Country!).Order())),
            "speaker_country" => ($"وقال لافروف إن {cue} تدعم الحل السياسي.",
                m =>
                {
                    Assert.Equal(ActorKind.Country, m.Actor.Kind);
                    Assert.Equal("RUS", m.Actor.Country);
                }
            ),
            "guarantors" => ($"واجتمعت {cue} (تركيا وروسيا وإيران) في سوتشي.",
                m => Assert.Equal(["IRN", "RUS", "TUR"], m.Group!.Select(a => a.Country!).Order())),
            _ => throw new Xunit.Sdk.XunitException($"no test context for cue type '{type}'"),
        };
        var mentions = TestKb.Recognize(text);
        var found = mentions.FirstOrDefault(m => m.Kind == MentionKind.Coreference);
        Assert.True(found is not null, $"'{cue}' unresolved in: {text}");
        check(found);
        Assert.Contains(cue, found.Evidence.Replace("ة", "ه").Replace("أ", "ا") + found.Surface);
    }

    [Fact]
    public void Surname_later_in_the_document_is_the_person_presented_earlier()
    {
        var m = TestKb.Recognize("وأكد وزير الخارجية السوري فيصل المقداد دعم بلاده. وأضاف المقداد أن الحوار مستمر.");
        var later = m.Last(x => x.Actor.Id == "mekdad");
        Assert.Equal(MentionKind.Name, later.Kind);
        Assert.Equal("foreign_minister", later.Actor.Role);
        Assert.Equal(1, later.Sentence);
    }

    [Fact]
    public void Minister_cue_followed_by_a_name_is_that_person()
    {
        var m = TestKb.Recognize("وقال الوزير لافروف إن الاتصالات مستمرة.");
        Assert.Equal("lavrov", Assert.Single(m, x => x.Actor.Kind == ActorKind.Person).Actor.Id);
    }

    [Fact]
    public void Guarantors_without_brackets_take_the_members_of_the_format_named_before()
    {
        var m = TestKb.Recognize("انتهت الجولة الجديدة من مسار أستانا في سوتشي. وأكدت الدول الضامنة التزامها بوحدة سوريا.");
        var g = m.Single(x => x.Kind == MentionKind.Coreference);
        Assert.Equal(["IRN", "RUS", "TUR"], g.Group!.Select(a => a.Country!).Order());
    }

    [Fact]
    public void Both_sides_of_a_meeting_are_two_different_states()
    {
        var m = TestKb.Recognize("استقبل الرئيس السوري بشار الأسد وزير الخارجية الروسي سيرغي لافروف بحضور وزير الخارجية السوري فيصل المقداد. وبحث الجانبان التعاون.");
        var pair = m.Single(x => x.Group is not null);
        Assert.Equal(2, pair.Group!.Select(a => a.Country).Distinct().Count());
    }
}
