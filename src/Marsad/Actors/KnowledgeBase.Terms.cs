using System.Globalization;
using Marsad.Data;

namespace Marsad.Actors;

/// <summary>How the roles tables write a term: its dates and whether they are confirmed.</summary>
public sealed partial class KnowledgeBase
{
    /// <summary>Words of a role note that mark its dates as not confirmed (see <see cref="RoleSpan.Unverified"/>).</summary>
    private static readonly string[] UnverifiedMarks = ["unverified", "uncertain"];

    /// <summary>Whether a role note marks the term's dates as not confirmed ("dates unverified", "start uncertain").</summary>
    internal static bool IsUnverified(string? note) =>
        note is not null && UnverifiedMarks.Any(m => note.Contains(m, StringComparison.OrdinalIgnoreCase));

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
