using Marsad.Text;

namespace Marsad.Events.Frames;

/// <summary>
/// The joint acts beyond consult: a document signed ("وقع لبنان وسوريا اتفاقا", "توقيع إعلان مشترك بين
/// المغرب والولايات المتحدة وإسرائيل"), a ceasefire agreed ("يقبلان بوقف إطلاق النار", "وافق على اتفاق
/// وقف إطلاق النار مع لبنان") and joint drills ("مناورات بحر الصداقة بين تركيا ومصر"). A signing needs
/// the document after it, a ceasefire an agreement word just before it (a ceasefire called for or
/// violated is none); the parties are the subjects before, the actors between the verb and the document,
/// and those after "بين"/"مع" or coordinated with them; a sponsor ("برعاية") and a topic are not parties.
/// </summary>
internal sealed class JointActReader(FrameRules rules, DirectedClause clause)
{
    /// <summary>How many tokens besides the signatories' own may stand between a signing verb and its document.</summary>
    private const int DocumentReach = 16;

    /// <summary>How many words (not dates, not actors) before a ceasefire its agreement word may stand ("ووافقت الحكومة الإسرائيلية أمس على اتفاق وقف").</summary>
    private const int AgreementReach = 3;

    /// <summary>How many content words an actor may stand from the act or the last party and still join it.</summary>
    private const int NearReach = 2;

    private DirectedWords Words => rules.Lexicons.Directed;

    public DirectedReading? Read(Frame frame, ArticleView article, Sentence sentence)
    {
        var tokens = article.Tokens;
        var trigger = frame.Trigger;
        if (trigger.Entry.Kind == TriggerKind.Object)
            return null;
        var clauseStart = clause.Start(tokens, sentence, trigger.FirstToken);
        var clauseEnd = clause.End(tokens, trigger.EndToken, sentence);
        var head = trigger.FirstToken;
        var anchor = trigger.EndToken;
        var actors = new List<LocatedActor>();
        switch (trigger.Entry.Frame)
        {
            case FrameShape.Signing:
                // The document stands before the next act of the sentence, or is its opener ("ووقعت مصر اتفاقية").
                var document = Words.Find(DirectedRole.Document, tokens, trigger.FirstToken, trigger.EndToken)
                    ?? Words.Find(DirectedRole.Document, tokens, trigger.EndToken, Math.Min(Math.Min(clauseEnd, frame.WindowEnd + 1), PastSignatories(article, trigger.EndToken)));
                if (document is null)
                    return null;
                actors.AddRange(DirectedClause.In(article, trigger.EndToken, document.FirstToken).Where(a => DirectedClause.IsJointParty(a) && !Sponsored(tokens, a)));
                anchor = Math.Max(anchor, document.EndToken);
                break;
            case FrameShape.Truce:
                if (AgreementBefore(article, trigger.FirstToken, clauseStart) is not { } agreement || Breached(tokens, agreement + 1, trigger.FirstToken))
                    return null;
                actors.AddRange(DirectedClause.In(article, agreement + 1, trigger.FirstToken).Where(DirectedClause.IsJointParty));
                head = agreement;
                break;
        }
        actors.InsertRange(0, clause.ChainBefore(article, clauseStart, head, joint: true));
        var (after, withOne) = After(article, anchor, clauseEnd);
        actors.AddRange(after);
        // "وافق ... على اتفاق وقف إطلاق النار مع لبنان", "أعلنت الوزارة الروسية بدء مناورات مع الصين": one
        // party after "مع", the other the nearest state before.
        if ((actors.Count == 0 && trigger.Entry.Frame == FrameShape.Truce || actors.Count == 1 && (withOne || trigger.Entry.Frame == FrameShape.Truce))
            && clause.Nearest(article, clauseStart, head) is { } nearest && !actors.Contains(nearest) && !clause.IsNamedThing(article, nearest, firms: true))
            actors.Insert(0, nearest);
        var parties = actors.Where(a => !clause.IsNamedThing(article, a, firms: true)).Distinct().SelectMany(a => clause.PartiesOf(a, ParticipantSide.Joint)).ToList();
        return new DirectedReading(parties, trigger.Entry);
    }

