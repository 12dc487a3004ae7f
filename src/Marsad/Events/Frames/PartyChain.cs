using Marsad.Actors;
using Marsad.Text;
using Marsad.Time;

namespace Marsad.Events.Frames;

/// <summary>
/// The parties of a frame, read as two chains of actors. Before the trigger: a verb's (or cue's)
/// subject, the subject of a light verb, or the possessor of a possessive noun. After it: actors each
/// close to the one before (or to the trigger), introduced by "مع"/"بحضور", coordinated, or in an
/// apposition; the places met on the way are the event's place (<see cref="PlaceReader"/>).
/// </summary>
internal sealed class PartyChain(FrameRules rules)
{
    /// <summary>How many content tokens (not punctuation) an actor may stand from the trigger or the previous actor.</summary>
    private const int NearReach = 2;

    private readonly PlaceReader _places = new(rules);

    /// <summary>The actors of a frame by grammatical role, and the place read among them.</summary>
    public sealed record Chains(List<LocatedActor> Subjects, List<LocatedActor> Objects, Place? Where);

    /// <summary>The frame's chains; null for an object trigger with no light verb before it ("عقوبات" alone is no event).</summary>
    public Chains? Read(Frame frame, ArticleView article, Sentence sentence)
    {
        if (Before(frame, article, sentence) is not { } subjects)
            return null;
        var (objects, where) = After(frame, article, subjects);
        return new Chains(subjects, objects, where);
    }

    /// <summary>
    /// The parties of the chains on the sides of the frame's shape. Groups and formats stand for their
    /// member states; a visit's destination country is its target when no party speaks for it.
    /// </summary>
    public IReadOnlyList<Party> Parties(FrameShape shape, Chains chains)
    {
        var parties = new List<Party>();
        foreach (var a in chains.Subjects)
        {
            foreach (var actor in Expand(a.Mention))
                parties.Add(new Party(actor, SubjectSide(shape), a.Mention.Span, a.Mention.AttestedRole));
        }
        foreach (var a in chains.Objects)
        {
            foreach (var actor in Expand(a.Mention))
                parties.Add(new Party(actor, ObjectSide(shape), a.Mention.Span, a.Mention.AttestedRole));
        }
        if (shape == FrameShape.Visit && chains.Where?.Country is { } host && parties.All(p => p.Actor.Country != host))
            parties.Add(new Party(new ActorRef(ActorKind.Country, host, null, host, null), ParticipantSide.Target, chains.Where.Evidence ?? default, null));
        return parties;
    }

    // Before the trigger: a verb's (or cue's) subject ("أن الجانبين بحثا", "المقداد قد زار",
    // "قال لافروف خلال مؤتمر صحافي"), or the subject of a light verb ("أجرى بوتين ... محادثات").
    private List<LocatedActor>? Before(Frame frame, ArticleView article, Sentence sentence)
    {
        var tokens = article.Tokens;
        var rule = frame.Trigger.Entry;
        var subjects = new List<LocatedActor>();
        var light = rule.Kind is TriggerKind.Noun or TriggerKind.Object ? LightVerbBefore(tokens, frame.PrefixStart, frame.Trigger.FirstToken) : null;
        if (rule.Kind is TriggerKind.Verb or TriggerKind.Cue)
            subjects.AddRange(ChainBefore(article.Actors, tokens, frame.PrefixStart, frame.Trigger.FirstToken));
        else if (light is { } verb)
            subjects.AddRange(article.Actors.Where(a => a.FirstToken > verb && a.LastToken < frame.Trigger.FirstToken && PlaceReader.IsAgent(a.Mention)));
        else if (rule.Kind == TriggerKind.Object)
            return null;
        // A possessive noun ("لقائه", "زيارته") names its possessor: the last person before it.
        if (rule.Kind != TriggerKind.Verb && subjects.Count == 0 && ArabicClitics.HasPossessorSuffix(tokens[frame.Trigger.EndToken - 1]))
        {
            var possessor = article.Actors.LastOrDefault(a => a.LastToken < frame.Trigger.FirstToken && a.Mention.Sentence >= sentence.Index - 1
                && a.Mention.Actor.Kind == ActorKind.Person);
            if (possessor is not null)
                subjects.Add(possessor);
        }
        return subjects;
    }

