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

    [CommandOption("--db-password-file <FILE>")]
    [Description("Read the PostgreSQL password from this file (its first line) instead of the connection string. PGPASSWORD and PGPASSFILE (~/.pgpass) work too.")]
    public string? PasswordFile { get; init; }

    public string DatabaseOrDefault =>
        Database ?? Environment.GetEnvironmentVariable("MARSAD_DB") ?? "marsad.db";

    /// <summary>The store as it may be shown: any password in it masked.</summary>
    public string DatabaseForDisplay => Secrets.RedactConnection(DatabaseOrDefault);

    public IMarsadStore OpenStore() => StoreFactory.Open(DatabaseOrDefault, PasswordFile);
}
