using Marsad.Actors;
using Marsad.Text;

namespace Marsad.Events.Frames;

/// <summary>
/// The directed acts whose parties stand in fixed places around the trigger: a trade halt or ban
/// ("أوقفت تركيا الصادرات والواردات من وإلى إسرائيل"), aid sent or delivered ("أرسلت الدوحة طائرة
/// ... إلى طهران"), a release ("خمسة أمريكيين مفرج عنهم من إيران") and a wrongdoing charged in a
/// statement ("قال كاتس إن أردوغان ينتهك الاتفاقيات").
/// </summary>
internal sealed class ActReaders(FrameRules rules, DirectedClause clause)
{
    /// <summary>How many tokens after a halting word what it halts may stand ("وقفا كاملا للتعاملات التجارية").</summary>
    private const int TradeReach = 4;

    /// <summary>How many tokens before an aid noun or a release a request word makes it only asked for.</summary>
    private const int RequestReach = 3;

    /// <summary>How many tokens after a delivery verb its subject may stand ("حطت الطائرات التابعة للقوات الجوية الجزائرية").</summary>
    private const int SenderReach = 5;

    /// <summary>How many tokens the released persons and the state holding them may stand from the trigger.</summary>
    private const int ReleaseReach = 6;

    private DirectedWords Words => rules.Lexicons.Directed;

    /// <summary>Trade halted or banned, relations cut: the actor against the state after "مع"/"إلى"/"على"/"ضد".</summary>
    public DirectedReading? Trade(Frame frame, ArticleView article, Sentence sentence, Draft? previous)
    {
        var tokens = article.Tokens;
        var trigger = frame.Trigger;
        var clauseEnd = clause.End(tokens, trigger.EndToken, sentence);
        var objectStart = trigger.EndToken;
        if (trigger.TokenCount == 1)
        {
            // What a single halting word halts: trade ("أوقفت تركيا الصادرات"), or relations ("قطعت السعودية العلاقات").
            var role = trigger.Entry.Frame == FrameShape.Relations ? DirectedRole.Relations : DirectedRole.Trade;
            if (Words.Find(role, tokens, trigger.EndToken, Math.Min(clauseEnd, trigger.EndToken + TradeReach)) is not { } halted)
                return null;
            objectStart = halted.FirstToken;
        }
        var target = DirectedClause.In(article, objectStart, clauseEnd)
            .FirstOrDefault(a => DirectedClause.IsStateAgent(a) && AimedAt(tokens, a, objectStart) && !clause.IsNamedThing(article, a, firms: false)
                && !clause.TopicBetween(tokens, trigger.EndToken, a.FirstToken));
        if (target is null)
            return null;
        var clauseStart = clause.Start(tokens, sentence, trigger.FirstToken);
        var sources = Inherited.Sources(previous, clause.IsCoordinated(tokens, frame, clauseStart)).ToList();
        if (trigger.Entry.Kind == TriggerKind.Object)
        {
            // "فرضت الهند قيودا على": the subject of the light verb imposes.
            if (LightVerbBefore(tokens, Math.Max(clauseStart, frame.PrefixStart), trigger.FirstToken) is not { } verb)
                return null;
            var subject = DirectedClause.In(article, verb + 1, trigger.FirstToken).Where(DirectedClause.IsStateAgent).ToList();
            if (subject.Count == 0)
                subject = clause.ChainBefore(article, clauseStart, verb);
            sources.AddRange(subject.SelectMany(a => clause.PartiesOf(a, ParticipantSide.Source)));
        }
        else if (sources.Count == 0)
        {
            sources.AddRange(clause.Subject(article, frame, clauseStart, objectStart, Inherited.IsDirected(previous)).SelectMany(a => clause.PartiesOf(a, ParticipantSide.Source)));
        }
        return Directed(article, frame, sources, [target], clauseStart);
    }

