using Marsad.Actors;
using Marsad.Text;

namespace Marsad.Events.Frames;

/// <summary>
/// Where an event took place: a country, capital or place after "في"/"إلى" (or with "بـ" glued to it),
/// or a visit's destination; not a place after a topic noun ("تطورات الأوضاع في السودان").
/// </summary>
internal sealed class PlaceReader(FrameRules rules)
{
    /// <summary>How far after the trigger or the last party a place still belongs to the event.</summary>
    private const int PlaceReach = 3;

    /// <summary>How far after the place found a named place of its country still names it.</summary>
    private const int RefineReach = 2;

    /// <summary>How many words before a place a topic noun makes it what was discussed.</summary>
    private const int TopicNounReach = 3;

    /// <summary>
    /// True when an actor of the chain after the trigger is the event's place: a visit's first place
    /// right after the trigger or marked as a destination, a place marked as where it happened
    /// ("في", "بالعاصمة"), or a place of the same country right after the one found ("العاصمة
    /// الإيرانية طهران"). A region of no country ("الشرق الأوسط") is no event's place.
    /// </summary>
    /// <param name="a">The actor.</param>
    /// <param name="shape">The frame's shape (a visit reads its destination).</param>
    /// <param name="found">The place read so far, if any.</param>
    /// <param name="gap">Content words between the trigger (or the last party or place) and the actor.</param>
    /// <param name="tokens">The article's tokens.</param>
    /// <param name="afterFound">True when the last actor read was the place found.</param>
    public bool IsEventPlace(LocatedActor a, FrameShape shape, Place? found, int gap, IReadOnlyList<Token> tokens, bool afterFound = false)
    {
        if (!IsPlaceLike(a.Mention) || a.Mention.Actor.Country is not { } country)
            return false;
        if (afterFound && found is not null && found.Country == country && gap == 0)
            return true;
        var words = rules.Words;
        var before = a.FirstToken > 0 ? tokens[a.FirstToken - 1] : null;
        var locative = before is not null && words.TokenIs(before, (w, r) => w.IsLocative(r));
        var glued = GluedPreposition(a, tokens);
        var destination = shape == FrameShape.Visit && found is null
            && (gap == 0 || locative || glued is { } g && (words.IsLocativeClitic(g) || words.IsDestinationClitic(g)));
        var located = (locative || glued is { } l && words.IsLocativeClitic(l)) && !AfterTopicNoun(tokens, a.FirstToken);
        return (destination || located) && gap <= PlaceReach;
    }

    /// <summary>
    /// Where an act read by its own frame reader was done: the first place after the trigger in its
    /// frame (up to <paramref name="end"/>) that is marked as where ("اتفاقا في جدة"), refined by a place of its
    /// country right after it; no state among the act's <paramref name="parties"/> is its place.
    /// </summary>
    public Place? InFrame(Frame frame, int end, ArticleView article, IReadOnlySet<TextSpan> parties)
    {
        Place? found = null;
        var last = -1;
        // A state that is a party of the act is no place of it: the state aid is sent to ("إلى إيران")
        // is its recipient; a capital read as a party ("وُقّع في الرباط") still places the act.
        foreach (var a in article.Actors.Where(a => a.FirstToken >= frame.Trigger.EndToken && a.LastToken < end
            && !(a.Mention.Kind == MentionKind.Country && parties.Contains(a.Mention.Span))).OrderBy(a => a.FirstToken))
        {
            if (found is null && IsEventPlace(a, frame.Trigger.Entry.Frame, null, 0, article.Tokens))
                found = PlaceOf(a.Mention);
            else if (found is not null && IsPlaceLike(a.Mention) && a.FirstToken - last <= RefineReach + 1)
                found = Refine(found, a.Mention, 0);
            else if (found is not null)
                break;
            if (found is not null)
                last = a.LastToken;
        }
        return found;
    }

