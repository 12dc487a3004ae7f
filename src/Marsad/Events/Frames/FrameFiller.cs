using Marsad.Text;
using Marsad.Time;

namespace Marsad.Events.Frames;

/// <summary>Reads one frame into a draft: its parties and place, date, status, topics.</summary>
internal sealed class FrameFiller(FrameRules rules)
{
    /// <summary>How many days a visit reported by its arrival may last (the arrival day included).</summary>
    private const int ArrivalStay = 3;

    private readonly PartyChain _parties = new(rules);
    private readonly DirectedParties _directed = new(rules);
    private readonly StatusReader _status = new(rules);
    private readonly PlaceReader _places = new(rules);
    private readonly ChainWords _chain = new(rules);

    /// <summary>The draft of one frame.</summary>
    /// <param name="frame">The frame.</param>
    /// <param name="article">The article.</param>
    /// <param name="sentence">The frame's sentence.</param>
    /// <param name="previous">The draft of the frame before in the sentence: an act coordinated with it shares its subject.</param>
    public Draft Fill(Frame frame, ArticleView article, Sentence sentence, Draft? previous = null)
    {
        var tokens = article.Tokens;
        var rule = frame.Trigger.Entry;
        var anaphoric = frame.Trigger.FirstToken > 0 && rules.Words.IsDemonstrative(tokens[frame.Trigger.FirstToken - 1].Norm);
        // "كانت الجولة السابقة ... عقدت": another edition than the one reported is background, not an event.
        if (NamesOtherOccurrence(frame, tokens) || ReadParties(ref frame, article, sentence, previous) is not { } read)
            return new Draft(frame, [], null, null, EventStatus.Occurred, [], false, rule.Phase, false) { Anaphoric = anaphoric };
        var (parties, where, subjects) = read;
        var planned = _status.StatusOf(frame, tokens, sentence, null, parties) == EventStatus.Planned;
        var (when, inherited) = DateReader.DateOf(frame, article, sentence, rules, planned);
        // "وصل الرئيس أمس إلى القاهرة", "بدأ الرئيس زيارته": the visit lasts from the day of arrival; its talks may be that day or the next.
        if (when is not null && (rules.Words.IsArrival(ArabicNormalizer.Key(rule.Pattern.TrimEnd('*'))) || Begins(frame, tokens)))
            when = when with { Value = new Lasting(when.Value, ArrivalStay) };
        var status = _status.StatusOf(frame, tokens, sentence, when, parties);
        var topics = Topics(article, sentence);
        var referenced = frame.Trigger.FirstToken > 0 && rules.Words.IsReferencing(tokens[frame.Trigger.FirstToken - 1].Norm);
        var phase = _directed.PhaseOf(frame, when, article, sentence);
        return new Draft(frame, parties, where, when, status, topics, referenced, phase, inherited)
        {
            SubjectParties = subjects,
            Anaphoric = anaphoric,
            // A headline tells a done act in the present tense ("الرباط تستدعي السفير وتحتج"): its present verbs read as past.
            Present = status == EventStatus.Occurred && !SentenceShape.IsHeadline(tokens, sentence)
                && (rule.Present || rule.Kind != TriggerKind.Verb && previous is { Present: true }),
        };
    }

    /// <summary>
    /// What the sentence says was discussed (Data/events/topics.tsv). Words inside the name of a meeting it was
    /// held at ("على هامش أعمال الدورة 79 للجمعية العامة") name the occasion, not a topic.
    /// </summary>
    private string[] Topics(ArticleView article, Sentence sentence)
    {
        var tokens = article.Tokens;
        var meetings = article.Times.Where(t => t.Rule.StartsWith("meeting:", StringComparison.Ordinal)).ToArray();
        return rules.Lexicons.Topics.FindAll(tokens, sentence.FirstToken, sentence.EndToken)
            .Where(m => !meetings.Any(t => t.Start <= tokens[m.FirstToken].Start && tokens[m.EndToken - 1].End <= t.End))
            .Select(m => m.Entry).Distinct().ToArray();
    }

