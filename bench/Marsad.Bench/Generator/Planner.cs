namespace Marsad.Bench.Generator;

/// <summary>
/// Plans the events of the generated world and the reports of each (1 to 4 outlets, each with its
/// own phrasing and day). About a third of the events are near misses of an earlier one: the same
/// pair of states within a few days, in another mode, with another host, in another place, or the
/// other way round (a directed act answered in kind). Otherwise two events of one pair of states
/// are more than four days apart, and two events that only a day could tell apart are at least
/// 45 days apart.
/// </summary>
internal sealed class Planner(Cast cast, Random random, DateOnly from, DateOnly to)
{
    private const double NearMissShare = 0.33;
    private static readonly string[] Sanctioners = ["USA", "GBR", "CAN", "AUS", "JPN", "FRA"];
    private static readonly string[] Sanctioned = ["IRN", "RUS", "SYR", "PRK", "BLR", "VEN"];

    private static readonly Venue[] ThirdVenues =
    [
        new("CHE", "جنيف"), new("AUT", "فيينا"), new("CHE", "لوزان"), new("BEL", "بروكسل"), new("NOR", "أوسلو"),
        new("FIN", "هلسنكي"), new("HUN", "بودابست"), new("AZE", "باكو"), new("USA", "نيويورك"), new("TUR", "إسطنبول"),
        new("QAT", "الدوحة"), new("ARE", "دبي"), new("EGY", "شرم الشيخ"), new("ESP", "مدريد"),
    ];

    private static readonly Dictionary<string, string[]> OtherCities = new()
    {
        ["EGY"] = ["شرم الشيخ", "العلمين", "الإسكندرية"],
        ["SAU"] = ["جدة"],
        ["ARE"] = ["دبي"],
        ["TUR"] = ["إسطنبول", "أنطاليا"],
        ["RUS"] = ["سوتشي"],
        ["OMN"] = ["صلالة"],
        ["JOR"] = ["العقبة"],
        ["CHN"] = ["شنغهاي"],
        ["USA"] = ["نيويورك"],
    };

    private readonly List<PlannedEvent> _events = [];
    private readonly Dictionary<string, List<DateOnly>> _signatures = [];
    private readonly Dictionary<string, List<DateOnly>> _pairs = [];
    private int _articles;

    public IReadOnlyList<PlannedEvent> Events => _events;

    /// <summary>Plans events until their reports make <paramref name="articles"/> articles.</summary>
    public IReadOnlyList<PlannedEvent> Plan(int articles)
    {
        for (var attempt = 0; _articles < articles && attempt < articles * 100; attempt++)
        {
            var nearMiss = _events.Count > 20 && random.NextDouble() < NearMissShare;
            var planned = nearMiss ? NearMiss(_events[random.Next(Math.Max(0, _events.Count - 500), _events.Count)]) : Fresh();
            if (planned is null || !Register(planned))
                continue;
            AddReports(planned, Math.Min(ReportCount(), articles - _articles));
            _events.Add(planned);
        }
        return _events;
    }

    private int ReportCount() => random.NextDouble() switch
    {
        < 0.2 => 1,
        < 0.55 => 2,
        < 0.85 => 3,
        _ => 4,
    };

    private DateOnly RandomDay() => from.AddDays(random.Next(to.DayNumber - from.DayNumber + 1));

