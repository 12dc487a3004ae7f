using Marsad.Actors;
using Marsad.Text;
using Marsad.Time;

namespace Marsad.Events;

/// <summary>
/// Turns the annotations of one article into event mentions. Each trigger (Data/events/triggers.tsv)
/// opens a frame that reaches to the next trigger of its sentence; a verb's subject may stand just
/// before it. Parties are the persons of the frame, plus countries, capitals and organisations in
/// agent positions (next to the trigger, after "مع"/"بين", in an apposition list, coordinated with a
/// party); a country after "في"/"إلى" is the place, after "حول"/"بشأن" a topic.
/// </summary>
public sealed class EventExtractor(KnowledgeBase knowledgeBase, EventLexicons? lexicons = null)
{
    private readonly EventLexicons _lex = lexicons ?? EventLexicons.Default;
    private readonly FrameWords _words = FrameWords.Default;

    public IReadOnlyList<EventMention> Extract(
        string articleId, TextLayer text, IReadOnlyList<ActorMention> actors, IReadOnlyList<TemporalMention> times)
    {
        var located = actors.Select(a => new LocatedActor(a, TokenAt(text.Tokens, a.Start), TokenAt(text.Tokens, Math.Max(a.Start, a.End - 1)))).ToArray();
        var quotes = QuoteExtractor.Extract(articleId, text, actors.OrderBy(a => a.Start).ToArray(), _lex);
        var mentions = new List<EventMention>();
        foreach (var sentence in text.Sentences)
        {
            var frames = BuildFrames(text, sentence);
            if (frames.Count == 0)
                continue;
            var drafts = frames.Select(f => Fill(f, text, sentence, located, times)).ToList();
            foreach (var draft in AbsorbPartyless(drafts))
            {
                if (ToMention(articleId, text, sentence, draft, quotes) is { } mention)
                    mentions.Add(mention);
            }
        }
        return AttachFollowingQuotes(mentions, quotes, text);
    }

    /// <summary>
    /// What the parties said in the sentences that follow a report, up to the next report
    /// ("وأكد الوزير المقداد أن ..." after "بحث المقداد مع لافروف ..."), belongs to that event.
    /// </summary>
    private static List<EventMention> AttachFollowingQuotes(List<EventMention> mentions, IReadOnlyList<Quote> quotes, TextLayer text)
    {
        var starts = mentions.Select(m => m.Sentence).Distinct().Order().ToArray();
        return mentions.Select(m =>
        {
            var next = starts.FirstOrDefault(s => s > m.Sentence, text.Sentences.Count);
            var from = text.Sentences[m.Sentence].Start;
            var to = next < text.Sentences.Count ? text.Sentences[next].Start : text.Text.Length;
            var speakers = m.Participants.Select(p => p.Actor.Key).ToHashSet();
            var said = quotes.Where(q => q.Span.Start >= from && q.Span.Start < to && q.Speaker is not null && speakers.Contains(q.Speaker.Key));
            return m with { Quotes = m.Quotes.Concat(said).DistinctBy(q => q.Span).ToArray() };
        }).ToList();
    }

    // ---- frames --------------------------------------------------------------------------

    private sealed record Frame(PhraseMatch<TriggerRule> Trigger, int WindowStart, int WindowEnd, int PrefixStart, string? CueMode, string? CueCameo);

    private List<Frame> BuildFrames(TextLayer text, Sentence sentence)
    {
        var matches = _lex.Triggers.FindAll(text.Tokens, sentence.FirstToken, sentence.EndToken)
            .Where(m => !(m.Entry.Kind == TriggerKind.Verb && IsVerbalNoun(text.Tokens, m.FirstToken)))
            .ToList();
        if (matches.Count == 0)
            return [];
        var hasVerb = matches.Any(m => m.Entry.Kind == TriggerKind.Verb);
        // Cues ("في اتصال هاتفي") join the verb frame of their sentence; they only open a frame alone.
        var openers = matches.Where(m => m.Entry.Kind != TriggerKind.Cue || !hasVerb).ToList();
        var cues = hasVerb ? matches.Where(m => m.Entry.Kind == TriggerKind.Cue).ToList() : [];
        var frames = new List<Frame>();
        for (var i = 0; i < openers.Count; i++)
        {
            var start = openers[i].FirstToken;
            var end = i + 1 < openers.Count ? openers[i + 1].FirstToken : sentence.EndToken;
            var prefixStart = i > 0 ? openers[i - 1].EndToken : sentence.FirstToken;
            var cue = openers[i].Entry.Kind == TriggerKind.Verb
                ? cues.OrderBy(c => Math.Abs(c.FirstToken - start)).FirstOrDefault(c => NearestVerb(openers, c) == openers[i])
                : null;
            if (cue is not null && cue.EndToken > end)
                end = cue.EndToken;
            frames.Add(new Frame(openers[i], start, end, prefixStart, cue?.Entry.Mode, cue?.Entry.Cameo));
        }
        return frames;
    }

