using Marsad.Actors;

namespace Marsad.Tests.Actors;

/// <summary>
/// Recognition on sentences written in the style of the seed articles, about other states and people.
/// Expected values: person id (null = not in the KB), printed name, country, role.
/// </summary>
public class SentenceTests
{
    private static ActorMention Find(IReadOnlyList<ActorMention> mentions, string nameOrId) =>
        mentions.FirstOrDefault(m => m.Group is null && (m.Actor.Id == nameOrId || m.Actor.Name == nameOrId))
        ?? throw new Xunit.Sdk.XunitException($"'{nameOrId}' not found in: {string.Join(" | ", mentions.Select(m => $"{m.Surface} -> {m.Actor}"))}");

    private static void Is(ActorMention m, string? country, string? role)
    {
        Assert.Equal(country, m.Actor.Country);
        Assert.Equal(role, m.Actor.Role);
    }

    [Fact]
    public void Egyptian_minister_receives_his_Turkish_counterpart()
    {
        var m = TestKb.Recognize("استقبل وزير الخارجية المصري بدر عبد العاطي نظيره التركي هاكان فيدان في القاهرة أمس.");
        Is(Find(m, "abdelatty"), "EGY", "foreign_minister");
        var fidan = Find(m, "fidan");
        Is(fidan, "TUR", "foreign_minister");
        Assert.Equal(MentionKind.Coreference, fidan.Kind);
        Assert.Equal(new DateOnly(2023, 6, 4), fidan.AttestedRole!.From);
        Assert.Contains(m, x => x.Kind == MentionKind.Capital && x.Actor.Country == "EGY");
    }

    [Fact]
    public void Saudi_prince_minister_calls_Iranian_counterpart_with_clitic_on_the_cue()
    {
        var m = TestKb.Recognize("أجرى وزير الخارجية السعودي الأمير فيصل بن فرحان اتصالا هاتفيا بنظيره الإيراني عباس عراقجي.");
        Is(Find(m, "faisal_farhan"), "SAU", "foreign_minister");
        Is(Find(m, "araghchi"), "IRN", "foreign_minister");
    }

    [Fact]
    public void Title_with_country_name_in_construct()
    {
        var m = TestKb.Recognize("وصل وزير خارجية إيران عباس عراقجي إلى دمشق في زيارة رسمية.");
        var a = Find(m, "araghchi");
        Is(a, "IRN", "foreign_minister");
        Assert.Equal(MentionKind.TitleName, a.Kind);
        Assert.NotNull(a.AttestedRole);
    }

    [Fact]
    public void Turkish_president_and_American_secretary_of_state()
    {
        var m = TestKb.Recognize("التقى الرئيس التركي رجب طيب أردوغان في أنقرة وزير الخارجية الأمريكي ماركو روبيو.");
        Is(Find(m, "erdogan"), "TUR", "head_of_state");
        Is(Find(m, "rubio"), "USA", "foreign_minister");
    }

    [Fact]
    public void Title_alone_links_to_the_holder_on_the_article_date()
    {
        var dated = TestKb.Recognize("وقال وزير الخارجية الأمريكي إن واشنطن تدرس الخيارات.", "2025-03-01");
        var t = dated.First(x => x.Kind == MentionKind.Title);
        Assert.Equal("rubio", t.Actor.Id);
        Is(t, "USA", "foreign_minister");
        Assert.Null(t.AttestedRole);

        var earlier = TestKb.Recognize("وقال وزير الخارجية الأمريكي إن واشنطن تدرس الخيارات.", "2022-03-01");
        Assert.Equal("blinken", earlier.First(x => x.Kind == MentionKind.Title).Actor.Id);
    }

    [Fact]
    public void Title_alone_without_article_date_names_nobody()
    {
        var t = TestKb.Recognize("وقال وزير الخارجية الأمريكي إن واشنطن تدرس الخيارات.").First(x => x.Kind == MentionKind.Title);
        Assert.Null(t.Actor.Id);
        Assert.Null(t.Actor.Name);
        Is(t, "USA", "foreign_minister");
    }

