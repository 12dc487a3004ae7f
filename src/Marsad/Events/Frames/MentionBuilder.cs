using Marsad.Actors;
using Marsad.Text;
using Marsad.Time;

namespace Marsad.Events.Frames;

/// <summary>
/// Judges a draft and writes it as an event mention: it needs parties of two states on the sides
/// its frame asks for; its mode and CAMEO code come from the trigger or cue, else from its parties
/// and place (Data/events/modes.tsv); what its parties say in its sentence are its quotes.
/// </summary>
internal sealed class MentionBuilder(FrameRules rules)
{
    public EventMention? ToMention(ArticleView article, Sentence sentence, Draft d, IReadOnlyList<Quote> quotes)
    {
        var rule = d.Frame.Trigger.Entry;
        var parties = d.Parties
            .GroupBy(p => p.Actor.Key)
            .Select(g => g.First())
            .ToList();
        parties = VisitorsByPlace(rule.Frame, parties, d.Where);
        if (!HasTwoSides(rule.Frame, parties) || TellsOfAPractice(d.Frame, article.Tokens) || IsThankedFor(d.Frame, article.Tokens))
            return null;
        if (rules.Lexicons.Types.AbsorbsStatements(rule.Type))
            parties = NamedInSentence(parties, article, sentence);

        var modes = rules.Lexicons.Modes;
        var mode = d.Frame.CueMode ?? rule.Mode;
        if (!modes.HasPlace(mode))
            d = d with { Where = null };
        var cameo = d.Frame.CueCameo ?? rule.Cameo;
        if (mode is null)
            (mode, cameo) = modes.Infer(rule.Type, parties.Select(p => p.Actor.Country).OfType<string>().Distinct().ToArray(), d.Where, cameo);

        var text = article.Text;
        var tokens = text.Tokens;
        var trigger = new TextSpan(tokens[d.Frame.Trigger.FirstToken].Start, tokens[d.Frame.Trigger.EndToken - 1].End);
        return new EventMention(
            article.ArticleId,
            sentence.Index,
            sentence.Span,
            text.Slice(sentence.Span),
            trigger,
            text.Slice(trigger),
            rule.Type,
            mode,
            cameo,
            rules.Lexicons.Cameo.Goldstein(cameo),
            d.Status,
            parties.Select(p => new EventParticipant(p.Actor, p.Side, p.Span)).ToArray(),
            d.Where,
            d.When?.Surface,
            d.When?.Span,
            null,
            d.Topics,
            QuoteExtractor.SaidIn(quotes, sentence.Span, parties.Select(p => p.Actor.Key).ToHashSet()))
        {
            When = Tensed(d.When?.Value, d.Status),
            Phase = d.Phase,
            DateInherited = d.DateInherited,
            Ongoing = d.Present,
            InHeadline = SentenceShape.IsHeadline(tokens, sentence),
            Act = rule.Act,
            RoleBounds = parties.Select(p => p.Role ?? TermOf(p.Actor)).OfType<RoleSpan>().ToArray(),
        };
    }

    /// <summary>
    /// A meeting's state named without its person ("لقاء قمة بين تونس والجزائر وليبيا") is the one
    /// person of that state the sentence names ("حلّ الرئيس الجزائري ... بدعوة من الرئيس التونسي"),
    /// or, for the host of a visit when the sentence names none, the one office holder of that state the
    /// article names ("وصل المنفي إلى العاصمة التونسية" after "بدعوة من نظيره التونسي قيس سعيّد"); never a
    /// person who is a party already. (A multilateral round keeps its states: the article may name their
    /// delegation heads or their ministers, and a wrong person would split the round from its other reports.)
    /// </summary>
    private static List<Party> NamedInSentence(List<Party> parties, ArticleView article, Sentence sentence)
    {
        if (!parties.Any(p => StatePersons.IsUnnamedState(p.Actor)))
            return parties;
        var inSentence = article.Actors.Where(a => a.Mention.Sentence == sentence.Index).Select(a => a.Mention).Where(StatePersons.IsNamedPerson).ToArray();
        // The article's office holders are needed only for a visit's unnamed host.
        var inArticle = new Lazy<ActorMention[]>(() => article.Actors.Select(a => a.Mention).Where(m => StatePersons.IsNamedPerson(m) && m.Actor.Role is not null).ToArray());
        var named = parties.Select(p => p.Actor.Key).ToHashSet();
        ActorMention? PersonOf(Party p) =>
            StatePersons.OnlyOne(inSentence, p.Actor.Country!)
            ?? (p.Side != ParticipantSide.Target || inSentence.Any(m => m.Actor.Country == p.Actor.Country) ? null : StatePersons.OnlyOne(inArticle.Value, p.Actor.Country!));
        return parties
            .Select(p => StatePersons.IsUnnamedState(p.Actor) && PersonOf(p) is { } m && !named.Contains(m.Actor.Key)
                && !parties.Any(q => q.Actor.Kind == ActorKind.Person && q.Actor.Name is not null && q.Actor.Country == p.Actor.Country)
                ? p with { Actor = m.Actor, Span = m.Span }
                : p)
            .GroupBy(p => p.Actor.Key)
            .Select(g => g.First())
            .ToList();
    }

