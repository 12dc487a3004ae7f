using System.Security.Cryptography;
using System.Text;
using Marsad.Actors.Recognition;
using Marsad.Actors.Recognition.Coreference;
using Marsad.Data;
using Marsad.Text;
using Marsad.Time;

namespace Marsad.Actors;

internal sealed record Country(
    string Iso3,
    string? Iso2,
    string? NameEn,
    string NameAr,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<string> Demonyms,
    IReadOnlyList<string> Capitals,
    IReadOnlyList<string> Metonyms);

/// <summary>An organisation of organizations.tsv; <see cref="Code"/>: the CAMEO actor code of an international body (IGOUNO).</summary>
internal sealed record Organization(
    string Id,
    string? Type,
    string? NameEn,
    string NameAr,
    IReadOnlyList<string> Aliases,
    string? Country,
    IReadOnlyList<string> Members,
    string? Code = null);

/// <summary>A city, region or venue of places.tsv (event locations).</summary>
internal sealed record KnownPlace(string NameAr, IReadOnlyList<string> Aliases, string? Country, string? Kind);

internal sealed record Person(
    string Id,
    string? NameEn,
    string NameAr,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<string> Short,
    string? Country);

/// <summary>How a title phrase gets its country (titles.tsv needs_country).</summary>
internal enum TitleCountry
{
    /// <summary>A demonym or country name may follow ("وزير الخارجية الروسي").</summary>
    Optional,

    /// <summary>Construct form: read as a title only when a country follows ("وزير خارجية روسيا").</summary>
    Required,

    /// <summary>The preceding actor's country ("بوتين ووزير خارجيته").</summary>
    Possessor,

    /// <summary>Never takes a country ("المبعوث الأممي").</summary>
    None,
}

/// <summary>One row of titles.tsv.</summary>
internal sealed record Title(string Phrase, string Role, TitleCountry NeedsCountry, IReadOnlyList<string> Countries, string? Note)
{
    /// <summary>The country the phrase itself names, when it is specific to one state.</summary>
    public string? ImpliedCountry => Countries.Count == 1 ? Countries[0] : null;

    /// <summary>Whether the phrase denotes <see cref="Role"/> for a person of this country.</summary>
    public bool AppliesTo(string? country) =>
        Countries.Count == 0 || (country is not null && Countries.Contains(country));
}

/// <summary>A coreference cue of rules/coreference.tsv.</summary>
internal sealed record CorefCue(string Cue, string Type, IReadOnlyList<string> Roles)
{
    /// <summary>Whether a referent with this role fits the cue ("الوزيران": roles ending in minister).</summary>
    public bool Accepts(string? role) =>
        Roles.Count == 0 || role is not null && Roles.Any(r =>
            r.StartsWith('*') ? role.EndsWith(r[1..], StringComparison.Ordinal)
            : r.EndsWith('*') ? role.StartsWith(r[..^1], StringComparison.Ordinal)
            : r == role);
}

/// <summary>A demonym inflection of rules/demonym-inflections.tsv ("" = bare form).</summary>
internal sealed record DemonymInflection(string Suffix, string Gender, string Number);

/// <summary>
/// The actor knowledge base: countries, organisations, places, persons and their time-bounded
/// roles, loaded from Data/actors/** and optionally from user files; plus the recognition rules
/// (titles, honorifics, former-office markers, coreference cues, demonym inflections).
/// </summary>
public sealed partial class KnowledgeBase
{
    private static readonly Lazy<KnowledgeBase> Embedded = new(() => Load([]));