    /// <summary>
    /// The place once a further place is read: the first one, named by a later one of its country
    /// right after it ("في قصر البركة بالعاصمة العمانية مسقط" → مسقط; "بمقر الأمم المتحدة بنيويورك" → نيويورك).
    /// </summary>
    public Place Refine(Place? found, ActorMention m, int gap)
    {
        var place = PlaceOf(m);
        if (found is null)
            return place;
        return found.Country == place.Country && place.Name is not null && gap <= RefineReach ? found with { Name = place.Name } : found;
    }

    /// <summary>Persons, groups, states and organisations can act; places cannot.</summary>
    public static bool IsAgent(ActorMention m) => !IsPlaceMention(m);

    public static bool IsPlaceMention(ActorMention m) => m.Kind == MentionKind.Place || m.Actor.Kind == ActorKind.Place;

    /// <summary>A state by name, a capital or a place; a demonym qualifies a noun ("وفد أميركي"), it names no destination.</summary>
    private static bool IsPlaceLike(ActorMention m) =>
        m.Kind != MentionKind.Demonym && (m.Kind is MentionKind.Country or MentionKind.Capital || m.Actor.Kind == ActorKind.Country || IsPlaceMention(m));

    /// <summary>The preposition glued to an actor's first word ("بموسكو" → ب, "لطهران" → ل), if any.</summary>
    private static string? GluedPreposition(LocatedActor a, IReadOnlyList<Token> tokens)
    {
        if (ArabicClitics.GluedPreposition(tokens[a.FirstToken].Norm) is not { } preposition)
            return null;
        // "لبنان", "بلغراد": the name itself starts with the letter.
        var name = a.Mention.Actor.Name is { } n ? ArabicNormalizer.Key(n) : "";
        return name.StartsWith(preposition, StringComparison.Ordinal) ? null : preposition;
    }

    /// <summary>"تطورات الأوضاع في السودان": a place after a topic noun is what was discussed, not where.</summary>
    public bool AfterTopicNoun(IReadOnlyList<Token> tokens, int actorToken)
    {
        for (var i = actorToken - 1; i >= Math.Max(0, actorToken - TopicNounReach); i--)
        {
            if (rules.Words.IsTopicNoun(tokens[i].Bare))
                return true;
        }
        return false;
    }

    /// <summary>The event's place as a country and, for a city or a capital, its name.</summary>
    public Place PlaceOf(ActorMention m)
    {
        var country = m.Actor.Country;
        var name = m.Kind == MentionKind.Country || m.Actor.Kind == ActorKind.Country && m.Kind != MentionKind.Capital ? NamesCapital(m) : PlaceName(m);
        return new Place(country, name, m.Span);
    }

    /// <summary>
    /// "وصل الرئيس إلى تونس": a state whose capital bears its name (countries.tsv: "تونس العاصمة",
    /// "مدينة الكويت") names the city as much as the state; the place is the city, by that name.
    /// </summary>
    private string? NamesCapital(ActorMention m) =>
        m.Kind == MentionKind.Country && m.Actor.Country is { } iso && rules.KnowledgeBase.CapitalNamedAsState.Contains(iso)
        && rules.KnowledgeBase.FindCountry(iso) is { } country && LexKey.Of(m.Surface).SequenceEqual(LexKey.Of(country.NameAr))
            ? country.NameAr
            : null;

    private string? PlaceName(ActorMention m)
    {
        var kb = rules.KnowledgeBase;
        // A seat-of-government metonym ("الكرملين") locates the event in the capital.
        if (m.Kind == MentionKind.Capital && m.Actor.Country is { } iso && kb.CapitalOf(iso) is { } capital)
        {
            var said = ArabicClitics.Bare(ArabicNormalizer.Key(m.Surface));
            var capitals = kb.FindCountry(iso)?.Capitals.Select(c => ArabicClitics.Bare(ArabicNormalizer.Key(c))) ?? [];
            return capitals.Contains(said) ? m.Surface.Trim() : kb.CapitalNamedAsState.Contains(iso) ? kb.FindCountry(iso)!.NameAr : capital;
        }
        return m.Actor.Name ?? ArabicClitics.Bare(ArabicNormalizer.Key(m.Surface));
    }
}