    /// <summary>
    /// A verb pattern read as a verbal noun: with the article ("الرفض"), or after a preposition or a
    /// noun that takes one ("على رفض", "أهمية بحث"), possibly across an opening quote.
    /// </summary>
    private bool IsVerbalNoun(IReadOnlyList<Token> tokens, int trigger)
    {
        var token = tokens[trigger];
        var word = token.Norm.Length > 3 && token.Norm[0] is 'و' or 'ف' ? token.Norm[1..] : token.Norm;
        // "الرفض" is a noun; "التقى" only looks like one (guarded in Data/text/clitic-guard.txt).
        if (word.StartsWith("ال", StringComparison.Ordinal) && !ArabicClitics.IsGuarded(word))
            return true;
        var i = trigger - 1;
        while (i >= 0 && tokens[i].Kind == TokenKind.Punctuation && tokens[i].Norm is "\"" or "«" or "“")
            i--;
        return i >= 0 && (_words.IsNounContext(tokens[i].Norm) || _words.IsNounContext(tokens[i].Bare));
    }

    private static PhraseMatch<TriggerRule>? NearestVerb(List<PhraseMatch<TriggerRule>> openers, PhraseMatch<TriggerRule> cue) =>
        openers.Where(o => o.Entry.Kind == TriggerKind.Verb).OrderBy(o => Math.Abs(o.FirstToken - cue.FirstToken)).FirstOrDefault();

    // ---- filling a frame -----------------------------------------------------------------

    private sealed record LocatedActor(ActorMention Mention, int FirstToken, int LastToken);

    private sealed record Draft(
        Frame Frame,
        List<(ActorRef Actor, ParticipantSide Side, TextSpan Span, RoleSpan? Role)> Parties,
        Place? Where,
        TemporalMention? When,
        EventStatus Status,
        IReadOnlyList<string> Topics,
        bool Referenced, // "نتائج الاجتماعات": a meeting named as what was discussed
        DatePhase Phase,
        bool DateInherited); // the date is the previous sentence's (narrative time)