    private readonly Dictionary<string, Country> countries = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Organization> organizations = new(StringComparer.Ordinal);
    private readonly Dictionary<string, KnownPlace> places = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Person> persons = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<RoleSpan>> roles = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Title> titles = new(StringComparer.Ordinal);
    private readonly List<string> honorifics = [];
    private readonly Dictionary<string, string> formerMarkers = new(StringComparer.Ordinal);
    private readonly Dictionary<string, CorefCue> corefCues = new(StringComparer.Ordinal);
    private readonly List<DemonymInflection> inflections = [];
    private readonly Dictionary<string, List<string>> brokenPlurals = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> dualHeads = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> groupHeads = new(StringComparer.Ordinal);
    private readonly List<string[]> listOpeners = [];
    private readonly HashSet<string> nameBinders = new(StringComparer.Ordinal);
    private readonly HashSet<string> cityCues = new(StringComparer.Ordinal);
    private readonly HashSet<string> capitalCues = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> countryPrepositions = new(StringComparer.Ordinal);
    private Lexicon? lexicon;

    private KnowledgeBase()
    {
    }

    /// <summary>The knowledge base shipped with Marsad.</summary>
    public static KnowledgeBase Default => Embedded.Value;

    /// <summary>The shipped knowledge base extended (or corrected: same id = replaced) by user files.</summary>
    public static KnowledgeBase Load(IEnumerable<string> extraFiles) =>
        FromTables(EmbeddedTables().Concat(extraFiles.Select(f => (Path.GetFileName(f), Tsv.ParseFile(f)))), includeEmbedded: false);

