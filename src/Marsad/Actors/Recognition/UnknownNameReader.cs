using Marsad.Text;

namespace Marsad.Actors.Recognition;

/// <summary>
/// A name as printed for a person missing from the KB: up to three words, stopping at
/// punctuation, lexicon hits and stop words (rules/name-stopwords.tsv with their inflected forms);
/// binders (عبد، أبو، بن، ولد, rules/name-binders.tsv) attach to the next word.
/// </summary>
internal static class UnknownNameReader
{
    /// <summary>
    /// Three name words at most (binders aside): "علي أصغر حاجي". A word with the article may only
    /// end the name (a family name, "محمد علي النفطي"): inside, it is as often the verb's object
    /// ("زيد عمرو السفراء الجدد").
    /// </summary>
    private const int MaxNameWords = 3;

    /// <summary>
    /// The name that starts at token <paramref name="p"/>, or null. With <paramref name="stripConjunction"/>
    /// the first word may carry the conjunction of a list ("وعمرو الصالح").
    /// </summary>
    public static NameRead? Read(RecognitionContext context, int p, bool stripConjunction)
    {
        var tokens = context.Tokens;
        var i = p;
        var words = 0;
        var pendingBinder = false;
        var familyName = false;
        while (i < context.SentenceEnd && (words < MaxNameWords || pendingBinder))
        {
            var t = tokens[i];
            if (t.Kind != TokenKind.Word || (context.HitAt(i) is not null && !(i == p && IsForename(context, p))))
                break;
            var norm = i == p && StripsConjunction(t, stripConjunction) ? ArabicClitics.WithoutWa(t.Norm) : t.Norm;
            var raw = RawWord(t.Surface, i == p && stripConjunction && norm != t.Norm);
            if (context.Kb.NameWords.Stops(raw))
                break;
            // Tanween marks an indefinite noun or adverb ("اتصالاً هاتفياً"): never a proper name.
            if (t.Surface.Any(c => c is '\u064B' or '\u064C' or '\u064D'))
                break;
            // The article, also behind a conjunction or preposition ("والتعاون", "للتحقيق"), starts no name.
            if (i == p && ArabicClitics.ArticleReadings(norm).Any())
                break;
            // "لبحث التطورات": a preposition glued to a word followed by a definite noun is not a name.
            if (i == p + 1 && ArabicClitics.StartsWithArticle(norm) && ArabicClitics.StartsWithPreposition(tokens[p].Norm))
                return null;
            var binder = context.Kb.NameBinders.Contains(norm);
            if (i > p && !pendingBinder && !binder && ArabicClitics.StartsWithWa(raw))
                break;
            // A family name with the article ends the name: "زيد الخالدي القرار" stops before the object.
            if (familyName || (words == MaxNameWords - 1 && ArabicClitics.StartsWithArticle(norm) && !EndsClause(context, i + 1, hitEnds: true)))
                break;
            // After a binder the article word completes a given name ("أبو الفضل عزيزي", "عبد الرحمن").
            familyName = !binder && !pendingBinder && i > p && ArabicClitics.StartsWithArticle(norm);
            pendingBinder = binder;
            if (!binder)
                words++;
            i++;
        }
        if (pendingBinder)
            i--;
        if (words == 0 || i == p)
            return null;
        // One word is a name only when the clause ends after it ("الرئيس ماكرون، ...").
        // ... or a KB surname or whole name follows, which the caller joins to it ("نيكولاس بيرنز").
        if (words == 1 && !EndsClause(context, i, hitEnds: false) && !(context.HitAt(i) is { } next && IsKbNameAfter(context, next, p)))
            return null;
        // "وزيرا خارجية روسيا وإيران سيتيح تبادل الآراء": a name never opens with a future verb (سيـ، ستـ، سنـ);
        // names that look like one are listed in text/future-guard.txt.
        if (FutureTense.IsFutureVerb(tokens[p].Norm) && tokens[p].Norm[1] != 'ا')
            return null;
        var startOffset = tokens[p].Start + (StripsConjunction(tokens[p], stripConjunction) && ArabicClitics.StartsWithWa(tokens[p].Norm) ? 1 : 0);
        return new NameRead(p, i, startOffset, null, context.Layer.Slice(startOffset, tokens[i - 1].End), false, ActorEvidence.Of(ActorRule.NameAsPrinted));
    }

