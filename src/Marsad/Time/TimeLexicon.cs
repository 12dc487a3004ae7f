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
    /// <summary>After a day: the month of the date the text named just before, "في 20 من الشهر نفسه".</summary>
    SameMonth,
    /// <summary>A count of days before publication: "قبل يومين" (offset 2), unless what follows names the day counted from.</summary>
    Ago,
}

/// <summary>What a relation word says (the offset column of a relation row).</summary>
internal enum RelationWord
{
    Current,
    Previous,
    Next,

    /// <summary>"قبل الماضي": the one before the previous (a weekday two weeks back at most).</summary>
    BeforePrevious,
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

    /// <summary>A verb of lasting ("ستستمر", "تتواصل"): what goes on after the text was written.</summary>
    Lasting,

    /// <summary>"حتى", "لغاية": the day something lasts to.</summary>
    Until,

    /// <summary>"عقب اختتام", "إثر": what the word governs is over; it says nothing of the rest of the sentence.</summary>
    After,
}

/// <summary>The temporal rule tables of Data/time/ (part of <see cref="Pipeline.MarsadRules"/>).</summary>
internal sealed class TimeLexicon
{
    /// <summary>The tables of <paramref name="files"/>: the shipped ones with any --rules overlay.</summary>
    public TimeLexicon(RuleFiles files)
        : this(files.Table)
    {
    }

    /// <summary>The tables as <paramref name="readTable"/> gives them (tests pass tables with a row left out).</summary>
    internal TimeLexicon(Func<string, IReadOnlyList<TsvRow>> readTable)
    {
        PhraseMatcher<LexiconEntry<T>> Load<T>(string path, Func<TsvRow, T> value) => LoadPhrases(readTable(path), value);
        Months = Load("time/months.tsv", r => new MonthName(Int(r, "month"), r.Required("system"), YesNo(r, "alone")));
        Weekdays = Load("time/weekdays.tsv", r => (DayOfWeek)Int(r, "day"));
        Hijri = Load("time/hijri.tsv", r => Int(r, "month"));
        var ordinals = readTable("time/ordinals.tsv");
        Ordinals = LoadPhrases(ordinals, r => Int(r, "value"));
        Relative = Load("time/relative.tsv", RelativeRow);
        Parts = Load("time/parts.tsv", r => new PeriodPart(r.Required("id"), Int(r, "month_from"), Int(r, "month_to"), Int(r, "year_from"), Int(r, "year_to")));
        Context = Load("time/context.tsv", r => Closed<ContextKind>(r, "kind"));
        FunctionWords = new TimeFunctionWords(readTable("time/function-words.tsv"));
        PageLabels = new PageLabels(Load("time/page-labels.tsv", r => Closed<PageLabelKind>(r, "kind")));
        Anchors = new WorldAnchors(readTable("time/anchors.tsv"));
        Meetings = new WorldMeetings(readTable("time/meeting-series.tsv"), readTable("time/meetings.tsv"), readTable("time/meeting-attendance.tsv"),
            new EditionOrdinals(Ordinals, ordinals, readTable("time/edition-ordinals.tsv")));
    }

    /// <summary>World events that bound a publication day (Data/time/anchors.tsv).</summary>
    internal WorldAnchors Anchors { get; }

    /// <summary>Dated editions of recurring meetings (Data/time/meeting-series.tsv, meetings.tsv).</summary>
    internal WorldMeetings Meetings { get; }

    public PhraseMatcher<LexiconEntry<MonthName>> Months { get; }
    public PhraseMatcher<LexiconEntry<DayOfWeek>> Weekdays { get; }
    public PhraseMatcher<LexiconEntry<int>> Hijri { get; }
    public PhraseMatcher<LexiconEntry<int>> Ordinals { get; }
    public PhraseMatcher<LexiconEntry<RelativeEntry>> Relative { get; }
    public PhraseMatcher<LexiconEntry<PeriodPart>> Parts { get; }

    /// <summary>Past and future cues (Data/time/context.tsv).</summary>
    public PhraseMatcher<LexiconEntry<ContextKind>> Context { get; }

    /// <summary>Cues, connectors and era markers of the grammar (Data/time/function-words.tsv).</summary>
    internal TimeFunctionWords FunctionWords { get; }

    /// <summary>Labels pages print before their own dates (Data/time/page-labels.tsv).</summary>
    internal PageLabels PageLabels { get; }

    internal static int Int(TsvRow row, string column) =>
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

    /// <summary>A relative row: a relation's offset is its relation word, a daypart and the same month have none, the others count.</summary>
    private static RelativeEntry RelativeRow(TsvRow row) => Closed<RelativeKind>(row, "kind") switch
    {
        RelativeKind.Relation => new RelativeEntry(RelativeKind.Relation, 0, Closed<RelationWord>(row, "offset")),
        var kind and (RelativeKind.Daypart or RelativeKind.SameMonth) => new RelativeEntry(kind, 0),
        var kind => new RelativeEntry(kind, Int(row, "offset")),
    };

    /// <summary>
    /// A table's forms as phrases: a token matches a word when one of its clitic readings equals it
    /// ("وفي" → "في", "بالأمس" → "الأمس"/"أمس"); of the phrases at a position, the most literal
    /// reading of the first word that starts one gives its longest.
    /// </summary>
    internal static readonly PhraseMatcherOptions Phrases = new() { Preference = MatchPreference.FirstReading };

    private static PhraseMatcher<LexiconEntry<T>> LoadPhrases<T>(IReadOnlyList<TsvRow> rows, Func<TsvRow, T> value)
    {
        var matcher = new PhraseMatcher<LexiconEntry<T>>(Phrases);
        foreach (var row in rows)
        {
            var v = value(row);
            var id = row.Required("id");
            foreach (var form in row.List("forms"))
            {
                var words = FormWords(form);
                matcher.Add(words, new LexiconEntry<T>(id, words, form, v));
            }
        }
        return matcher;
    }

    /// <summary>Normalised words of a lexicon form; "/" and "-" separate words like spaces do.</summary>
    internal static string[] FormWords(string form) =>
        ArabicNormalizer.Key(form).Split([' ', '-', '/'], StringSplitOptions.RemoveEmptyEntries);
}
