using System.Globalization;
using Marsad.Data;
using Marsad.Text;

namespace Marsad.Time;

/// <summary>One lexicon entry: the row id it came from, the normalised words, and what it means.</summary>
/// <param name="Id">The row id.</param>
/// <param name="Words">The normalised words.</param>
/// <param name="Form">The form as the table writes it.</param>
/// <param name="Value">What it means.</param>
public sealed record LexiconEntry<T>(string Id, IReadOnlyList<string> Words, string Form, T Value);

/// <summary>
/// Multi-word phrases matched on tokens, longest first. A token matches a lexicon word when one of
/// its clitic readings equals it ("وفي" → "في", "بالأمس" → "الأمس"/"أمس").
/// </summary>
public sealed class PhraseLexicon<T>
{
    private readonly Dictionary<string, List<LexiconEntry<T>>> _byFirst = new(StringComparer.Ordinal);

    /// <summary>A lexicon of the entries, indexed by their first word.</summary>
    public PhraseLexicon(IEnumerable<LexiconEntry<T>> entries)
    {
        foreach (var e in entries)
        {
            if (!_byFirst.TryGetValue(e.Words[0], out var list))
                _byFirst[e.Words[0]] = list = [];
            list.Add(e);
        }
        foreach (var list in _byFirst.Values)
            list.Sort((a, b) => b.Words.Count.CompareTo(a.Words.Count));
    }

    /// <summary>Every entry.</summary>
    public IEnumerable<LexiconEntry<T>> Entries => _byFirst.Values.SelectMany(l => l);

    /// <summary>The longest entry starting at token <paramref name="i"/>, with the index after it.</summary>
    public (LexiconEntry<T> Entry, int End)? Match(IReadOnlyList<Token> tokens, int i, Func<Token, string, bool>? matches = null) =>
        i >= tokens.Count ? null : Match(tokens, i, tokens[i].Readings, matches ?? TokenMatches);

    /// <summary>As <see cref="Match(IReadOnlyList{Token}, int, Func{Token, string, bool}?)"/>, with the keys the first token may stand for given.</summary>
    public (LexiconEntry<T> Entry, int End)? Match(IReadOnlyList<Token> tokens, int i, IEnumerable<string> firstKeys, Func<Token, string, bool> matches)
    {
        foreach (var reading in firstKeys)
        {
            if (!_byFirst.TryGetValue(reading, out var list))
                continue;
            foreach (var e in list)
            {
                var j = i + 1;
                var ok = true;
                for (var w = 1; w < e.Words.Count && ok; w++, j++)
                    ok = j < tokens.Count && matches(tokens[j], e.Words[w]);
                if (ok)
                    return (e, j);
            }
        }
        return null;
    }

    /// <summary>True when one of the token's clitic readings is <paramref name="word"/>.</summary>
    public static bool TokenMatches(Token token, string word)
    {
        foreach (var r in token.Readings)
            if (r == word)
                return true;
        return false;
    }

    /// <summary>Normalised words of a lexicon form; "/" and "-" separate words like spaces do.</summary>
    public static string[] Words(string form) =>
        ArabicNormalizer.Key(form).Split([' ', '-', '/'], StringSplitOptions.RemoveEmptyEntries);
}

internal sealed record MonthName(int Month, string System, bool Alone);
internal sealed record PeriodPart(string Id, int MonthFromDay, int MonthToDay, int YearFromMonth, int YearToMonth);

/// <summary>What a row of Data/time/relative.tsv is: its kind column.</summary>
internal enum RelativeKind
{
    /// <summary>A day counted from publication: "أمس" (offset -1).</summary>
    Day,
    /// <summary>A calendar week counted from publication's (weeks start on Saturday): "الأسبوع الماضي".</summary>
    Week,
    /// <summary>A calendar month counted from publication's: "الشهر المقبل".</summary>
    Month,
    /// <summary>A calendar year counted from publication's: "العام الماضي".</summary>
    Year,
    /// <summary>A part of a day, absorbed into the day expression after it: "مساء".</summary>
    Daypart,
    /// <summary>After a month or a weekday: "الجاري", "الماضي", "المقبل".</summary>
    Relation,
    /// <summary>After a day: how many days the event lasts, "على مدى يومين".</summary>
    Duration,
}

/// <summary>What a relation word says (the offset column of a relation row).</summary>
internal enum RelationWord
{
    Current,
    Previous,
    Next,
}

