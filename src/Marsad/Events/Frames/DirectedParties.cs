using Marsad.Text;

namespace Marsad.Events.Frames;

/// <summary>What a reader of an act beyond consult found: its parties by side, and the trigger rule it reads as.</summary>
internal sealed record DirectedReading(IReadOnlyList<Party> Parties, TriggerRule Rule);

/// <summary>
/// The parties of the acts beyond consult. Envoy acts, trade halts, aid, releases, charges, signings,
/// ceasefires and drills have readers of their own (the frame shapes of Data/events/triggers.tsv after
/// visit); the source-target frames PartyChain reads are adjusted here: a verb coordinated with the act
/// before it shares its subject ("طهران تستدعي السفير البريطاني وتحذر من التدخل"), a possessive verbal
/// noun after a statement verb belongs to its speaker ("أكدت السعودية ... رفضها لتصريحات نتانياهو"),
/// and what follows "بشأن"/"حول" is a topic, not a target.
/// </summary>
internal sealed class DirectedParties(FrameRules rules)
{
    private readonly DirectedClause _clause = new(rules);
    private readonly EnvoyReader _envoys = new(rules, new DirectedClause(rules));
    private readonly ActReaders _acts = new(rules, new DirectedClause(rules));
    private readonly JointActReader _joint = new(rules, new DirectedClause(rules));

    /// <summary>True for the shapes read here rather than by <see cref="PartyChain"/>.</summary>
    public static bool Reads(FrameShape shape) => shape >= FrameShape.Envoy;

    public DirectedReading? Read(Frame frame, ArticleView article, Sentence sentence, Draft? previous) => frame.Trigger.Entry.Frame switch
    {
        FrameShape.Envoy or FrameShape.Recall => _envoys.Read(frame, article, sentence, previous),
        FrameShape.Trade or FrameShape.Relations => _acts.Trade(frame, article, sentence, previous),
        FrameShape.Aid => _acts.Aid(frame, article, sentence),
        FrameShape.Release => _acts.Release(frame, article, sentence),
        FrameShape.Charge => _acts.Charge(frame, article, sentence),
        _ => _joint.Read(frame, article, sentence),
    };

    /// <summary>How many tokens before a drill its start verb may stand ("انطلقت في سواحل المتوسط، اليوم الاثنين، مناورات").</summary>
    private const int StartReach = 8;

    /// <summary>
    /// Whether a drill's date is its whole span, its start or its end: a date after "حتى" ends it ("وتستمر
    /// حتى الجمعة المقبل"), a start verb before the trigger starts it; start and end reports combine by hull.
    /// </summary>
    public DatePhase PhaseOf(Frame frame, Time.TemporalMention? when, ArticleView article, Sentence sentence)
    {
        var rule = frame.Trigger.Entry;
        var tokens = article.Tokens;
        var words = rules.Lexicons.Directed;
        if (rule.Kind == TriggerKind.Noun && ClausePhase(frame, tokens, sentence) is { } qualified)
            return qualified;
        if (rule.Frame != FrameShape.Drill)
            return rule.Phase;
        var at = when is null ? -1 : article.Tokens.TakeWhile(t => t.End <= when.Start).Count();
        if (at > 0 && words.Is(DirectedRole.Until, tokens, at - 1))
            return DatePhase.End;
        var from = Math.Max(sentence.FirstToken, frame.Trigger.FirstToken - StartReach);
        return words.FindLast(DirectedRole.Start, tokens, from, frame.Trigger.FirstToken) is not null ? DatePhase.Start : rule.Phase;
    }

    /// <summary>
    /// "الجولة التي انتهت مساء أمس", "المشاورات التي انطلقت اليوم": a relative clause right after a meeting noun whose
    /// verb says the meeting ended or began dates its end or its start, not the whole of it.
    /// </summary>
    private DatePhase? ClausePhase(Frame frame, IReadOnlyList<Token> tokens, Sentence sentence)
    {
        var words = rules.Lexicons.Directed;
        for (var k = frame.Trigger.EndToken; k + 1 < sentence.EndToken && k < frame.Trigger.EndToken + DateReader.QualifierReach; k++)
        {
            if (!rules.Words.TokenIs(tokens[k], (w, r) => w.IsRelativePronoun(r)))
                continue;
            return words.Is(DirectedRole.Ended, tokens, k + 1) ? DatePhase.End
                : words.Is(DirectedRole.Start, tokens, k + 1) ? DatePhase.Start
                : null;
        }
        return null;
    }

