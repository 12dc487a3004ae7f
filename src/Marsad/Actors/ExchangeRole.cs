using System.Text.Json.Serialization;
using Marsad.Data;

namespace Marsad.Actors;

/// <summary>
/// The roles the exchange format names a participant by (/work/shared/eval/README.md): a closed set,
/// in the order they describe a person who holds several at once. Other offices of
/// Data/actors/titles.tsv and the role tables (deputy_foreign_minister, crown_prince...) are role ids
/// of their own (<see cref="ActorRef.Role"/>) with no exchange role.
/// </summary>
[JsonConverter(typeof(ClosedNameConverter<ExchangeRole>))]
public readonly record struct ExchangeRole : IClosedName<ExchangeRole>
{
    private ExchangeRole(string name) => Name = name;

    /// <summary>The role id ("foreign_minister").</summary>
    public string Name { get; }

    /// <summary>President, king, emir.</summary>
    public static ExchangeRole HeadOfState { get; } = new("head_of_state");

    /// <summary>Prime minister.</summary>
    public static ExchangeRole HeadOfGovernment { get; } = new("head_of_government");

    /// <summary>Foreign minister.</summary>
    public static ExchangeRole ForeignMinister { get; } = new("foreign_minister");

    /// <summary>Defence minister.</summary>
    public static ExchangeRole DefenceMinister { get; } = new("defence_minister");

    /// <summary>Head of an intelligence service.</summary>
    public static ExchangeRole IntelligenceChief { get; } = new("intelligence_chief");

    /// <summary>A special envoy.</summary>
    public static ExchangeRole Envoy { get; } = new("envoy");

    /// <summary>Every exchange role, highest in rank first.</summary>
    public static IReadOnlyList<ExchangeRole> All { get; } =
        [HeadOfState, HeadOfGovernment, ForeignMinister, DefenceMinister, IntelligenceChief, Envoy];

    /// <summary>The exchange role a role id names, or null for an office the exchange format does not name.</summary>
    public static ExchangeRole? Of(string? roleId) => ClosedName.Find<ExchangeRole>(roleId);

    /// <summary>The role id.</summary>
    public override string ToString() => Name;
}
