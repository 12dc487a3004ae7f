using Marsad.Data;

namespace Marsad.Text;

/// <summary>
/// Light clitic segmentation of normalised Arabic words. A word may carry a conjunction (و، ف),
/// then a preposition (ب، ك، ل), then the article (ال; ل+ال is written لل), and end in a pronoun
/// suffix (Data/text/suffixes.tsv). Stripping is only safe where the remainder is really a word,
/// so there are two outputs: <see cref="Segments"/> lists every segmentation (the caller's lexicon
/// decides which is real), and <see cref="Bare"/> gives the one best guess for general use, guarded
/// by the list of words that merely start with a clitic letter (Data/text/clitic-guard.txt). The
/// tokenizer computes both once per word (<see cref="WordForms"/>).
/// </summary>
internal static class ArabicClitics
{
    private const int MinStem = 2;

    /// <summary>A pronoun suffix is cut only from a stem of three letters or more: "بها" keeps its ending.</summary>
    private const int MinSuffixedStem = 3;
    private const string Article = "ال";
    private static readonly HashSet<string> Guard = LoadGuard();

    private static HashSet<string> LoadGuard() =>
        new(DataFiles.ReadList("text/clitic-guard.txt").Select(ArabicNormalizer.Key), StringComparer.Ordinal);

    private static readonly string[] Conjunctions = ["", "و", "ف"];
    private static readonly string[] Prepositions = ["", "ب", "ك", "ل"];

    /// <summary>
    /// True when a normalised word must not lose its first letters to clitic stripping: a guarded
    /// word, also with a pronoun suffix ("وزارته" = وزارة + ه, where ta marbuta is written ت).
    /// </summary>
    public static bool IsGuarded(string word) => IsGuarded(word, PronounSuffixes.Default[SuffixRole.Guard]);

    /// <summary>As <see cref="IsGuarded(string)"/>, with the given guard suffixes (Data/text/suffixes.tsv, role guard).</summary>
    internal static bool IsGuarded(string word, IReadOnlyList<string> suffixes)
    {
        if (Guard.Contains(word))
            return true;
        foreach (var suffix in suffixes)
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
    /// conjunction, preposition and article cut off in every combination that leaves a stem of
    /// at least two letters, each stem once. A stem may keep its article ("الرئيس") or lose it ("رئيس").
    /// </summary>
    public static IReadOnlyList<WordSegments> Segments(string word)
    {
        var result = new List<WordSegments>(6) { WordSegments.Whole(word) };
        // A guarded word ("وزارة", "فيصل", "وزارته") is a whole word: its first letters are not clitics.
        if (IsGuarded(word))
            return result;
        foreach (var conj in Conjunctions)
        {
            if (!word.StartsWith(conj, StringComparison.Ordinal))
                continue;
            var afterConj = word[conj.Length..];
            foreach (var prep in Prepositions)
            {
                if (!afterConj.StartsWith(prep, StringComparison.Ordinal))
                    continue;
                var afterPrep = afterConj[prep.Length..];
                Add(result, new WordSegments(conj, prep, "", afterPrep, ""));
                if (afterPrep.StartsWith(Article, StringComparison.Ordinal))
                    Add(result, new WordSegments(conj, prep, Article, afterPrep[Article.Length..], ""));
                // ل + ال is written لل: "للرئيس" = ل + الرئيس, read with its article too ("للقمة العربية" names "القمة العربية")
                if (prep == "ل" && afterPrep.StartsWith('ل'))
                {
                    Add(result, new WordSegments(conj, prep, "", Article + afterPrep[1..], ""));
                    Add(result, new WordSegments(conj, prep, Article, afterPrep[1..], ""));
                }
            }
        }
        return result;
    }

    /// <summary>The stems of <see cref="Segments"/>: what the lexicons compare ("وبالأمس" → وبالامس، بالامس، الامس، امس...).</summary>
    public static IReadOnlyList<string> Readings(string word) => Segments(word).Select(s => s.Stem).ToArray();

    private static void Add(List<WordSegments> list, WordSegments segments)
    {
        if (segments.Stem.Length < MinStem)
            return;
        foreach (var s in list)
            if (s.Stem == segments.Stem)
                return;
        list.Add(segments);
    }

    /// <summary>
    /// Every stem the segmentations of a word stand for once the article and a pronoun suffix of
    /// <paramref name="suffixes"/> are cut, the ta marbuta restored, each once: "عمليتها" → "عمليه"
    /// (normalised "عملية"), "والعملية" → "عمليه".
    /// </summary>
    internal static IReadOnlyList<WordSegments> Stems(IReadOnlyList<WordSegments> segments, IReadOnlyList<string> suffixes)
    {
        var stems = new List<WordSegments>(segments.Count + 1);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var r in segments)
        {
            var stem = StemWithoutArticle(r.Stem);
            var s = stem == r.Stem ? r : r with { Article = r.Article + Article, Stem = stem };
            if (seen.Add(s.Stem))
                stems.Add(s);
            foreach (var suffix in suffixes)
            {
                if (stem.Length - suffix.Length < MinSuffixedStem || !stem.EndsWith(suffix, StringComparison.Ordinal))
                    continue;
                var cut = s with { Stem = RestoreTaMarbuta(stem[..^suffix.Length]), Suffix = suffix };
                if (seen.Add(cut.Stem))
                    stems.Add(cut);
            }
        }
        return stems;
    }

