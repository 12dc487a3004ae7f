using Marsad.Actors;
using Marsad.Time;

namespace Marsad.Bench.Generator;

/// <summary>How the press names a state's leader: the title before the name, and the noun that refers back to them.</summary>
/// <param name="Iso3">The state.</param>
/// <param name="LeaderRole">The exchange role of the leader who meets foreign leaders (null: the generator uses only the foreign minister).</param>
/// <param name="LeaderTitle">The title printed before the leader's name ("الرئيس المصري", "أمير قطر الشيخ").</param>
/// <param name="LeaderNoun">A later reference ("الرئيس المصري", "العاهل الأردني").</param>
internal sealed record CastCountry(string Iso3, string? LeaderRole, string LeaderTitle, string LeaderNoun);

/// <summary>A person in office on the day of an event, with the ways an article names them.</summary>
/// <param name="Country">ISO3.</param>
/// <param name="Role">Exchange role (foreign_minister, head_of_state, head_of_government).</param>
/// <param name="Name">The name as the knowledge base prints it.</param>
/// <param name="Title">The title before the name ("وزير الخارجية الروسي").</param>
/// <param name="Counterpart">The title when they are the other party's peer ("نظيره الروسي"), or null when they have none.</param>
/// <param name="Short">The name alone, for later mentions (a surname where the press uses one).</param>
/// <param name="Noun">A later reference by office ("الوزير الروسي").</param>
internal sealed record Official(string Country, string Role, string Name, string Title, string? Counterpart, string Short, string Noun)
{
    /// <summary>The first mention: title and name.</summary>
    public string Full => $"{Title} {Name}";

    /// <summary>The first mention as the peer of <paramref name="other"/>: "نظيره الروسي سيرغي لافروف" when both hold the same office.</summary>
    public string PeerOf(Official other) => other.Role == Role && Counterpart is not null ? $"{Counterpart} {Name}" : Full;
}

/// <summary>
/// The states and offices the generated press writes about. Names and terms of office come from
/// the knowledge base, so every official is the one in office on the event's day; days when an
/// office changes hands, and offices held by women (the templates are written in the masculine),
/// are not used.
/// </summary>
internal sealed class Cast
{
    public const string ForeignMinister = "foreign_minister";

    public static readonly IReadOnlyList<CastCountry> Countries =
    [
        new("EGY", "head_of_state", "الرئيس المصري", "الرئيس المصري"),
        new("SAU", null, "", ""),
        new("ARE", "head_of_state", "رئيس دولة الإمارات الشيخ", "رئيس دولة الإمارات"),
        new("QAT", "head_of_state", "أمير قطر الشيخ", "أمير قطر"),
        new("JOR", "head_of_state", "العاهل الأردني الملك", "العاهل الأردني"),
        new("IRQ", "head_of_government", "رئيس الوزراء العراقي", "رئيس الوزراء العراقي"),
        new("SYR", "head_of_state", "الرئيس السوري", "الرئيس السوري"),
        new("LBN", "head_of_government", "رئيس الحكومة اللبنانية", "رئيس الحكومة اللبنانية"),
        new("KWT", "head_of_state", "أمير الكويت الشيخ", "أمير الكويت"),
        new("OMN", "head_of_state", "سلطان عمان", "سلطان عمان"),
        new("BHR", null, "", ""),
        new("DZA", "head_of_state", "الرئيس الجزائري", "الرئيس الجزائري"),
        new("MAR", null, "", ""),
        new("TUN", "head_of_state", "الرئيس التونسي", "الرئيس التونسي"),
        new("TUR", "head_of_state", "الرئيس التركي", "الرئيس التركي"),
        new("IRN", "head_of_state", "الرئيس الإيراني", "الرئيس الإيراني"),
        new("RUS", "head_of_state", "الرئيس الروسي", "الرئيس الروسي"),
        new("CHN", "head_of_state", "الرئيس الصيني", "الرئيس الصيني"),
        new("USA", "head_of_state", "الرئيس الأمريكي", "الرئيس الأمريكي"),
        new("FRA", "head_of_state", "الرئيس الفرنسي", "الرئيس الفرنسي"),
        new("DEU", "head_of_government", "المستشار الألماني", "المستشار الألماني"),
        new("GBR", "head_of_government", "رئيس الوزراء البريطاني", "رئيس الوزراء البريطاني"),
        new("ESP", "head_of_government", "رئيس الوزراء الإسباني", "رئيس الوزراء الإسباني"),
        new("IND", "head_of_government", "رئيس الوزراء الهندي", "رئيس الوزراء الهندي"),
    ];

