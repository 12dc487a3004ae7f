using Marsad.Data;
using Marsad.Text;

namespace Marsad.Actors.Recognition;

/// <summary>What a name-stop word is, which decides the inflected forms that stop a name as well.</summary>
internal enum NameWordKind
{
    /// <summary>Stops only as printed ("إن", "اليوم").</summary>
    Word,

    /// <summary>Also with a pronoun ending: "لدى" → "لديها", "عند" → "عنده".</summary>
    Preposition,

    /// <summary>Also inflected for person and number, with a tense prefix or an object pronoun: "بحث" → "بحثا", "يبحثان", "هنأه".</summary>
    Verb,

    /// <summary>Also with the article, a case or plural ending or a possessive pronoun: "وفد" → "وفدا", "الوفد", "زيارته".</summary>
    Noun,
}

/// <summary>
/// The words that end (or cannot start) a name read as printed after a title: rules/name-stopwords.tsv
/// (word, kind) with the endings and prefixes of rules/name-word-endings.tsv that their kind takes.
/// Words compare as printed (diacritics dropped, letters not folded: "على" is no "علي"); before an
/// ending a final ى is written ي ("لديها") and a ta marbuta ت ("زيارته").
/// </summary>
internal sealed class NameWords
{
    private readonly Dictionary<string, NameWordKind> words = new(StringComparer.Ordinal);
    private readonly List<(string Affix, AffixPosition Position, HashSet<NameWordKind> Kinds)> affixes = [];

    /// <summary>Where an affix of rules/name-word-endings.tsv stands.</summary>
    private enum AffixPosition
    {
        Suffix,
        Prefix,

        /// <summary>A verb ending only after a present or future prefix ("يبحثان"; "سلمان" is no verb).</summary>
        Present,

        /// <summary>An ending no name has, which makes any word a verb form ("أشرفوا").</summary>
        Any,
    }

    private static readonly Lazy<NameWords> Embedded = new(Load);

    /// <summary>The shipped tables.</summary>
    public static NameWords Default => Embedded.Value;

    private static NameWords Load()
    {
        var result = new NameWords();
        foreach (var row in DataFiles.ReadTable("actors/rules/name-stopwords.tsv"))
            result.words[row.Required("word")] = ParseKind(row["kind"], row);
        foreach (var row in DataFiles.ReadTable("actors/rules/name-word-endings.tsv"))
        {
            var position = row.Required("position") switch
            {
                "prefix" => AffixPosition.Prefix,
                "suffix" => AffixPosition.Suffix,
                "present" => AffixPosition.Present,
                "any" => AffixPosition.Any,
                var other => throw new FormatException($"{row.Source}:{row.Line}: position '{other}' is not prefix|suffix|present."),
            };
            result.affixes.Add((row.Required("affix"), position, row.List("kinds").Select(k => ParseKind(k, row)).ToHashSet()));
        }
        return result;
    }

    /// <summary>The stop words as printed (every kind).</summary>
    public IReadOnlyCollection<string> Words => words.Keys;

    /// <summary>Whether a printed word (diacritics dropped) is a stop word or an inflected form of one.</summary>
    public bool Stops(string printed)
    {
        if (words.ContainsKey(printed) || Inflected(printed))
            return true;
        // A conjunction or the article in front ("وفيما", "والوفد") hides the word of the list.
        if (printed.Length > 3 && ArabicClitics.StartsWithWa(printed) && Stops(printed[1..]))
            return true;
        // So does a glued preposition before a noun ("لاستدعاء", "بزيارة").
        if (printed.Length > 4 && ArabicClitics.StartsWithPreposition(printed) && IsNoun(printed[1..]))
            return true;
        // A noun with the article: "الوفد", "العلاقات".
        var stem = ArabicClitics.WithoutArticle(printed);
        return stem != printed && stem.Length > 2 && (Is(stem, NameWordKind.Noun) || Inflected(stem, NameWordKind.Noun));
    }

    /// <summary>Whether a printed word is a listed noun or a form of one ("شؤون", "الوفد", "زيارته").</summary>
    public bool IsNoun(string printed)
    {
        var stem = ArabicClitics.WithoutArticle(printed);
        return Is(printed, NameWordKind.Noun) || Inflected(printed, NameWordKind.Noun)
            || (stem != printed && (Is(stem, NameWordKind.Noun) || Inflected(stem, NameWordKind.Noun)));
    }

    private bool Inflected(string printed, NameWordKind? only = null)
    {
        if (only is null && affixes.Any(a => a.Position == AffixPosition.Any && printed.Length >= a.Affix.Length + 3
                && printed.EndsWith(a.Affix, StringComparison.Ordinal)))
            return true;
        foreach (var (affix, position, kinds) in affixes)
        {
            var prefix = position == AffixPosition.Prefix;
            if (position is AffixPosition.Present or AffixPosition.Any || printed.Length <= affix.Length
                || !(prefix ? printed.StartsWith(affix, StringComparison.Ordinal) : printed.EndsWith(affix, StringComparison.Ordinal)))
                continue;
            var stem = prefix ? printed[affix.Length..] : printed[..^affix.Length];
            foreach (var kind in kinds.Where(k => only is null || k == only))
            {
                if (Is(stem, kind) || Is(ArabicClitics.PrintedBeforeSuffix(stem), kind)
                    || (kind == NameWordKind.Noun && !prefix && Is(ArabicClitics.WithTaMarbuta(stem), kind)))
                    return true;
                // A present or future prefix and a verb ending together: "يبحثان", "سيبحثون".
                if (prefix && kind == NameWordKind.Verb && affixes.Any(s => s.Position is AffixPosition.Suffix or AffixPosition.Present && s.Kinds.Contains(kind)
                        && stem.Length > s.Affix.Length && stem.EndsWith(s.Affix, StringComparison.Ordinal) && Is(stem[..^s.Affix.Length], kind)))
                    return true;
            }
        }
        return false;
    }

    private bool Is(string word, NameWordKind kind) => words.TryGetValue(word, out var k) && k == kind;

    private static NameWordKind ParseKind(string? value, TsvRow row) => value switch
    {
        null or "word" => NameWordKind.Word,
        "preposition" => NameWordKind.Preposition,
        "verb" => NameWordKind.Verb,
        "noun" => NameWordKind.Noun,
        _ => throw new FormatException($"{row.Source}:{row.Line}: kind '{value}' is not word|preposition|verb|noun."),
    };
}
