using System.ComponentModel;
using Marsad.Export;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Marsad.Cli.Commands;

/// <summary>The timeline filters, shared by timeline and export.</summary>
public class FilterSettings : ViewSettings
{
    [CommandOption("--pair <PAIR>")]
    [Description("Two countries that both take part, in either order: SYR-RUS.")]
    public string? Pair { get; init; }

    [CommandOption("--country <ISO3>")]
    [Description("A country that takes part, or where the event happened.")]
    public string? Country { get; init; }

    [CommandOption("--from <DATE>")]
    [Description("Keep events whose date interval reaches this day or later (yyyy-MM-dd, yyyy-MM or yyyy).")]
    public string? From { get; init; }

    [CommandOption("--to <DATE>")]
    [Description("Keep events whose date interval starts on or before this day.")]
    public string? To { get; init; }

    [CommandOption("--type <TYPE>")]
    [Description("PLOVER event type: consult, agree, support, accuse, ...")]
    public string? Type { get; init; }

    [CommandOption("--mode <MODE>")]
    [Description("PLOVER mode: phone, visit, multilateral, third-party, or none.")]
    public string? Mode { get; init; }

    [CommandOption("--status <STATUS>")]
    [Description("occurred, planned or denied.")]
    public string? Status { get; init; }

    internal TimelineQuery ToQuery() => TimelineQuery.Parse(Pair, Country, From, To, Type, Mode, Status);

    public override ValidationResult Validate()
    {
        try
        {
            ToQuery();
            return ValidationResult.Success();
        }
        catch (FormatException e)
        {
            return ValidationResult.Error(e.Message);
        }
    }
}
