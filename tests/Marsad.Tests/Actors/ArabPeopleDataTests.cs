using System.Globalization;
using System.Text.RegularExpressions;
using Marsad.Data;
using Marsad.Text;

namespace Marsad.Tests.Actors;

/// <summary>
/// Consistency of the Arab-states people tables (persons and their terms of office). These checks
/// read the TSVs directly, so a data mistake fails here before it confuses the recogniser.
/// </summary>
public partial class ArabPeopleDataTests
{
    private const string PersonsFile = "actors/people/arab.persons.tsv";
    private const string RolesFile = "actors/people/arab.roles.tsv";

    private static readonly IReadOnlyList<TsvRow> Persons = DataFiles.ReadTable(PersonsFile);
    private static readonly IReadOnlyList<TsvRow> Roles = DataFiles.ReadTable(RolesFile);

    private static readonly string[] ArabLeagueStates =
    [
        "SYR", "EGY", "SAU", "ARE", "QAT", "BHR", "KWT", "OMN", "YEM", "IRQ", "JOR",
        "LBN", "PSE", "LBY", "TUN", "DZA", "MAR", "SDN", "MRT", "SOM", "DJI", "COM",
    ];

    // Offices held by one person at a time; deputies, envoys and agency chiefs legitimately overlap.
    private static readonly HashSet<string> SingleHolderRoles =
        ["head_of_state", "head_of_government", "foreign_minister", "defence_minister", "crown_prince"];

    // Offices that did not exist or stood vacant on the coverage day, with the reason.
    private static readonly Dictionary<(string Country, string Role), string> KnownGaps = new()
    {
        [("LBN", "head_of_state")] = "presidency vacant 2022-10-31 to 2025-01-09",
        [("COM", "head_of_government")] = "no prime minister since 2002; the president heads the government",
        [("PSE", "defence_minister")] = "the Palestinian Authority has no defence ministry",
        [("SOM", "foreign_minister")] = "vacant from Abshir Omar Huruse's resignation (2023-12) to 2024-04-07",
    };

    private static readonly DateOnly CoverageDay = new(2024, 1, 1);

    [Fact]
    public void Tables_are_not_empty()
    {
        Assert.NotEmpty(Persons);
        Assert.NotEmpty(Roles);
    }

    [Fact]
    public void Person_ids_are_unique_lower_case_slugs()
    {
        var duplicates = Persons.GroupBy(p => p.Required("id")).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        Assert.Empty(duplicates);
        var badSlugs = Persons.Select(p => p.Required("id")).Where(id => !SlugPattern().IsMatch(id)).ToList();
        Assert.Empty(badSlugs);
    }

    [Fact]
    public void Every_role_names_a_known_person()
    {
        var ids = Persons.Select(p => p.Required("id")).ToHashSet(StringComparer.Ordinal);
        var unknown = Roles.Where(r => !ids.Contains(r.Required("person_id")))
            .Select(r => $"{r.Line}: {r["person_id"]}").ToList();
        Assert.Empty(unknown);
    }

    [Fact]
    public void Every_person_holds_at_least_one_role()
    {
        var holders = Roles.Select(r => r.Required("person_id")).ToHashSet(StringComparer.Ordinal);
        var idle = Persons.Select(p => p.Required("id")).Where(id => !holders.Contains(id)).ToList();
        Assert.Empty(idle);
    }

    [Fact]
    public void Country_codes_are_three_upper_case_letters()
    {
        var bad = Persons.Select(p => (p.Line, Code: p["country"] ?? ""))
            .Concat(Roles.Select(r => (r.Line, Code: r["country"] ?? "")))
            .Where(x => !CountryPattern().IsMatch(x.Code))
            .Select(x => $"{x.Line}: '{x.Code}'").ToList();
        Assert.Empty(bad);
    }

    [Fact]
    public void Role_ids_are_snake_case()
    {
        var bad = Roles.Select(r => r.Required("role")).Where(r => !RolePattern().IsMatch(r)).Distinct().ToList();
        Assert.Empty(bad);
    }

    [Fact]
    public void Dates_parse_and_terms_run_forwards()
    {
        var problems = new List<string>();
        foreach (var role in Roles)
        {
            if (!TryParse(role.Required("from"), out var from))
            {
                problems.Add($"{role.Line}: from '{role["from"]}'");
                continue;
            }
            var to = role["to"];
            if (to is null)
                continue;
            if (!TryParse(to, out var end))
                problems.Add($"{role.Line}: to '{to}'");
            else if (from.Earliest > end.Latest)
                problems.Add($"{role.Line}: {role["person_id"]} ends before it starts");
        }
        Assert.Empty(problems);
    }

