using Marsad.Actors;
using Marsad.Text;

namespace Marsad.Events.Frames;

/// <summary>
/// What the readers of the directed and joint acts share: the clause around a trigger, the actors in
/// it and the states they stand for, the subject of the act, and the parties written from them.
/// </summary>
internal sealed class DirectedClause(FrameRules rules)
{
    /// <summary>How many content tokens an actor after a verb may stand from it and still be its subject (VSO).</summary>
    private const int SubjectReach = 2;

    private DirectedWords Words => rules.Lexicons.Directed;

    /// <summary>The first token of the trigger's clause: after the last boundary word ("حيث", "فيما") before it.</summary>
    public int Start(IReadOnlyList<Token> tokens, Sentence sentence, int trigger)
    {
        for (var i = trigger - 1; i >= sentence.FirstToken; i--)
        {
            if (rules.Words.IsBoundary(tokens[i].Norm))
                return i + 1;
        }
        return sentence.FirstToken;
    }

    /// <summary>Where the trigger's clause ends: a boundary word or a new speech verb after it, else the sentence end.</summary>
    public int End(IReadOnlyList<Token> tokens, int from, Sentence sentence)
    {
        for (var i = from; i < sentence.EndToken; i++)
        {
            if (rules.Words.IsBoundary(tokens[i].Norm) || i > from && rules.Lexicons.SpeechVerbs.MatchAt(tokens, i, i + 1) is not null)
                return i;
        }
        return sentence.EndToken;
    }

    /// <summary>The actors starting in tokens [from, to).</summary>
    public static IEnumerable<LocatedActor> In(ArticleView article, int from, int to) =>
        article.Actors.Where(a => a.FirstToken >= from && a.FirstToken < to);

    /// <summary>The actor covering a token, if any.</summary>
    public static LocatedActor? Covering(ArticleView article, int token) =>
        article.Actors.FirstOrDefault(a => a.FirstToken <= token && a.LastToken >= token);

    /// <summary>The one state an actor stands for (a country, a person's, a ministry's, a capital's), or null for groups and bodies without one.</summary>
    public static string? State(LocatedActor a) => a.Mention.Group is { Count: > 0 } ? null : a.Mention.Actor.Country;

    /// <summary>An actor that can act for a state: not a place, and of one state.</summary>
    public static bool IsStateAgent(LocatedActor a) => PlaceReader.IsAgent(a.Mention) && State(a) is not null;

    /// <summary>An actor that can take part in a joint act: a state agent, or a group of states ("الجانبان", "البلدين").</summary>
    public static bool IsJointParty(LocatedActor a) => IsStateAgent(a) || PlaceReader.IsAgent(a.Mention) && a.Mention.Group is { Count: > 0 };

    /// <summary>
    /// The subject of an act: the actors just before the trigger (only glue, dates and quotation marks
    /// between), else those after a verb before its object (VSO), else the nearest state agent before it in
    /// the clause ("قرار الجزائر بطرد", "قالت الخارجية إنها استدعت"). A verb coordinated with the verb
    /// before it has no subject of its own: the caller takes the previous act's.
    /// </summary>
    public List<LocatedActor> Subject(ArticleView article, Frame frame, int clauseStart, int objectStart, bool afterAct)
    {
        var trigger = frame.Trigger.FirstToken;
        if (IsCoordinated(article.Tokens, frame, clauseStart))
            return afterAct ? [] : ClauseSubject(article, clauseStart, trigger);
        var before = ChainBefore(article, clauseStart, trigger);
        if (before.Count > 0)
            return before;
        var after = In(article, frame.Trigger.EndToken, objectStart)
            .Where(a => IsStateAgent(a) && ContentWords(article, frame.Trigger.EndToken, a.FirstToken) <= SubjectReach)
            .Take(1)
            .ToList();
        if (after.Count > 0)
            return Coordinated(article, after[0], objectStart);
        return Nearest(article, clauseStart, trigger) is { } nearest ? [nearest] : [];
    }

    /// <summary>
    /// True when the trigger is joined to the act before it in its sentence ("استدعت ... كما استدعت",
    /// "تستدعي السفير وتحذر"): its subject is that act's. The caller knows whether there is one. A
    /// conjunction opening the clause ("وأوقفت تركيا ...") joins nothing.
    /// </summary>
    public bool IsCoordinated(IReadOnlyList<Token> tokens, Frame frame, int clauseStart)
    {
        var trigger = frame.Trigger.FirstToken;
        if (trigger <= clauseStart)
            return false;
        var glued = frame.Trigger.FirstWord.Conjunction.Length > 0;
        var before = trigger > 0 && Words.Is(DirectedRole.Coordinated, tokens, trigger - 1);
        return glued || before;
    }

    /// <summary>
    /// The subject a coordinated verb shares with the verb of its clause when no act stands before it:
    /// the state agents opening the clause ("فرنسا ترد على الجزائر بالمثل وتستدعي السفير").
    /// </summary>
    private List<LocatedActor> ClauseSubject(ArticleView article, int clauseStart, int trigger)
    {
        var first = In(article, clauseStart, trigger).FirstOrDefault();
        return first is not null && IsStateAgent(first) && OnlyGlue(article, clauseStart, first.FirstToken) ? Coordinated(article, first, trigger) : [];
    }