    /// <summary>The word, and without a written article where two letters or more remain: "الروسي" → الروسي، روسي.</summary>
    internal static IReadOnlyList<WordSegments> ArticleFree(string word)
    {
        var stem = StemWithoutArticle(word);
        return stem == word ? [WordSegments.Whole(word)] : [WordSegments.Whole(word), new WordSegments("", "", Article, stem, "")];
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
    private static string? ProcliticsBefore(string word, string stem)
    {
        var prefix = word[..^stem.Length];
        if (prefix.EndsWith(Article, StringComparison.Ordinal))
            return prefix[..^Article.Length];
        return prefix.EndsWith("لل", StringComparison.Ordinal) ? null : prefix;
    }

    /// <summary>True when the word begins with the letter of the conjunction و ("والشيخ"; also "وزير", so callers check the rest).</summary>
    public static bool StartsWithWa(string word) => word.StartsWith('و');

    /// <summary>The word without the letter و it starts with ("وعمرو" → "عمرو"); other words unchanged.</summary>
    public static string WithoutWa(string word) => StartsWithWa(word) ? word[1..] : word;

    /// <summary>
    /// A printed word (<see cref="ArabicNormalizer.WithoutMarks"/>) without its first letter, the
    /// conjunction its normalised form starts with: "وعمرو" → "عمرو". A word of one letter is kept.
    /// </summary>
    public static string PrintedWithoutConjunction(string printed) => printed.Length > 1 ? printed[1..] : printed;

    /// <summary>
    /// The word without the conjunction letter (و، ف) it starts with ("وبحث" → "بحث", "فالتقى" →
    /// "التقى"), or null when it starts with neither. Guarded words are not spared: callers ask
    /// about the rest.
    /// </summary>
    public static string? WithoutConjunction(string word) =>
        word.Length > 0 && word[0] is 'و' or 'ف' ? word[1..] : null;

    /// <summary>
    /// The preposition letter (ب، ك، ل) glued to a word after any conjunction, when more than two
    /// letters follow the conjunction: "بموسكو" → "ب", "ولطهران" → "ل"; the caller checks that
    /// the name itself does not start with the letter ("لبنان").
    /// </summary>
    public static string? GluedPreposition(string word)
    {
        if (word.Length > 2 && WithoutConjunction(word) is { } rest)
            word = rest;
        return word.Length > 2 && StartsWithPreposition(word) ? word[..1] : null;
    }

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

    /// <summary>
    /// A printed word as written before a suffix was added to it: a final ي was ى ("لدي" of "لديها" →
    /// "لدى") and a final ت was ta marbuta ("زيارت" of "زيارته" → "زيارة"); other words are unchanged.
    /// </summary>
    public static string PrintedBeforeSuffix(string stem) =>
        stem.Length < 2 ? stem : stem[^1] switch
        {
            'ي' => stem[..^1] + "ى",
            'ت' => stem[..^1] + "ة",
            _ => stem,
        };

    /// <summary>A printed feminine noun's singular from what is left before a plural ending: "مباحث" (of "مباحثات") → "مباحثة".</summary>
    public static string WithTaMarbuta(string stem) => stem + "ة";

    /// <summary>A normalised word without its article, when a stem of two letters or more is left: "العملية" → "عملية".</summary>
    public static string StemWithoutArticle(string word) =>
        word.Length > 3 && StartsWithArticle(word) ? word[Article.Length..] : word;

    /// <summary>
    /// A stem cut before a pronoun suffix with its ta marbuta restored: the suffix turns ة into ت
    /// ("عمليتها" → "عمليت"), and the word alone ends in ة, normalised ه ("عمليه").
    /// </summary>
    public static string RestoreTaMarbuta(string stem) => stem.EndsWith('ت') ? stem[..^1] + "ه" : stem;

    /// <summary>
    /// True when a token ends in a possessor suffix with more than two letters before it ("لقائه",
    /// "زيارتها"). Checked on the printed word: normalisation folds ta marbuta into ha, so "زيارة"
    /// would look like "زيارته".
    /// </summary>
    public static bool HasPossessorSuffix(Token token) => HasPossessorSuffix(token, PronounSuffixes.Default[SuffixRole.Possessor]);

    /// <summary>As <see cref="HasPossessorSuffix(Token)"/>, with the given suffixes (Data/text/suffixes.tsv, role possessor).</summary>
    internal static bool HasPossessorSuffix(Token token, IReadOnlyList<string> suffixes)
    {
        var word = ArabicNormalizer.WithoutMarks(token.Surface);
        return suffixes.Any(s => word.Length > s.Length + 2 && word.EndsWith(s, StringComparison.Ordinal));
    }

    /// <summary>
    /// The original offset where <paramref name="stem"/>, a segmentation's stem of the token, starts
    /// once a conjunction or preposition is left out ("ودمشق" → "دمشق", "والسوريين" → "السوريين");
    /// the article stays. The token's start when the stem is the whole word or cannot be cut off
    /// ("للرئيس", where the preposition is fused with the article).
    /// </summary>
    public static int StartAfterProclitics(Token token, string stem)
    {
        if (token.Kind != TokenKind.Word || stem == token.Norm || !token.Norm.EndsWith(stem, StringComparison.Ordinal))
            return token.Start;
        if (ProcliticsBefore(token.Norm, stem) is not { } proclitics)
            return token.Start;
        var letters = 0;
        for (var i = 0; i < token.Surface.Length; i++)
        {
            if (letters == proclitics.Length)
                return token.Start + i;
            if (!ArabicNormalizer.IsDropped(token.Surface[i]))
                letters++;
        }
        return token.Start;
    }
}
