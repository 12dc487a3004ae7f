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
        return mentions;
    }

    // ---- frames --------------------------------------------------------------------------

    private sealed record Frame(PhraseMatch<TriggerRule> Trigger, int WindowStart, int WindowEnd, int PrefixStart, string? CueMode, string? CueCameo);

    private List<Frame> BuildFrames(TextLayer text, Sentence sentence)
    {
        var matches = _lex.Triggers.FindAll(text.Tokens, sentence.FirstToken, sentence.EndToken);
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
        IReadOnlyList<string> Topics);

    private Draft Fill(Frame frame, TextLayer text, Sentence sentence, LocatedActor[] actors, IReadOnlyList<TemporalMention> times)
    {
        var tokens = text.Tokens;
        var rule = frame.Trigger.Entry;
        var inWindow = actors.Where(a => a.FirstToken >= frame.Trigger.EndToken && a.FirstToken < frame.WindowEnd).ToList();
        var parties = new List<(LocatedActor Actor, bool Agent)>();
        Place? where = null;

        // A verb's subject may precede it (SVO, "أن الجانبين بحثا", "المقداد قد زار"), as a coordinated chain.
        if (rule.Kind == TriggerKind.Verb)
        {
            var boundary = frame.Trigger.FirstToken;
            foreach (var a in actors.Where(a => a.LastToken < boundary && a.FirstToken >= frame.PrefixStart).Reverse())
            {
                if (!OnlyGlue(tokens, a.LastToken + 1, boundary))
                    break;
                parties.Insert(0, (a, true));
                boundary = a.FirstToken;
            }
        }
        // A possessive noun ("لقائه", "زيارته") names its possessor: the last person before it.
        if (rule.Kind != TriggerKind.Verb && _words.IsPossessive(tokens[frame.Trigger.EndToken - 1].Norm))
        {
            var possessor = actors.LastOrDefault(a => a.LastToken < frame.Trigger.FirstToken && a.Mention.Actor.Kind == ActorKind.Person);
            if (possessor is not null)
                parties.Insert(0, (possessor, true));
        }

        LocatedActor? previousParty = null;
        foreach (var a in inWindow)
        {
            var role = Classify(a, frame, tokens, previousParty);
            switch (role)
            {
                case ActorRole.Party:
                    parties.Add((a, true));
                    previousParty = a;
                    break;
                case ActorRole.Place when where is null:
                    where = PlaceOf(a.Mention);
                    break;
            }
        }

        var expanded = new List<(ActorRef, ParticipantSide, TextSpan, RoleSpan?)>();
        var index = 0;
        foreach (var (a, _) in parties)
        {
            foreach (var actor in Expand(a.Mention))
            {
                var side = SideOf(rule.Frame, index++);
                expanded.Add((actor, side, a.Mention.Span, a.Mention.AttestedRole));
            }
        }
        if (rule.Frame == FrameShape.Visit && where?.Country is { } host && expanded.All(p => p.Item1.Country != host))
            expanded.Add((new ActorRef(ActorKind.Country, host, null, host, null), ParticipantSide.Target, where.Evidence ?? default, null));

        var when = DateOf(frame, text, times);
        var status = StatusOf(frame, tokens, sentence);
        var topics = _lex.Topics.FindAll(tokens, sentence.FirstToken, sentence.EndToken).Select(m => m.Entry).Distinct().ToArray();
        return new Draft(frame, expanded, where, when, status, topics);
    }

    private enum ActorRole
    {
        Party,
        Place,
        Other,
    }

    private ActorRole Classify(LocatedActor a, Frame frame, IReadOnlyList<Token> tokens, LocatedActor? previousParty)
    {
        var m = a.Mention;
        var before = a.FirstToken > 0 ? tokens[a.FirstToken - 1] : null;
        var own = tokens[a.FirstToken];
        var isPlaceLike = m.Kind is MentionKind.Country or MentionKind.Capital || m.Actor.Kind == ActorKind.Country || IsPlaceMention(m);
        if (isPlaceLike && (_words.IsLocative(before?.Norm) || FrameWords.HasLocativeClitic(own)))
            return ActorRole.Place;
        if (_words.IsTopicMarker(before?.Norm))
            return ActorRole.Other;
        if (m.Actor.Kind == ActorKind.Person || m.Group is { Count: > 0 })
            return ActorRole.Party;
        if (IsPlaceMention(m))
            return ActorRole.Other;
        // States and organisations are parties only in agent positions.
        var nextToTrigger = a.FirstToken - frame.Trigger.EndToken <= 1;
        var afterWith = _words.IsComitative(before?.Norm);
        var apposition = before?.Norm is "(" or "«" or "\"";
        var coordinated = previousParty is not null && OnlyGlue(tokens, previousParty.LastToken + 1, a.FirstToken) && own.Norm.StartsWith('و');
        return nextToTrigger || afterWith || apposition || coordinated ? ActorRole.Party : ActorRole.Other;
    }

    private static bool IsPlaceMention(ActorMention m) => m.Kind.ToString() == "Place";

    private Place? PlaceOf(ActorMention m)
    {
        var country = m.Actor.Country;
        var name = m.Kind == MentionKind.Country ? null : PlaceName(m);
        return new Place(country, name, m.Span);
    }

    private string? PlaceName(ActorMention m)
    {
        // A seat-of-government metonym ("الكرملين") locates the event in the capital.
        if (m.Kind == MentionKind.Capital && m.Actor.Country is { } iso && knowledgeBase.CapitalOf(iso) is { } capital)
            return capital;
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

    private static ParticipantSide SideOf(FrameShape shape, int index) => shape switch
    {
        FrameShape.Joint => ParticipantSide.Joint,
        FrameShape.SourceTarget or FrameShape.Visit => index == 0 ? ParticipantSide.Source : ParticipantSide.Target,
        FrameShape.Host => index == 0 ? ParticipantSide.Target : ParticipantSide.Source,
        _ => ParticipantSide.Joint,
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
            // A modality word governs the trigger when it is near it: just before, or early in the frame.
            var near = m.EndToken <= frame.Trigger.FirstToken
                ? frame.Trigger.FirstToken - m.EndToken <= 3
                : m.FirstToken - frame.Trigger.EndToken <= 3;
            if (near)
                return m.Entry;
        }
        return EventStatus.Occurred;
    }

    // A frame without two parties (e.g. "المحادثات التي جرت في سوتشي" after "اختتمت الدول الضامنة")
    // lends its place and date to the frame of the same type before it in the sentence.
    private static IEnumerable<Draft> AbsorbPartyless(List<Draft> drafts)
    {
        var result = new List<Draft>();
        foreach (var d in drafts)
        {
            var host = result.LastOrDefault(r => r.Frame.Trigger.Entry.Type == d.Frame.Trigger.Entry.Type);
            if (Parties(d) < 2 && host is not null)
            {
                result[result.IndexOf(host)] = host with
                {
                    Where = host.Where ?? d.Where,
                    When = host.When ?? d.When,
                    Topics = host.Topics.Union(d.Topics).ToArray(),
                };
                continue;
            }
            result.Add(d);
        }
        return result;
    }

    private static int Parties(Draft d) => d.Parties.Select(p => p.Actor.Key).Distinct().Count();

    private EventMention? ToMention(string articleId, TextLayer text, Sentence sentence, Draft d, IReadOnlyList<Quote> quotes)
    {
        var rule = d.Frame.Trigger.Entry;
        var parties = d.Parties
            .GroupBy(p => p.Actor.Key)
            .Select(g => g.First())
            .ToList();
        var countries = parties.Select(p => p.Actor.Country).OfType<string>().Distinct().Count();
        if (countries < 2 && !(rule.Type != "consult" && countries >= 1 && parties.Count >= 2))
            return null;

        var mode = d.Frame.CueMode ?? rule.Mode;
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
            Phase = rule.Phase,
            RoleBounds = parties.Select(p => p.Role).OfType<RoleSpan>().ToArray(),
        };
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
