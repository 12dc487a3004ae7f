using Marsad.Actors;
using Marsad.Text;

namespace Marsad.Events.Frames;

/// <summary>
/// Acts done to a diplomat or a mission (frames envoy and recall): "استدعت الخارجية الجزائرية السفير
/// الفرنسي" (a summons: the envoy's state is the target), "طرد سفيرة السويد لدى بغداد" (an expulsion),
/// "استدعت ألمانيا سفيرها في طهران للتشاور" (the actor's own envoy: a recall, the state of the posting is
/// the target), "إغلاق القنصليات الإيرانية" (a closure). The envoy phrase after the trigger gives the
/// envoy's state (a demonym, a country after the noun, a possessor suffix for one's own) and its posting
/// ("لدى"/"في"/"من" + a place, "لديها" for the actor's own country); "للتشاور" calls one's own envoy home.
/// </summary>
internal sealed class EnvoyReader(FrameRules rules, DirectedClause clause)
{
    /// <summary>How many tokens after the trigger the envoy noun may stand (a subject and a date may come between).</summary>
    private const int EnvoyReach = 14;

    /// <summary>How many tokens after the envoy noun its state and posting may stand ("القائم بأعمال السفارة العراقية في ستوكهولم").</summary>
    private const int PhraseReach = 7;

    /// <summary>How many tokens after the envoy phrase "للتشاور" or its home capital may stand ("في طهران ماركوس بوتزل إلى برلين للتشاور").</summary>
    private const int CueReach = 6;

    /// <summary>How many tokens after the envoy phrase the envoy's name may stand ("السفير الأمريكي لدى الصين، نيكولاس بيرنز").</summary>
    private const int NameReach = 3;

    private DirectedWords Words => rules.Lexicons.Directed;

    /// <summary>
    /// The envoy phrase: its noun, whether it is the actor's own, its state, its posting (a place read
    /// as an actor, or the state of a place inside the envoy's title: "سفير جمهورية العراق لدى طهران
    /// نصير عبد المحسن"), and a call home.
    /// </summary>
    private sealed record Envoy(
        int First, int End, bool Owned, LocatedActor? State, LocatedActor? Posting, (string State, TextSpan Span)? TitledPosting, bool PostedHere, bool CalledHome);

    public DirectedReading? Read(Frame frame, ArticleView article, Sentence sentence, Draft? previous)
    {
        var tokens = article.Tokens;
        var clauseEnd = clause.End(tokens, frame.Trigger.EndToken, sentence);
        if (FindEnvoy(article, frame, clauseEnd) is not { } envoy)
            return null;
        var clauseStart = clause.Start(tokens, sentence, frame.Trigger.FirstToken);
        var coordinated = clause.IsCoordinated(tokens, frame, clauseStart);
        var inherited = Inherited.Sources(previous, coordinated);
        var subject = inherited.Count > 0 ? [] : clause.Subject(article, frame, clauseStart, envoy.First, Inherited.IsDirected(previous));
        var actor = inherited.Select(p => p.Actor.Country).FirstOrDefault() ?? subject.Select(DirectedClause.State).FirstOrDefault();
        var envoyState = envoy.State is { } s ? DirectedClause.State(s) : null;
        var posting = envoy.PostedHere ? actor : envoy.Posting is { } p ? DirectedClause.State(p) : envoy.TitledPosting?.State;
        var own = IsOwn(frame, envoy, actor, envoyState, posting);
        var sources = new List<Party>(inherited);
        sources.AddRange(subject.SelectMany(a => clause.PartiesOf(a, ParticipantSide.Source)));
        var parties = own
            ? Recall(article, frame, envoy, actor ?? envoyState, posting, sources, coordinated ? previous : null, clauseStart)
            : Summons(article, frame, envoy, actor, envoyState, sources, clauseStart);
        return parties is null ? null : new DirectedReading(parties, own ? OwnReading(frame.Trigger.Entry) : frame.Trigger.Entry);
    }

