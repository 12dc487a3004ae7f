using Marsad.Text;

namespace Marsad.Actors.Recognition;

/// <summary>
/// A name as printed for a person missing from the KB: one or two words, stopping at
/// punctuation, lexicon hits and stop words (rules/name-stopwords.tsv); binders (عبد، أبو، بن,
/// rules/name-binders.tsv) attach to the next word.
/// </summary>
internal static class UnknownNameReader
{
    /// <summary>
    /// Two name words at most (binders aside): a third is as often the verb's object
    /// ("أوباما القرار") as a family name; KB names cover the longer forms.
    /// </summary>
    private const int MaxNameWords = 2;

    /// <summary>
    /// The name that starts at token <paramref name="p"/>, or null. With <paramref name="stripConjunction"/>
    /// the first word may carry the conjunction of a list ("وعمرو الصالح").
    /// </summary>
    public static NameRead? Read(RecognitionContext context, int p, bool stripConjunction)
    {
        var tokens = context.Tokens;
        var stopwords = context.Kb.NameStopwords;
        var i = p;
        var words = 0;
        var pendingBinder = false;
        while (i < context.SentenceEnd)
        {
            var t = tokens[i];
            if (t.Kind != TokenKind.Word || context.HitAt(i) is not null)
                break;
            var norm = i == p && stripConjunction && t.Norm.Length > 3 ? ArabicClitics.WithoutWa(t.Norm) : t.Norm;
            var raw = RawWord(t.Surface, i == p && stripConjunction && norm != t.Norm);
            if (stopwords.Contains(raw))
                break;
            // Tanween marks an indefinite noun or adverb ("اتصالاً هاتفياً"): never a proper name.
            if (t.Surface.Any(c => c is '\u064B' or '\u064C' or '\u064D'))
                break;
            if (i == p && ArabicClitics.StartsWithArticle(norm))
                break;
            if (words == MaxNameWords && !pendingBinder)
                break;
            // "لبحث التطورات": a preposition glued to a word followed by a definite noun is not a name.
            if (i == p + 1 && ArabicClitics.StartsWithArticle(norm) && ArabicClitics.StartsWithPreposition(tokens[p].Norm))
                return null;
            if (i > p && !pendingBinder && ArabicClitics.StartsWithWa(raw))
                break;
            if (context.Kb.NameBinders.Contains(norm))
            {
                pendingBinder = true;
            }
            else
            {
                pendingBinder = false;
                words++;
            }
            i++;
        }
        if (pendingBinder)
            i--;
        if (words == 0 || i == p)
            return null;
        // One word is a name only when the clause ends after it ("الرئيس ماكرون، ...").
        if (words == 1 && i < context.SentenceEnd && tokens[i].Kind != TokenKind.Punctuation
            && !stopwords.Contains(RawWord(tokens[i].Surface, false)))
            return null;
        var startOffset = tokens[p].Start + (stripConjunction && ArabicClitics.StartsWithWa(tokens[p].Norm) && tokens[p].Norm.Length > 3 ? 1 : 0);
        return new NameRead(p, i, startOffset, null, context.Layer.Slice(startOffset, tokens[i - 1].End), false, ActorEvidence.Of(ActorRule.NameAsPrinted));
    }

    /// <summary>A word as spelled (diacritics dropped, letters not folded): stop words must not catch names ("على" vs "علي").</summary>
    private static string RawWord(string surface, bool dropConjunction)
    {
        var raw = ArabicNormalizer.WithoutMarks(surface);
        return dropConjunction ? ArabicClitics.PrintedWithoutConjunction(raw) : raw;
    }
}
