using Marsad.Actors;
using Marsad.Text;

namespace Marsad.Events.Frames;

/// <summary>
/// The chain before a trigger: a verb's (or cue's) subject ("أن الجانبين بحثا", "المقداد قد زار"),
/// the subject of a light verb, between it and its noun ("أجرى بوتين ... محادثات") or before it
/// ("بوتين أجرى مباحثات"), with a place between them ("أجرى بوريطة، الأربعاء بنيويورك، مباحثات"),
/// the possessor of a possessive noun ("لقائه"), or the person a courtesy pronoun stands for
/// ("وأضاف جلالته، خلال تصريحات صحفية مشتركة مع ...").
/// </summary>
internal sealed class SubjectReader(FrameRules rules)
{
    /// <summary>How many sentences back a courtesy pronoun ("جلالته") finds its person.</summary>
    private const int PronounReach = 3;

    /// <summary>
    /// How many tokens before a chain a word of patronage may stand, in the same clause: "بتوجيهات كريمة من
    /// الملك سلمان بن عبدالعزيز وولي العهد" puts eight before the chain's last person.
    /// </summary>
    private const int PatronageReach = 10;

    private readonly ChainWords _words = new(rules);
    private readonly PlaceReader _places = new(rules);

    /// <summary>The subjects before the trigger, and a place read between a light verb and its noun.</summary>
    public sealed record Prefix(List<LocatedActor> Subjects, Place? Where);

    /// <summary>Null for an object trigger with no light verb before it ("عقوبات" alone is no event).</summary>
    public Prefix? Before(Frame frame, ArticleView article, Sentence sentence)
    {
        var tokens = article.Tokens;
        var rule = frame.Trigger.Entry;
        var trigger = frame.Trigger.FirstToken;
        var subjects = new List<LocatedActor>();
        Place? where = null;
        var light = rule.Kind is TriggerKind.Noun or TriggerKind.Object or TriggerKind.Cue ? LightVerbBefore(tokens, frame.PrefixStart, trigger) : null;
        var head = trigger;
        if (light is { } verb)
        {
            foreach (var a in article.Actors.Where(a => a.FirstToken > verb && a.LastToken < trigger))
            {
                if (_places.IsEventPlace(a, FrameShape.Joint, where, 0, tokens))
                    where = _places.Refine(where, a.Mention, 0);
                else if (PlaceReader.IsAgent(a.Mention))
                    subjects.Add(a);
            }
            head = verb;
            if (subjects.Count == 0)
                subjects.AddRange(ChainBefore(article, frame, verb));
        }
        else if (rule.Kind is TriggerKind.Verb or TriggerKind.Cue)
        {
            subjects.AddRange(ChainBefore(article, frame, trigger));
            where = subjects.Count == 0 ? PlaceBefore(article, frame, trigger) : null;
        }
        else if (rule.Kind == TriggerKind.Object)
        {
            return null;
        }
        // A possessive noun ("لقائه", "زيارته") names its possessor: the last person before it; a pair's
        // ("لقائهما") the last two persons of two states.
        if (rule.Kind != TriggerKind.Verb && subjects.Count == 0 && ArabicClitics.HasPossessorSuffix(tokens[frame.Trigger.EndToken - 1]))
            subjects.AddRange(Possessors(article, trigger, sentence, PairPossessor(tokens[frame.Trigger.EndToken - 1]) ? 2 : 1));
        if (subjects.Count == 0 && CourtesyPronoun(article, frame, head, sentence) is { } person)
            subjects.Add(person);
        return new Prefix(subjects, where);
    }

    private static bool PairPossessor(Token token) => ArabicClitics.HasPossessorSuffix(token, PronounSuffixes.Default[SuffixRole.Pair]);

    /// <summary>The last <paramref name="count"/> persons before the trigger, in its sentence or the one before, each of another state.</summary>
    private static IEnumerable<LocatedActor> Possessors(ArticleView article, int trigger, Sentence sentence, int count)
    {
        var found = new List<LocatedActor>();
        foreach (var a in article.Actors.Where(a => a.LastToken < trigger && a.Mention.Sentence >= sentence.Index - 1 && a.Mention.Actor.Kind == ActorKind.Person).Reverse())
        {
            if (found.Count == count)
                break;
            if (found.Count == 0 || found.All(f => f.Mention.Actor.Country != a.Mention.Actor.Country))
                found.Insert(0, a);
        }
        return found.Count == count ? found : found.Take(1);
    }

    /// <summary>Actors before a token, each separated from the next only by glue (dates, adverbs, honorifics).</summary>
    private IEnumerable<LocatedActor> ChainBefore(ArticleView article, Frame frame, int trigger)
    {
        var from = frame.PrefixStart;
        var tokens = article.Tokens;
        var chain = new List<LocatedActor>();
        var boundary = trigger;
        foreach (var a in article.Actors.Where(a => a.LastToken < trigger && a.FirstToken >= from).Reverse())
        {
            if (!_words.OnlyGlue(tokens, a.LastToken + 1, boundary, article.Times))
                break;
            // "غادر السوداني العاصمة بغداد متوجها إلى طهران": a city its cue names is where, not who.
            if (IsCuedCity(a, tokens))
            {
                boundary = a.FirstToken - 1;
                continue;
            }
            if (!PlaceReader.IsAgent(a.Mention))
                break;
            chain.Insert(0, a);
            boundary = a.FirstToken;
        }
        return chain.Count > 0 && (UnderPatronage(tokens, chain[0].FirstToken) || Governed(frame, tokens, chain[0].FirstToken)) ? [] : chain;
    }