    /// <summary>
    /// True when the envoy is the actor's own: a possessor suffix ("سفيرها"), a withdrawal, the actor's
    /// state named ("سفير جمهورية العراق"), a call home ("للتشاور"), or an envoy of no named state
    /// serving abroad ("استدعت دبلوماسيين من تركيا").
    /// </summary>
    private static bool IsOwn(Frame frame, Envoy envoy, string? actor, string? envoyState, string? posting)
    {
        if (envoy.Owned || frame.Trigger.Entry.Frame == FrameShape.Recall || envoyState is not null && envoyState == actor)
            return true;
        if (envoy.CalledHome && (actor is null || envoyState is null))
            return true;
        return envoyState is null && actor is not null && posting is not null && posting != actor;
    }

    /// <summary>One's own envoy or mission withdrawn: the actor against the state of the posting (or of the act it is coordinated with, <paramref name="previous"/>).</summary>
    private List<Party>? Recall(ArticleView article, Frame frame, Envoy envoy, string? actor, string? posting, List<Party> sources, Draft? previous, int clauseStart)
    {
        var targets = posting is not null && envoy.Posting is { } p && !envoy.PostedHere
            ? clause.PartiesOf(p, ParticipantSide.Target).ToList()
            : envoy.TitledPosting is { } titled && !envoy.PostedHere
                ? [DirectedClause.StateParty(titled.State, ParticipantSide.Target, titled.Span)]
                : Inherited.Targets(previous, true).ToList();
        if (targets.Count == 0 && actor is not null && OnlyOtherState(article, frame, actor, clauseStart) is { } other)
            targets.AddRange(clause.PartiesOf(other, ParticipantSide.Target));
        var target = targets.Select(t => t.Actor.Country).FirstOrDefault();
        if (actor is null || target is null || target == actor)
            return null;
        if (sources.Count == 0)
            sources.Add(DirectedClause.StateParty(actor, ParticipantSide.Source, article.Tokens[envoy.First].Span));
        sources.AddRange(EnvoyPersons(article, envoy, actor).Select(a => new Party(a.Mention.Actor, ParticipantSide.Source, a.Mention.Span, a.Mention.AttestedRole)));
        sources.AddRange(clause.PersonsOf(article, actor, clauseStart, frame.Trigger.FirstToken).SelectMany(a => clause.PartiesOf(a, ParticipantSide.Source)));
        return [.. sources, .. targets];
    }

    /// <summary>
    /// The counterpart of a recall whose posting the text leaves out: the one other state its clause
    /// names ("فرنسا ترد على الجزائر بالمثل وتستدعي السفير للتشاور"), if there is exactly one.
    /// </summary>
    private LocatedActor? OnlyOtherState(ArticleView article, Frame frame, string actor, int clauseStart)
    {
        var end = clause.End(article.Tokens, frame.Trigger.EndToken, article.Text.Sentences.First(s => s.FirstToken <= frame.Trigger.FirstToken && s.EndToken > frame.Trigger.FirstToken));
        var others = DirectedClause.In(article, clauseStart, end).Where(a => DirectedClause.IsStateAgent(a) && DirectedClause.State(a) != actor).ToList();
        return others.Select(DirectedClause.State).Distinct().Count() == 1 ? others[0] : null;
    }