    /// <summary>The parties PartyChain read for a source-target frame, adjusted for coordination, statements and topics.</summary>
    public IReadOnlyList<Party> Adjust(Frame frame, IReadOnlyList<Party> parties, ArticleView article, Sentence sentence, Draft? previous)
    {
        var tokens = article.Tokens;
        var acts = rules.Lexicons.Acts;
        var authored = acts.IsAuthored(frame.Trigger.Entry.Cameo);
        var victims = acts.NamesVictims(frame.Trigger.Entry.Cameo);
        var result = parties.Where(p => !AfterTopic(tokens, frame, p)
            && (!authored || p.Side != ParticipantSide.Target || NamedAsAuthor(article, frame, p))
            && (!victims || p.Side != ParticipantSide.Target || !IsVictim(tokens, p))).ToList();
        if (StatementSubject(frame, article, sentence) is { Count: > 0 } speaker)
        {
            var after = result.Where(p => p.Span.Start >= tokens[frame.Trigger.EndToken - 1].End).Select(p => p with { Side = ParticipantSide.Target });
            return [.. speaker.SelectMany(a => _clause.PartiesOf(a, ParticipantSide.Source)), .. after];
        }
        var coordinated = _clause.IsCoordinated(tokens, frame, _clause.Start(tokens, sentence, frame.Trigger.FirstToken));
        var inherited = Inherited.Sources(previous, coordinated);
        if (coordinated && previous is not null && inherited.Count == 0)
        {
            // "التقى الوزير نظيره في عمان، وأدان الوزيران ...": what stands before a coordinated verb ends the
            // act before it; the verb's subject follows it (VSO).
            var trigger = tokens[frame.Trigger.FirstToken].Start;
            var kept = result.Where(p => p.Side != ParticipantSide.Source || p.Span.Start > trigger).ToList();
            return kept.Any(p => p.Side == ParticipantSide.Source) ? kept : SubjectAfter(article, frame, kept);
        }
        if (inherited.Count == 0)
            return result;
        var previousTargets = previous!.Parties.Where(p => p.Side == ParticipantSide.Target).Select(p => p.Actor.Key).ToHashSet();
        var targets = result.Where(p => p.Side == ParticipantSide.Target && !previousTargets.Contains(p.Actor.Key)).ToList();
        if (targets.Count == 0)
            targets.AddRange(Inherited.Targets(previous, true));
        return [.. inherited, .. targets];
    }

    /// <summary>How many content words after a verb its subject may stand.</summary>
    private const int SubjectReach = 2;

    /// <summary>The first party right after the verb is its subject (VSO): "وأدان الوزيران الهجوم الإسرائيلي".</summary>
    private List<Party> SubjectAfter(ArticleView article, Frame frame, List<Party> parties)
    {
        var first = parties.Where(p => p.Side == ParticipantSide.Target).OrderBy(p => p.Span.Start).FirstOrDefault();
        if (first is null)
            return parties;
        var at = frame.Trigger.EndToken;
        while (at < article.Tokens.Count && article.Tokens[at].End <= first.Span.Start)
            at++;
        if (_clause.ContentWords(article, frame.Trigger.EndToken, at) > SubjectReach)
            return parties;
        return parties.Select(p => p.Span == first.Span ? p with { Side = ParticipantSide.Source } : p).ToList();
    }

    /// <summary>"يهدد أمن لبنان", "انتهاكات للسيادة السورية": the state after what it suffers is a victim.</summary>
    private bool IsVictim(IReadOnlyList<Token> tokens, Party p)
    {
        var at = 0;
        while (at < tokens.Count && tokens[at].End <= p.Span.Start)
            at++;
        return at > 0 && rules.Lexicons.Directed.Is(DirectedRole.Good, tokens, at - 1);
    }

