using Marsad.Actors;
using Marsad.Text;

namespace Marsad.Events.Frames;

/// <summary>
/// The parties of a frame, read as two chains of actors. Before the trigger: a verb's (or cue's)
/// subject, the subject of a light verb (between it and the noun, or before it: "بوتين أجرى مباحثات"),
/// or the possessor of a possessive noun. After it: actors each close to the one before (or to the
/// trigger), introduced by "مع"/"بحضور"/"ضم", coordinated, or in an apposition; titles, honorifics,
/// dates and adverbs in between do not count, and the first person after a meeting verb may stand
/// further ("استقبل السلطان ... في قصر البركة بالعاصمة مسقط، اليوم (الثلاثاء)، وزير الخارجية").
/// The places met on the way are the event's place (<see cref="PlaceReader"/>); in a meeting, a
/// state after a topic noun ("الوضع في أوكرانيا") or a demonym that qualifies no party ("الصراع
/// الفلسطيني") is what was discussed (<see cref="TopicReader"/>).
/// </summary>
internal sealed class PartyChain(FrameRules rules)
{
    /// <summary>How many content tokens (not punctuation) an actor may stand from the trigger or the previous actor.</summary>
    private const int NearReach = 2;

    /// <summary>How far the first person after the trigger may stand: a meeting verb's object after its subject's titles, a place and a date.</summary>
    private const int PersonReach = 6;

    /// <summary>How far a list of partners goes on after "و" over names the knowledge base does not know and their titles.</summary>
    private const int ListReach = 5;

    private readonly PlaceReader _places = new(rules);
    private readonly ChainWords _words = new(rules);
    private readonly TopicReader _topics = new(rules);
    private readonly SubjectReader _subjects = new(rules);

    /// <summary>The actors of a frame by grammatical role, and the place read among them.</summary>
    public sealed record Chains(List<LocatedActor> Subjects, List<LocatedActor> Objects, Place? Where);

    /// <summary>The frame's chains; null for an object trigger with no light verb before it ("عقوبات" alone is no event).</summary>
    public Chains? Read(Frame frame, ArticleView article, Sentence sentence)
    {
        if (_subjects.Before(frame, article, sentence) is not { } before)
            return null;
        var (objects, where) = After(frame, article, before.Subjects, before.Where);
        var subjects = before.Subjects;
        // A visit's traveller is a person or a delegation: a state named alone does not travel ("وصلت طائرة مساعدات سعودية").
        if (frame.Trigger.Entry.Frame == FrameShape.Visit)
            subjects.RemoveAll(a => IsStateName(a.Mention) && !_words.AfterOfficeWord(article.Tokens, a.FirstToken, _ => false));
        return new Chains(subjects, objects, where);
    }

    /// <summary>
    /// The parties of the chains on the sides of the frame's shape. Groups and formats stand for their
    /// member states; a visit's destination country is its target when no party speaks for it.
    /// </summary>
    public IReadOnlyList<Party> Parties(FrameShape shape, Chains chains) =>
        [.. SidedParties(shape, chains.Subjects, SubjectSide(shape)), .. SidedParties(shape, chains.Objects, ObjectSide(shape)), .. Destination(shape, chains)];

    /// <summary>The parties of some actors of a chain, on one side.</summary>
    public IEnumerable<Party> SidedParties(FrameShape shape, IEnumerable<LocatedActor> actors, ParticipantSide side) =>
        actors.SelectMany(a => Expand(a.Mention).Select(actor => new Party(actor, side, a.Mention.Span, a.Mention.AttestedRole)));

    public static ParticipantSide SubjectSide(FrameShape shape) => shape switch
    {
        FrameShape.Joint => ParticipantSide.Joint,
        FrameShape.Host => ParticipantSide.Target,
        _ => ParticipantSide.Source,
    };

    public static ParticipantSide ObjectSide(FrameShape shape) => shape switch
    {
        FrameShape.Joint => ParticipantSide.Joint,
        FrameShape.Host => ParticipantSide.Source,
        _ => ParticipantSide.Target,
    };