    /// <summary>A foreign envoy or mission acted on: the actor (or the state of the posting) against the envoy's state.</summary>
    private List<Party>? Summons(ArticleView article, Frame frame, Envoy envoy, string? actor, string? envoyState, List<Party> sources, int clauseStart)
    {
        if (frame.Trigger.Entry.Frame == FrameShape.Recall || envoyState is null)
            return null;
        if (sources.Count == 0 && envoy.Posting is { } p && !envoy.PostedHere)
            sources.AddRange(clause.PartiesOf(p, ParticipantSide.Source));
        var source = sources.Select(s => s.Actor.Country).FirstOrDefault();
        if (source is null || source == envoyState)
            return null;
        sources.AddRange(clause.PersonsOf(article, source, clauseStart, frame.Trigger.FirstToken).SelectMany(a => clause.PartiesOf(a, ParticipantSide.Source)));
        var targets = EnvoyPersons(article, envoy, envoyState)
            .Select(a => new Party(a.Mention.Actor, ParticipantSide.Target, a.Mention.Span, a.Mention.AttestedRole))
            .ToList();
        if (targets.Count == 0)
            targets.AddRange(clause.PartiesOf(envoy.State!, ParticipantSide.Target));
        return [.. sources, .. targets];
    }

    /// <summary>The envoy as a person: the title that names it ("السفير الأمريكي"), or a name of its state just after the phrase.</summary>
    private IEnumerable<LocatedActor> EnvoyPersons(ArticleView article, Envoy envoy, string state)
    {
        var title = DirectedClause.Covering(article, envoy.First);
        var named = DirectedClause.In(article, envoy.End, envoy.End + NameReach)
            .Where(a => a.Mention.Actor.Kind == ActorKind.Person && a.Mention.Actor.Country == state && a.Mention.Actor.Name is not null);
        var persons = title is { Mention.Actor.Kind: ActorKind.Person } && title.Mention.Actor.Country == state ? new[] { title } : [];
        return persons.Concat(named).Take(2);
    }

    /// <summary>The act a summons or closure reads as when the envoy is the actor's own (Data/events/acts.tsv own_envoy).</summary>
    private TriggerRule OwnReading(TriggerRule rule)
    {
        if (rule.Frame == FrameShape.Recall)
            return rule;
        var code = rules.Lexicons.Acts.OwnEnvoyCode;
        var type = rules.Lexicons.Cameo.Find(code)?.PloverEvent is { } plover ? EventType.Parse(plover) : rule.Type;
        return rule with { Type = type, Cameo = code, Frame = FrameShape.Recall, Act = rules.Lexicons.Acts.OwnEnvoyAct };
    }

    private Envoy? FindEnvoy(ArticleView article, Frame frame, int clauseEnd)
    {
        var tokens = article.Tokens;
        var limit = Math.Min(Math.Min(clauseEnd, frame.WindowEnd), frame.Trigger.EndToken + EnvoyReach);
        for (var i = frame.Trigger.EndToken; i < limit; i++)
        {
            if (Words.At(DirectedRole.Envoy, tokens, i, clauseEnd) is { } noun)
                return ReadPhrase(article, noun, Math.Min(clauseEnd, frame.WindowEnd));
        }
        return null;
    }

