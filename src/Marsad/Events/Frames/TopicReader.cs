using Marsad.Actors;

namespace Marsad.Events.Frames;

/// <summary>
/// In a meeting, which states named after the trigger are what was discussed rather than who met:
/// a state or group after a topic noun ("الوضع في أوكرانيا", "العلاقات بين البلدين"), and a demonym
/// that qualifies no party ("الصراع الفلسطيني الإسرائيلي"; a party is "الوفد الإيراني", "الجانب
/// التركي", "الوزيران المصري والأردني": an office word before it).
/// </summary>
internal sealed class TopicReader(FrameRules rules)
{
    private readonly ChainWords _words = new(rules);
    private readonly PlaceReader _places = new(rules);

    /// <summary>True when the actor (not introduced by a comitative) names a topic of the meeting whose trigger ends before <paramref name="triggerEnd"/>.</summary>
    public bool IsTopic(ArticleView article, LocatedActor a, int triggerEnd)
    {
        var m = a.Mention;
        if (m.Actor.Kind == ActorKind.Person)
            return false;
        var tokens = article.Tokens;
        if (_places.AfterTopicNoun(tokens, a.FirstToken))
            return true;
        return m.Kind == MentionKind.Demonym && !_words.AfterOfficeWord(tokens, a.FirstToken, i => IsDemonymToken(article, i))
            && QualifiedPerson(article, a) is null && !QualifiesTrigger(article, a, triggerEnd);
    }

    /// <summary>"لقاء روسي سوري", "قمة ثلاثية روسية تركية", "محادثات ثنائية روسية تركية": demonyms that qualify the meeting noun itself name its parties.</summary>
    private bool QualifiesTrigger(ArticleView article, LocatedActor a, int triggerEnd)
    {
        var tokens = article.Tokens;
        for (var i = a.FirstToken - 1; i >= triggerEnd; i--)
        {
            var t = tokens[i];
            if (!(IsDemonymToken(article, i) || rules.Words.IsCoordinator(t.Norm) || rules.Words.TokenIs(t, (w, r) => w.IsMultilateralMarker(r) || w.IsDistributive(r))))
                return false;
        }
        return true;
    }

    /// <summary>
    /// "الملكة البريطانية، إليزابيث الثانية": the person of its state a demonym stands in apposition
    /// with (right after it, over a comma at most); that demonym qualifies a party.
    /// </summary>
    public static LocatedActor? QualifiedPerson(ArticleView article, LocatedActor a)
    {
        if (a.Mention.Kind != MentionKind.Demonym)
            return null;
        var next = article.Actors.Where(n => n.FirstToken > a.LastToken).MinBy(n => n.FirstToken);
        if (next is null || next.Mention.Actor.Kind != ActorKind.Person || next.Mention.Actor.Country != a.Mention.Actor.Country)
            return null;
        for (var i = a.LastToken + 1; i < next.FirstToken; i++)
        {
            if (article.Tokens[i].Norm is not ("،" or ","))
                return null;
        }
        return next;
    }

    private static bool IsDemonymToken(ArticleView article, int token)
    {
        foreach (var a in article.Actors)
        {
            // "نظيريه البلجيكي والهولندي": the counterpart's demonym goes on into the next one.
            if (a.Mention.Kind is MentionKind.Demonym or MentionKind.Coreference && a.FirstToken <= token && token <= a.LastToken)
                return true;
        }
        return false;
    }
}
