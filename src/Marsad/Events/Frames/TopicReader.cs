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

    /// <summary>True when the actor (not introduced by a comitative) names a topic of the meeting.</summary>
    public bool IsTopic(ArticleView article, LocatedActor a)
    {
        var m = a.Mention;
        if (m.Actor.Kind == ActorKind.Person)
            return false;
        var tokens = article.Tokens;
        if (_places.AfterTopicNoun(tokens, a.FirstToken))
            return true;
        return m.Kind == MentionKind.Demonym && !_words.AfterOfficeWord(tokens, a.FirstToken, i => IsDemonymToken(article, i));
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
