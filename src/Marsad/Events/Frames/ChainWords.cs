using Marsad.Text;
using Marsad.Time;

namespace Marsad.Events.Frames;

/// <summary>
/// What the words between a trigger and its parties say (Data/events/frame-words.tsv): how many of
/// them count as content, whether they only glue two parties, whether a comitative or an office word
/// introduces the next party ("مع", "بحضور", "الذي ضم وزراء خارجية كل من ..."), and whether a party
/// stands after "قادما من" (an origin).
/// </summary>
internal sealed class ChainWords(FrameRules rules)
{
    /// <summary>How many tokens back an introducer may stand over office words and list openers ("ضم وزراء خارجية كل من").</summary>
    private const int IntroducerReach = 5;

    /// <summary>How many tokens before "مع" a coincidence word governs it ("وتتزامن القمة مع").</summary>
    private const int CoincidenceReach = 4;

    private FrameWords Words => rules.Words;

    /// <summary>
    /// Content words between two tokens, not counting punctuation, function words, titles and
    /// honorifics, office words, adverbs, list openers ("كل من") and dates ("التي جرت الثلاثاء في").
    /// </summary>
    public int WordsBetween(IReadOnlyList<Token> tokens, int from, int to, IReadOnlyList<TemporalMention> times)
    {
        var n = 0;
        for (var i = from; i < to; i++)
        {
            if (!IsFiller(tokens, i, times))
                n++;
        }
        return n;
    }

    /// <summary>True when only glue (and dates, adverbs, honorifics) stands between two tokens.</summary>
    public bool OnlyGlue(IReadOnlyList<Token> tokens, int from, int to, IReadOnlyList<TemporalMention> times)
    {
        for (var i = from; i < to; i++)
        {
            var t = tokens[i];
            if (Words.IsGlue(t.Norm) || InTime(t, times) || Words.TokenIs(t, (w, r) => w.IsAdverb(r) || w.IsHonorific(r)))
                continue;
            return false;
        }
        return true;
    }

    private bool IsFiller(IReadOnlyList<Token> tokens, int i, IReadOnlyList<TemporalMention> times)
    {
        var t = tokens[i];
        if (t.Kind == TokenKind.Punctuation || Words.IsTransparentToken(t) || InTime(t, times))
            return true;
        if (i == 0)
            return false;
        // "كل من": the preposition after a list opener; "قصر البركة", "هيثم بن طارق": the name after a venue or a name link.
        var before = tokens[i - 1];
        return t.Norm == "من" && Words.TokenIs(before, (w, r) => w.IsListOpener(r))
            || t.Kind == TokenKind.Word && Words.TokenIs(before, (w, r) => w.IsVenue(r) || w.IsNameLink(r));
    }

    public static bool InTime(Token t, IReadOnlyList<TemporalMention> times)
    {
        foreach (var m in times)
        {
            if (m.Start <= t.Start && t.End <= m.End)
                return true;
        }
        return false;
    }

    /// <summary>
    /// The word that introduces the actor starting at <paramref name="actorToken"/>: the token before
    /// it, over office words, list openers and the "من" after them ("مع وزراء خارجية كل من مصر").
    /// </summary>
    public Token? IntroducerBefore(IReadOnlyList<Token> tokens, int actorToken)
    {
        for (var i = actorToken - 1; i >= 0 && i >= actorToken - IntroducerReach; i--)
        {
            var t = tokens[i];
            var skippable = Words.TokenIs(t, (w, r) => w.IsOffice(r) || w.IsListOpener(r) || w.IsHonorific(r))
                || t.Norm == "من" && i > 0 && Words.TokenIs(tokens[i - 1], (w, r) => w.IsListOpener(r));
            if (!skippable)
                return t;
        }
        return null;
    }

    /// <summary>True when a comitative introduces the actor, within its reach ("بين" only close by).</summary>
    public bool IsIntroduced(IReadOnlyList<Token> tokens, int actorToken, int gap) =>
        IntroducerBefore(tokens, actorToken) is { } t && (Words.Introduces(t.Norm, gap) || Words.TokenIs(t, (w, r) => w.Introduces(r, gap)));

    /// <summary>
    /// True when an office word stands right before the actor, over demonyms and conjunctions of the
    /// same list ("وزراء خارجية تركيا", "الوفد الإيراني", "الوزيران المصري والأردني").
    /// </summary>
    public bool AfterOfficeWord(IReadOnlyList<Token> tokens, int actorToken, Func<int, bool> isDemonym)
    {
        for (var i = actorToken - 1; i >= 0 && i >= actorToken - IntroducerReach; i--)
        {
            var t = tokens[i];
            if (Words.TokenIs(t, (w, r) => w.IsOffice(r)))
                return true;
            if (!(isDemonym(i) || Words.IsCoordinator(t.Norm)))
                return false;
        }
        return false;
    }

    /// <summary>"وصل قادما من الكويت": the actor after an origin word (and "من") is where a traveller came from.</summary>
    public bool AfterOrigin(IReadOnlyList<Token> tokens, int actorToken)
    {
        var i = actorToken - 1;
        if (i >= 0 && tokens[i].Norm == "من")
            i--;
        return i >= 0 && Words.TokenIs(tokens[i], (w, r) => w.IsOrigin(r));
    }

    /// <summary>"تتزامن القمة مع ...": a "مع" after a coincidence word names what coincides, and ends the chain.</summary>
    public bool IsCoincidentWith(IReadOnlyList<Token> tokens, int i)
    {
        if (tokens[i].Norm != "مع")
            return false;
        for (var k = i - 1; k >= 0 && k >= i - CoincidenceReach; k--)
        {
            if (Words.TokenIs(tokens[k], (w, r) => w.IsCoincidence(r)))
                return true;
        }
        return false;
    }
}