    private Draft Fill(Frame frame, TextLayer text, Sentence sentence, LocatedActor[] actors, IReadOnlyList<TemporalMention> times)
    {
        var tokens = text.Tokens;
        var rule = frame.Trigger.Entry;
        var windowEnd = ClauseEnd(tokens, frame.Trigger.EndToken, frame.WindowEnd);
        var subjects = new List<LocatedActor>();
        var objects = new List<LocatedActor>();
        Place? where = null;

        // Before the trigger: a verb's (or cue's) subject ("أن الجانبين بحثا", "المقداد قد زار",
        // "قال لافروف خلال مؤتمر صحافي"), or the subject of a light verb ("أجرى بوتين ... محادثات").
        var light = rule.Kind is TriggerKind.Noun or TriggerKind.Object ? LightVerbBefore(tokens, frame.PrefixStart, frame.Trigger.FirstToken) : null;
        if (rule.Kind is TriggerKind.Verb or TriggerKind.Cue)
            subjects.AddRange(ChainBefore(actors, tokens, frame.PrefixStart, frame.Trigger.FirstToken));
        else if (light is { } verb)
            subjects.AddRange(actors.Where(a => a.FirstToken > verb && a.LastToken < frame.Trigger.FirstToken && IsAgent(a.Mention)));
        else if (rule.Kind == TriggerKind.Object)
            return new Draft(frame, [], null, null, EventStatus.Occurred, [], false, rule.Phase, false);
        // A possessive noun ("لقائه", "زيارته") names its possessor: the last person before it.
        if (rule.Kind != TriggerKind.Verb && subjects.Count == 0 && _words.IsPossessive(tokens[frame.Trigger.EndToken - 1]))
        {
            var possessor = actors.LastOrDefault(a => a.LastToken < frame.Trigger.FirstToken && a.Mention.Sentence >= sentence.Index - 1
                && a.Mention.Actor.Kind == ActorKind.Person);
            if (possessor is not null)
                subjects.Add(possessor);
        }

        // After the trigger: a chain of actors, each close to the one before (or to the trigger),
        // or introduced by "مع"/"بحضور"; places after "في"/"إلى" (or a visit's destination).
        var anchor = frame.Trigger.EndToken - 1;
        LocatedActor? previous = null;
        foreach (var a in actors.Where(a => a.FirstToken >= frame.Trigger.EndToken && a.FirstToken < windowEnd))
        {
            var m = a.Mention;
            var before = a.FirstToken > 0 ? tokens[a.FirstToken - 1] : null;
            var gap = WordsBetween(tokens, anchor + 1, a.FirstToken, times);
            var placeGap = gap;
            if (IsPlaceLike(m))
            {
                var destination = rule.Frame == FrameShape.Visit && where is null
                    && (gap == 0 || _words.IsLocative(before?.Norm) || Preposition(a, tokens) is 'ل' or 'ب');
                var located = (_words.IsLocative(before?.Norm) || Preposition(a, tokens) == 'ب') && !AfterTopicNoun(tokens, a.FirstToken);
                if ((destination || located) && placeGap <= PlaceReach)
                {
                    where ??= PlaceOf(m);
                    anchor = a.LastToken;
                    continue;
                }
            }
            if (_words.IsTopicMarker(before?.Norm) || IsPlaceMention(m))
                continue;
            var isFormat = m.Actor.Kind == ActorKind.Organization && m.Actor.Id is { } id && knowledgeBase.MembersOf(id).Count > 0;
            var near = gap <= NearReach;
            var introduced = _words.IsComitative(before?.Norm) && (before!.Norm != "بين" || gap <= 2);
            // Coordination needs a conjunction or a comma: in VSO order the object may follow the
            // subject directly ("اتهم عراقجي الولايات المتحدة").
            var coordinated = previous is not null && OnlyGlue(tokens, previous.LastToken + 1, a.FirstToken)
                && (HasComma(tokens, previous.LastToken + 1, a.FirstToken) || StartsWithConjunction(tokens[a.FirstToken]));
            var apposition = before?.Norm is "(" && previous is not null;
            if (!(isFormat || near || introduced || coordinated || apposition))
                continue;
            // The first chain after a verb with no subject before it is the subject (VSO).
            if (subjects.Count == 0 && rule.Kind == TriggerKind.Verb && objects.Count == 0 || (previous is not null && subjects.Contains(previous) && coordinated))
                subjects.Add(a);
            else
                objects.Add(a);
            previous = a;
            anchor = a.LastToken;
        }

        var parties = new List<(ActorRef, ParticipantSide, TextSpan, RoleSpan?)>();
        foreach (var a in subjects)
            foreach (var actor in Expand(a.Mention))
                parties.Add((actor, SubjectSide(rule.Frame), a.Mention.Span, a.Mention.AttestedRole));
        foreach (var a in objects)
            foreach (var actor in Expand(a.Mention))
                parties.Add((actor, ObjectSide(rule.Frame), a.Mention.Span, a.Mention.AttestedRole));
        if (rule.Frame == FrameShape.Visit && where?.Country is { } host && parties.All(p => p.Item1.Country != host))
            parties.Add((new ActorRef(ActorKind.Country, host, null, host, null), ParticipantSide.Target, where.Evidence ?? default, null));

        var when = DateOf(frame, text, times);
        var inherited = false;
        if (when is null && sentence.Index > 0)
        {
            var before = text.Sentences[sentence.Index - 1];
            when = times.LastOrDefault(t => t.Start >= before.Start && t.End <= before.End && !t.Value.IsAbsolute);
            inherited = when is not null;
        }
        var status = StatusOf(frame, tokens, sentence);
        var topics = _lex.Topics.FindAll(tokens, sentence.FirstToken, sentence.EndToken).Select(m => m.Entry).Distinct().ToArray();
        var referenced = frame.Trigger.FirstToken > 0 && _words.IsReferencing(tokens[frame.Trigger.FirstToken - 1].Norm);
        return new Draft(frame, parties, where, when, status, topics, referenced, rule.Phase, inherited);
    }

    /// <summary>How many content tokens (not punctuation) an actor may stand from the trigger or the previous actor.</summary>
    private const int NearReach = 2;