    /// <summary>
    /// Aid sent or delivered: the donor (the subject of the delivery verb, the carrier's state, or the
    /// nearest state before) against the recipient (after "إلى", "الموجهة"، a glued "لـ", an airport).
    /// Without a delivery word the aid is only talked about, after a pledge it is planned, after a
    /// request word it is only asked for.
    /// </summary>
    public DirectedReading? Aid(Frame frame, ArticleView article, Sentence sentence)
    {
        var tokens = article.Tokens;
        var trigger = frame.Trigger;
        var clauseStart = clause.Start(tokens, sentence, trigger.FirstToken);
        var clauseEnd = clause.End(tokens, trigger.EndToken, sentence);
        var delivery = Words.Is(DirectedRole.Delivery, tokens, trigger.FirstToken) ? trigger.FirstToken
            : Words.FindLast(DirectedRole.Delivery, tokens, clauseStart, trigger.FirstToken)?.FirstToken
              ?? Words.Find(DirectedRole.Delivery, tokens, trigger.EndToken, clauseEnd)?.FirstToken;
        // "تعهدت الإمارات بتقديم مساعدات", "تقرر إرسال طائرات تحمل مساعدات": aid promised, not yet delivered.
        var pledge = Words.FindLast(DirectedRole.Pledge, tokens, clauseStart, trigger.FirstToken)?.FirstToken;
        var promised = pledge is { } pl && (delivery is null || pl < delivery);
        var d = delivery ?? pledge ?? -1;
        if (d < 0 || Asked(tokens, Math.Min(d, trigger.FirstToken), clauseStart))
            return null;
        var states = DirectedClause.In(article, clauseStart, clauseEnd)
            .Where(a => DirectedClause.State(a) is not null && !clause.IsNamedThing(article, a, firms: true))
            .ToList();
        var recipient = states.FirstOrDefault(a => a.FirstToken >= trigger.EndToken && IsDestination(tokens, a))
            ?? states.LastOrDefault(a => a.FirstToken < trigger.FirstToken && IsDestination(tokens, a));
        var donors = states.Where(a => DirectedClause.IsStateAgent(a) && !IsDestination(tokens, a)).ToList();
        var donor = donors.FirstOrDefault(a => a.FirstToken > d && a.FirstToken <= d + SenderReach)
            ?? clause.ChainBefore(article, clauseStart, d).LastOrDefault(a => !IsDestination(tokens, a))
            ?? donors.LastOrDefault(a => a.LastToken < trigger.FirstToken);
        if (recipient is null || donor is null)
            return null;
        var reading = Directed(article, frame, [.. clause.PartiesOf(donor, ParticipantSide.Source)], [recipient], clauseStart);
        return promised && reading is not null ? reading with { Rule = reading.Rule with { Status = EventStatus.Planned } } : reading;
    }

    /// <summary>
    /// Persons released: the state that held them ("من إيران", "في الولايات المتحدة", the subject of
    /// "أفرج", the agent of "إفراج الولايات المتحدة عن") against the state they belong to (a demonym or
    /// a person after "عن", or before "مفرج عنهم"/"أطلق سراحهم").
    /// </summary>
    public DirectedReading? Release(Frame frame, ArticleView article, Sentence sentence)
    {
        var tokens = article.Tokens;
        var trigger = frame.Trigger;
        var clauseStart = clause.Start(tokens, sentence, trigger.FirstToken);
        var clauseEnd = clause.End(tokens, trigger.EndToken, sentence);
        if (Asked(tokens, trigger.FirstToken, clauseStart))
            return null;
        var before = Words.Is(DirectedRole.ReleasedBefore, tokens, trigger.EndToken - 1)
            || trigger.EndToken < tokens.Count && Words.Is(DirectedRole.ReleasedBefore, tokens, trigger.EndToken);
        var of = Words.Is(DirectedRole.ReleaseOf, tokens, trigger.EndToken - 1) ? trigger.EndToken - 1
            : Words.Find(DirectedRole.ReleaseOf, tokens, trigger.EndToken, Math.Min(clauseEnd, trigger.EndToken + RequestReach))?.FirstToken;
        var about = of ?? trigger.EndToken;
        var releasedFrom = before ? Math.Max(clauseStart, trigger.FirstToken - ReleaseReach) : of + 1 ?? trigger.EndToken;
        var released = before
            ? DirectedClause.In(article, releasedFrom, trigger.FirstToken).LastOrDefault(IsPeople)
            : DirectedClause.In(article, releasedFrom, Math.Min(clauseEnd, releasedFrom + ReleaseReach)).FirstOrDefault(IsPeople);
        if (released is null)
            return null;
        var holder = HeldBy(article, released, Math.Max(released.LastToken + 1, trigger.EndToken), clauseEnd)
            ?? (before ? HeldBy(article, released, released.LastToken + 1, trigger.FirstToken) : null)
            ?? Releaser(article, frame, clauseStart, about, before);
        if (holder is null)
            return null;
        return Directed(article, frame, [.. clause.PartiesOf(holder, ParticipantSide.Source)], [released], clauseStart);
    }