    /// <summary>
    /// "وفي زيارة تعزز الشراكة بين البلدين، استقبل ...": a chain after a preposition (بين، مع، في، حول) is
    /// that preposition's object, never the subject of the verb after it. Unless the preposition
    /// completes the meeting just before ("وفي لقاء مع نظيره، بحث ...", "خلال اتصال هاتفي جرى بين الملك
    /// والرئيس، بحثا ..."): then the chain is that meeting's party, and the verb's.
    /// </summary>
    private bool Governed(Frame frame, IReadOnlyList<Token> tokens, int chainStart)
    {
        var preposition = chainStart - 1;
        if (preposition < 0 || frame.Cue is { } cue && cue.FirstToken < chainStart || CompletesMeeting(tokens, preposition))
            return false;
        return rules.Words.TokenIs(tokens[preposition], (w, r) => w.IsComitative(r) || w.IsTopicMarker(r) || w.IsLocative(r));
    }

    /// <summary>"وفي الرياض، استقبل ...": a place after a locative, just before the verb, is where the event happened.</summary>
    private Place? PlaceBefore(ArticleView article, Frame frame, int trigger)
    {
        var tokens = article.Tokens;
        var a = article.Actors.LastOrDefault(x => x.LastToken < trigger && x.FirstToken > frame.PrefixStart);
        if (a is null || !_words.OnlyGlue(tokens, a.LastToken + 1, trigger, article.Times))
            return null;
        return rules.Words.TokenIs(tokens[a.FirstToken - 1], (w, r) => w.IsLocative(r)) && _places.IsEventPlace(a, frame.Trigger.Entry.Frame, null, 0, tokens)
            ? _places.Refine(null, a.Mention, 0)
            : null;
    }

    /// <summary>"خلال اجتماعه مع": the word before the preposition names a meeting (a trigger of Data/events/triggers.tsv).</summary>
    private bool CompletesMeeting(IReadOnlyList<Token> tokens, int preposition) =>
        rules.Lexicons.Triggers.FindAll(tokens, Math.Max(0, preposition - 1), preposition).Any(m => m.EndToken == preposition);

    /// <summary>"بتوجيهات من ولي العهد، استضافت المملكة": a chain after a word of patronage, in its clause, directs the verb; it is not its subject.</summary>
    private bool UnderPatronage(IReadOnlyList<Token> tokens, int chainStart)
    {
        for (var i = chainStart - 1; i >= 0 && i >= chainStart - PatronageReach && tokens[i].Kind != TokenKind.Punctuation; i--)
        {
            if (rules.Words.TokenIs(tokens[i], (w, r) => w.IsPatronage(r)))
                return true;
        }
        return false;
    }

    /// <summary>A capital after a word of rules/city-cues.tsv ("العاصمة بغداد", "من دمشق"): the city.</summary>
    private bool IsCuedCity(LocatedActor a, IReadOnlyList<Token> tokens) =>
        a.Mention.Kind == MentionKind.Capital && a.FirstToken > 0
        && rules.KnowledgeBase.CityCues.Contains(ArabicNormalizer.WithoutMarks(tokens[a.FirstToken - 1].Surface));

    private int? LightVerbBefore(IReadOnlyList<Token> tokens, int from, int trigger)
    {
        for (var i = trigger - 1; i >= from; i--)
        {
            if (rules.Words.IsLightVerb(tokens[i].Norm))
                return i;
        }
        return null;
    }

    /// <summary>
    /// "وأضاف جلالته": a courtesy title with a pronoun next to the trigger (or its light verb) stands
    /// for the person the text is about: the first person of the nearest sentence before that names one.
    /// </summary>
    private LocatedActor? CourtesyPronoun(ArticleView article, Frame frame, int head, Sentence sentence)
    {
        var tokens = article.Tokens;
        int? at = null;
        for (var i = head - 1; i >= frame.PrefixStart && at is null; i--)
        {
            if (rules.Words.TokenIs(tokens[i], (w, r) => w.IsHonorificPronoun(r)))
                at = i;
            else if (!rules.Words.IsGlue(tokens[i].Norm) && !ChainWords.InTime(tokens[i], article.Times))
                break;
        }
        var after = frame.Trigger.EndToken;
        if (at is null && frame.Trigger.Entry.Kind == TriggerKind.Verb && after < tokens.Count && rules.Words.TokenIs(tokens[after], (w, r) => w.IsHonorificPronoun(r)))
            at = after;
        if (at is not { } token)
            return null;
        var person = article.Actors
            .Where(a => a.Mention.Sentence < sentence.Index && a.Mention.Sentence >= sentence.Index - PronounReach
                && a.Mention.Actor.Kind == ActorKind.Person && a.Mention.Actor.Country is not null)
            .GroupBy(a => a.Mention.Sentence)
            .OrderByDescending(g => g.Key)
            .Select(g => g.First())
            .FirstOrDefault();
        if (person is null)
            return null;
        var t = tokens[token];
        var mention = person.Mention with { Start = t.Start, End = t.End, Surface = t.Surface, Sentence = sentence.Index, Kind = MentionKind.Coreference };
        return new LocatedActor(mention, token, token);
    }
}