    [Fact]
    public void Intelligence_chief_title_alone()
    {
        var t = TestKb.Recognize("وحذر رئيس جهاز الاستخبارات الخارجية الروسي من تصعيد جديد.", "2021-06-01").First(x => x.Kind == MentionKind.Title);
        Assert.Equal("naryshkin", t.Actor.Id);
        Is(t, "RUS", "intelligence_chief");
    }

    [Fact]
    public void Chinese_minister_and_his_Russian_counterpart()
    {
        var m = TestKb.Recognize("بحث وزير الخارجية الصيني وانغ يي مع نظيره الروسي سيرغي لافروف الأوضاع في المنطقة.");
        Is(Find(m, "wang_yi"), "CHN", "foreign_minister");
        Is(Find(m, "lavrov"), "RUS", "foreign_minister");
    }

    [Fact]
    public void Person_missing_from_the_KB_keeps_the_printed_name_role_and_country()
    {
        var m = TestKb.Recognize("استقبل وزير الخارجية الأردني أيمن الصفدي في عمّان المبعوث الأممي.");
        var safadi = Find(m, "أيمن الصفدي");
        Assert.Null(safadi.Actor.Id);
        Is(safadi, "JOR", "foreign_minister");
        Assert.Null(safadi.AttestedRole);
    }

    [Fact]
    public void Former_minister_has_no_attested_role()
    {
        var m = TestKb.Recognize("وقال وزير الخارجية المصري السابق سامح شكري إن الحل سياسي.", "2025-02-01");
        var shoukry = Find(m, "shoukry");
        Assert.Null(shoukry.AttestedRole);
        Assert.Null(shoukry.Actor.Role);
        Assert.Contains("السابق", shoukry.Evidence);
    }

    [Fact]
    public void Former_president_missing_from_the_KB()
    {
        var m = TestKb.Recognize("وانتقد الرئيس الأمريكي الأسبق باراك أوباما القرار.");
        var obama = Find(m, "باراك أوباما");
        Assert.Null(obama.Actor.Role);
        Assert.Equal("USA", obama.Actor.Country);
    }

    [Fact]
    public void Counterpart_with_demonym_and_no_name_is_the_holder_on_the_date()
    {
        var m = TestKb.Recognize("اتصل وزير الخارجية التركي هاكان فيدان بنظيره السعودي لبحث التطورات.", "2024-05-01");
        var c = m.First(x => x.Kind == MentionKind.Coreference);
        Assert.Equal("faisal_farhan", c.Actor.Id);
        Is(c, "SAU", "foreign_minister");
    }

    [Fact]
    public void Counterpart_without_demonym_is_the_other_party_of_the_sentence()
    {
        var m = TestKb.Recognize("وزار وزير الخارجية الإيراني عباس عراقجي القاهرة حيث التقى نظيره.", "2024-10-01");
        var c = m.Last(x => x.Kind == MentionKind.Coreference);
        Assert.Equal("abdelatty", c.Actor.Id);
        Is(c, "EGY", "foreign_minister");
    }

    [Fact]
    public void Dual_titles_with_a_person_missing_from_the_KB()
    {
        var m = TestKb.Recognize("وشارك وزيرا الخارجية والدفاع التركيان هاكان فيدان ويشار غولر في الاجتماع.");
        Is(Find(m, "fidan"), "TUR", "foreign_minister");
        var guler = Find(m, "يشار غولر");
        Is(guler, "TUR", "defence_minister");
        Assert.Equal("يشار غولر", guler.Surface);
    }

    [Fact]
    public void Dual_titles_seed_style()
    {
        var m = TestKb.Recognize("أجرى الرئيس الروسي فلاديمير بوتين ووزير خارجيته سيرجي لافروف محادثات مع وزيرَي الخارجية والدفاع السوريين أسعد الشيباني ومرهف أبو قصرة في موسكو.");
        Is(Find(m, "putin"), "RUS", "head_of_state");
        Is(Find(m, "lavrov"), "RUS", "foreign_minister");
        Is(Find(m, "shaibani"), "SYR", "foreign_minister");
        Is(Find(m, "abu_qasra"), "SYR", "defence_minister");
    }