    private IEnumerable<Party> Destination(FrameShape shape, Chains chains)
    {
        var named = SidedParties(shape, chains.Subjects.Concat(chains.Objects), ParticipantSide.Joint).Select(p => p.Actor.Country).ToHashSet();
        if (shape == FrameShape.Visit && chains.Where?.Country is { } host && !named.Contains(host))
            yield return new Party(new ActorRef(ActorKind.Country, host, null, host, null), ParticipantSide.Target, chains.Where.Evidence ?? default, null);
    }

    // After the trigger: a chain of actors, each close to the one before (or to the trigger),
    // or introduced by "مع"/"بحضور"; places after "في"/"إلى" (or a visit's destination).
    private (List<LocatedActor> Objects, Place? Where) After(Frame frame, ArticleView article, List<LocatedActor> subjects, Place? where)
    {
        var tokens = article.Tokens;
        var rule = frame.Trigger.Entry;
        var meeting = rules.Lexicons.Types.AbsorbsStatements(rule.Type);
        var windowEnd = ClauseEnd(tokens, frame.Trigger.EndToken, frame.WindowEnd);
        var actors = article.Actors.Where(a => a.FirstToken >= frame.Trigger.EndToken && a.FirstToken < windowEnd).ToList();
        var objects = new List<LocatedActor>();
        var anchor = frame.Trigger.EndToken - 1;
        LocatedActor? previous = null;
        var afterPlace = false;
        LocatedActor? topic = null;
        var skipped = -1;
        for (var k = 0; k < actors.Count; k++)
        {
            var a = actors[k];
            var before = a.FirstToken > 0 ? tokens[a.FirstToken - 1] : null;
            var gap = _words.WordsBetween(tokens, anchor + 1, a.FirstToken, article.Times);
            if (_words.AfterOrigin(tokens, a.FirstToken))
            {
                anchor = a.LastToken;
                continue;
            }
            // "وصل وفد إيراني إلى القاهرة": a demonym after an office word is a party, not a place.
            var officeParty = a.Mention.Kind == MentionKind.Demonym && _words.AfterOfficeWord(tokens, a.FirstToken, _ => false);
            if (!officeParty && _places.IsEventPlace(a, rule.Frame, where, gap, tokens, afterPlace))
            {
                where = _places.Refine(where, a.Mention, gap);
                anchor = a.LastToken;
                afterPlace = true;
                continue;
            }
            afterPlace = false;
            if (rules.Words.IsTopicMarker(before?.Norm) || PlaceReader.IsPlaceMention(a.Mention))
                continue;
            var introduced = _words.IsIntroduced(tokens, a.FirstToken, gap);
            // "التطورات المتعلقة بسوريا وأوكرانيا": what is coordinated with a topic is a topic too.
            if (meeting && !introduced && (_topics.IsTopic(article, a, frame.Trigger.EndToken) || topic is not null && IsCoordinated(tokens, topic, a, article)))
            {
                topic = a;
                continue;
            }
            if (IsNameAfterState(previous, a) || IsGroupBeforeItsNames(a, k + 1 < actors.Count ? actors[k + 1] : null))
                continue;
            var coordinated = IsCoordinated(tokens, previous, a, article)
                || meeting && previous is not null && objects.Contains(previous) && skipped < previous.LastToken && ContinuesList(tokens, previous, a, gap);
            if (!Joins(a, previous, before, gap, coordinated, introduced, objects.Count == 0))
            {
                skipped = a.LastToken;
                continue;
            }
            Put(frame, article, a, previous, coordinated, subjects, objects);
            previous = a;
            anchor = a.LastToken;
        }
        return (objects, where);
    }

