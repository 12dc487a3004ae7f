using Marsad.Text;
using Marsad.Time;

namespace Marsad.Events.Frames;

/// <summary>Reads one frame into a draft: its parties and place, date, status, topics.</summary>
internal sealed class FrameFiller(FrameRules rules)
{
    /// <summary>How many days a visit reported by its arrival may last (the arrival day included).</summary>
    private const int ArrivalStay = 3;

    private readonly PartyChain _parties = new(rules);
    private readonly StatusReader _status = new(rules);

    public Draft Fill(Frame frame, ArticleView article, Sentence sentence)
    {
        var tokens = article.Tokens;
        var rule = frame.Trigger.Entry;
        var anaphoric = frame.Trigger.FirstToken > 0 && rules.Words.IsDemonstrative(tokens[frame.Trigger.FirstToken - 1].Norm);
        // "كانت الجولة السابقة ... عقدت": another edition than the one reported is background, not an event.
        if (NamesOtherOccurrence(frame, tokens) || _parties.Read(frame, article, sentence) is not { } chains)
            return new Draft(frame, [], null, null, EventStatus.Occurred, [], false, rule.Phase, false) { Anaphoric = anaphoric };
        var parties = _parties.Parties(rule.Frame, chains);
        var planned = _status.StatusOf(frame, tokens, sentence, null) == EventStatus.Planned;
        var (when, inherited) = DateReader.DateOf(frame, article, sentence, rules, planned);
        // "وصل الرئيس أمس إلى القاهرة", "بدأ الرئيس زيارته": the visit lasts from the day of arrival; its talks may be that day or the next.
        if (when is not null && (rules.Words.IsArrival(ArabicNormalizer.Key(rule.Pattern.TrimEnd('*'))) || Begins(frame, tokens)))
            when = when with { Value = new Lasting(when.Value, ArrivalStay) };
        var status = _status.StatusOf(frame, tokens, sentence, when);
        var topics = rules.Lexicons.Topics.FindAll(tokens, sentence.FirstToken, sentence.EndToken).Select(m => m.Entry).Distinct().ToArray();
        var referenced = frame.Trigger.FirstToken > 0 && rules.Words.IsReferencing(tokens[frame.Trigger.FirstToken - 1].Norm);
        return new Draft(frame, parties, chains.Where, when, status, topics, referenced, rule.Phase, inherited)
        {
            SubjectParties = _parties.SidedParties(rule.Frame, chains.Subjects, PartyChain.SubjectSide(rule.Frame)).ToArray(),
            Anaphoric = anaphoric,
        };
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