    /// <summary>
    /// The parties after the act: introduced by "بين"/"مع" anywhere in the clause, near the act or the
    /// last party, or coordinated with it; up to a topic marker, without places and sponsors.
    /// </summary>
    private (List<LocatedActor> Parties, bool WithOne) After(ArticleView article, int anchor, int clauseEnd)
    {
        var tokens = article.Tokens;
        var found = new List<LocatedActor>();
        var withOne = false;
        var last = anchor - 1;
        foreach (var a in DirectedClause.In(article, anchor, clauseEnd))
        {
            if (clause.TopicBetween(tokens, anchor, a.FirstToken))
                break;
            var before = a.FirstToken > 0 ? tokens[a.FirstToken - 1] : null;
            if (!DirectedClause.IsJointParty(a) || Sponsored(tokens, a) || rules.Words.IsLocative(before?.Norm) || clause.IsNamedThing(article, a, firms: true))
                continue;
            var introduced = rules.Words.IsComitative(before?.Norm) || rules.Words.IsComitative(before?.Bare);
            var near = clause.ContentWords(article, last + 1, a.FirstToken) <= NearReach;
            var coordinated = found.Count > 0 && clause.OnlyGlue(article, last + 1, a.FirstToken);
            if (!introduced && !near && !coordinated)
                continue;
            // "مع" (a toward word, where "بين" is not) introduces one party; the other is elsewhere.
            withOne |= introduced && found.Count == 0 && Words.Is(DirectedRole.Toward, tokens, a.FirstToken - 1);
            found.Add(a);
            last = a.LastToken;
        }
        return (found, withOne);
    }

    /// <summary>
    /// Where the search for a document ends: <see cref="DocumentReach"/> tokens after the verb, not
    /// counting the signatories' names and titles ("وقع ولي العهد، رئيس مجلس الوزراء الأمير ...، ورئيس
    /// وزراء ...، ... على اتفاقية"): long titles must not push the document out of reach.
    /// </summary>
    private static int PastSignatories(ArticleView article, int from)
    {
        var end = from;
        for (var counted = 0; end < article.Tokens.Count && counted < DocumentReach; end++)
        {
            if (DirectedClause.Covering(article, end) is null)
                counted++;
        }
        return end;
    }

    /// <summary>A breach or a request between an agreement word and its ceasefire: "أعلن انتهاء وقف إطلاق النار", "أعلن دعوته إلى وقف".</summary>
    private bool Breached(IReadOnlyList<Token> tokens, int from, int to) =>
        Words.Find(DirectedRole.TruceBreach, tokens, from, to) is not null || Words.Find(DirectedRole.Request, tokens, from, to) is not null;

    /// <summary>"برعاية سعودية": a sponsor is no signatory.</summary>
    private bool Sponsored(IReadOnlyList<Token> tokens, LocatedActor a) =>
        a.FirstToken > 0 && Words.Is(DirectedRole.Sponsor, tokens, a.FirstToken - 1);

    /// <summary>The agreement word a few content words before a ceasefire ("يقبلان بوقف", "وافق مساء الثلاثاء على اتفاق وقف").</summary>
    private int? AgreementBefore(ArticleView article, int trigger, int clauseStart)
    {
        var words = 0;
        for (var i = trigger - 1; i >= clauseStart && words <= AgreementReach; i--)
        {
            if (Words.Is(DirectedRole.Agreement, article.Tokens, i))
                return i;
            // The agreeing parties may stand between ("اتفقت روسيا وأوكرانيا على"); they are no distance.
            if (article.Tokens[i].Kind == TokenKind.Word && !DirectedClause.InDate(article, i) && DirectedClause.Covering(article, i) is null)
                words++;
        }
        return null;
    }
}