    /// <summary>Puts an actor that joins the chain: in place of the state or demonym that titles it, else among the subjects or the objects.</summary>
    private static void Put(Frame frame, ArticleView article, LocatedActor a, LocatedActor? previous, bool coordinated, List<LocatedActor> subjects, List<LocatedActor> objects)
    {
        if (previous is not null && (IsTitledBy(previous, a) || TopicReader.QualifiedPerson(article, previous) == a))
        {
            Replace(subjects, objects, previous, a);
        }
        else if (IsSubject(frame, a, subjects, objects, previous, coordinated, article.Tokens))
        {
            subjects.Add(a);
        }
        else
        {
            objects.Add(a);
        }
    }

    /// <summary>
    /// The first chain after a verb with no subject before it is the subject (VSO); so is the genitive
    /// right after a noun ("زيارة الرئيس الفرنسي إلى الجزائر", "لقاءات الرئيس المصري"); a party
    /// coordinated with a subject is one too.
    /// </summary>
    private static bool IsSubject(Frame frame, LocatedActor a, List<LocatedActor> subjects, List<LocatedActor> objects, LocatedActor? previous, bool coordinated, IReadOnlyList<Token> tokens)
    {
        var rule = frame.Trigger.Entry;
        var genitive = rule.Kind == TriggerKind.Noun && a.FirstToken == frame.Trigger.EndToken
            && ArabicClitics.GluedPreposition(tokens[a.FirstToken].Norm) is null && !ArabicClitics.HasPossessorSuffix(tokens[frame.Trigger.EndToken - 1]);
        if (subjects.Count == 0 && objects.Count == 0 && (rule.Kind == TriggerKind.Verb || genitive))
            return true;
        return previous is not null && subjects.Contains(previous) && coordinated;
    }

    /// <summary>
    /// True when an actor after the trigger belongs to its chain: a format of states, close to the
    /// trigger or the previous party (the first person further), introduced by a comitative,
    /// coordinated, or in an apposition.
    /// </summary>
    private bool Joins(LocatedActor a, LocatedActor? previous, Token? before, int gap, bool coordinated, bool introduced, bool firstObject)
    {
        var m = a.Mention;
        var isFormat = m.Actor.Kind == ActorKind.Organization && m.Actor.Id is { } id && rules.KnowledgeBase.MembersOf(id).Count > 0;
        var near = gap <= NearReach || m.Actor.Kind == ActorKind.Person && firstObject && gap <= PersonReach;
        var apposition = before?.Norm is "(" && previous is not null;
        return isFormat || near || introduced || coordinated || apposition;
    }

    /// <summary>
    /// "ملكة بريطانيا إليزابيث الثانية": a state named in a person's title, right before the person, is
    /// that person (so is a demonym in apposition: <see cref="TopicReader.QualifiedPerson"/>).
    /// </summary>
    private static bool IsTitledBy(LocatedActor state, LocatedActor person) =>
        IsStateName(state.Mention) && person.Mention.Actor.Kind == ActorKind.Person
        && person.Mention.Actor.Country == state.Mention.Actor.Country && person.FirstToken == state.LastToken + 1;

    /// <summary>"ومن الأرجنتين سانتياغو ...": a capital right after another state is a name in apposition, not a party.</summary>
    private static bool IsNameAfterState(LocatedActor? previous, LocatedActor a) =>
        previous is not null && a.Mention.Kind == MentionKind.Capital && a.FirstToken == previous.LastToken + 1
        && previous.Mention.Actor.Country is { } c && a.Mention.Actor.Country != c;

    /// <summary>"بين الرئيسين الجزائري ... واللبناني ...": the names after a dual say who the two are.</summary>
    private static bool IsGroupBeforeItsNames(LocatedActor a, LocatedActor? next) =>
        a.Mention.Group is { Count: > 0 } && next is not null && next.FirstToken == a.LastToken + 1
        && next.Mention.Kind is MentionKind.Demonym or MentionKind.Name or MentionKind.TitleName;