    /// <summary>How many tokens before a target the word naming what it authored may stand ("لتصريحات رئيس الحكومة الإسرائيلي").</summary>
    private const int AuthorReach = 2;

    /// <summary>
    /// A target of an authored act (a rejection) is the object itself ("رفضت مصر إسرائيل") or the author
    /// of a proposal, a statement or a charge named just before it ("رفضت الخطة الأمريكية").
    /// </summary>
    private bool NamedAsAuthor(ArticleView article, Frame frame, Party p)
    {
        var tokens = article.Tokens;
        var at = frame.Trigger.EndToken;
        while (at < tokens.Count && tokens[at].End <= p.Span.Start)
            at++;
        if (_clause.ContentWords(article, frame.Trigger.EndToken, at) == 0)
            return true;
        return rules.Lexicons.Directed.FindLast(DirectedRole.Proposal, tokens, Math.Max(frame.Trigger.EndToken, at - AuthorReach), at) is not null;
    }

    /// <summary>A target named after a topic marker between it and the trigger ("رفضها لتصريحات نتانياهو بشأن تهجير الفلسطينيين").</summary>
    private bool AfterTopic(IReadOnlyList<Token> tokens, Frame frame, Party p)
    {
        if (p.Side != ParticipantSide.Target)
            return false;
        var at = frame.Trigger.EndToken;
        while (at < tokens.Count && tokens[at].Start < p.Span.Start)
            at++;
        return at > frame.Trigger.EndToken && _clause.TopicBetween(tokens, frame.Trigger.EndToken, at);
    }

    /// <summary>
    /// The speaker of a statement a possessive verbal noun belongs to: "أكدت المملكة ... رفضها القاطع"
    /// (the rejection is the kingdom's), the subject of the last speech verb before the trigger.
    /// </summary>
    private List<LocatedActor>? StatementSubject(Frame frame, ArticleView article, Sentence sentence)
    {
        var tokens = article.Tokens;
        var trigger = frame.Trigger.FirstToken;
        if (!ArabicClitics.HasPossessorSuffix(tokens[frame.Trigger.EndToken - 1]))
            return null;
        var clauseStart = _clause.Start(tokens, sentence, trigger);
        for (var i = trigger - 1; i >= clauseStart; i--)
        {
            if (rules.Lexicons.SpeechVerbs.MatchAt(tokens, i, i + 1) is null)
                continue;
            var before = _clause.ChainBefore(article, clauseStart, i);
            if (before.Count > 0)
                return before;
            var after = DirectedClause.In(article, i + 1, trigger).FirstOrDefault(DirectedClause.IsStateAgent);
            return after is null ? null : _clause.Coordinated(article, after, trigger);
        }
        return null;
    }
}

/// <summary>What an act coordinated with the act before it takes from it: its sources and its targets.</summary>
internal static class Inherited
{
    /// <summary>The source parties of the previous act, when this one is coordinated with it and it has a direction.</summary>
    public static IReadOnlyList<Party> Sources(Draft? previous, bool coordinated) =>
        coordinated && IsDirected(previous) ? previous!.Parties.Where(p => p.Side == ParticipantSide.Source).ToArray() : [];

    /// <summary>The target parties of the previous directed act, when this one is coordinated with it.</summary>
    public static IEnumerable<Party> Targets(Draft? previous, bool coordinated) =>
        coordinated && IsDirected(previous) ? previous!.Parties.Where(p => p.Side == ParticipantSide.Target) : [];

    public static bool IsDirected(Draft? d) =>
        d is not null && d.Parties.Any(p => p.Side == ParticipantSide.Source) && d.Parties.Any(p => p.Side == ParticipantSide.Target)
        && d.Frame.Trigger.Entry.Frame is not (FrameShape.Joint or FrameShape.Host or FrameShape.Visit);
}