/// <summary>
/// A row of Data/time/relative.tsv. <see cref="Offset"/> counts days, weeks, months or years from
/// publication, or the days of a duration; a relation row has its <see cref="Relation"/> instead.
/// </summary>
internal sealed record RelativeEntry(RelativeKind Kind, int Offset, RelationWord? Relation = null);

/// <summary>Whether a cue of Data/time/context.tsv reports what happened or announces what is planned.</summary>
internal enum ContextKind
{
    Past,
    Future,
}

/// <summary>The temporal rule tables of Data/time/, loaded once.</summary>
internal sealed class TimeLexicon
{
    private static readonly Lazy<TimeLexicon> Embedded = new(() => new TimeLexicon());

    public static TimeLexicon Default => Embedded.Value;

    private TimeLexicon()
        : this(DataFiles.ReadTable)
    {
    }

    /// <summary>The tables as <paramref name="readTable"/> gives them (tests pass tables with a row left out).</summary>
    internal TimeLexicon(Func<string, IReadOnlyList<TsvRow>> readTable)
    {
        PhraseLexicon<T> Load<T>(string path, Func<TsvRow, T> value) => LoadPhrases(readTable(path), value);
        Months = Load("time/months.tsv", r => new MonthName(Int(r, "month"), r.Required("system"), YesNo(r, "alone")));
        Weekdays = Load("time/weekdays.tsv", r => (DayOfWeek)Int(r, "day"));
        Hijri = Load("time/hijri.tsv", r => Int(r, "month"));
        Ordinals = Load("time/ordinals.tsv", r => Int(r, "value"));
        Relative = Load("time/relative.tsv", RelativeRow);
        Parts = Load("time/parts.tsv", r => new PeriodPart(r.Required("id"), Int(r, "month_from"), Int(r, "month_to"), Int(r, "year_from"), Int(r, "year_to")));
        Context = Load("time/context.tsv", r => Closed<ContextKind>(r, "kind"));
        FunctionWords = new TimeFunctionWords(readTable("time/function-words.tsv"));
    }

    public PhraseLexicon<MonthName> Months { get; }
    public PhraseLexicon<DayOfWeek> Weekdays { get; }
    public PhraseLexicon<int> Hijri { get; }
    public PhraseLexicon<int> Ordinals { get; }
    public PhraseLexicon<RelativeEntry> Relative { get; }
    public PhraseLexicon<PeriodPart> Parts { get; }

    /// <summary>Past and future cues (Data/time/context.tsv).</summary>
    public PhraseLexicon<ContextKind> Context { get; }

    /// <summary>Cues, connectors and era markers of the grammar (Data/time/function-words.tsv).</summary>
    internal TimeFunctionWords FunctionWords { get; }

    private static int Int(TsvRow row, string column) =>
        int.TryParse(row.Required(column), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n)
            ? n
            : throw new FormatException($"{row.Source}:{row.Line}: column '{column}' is not a number: '{row[column]}'.");

    /// <summary>A closed vocabulary: the column's word must name a value of <typeparamref name="T"/> ("day" → Day).</summary>
    private static T Closed<T>(TsvRow row, string column)
        where T : struct, Enum
    {
        var word = row.Required(column);
        return char.IsLetter(word[0]) && Enum.TryParse<T>(word, ignoreCase: true, out var value) && Enum.IsDefined(value)
            ? value
            : throw new FormatException($"{row.Source}:{row.Line}: column '{column}' is '{word}', not one of {string.Join(", ", Enum.GetNames<T>()).ToLowerInvariant()}.");
    }

    private static bool YesNo(TsvRow row, string column) => row.Required(column) switch
    {
        "yes" => true,
        "no" => false,
        var other => throw new FormatException($"{row.Source}:{row.Line}: column '{column}' is '{other}', not yes or no."),
    };

    /// <summary>A relative row: a relation's offset is its relation word, a daypart has none, the others count.</summary>
    private static RelativeEntry RelativeRow(TsvRow row) => Closed<RelativeKind>(row, "kind") switch
    {
        RelativeKind.Relation => new RelativeEntry(RelativeKind.Relation, 0, Closed<RelationWord>(row, "offset")),
        RelativeKind.Daypart => new RelativeEntry(RelativeKind.Daypart, 0),
        var kind => new RelativeEntry(kind, Int(row, "offset")),
    };

    private static PhraseLexicon<T> LoadPhrases<T>(IReadOnlyList<TsvRow> rows, Func<TsvRow, T> value) =>
        new(rows.SelectMany(row =>
        {
            var v = value(row);
            var id = row.Required("id");
            return row.List("forms").Select(f => new LexiconEntry<T>(id, PhraseLexicon<T>.Words(f), f, v));
        }));
}