    [Fact]
    public void Single_holder_offices_do_not_overlap()
    {
        var terms = Roles.Where(r => SingleHolderRoles.Contains(r.Required("role")))
            .Select(Term.Read)
            .GroupBy(t => (t.Country, t.Role, t.Seat));
        var problems = new List<string>();
        foreach (var office in terms)
        {
            var list = office.OrderBy(t => t.From).ToList();
            for (var i = 0; i < list.Count; i++)
            {
                for (var j = i + 1; j < list.Count; j++)
                {
                    var a = list[i];
                    var b = list[j];
                    if (a.PersonId == b.PersonId || a.Excused || b.Excused)
                        continue;
                    // Only a certain overlap counts: the latest reading of a start against the earliest reading of an end.
                    var overlapStart = a.From > b.From ? a.From : b.From;
                    var overlapEnd = a.To < b.To ? a.To : b.To;
                    var days = overlapEnd.DayNumber - overlapStart.DayNumber;
                    if (days > 7)
                        problems.Add($"{office.Key}: {a.PersonId} (line {a.Line}) and {b.PersonId} (line {b.Line}) overlap {days} days");
                }
            }
        }
        Assert.Empty(problems);
    }

    public static TheoryData<string, string> MainOffices()
    {
        var data = new TheoryData<string, string>();
        foreach (var state in ArabLeagueStates)
        {
            foreach (var role in new[] { "head_of_state", "head_of_government", "foreign_minister", "defence_minister" })
                data.Add(state, role);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(MainOffices))]
    public void Main_offices_are_filled_on_the_coverage_day(string country, string role)
    {
        var holders = Roles.Where(r => r["country"] == country && r["role"] == role)
            .Select(Term.Read)
            .Where(t => t.Covers(CoverageDay))
            .ToList();
        if (KnownGaps.ContainsKey((country, role)))
            Assert.Empty(holders);
        else
            Assert.NotEmpty(holders);
    }

    [Fact]
    public void Every_arab_state_has_head_of_state_terms()
    {
        var states = Roles.Where(r => r["role"] == "head_of_state").Select(r => r.Required("country")).ToHashSet();
        var missing = ArabLeagueStates.Where(s => !states.Contains(s)).ToList();
        Assert.Empty(missing);
    }

    [Fact]
    public void Arabic_names_are_in_arabic_script()
    {
        var bad = Persons
            .SelectMany(p => new[] { p.Required("name_ar") }.Concat(p.List("aliases")).Concat(p.List("short"))
                .Select(name => (p.Line, Name: name)))
            .Where(x => !ArabicNamePattern().IsMatch(x.Name))
            .Select(x => $"{x.Line}: '{x.Name}'").ToList();
        Assert.Empty(bad);
    }

    [Fact]
    public void English_names_are_present()
    {
        var missing = Persons.Where(p => p["name_en"] is null).Select(p => p.Line).ToList();
        Assert.Empty(missing);
    }

    [Fact]
    public void No_full_name_or_alias_points_at_two_people()
    {
        var owners = new Dictionary<string, string>(StringComparer.Ordinal);
        var clashes = new List<string>();
        foreach (var person in Persons)
        {
            var id = person.Required("id");
            var names = new[] { person.Required("name_ar") }.Concat(person.List("aliases"))
                .Select(ArabicNormalizer.Key).Distinct();
            foreach (var name in names)
            {
                if (owners.TryGetValue(name, out var other) && other != id)
                    clashes.Add($"'{name}': {other} and {id}");
                else
                    owners[name] = id;
            }
        }
        Assert.Empty(clashes);
    }

    [Fact]
    public void Aliases_do_not_repeat_the_name_after_normalisation()
    {
        var repeats = Persons
            .Where(p => p.List("aliases").Any(a => ArabicNormalizer.Key(a) == ArabicNormalizer.Key(p.Required("name_ar"))))
            .Select(p => p.Required("id")).ToList();
        Assert.Empty(repeats);
    }