    /// <summary>Reads the envoy phrase from its noun: the state it belongs to, where it serves, whether it is called home.</summary>
    private Envoy ReadPhrase(ArticleView article, PhraseMatch<string> noun, int clauseEnd)
    {
        var tokens = article.Tokens;
        var owned = ArabicClitics.HasPossessorSuffix(tokens[noun.EndToken - 1]);
        var title = DirectedClause.Covering(article, noun.FirstToken);
        LocatedActor? state = title is not null && title.Mention.Actor.Kind == ActorKind.Person && DirectedClause.State(title) is not null ? title : null;
        LocatedActor? posting = null;
        var postedHere = false;
        var j = title is not null && state is not null ? Math.Max(noun.EndToken, title.LastToken + 1) : noun.EndToken;
        var end = Math.Min(clauseEnd, noun.EndToken + PhraseReach);
        while (j < end)
        {
            if (Words.Is(DirectedRole.HostPronoun, tokens, j))
            {
                postedHere = true;
                j++;
                break;
            }
            if (Words.At(DirectedRole.Envoy, tokens, j, clauseEnd) is { } mission)
            {
                owned |= ArabicClitics.HasPossessorSuffix(tokens[mission.EndToken - 1]);
                j = mission.EndToken;
                continue;
            }
            if (DirectedClause.In(article, j, j + 1).FirstOrDefault(a => DirectedClause.State(a) is not null) is not { } actor)
            {
                j++;
                continue;
            }
            j = actor.LastToken + 1;
            // "السفير الإيطالي في القاهرة فلان إلى روما": the envoy's own state after "إلى" is where
            // it is called to, not where it serves.
            if (IsPosting(tokens, actor) && (state is null || DirectedClause.State(actor) != DirectedClause.State(state)))
            {
                posting = actor;
                break;
            }
            if (state is null)
                state = actor;
            else if (DirectedClause.State(actor) != DirectedClause.State(state))
                break;
        }
        postedHere |= title is not null && TitleEndsInHostPronoun(tokens, title);
        var calledHome = Words.Find(DirectedRole.Consultation, tokens, noun.FirstToken, Math.Min(clauseEnd, j + CueReach)) is not null
            || state is not null && CalledTo(article, DirectedClause.State(state), j, Math.Min(clauseEnd, j + CueReach));
        var titledPosting = posting is null && title is not null ? PostingInTitle(tokens, noun.EndToken, title.LastToken + 1) : null;
        return new Envoy(noun.FirstToken, j, owned, state, posting, titledPosting, postedHere, calledHome);
    }

    /// <summary>
    /// A posting the actor stage read into the envoy's title ("سفير جمهورية العراق لدى طهران نصير عبد
    /// المحسن"): a posting word inside the title and the country or capital after it, by the knowledge base.
    /// </summary>
    private (string State, TextSpan Span)? PostingInTitle(IReadOnlyList<Token> tokens, int from, int end)
    {
        for (var i = from; i + 1 < end; i++)
        {
            if (!Words.Is(DirectedRole.Posting, tokens, i))
                continue;
            var place = rules.KnowledgeBase.Lexicon.Phrases.MatchAt(tokens, i + 1, end);
            if (place?.Entry is { Kind: LexKind.Country or LexKind.Capital, Country: { } country })
                return (country, new TextSpan(tokens[i + 1].Start, tokens[place.EndToken - 1].End));
        }
        return null;
    }

    /// <summary>"السفير الألماني في طهران ... إلى برلين": the envoy called to its own state.</summary>
    private bool CalledTo(ArticleView article, string? home, int from, int to) =>
        home is not null && DirectedClause.In(article, from, to).Any(a => DirectedClause.State(a) == home && a.FirstToken > 0
            && Words.Is(DirectedRole.Destination, article.Tokens, a.FirstToken - 1) && a.Mention.Kind is MentionKind.Capital or MentionKind.Country);

    /// <summary>"السفير الألماني لديها": a title the actor stage read up to the pronoun.</summary>
    private bool TitleEndsInHostPronoun(IReadOnlyList<Token> tokens, LocatedActor title) =>
        Words.Is(DirectedRole.HostPronoun, tokens, title.LastToken);

    /// <summary>A place the envoy serves in: after "لدى"/"في"/"من"/"إلى" (also across "العاصمة"), or with "بـ" glued to it.</summary>
    private bool IsPosting(IReadOnlyList<Token> tokens, LocatedActor a)
    {
        var before = a.FirstToken - 1;
        if (before >= 0 && rules.Words.IsLocative(tokens[before].Bare) && !Words.Is(DirectedRole.Posting, tokens, before))
            before--;
        if (before >= 0 && Words.Is(DirectedRole.Posting, tokens, before))
            return true;
        return ArabicClitics.GluedPreposition(tokens[a.FirstToken].Norm) is { } glued && rules.Words.IsLocativeClitic(glued) && !NameStartsWith(a, glued);
    }

    private static bool NameStartsWith(LocatedActor a, string letter) =>
        a.Mention.Actor.Name is { } n && ArabicNormalizer.Key(n).StartsWith(letter, StringComparison.Ordinal);
}