    // After the trigger: a chain of actors, each close to the one before (or to the trigger),
    // or introduced by "مع"/"بحضور"; places after "في"/"إلى" (or a visit's destination).
    private (List<LocatedActor> Objects, Place? Where) After(Frame frame, ArticleView article, List<LocatedActor> subjects)
    {
        var tokens = article.Tokens;
        var rule = frame.Trigger.Entry;
        var windowEnd = ClauseEnd(tokens, frame.Trigger.EndToken, frame.WindowEnd);
        var objects = new List<LocatedActor>();
        Place? where = null;
        var anchor = frame.Trigger.EndToken - 1;
        LocatedActor? previous = null;
        foreach (var a in article.Actors.Where(a => a.FirstToken >= frame.Trigger.EndToken && a.FirstToken < windowEnd))
        {
            var before = a.FirstToken > 0 ? tokens[a.FirstToken - 1] : null;
            var gap = WordsBetween(tokens, anchor + 1, a.FirstToken, article.Times);
            if (_places.IsEventPlace(a, rule.Frame, where is not null, gap, tokens))
            {
                where ??= _places.PlaceOf(a.Mention);
                anchor = a.LastToken;
                continue;
            }
            if (rules.Words.IsTopicMarker(before?.Norm) || PlaceReader.IsPlaceMention(a.Mention))
                continue;
            var coordinated = IsCoordinated(tokens, previous, a);
            if (!Joins(a, previous, before, gap, coordinated))
                continue;
            // The first chain after a verb with no subject before it is the subject (VSO).
            if (subjects.Count == 0 && rule.Kind == TriggerKind.Verb && objects.Count == 0 || (previous is not null && subjects.Contains(previous) && coordinated))
                subjects.Add(a);
            else
                objects.Add(a);
            previous = a;
            anchor = a.LastToken;
        }
        return (objects, where);
    }

    /// <summary>
    /// True when an actor after the trigger belongs to its chain: a format of states, close to the
    /// trigger or the previous party, introduced by a comitative, coordinated, or in an apposition.
    /// </summary>
    private bool Joins(LocatedActor a, LocatedActor? previous, Token? before, int gap, bool coordinated)
    {
        var m = a.Mention;
        var isFormat = m.Actor.Kind == ActorKind.Organization && m.Actor.Id is { } id && rules.KnowledgeBase.MembersOf(id).Count > 0;
        var near = gap <= NearReach;
        var introduced = rules.Words.Introduces(before?.Norm, gap);
        var apposition = before?.Norm is "(" && previous is not null;
        return isFormat || near || introduced || coordinated || apposition;
    }

    // Coordination needs a conjunction or a comma: in VSO order the object may follow the
    // subject directly ("اتهم عراقجي الولايات المتحدة").
    private bool IsCoordinated(IReadOnlyList<Token> tokens, LocatedActor? previous, LocatedActor a) =>
        previous is not null && OnlyGlue(tokens, previous.LastToken + 1, a.FirstToken)
        && (HasCoordinator(tokens, previous.LastToken + 1, a.FirstToken) || StartsWithCoordinator(tokens[a.FirstToken]));

    private int ClauseEnd(IReadOnlyList<Token> tokens, int from, int end)
    {
        for (var i = from; i < end; i++)
        {
            if (rules.Words.IsBoundary(tokens[i].Norm) || rules.Lexicons.SpeechVerbs.MatchAt(tokens, i, i + 1) is not null && i > from)
                return i;
        }
        return end;
    }

    private IEnumerable<LocatedActor> ChainBefore(IReadOnlyList<LocatedActor> actors, IReadOnlyList<Token> tokens, int from, int trigger)
    {
        var chain = new List<LocatedActor>();
        var boundary = trigger;
        foreach (var a in actors.Where(a => a.LastToken < trigger && a.FirstToken >= from).Reverse())
        {
            if (!OnlyGlue(tokens, a.LastToken + 1, boundary) || !PlaceReader.IsAgent(a.Mention))
                break;
            chain.Insert(0, a);
            boundary = a.FirstToken;
        }
        return chain;
    }

    private int? LightVerbBefore(IReadOnlyList<Token> tokens, int from, int trigger)
    {
        for (var i = trigger - 1; i >= from; i--)
        {
            if (rules.Words.IsLightVerb(tokens[i].Norm))
                return i;
        }
        return null;
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

    private bool OnlyGlue(IReadOnlyList<Token> tokens, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (!rules.Words.IsGlue(tokens[i].Norm))
                return false;
        }
        return true;
    }

    /// <summary>Content words between two tokens, not counting function words and dates ("التي جرت الثلاثاء في").</summary>
    private int WordsBetween(IReadOnlyList<Token> tokens, int from, int to, IReadOnlyList<TemporalMention> times)
    {
        var n = 0;
        for (var i = from; i < to; i++)
        {
            var t = tokens[i];
            if (t.Kind == TokenKind.Punctuation || rules.Words.IsTransparent(t.Norm) || times.Any(m => m.Span.Contains(t.Start)))
                continue;
            n++;
        }
        return n;
    }

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

    private static ParticipantSide SubjectSide(FrameShape shape) => shape switch
    {
        FrameShape.Joint => ParticipantSide.Joint,
        FrameShape.Host => ParticipantSide.Target,
        _ => ParticipantSide.Source,
    };

    private static ParticipantSide ObjectSide(FrameShape shape) => shape switch
    {
        FrameShape.Joint => ParticipantSide.Joint,
        FrameShape.Host => ParticipantSide.Source,
        _ => ParticipantSide.Target,
    };
}
