using Marsad.Text;

namespace Marsad.Events.Frames;

/// <summary>Reads one frame into a draft: its parties and place, date, status, topics.</summary>
internal sealed class FrameFiller(FrameRules rules)
{
    private readonly PartyChain _parties = new(rules);
    private readonly DirectedParties _directed = new(rules);
    private readonly StatusReader _status = new(rules);

    /// <param name="previous">The draft of the frame before in the sentence: an act coordinated with it shares its subject.</param>
    public Draft Fill(Frame frame, ArticleView article, Sentence sentence, Draft? previous = null)
    {
        var tokens = article.Tokens;
        var rule = frame.Trigger.Entry;
        IReadOnlyList<Party> parties;
        Place? where = null;
        if (DirectedParties.Reads(rule.Frame))
        {
            if (_directed.Read(frame, article, sentence, previous) is not { } reading)
                return new Draft(frame, [], null, null, EventStatus.Occurred, [], false, rule.Phase, false);
            parties = reading.Parties;
            frame = frame with { Trigger = frame.Trigger with { Values = [reading.Rule] } };
        }
        else if (_parties.Read(frame, article, sentence) is { } chains)
        {
            parties = _parties.Parties(rule.Frame, chains);
            if (rule.Frame == FrameShape.SourceTarget)
                parties = _directed.Adjust(frame, parties, article, sentence, previous);
            where = chains.Where;
        }
        else
        {
            return new Draft(frame, [], null, null, EventStatus.Occurred, [], false, rule.Phase, false);
        }
        var (when, inherited) = DateReader.DateOf(frame, article, sentence, rules);
        var status = _status.StatusOf(frame, tokens, sentence);
        var topics = rules.Lexicons.Topics.FindAll(tokens, sentence.FirstToken, sentence.EndToken).Select(m => m.Entry).Distinct().ToArray();
        var referenced = frame.Trigger.FirstToken > 0 && rules.Words.IsReferencing(tokens[frame.Trigger.FirstToken - 1].Norm);
        var phase = _directed.PhaseOf(frame, when, article, sentence);
        return new Draft(frame, parties, where, when, status, topics, referenced, phase, inherited)
        {
            OtherOccurrence = NamesOtherOccurrence(frame, tokens),
        };
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
