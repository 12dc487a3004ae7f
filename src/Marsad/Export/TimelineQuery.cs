using Marsad.Events;
using Marsad.Time;

namespace Marsad.Export;

/// <summary>
/// Filters over the event timeline, shared by the CLI, the REST API and the report. Every filter is
/// optional; all given filters must hold. Dates use overlap semantics: an event whose interval
/// touches [From, To] is kept, because its true day may lie inside; an undated event is dropped as
/// soon as a date bound is given.
/// </summary>
internal sealed record TimelineQuery
{
    /// <summary>Two ISO3 countries that must both take part, in either order.</summary>
    public CountryPair? Pair { get; init; }

    /// <summary>A country that must take part (or be where the event happened).</summary>
    public string? Country { get; init; }

    public DateOnly? From { get; init; }
    public DateOnly? To { get; init; }

    /// <summary>PLOVER type, e.g. consult.</summary>
    public string? Type { get; init; }

    /// <summary>PLOVER mode, e.g. phone; "none" keeps events without a mode.</summary>
    public string? Mode { get; init; }

    /// <summary>occurred | planned | denied.</summary>
    public EventStatus? Status { get; init; }

    /// <summary>An article id the event must be reported by.</summary>
    public string? Source { get; init; }

    public static TimelineQuery All { get; } = new();

    public bool Matches(Event e)
    {
        var countries = e.Countries;
        if (Pair is { } pair && !(countries.Contains(pair.First, StringComparer.OrdinalIgnoreCase)
                                 && countries.Contains(pair.Second, StringComparer.OrdinalIgnoreCase)))
            return false;
        if (Country is { Length: > 0 } country
            && !countries.Contains(country, StringComparer.OrdinalIgnoreCase)
            && !string.Equals(e.Where?.Country, country, StringComparison.OrdinalIgnoreCase))
            return false;
        if (From is not null || To is not null)
        {
            if (e.When is not { } when)
                return false;
            // --from after --to bounds no day: nothing matches.
            if (DateInterval.TryCreate(From ?? DateOnly.MinValue, To ?? DateOnly.MaxValue) is not { } bounds || !when.Overlaps(bounds))
                return false;
        }
        if (Type is { Length: > 0 } type && !string.Equals(e.Type.Name, type, StringComparison.OrdinalIgnoreCase))
            return false;
        if (Mode is { Length: > 0 } mode)
        {
            var wantsNone = string.Equals(mode, "none", StringComparison.OrdinalIgnoreCase);
            if (wantsNone ? e.Mode is not null : !string.Equals(e.Mode?.Name, mode, StringComparison.OrdinalIgnoreCase))
                return false;
        }
        if (Status is { } status && e.Status != status)
            return false;
        if (Source is { Length: > 0 } source && !e.Sources.Contains(source, StringComparer.Ordinal))
            return false;
        return true;
    }

    /// <summary>The matching events in timeline order.</summary>
    public IReadOnlyList<Event> Apply(IEnumerable<Event> events) => Chronological(events.Where(Matches));

    /// <summary>Timeline order: by start day, then end day (tighter first), then id; undated events last.</summary>
    public static IReadOnlyList<Event> Chronological(IEnumerable<Event> events) =>
        events
            .OrderBy(e => e.When is null ? 1 : 0)
            .ThenBy(e => e.When?.From ?? DateOnly.MaxValue)
            .ThenBy(e => e.When?.To ?? DateOnly.MaxValue)
            .ThenBy(e => e.Id, StringComparer.Ordinal)
            .ToArray();

    /// <summary>Builds a query from loosely typed inputs (CLI options, query strings); throws FormatException on bad values.</summary>
    public static TimelineQuery Parse(
        string? pair = null, string? country = null, string? from = null, string? to = null,
        string? type = null, string? mode = null, string? status = null, string? source = null) => new()
        {
            Pair = string.IsNullOrWhiteSpace(pair) ? null : CountryPair.Parse(pair),
            Country = string.IsNullOrWhiteSpace(country) ? null : country.Trim().ToUpperInvariant(),
            From = ParseBound(from, isEnd: false),
            To = ParseBound(to, isEnd: true),
            Type = string.IsNullOrWhiteSpace(type) ? null : type.Trim().ToLowerInvariant(),
            Mode = string.IsNullOrWhiteSpace(mode) ? null : mode.Trim().ToLowerInvariant(),
            Status = string.IsNullOrWhiteSpace(status) ? null : status.Trim().ToLowerInvariant() switch
            {
                "occurred" => EventStatus.Occurred,
                "planned" => EventStatus.Planned,
                "denied" => EventStatus.Denied,
                _ => throw new FormatException($"status '{status}' is not occurred, planned or denied"),
            },
            Source = string.IsNullOrWhiteSpace(source) ? null : source.Trim(),
        };

    /// <summary>yyyy-MM-dd, yyyy-MM (whole month) or yyyy (whole year); the end bound takes the last day.</summary>
    public static DateOnly? ParseBound(string? text, bool isEnd)
    {
        if (string.IsNullOrWhiteSpace(text))
            return null;
        text = text.Trim();
        var inv = System.Globalization.CultureInfo.InvariantCulture;
        var style = System.Globalization.DateTimeStyles.None;
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", inv, style, out var day))
            return day;
        if (DateOnly.TryParseExact(text, "yyyy-MM", inv, style, out var month))
            return isEnd ? month.AddMonths(1).AddDays(-1) : month;
        if (text.Length == 4 && int.TryParse(text, System.Globalization.NumberStyles.None, inv, out var year) && year >= 1)
            return isEnd ? new DateOnly(year, 12, 31) : new DateOnly(year, 1, 1);
        throw new FormatException($"date '{text}' is not yyyy-MM-dd, yyyy-MM or yyyy");
    }
}

/// <summary>An unordered pair of ISO3 countries; <see cref="First"/> sorts before <see cref="Second"/>.</summary>
internal readonly record struct CountryPair
{
    public CountryPair(string a, string b)
    {
        a = a.Trim().ToUpperInvariant();
        b = b.Trim().ToUpperInvariant();
        (First, Second) = string.CompareOrdinal(a, b) <= 0 ? (a, b) : (b, a);
    }

    public string First { get; }
    public string Second { get; }

    /// <summary>"SYR-RUS", "SYR,RUS", "SYR/RUS" or "SYR RUS".</summary>
    public static CountryPair Parse(string text)
    {
        var parts = text.Split(['-', ',', '/', ' ', ':'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (parts.Length != 2)
            throw new FormatException($"pair '{text}' is not two country codes like SYR-RUS");
        return new CountryPair(parts[0], parts[1]);
    }

    public override string ToString() => $"{First}-{Second}";
}