    [Fact]
    public void Name_then_comma_then_title_attests_the_role()
    {
        var m = TestKb.Recognize("وقال عباس عراقجي، وزير الخارجية الإيراني، إن بلاده مستعدة للحوار.");
        var a = Find(m, "araghchi");
        Is(a, "IRN", "foreign_minister");
        Assert.NotNull(a.AttestedRole);
        Assert.Contains(m, x => x.Kind == MentionKind.Coreference && x.Actor.Kind == ActorKind.Country && x.Actor.Country == "IRN");
    }

    [Fact]
    public void Possessive_title_takes_the_country_of_the_person_before_it()
    {
        var m = TestKb.Recognize("استقبل الرئيس الصيني شي جين بينغ ووزير خارجيته وانغ يي الوفد الزائر.");
        Is(Find(m, "xi"), "CHN", "head_of_state");
        Is(Find(m, "wang_yi"), "CHN", "foreign_minister");
    }

    [Fact]
    public void German_chancellor_missing_from_the_KB()
    {
        var m = TestKb.Recognize("وأكد المستشار الألماني أولاف شولتس دعم بلاده للحل السياسي.");
        Is(Find(m, "أولاف شولتس"), "DEU", "head_of_government");
    }

    [Fact]
    public void Deputy_minister_with_month_precision_term()
    {
        var m = TestKb.Recognize("والتقى نائب وزير الخارجية الروسي ميخائيل بوغدانوف السفير السوري في موسكو.", "2019-01-10");
        var b = Find(m, "bogdanov");
        Is(b, "RUS", "deputy_foreign_minister");
        Assert.Equal(new DateOnly(2011, 6, 1), b.AttestedRole!.From);
        Assert.Equal(new DateOnly(2025, 12, 31), b.AttestedRole!.To);
    }

    [Fact]
    public void Emir_is_head_of_state_for_Qatar()
    {
        var m = TestKb.Recognize("وبحث أمير قطر الشيخ تميم بن حمد آل ثاني مع الرئيس المصري عبد الفتاح السيسي العلاقات.");
        Is(Find(m, "tamim"), "QAT", "head_of_state");
        Is(Find(m, "sisi"), "EGY", "head_of_state");
    }

    [Fact]
    public void Title_country_comes_from_the_KB_person_when_not_printed()
    {
        var m = TestKb.Recognize("وقال وزير الخارجية فيصل المقداد إن المحادثات كانت مثمرة.", "2021-02-17");
        var a = Find(m, "mekdad");
        Is(a, "SYR", "foreign_minister");
        Assert.Equal(new DateOnly(2024, 12, 8), a.AttestedRole!.To);
    }

    [Fact]
    public void Bare_surname_links_to_the_KB_person_with_the_role_on_the_date()
    {
        var m = TestKb.Recognize("وقال فيدان إن أنقرة ترفض التصعيد.", "2015-06-01");
        Is(Find(m, "fidan"), "TUR", "intelligence_chief");
        var later = TestKb.Recognize("وقال فيدان إن أنقرة ترفض التصعيد.", "2024-06-01");
        Is(Find(later, "fidan"), "TUR", "foreign_minister");
    }

    [Fact]
    public void Short_name_used_as_a_common_word_is_not_the_person()
    {
        Assert.DoesNotContain(TestKb.Recognize("وأكد البيان أهمية احترام شكري الجميع للاتفاق."), m => m.Actor.Id == "shoukry");
        var named = TestKb.Recognize("وقال وزير الخارجية المصري سامح شكري إن الحل سياسي. وأضاف شكري الثلاثاء أن القاهرة مستعدة.");
        Assert.Equal(2, named.Count(m => m.Actor.Id == "shoukry"));
    }
}