    /// <summary>
    /// The frame's parties, place and subject parties: a directed or joint act beyond consult by its
    /// own reader (<see cref="DirectedParties"/>, which may refine the trigger's rule), the others by
    /// the party chains; null when the frame has none.
    /// </summary>
    private (IReadOnlyList<Party> Parties, Place? Where, Party[] Subjects)? ReadParties(
        ref Frame frame, ArticleView article, Sentence sentence, Draft? previous)
    {
        var rule = frame.Trigger.Entry;
        if (DirectedParties.Reads(rule.Frame))
        {
            if (_directed.Read(frame, article, sentence, previous) is not { } reading)
                return null;
            frame = frame with { Trigger = frame.Trigger with { Values = [reading.Rule] } };
            var place = rules.Lexicons.Types.ReadsActPlace(reading.Rule.Type)
                ? _places.InFrame(frame, ActEnd(frame, article, sentence), article, reading.Parties.Select(p => p.Span).ToHashSet())
                : null;
            return (reading.Parties, place, []);
        }
        if (_parties.Read(frame, article, sentence) is not { } chains)
            return null;
        var observers = Observers(article, sentence);
        IReadOnlyList<Party> parties = _parties.Parties(rule.Frame, chains).Where(p => !observers.Contains(p.Span.Start)).ToList();
        if (rule.Frame == FrameShape.SourceTarget)
            parties = _directed.Adjust(frame, parties, article, sentence, previous);
        return (parties, chains.Where, _parties.SidedParties(rule.Frame, chains.Subjects, PartyChain.SubjectSide(rule.Frame)).ToArray());
    }

    /// <summary>
    /// Where an act's frame ends for its place: "ووقعت مصر والأردن اتفاقية للتعاون في القاهرة" names the document with
    /// a trigger of its own that ends the verb's frame, but the place after the document is still the signing's
    /// (up to a topic marker: what the document is about is not where it was signed).
    /// </summary>
    private int ActEnd(Frame frame, ArticleView article, Sentence sentence)
    {
        var tokens = article.Tokens;
        var following = rules.Lexicons.Triggers.FindAll(tokens, frame.WindowEnd, sentence.EndToken);
        if (following.Count == 0 || following[0].FirstToken != frame.WindowEnd || following[0].Entry.Kind != TriggerKind.Object
            || following[0].Entry.Type != frame.Trigger.Entry.Type
            || rules.Lexicons.Directed.Find(DirectedRole.Document, tokens, frame.WindowEnd, frame.WindowEnd + 1) is null)
            return frame.WindowEnd;
        var end = following.Count > 1 ? following[1].FirstToken : sentence.EndToken;
        // "مذكرة تفاهم حول دعم لمشاريع بالمغرب": what the document is about is no place of its signing.
        return rules.Words.FirstTopicMarker(tokens, frame.WindowEnd, end) is var topic and >= 0 ? topic : end;
    }

    /// <summary>
    /// "وشاركت وفود من الكويت وقطر بصفة مراقبين": the states listed just before an observer word
    /// attend without taking part; the starts of their mentions.
    /// </summary>
    private HashSet<int> Observers(ArticleView article, Sentence sentence)
    {
        var found = new HashSet<int>();
        var tokens = article.Tokens;
        var words = rules.Words;
        for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
        {
            if (!words.TokenIs(tokens[i], (w, r) => w.IsObserver(r)))
                continue;
            var boundary = i > sentence.FirstToken && words.TokenIs(tokens[i - 1], (w, r) => w.IsCapacity(r)) ? i - 1 : i;
            foreach (var a in article.Actors.Where(a => a.LastToken < boundary && a.FirstToken >= sentence.FirstToken).Reverse())
            {
                if (!_chain.OnlyGlue(tokens, a.LastToken + 1, boundary, article.Times))
                    break;
                found.Add(a.Mention.Start);
                boundary = a.FirstToken;
            }
        }
        return found;
    }

    /// <summary>
    /// "بدأ الرئيس، الثلاثاء، زيارته إلى الجزائر": a verb of beginning before a visit noun, in its
    /// clause, with the noun as its object (not "خلال زيارته", "في زيارته").
    /// </summary>
    private bool Begins(Frame frame, IReadOnlyList<Token> tokens)
    {
        var rule = frame.Trigger.Entry;
        var first = frame.Trigger.FirstToken;
        if (rule.Frame != FrameShape.Visit || rule.Kind == TriggerKind.Verb || first == 0)
            return false;
        var before = tokens[first - 1];
        if (before.Kind == TokenKind.Word && rules.Words.TokenIs(before, (w, r) => w.IsGlue(r) || w.IsLocative(r)))
            return false;
        for (var i = frame.PrefixStart; i < first; i++)
        {
            if (rules.Words.TokenIs(tokens[i], (w, r) => w.IsBeginning(r)))
                return true;
        }
        return false;
    }

    /// <summary>"كانت الجولة السابقة ... عقدت": an occasion noun followed by a word for another edition of it.</summary>
    private bool NamesOtherOccurrence(Frame frame, IReadOnlyList<Token> tokens)
    {
        for (var k = frame.PrefixStart; k + 1 < frame.WindowEnd && k + 1 < tokens.Count; k++)
        {
            if (tokens[k].Readings.Any(rules.Words.IsOccasionNoun) && rules.Words.IsOtherOccurrence(tokens[k + 1].Norm))
                return true;
        }
        return false;
    }
}