    /// <summary>
    /// A wrongdoing charged in a statement: the speaker (the subject of the speech or judgement verb
    /// before it) accuses the wrongdoer named just before the charge ("إن أردوغان ينتهك", "الهجوم الإيراني
    /// يعد انتهاكا"), or just after a verb of it.
    /// </summary>
    public DirectedReading? Charge(Frame frame, ArticleView article, Sentence sentence)
    {
        var tokens = article.Tokens;
        var trigger = frame.Trigger;
        var clauseStart = clause.Start(tokens, sentence, trigger.FirstToken);
        var wrongdoer = WrongdoerBefore(article, trigger.FirstToken, clauseStart)
            ?? (frame.Trigger.Entry.Kind == TriggerKind.Verb ? DirectedClause.In(article, trigger.EndToken, trigger.EndToken + 2).FirstOrDefault(DirectedClause.IsStateAgent) : null);
        if (wrongdoer is null)
            return null;
        var speaker = Speaker(article, sentence.FirstToken, Math.Min(wrongdoer.FirstToken, trigger.FirstToken));
        if (speaker is null)
            return null;
        return Directed(article, frame, [.. clause.PartiesOf(speaker, ParticipantSide.Source)], [wrongdoer], clauseStart);
    }

    /// <summary>Sources against target actors, when they are of different states; with the persons of the source's state named before the trigger.</summary>
    private DirectedReading? Directed(ArticleView article, Frame frame, List<Party> sources, IReadOnlyList<LocatedActor> targets, int clauseStart)
    {
        var source = sources.Select(p => p.Actor.Country).FirstOrDefault(c => c is not null);
        var targetParties = targets.SelectMany(t => clause.PartiesOf(t, ParticipantSide.Target)).ToList();
        if (source is null || targetParties.Count == 0 || targetParties.All(t => t.Actor.Country == source || t.Actor.Country is null))
            return null;
        var persons = clause.PersonsOf(article, source, clauseStart, frame.Trigger.FirstToken)
            .Where(a => sources.All(s => s.Span != a.Mention.Span))
            .SelectMany(a => clause.PartiesOf(a, ParticipantSide.Source));
        return new DirectedReading([.. sources, .. persons, .. targetParties], frame.Trigger.Entry);
    }

    /// <summary>How many words a sanctioned state may stand after its toward word ("على شركات إيرانية", "على أكثر من 20 كيانا إيرانيا").</summary>
    private const int TowardReach = 3;