    /// <summary>Persons of the knowledge base the masculine templates must not name.</summary>
    private static readonly HashSet<string> Feminine =
        ["annalena_baerbock", "catherine_colonna", "giorgia_meloni", "najla-bouden", "elisabeth_borne", "liz_truss", "elizabeth_ii"];

    private readonly KnowledgeBase _kb;
    private readonly Dictionary<(string Country, string Role), RoleSpan[]> _terms = [];

    public Cast(KnowledgeBase kb, DateOnly from, DateOnly to)
    {
        _kb = kb;
        var window = new DateInterval(from.AddDays(-10), to.AddDays(10));
        foreach (var c in Countries)
        {
            foreach (var role in new[] { ForeignMinister, c.LeaderRole })
            {
                if (role is not null)
                    _terms[(c.Iso3, role)] = [.. kb.TermsOf(c.Iso3, role, window)];
            }
        }
    }

    /// <summary>The state's name ("روسيا").</summary>
    public string CountryName(string iso3) => _kb.FindCountry(iso3)!.NameAr;

    /// <summary>The definite masculine adjective of the state ("الروسي").</summary>
    public string Demonym(string iso3) => "ال" + _kb.FindCountry(iso3)!.Demonyms[0];

    /// <summary>The definite feminine adjective ("الروسية"), as in "الخارجية الروسية".</summary>
    public string DemonymFeminine(string iso3) => Demonym(iso3) + "ة";

    /// <summary>The capital ("موسكو").</summary>
    public string Capital(string iso3) => _kb.FindCountry(iso3)!.Capitals[0];

    /// <summary>The one person who holds the office for the whole week around <paramref name="day"/>, or null.</summary>
    public Official? Holder(string iso3, string role, DateOnly day)
    {
        if (!_terms.TryGetValue((iso3, role), out var terms))
            return null;
        var week = new DateInterval(day.AddDays(-7), day.AddDays(7));
        var holding = terms.Where(t => KnowledgeBase.Overlaps(t, week)).ToArray();
        if (holding.Length != 1 || Feminine.Contains(holding[0].PersonId))
            return null;
        var t = holding[0];
        if ((t.From ?? DateOnly.MinValue) > week.From || (t.To ?? DateOnly.MaxValue) < week.To)
            return null;
        return Describe(iso3, role, _kb.FindPerson(t.PersonId));
    }

    private Official? Describe(string iso3, string role, Person? person)
    {
        if (person is null)
            return null;
        var shortName = person.Short.Count > 0 ? person.Short[0] : person.NameAr;
        var demonym = Demonym(iso3);
        if (role == ForeignMinister)
            return new Official(iso3, role, person.NameAr, "وزير الخارجية " + demonym, "نظيره " + demonym, shortName, "الوزير " + demonym);
        var country = Countries.First(c => c.Iso3 == iso3);
        var peer = country.LeaderTitle.StartsWith("الرئيس ", StringComparison.Ordinal) ? "نظيره " + demonym : null;
        return new Official(iso3, role, person.NameAr, country.LeaderTitle, peer, shortName, country.LeaderNoun);
    }

    /// <summary>The leader of the state on that day, or null.</summary>
    public Official? Leader(string iso3, DateOnly day) =>
        Countries.First(c => c.Iso3 == iso3).LeaderRole is { } role ? Holder(iso3, role, day) : null;
}