    /// <summary>
    /// "خلال زيارة لرئيس الوزراء الباكستاني للعاصمة السعودية الرياض": a visit read with no visitor but
    /// with its place has as visitors the parties of the other states; the place's state hosts.
    /// </summary>
    private static List<Party> VisitorsByPlace(FrameShape frame, List<Party> parties, Place? where)
    {
        if (frame != FrameShape.Visit || where?.Country is not { } host || parties.Any(p => p.Side == ParticipantSide.Source)
            || !parties.Any(p => p.Actor.Country == host))
            return parties;
        return parties.Select(p => p.Actor.Country is { } c && c != host ? p with { Side = ParticipantSide.Source } : p).ToList();
    }

    /// <summary>How many tokens before "على" the word of thanks may stand ("عن شكره للشيخ تميم على").</summary>
    public const int GratitudeReach = 4;

    /// <summary>
    /// "أعرب روحاني عن شكره للشيخ تميم على المساعدات الطبية": a noun trigger right after "على" with a word of thanks
    /// (frame-words.tsv gratitude) just before names the act thanked for, done before and told elsewhere if at all.
    /// </summary>
    private bool IsThankedFor(Frame frame, IReadOnlyList<Token> tokens)
    {
        var on = frame.Trigger.FirstToken - 1;
        if (frame.Trigger.Entry.Kind == TriggerKind.Verb || on < 1 || !tokens[on].Readings.Any(r => r is "على" or "علي"))
            return false;
        for (var i = on - 1; i >= 0 && i >= on - GratitudeReach; i--)
        {
            if (rules.Words.TokenIs(tokens[i], (w, r) => w.IsGratitude(r)))
                return true;
        }
        return false;
    }

    /// <summary>"وتجري الدول الثلاث محادثات منذ سنوات", "ويعرض الرئيس منذ أشهر لقاء نظيره": a practice or a wish, no event.</summary>
    private bool TellsOfAPractice(Frame frame, IReadOnlyList<Token> tokens)
    {
        for (var i = frame.PrefixStart; i + 1 < frame.WindowEnd; i++)
        {
            if (ArabicClitics.WithoutConjunction(tokens[i].Norm) is "منذ" || tokens[i].Norm == "منذ")
            {
                if (rules.Words.TokenIs(tokens[i + 1], (w, r) => w.IsDuration(r)))
                    return true;
            }
        }
        return false;
    }

    /// <summary>
    /// The term in which a linked person held the role the text gives them, when the knowledge base
    /// has exactly one such term (several terms bound nothing: the text does not say which).
    /// </summary>
    private RoleSpan? TermOf(ActorRef actor)
    {
        if (actor.Kind != ActorKind.Person || actor.Id is not { } id || actor.Role is not { } role)
            return null;
        var terms = rules.KnowledgeBase.RolesOf(id).Where(r => r.Role == role).ToArray();
        return terms.Length == 1 ? terms[0] : null;
    }

    /// <summary>
    /// An event relates states: it needs parties of two countries; a directed event (accuse, visit,
    /// host) needs a target of another country than its source ("ندد لافروف والمقداد بـ..." has none).
    /// </summary>
    private static bool HasTwoSides(FrameShape frame, IReadOnlyList<Party> parties)
    {
        var countries = parties.Select(p => p.Actor.Country).OfType<string>().Distinct().Count();
        if (countries < 2)
            return false;
        if (frame == FrameShape.Joint || parties.All(p => p.Side == ParticipantSide.Joint))
            return true;
        var sources = parties.Where(p => p.Side == ParticipantSide.Source).Select(p => p.Actor.Country).OfType<string>().ToHashSet();
        // "زيارة أجراها وفد إسرائيلي أميركي إلى المملكة": two targets and no one acting is no directed event.
        return sources.Count > 0 && parties.Any(p => p.Side == ParticipantSide.Target && p.Actor.Country is { } c && !sources.Contains(c));
    }

    /// <summary>
    /// "وسيزور الوزير موسكو يوم الثلاثاء": a weekday named alone in a planned report is the next one,
    /// as in a past report it is the latest one; so is the weekday of a night ("ستبدأ الهدنة ليلة الأحد").
    /// </summary>
    private static TemporalValue? Tensed(TemporalValue? when, EventStatus status) => status != EventStatus.Planned ? when : when switch
    {
        WeekdayValue { Relation: WeekdayRelation.Recent } w => w with { Relation = WeekdayRelation.Next },
        NightOf { Day: WeekdayValue { Relation: WeekdayRelation.Recent } w } => new NightOf(w with { Relation = WeekdayRelation.Next }),
        _ => when,
    };
}