    /// <summary>Actors ending just before a token, with only glue, dates and quotation marks between (groups of states too when <paramref name="joint"/>).</summary>
    public List<LocatedActor> ChainBefore(ArticleView article, int from, int trigger, bool joint = false)
    {
        var chain = new List<LocatedActor>();
        var boundary = trigger;
        foreach (var a in article.Actors.Where(a => a.LastToken < trigger && a.FirstToken >= from).Reverse())
        {
            if (a.LastToken >= boundary)
                continue;
            if (!OnlyGlue(article, a.LastToken + 1, boundary) || !(joint ? IsJointParty(a) : IsStateAgent(a)))
                break;
            chain.Insert(0, a);
            boundary = a.FirstToken;
        }
        return chain;
    }

    /// <summary>The state agent nearest before a token in [from, to).</summary>
    public LocatedActor? Nearest(ArticleView article, int from, int to) =>
        article.Actors.LastOrDefault(a => a.FirstToken >= from && a.LastToken < to && IsStateAgent(a));

    /// <summary>An actor and the actors coordinated with it after it ("لبنان وسوريا").</summary>
    public List<LocatedActor> Coordinated(ArticleView article, LocatedActor first, int to)
    {
        var list = new List<LocatedActor> { first };
        var last = first;
        foreach (var a in In(article, first.LastToken + 1, to).Where(IsStateAgent))
        {
            if (!OnlyGlue(article, last.LastToken + 1, a.FirstToken))
                break;
            list.Add(a);
            last = a;
        }
        return list;
    }

    /// <summary>True when tokens [from, to) hold only glue words, punctuation of a list or a quote, and dates.</summary>
    public bool OnlyGlue(ArticleView article, int from, int to)
    {
        var tokens = article.Tokens;
        for (var i = from; i < to; i++)
        {
            var t = tokens[i];
            if (rules.Words.IsGlue(t.Norm) || t.IsQuotationMark || InDate(article, i))
                continue;
            return false;
        }
        return true;
    }

    /// <summary>Content words in tokens [from, to): not punctuation, glue, dates or locatives.</summary>
    public int ContentWords(ArticleView article, int from, int to)
    {
        var n = 0;
        for (var i = from; i < to; i++)
        {
            var t = article.Tokens[i];
            if (t.Kind == TokenKind.Punctuation || rules.Words.IsTransparent(t.Norm) || InDate(article, i))
                continue;
            n++;
        }
        return n;
    }

    public static bool InDate(ArticleView article, int token)
    {
        var start = article.Tokens[token].Start;
        return article.Times.Any(t => t.Span.Contains(start));
    }

    /// <summary>
    /// True when an actor names a place ("بحر اليابان") or, with <paramref name="firms"/>, the nationality of a
    /// firm or a club ("شركة صينية"): the word before it, or the one before that, says so.
    /// </summary>
    public bool IsNamedThing(ArticleView article, LocatedActor a, bool firms)
    {
        for (var i = a.FirstToken - 1; i >= Math.Max(0, a.FirstToken - 2); i--)
        {
            if (Words.Is(DirectedRole.Geography, article.Tokens, i) || firms && Words.Is(DirectedRole.Company, article.Tokens, i))
                return true;
            if (Covering(article, i) is not null)
                return false;
        }
        return false;
    }

    /// <summary>True when a topic marker ("بشأن", "حول") stands in tokens [from, to): what follows it was spoken about.</summary>
    public bool TopicBetween(IReadOnlyList<Token> tokens, int from, int to) => rules.Words.FirstTopicMarker(tokens, from, to) >= 0;

    /// <summary>The states an actor stands for as parties: a group or a format for its members, a capital for its country.</summary>
    public IEnumerable<ActorRef> Expand(ActorMention m)
    {
        if (m.Group is { Count: > 0 } group)
            return group;
        if (m.Actor.Kind == ActorKind.Organization && m.Actor.Id is { } id && rules.KnowledgeBase.MembersOf(id) is { Count: > 0 } members)
            return members.Select(iso => CountryRef(iso));
        if (m.Actor.Kind is ActorKind.Place || m.Kind == MentionKind.Capital && m.Actor.Kind != ActorKind.Country)
            return m.Actor.Country is { } c ? [CountryRef(c)] : [];
        return [m.Actor];
    }

    public static ActorRef CountryRef(string iso) => new(ActorKind.Country, iso, null, iso, null);

    /// <summary>The parties an actor gives on one side.</summary>
    public IEnumerable<Party> PartiesOf(LocatedActor a, ParticipantSide side) =>
        Expand(a.Mention).Select(actor => new Party(actor, side, a.Mention.Span, a.Mention.AttestedRole));

    /// <summary>A state with no mention of its own in the clause ("سفيرها": the actor's own envoy), on one side.</summary>
    public static Party StateParty(string iso, ParticipantSide side, TextSpan evidence) => new(CountryRef(iso), side, evidence, null);

    /// <summary>The persons of a state named in the clause before the trigger: they speak or act for the acting state.</summary>
    public IEnumerable<LocatedActor> PersonsOf(ArticleView article, string iso, int from, int to) =>
        In(article, from, to).Where(a => a.Mention.Actor.Kind == ActorKind.Person && a.Mention.Actor.Country == iso);
}