    /// <summary>
    /// A KB person's name printed bare right after the printed words from token <paramref name="p"/>:
    /// a surname alone ("نيكولاس بيرنز"), or the person's whole name after a given name the base
    /// knows ("محمد شهباز شريف": <see cref="IsWholeNameAfterForename"/>).
    /// </summary>
    public static bool IsKbNameAfter(RecognitionContext context, Hit next, int p) =>
        next.Has(LexKind.Person) && IsBareSurname(context, next)
        && (IsWholeNameAfterForename(context, next, p)
            || (next.End - next.Start == 1 && next.Entries.Where(e => e.Kind == LexKind.Person).All(e => e.IsShort)));

    /// <summary>
    /// Whether a KB name of two words or more (not a short form) follows printed words that open with a
    /// given name the base knows (<see cref="KnowledgeBase.Forenames"/>): one more forename of that person.
    /// </summary>
    public static bool IsWholeNameAfterForename(RecognitionContext context, Hit next, int p)
    {
        var first = context.Tokens[p].Norm;
        return next.End - next.Start > 1 && next.Entries.Any(e => e.Kind == LexKind.Person && !e.IsShort)
            && (context.Kb.Forenames.Contains(first) || context.Kb.Forenames.Contains(ArabicClitics.WithoutWa(first)));
    }

    /// <summary>A KB surname printed without a clitic: "وبوتين" after a name is the next item of a list, not its surname.</summary>
    public static bool IsBareSurname(RecognitionContext context, Hit surname) =>
        context.Tokens[surname.Start].Norm == surname.FirstReading;

    /// <summary>The conjunction of a list is cut from the first word, unless the word merely starts with its letter ("وقت").</summary>
    private static bool StripsConjunction(Token t, bool stripConjunction) =>
        stripConjunction && t.Norm.Length > 2 && !ArabicClitics.IsGuarded(t.Norm);

    /// <summary>
    /// A city's name that opens a name ("سانتياغو أندريس كافييرو"): a capital or place hit followed
    /// by a plain word of the name, which a city never is.
    /// </summary>
    private static bool IsForename(RecognitionContext context, int p) =>
        context.HitAt(p) is { } h && h.End == p + 1 && h.Entries.All(e => e.Kind is LexKind.Capital or LexKind.Place)
        && p + 1 < context.SentenceEnd && context.Tokens[p + 1].Kind == TokenKind.Word && context.HitAt(p + 1) is null
        && !context.Kb.NameWords.Stops(RawWord(context.Tokens[p + 1].Surface, false)) && !ArabicClitics.StartsWithArticle(context.Tokens[p + 1].Norm);

    /// <summary>Whether the clause ends before token <paramref name="i"/>: sentence end, punctuation, a stop word (or a lexicon hit).</summary>
    private static bool EndsClause(RecognitionContext context, int i, bool hitEnds) =>
        i >= context.SentenceEnd || context.Tokens[i].Kind == TokenKind.Punctuation || (hitEnds && context.HitAt(i) is not null)
        || context.Kb.NameWords.Stops(RawWord(context.Tokens[i].Surface, false));

    /// <summary>A word as spelled (diacritics dropped, letters not folded): stop words must not catch names ("على" vs "علي").</summary>
    private static string RawWord(string surface, bool dropConjunction)
    {
        var raw = ArabicNormalizer.WithoutMarks(surface);
        return dropConjunction ? ArabicClitics.PrintedWithoutConjunction(raw) : raw;
    }
}
