using Marsad.Data;
using Marsad.Text;

namespace Marsad.Time;

/// <summary>What a function word does in the time stage: the role column of Data/time/function-words.tsv.</summary>
internal enum TimeWordRole
{
    /// <summary>"في 2019": a preposition before a bare year, left out of the expression.</summary>
    YearPreposition,
    /// <summary>"عام 2019": the word for year before a bare year.</summary>
    YearWord,
    /// <summary>"من 16 إلى 17 شباط": between two days or two dates.</summary>
    RangeConnector,
    /// <summary>"1445 هـ": a Hijri era after a year.</summary>
    HijriEra,
    /// <summary>"2019 م": a Gregorian era after a year.</summary>
    GregorianEra,
    /// <summary>"يوم الجمعة": the word for day before a weekday or a date.</summary>
    DayWord,
    /// <summary>"من شهر رمضان": the word for month before a month name.</summary>
    MonthWord,
    /// <summary>"اليوم", "الشهر": a day-word or month-word with the article, which is not a cue.</summary>
    DefiniteUnit,
    /// <summary>"17 من شباط": between a day and its month.</summary>
    Of,
    /// <summary>"منذ مطلع العام": the current year, named with no qualifier.</summary>
    BareYear,
    /// <summary>"أواخر الشهر": the current month, named with no qualifier.</summary>
    BareMonth,
    /// <summary>"اليوم الأربعاء 15 كانون الثاني 2025": a full date after it is the publication day.</summary>
    TodayCue,
    /// <summary>"22nd, March 2024": the Latin ordinal ending glued to a day's digits on English-style page dates.</summary>
    OrdinalSuffix,
    /// <summary>"22-أبريل-2024", "23/مايو/2024": a separator glued between the parts of a printed date.</summary>
    DateSeparator,
    /// <summary>"الموافق": introduces a day's equivalent, the Hijri of a printed date ("الموافق 20 جمادى الأولى 1446") or the date of a weekday ("الخميس الموافق 27 مارس").</summary>
    Equivalent,
    /// <summary>"29.8 C": the unit of a temperature in a weather widget printed beside the site's date.</summary>
    WeatherUnit,
    /// <summary>"بواسطة المحرر · 15 أبريل 2025 · لا توجد تعليقات": a word of the byline line a page prints its date on.</summary>
    BylineWord,
    /// <summary>"قبل يومين من القمة": after a count of days, what follows is the day counted from, not publication.</summary>
    CountedFrom,
    /// <summary>"زار دمشق قبل شهر رمضان": a date right after it is one the event came before, no day the text was written after.</summary>
    Before,
}

/// <summary>
/// The function words of the time stage (Data/time/function-words.tsv), normalised, by role.
/// A role is asked in one of two ways: <see cref="IsWritten"/> compares the token as written
/// (so "وفي" is its own row), <see cref="IsRead"/> accepts any of its clitic readings.
/// </summary>
internal sealed class TimeFunctionWords
{
    private readonly Dictionary<TimeWordRole, HashSet<string>> _byRole;

    public TimeFunctionWords(IEnumerable<TsvRow> rows)
    {
        _byRole = Enum.GetValues<TimeWordRole>().ToDictionary(r => r, _ => new HashSet<string>(StringComparer.Ordinal));
        foreach (var row in rows)
            _byRole[ParseRole(row)].Add(ArabicNormalizer.Key(row.Required("word")));
        var eras = _byRole[TimeWordRole.HijriEra].Concat(_byRole[TimeWordRole.GregorianEra]);
        AttachedEras = new HashSet<string>(eras.Where(e => e.Length == 1), StringComparer.Ordinal);
    }

    /// <summary>The normalised words of a role.</summary>
    public IReadOnlySet<string> this[TimeWordRole role] => _byRole[role];

    /// <summary>One-letter eras, which may also be glued to the digits of a year: "1445هـ", "2019م".</summary>
    public IReadOnlySet<string> AttachedEras { get; }

    /// <summary>True when the token as written (normalised) is a word of the role.</summary>
    public bool IsWritten(TimeWordRole role, Token token) => _byRole[role].Contains(token.Norm);

    /// <summary>True when one of the token's clitic readings is a word of the role ("وسنة" reads "سنة").</summary>
    public bool IsRead(TimeWordRole role, Token token)
    {
        var words = _byRole[role];
        foreach (var reading in token.Readings)
            if (words.Contains(reading))
                return true;
        return false;
    }

    private static readonly Dictionary<string, TimeWordRole> RolesByName =
        Enum.GetValues<TimeWordRole>().ToDictionary(KebabCase, r => r, StringComparer.Ordinal);

    /// <summary>The role column's name of a role: <see cref="TimeWordRole.YearPreposition"/> → "year-preposition".</summary>
    internal static string KebabCase(TimeWordRole role) =>
        string.Concat(role.ToString().Select((c, i) => char.IsUpper(c) ? (i > 0 ? "-" : "") + char.ToLowerInvariant(c) : c.ToString()));

    private static TimeWordRole ParseRole(TsvRow row) =>
        RolesByName.TryGetValue(row.Required("role"), out var role)
            ? role
            : throw new FormatException($"{row.Source}:{row.Line}: unknown role '{row["role"]}' (known: {string.Join(", ", RolesByName.Keys)}).");
}