    /// <summary>How far after the trigger or the last party a place still belongs to the event.</summary>
    private const int PlaceReach = 3;

    private int ClauseEnd(IReadOnlyList<Token> tokens, int from, int end)
    {
        for (var i = from; i < end; i++)
        {
            if (_words.IsBoundary(tokens[i].Norm) || _lex.SpeechVerbs.MatchAt(tokens, i, i + 1) is not null && i > from)
                return i;
        }
        return end;
    }

    private IEnumerable<LocatedActor> ChainBefore(LocatedActor[] actors, IReadOnlyList<Token> tokens, int from, int trigger)
    {
        var chain = new List<LocatedActor>();
        var boundary = trigger;
        foreach (var a in actors.Where(a => a.LastToken < trigger && a.FirstToken >= from).Reverse())
        {
            if (!OnlyGlue(tokens, a.LastToken + 1, boundary) || !IsAgent(a.Mention))
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
            if (_words.IsLightVerb(tokens[i].Norm))
                return i;
        }
        return null;
    }

    /// <summary>"تطورات الأوضاع في السودان": a place after a topic noun is what was discussed, not where.</summary>
    private bool AfterTopicNoun(IReadOnlyList<Token> tokens, int actorToken)
    {
        for (var i = actorToken - 1; i >= Math.Max(0, actorToken - 3); i--)
        {
            if (_words.IsTopicNoun(tokens[i].Bare))
                return true;
        }
        return false;
    }

