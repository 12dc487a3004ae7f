using System.Globalization;
using Marsad.Data;

namespace Marsad.Tests.Actors;

/// <summary>
/// Consistency of the world side of the knowledge base: countries, organisations, places and the
/// world people tables. The checks read the TSVs directly (no recogniser), so a data mistake fails
/// here with the offending line instead of surfacing as a wrong actor later.
/// </summary>
public partial class WorldDataTests
{
    private const string CountriesFile = "actors/countries.tsv";
    private const string OrganizationsFile = "actors/organizations.tsv";
    private const string PlacesFile = "actors/places.tsv";
    // The world tables and their extension by whole office tables (more.*: heads of state and government and
    // foreign ministers of the EU, G20 and other states); the Arab states' tables have their own tests.
    private static readonly string[] PersonsFiles = ["actors/people/world.persons.tsv", "actors/people/more.persons.tsv"];
    private static readonly string[] RolesFiles = ["actors/people/world.roles.tsv", "actors/people/more.roles.tsv"];

    private static readonly IReadOnlyList<TsvRow> Countries = DataFiles.ReadTable(CountriesFile);
    private static readonly IReadOnlyList<TsvRow> Organizations = DataFiles.ReadTable(OrganizationsFile);
    private static readonly IReadOnlyList<TsvRow> Places = DataFiles.ReadTable(PlacesFile);
    private static readonly IReadOnlyList<TsvRow> Persons = [.. PersonsFiles.SelectMany(DataFiles.ReadTable)];
    private static readonly IReadOnlyList<TsvRow> Roles = [.. RolesFiles.SelectMany(DataFiles.ReadTable)];

    private static readonly HashSet<string> Iso3 =
        Countries.Select(c => c.Required("iso3")).ToHashSet(StringComparer.Ordinal);

    private static readonly HashSet<string> OrganizationIds =
        Organizations.Select(o => o.Required("id")).ToHashSet(StringComparer.Ordinal);

    // The states whose leaders and ministers this table covers from 2010 on.
    private static readonly string[] CoveredStates = ["IRN", "TUR", "ISR", "RUS", "USA", "CHN", "GBR", "FRA", "DEU"];

    private static readonly string[] CoveredRoles = ["head_of_state", "foreign_minister"];

    private static readonly DateOnly CoverageDay = new(2024, 1, 1);

    // Two terms of the same office may touch (hand-over day) or differ by a few days between sources.
    private const int ToleratedOverlapDays = 7;

    // --- countries

    [Fact]
    public void Countries_cover_the_un_members_and_the_five_listed_others()
    {
        // 193 UN member states plus Palestine, Kosovo, Taiwan, Western Sahara and the Holy See.
        Assert.Equal(198, Countries.Count);
        foreach (var code in new[] { "PSE", "XKX", "TWN", "ESH", "VAT" })
            Assert.Contains(code, Iso3);
    }

    [Fact]
    public void Country_codes_are_well_formed_and_unique()
    {
        AssertNone(Countries.Where(c => !Iso3Pattern().IsMatch(c["iso3"] ?? "")), "iso3 not three capitals");
        AssertNone(Countries.Where(c => !Iso2Pattern().IsMatch(c["iso2"] ?? "")), "iso2 not two capitals");
        AssertUnique(Countries, c => c.Required("iso3"), "iso3");
        AssertUnique(Countries, c => c.Required("iso2"), "iso2");
    }

    [Fact]
    public void Every_country_has_an_english_and_arabic_name_and_a_demonym()
    {
        AssertNone(Countries.Where(c => c["name_en"] is null || c["name_ar"] is null || c["demonym"] is null),
            "missing name or demonym");
    }

    [Theory]
    [InlineData("SYR", "سوريا", "سوري")]
    [InlineData("RUS", "روسيا", "روسي")]
    [InlineData("USA", "الولايات المتحدة", "أمريكي")]
    [InlineData("GBR", "بريطانيا", "بريطاني")]
    [InlineData("ARE", "الإمارات", "إماراتي")]
    [InlineData("KAZ", "كازاخستان", "كازاخستاني")]
    public void Usual_names_and_demonyms_are_the_ones_the_press_prints(string iso3, string name, string demonym)
    {
        var row = Countries.Single(c => c["iso3"] == iso3);
        Assert.Contains(Key(name), Names(row).Select(Key));
        Assert.Contains(Key(demonym), row.List("demonym").Select(Key));
    }

