using System.Globalization;
using Marsad.Data;

namespace Marsad.Actors;

/// <summary>How the roles tables write a term: its dates and how sure they are.</summary>
public sealed partial class KnowledgeBase
{
    private Dictionary<(string Country, string Role), RoleSpan[]>? termsByOffice;

    /// <summary>
    /// Every term by office (country, role), in date order (ties in the order the tables list them): built once
    /// the tables are read, so that asking who held an office does not scan every person's terms.
    /// </summary>
    private Dictionary<(string Country, string Role), RoleSpan[]> TermsByOffice =>
        LazyInitializer.EnsureInitialized(ref termsByOffice, () => roles.Values.SelectMany(l => l)
            .GroupBy(r => (r.Country, r.Role))
            .ToDictionary(g => g.Key, g => g.OrderBy(r => r.From).ToArray()));

    /// <summary>
    /// A hash of the tables this base was loaded from (the recognition rules come from the assembly,
    /// whose version stored annotations record apart): annotations made with another base are stale.
    /// </summary>
    internal string Fingerprint { get; private set; } = "";

    /// <summary>Words of a role note that mark a date as not confirmed.</summary>
    private static readonly string[] DoubtMarks = ["unverified", "uncertain"];

    /// <summary>A row of a roles table: the term with its dates and how sure its note says they are.</summary>
    private static RoleSpan ReadTerm(TsvRow r)
    {
        var (fromDoubt, toDoubt) = DoubtOf(r["note"]);
        return new RoleSpan(r.Required("person_id"), r["country"] ?? "", r.Required("role"),
            ParseDate(r["from"], start: true, r), ParseDate(r["to"], start: false, r), fromDoubt, toDoubt);
    }

    /// <summary>
    /// How sure the ends of a term are, by its note: each clause (between semicolons) with a doubt mark
    /// doubts the end it names ("start ...", "end ..."), else both; the word before the mark says how far
    /// ("month uncertain": <see cref="DateDoubt.Month"/>, "day uncertain": <see cref="DateDoubt.Day"/>,
    /// anything else, "date", "year" or nothing: <see cref="DateDoubt.Open"/>).
    /// </summary>
    internal static (DateDoubt From, DateDoubt To) DoubtOf(string? note)
    {
        var (from, to) = (DateDoubt.None, DateDoubt.None);
        foreach (var clause in (note ?? "").ToLowerInvariant().Split(';'))
        {
            var words = clause.Split([' ', ',', '(', ')'], StringSplitOptions.RemoveEmptyEntries);
            var mark = Array.FindIndex(words, w => DoubtMarks.Contains(w));
            if (mark < 0)
                continue;
            var doubt = mark == 0 ? DateDoubt.Open : words[mark - 1] switch
            {
                "month" => DateDoubt.Month,
                "day" => DateDoubt.Day,
                _ => DateDoubt.Open,
            };
            var before = words[..mark];
            var start = Array.LastIndexOf(before, "start");
            var end = Array.LastIndexOf(before, "end");
            if (start >= end)
                from = Max(from, doubt);
            if (end >= start)
                to = Max(to, doubt);
        }
        return (from, to);
    }

    private static DateDoubt Max(DateDoubt a, DateDoubt b) => a > b ? a : b;

    /// <summary>
    /// yyyy, yyyy-mm or yyyy-mm-dd, widened to the interval it names: a start date takes the first
    /// day, an end date the last.
    /// </summary>
    internal static DateOnly? ParseDate(string? value, bool start, TsvRow? row = null)
    {
        if (string.IsNullOrWhiteSpace(value))
            return null;
        var parts = value.Trim().Split('-');
        try
        {
            var year = int.Parse(parts[0], CultureInfo.InvariantCulture);
            if (parts.Length == 1)
                return start ? new DateOnly(year, 1, 1) : new DateOnly(year, 12, 31);
            var month = int.Parse(parts[1], CultureInfo.InvariantCulture);
            if (parts.Length == 2)
                return start ? new DateOnly(year, month, 1) : new DateOnly(year, month, DateTime.DaysInMonth(year, month));
            return new DateOnly(year, month, int.Parse(parts[2], CultureInfo.InvariantCulture));
        }
        catch (Exception e) when (e is FormatException or ArgumentOutOfRangeException or OverflowException)
        {
            throw new FormatException($"{row?.Source}:{row?.Line}: date '{value}' is not yyyy, yyyy-mm or yyyy-mm-dd.", e);
        }
    }
}