    private T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];

    private PlannedEvent Event(EventKind kind, DateOnly day, IReadOnlyList<Official> parties, Venue? where = null,
        string? forum = null, string? source = null, string? target = null, PlannedEvent? of = null, string? how = null) =>
        new(_events.Count + 1, kind, day, parties, source, target, where, forum, of?.Key, how);

    private PlannedEvent? Fresh()
    {
        var day = RandomDay();
        return random.NextDouble() switch
        {
            < 0.22 => Bilateral(EventKind.Phone, day),
            < 0.46 => Bilateral(EventKind.Visit, day),
            < 0.60 => Bilateral(EventKind.Sidelines, day),
            < 0.68 => Multilateral(day),
            < 0.82 => Accuse(day, Pick(Cast.Countries).Iso3, Pick(Cast.Countries).Iso3),
            < 0.88 => Directed(EventKind.Summon, day, Pick(Cast.Countries).Iso3, Pick(Cast.Countries).Iso3),
            _ => Directed(EventKind.Sanction, day, Pick(Sanctioners), Pick(Sanctioned)),
        };
    }

    /// <summary>Two officials of two states in office on <paramref name="day"/>: both leaders, both foreign ministers, or (a visit) a minister received by a leader.</summary>
    private (Official A, Official B)? Officials(string a, string b, DateOnly day, EventKind kind)
    {
        if (a == b)
            return null;
        var level = random.NextDouble();
        var first = level < 0.3 ? cast.Leader(a, day) : cast.Holder(a, Cast.ForeignMinister, day);
        var second = level < 0.3 || (kind == EventKind.Visit && level > 0.8) ? cast.Leader(b, day) : cast.Holder(b, Cast.ForeignMinister, day);
        return first is null || second is null ? null : (first, second);
    }

    private PlannedEvent? Bilateral(EventKind kind, DateOnly day)
    {
        if (Officials(Pick(Cast.Countries).Iso3, Pick(Cast.Countries).Iso3, day, kind) is not var (a, b))
            return null;
        return kind switch
        {
            EventKind.Visit => Event(kind, day, [a, b], HostCity(b.Country)),
            EventKind.Sidelines => ThirdVenue(a.Country, b.Country) is { } venue ? Event(kind, day, [a, b], venue, Pick(Prose.Forums)) : null,
            _ => Event(kind, day, [a, b]),
        };
    }

    private Venue HostCity(string country) =>
        OtherCities.TryGetValue(country, out var cities) && random.NextDouble() < 0.2
            ? new Venue(country, Pick(cities))
            : new Venue(country, cast.Capital(country));

    private Venue? ThirdVenue(params string[] parties)
    {
        var venues = ThirdVenues.Where(v => !parties.Contains(v.Country)).ToArray();
        return venues.Length == 0 ? null : Pick(venues);
    }

    private PlannedEvent? Multilateral(DateOnly day)
    {
        var count = random.NextDouble() < 0.7 ? 3 : 4;
        var states = Cast.Countries.Select(c => c.Iso3).OrderBy(_ => random.Next()).Take(count).ToArray();
        var ministers = states.Select(s => cast.Holder(s, Cast.ForeignMinister, day)).ToArray();
        if (ministers.Any(m => m is null))
            return null;
        var where = random.NextDouble() < 0.6 ? new Venue(states[0], cast.Capital(states[0])) : ThirdVenue(states);
        return where is null ? null : Event(EventKind.Multilateral, day, ministers!, where);
    }

    private PlannedEvent? Accuse(DateOnly day, string source, string target, PlannedEvent? of = null)
    {
        if (source == target)
            return null;
        var speaker = random.NextDouble() < 0.7 ? cast.Holder(source, Cast.ForeignMinister, day) : cast.Leader(source, day);
        return speaker is null ? null : Event(EventKind.Accuse, day, [speaker], source: source, target: target, of: of, how: of is null ? null : "direction");
    }

    private PlannedEvent? Directed(EventKind kind, DateOnly day, string source, string target, PlannedEvent? of = null)
    {
        if (source == target)
            return null;
        var minister = cast.Holder(source, Cast.ForeignMinister, day);
        if (kind == EventKind.Summon && minister is null)
            return null;
        return Event(kind, day, minister is null || kind == EventKind.Sanction ? [] : [minister], source: source, target: target,
            of: of, how: of is null ? null : "direction");
    }

    /// <summary>A day 1 to <paramref name="most"/> days before or after the base event's, inside the window.</summary>
    private DateOnly? Near(PlannedEvent base_, int most)
    {
        var shift = random.Next(1, most + 1) * (random.Next(2) == 0 ? -1 : 1);
        var day = base_.Day.AddDays(shift);
        return day < from || day > to ? null : day;
    }

    private PlannedEvent? NearMiss(PlannedEvent base_)
    {
        if (Near(base_, 4) is not { } day)
            return null;
        var parties = base_.Parties;
        return base_.Kind switch
        {
            EventKind.Phone => Event(EventKind.Visit, day, Swap(parties), HostCity(Swap(parties)[1].Country), of: base_, how: "mode"),
            EventKind.Visit => NearVisit(base_, day),
            EventKind.Sidelines => random.Next(2) == 0
                ? (ThirdVenue(parties[0].Country, parties[1].Country) is { } v && v.City != base_.Where!.City
                    ? Event(EventKind.Sidelines, day, parties, v, Pick(Prose.Forums), of: base_, how: "place") : null)
                : Event(EventKind.Phone, day, parties, of: base_, how: "mode"),
            EventKind.Multilateral => BesideMultilateral(base_),
            _ => Answer(base_),
        };
    }

    /// <summary>A directed act answered in kind, one to four days later.</summary>
    private PlannedEvent? Answer(PlannedEvent act)
    {
        var day = act.Day.AddDays(random.Next(1, 5));
        if (day > to)
            return null;
        return act.Kind == EventKind.Accuse
            ? Accuse(day, act.Target!, act.Source!, act)
            : Directed(act.Kind, day, act.Target!, act.Source!, act);
    }

    private IReadOnlyList<Official> Swap(IReadOnlyList<Official> parties) => random.Next(2) == 0 ? parties : [parties[1], parties[0]];

    /// <summary>Another host (the host state's other office holder), the visit the other way round, or a call.</summary>
    private PlannedEvent? NearVisit(PlannedEvent visit, DateOnly day)
    {
        var (visitor, host) = (visit.Parties[0], visit.Parties[1]);
        switch (random.Next(3))
        {
            case 0:
                var other = host.Role == Cast.ForeignMinister ? cast.Leader(host.Country, day) : cast.Holder(host.Country, Cast.ForeignMinister, day);
                var close = visit.Day.AddDays(visit.Day < day ? 1 : -1);
                return other is null ? null : Event(EventKind.Visit, close, [visitor, other], visit.Where, of: visit, how: "host");
            case 1:
                return Event(EventKind.Visit, day, [host, visitor], HostCity(visitor.Country), of: visit, how: "place");
            default:
                return Event(EventKind.Phone, day, [visitor, host], of: visit, how: "mode");
        }
    }

    /// <summary>Two ministers of a multilateral meeting meet on its sidelines, the same day in the same city.</summary>
    private PlannedEvent? BesideMultilateral(PlannedEvent meeting)
    {
        var pair = meeting.Parties.OrderBy(_ => random.Next()).Take(2).ToArray();
        var where = meeting.Where!;
        if (pair.Any(p => p.Country == where.Country))
        {
            var host = pair.First(p => p.Country == where.Country);
            return Event(EventKind.Visit, meeting.Day, [pair.First(p => p != host), host], where, of: meeting, how: "mode");
        }
        var forum = "الاجتماع الوزاري " + (meeting.Parties.Count == 3 ? "الثلاثي" : "الرباعي");
        return Event(EventKind.Sidelines, meeting.Day, pair, where, forum, of: meeting, how: "mode");
    }

    /// <summary>
    /// Keeps the rules that make events tell apart: a fresh event keeps 4 days from any other of
    /// its pair of states (in the same class, meetings or disputes); no event shares its signature
    /// with another within 45 days.
    /// </summary>
    private bool Register(PlannedEvent e)
    {
        var signature = Signature(e);
        var pair = (e.Source is null ? "consult:" : "dispute:") + string.Join('+', e.Countries.Order(StringComparer.Ordinal));
        if (Within(_signatures, signature, e.Day, 45) || (e.NearMissOf is null && Within(_pairs, pair, e.Day, 4)))
            return false;
        Add(_signatures, signature, e.Day);
        Add(_pairs, pair, e.Day);
        return true;
    }

    private static string Signature(PlannedEvent e) => e.Kind switch
    {
        EventKind.Visit => $"visit:{e.Parties[0].Country}:{e.Parties[1].Country}:{e.Parties[1].Role}:{e.Where!.City}",
        EventKind.Accuse or EventKind.Summon => $"accuse:{e.Source}>{e.Target}",
        EventKind.Sanction => $"sanction:{e.Source}>{e.Target}",
        EventKind.Multilateral => $"multi:{string.Join('+', e.Countries.Order(StringComparer.Ordinal))}",
        _ => $"{e.Kind}:{string.Join('+', e.Parties.Select(p => p.Country + ":" + p.Role).Order(StringComparer.Ordinal))}:{e.Where?.City}",
    };

    private static bool Within(Dictionary<string, List<DateOnly>> index, string key, DateOnly day, int days) =>
        index.TryGetValue(key, out var list) && list.Any(d => Math.Abs(d.DayNumber - day.DayNumber) <= days);

    private static void Add(Dictionary<string, List<DateOnly>> index, string key, DateOnly day)
    {
        if (!index.TryGetValue(key, out var list))
            index[key] = list = [];
        list.Add(day);
    }

    private void AddReports(PlannedEvent e, int count)
    {
        foreach (var outlet in Outlet.All.OrderBy(_ => random.Next()).Take(count))
        {
            var gap = random.NextDouble() switch { < 0.4 => 0, < 0.8 => 1, _ => random.Next(2, 4) };
            var lead = Pick(Templates.Leads[e.Kind]);
            var shape = Pick(outlet.Shapes);
            var report = new ReportPlan(++_articles, outlet, e.Day.AddDays(gap), Headline(e.Kind, lead), lead,
                Pick(Templates.FollowUps[e.Kind]), shape, random.NextDouble() < 0.5, random.NextDouble() < 0.6, random.Next());
            e.Reports.Add(report);
        }
    }

    /// <summary>A headline that names no one the lead does not name.</summary>
    private Template Headline(EventKind kind, Template lead)
    {
        var all = Templates.Headlines[kind];
        if (lead.Text.Contains("{A}", StringComparison.Ordinal))
            return Pick(all);
        var anonymous = all.Where(h => !h.Text.Contains("{a}", StringComparison.Ordinal) && !h.Text.Contains("{an}", StringComparison.Ordinal)).ToArray();
        return Pick(anonymous.Length > 0 ? anonymous : all);
    }
}
