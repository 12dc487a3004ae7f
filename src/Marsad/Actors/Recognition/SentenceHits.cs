using Marsad.Text;

namespace Marsad.Actors.Recognition;

/// <summary>The lexicon hits of one sentence: longest phrases, left to right, without overlap.</summary>
internal static class SentenceHits
{
    /// <summary>Kinds whose entries listed with the article need it in the text ("الفريق" is a rank, "فريق" a team).</summary>
    private static readonly HashSet<LexKind> NeedPrintedArticle =
        [LexKind.Title, LexKind.Honorific, LexKind.Coref, LexKind.Former, LexKind.DualHead];

    public static List<Hit> Find(RecognitionContext context, Sentence sentence)
    {
        var phrases = context.Kb.Lexicon.Phrases;
        var end = sentence.EndToken;
        var hits = new List<Hit>();
        var i = sentence.FirstToken;
        while (i < end)
        {
            var found = phrases.MatchAt(context.Tokens, i, end);
            if (found is { } f && Fitting(context.Tokens, i, f.EndToken, f.Values, f.FirstWord.Stem) is { Count: > 0 } values)
            {
                hits.Add(new Hit(i, f.EndToken, values, f.FirstWord.Stem));
                i = f.EndToken;
            }
            else
            {
                i++;
            }
        }
        return hits;
    }

    /// <summary>
    /// Entries ordered by how literally they match the printed words (so "وزير خارجية" prefers the
    /// construct row and "وزير الخارجية" the definite one); titles, honorifics, cues and markers
    /// listed with the article need it in the text ("الفريق" is a rank, "فريق" a team).
    /// </summary>
    private static List<LexEntry> Fitting(IReadOnlyList<Token> tokens, int start, int end, IReadOnlyList<LexEntry> values, string firstReading)
    {
        var printed = new List<string>(end - start);
        var firstNorm = tokens[start].Norm;
        printed.Add(ArabicClitics.PrintsArticleBefore(firstNorm, firstReading) ? ArabicClitics.WithArticle(firstReading) : firstReading);
        for (var i = start + 1; i < end; i++)
            printed.Add(tokens[i].Norm);
        var scored = new List<(LexEntry Entry, int Score)>();
        foreach (var v in values)
        {
            var literal = v.Literal.Split(' ');
            if (NeedPrintedArticle.Contains(v.Kind)
                && ArabicClitics.StartsWithArticle(literal[0]) && !ArabicClitics.StartsWithArticle(printed[0]))
                continue;
            var score = 0;
            for (var k = 0; k < literal.Length && k < printed.Count; k++)
                if (literal[k] == printed[k])
                    score++;
            scored.Add((v, score));
        }
        return scored.OrderByDescending(x => x.Score).Select(x => x.Entry).ToList();
    }
}