    /// <summary>A state a sanction or halt aims at: after "مع"/"إلى"/"على"/"ضد", or after a few words that follow one (the firms or persons of the state).</summary>
    private bool AimedAt(IReadOnlyList<Token> tokens, LocatedActor a, int from)
    {
        for (var i = a.FirstToken - 1; i >= Math.Max(from, a.FirstToken - TowardReach); i--)
        {
            if (Words.Is(DirectedRole.Toward, tokens, i))
                return true;
        }
        return false;
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

    /// <summary>A request word shortly before: "طالب بالإفراج عن", "دعا إلى إرسال مساعدات".</summary>
    private bool Asked(IReadOnlyList<Token> tokens, int at, int clauseStart) =>
        Words.FindLast(DirectedRole.Request, tokens, Math.Max(clauseStart, at - RequestReach), at) is not null;

    /// <summary>
    /// Where aid goes: after "إلى"/"الموجهة"/"لصالح" or a word with "لـ" glued ("للشعب اللبناني"), to a state
    /// with "لـ" glued, to an airport or port, or to a place after a destination word ("إلى قطاع غزة").
    /// </summary>
    private bool IsDestination(IReadOnlyList<Token> tokens, LocatedActor a)
    {
        if (PlaceReader.IsPlaceMention(a.Mention))
            return Words.Is(DirectedRole.Destination, tokens, a.FirstToken) || a.FirstToken > 0 && Words.Is(DirectedRole.Destination, tokens, a.FirstToken - 1);
        var before = a.FirstToken - 1;
        if (before >= 0 && rules.Words.IsLocative(tokens[before].Bare) && before > 0 && Words.Is(DirectedRole.Destination, tokens, before - 1))
            return true;
        if (before >= 0 && (Words.Is(DirectedRole.Destination, tokens, before) || IsDestinationClitic(ArabicClitics.GluedPreposition(tokens[before].Norm))))
            return true;
        return ArabicClitics.GluedPreposition(tokens[a.FirstToken].Norm) is { } glued && IsDestinationClitic(glued)
            && !(a.Mention.Actor.Name is { } n && ArabicNormalizer.Key(n).StartsWith(glued, StringComparison.Ordinal));
    }

    private bool IsDestinationClitic(string? clitic) => clitic is not null && rules.Words.IsDestinationClitic(clitic);

    /// <summary>Released persons are named by their nationality or their name.</summary>
    private static bool IsPeople(LocatedActor a) =>
        DirectedClause.State(a) is not null && (a.Mention.Kind == MentionKind.Demonym || a.Mention.Actor.Kind == ActorKind.Person);

    /// <summary>The state holding the released: after "من"/"لدى"/"في" following them (Data/events/directed-words.tsv release-from).</summary>
    private LocatedActor? HeldBy(ArticleView article, LocatedActor released, int from, int to) =>
        DirectedClause.In(article, from, Math.Min(to, from + ReleaseReach))
            .FirstOrDefault(a => DirectedClause.IsStateAgent(a) && DirectedClause.State(a) != DirectedClause.State(released) && a.Mention.Kind != MentionKind.Demonym
                && a.FirstToken > 0 && Words.Is(DirectedRole.ReleaseFrom, article.Tokens, a.FirstToken - 1));

    /// <summary>Who releases: the subject of a verb ("أفرجت إيران عن"), or the agent of a verbal noun before "عن" ("إفراج الولايات المتحدة عن").</summary>
    private LocatedActor? Releaser(ArticleView article, Frame frame, int clauseStart, int about, bool before)
    {
        if (before)
            return null;
        var agent = DirectedClause.In(article, frame.Trigger.EndToken, about).FirstOrDefault(DirectedClause.IsStateAgent);
        if (agent is not null || frame.Trigger.Entry.Kind != TriggerKind.Verb)
            return agent;
        return clause.ChainBefore(article, clauseStart, frame.Trigger.FirstToken).LastOrDefault();
    }

    /// <summary>The state agent just before a charge, across glue, commas and a copula ("الهجوم الإيراني يعد").</summary>
    private LocatedActor? WrongdoerBefore(ArticleView article, int trigger, int clauseStart)
    {
        var tokens = article.Tokens;
        var k = trigger - 1;
        while (k >= clauseStart && (rules.Words.IsGlue(tokens[k].Norm) || Words.Is(DirectedRole.Copula, tokens, k)))
            k--;
        return k < clauseStart ? null : article.Actors.FirstOrDefault(a => a.LastToken == k && DirectedClause.IsStateAgent(a));
    }

    /// <summary>The subject of the last speech or judgement verb before a token: the actors just before it, else the first after it.</summary>
    private LocatedActor? Speaker(ArticleView article, int from, int to)
    {
        var tokens = article.Tokens;
        for (var i = to - 1; i >= from; i--)
        {
            if (rules.Lexicons.SpeechVerbs.MatchAt(tokens, i, i + 1) is null && !Words.Is(DirectedRole.Consider, tokens, i))
                continue;
            return clause.ChainBefore(article, from, i).LastOrDefault()
                ?? DirectedClause.In(article, i + 1, to).FirstOrDefault(DirectedClause.IsStateAgent);
        }
        return null;
    }
}
