using System.Buffers.Text;
using System.Globalization;
using System.Text;
using Marsad.Events;
using Marsad.Export;

namespace Marsad.Cli.Web;

/// <summary>
/// Pages of /api/events. The order is the timeline's (<see cref="TimelineQuery.Timeline"/>), a
/// total order on (dated, last day, days, first day, id), and a cursor is the opaque key of the
/// last event a page gave: the next page starts after that key. Keyed rather than counted, a
/// cursor stays good when a new analysis is saved between two pages (no event of a page is given
/// twice); only an event whose dates the new analysis moved can be missed or met again.
/// </summary>
internal static class EventPaging
{
    /// <summary>Events per page when the request names no limit.</summary>
    public const int DefaultLimit = 100;

    /// <summary>The most events one page gives; a larger limit is lowered to it.</summary>
    public const int MaxLimit = 1000;

    private const string Version = "1";

    /// <summary>One page: the matching events after <paramref name="after"/> (all when null), how many match in all, and the cursor of the next page (null on the last).</summary>
    public static (IReadOnlyList<Event> Events, int Total, string? Next) Page(IReadOnlyList<Event> timeline, TimelineQuery query, TimelineKey? after, int limit)
    {
        var start = after is { } key ? FirstAfter(timeline, key) : 0;
        var page = new List<Event>(Math.Min(limit, timeline.Count));
        var total = 0;
        var more = false;
        for (var i = 0; i < timeline.Count; i++)
        {
            var e = timeline[i];
            if (!query.Matches(e))
                continue;
            total++;
            if (i < start)
                continue;
            if (page.Count < limit)
                page.Add(e);
            else
                more = true;
        }
        return (page, total, more ? Encode(TimelineKey.Of(page[^1])) : null);
    }

    /// <summary>The limit a request asked for (null: the default), or an error; above <see cref="MaxLimit"/> it is lowered.</summary>
    public static bool TryLimit(string? text, out int limit, out string? error)
    {
        error = null;
        limit = DefaultLimit;
        if (text is null)
            return true;
        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var asked) || asked < 1)
        {
            error = $"limit must be a whole number from 1 to {MaxLimit}";
            return false;
        }
        limit = Math.Min(asked, MaxLimit);
        return true;
    }

    public static string Encode(TimelineKey key) =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes(string.Join('|', Version, key.Undated ? "u" : "d",
            key.To.ToString("O", CultureInfo.InvariantCulture), key.Days.ToString(CultureInfo.InvariantCulture),
            key.From.ToString("O", CultureInfo.InvariantCulture), key.Id)));

    /// <summary>The key a cursor holds, or false for anything this server did not give out.</summary>
    public static bool TryDecode(string cursor, out TimelineKey key)
    {
        key = default;
        string text;
        try
        {
            text = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(cursor));
        }
        catch (FormatException)
        {
            return false;
        }
        var parts = text.Split('|', 6);
        if (parts.Length != 6 || parts[0] != Version || parts[1] is not ("u" or "d")
            || !DateOnly.TryParseExact(parts[2], "O", CultureInfo.InvariantCulture, DateTimeStyles.None, out var to)
            || !int.TryParse(parts[3], NumberStyles.None, CultureInfo.InvariantCulture, out var days)
            || !DateOnly.TryParseExact(parts[4], "O", CultureInfo.InvariantCulture, DateTimeStyles.None, out var from))
            return false;
        key = new TimelineKey(parts[1] == "u", to, days, from, parts[5]);
        return true;
    }

    /// <summary>The index of the first event whose key is above <paramref name="key"/> (binary search: the timeline is sorted by it).</summary>
    private static int FirstAfter(IReadOnlyList<Event> timeline, TimelineKey key)
    {
        int low = 0, high = timeline.Count;
        while (low < high)
        {
            var middle = low + ((high - low) / 2);
            if (TimelineKey.Of(timeline[middle]).CompareTo(key) <= 0)
                low = middle + 1;
            else
                high = middle;
        }
        return low;
    }
}

/// <summary>Where an event stands in timeline order; compares as <see cref="TimelineQuery.Timeline"/> sorts.</summary>
internal readonly record struct TimelineKey(bool Undated, DateOnly To, int Days, DateOnly From, string Id) : IComparable<TimelineKey>
{
    public static TimelineKey Of(Event e) => e.When is { } when
        ? new TimelineKey(false, when.To, when.Days, when.From, e.Id)
        : new TimelineKey(true, DateOnly.MaxValue, int.MaxValue, DateOnly.MaxValue, e.Id);

    public int CompareTo(TimelineKey other)
    {
        var c = Undated.CompareTo(other.Undated);
        if (c == 0)
            c = To.CompareTo(other.To);
        if (c == 0)
            c = Days.CompareTo(other.Days);
        if (c == 0)
            c = From.CompareTo(other.From);
        return c != 0 ? c : string.CompareOrdinal(Id, other.Id);
    }
}
