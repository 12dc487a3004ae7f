using System.ComponentModel;
using Marsad.Store;
using Spectre.Console.Cli;

namespace Marsad.Cli.Commands;

/// <summary>Options every command that touches the store shares.</summary>
public class StoreSettings : CommandSettings
{
    /// <summary>The store named on the command line, if any.</summary>
    [CommandOption("--db <DATABASE>")]
    [Description("SQLite file (default: marsad.db, or $MARSAD_DB) or a PostgreSQL connection string (Host=...).")]
    public string? Database { get; init; }

    /// <summary>--db-password-file.</summary>
    [CommandOption("--db-password-file <FILE>")]
    [Description("Read the PostgreSQL password from this file (its first line) instead of the connection string. PGPASSWORD and PGPASSFILE (~/.pgpass) work too.")]
    public string? PasswordFile { get; init; }

    /// <summary>--db, else $MARSAD_DB, else marsad.db.</summary>
    public string DatabaseOrDefault =>
        Database ?? Environment.GetEnvironmentVariable("MARSAD_DB") ?? "marsad.db";

    /// <summary>The store as it may be shown: any password in it masked.</summary>
    public string DatabaseForDisplay => Secrets.RedactConnection(DatabaseOrDefault);

    /// <summary>Opens the store for writing; a SQLite file that does not exist yet is created.</summary>
    public IMarsadStore OpenStore() => StoreFactory.Open(DatabaseOrDefault, PasswordFile);

    /// <summary>Opens a store that must exist: reading never creates one (a misspelt --db is an error, not an empty store).</summary>
    public IMarsadStore OpenExistingStore()
    {
        var db = DatabaseOrDefault;
        if (!StoreFactory.IsPostgres(db) && !File.Exists(db) && !Directory.Exists(db))
            throw new CliException($"no store at {db}: `marsad run` or `marsad ingest FILES --db {db}` makes one");
        return StoreFactory.Open(db, PasswordFile);
    }
}
