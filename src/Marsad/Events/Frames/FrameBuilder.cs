using Marsad.Text;

namespace Marsad.Events.Frames;

/// <summary>
/// Turns the triggers of a sentence (Data/events/triggers.tsv) into frames. Each opener's frame
/// reaches to the next opener; a cue ("في اتصال هاتفي") joins the nearest verb's frame and gives it
/// its mode, and opens a frame of its own only in a sentence without a verb. A meeting named as an
/// occasion ("على هامش قمة مجموعة العشرين") opens none.
/// </summary>
internal sealed class FrameBuilder(FrameRules rules)
{
    private readonly OccasionReader _occasions = new(rules);

    public List<Frame> Build(TextLayer text, Sentence sentence)
    {
        // The meeting named after "على هامش" is the occasion of the sentence's meetings (Occasions), not one of them.
        var matches = rules.Lexicons.Triggers.FindAll(text.Tokens, sentence.FirstToken, sentence.EndToken)
            .Where(m => !(m.Entry.Kind == TriggerKind.Verb && IsVerbalNoun(text.Tokens, m.FirstToken)))
            .Where(m => !_occasions.NamesOccasion(text.Tokens, m.FirstToken))
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
            frames.Add(new Frame(openers[i], start, end, prefixStart, cue));
        }
        return frames;
    }

    /// <summary>
    /// A verb pattern read as a verbal noun: with the article ("الرفض"), or after a preposition or a
    /// noun that takes one ("على رفض", "أهمية بحث"), possibly across an opening quote.
    /// </summary>
    private bool IsVerbalNoun(IReadOnlyList<Token> tokens, int trigger)
    {
        var words = rules.Words;
        var token = tokens[trigger];
        var word = token.Norm.Length > 3 && ArabicClitics.WithoutConjunction(token.Norm) is { } rest ? rest : token.Norm;
        // "الرفض" is a noun; "التقى" only looks like one (guarded in Data/text/clitic-guard.txt).
        if (ArabicClitics.StartsWithArticle(word) && !ArabicClitics.IsGuarded(word))
            return true;
        var i = trigger - 1;
        while (i >= 0 && tokens[i].Kind == TokenKind.Punctuation && tokens[i].Norm is "\"" or "«" or "“")
            i--;
        return i >= 0 && (words.IsNounContext(tokens[i].Norm) || words.IsNounContext(tokens[i].Bare));
    }

    private static PhraseMatch<TriggerRule>? NearestVerb(List<PhraseMatch<TriggerRule>> openers, PhraseMatch<TriggerRule> cue) =>
        openers.Where(o => o.Entry.Kind == TriggerKind.Verb).OrderBy(o => Math.Abs(o.FirstToken - cue.FirstToken)).FirstOrDefault();
}
