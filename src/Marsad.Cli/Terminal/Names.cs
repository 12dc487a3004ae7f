using Marsad.Actors;
using Marsad.Data;
using Marsad.Events;
using Marsad.Export;

namespace Marsad.Cli.Terminal;

/// <summary>
/// How the terminal views name actors, places, roles and outlets: as printed in Arabic (the
/// default), or, with --names en for terminals that cannot show Arabic, by the knowledge base's
/// English names, ISO3 codes and English role names (outlets by their Latin name in
/// Data/clean/outlets.tsv). Nothing Arabic is printed in English style: a name the knowledge base
/// does not have in English is described by its role and country.
/// </summary>
internal sealed class Names
{
    private static readonly Lazy<IReadOnlyDictionary<string, string>> OutletNames = new(LoadOutletNames);

    private Names(bool english) => IsEnglish = english;

    /// <summary>Names as printed (Arabic), roles by their Arabic labels.</summary>
    public static Names Arabic { get; } = new(english: false);

    /// <summary>English names, ISO3 codes, English role names.</summary>
    public static Names English { get; } = new(english: true);

    /// <summary>True for the English style.</summary>
    public bool IsEnglish { get; }

    /// <summary>The style --names gives: ar (default) or en; a <see cref="FormatException"/> otherwise.</summary>
    public static Names Parse(string? value) => value?.Trim().ToLowerInvariant() switch
    {
        null or "" or "ar" => Arabic,
        "en" => English,
        _ => throw new FormatException($"--names {value}: not one of ar|en"),
    };

    /// <summary>A column or field label: "Date / التاريخ", or only "Date" in English.</summary>
    public string Label(string english, string arabic) => IsEnglish ? english : $"{english} / {arabic}";

    /// <summary>"name (role, country)": the person, state or organisation and what the event needs to know of it.</summary>
    public string Participant(EventParticipant p) => Actor(p.Actor);

    /// <summary>"name (role, country)".</summary>
    public string Actor(ActorRef actor)
    {
        var name = Name(actor);
        var details = new[] { Role(actor.Role), name == actor.Country ? null : actor.Country }.OfType<string>().ToArray();
        return details.Length == 0 ? name : $"{name} ({string.Join(", ", details)})";
    }

    /// <summary>The actor's name in this style (a state by its ISO3 code in English).</summary>
    public string Name(ActorRef actor)
    {
        if (!IsEnglish)
            return actor.Name ?? actor.Country ?? actor.Id ?? "?";
        return ActorNames.English(actor);
    }

    /// <summary>A role in this style: its Arabic label (رئيس الدولة) or its English one (head of state); the id when there is none.</summary>
    public string? Role(string? role) => ActorNames.Role(role, IsEnglish);

    /// <summary>"name (country)" in Arabic; the ISO3 code alone in English (places have no English names in the base).</summary>
    public string Place(Place? where) => where switch
    {
        null => "-",
        _ when IsEnglish => where.Country ?? "-",
        { Name: { } name, Country: { } country } => $"{name} ({country})",
        { Name: { } name } => name,
        { Country: { } country } => country,
        _ => "-",
    };

    /// <summary>The outlet as printed, or its Latin name (else its web domain) in English.</summary>
    public string Outlet(string outlet) =>
        IsEnglish ? OutletNames.Value.GetValueOrDefault(outlet) ?? (Bidi.HasRtl(outlet) ? "outlet?" : outlet) : outlet;

    private static IReadOnlyDictionary<string, string> LoadOutletNames()
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var row in DataFiles.ReadTable("clean/outlets.tsv"))
        {
            var latin = row.List("aliases").FirstOrDefault(a => !Bidi.HasRtl(a)) ?? row.List("domains").FirstOrDefault();
            if (latin is not null)
                names.TryAdd(row.Required("name"), latin);
        }
        return names;
    }
}
