using System.Text;

namespace Marsad.Text;

/// <summary>
/// Normalisation of Arabic for matching, never for display. Folds the variation that news
/// spelling does not use to distinguish words: hamza carriers and alef forms, alef maqsura,
/// ta marbuta, Persian letter forms, tatweel, diacritics, bidi and joiner controls, presentation
/// forms, Arabic-Indic digits, and Latin case. Every output character keeps the original range
/// it came from (<see cref="NormalizedText"/>).
/// </summary>
internal static class ArabicNormalizer
{
    // Longest compatibility decomposition of an Arabic presentation form: U+FDFA gives 18 characters.
    private const int MaxFold = 32;

    // One lookup per character instead of two range tests and a switch: the table is filled from
    // IsDropped/FoldBase themselves, so it cannot disagree with them. Presentation forms, which
    // may expand to several characters, take the slow path through Fold.
    private const char DroppedMark = '\uFFFF';
    private static readonly char[] Table = BuildTable();

    private static char[] BuildTable()
    {
        var table = new char[char.MaxValue + 1];
        for (var i = 0; i <= char.MaxValue; i++)
        {
            var c = (char)i;
            table[i] = IsDropped(c) ? DroppedMark : IsPresentationForm(c) ? c : FoldBase(c);
        }
        return table;
    }

    private static bool IsPresentationForm(char c) => c is >= '\uFB50' and <= '\uFDFF' or >= '\uFE70' and <= '\uFEFE';

    private static bool IsDroppedFast(char c, char folded) => folded == DroppedMark && c != DroppedMark;

    /// <summary>Normalises a text and keeps the offset map.</summary>
    public static NormalizedText Normalize(string original)
    {
        var capacity = original.Length + 16;
        var value = new char[capacity];
        var starts = new int[capacity];
        var ends = new int[capacity];
        var count = 0;
        Span<char> buffer = stackalloc char[MaxFold];
        var table = Table;

        for (var i = 0; i < original.Length; i++)
        {
            var c = original[i];
            var folded = table[c];
            if (c == '\u0640' && IsLoneTatweel(original, i))
            {
                // "23 ـ 24", "بغداد ـ": a tatweel between spaces is printed as a dash, not to stretch a letter.
                value[count] = '-';
                starts[count] = i;
                ends[count] = i + 1;
                count++;
                continue;
            }
            if (IsDroppedFast(c, folded))
            {
                // Marks belong to the letter before them: widen that letter's original range.
                if (count > 0 && ends[count - 1] == i)
                    ends[count - 1] = i + 1;
                continue;
            }
            if (!IsPresentationForm(c))
            {
                value[count] = folded;
                starts[count] = i;
                ends[count] = i + 1;
                count++;
                continue;
            }
            var written = Fold(c, buffer);
            // The fast path writes without checks: keep room for one character per remaining input.
            if (count + written + (original.Length - i) > value.Length)
            {
                var grown = Math.Max(value.Length * 2, count + written + original.Length - i);
                Array.Resize(ref value, grown);
                Array.Resize(ref starts, grown);
                Array.Resize(ref ends, grown);
            }
            for (var k = 0; k < written; k++)
            {
                value[count] = buffer[k];
                starts[count] = i;
                ends[count] = i + 1;
                count++;
            }
        }
        Array.Resize(ref starts, count);
        Array.Resize(ref ends, count);
        return new NormalizedText(original, new string(value, 0, count), starts, ends);
    }

    /// <summary>A tatweel with only spaces (or the text's ends) beside it, marks aside.</summary>
    private static bool IsLoneTatweel(string text, int i)
    {
        var before = i - 1;
        while (before >= 0 && IsDropped(text[before]))
            before--;
        var after = i + 1;
        while (after < text.Length && IsDropped(text[after]))
            after++;
        return (before < 0 || char.IsWhiteSpace(text[before])) && (after == text.Length || char.IsWhiteSpace(text[after]));
    }

    /// <summary>Normalised form of a short string (a lexicon entry, a query), without the map.</summary>
    public static string Key(string text)
    {
        var sb = new StringBuilder(text.Length);
        Span<char> buffer = stackalloc char[MaxFold];
        var table = Table;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var folded = table[c];
            if (c == '\u0640' && IsLoneTatweel(text, i))
            {
                sb.Append('-');
                continue;
            }
            if (IsDroppedFast(c, folded))
                continue;
            if (!IsPresentationForm(c))
            {
                sb.Append(folded);
                continue;
            }
            var written = Fold(c, buffer);
            sb.Append(buffer[..written]);
        }
        return sb.ToString();
    }

    /// <summary>A word as printed without its marks (<see cref="IsDropped"/>), letters not folded: "زيارةٌ" → "زيارة".</summary>
    public static string WithoutMarks(string surface) => new(surface.Where(c => !IsDropped(c)).ToArray());

    /// <summary>Diacritics, Quranic marks, tatweel, bidi and zero-width controls: removed for matching.</summary>
    public static bool IsDropped(char c) =>
        c is >= '\u064B' and <= '\u065F'   // harakat, tanwin, shadda, sukun, hamza marks
        or '\u0670'                          // superscript alef
        or >= '\u0610' and <= '\u061A'     // honorifics and small signs
        or >= '\u06D6' and <= '\u06ED'     // Quranic annotation
        or '\u0640'                          // tatweel
        or '\u061C'                          // Arabic letter mark
        or '\u200B' or '\u200C' or '\u200D' or '\u200E' or '\u200F' or '\uFEFF'
        or >= '\u202A' and <= '\u202E'
        or >= '\u2066' and <= '\u2069'
        or '\u00AD';                         // soft hyphen

    /// <summary>Writes the folded form of one character; returns how many characters were written (ligatures give several).</summary>
    private static int Fold(char c, Span<char> output)
    {
        // Presentation forms (FB50–FDFF, FE70–FEFF) decompose to base letters; lam-alef ligatures give two.
        if (IsPresentationForm(c))
        {
            var decomposed = c.ToString().Normalize(NormalizationForm.FormKC);
            var n = 0;
            foreach (var d in decomposed)
            {
                if (IsDropped(d) || n >= output.Length)
                    continue;
                output[n++] = FoldBase(d);
            }
            return n;
        }
        output[0] = FoldBase(c);
        return 1;
    }

    private static char FoldBase(char c) => c switch
    {
        'أ' or 'إ' or 'آ' or 'ٱ' or 'ٲ' or 'ٳ' => 'ا',
        'ى' or 'ی' or 'ې' or 'ئ' => 'ي',
        'ة' or 'ۃ' => 'ه',
        'ؤ' => 'و',
        'ک' => 'ك',
        'ہ' or 'ھ' => 'ه',
        >= '٠' and <= '٩' => (char)('0' + (c - '٠')),
        >= '۰' and <= '۹' => (char)('0' + (c - '۰')),
        '\u00A0' or '\u2002' or '\u2003' or '\u2009' or '\u202F' => ' ',
        '“' or '”' or '„' or '″' => '"',
        '‘' or '’' => '\'',
        '–' or '—' => '-',
        >= 'A' and <= 'Z' => (char)(c + 32),
        _ => c,
    };

    /// <summary>True for Arabic-script letters (after normalisation) and Latin letters.</summary>
    public static bool IsLetter(char c) =>
        c is >= '\u0621' and <= '\u064A' or >= '\u0671' and <= '\u06D3' or >= '\u06FA' and <= '\u06FC'
        || char.IsLetter(c);
}
