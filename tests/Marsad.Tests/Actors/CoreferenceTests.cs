using Marsad.Actors;
using Marsad.Actors.Recognition.Coreference;
using Marsad.Data;

namespace Marsad.Tests.Actors;

/// <summary>
/// Every cue of rules/coreference.tsv resolved in a context made for its type, and the registry of
/// resolvers behind the type column. Sentence-level examples are in Data/actors/corpus.tsv.
/// </summary>
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
            "formal_name" => ($"وزار الوفد المملكة المغربية وسلطنة عمان والجمهورية التونسية. وغادر الوفد {cue} مساء أمس.",
                m => Assert.Equal(cue == "السلطنة" ? "OMN" : "MAR", m.Actor.Country)),
            "institution" => ($"وأصدرت وزارة الزراعة الروسية قرارا جديدا. وأوضحت {cue} أن القرار مؤقت.",
                m => Assert.Equal("RUS", m.Actor.Country)),
            _ => throw new Xunit.Sdk.XunitException($"no test context for cue type '{type}'"),
        };
        var mentions = TestKb.Recognize(text);
        var found = mentions.FirstOrDefault(m => m.Kind == MentionKind.Coreference);
        Assert.True(found is not null, $"'{cue}' unresolved in: {text}");
        check(found);
        var cueRead = found.Evidence.Find(ActorRule.Cue)?.Input<string>(0) ?? found.Evidence.Find(ActorRule.CounterpartOf)?.Input<string>(0) ?? "";
        Assert.Contains(cue, cueRead.Replace("ة", "ه").Replace("أ", "ا") + found.Surface);
    }

    [Fact]
    public void Every_resolver_type_is_used_by_a_cue() =>
        Assert.Equal(CoreferenceResolvers.Types.Order(StringComparer.Ordinal),
            TestKb.Instance.CoreferenceCues.Select(c => c.Type).Distinct().Order(StringComparer.Ordinal));

    [Fact]
    public void A_type_no_resolver_serves_is_a_load_error_with_file_and_line()
    {
        var rows = Tsv.Parse("cue\ttype\troles\nنظيره\tcounterpart\t\nبلاده\tcompatriot\t\n", "coreference.tsv");
        Assert.Equal("counterpart", CoreferenceResolvers.CheckType(rows[0]));
        var error = Assert.Throws<FormatException>(() => CoreferenceResolvers.CheckType(rows[1]));
        Assert.StartsWith("coreference.tsv:3: coreference type 'compatriot'", error.Message);
    }
}
