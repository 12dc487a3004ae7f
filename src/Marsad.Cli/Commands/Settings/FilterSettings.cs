using System.ComponentModel;
using Marsad.Export;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Marsad.Cli.Commands;

/// <summary>The timeline filters, shared by timeline and export.</summary>
public class FilterSettings : ViewSettings
{
    /// <summary>--pair.</summary>
    [CommandOption("--pair <PAIR>")]
    [Description("Two countries that both take part, in either order: SYR-RUS (codes or names).")]
    public string? Pair { get; init; }

    /// <summary>--country.</summary>
    [CommandOption("--country <COUNTRY>")]
    [Description("A country that takes part, or where the event happened: an ISO3 code (SYR), an English or an Arabic name; several separated by commas (any of them).")]
    public string? Country { get; init; }

    /// <summary>--from.</summary>
    [CommandOption("--from <DATE>")]
    [Description("Keep events whose date interval reaches this day or later (yyyy-MM-dd, yyyy-MM or yyyy).")]
    public string? From { get; init; }

    /// <summary>--to.</summary>
    [CommandOption("--to <DATE>")]
    [Description("Keep events whose date interval starts on or before this day.")]
    public string? To { get; init; }

    /// <summary>--within.</summary>
    [CommandOption("--within")]
    [Description("With --from/--to: keep only events whose whole date interval lies inside (default: any overlap).")]
    public bool Within { get; init; }

    /// <summary>--precision.</summary>
    [CommandOption("--precision <PRECISION>")]
    [Description("Keep events dated at least this precisely: day, days (2-7), month (up to 31), year (up to 366) or wider.")]
    public string? Precision { get; init; }

    /// <summary>--type.</summary>
    [CommandOption("--type <TYPE>")]
    [Description("PLOVER event type: consult, agree, support, accuse, ...")]
    public string? Type { get; init; }

    /// <summary>--mode.</summary>
    [CommandOption("--mode <MODE>")]
    [Description("PLOVER mode: phone, visit, multilateral, third-party, or none.")]
    public string? Mode { get; init; }

    /// <summary>--status.</summary>
    [CommandOption("--status <STATUS>")]
    [Description("occurred, planned or denied.")]
    public string? Status { get; init; }

    internal TimelineQuery ToQuery() => TimelineQuery.Parse(Pair, Country, From, To, Type, Mode, Status, within: Within, precision: Precision);

    /// <inheritdoc/>
    public override ValidationResult Validate()
    {
        foreach (var (option, value, isEnd) in new[] { ("--from", From, false), ("--to", To, true) })
        {
            try
            {
                TimelineQuery.ParseBound(value, isEnd);
            }
            catch (FormatException)
            {
                return ValidationResult.Error($"{option} {value}: not a calendar day (yyyy-MM-dd), month (yyyy-MM) or year (yyyy)");
            }
        }
        TimelineQuery query;
        try
        {
            query = ToQuery();
        }
        catch (FormatException e)
        {
            return ValidationResult.Error(e.Message);
        }
        if (query is { From: { } from, To: { } to } && from > to)
            return ValidationResult.Error($"--from {From} is after --to {To}");
        if (Within && query.From is null && query.To is null)
            return ValidationResult.Error("--within needs --from or --to");
        return base.Validate();
    }
}