    [Theory]
    [InlineData("سورية", "SYR")]
    [InlineData("الجمهورية العربية السورية", "SYR")]
    [InlineData("روسيا الاتحادية", "RUS")]
    [InlineData("أميركا", "USA")]
    [InlineData("الولايات المتحدة الأميركية", "USA")]
    [InlineData("المملكة المتحدة", "GBR")]
    [InlineData("الإمارات العربية المتحدة", "ARE")]
    [InlineData("الكرملين", "RUS")]
    [InlineData("البيت الأبيض", "USA")]
    [InlineData("قصر الإليزيه", "FRA")]
    [InlineData("داوننغ ستريت", "GBR")]
    [InlineData("قصر بعبدا", "LBN")]
    [InlineData("قصر قرطاج", "TUN")]
    public void Variants_and_metonyms_point_to_their_state(string surface, string iso3)
    {
        var owners = Countries.Where(c => Names(c).Concat(c.List("metonyms")).Select(Key).Contains(Key(surface)))
            .Select(c => c.Required("iso3")).ToList();
        Assert.Equal([iso3], owners);
    }

    [Theory]
    [InlineData("KAZ", "أستانة")]
    [InlineData("KAZ", "نور سلطان")]
    [InlineData("SYR", "دمشق")]
    [InlineData("RUS", "موسكو")]
    public void Capitals_list_their_former_and_variant_names(string iso3, string capital)
    {
        var row = Countries.Single(c => c["iso3"] == iso3);
        Assert.Contains(Key(capital), row.List("capital").Select(Key));
    }

    [Fact]
    public void No_country_name_alias_or_metonym_belongs_to_two_states() =>
        AssertKeysOwnedOnce(Countries, c => c.Required("iso3"), c => Names(c).Concat(c.List("metonyms")));

    // --- organisations

    private static readonly HashSet<string> OrganizationTypes = ["igo", "agency", "armed_group", "party", "format", "ministry"];

    [Fact]
    public void Organization_ids_are_unique_slugs_and_types_are_known()
    {
        AssertUnique(Organizations, o => o.Required("id"), "id");
        AssertNone(Organizations.Where(o => !SlugPattern().IsMatch(o["id"] ?? "")), "id not an ascii slug");
        AssertNone(Organizations.Where(o => !OrganizationTypes.Contains(o["type"] ?? "")), "unknown type");
        AssertNone(Organizations.Where(o => o["name_ar"] is null || o["name_en"] is null), "missing name");
    }

    [Fact]
    public void Organization_countries_and_members_are_known_states()
    {
        AssertNone(Organizations.Where(o => o.List("country").Concat(o.List("members")).Any(c => !Iso3.Contains(c))),
            "unknown ISO3 in country/members");
    }

    [Fact]
    public void International_bodies_have_a_cameo_code_and_national_bodies_none()
    {
        AssertNone(Organizations.Where(o => o["type"] == "igo" && o["country"] is null && !CameoCodePattern().IsMatch(o["code"] ?? "")),
            "international body without a CAMEO code (IGO..., NGO...)");
        AssertNone(Organizations.Where(o => o["country"] is not null && o["code"] is not null), "a national body with a code");
    }