    private static void Replace(List<LocatedActor> subjects, List<LocatedActor> objects, LocatedActor old, LocatedActor by)
    {
        var list = subjects.Contains(old) ? subjects : objects;
        list[list.IndexOf(old)] = by;
    }

    private static bool IsStateName(ActorMention m) =>
        m.Kind is MentionKind.Country or MentionKind.Capital && m.Actor.Kind == ActorKind.Country;

    // Coordination needs a conjunction or a comma: in VSO order the object may follow the
    // subject directly ("اتهم عراقجي الولايات المتحدة").
    // A date between is no glue here: "استقبل X، أمس، Y" is a host and a guest.
    private bool IsCoordinated(IReadOnlyList<Token> tokens, LocatedActor? previous, LocatedActor a, ArticleView article) =>
        previous is not null && _words.OnlyGlue(tokens, previous.LastToken + 1, a.FirstToken, [])
        && (HasCoordinator(tokens, previous.LastToken + 1, a.FirstToken) || StartsWithCoordinator(tokens[a.FirstToken]));

    /// <summary>
    /// "ونظرائه من المجر، بيتر زيجارتو ومن التشيك يان ليبافسكي ومن هولندا ...", "وتيدروس أدهانوم،
    /// المدير العام لمنظمة الصحة العالمية، ولي كيانج، رئيس الوزراء الصيني": in a list of partners,
    /// a party goes on with the list over a name the knowledge base does not know, when a word
    /// joined by "و" stands between.
    /// </summary>
    private bool ContinuesList(IReadOnlyList<Token> tokens, LocatedActor? previous, LocatedActor a, int gap)
    {
        if (previous is null || gap > ListReach)
            return false;
        for (var i = previous.LastToken + 1; i < a.FirstToken; i++)
        {
            var t = tokens[i];
            if (t.Norm == "و")
                return true;
            if (t.Kind == TokenKind.Word && StartsWithCoordinator(t) && !rules.Words.TokenIs(t, (w, r) => w.IsOffice(r))
                && ArabicClitics.WithoutConjunction(t.Norm) is { } rest && !IsFunctionWord(rest))
                return true;
        }
        return false;
    }

    private bool IsFunctionWord(string word)
    {
        var w = rules.Words;
        return w.IsGlue(word) || w.IsLocative(word) || w.IsTopicMarker(word) || w.IsBoundary(word) || w.IsTransparent(word) || w.IsComitative(word);
    }

    /// <summary>Where the chain after the trigger ends: a new clause, a speech verb, a topic verb, or "مع" after a coincidence word.</summary>
    private int ClauseEnd(IReadOnlyList<Token> tokens, int from, int end)
    {
        for (var i = from; i < end; i++)
        {
            if (rules.Words.IsClauseEnd(tokens[i]) || rules.Lexicons.SpeechVerbs.MatchAt(tokens, i, i + 1) is not null && i > from
                || _words.IsCoincidentWith(tokens, i))
                return i;
        }
        return end;
    }

    private bool HasCoordinator(IReadOnlyList<Token> tokens, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (rules.Words.IsCoordinator(tokens[i].Norm))
                return true;
        }
        return false;
    }

    private bool StartsWithCoordinator(Token token) =>
        token.Norm.Length > 2 && rules.Words.StartsWithCoordinatingClitic(token.Norm) && !ArabicClitics.IsGuarded(token.Norm);

    private IEnumerable<ActorRef> Expand(ActorMention m)
    {
        if (m.Group is { Count: > 0 } group)
            return group;
        if (m.Actor.Kind == ActorKind.Organization && m.Actor.Id is { } id && rules.KnowledgeBase.MembersOf(id) is { Count: > 0 } members)
            return members.Select(iso => new ActorRef(ActorKind.Country, iso, null, iso, null));
        if (m.Kind == MentionKind.Capital && m.Actor.Kind != ActorKind.Country && m.Actor.Country is { } c)
            return [new ActorRef(ActorKind.Country, c, null, c, null)];
        return [m.Actor];
    }
}
