using Marsad.Data;

namespace Marsad.Text;

/// <summary>
/// Light clitic segmentation of normalised Arabic words. A word may carry a conjunction (و، ف),
/// then a preposition (ب، ك، ل), then the article (ال; ل+ال is written لل). Stripping is only
/// safe where the remainder is really a word, so there are two outputs:
/// <see cref="Readings"/> lists every segmentation (the caller's lexicon decides which is real),
/// and <see cref="Bare"/> gives the one best guess for general use, guarded by the
/// list of words that merely start with a clitic letter (Data/text/clitic-guard.txt).
/// </summary>
internal static class ArabicClitics
{
    private const int MinStem = 2;
    private static readonly HashSet<string> Guard = LoadGuard();

    private static HashSet<string> LoadGuard() =>
        new(DataFiles.ReadList("text/clitic-guard.txt").Select(ArabicNormalizer.Key), StringComparer.Ordinal);

    private static readonly string[] PronounSuffixes = ["هما", "هم", "ها", "ه", "كم", "ك", "نا", "ي"];

    /// <summary>
    /// True when a normalised word must not lose its first letters to clitic stripping: a guarded
    /// word, also with a pronoun suffix ("وزارته" = وزارة + ه, where ta marbuta is written ت).
    /// </summary>
    public static bool IsGuarded(string word)
    {
        if (Guard.Contains(word))
            return true;
        foreach (var suffix in PronounSuffixes)
        {
            if (word.Length <= suffix.Length + 2 || !word.EndsWith(suffix, StringComparison.Ordinal))
                continue;
            var stem = word[..^suffix.Length];
            if (Guard.Contains(stem) || (stem[^1] == 'ت' && Guard.Contains(stem[..^1] + "ه")))
                return true;
        }
        return false;
    }

    /// <summary>
    /// All segmentations of a normalised word, most literal first: the word itself, then with
    /// conjunction, preposition and article removed in every combination that leaves a stem of
    /// at least two letters. Stems are returned without the article.
    /// </summary>
    public static IReadOnlyList<string> Readings(string word)
    {
        var result = new List<string>(6) { word };
        // A guarded word ("وزارة", "فيصل", "وزارته") is a whole word: its first letters are not clitics.
        if (IsGuarded(word))
            return result;
        foreach (var conj in new[] { "", "و", "ف" })
        {
            if (!word.StartsWith(conj, StringComparison.Ordinal))
                continue;
            var afterConj = word[conj.Length..];
            foreach (var prep in new[] { "", "ب", "ك", "ل" })
            {
                if (!afterConj.StartsWith(prep, StringComparison.Ordinal))
                    continue;
                var afterPrep = afterConj[prep.Length..];
                Add(result, afterPrep);
                if (afterPrep.StartsWith("ال", StringComparison.Ordinal))
                    Add(result, afterPrep[2..]);
                // ل + ال is written لل: "للرئيس" = ل + الرئيس
                if (prep == "ل" && afterPrep.StartsWith('ل'))
                    Add(result, afterPrep[1..]);
            }
        }
        return result;
    }

    private static void Add(List<string> list, string stem)
    {
        if (stem.Length >= MinStem && !list.Contains(stem))
            list.Add(stem);
    }

    /// <summary>
    /// Best single segmentation: strips a conjunction and the article (with a preposition in front
    /// of it) where that is safe; leaves guarded words alone. "والروسي" → "روسي", "وزير" → "وزير".
    /// </summary>
    public static string Bare(string word)
    {
        if (word.Length <= 2 || Guard.Contains(word))
            return word;
        var w = word;
        if ((w[0] == 'و' || w[0] == 'ف') && w.Length > 3)
        {
            var rest = w[1..];
            // Only strip a conjunction when what follows looks like a word on its own:
            // an article, a preposition+article, or a stem of three letters or more.
            if (rest.StartsWith("ال", StringComparison.Ordinal) || rest.StartsWith("لل", StringComparison.Ordinal)
                || rest.StartsWith("بال", StringComparison.Ordinal) || rest.Length >= 3)
                w = rest;
        }
        if (Guard.Contains(w))
            return w;
        if (w.Length > 4 && (w.StartsWith("بال", StringComparison.Ordinal) || w.StartsWith("كال", StringComparison.Ordinal)))
            w = w[1..];
        else if (w.Length > 3 && w.StartsWith("لل", StringComparison.Ordinal))
            w = "ال" + w[2..];
        if (w.Length > 3 && w.StartsWith("ال", StringComparison.Ordinal) && !Guard.Contains(w))
            w = w[2..];
        return w;
    }