    [Fact]
    public void Formats_name_their_member_states()
    {
        var astana = Organizations.Single(o => o["id"] == "astana_format");
        Assert.Equal("format", astana["type"]);
        Assert.Equal(["IRN", "RUS", "TUR"], astana.List("members").Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("مسار أستانة", "astana_format")]
    [InlineData("مجلس الأمن الدولي", "unsc")]
    [InlineData("الجامعة العربية", "arab_league")]
    [InlineData("الناتو", "nato")]
    [InlineData("تنظيم الدولة الإسلامية", "isis")]
    [InlineData("قوات سوريا الديمقراطية", "sdf")]
    [InlineData("أنصار الله", "houthis")]
    [InlineData("جهاز الاستخبارات الخارجية الروسي", "rus_svr")]
    public void Organization_names_resolve_to_one_row(string surface, string id)
    {
        var owners = Organizations.Where(o => Names(o).Select(Key).Contains(Key(surface))).Select(o => o.Required("id")).ToList();
        Assert.Equal([id], owners);
    }

    [Fact]
    public void No_organization_name_or_alias_belongs_to_two_rows() =>
        AssertKeysOwnedOnce(Organizations, o => o.Required("id"), Names);

    // --- places

    private static readonly HashSet<string> PlaceKinds = ["city", "region", "venue", "base"];

    [Fact]
    public void Places_have_a_known_kind_and_country()
    {
        AssertNone(Places.Where(p => !PlaceKinds.Contains(p["kind"] ?? "")), "unknown kind");
        AssertNone(Places.Where(p => p["country"] is { } c && !Iso3.Contains(c)), "unknown country");
    }

    [Fact]
    public void Places_do_not_repeat_a_capital()
    {
        // Capitals live in countries.tsv; a second row here would make the same name two entities.
        var capitals = Countries.SelectMany(c => c.List("capital")).Select(Key).ToHashSet(StringComparer.Ordinal);
        AssertNone(Places.Where(p => Names(p).Any(n => capitals.Contains(Key(n)))), "repeats a capital");
    }

    [Fact]
    public void No_place_name_or_alias_belongs_to_two_rows() =>
        AssertKeysOwnedOnce(Places, p => p.Required("name_ar"), Names);

    // --- persons and roles

    [Fact]
    public void Person_ids_are_unique_slugs_across_all_people_files()
    {
        AssertNone(Persons.Where(p => !SlugPattern().IsMatch(p["id"] ?? "")), "id not an ascii slug");
        var all = DataFiles.Files("actors/people", ".persons.tsv").SelectMany(DataFiles.ReadTable).ToList();
        AssertUnique(all, p => p.Required("id"), "person id");
    }

    [Fact]
    public void No_person_is_listed_in_two_people_files()
    {
        // The same person in two files would be two entities with split terms of office.
        var files = DataFiles.Files("actors/people", ".persons.tsv");
        var shared = files
            .SelectMany(f => DataFiles.ReadTable(f).SelectMany(p => Names(p).Select(n => (Key: Key(n), Where: $"{f}:{p["id"]}"))))
            .GroupBy(x => x.Key, StringComparer.Ordinal)
            .Where(g => g.Select(x => x.Where.Split(':')[0]).Distinct(StringComparer.Ordinal).Count() > 1)
            .Select(g => $"{g.Key}: {string.Join(", ", g.Select(x => x.Where).Distinct(StringComparer.Ordinal))}")
            .ToList();
        Assert.Empty(shared);
    }

    [Fact]
    public void Persons_have_an_arabic_name_and_a_known_nationality()
    {
        AssertNone(Persons.Where(p => p["name_ar"] is null || p["name_en"] is null), "missing name");
        AssertNone(Persons.Where(p => !Iso3.Contains(p["country"] ?? "")), "unknown country");
    }

    [Fact]
    public void No_person_name_or_alias_belongs_to_two_persons() =>
        AssertKeysOwnedOnce(Persons, p => p.Required("id"), Names);

    [Fact]
    public void Every_role_names_a_known_person_and_every_person_holds_a_role()
    {
        var ids = Persons.Select(p => p.Required("id")).ToHashSet(StringComparer.Ordinal);
        AssertNone(Roles.Where(r => !ids.Contains(r["person_id"] ?? "")), "unknown person_id");
        var holders = Roles.Select(r => r.Required("person_id")).ToHashSet(StringComparer.Ordinal);
        var idle = ids.Where(id => !holders.Contains(id)).Order(StringComparer.Ordinal).ToList();
        Assert.Empty(idle);
    }

    [Fact]
    public void Roles_are_snake_case_and_name_known_states_and_bodies()
    {
        AssertNone(Roles.Where(r => !SlugPattern().IsMatch(r["role"] ?? "")), "role not snake_case");
        AssertNone(Roles.Where(r => r["country"] is { } c && !Iso3.Contains(c)), "unknown country");
        AssertNone(Roles.Where(r => NoteValue(r, "org") is { } org && !OrganizationIds.Contains(org)), "org= not in organizations.tsv");
        AssertNone(Roles.Where(r => NoteValue(r, "for") is { } state && !Iso3.Contains(state)), "for= not a known ISO3");
        AssertNone(Roles.Where(r => r["country"] is null && NoteValue(r, "org") is null), "no country and no org=");
    }

    [Fact]
    public void Dates_parse_and_terms_do_not_end_before_they_start()
    {
        var bad = new List<string>();
        foreach (var r in Roles)
        {
            if (!PartialDate.TryParse(r["from"], out var from) || (r["to"] is { } t && !PartialDate.TryParse(t, out _)))
            {
                bad.Add($"{r.Source}:{r.Line}: unparsable date");
                continue;
            }
            if (r["to"] is { } to && PartialDate.TryParse(to, out var end) && from.First > end.Last)
                bad.Add($"{r.Source}:{r.Line}: from {r["from"]} after to {to}");
        }
        Assert.Empty(bad);
    }

    [Theory]
    [InlineData("2016-10-05", 2016, 10, 5, 2016, 10, 5)]
    [InlineData("2024-02", 2024, 2, 1, 2024, 2, 29)]
    [InlineData("2017", 2017, 1, 1, 2017, 12, 31)]
    public void Partial_dates_span_their_whole_period(string text, int y1, int m1, int d1, int y2, int m2, int d2)
    {
        Assert.True(PartialDate.TryParse(text, out var date));
        Assert.Equal(new DateOnly(y1, m1, d1), date.First);
        Assert.Equal(new DateOnly(y2, m2, d2), date.Last);
    }

    [Theory]
    [InlineData("2024-13")]
    [InlineData("24-01-01")]
    [InlineData("2024-02-30")]
    [InlineData("1.1.2024")]
    public void Malformed_dates_are_rejected(string text) => Assert.False(PartialDate.TryParse(text, out _));

    [Fact]
    public void One_holder_per_office_at_a_time()
    {
        // An office is a (country, role) pair, refined by the note's org= (SVR and FSB chiefs are both
        // intelligence_chief) and for= (one UN envoy per country). Only the span the dates prove counts.
        var clashes = new List<string>();
        foreach (var office in Roles.GroupBy(OfficeKey))
        {
            var terms = office.OrderBy(r => Term(r).Start).ToList();
            for (var i = 0; i < terms.Count; i++)
                for (var j = i + 1; j < terms.Count; j++)
                {
                    var (a, b) = (Term(terms[i]), Term(terms[j]));
                    var overlapStart = a.Start > b.Start ? a.Start : b.Start;
                    var overlapEnd = a.End < b.End ? a.End : b.End;
                    var days = overlapEnd.DayNumber - overlapStart.DayNumber;
                    if (days > ToleratedOverlapDays && !AllowsOverlap(terms[i]) && !AllowsOverlap(terms[j]))
                        clashes.Add($"{office.Key}: lines {terms[i].Source}:{terms[i].Line} and {terms[j].Source}:{terms[j].Line} overlap {days} days");
                }
        }
        Assert.Empty(clashes);
    }

    [Theory]
    [MemberData(nameof(CoveredStatesAndRoles))]
    public void Covered_states_have_the_office_filled_on_the_coverage_day(string iso3, string role)
    {
        var holders = Roles.Where(r => r["country"] == iso3 && r["role"] == role && NoteValue(r, "org") is null)
            .Where(r => PartialDate.TryParse(r["from"], out var from) && from.First <= CoverageDay
                && (r["to"] is not { } to || (PartialDate.TryParse(to, out var end) && end.Last >= CoverageDay)))
            .Select(r => r.Required("person_id")).ToList();
        Assert.Single(holders);
    }

    public static TheoryData<string, string> CoveredStatesAndRoles()
    {
        var data = new TheoryData<string, string>();
        foreach (var state in CoveredStates)
            foreach (var role in CoveredRoles)
                data.Add(state, role);
        return data;
    }

    // The states of the extension tables (more.*): every one has one head of state and one foreign minister on the coverage day.
    private static readonly string[] ExtendedStates =
    [
        "AUT", "BEL", "BGR", "HRV", "CYP", "CZE", "DNK", "EST", "FIN", "GRC", "HUN", "IRL", "ITA", "LVA", "LTU", "LUX",
        "MLT", "NLD", "POL", "PRT", "ROU", "SVK", "SVN", "ESP", "SWE", "NOR", "CHE", "UKR", "BLR", "SRB", "JPN", "KOR",
        "IND", "PAK", "AFG", "BGD", "IDN", "MYS", "AUS", "CAN", "MEX", "BRA", "ARG", "VEN", "CUB", "ZAF", "NGA", "ETH",
        "KEN", "SEN", "AZE", "ARM", "GEO", "KAZ", "UZB",
    ];

    public static TheoryData<string, string> ExtendedStatesAndRoles()
    {
        var data = new TheoryData<string, string>();
        foreach (var state in ExtendedStates)
            foreach (var role in CoveredRoles)
                data.Add(state, role);
        return data;
    }

    [Theory]
    [MemberData(nameof(ExtendedStatesAndRoles))]
    public void Extended_states_have_the_office_filled_on_the_coverage_day(string iso3, string role) =>
        Covered_states_have_the_office_filled_on_the_coverage_day(iso3, role);

    [Theory]
    [InlineData("tanja_fajon", "2023-06-01", "foreign_minister")]
    [InlineData("jose_manuel_albares", "2022-06-01", "foreign_minister")]
    [InlineData("jan_lipavsky", "2022-09-20", "foreign_minister")]
    [InlineData("wopke_hoekstra", "2022-09-20", "foreign_minister")]
    [InlineData("fumio_kishida", "2023-09-09", "head_of_government")]
    [InlineData("sergey_naryshkin", "2020-06-01", "intelligence_chief")]
    [InlineData("hakan_fidan", "2015-06-01", "intelligence_chief")]
    [InlineData("hakan_fidan", "2024-06-01", "foreign_minister")]
    [InlineData("geir_pedersen", "2021-02-17", "envoy")]
    [InlineData("sergey_lavrov", "2021-02-17", "foreign_minister")]
    public void Known_terms_hold_on_sample_days(string personId, string day, string role)
    {
        var date = DateOnly.ParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        Assert.Contains(Roles, r => r["person_id"] == personId && r["role"] == role
            && Term(r).Start <= date && date <= Term(r).End);
    }

    // --- script hygiene

    private static readonly string[] ArabicColumns = ["name_ar", "aliases", "short", "demonym", "capital", "metonyms"];

    [Fact]
    public void Arabic_cells_hold_only_arabic_script()
    {
        // Catches keyboard slips (a Latin or Cyrillic letter inside a name), Persian letters the
        // normaliser does not fold (پ ک ی), and invisible direction marks pasted from the web.
        var tables = new[] { Countries, Organizations, Places, Persons };
        AssertNone(tables.SelectMany(t => t).Where(r => ArabicColumns.Any(c => r[c] is { } cell && !ArabicCellPattern().IsMatch(cell))),
            "non-Arabic character in an Arabic column");
    }

    [Theory]
    [InlineData("سيرغي لافروف", true)]
    [InlineData("أوبك+", true)]
    [InlineData("مجموعة الـ20", true)]
    [InlineData("رومان غوفман", false)]
    [InlineData("مسعود پزشكيان", false)]
    [InlineData("رونين بار\u200e", false)]
    public void Arabic_cell_pattern_accepts_press_spellings_only(string cell, bool accepted) =>
        Assert.Equal(accepted, ArabicCellPattern().IsMatch(cell));
}