    private static bool HasComma(IReadOnlyList<Token> tokens, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (tokens[i].Norm is "،" or "," or "و")
                return true;
        }
        return false;
    }

    private static bool StartsWithConjunction(Token token) =>
        token.Norm.Length > 2 && token.Norm[0] == 'و' && !ArabicClitics.IsGuarded(token.Norm);

    /// <summary>Persons, groups, states and organisations can act; places cannot.</summary>
    private static bool IsAgent(ActorMention m) => !IsPlaceMention(m);

    private static bool IsPlaceLike(ActorMention m) =>
        m.Kind is MentionKind.Country or MentionKind.Capital || m.Actor.Kind == ActorKind.Country || IsPlaceMention(m);

    private static bool IsPlaceMention(ActorMention m) => m.Kind == MentionKind.Place || m.Actor.Kind == ActorKind.Place;

    /// <summary>The preposition glued to an actor's first word ("بموسكو" → ب, "لطهران" → ل), if any.</summary>
    private static char? Preposition(LocatedActor a, IReadOnlyList<Token> tokens)
    {
        var word = tokens[a.FirstToken].Norm;
        if (word.Length > 2 && (word[0] == 'و' || word[0] == 'ف'))
            word = word[1..];
        var name = a.Mention.Actor.Name is { } n ? ArabicNormalizer.Key(n) : "";
        return word.Length > 2 && word[0] is 'ب' or 'ل' or 'ك' && !name.StartsWith(word[0]) ? word[0] : null;
    }

    /// <summary>Content words between two tokens, not counting function words and dates ("التي جرت الثلاثاء في").</summary>
    private int WordsBetween(IReadOnlyList<Token> tokens, int from, int to, IReadOnlyList<TemporalMention> times)
    {
        var n = 0;
        for (var i = from; i < to; i++)
        {
            var t = tokens[i];
            if (t.Kind == TokenKind.Punctuation || _words.IsTransparent(t.Norm) || times.Any(m => m.Span.Contains(t.Start)))
                continue;
            n++;
        }
        return n;
    }

    private Place? PlaceOf(ActorMention m)
    {
        var country = m.Actor.Country;
        var name = m.Kind == MentionKind.Country || m.Actor.Kind == ActorKind.Country && m.Kind != MentionKind.Capital ? null : PlaceName(m);
        return new Place(country, name, m.Span);
    }

    private string? PlaceName(ActorMention m)
    {
        // A seat-of-government metonym ("الكرملين") locates the event in the capital.
        if (m.Kind == MentionKind.Capital && m.Actor.Country is { } iso && knowledgeBase.CapitalOf(iso) is { } capital)
        {
            var said = ArabicClitics.Bare(ArabicNormalizer.Key(m.Surface));
            var capitals = knowledgeBase.FindCountry(iso)?.Capitals.Select(c => ArabicClitics.Bare(ArabicNormalizer.Key(c))) ?? [];
            return capitals.Contains(said) ? m.Surface.Trim() : capital;
        }
        return m.Actor.Name ?? ArabicClitics.Bare(ArabicNormalizer.Key(m.Surface));
    }

    private IEnumerable<ActorRef> Expand(ActorMention m)
    {
        if (m.Group is { Count: > 0 } group)
            return group;
        if (m.Actor.Kind == ActorKind.Organization && m.Actor.Id is { } id && knowledgeBase.MembersOf(id) is { Count: > 0 } members)
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

    private bool OnlyGlue(IReadOnlyList<Token> tokens, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (!_words.IsGlue(tokens[i].Norm))
                return false;
        }
        return true;
    }

    private static TemporalMention? DateOf(Frame frame, TextLayer text, IReadOnlyList<TemporalMention> times)
    {
        var tokens = text.Tokens;
        var windowStart = tokens[frame.WindowStart].Start;
        var windowEnd = tokens[frame.WindowEnd - 1].End;
        var inside = times.FirstOrDefault(t => t.Start >= windowStart && t.Start < windowEnd);
        if (inside is not null)
            return inside;
        var prefixStart = tokens[frame.PrefixStart].Start;
        return times.LastOrDefault(t => t.Start >= prefixStart && t.End <= windowStart);
    }

    private EventStatus StatusOf(Frame frame, IReadOnlyList<Token> tokens, Sentence sentence)
    {
        if (frame.Trigger.Entry.Status != EventStatus.Occurred)
            return frame.Trigger.Entry.Status;
        var from = Math.Max(sentence.FirstToken, frame.PrefixStart);
        foreach (var m in _lex.Modality.FindAll(tokens, from, frame.WindowEnd))
        {
            // A denial governs the whole clause it opens: "نفى الوزير أنه التقى نظيره".
            if (m.Entry == EventStatus.Denied && m.EndToken <= frame.Trigger.FirstToken)
                return EventStatus.Denied;
            // A modality word governs the trigger when it is near it: just before, or early in the frame.
            var near = m.EndToken <= frame.Trigger.FirstToken
                ? frame.Trigger.FirstToken - m.EndToken <= 3
                : m.FirstToken - frame.Trigger.EndToken <= 3;
            if (near)
                return m.Entry;
        }
        return EventStatus.Occurred;
    }

    // A frame without two parties merges with a frame of the same type next to it. After it
    // ("اختتمت الدول الضامنة أعمال الجولة من المحادثات التي جرت في سوتشي"), it lends its place and
    // date; before it, a verb governs the noun ("وانطلقت في 16 من شباط محادثات الجولة") and lends
    // its date, status and phase (start or end of a multi-day event).
    private IEnumerable<Draft> AbsorbPartyless(List<Draft> drafts)
    {
        var result = new List<Draft>();
        Draft? pendingVerb = null;
        foreach (var d in drafts)
        {
            var type = d.Frame.Trigger.Entry.Type;
            var current = d;
            if (pendingVerb is not null && pendingVerb.Frame.Trigger.Entry.Type == type && Parties(d) + Parties(pendingVerb) >= 2)
            {
                current = d with
                {
                    // "استضاف الوزير ... اجتماعا بمشاركة ...": the host takes part in what it hosts.
                    Parties = [.. pendingVerb.Parties, .. d.Parties],
                    When = d.When ?? pendingVerb.When,
                    DateInherited = d.When is null ? pendingVerb.DateInherited : d.DateInherited,
                    Status = pendingVerb.Status != EventStatus.Occurred ? pendingVerb.Status : d.Status,
                    Phase = pendingVerb.Phase != DatePhase.Whole ? pendingVerb.Phase : d.Phase,
                    Where = d.Where ?? pendingVerb.Where,
                };
            }
            pendingVerb = null;
            if (Parties(current) < 2)
            {
                var host = result.LastOrDefault(r => r.Frame.Trigger.Entry.Type == type);
                if (host is not null && !current.Referenced)
                {
                    result[result.IndexOf(host)] = host with
                    {
                        Where = host.Where ?? current.Where,
                        When = host.When ?? current.When,
                        Topics = host.Topics.Union(current.Topics).ToArray(),
                    };
                    continue;
                }
                if (current.Frame.Trigger.Entry.Kind == TriggerKind.Verb)
                    pendingVerb = current;
            }
            result.Add(current);
        }
        return result;
    }

    /// <summary>How many states a frame involves: a frame with fewer than two has no event of its own.</summary>
    private static int Parties(Draft d) => d.Parties.Select(p => p.Actor.Country).OfType<string>().Distinct().Count();

    private EventMention? ToMention(string articleId, TextLayer text, Sentence sentence, Draft d, IReadOnlyList<Quote> quotes)
    {
        var rule = d.Frame.Trigger.Entry;
        var parties = d.Parties
            .GroupBy(p => p.Actor.Key)
            .Select(g => g.First())
            .ToList();
        if (!HasTwoSides(rule.Frame, parties.Select(p => (p.Actor, p.Side)).ToArray()))
            return null;

        var mode = d.Frame.CueMode ?? rule.Mode;
        if (mode == "phone")
            d = d with { Where = null };
        var cameo = d.Frame.CueCameo ?? rule.Cameo;
        if (rule.Type == "consult" && mode is null)
            (mode, cameo) = InferMode(parties.Select(p => p.Actor.Country).OfType<string>().Distinct().ToArray(), d.Where, cameo);

        var tokens = text.Tokens;
        var trigger = new TextSpan(tokens[d.Frame.Trigger.FirstToken].Start, tokens[d.Frame.Trigger.EndToken - 1].End);
        var speakers = parties.Select(p => p.Actor.Key).ToHashSet();
        var sentenceQuotes = quotes.Where(q => q.Span.Overlaps(sentence.Span) && q.Speaker is not null && speakers.Contains(q.Speaker.Key)).ToArray();
        return new EventMention(
            articleId,
            sentence.Index,
            sentence.Span,
            text.Slice(sentence.Span),
            trigger,
            text.Slice(trigger),
            rule.Type,
            mode,
            cameo,
            CameoTable.Default.Goldstein(cameo),
            d.Status,
            parties.Select(p => new EventParticipant(p.Actor, p.Side, p.Span)).ToArray(),
            d.Where,
            d.When?.Surface,
            d.When?.Span,
            null,
            d.Topics,
            sentenceQuotes)
        {
            When = d.When?.Value,
            Phase = d.Phase,
            DateInherited = d.DateInherited,
            RoleBounds = parties.Select(p => p.Role ?? TermOf(p.Actor)).OfType<RoleSpan>().ToArray(),
        };
    }

    /// <summary>
    /// The term in which a linked person held the role the text gives them, when the knowledge base
    /// has exactly one such term (several terms bound nothing: the text does not say which).
    /// </summary>
    private RoleSpan? TermOf(ActorRef actor)
    {
        if (actor.Kind != ActorKind.Person || actor.Id is not { } id || actor.Role is not { } role)
            return null;
        var terms = knowledgeBase.RolesOf(id).Where(r => r.Role == role).ToArray();
        return terms.Length == 1 ? terms[0] : null;
    }

    /// <summary>
    /// An event relates states: it needs parties of two countries; a directed event (accuse, visit,
    /// host) needs a target of another country than its source ("ندد لافروف والمقداد بـ..." has none).
    /// </summary>
    private static bool HasTwoSides(FrameShape frame, (ActorRef Actor, ParticipantSide Side)[] parties)
    {
        var countries = parties.Select(p => p.Actor.Country).OfType<string>().Distinct().Count();
        if (countries < 2)
            return false;
        if (frame == FrameShape.Joint)
            return true;
        var sources = parties.Where(p => p.Side == ParticipantSide.Source).Select(p => p.Actor.Country).OfType<string>().ToHashSet();
        return parties.Any(p => p.Side == ParticipantSide.Target && p.Actor.Country is { } c && !sources.Contains(c));
    }

    /// <summary>Mode of a meeting from where it took place: several states = multilateral; in one party's country = visit; elsewhere = third-party.</summary>
    private static (string? Mode, string Cameo) InferMode(string[] countries, Place? where, string cameo)
    {
        if (countries.Length >= 3)
            return ("multilateral", cameo == "040" ? "046" : cameo);
        if (where?.Country is { } place && countries.Length == 2)
            return countries.Contains(place) ? ("visit", "042") : ("third-party", "044");
        return (null, cameo);
    }

    private static int TokenAt(IReadOnlyList<Token> tokens, int offset)
    {
        int lo = 0, hi = tokens.Count - 1, found = 0;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            if (tokens[mid].Start <= offset)
            {
                found = mid;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }
        return found;
    }
}