    [Theory]
    [InlineData("bashar-al-assad", "SYR", "head_of_state", "2020-06-01", true)]
    [InlineData("bashar-al-assad", "SYR", "head_of_state", "2025-01-01", false)]
    [InlineData("ahmed-al-sharaa", "SYR", "head_of_state", "2025-06-01", true)]
    [InlineData("walid-al-muallem", "SYR", "foreign_minister", "2019-01-01", true)]
    [InlineData("faisal-mekdad", "SYR", "foreign_minister", "2021-02-17", true)]
    [InlineData("faisal-mekdad", "SYR", "foreign_minister", "2020-11-01", false)]
    [InlineData("asaad-al-shaibani", "SYR", "foreign_minister", "2025-03-01", true)]
    [InlineData("murhaf-abu-qasra", "SYR", "defence_minister", "2025-03-01", true)]
    [InlineData("mohammed-bin-salman", "SAU", "crown_prince", "2020-01-01", true)]
    [InlineData("mohammed-bin-salman", "SAU", "head_of_government", "2021-01-01", false)]
    [InlineData("abdel-fattah-el-sisi", "EGY", "head_of_state", "2016-01-01", true)]
    [InlineData("ahmed-isse-awad", "SOM", "foreign_minister", "2020-11-01", true)]
    [InlineData("mohamed-abdirizak", "SOM", "foreign_minister", "2022-03-01", false)]
    [InlineData("abdisaid-muse-ali", "SOM", "foreign_minister", "2022-03-01", true)]
    [InlineData("ismail-ould-cheikh-ahmed", "MRT", "foreign_minister", "2018-07-01", true)]
    [InlineData("hassan-omar-mohamed-bourhan", "DJI", "defence_minister", "2019-06-01", true)]
    public void Well_known_terms_are_recorded(string personId, string country, string role, string day, bool holds)
    {
        var date = DateOnly.ParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var held = Roles.Where(r => r["person_id"] == personId && r["country"] == country && r["role"] == role)
            .Select(Term.Read)
            .Any(t => t.Covers(date));
        Assert.Equal(holds, held);
    }

    private readonly record struct PartialDate(DateOnly Earliest, DateOnly Latest);

    private static bool TryParse(string text, out PartialDate date)
    {
        var c = CultureInfo.InvariantCulture;
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", c, DateTimeStyles.None, out var day))
        {
            date = new PartialDate(day, day);
            return true;
        }
        if (DateOnly.TryParseExact(text + "-01", "yyyy-MM-dd", c, DateTimeStyles.None, out var month) && text.Length == 7)
        {
            date = new PartialDate(month, month.AddMonths(1).AddDays(-1));
            return true;
        }
        if (text.Length == 4 && int.TryParse(text, NumberStyles.None, c, out var year) && year is > 1900 and < 2100)
        {
            date = new PartialDate(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
            return true;
        }
        date = default;
        return false;
    }

    /// <summary>A term read conservatively: the latest day it surely began and the earliest day it surely ended.</summary>
    /// <remarks>
    /// <see cref="Seat"/> separates offices that share a role id inside one state, such as the crown princes of
    /// Abu Dhabi and Dubai; the note names the seat ("Crown Prince of Dubai").
    /// </remarks>
    private sealed record Term(string PersonId, string Country, string Role, string Seat, DateOnly From, DateOnly To, bool Excused, int Line)
    {
        public static Term Read(TsvRow row)
        {
            TryParse(row.Required("from"), out var from);
            var to = row["to"] is { } end && TryParse(end, out var parsed) ? parsed.Earliest : DateOnly.MaxValue;
            var note = row["note"] ?? "";
            var excused = note.Contains("rival", StringComparison.OrdinalIgnoreCase)
                || note.Contains("disputed", StringComparison.OrdinalIgnoreCase)
                || note.Contains("acting overlap", StringComparison.OrdinalIgnoreCase);
            var seat = SeatPattern().Match(note).Groups[1].Value;
            return new Term(row.Required("person_id"), row.Required("country"), row.Required("role"), seat, from.Latest, to, excused, row.Line);
        }

        public bool Covers(DateOnly day) => From <= day && day <= To;
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex SlugPattern();

    [GeneratedRegex("^Crown Prince of ([A-Z][a-z]+(?: [A-Z][a-z]+)?)")]
    private static partial Regex SeatPattern();

    [GeneratedRegex("^[A-Z]{3}$")]
    private static partial Regex CountryPattern();

    [GeneratedRegex("^[a-z]+(_[a-z]+)*$")]
    private static partial Regex RolePattern();

    // Arabic letters (with diacritics) separated by single spaces; no Latin, digits or punctuation.
    [GeneratedRegex(@"^[\u0621-\u064A\u064B-\u0652\u0670\u067E\u0686\u06A4\u06AF\u06CC]+( [\u0621-\u064A\u064B-\u0652\u0670\u067E\u0686\u06A4\u06AF\u06CC]+)*$")]
    private static partial Regex ArabicNamePattern();
}