    /// <summary>
    /// A knowledge base from tables given as (file name, rows). The recognition rules
    /// (titles.tsv, rules/*) always come from the assembly; with <paramref name="includeEmbedded"/>
    /// the shipped countries, organisations, places and people are loaded first.
    /// </summary>
    internal static KnowledgeBase FromTables(IEnumerable<(string FileName, IReadOnlyList<TsvRow> Rows)> tables, bool includeEmbedded = false)
    {
        var kb = new KnowledgeBase();
        kb.LoadRules();
        var all = includeEmbedded ? EmbeddedTables().Concat(tables) : tables;
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var (name, rows) in all)
        {
            kb.AddTable(name, rows);
            hash.AppendData(Encoding.UTF8.GetBytes(name + "\n" + string.Join("\n", rows.Select(r => string.Join('\t', r.Cells))) + "\f"));
        }
        foreach (var list in kb.roles.Values)
            list.Sort((a, b) => Nullable.Compare(a.From, b.From));
        kb.Fingerprint = Convert.ToHexString(hash.GetHashAndReset());
        return kb;
    }

    /// <summary>Same as <see cref="FromTables"/> over TSV texts (file name, content): handy in tests.</summary>
    internal static KnowledgeBase FromTsv(IEnumerable<(string FileName, string Text)> files, bool includeEmbedded = false) =>
        FromTables(files.Select(f => (f.FileName, Tsv.Parse(f.Text, f.FileName))), includeEmbedded);

    private static IEnumerable<(string, IReadOnlyList<TsvRow>)> EmbeddedTables()
    {
        foreach (var file in new[] { "actors/countries.tsv", "actors/organizations.tsv", "actors/places.tsv" })
            yield return (file, DataFiles.ReadTable(file));
        foreach (var file in DataFiles.Files("actors/people", ".tsv").Where(f => f.EndsWith(".persons.tsv", StringComparison.Ordinal)))
            yield return (file, DataFiles.ReadTable(file));
        foreach (var file in DataFiles.Files("actors/people", ".tsv").Where(f => f.EndsWith(".roles.tsv", StringComparison.Ordinal)))
            yield return (file, DataFiles.ReadTable(file));
    }

    internal IReadOnlyCollection<Country> Countries => countries.Values;
    internal IReadOnlyCollection<Organization> Organizations => organizations.Values;
    internal IReadOnlyCollection<KnownPlace> Places => places.Values;
    internal IReadOnlyCollection<Person> Persons => persons.Values;
    internal IReadOnlyCollection<Title> Titles => titles.Values;
    internal IReadOnlyList<string> Honorifics => honorifics;
    internal IReadOnlyDictionary<string, string> FormerMarkers => formerMarkers;
    internal IReadOnlyCollection<CorefCue> CoreferenceCues => corefCues.Values;
    internal IReadOnlyList<DemonymInflection> DemonymInflections => inflections;
    internal IReadOnlyDictionary<string, string> DualTitleHeads => dualHeads;

    /// <summary>Heads of a title shared by several listed states (rules/group-titles.tsv): head → singular.</summary>
    internal IReadOnlyDictionary<string, string> GroupTitleHeads => groupHeads;

    /// <summary>Words that may open a group title's list of states (rules/list-openers.tsv), as normalised tokens.</summary>
    internal IReadOnlyList<string[]> ListOpeners => listOpeners;
    internal CorefCue? Cue(string cue) => corefCues.GetValueOrDefault(cue);
    internal NameWords NameWords { get; } = NameWords.Default;

    /// <summary>Words that make a name of a state and of another state's capital the city (rules/city-cues.tsv).</summary>
    internal IReadOnlySet<string> CityCues => cityCues;

    /// <summary>Words naming a state's capital before its demonym (rules/capital-cues.tsv), as lexicon stems ("عاصمه").</summary>
    internal IReadOnlySet<string> CapitalCues => capitalCues;
    internal IReadOnlySet<string> NameBinders => nameBinders;

    /// <summary>Prepositions joining a title to its country (normalised word → how evidence quotes it).</summary>
    internal IReadOnlyDictionary<string, string> CountryPrepositions => countryPrepositions;

    internal Title? TitleByKey(string key) => titles.GetValueOrDefault(key);

    internal Country? FindCountry(string iso3) => countries.GetValueOrDefault(iso3);
    internal Person? FindPerson(string id) => persons.GetValueOrDefault(id);
    internal Organization? FindOrganization(string id) => organizations.GetValueOrDefault(id);

    /// <summary>The country of a place or capital by its Arabic name (any spelling listed), or null.</summary>
    internal string? CountryOfPlace(string name)
    {
        var key = LexKey.Joined(name);
        foreach (var p in places.Values)
            if (LexKey.Joined(p.NameAr) == key || p.Aliases.Any(a => LexKey.Joined(a) == key))
                return p.Country;
        foreach (var c in countries.Values)
            if (c.Capitals.Any(a => LexKey.Joined(a) == key))
                return c.Iso3;
        return null;
    }

    /// <summary>Member states (ISO3) of a format or alliance.</summary>
    internal IReadOnlyList<string> MembersOf(string organizationId) =>
        organizations.TryGetValue(organizationId, out var o) ? o.Members : [];

    /// <summary>Roles the person held, in date order.</summary>
    internal IReadOnlyList<RoleSpan> RolesOf(string personId) =>
        roles.TryGetValue(personId, out var list) ? list : [];

    /// <summary>Terms of <paramref name="role"/> in <paramref name="country"/> overlapping <paramref name="when"/>.</summary>
    internal IReadOnlyList<RoleSpan> TermsOf(string country, string role, DateInterval when) =>
        TermsByOffice.TryGetValue((country, role), out var terms) ? terms.Where(r => Overlaps(r, when)).ToArray() : [];

    /// <summary>Persons whose term of <paramref name="role"/> in <paramref name="country"/> overlaps <paramref name="when"/>.</summary>
    internal IReadOnlyList<Person> HoldersOf(string country, string role, DateInterval when) =>
        TermsOf(country, role, when)
            .Select(r => r.PersonId).Distinct()
            .Select(id => persons.GetValueOrDefault(id) ?? new Person(id, null, id, [], [], country))
            .ToArray();

    /// <summary>Terms of the person overlapping <paramref name="when"/>.</summary>
    internal IReadOnlyList<RoleSpan> RolesOf(string personId, DateInterval when) =>
        RolesOf(personId).Where(r => Overlaps(r, when)).ToArray();

    internal static bool Overlaps(RoleSpan r, DateInterval when) =>
        (r.From ?? DateOnly.MinValue) <= when.To && when.From <= (r.To ?? DateOnly.MaxValue);

    internal Lexicon Lexicon => lexicon ??= Lexicon.Build(this);

    /// <summary>Every inflected form of a masculine singular demonym (rules/demonym-*.tsv).</summary>
    internal IReadOnlyList<(string Form, DemonymInflection Inflection)> InflectDemonym(string demonym)
    {
        var bare = ArabicClitics.WithoutArticle(demonym);
        var forms = inflections.Select(i => (bare + i.Suffix, i)).ToList();
        if (brokenPlurals.TryGetValue(ArabicNormalizer.Key(bare), out var plurals))
            forms.AddRange(plurals.Select(p => (p, new DemonymInflection("", "m", "plural"))));
        return forms;
    }

    private void LoadRules()
    {
        AddTable("actors/titles.tsv", DataFiles.ReadTable("actors/titles.tsv"));
        foreach (var row in DataFiles.ReadTable("actors/rules/honorifics.tsv"))
            honorifics.Add(row.Required("honorific"));
        foreach (var row in DataFiles.ReadTable("actors/rules/former-markers.tsv"))
            formerMarkers[row.Required("marker")] = row["meaning"] ?? "former";
        foreach (var row in DataFiles.ReadTable("actors/rules/coreference.tsv"))
            corefCues[row.Required("cue")] = new CorefCue(row.Required("cue"), CoreferenceResolvers.CheckType(row), row.List("roles"));
        foreach (var row in DataFiles.ReadTable("actors/rules/demonym-inflections.tsv"))
        {
            var suffix = row.Required("suffix");
            inflections.Add(new DemonymInflection(suffix == "-" ? "" : suffix, row.Required("gender"), row.Required("number")));
        }
        foreach (var row in DataFiles.ReadTable("actors/rules/demonym-plurals.tsv"))
        {
            var key = ArabicNormalizer.Key(row.Required("demonym"));
            if (!brokenPlurals.TryGetValue(key, out var list))
                brokenPlurals[key] = list = [];
            list.Add(row.Required("plural"));
        }
        foreach (var row in DataFiles.ReadTable("actors/rules/dual-titles.tsv"))
            dualHeads[row.Required("dual")] = row.Required("singular");
        foreach (var row in DataFiles.ReadTable("actors/rules/group-titles.tsv"))
            groupHeads[row.Required("head")] = row.Required("singular");
        foreach (var row in DataFiles.ReadTable("actors/rules/list-openers.tsv"))
            listOpeners.Add(Tokenizer.Tokenize(ArabicNormalizer.Normalize(row.Required("opener"))).Select(t => t.Norm).ToArray());
        foreach (var row in DataFiles.ReadTable("actors/rules/name-binders.tsv"))
            nameBinders.Add(ArabicNormalizer.Key(row.Required("word")));
        foreach (var row in DataFiles.ReadTable("actors/rules/city-cues.tsv"))
            cityCues.Add(row.Required("word"));
        foreach (var row in DataFiles.ReadTable("actors/rules/capital-cues.tsv"))
            capitalCues.Add(LexKey.Word(ArabicNormalizer.Key(row.Required("word"))));
        foreach (var row in DataFiles.ReadTable("actors/rules/country-prepositions.tsv"))
            countryPrepositions[ArabicNormalizer.Key(row.Required("word"))] = row.Required("evidence");
    }

    private enum TableKind
    {
        Unknown,
        Countries,
        Organizations,
        Places,
        Persons,
        Roles,
        Titles,
    }

    /// <summary>Which table a file extends: by its name suffix, else by its columns.</summary>
    private static TableKind KindOf(string fileName, TsvRow? first)
    {
        var name = Path.GetFileName(fileName).ToLowerInvariant();
        if (name.EndsWith("countries.tsv", StringComparison.Ordinal))
            return TableKind.Countries;
        if (name.EndsWith("organizations.tsv", StringComparison.Ordinal) || name.EndsWith("organisations.tsv", StringComparison.Ordinal))
            return TableKind.Organizations;
        if (name.EndsWith("places.tsv", StringComparison.Ordinal))
            return TableKind.Places;
        if (name.EndsWith("persons.tsv", StringComparison.Ordinal))
            return TableKind.Persons;
        if (name.EndsWith("roles.tsv", StringComparison.Ordinal))
            return TableKind.Roles;
        if (name.EndsWith("titles.tsv", StringComparison.Ordinal))
            return TableKind.Titles;
        if (first is null)
            return TableKind.Unknown;
        if (first.HasColumn("title_ar"))
            return TableKind.Titles;
        if (first.HasColumn("person_id"))
            return TableKind.Roles;
        if (first.HasColumn("iso3"))
            return TableKind.Countries;
        if (first.HasColumn("members") || first.HasColumn("type"))
            return TableKind.Organizations;
        if (first.HasColumn("id") && first.HasColumn("name_ar"))
            return TableKind.Persons;
        if (first.HasColumn("name_ar") && first.HasColumn("country"))
            return TableKind.Places;
        return TableKind.Unknown;
    }

    private void AddTable(string fileName, IReadOnlyList<TsvRow> rows)
    {
        if (rows.Count == 0)
            return;
        switch (KindOf(fileName, rows[0]))
        {
            case TableKind.Countries:
                foreach (var r in rows)
                {
                    var iso3 = r.Required("iso3");
                    countries[iso3] = new Country(iso3, r["iso2"], r["name_en"], r.Required("name_ar"), r.List("aliases"),
                        r.List("demonym"), r.List("capital"), r.List("metonyms"));
                }
                break;
            case TableKind.Organizations:
                foreach (var r in rows)
                {
                    var id = r.Required("id");
                    organizations[id] = new Organization(id, r["type"], r["name_en"], r.Required("name_ar"), r.List("aliases"),
                        r["country"], r.List("members"), r["code"]);
                }
                break;
            case TableKind.Places:
                foreach (var r in rows)
                {
                    var name = r.Required("name_ar");
                    places[name] = new KnownPlace(name, r.List("aliases"), r["country"], r["kind"]);
                }
                break;
            case TableKind.Persons:
                foreach (var r in rows)
                {
                    var id = r.Required("id");
                    persons[id] = new Person(id, r["name_en"], r.Required("name_ar"), r.List("aliases"), r.List("short"), r["country"]);
                }
                break;
            case TableKind.Roles:
                foreach (var r in rows)
                {
                    var span = ReadTerm(r);
                    if (!roles.TryGetValue(span.PersonId, out var list))
                        roles[span.PersonId] = list = [];
                    if (!list.Contains(span))
                        list.Add(span);
                }
                break;
            case TableKind.Titles:
                foreach (var r in rows)
                {
                    var phrase = r.Required("title_ar");
                    titles[ArabicNormalizer.Key(phrase)] = new Title(phrase, r.Required("role"), ParseNeeds(r["needs_country"], r),
                        r.List("countries"), r["note"]);
                }
                break;
            default:
                throw new FormatException($"{fileName}: cannot tell which knowledge-base table this file extends (name it *.persons.tsv, *.roles.tsv, countries.tsv, organizations.tsv, places.tsv or titles.tsv, or use the documented columns).");
        }
    }

    private static TitleCountry ParseNeeds(string? value, TsvRow row) => value switch
    {
        null or "optional" or "yes" => TitleCountry.Optional,
        "required" => TitleCountry.Required,
        "possessor" => TitleCountry.Possessor,
        "no" or "none" => TitleCountry.None,
        _ => throw new FormatException($"{row.Source}:{row.Line}: needs_country '{value}' is not optional|required|possessor|no."),
    };
}