    // ------------------------------------------------------------ single-word checks for other stages
    // The stages above the text layer ask here instead of slicing words themselves.

    private const string Article = "ال";

    /// <summary>The article with every conjunction and preposition that may stand before it ("وبال" = و + ب + ال; "لل" = ل + ال).</summary>
    private static readonly string[] ArticlePrefixes = ["ال", "وال", "فال", "بال", "كال", "لل", "ولل", "فلل", "وبال", "فبال"];

    /// <summary>
    /// True when the word begins with the article as written, plain alef + lam ("الروسي"); on an
    /// original surface "ألماني" does not, though it normalises to the same letters.
    /// </summary>
    public static bool StartsWithArticle(string word) => word.StartsWith(Article, StringComparison.Ordinal);

    /// <summary>The word without a leading article ("الروسي" → "روسي"); other words unchanged.</summary>
    public static string WithoutArticle(string word) => StartsWithArticle(word) ? word[Article.Length..] : word;

    /// <summary>The stem with the article in front ("روسي" → "الروسي").</summary>
    public static string WithArticle(string stem) => Article + stem;

    /// <summary>
    /// True when <paramref name="word"/> ends in the article followed by <paramref name="stem"/>
    /// ("والرئيس", "الرئيس"), or carries the preposition fused with the article ("للرئيس" = ل + الرئيس).
    /// </summary>
    public static bool PrintsArticleBefore(string word, string stem) =>
        word.EndsWith(Article + stem, StringComparison.Ordinal)
        || word.StartsWith("لل", StringComparison.Ordinal) && word.EndsWith("ل" + stem, StringComparison.Ordinal);

    /// <summary>
    /// The word as article + stem, once for each conjunction/preposition + article prefix it starts
    /// with: "وبالروسي" → "الروسي", "للسوريين" → "السوريين".
    /// </summary>
    public static IEnumerable<string> ArticleReadings(string word)
    {
        foreach (var prefix in ArticlePrefixes)
            if (word.StartsWith(prefix, StringComparison.Ordinal))
                yield return Article + word[prefix.Length..];
    }

    /// <summary>
    /// The conjunction and preposition letters written before <paramref name="stem"/> and its
    /// article in <paramref name="word"/>, which ends with the stem: "ودمشق" → "و", "والسوريين" →
    /// "و"; null when the preposition is fused with the article ("للرئيس") and cannot be cut off.
    /// </summary>
    public static string? ProcliticsBefore(string word, string stem)
    {
        var prefix = word[..^stem.Length];
        if (prefix.EndsWith(Article, StringComparison.Ordinal))
            return prefix[..^Article.Length];
        return prefix.EndsWith("لل", StringComparison.Ordinal) ? null : prefix;
    }

    /// <summary>True when the word begins with the letter of the conjunction و ("والشيخ"; also "وزير", so callers check the rest).</summary>
    public static bool StartsWithWa(string word) => word.StartsWith('و');

    /// <summary>True when the word begins with a letter that may be a glued preposition (ب، ك، ل: "لبحث").</summary>
    public static bool StartsWithPreposition(string word) => word.Length > 0 && word[0] is 'ب' or 'ك' or 'ل';

    /// <summary>
    /// How many letters at the start of a token are clitics glued to a number: up to two of
    /// و، ف (and) and ب، ل (in, for), as in "و17", "ب2021", "وب2021" (ك is not written before digits).
    /// </summary>
    public static int NumberProcliticLength(string token)
    {
        var n = 0;
        while (n < token.Length && n < 2 && token[n] is 'و' or 'ب' or 'ف' or 'ل')
            n++;
        return n;
    }

    /// <summary>A normalised word without its article, when a stem of two letters or more is left: "العملية" → "عملية".</summary>
    public static string StemWithoutArticle(string word) =>
        word.Length > 3 && word.StartsWith("ال", StringComparison.Ordinal) ? word[2..] : word;

    /// <summary>
    /// A stem cut before a pronoun suffix with its ta marbuta restored: the suffix turns ة into ت
    /// ("عمليتها" → "عمليت"), and the word alone ends in ة, normalised ه ("عمليه").
    /// </summary>
    public static string RestoreTaMarbuta(string stem) => stem.EndsWith('ت') ? stem[..^1] + "ه" : stem;
}
