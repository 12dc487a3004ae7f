using Marsad.Events;
using Marsad.Time;

namespace Marsad.Export;

/// <summary>
/// Filters over the event timeline, shared by the CLI, the REST API and the report. Every filter is
/// optional; all given filters must hold. Dates use overlap semantics by default: an event whose
/// interval touches [From, To] is kept, because its true day may lie inside; with
/// <see cref="Within"/> only events whose whole interval lies inside are kept. An undated event is
/// dropped as soon as a date bound or a precision is given.
/// </summary>
internal sealed record TimelineQuery
{
    /// <summary>Two ISO3 countries that must both take part, in either order.</summary>
    public CountryPair? Pair { get; init; }

    /// <summary>Countries of which one must take part (or be where the event happened); empty for any.</summary>
    public IReadOnlyList<string> Countries { get; init; } = [];

    /// <summary>The first day of the period asked for.</summary>
    public DateOnly? From { get; init; }

    /// <summary>The last day of the period asked for.</summary>
    public DateOnly? To { get; init; }

    /// <summary>True: the event's whole interval must lie in [From, To]; false: it must touch it.</summary>
    public bool Within { get; init; }

    /// <summary>The least precise date kept: <see cref="DatePrecision.Day"/> keeps only events known to the day.</summary>
    public DatePrecision? Precision { get; init; }

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
        if (Countries.Count > 0 && !Countries.Any(country =>
                countries.Contains(country, StringComparer.OrdinalIgnoreCase)
                || string.Equals(e.Where?.Country, country, StringComparison.OrdinalIgnoreCase)))
            return false;
        if (From is not null || To is not null)
        {
            if (e.When is not { } when)
                return false;
            // --from after --to bounds no day: nothing matches.
            if (DateInterval.TryCreate(From ?? DateOnly.MinValue, To ?? DateOnly.MaxValue) is not { } bounds
                || !(Within ? bounds.Contains(when.From) && bounds.Contains(when.To) : when.Overlaps(bounds)))
                return false;
        }
        if (Precision is { } precision && (e.When is not { } dated || DatePrecisions.Of(dated) > precision))
            return false;
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

    /// <summary>The matching events in timeline order (<see cref="Timeline"/>).</summary>
    public IReadOnlyList<Event> Apply(IEnumerable<Event> events) => Timeline(events.Where(Matches));

    /// <summary>
    /// Timeline order: by the last day the event can have happened, then the more precise first,
    /// then by start day and id; undated events last. An event known to the day comes before any
    /// vaguer event it may precede (a call on 2021-02-17 before an event dated only to 2020–2022),
    /// and an event is never placed before days it may still have happened on.
    /// </summary>
    public static IReadOnlyList<Event> Timeline(IEnumerable<Event> events) =>
        events
            .OrderBy(e => e.When is null ? 1 : 0)
            .ThenBy(e => e.When?.To ?? DateOnly.MaxValue)
            .ThenBy(e => e.When?.Days ?? int.MaxValue)
            .ThenBy(e => e.When?.From ?? DateOnly.MaxValue)
            .ThenBy(e => e.Id, StringComparer.Ordinal)
            .ToArray();

    /// <summary>File order of the exports: by start day, then end day (tighter first), then id; undated events last.</summary>
    public static IReadOnlyList<Event> Chronological(IEnumerable<Event> events) =>
        events
            .OrderBy(e => e.When is null ? 1 : 0)
            .ThenBy(e => e.When?.From ?? DateOnly.MaxValue)
            .ThenBy(e => e.When?.To ?? DateOnly.MaxValue)
            .ThenBy(e => e.Id, StringComparer.Ordinal)
            .ToArray();

    /// <summary>
    /// Builds a query from loosely typed inputs (CLI options, query strings). Countries may be ISO3
    /// codes or names (<see cref="CountryNames"/>), several separated by commas (any of them); types, modes, statuses and precisions must be
    /// known values. Throws <see cref="FormatException"/> naming the bad value.
    /// </summary>
    public static TimelineQuery Parse(
        string? pair = null, string? country = null, string? from = null, string? to = null,
        string? type = null, string? mode = null, string? status = null, string? source = null,
        bool within = false, string? precision = null) => new()
        {
            Pair = Given(pair) is { } p ? CountryPair.Parse(p) : null,
            Countries = Given(country) is { } c ? CountryList(c) : [],
            From = ParseBound(from, isEnd: false),
            To = ParseBound(to, isEnd: true),
            Within = within,
            Type = Given(type) is { } t ? Known(t, EventType.All.Select(x => x.Name), "event type") : null,
            Mode = Given(mode) is { } m ? Known(m, [.. EventMode.All.Select(x => x.Name), "none"], "mode") : null,
            Status = Given(status) is { } s ? ParseStatus(s) : null,
            Source = Given(source),
            Precision = Given(precision) is { } d ? DatePrecisions.Parse(d) : null,
        };

    /// <summary>"SYR, روسيا،Jordan": each name resolved, each country once.</summary>
    private static string[] CountryList(string text) =>
        text.Split([',', '\u060C', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(CountryNames.Resolve).Distinct(StringComparer.Ordinal).ToArray();

    private static string? Given(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    /// <summary>The value in lower case when it is one of <paramref name="known"/>.</summary>
    private static string Known(string value, IEnumerable<string> known, string what)
    {
        var lower = value.ToLowerInvariant();
        var names = known.ToArray();
        return names.Contains(lower, StringComparer.Ordinal)
            ? lower
            : throw new FormatException($"{what} '{value}' is not one of {string.Join("|", names)}");
    }

    private static EventStatus ParseStatus(string status) => status.ToLowerInvariant() switch
    {
        "occurred" => EventStatus.Occurred,
        "planned" => EventStatus.Planned,
        "denied" => EventStatus.Denied,
        _ => throw new FormatException($"status '{status}' is not one of occurred|planned|denied"),
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
        throw new FormatException($"date '{text}' is not a calendar day (yyyy-MM-dd), month (yyyy-MM) or year (yyyy)");
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
        return new CountryPair(CountryNames.Resolve(parts[0]), CountryNames.Resolve(parts[1]));
    }

    public override string ToString() => $"{First}-{Second}";
}
