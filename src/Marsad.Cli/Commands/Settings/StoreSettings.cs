using System.ComponentModel;
using Marsad.Store;
using Spectre.Console.Cli;

namespace Marsad.Cli.Commands;

/// <summary>Options every command that touches the store shares.</summary>
public class StoreSettings : CommandSettings
{
    [CommandOption("--db <DATABASE>")]
    [Description("SQLite file (default: marsad.db, or $MARSAD_DB) or a PostgreSQL connection string (Host=...).")]
    public string? Database { get; init; }

    public string DatabaseOrDefault =>
        Database ?? Environment.GetEnvironmentVariable("MARSAD_DB") ?? "marsad.db";

    public IMarsadStore OpenStore() => StoreFactory.Open(DatabaseOrDefault);
}
