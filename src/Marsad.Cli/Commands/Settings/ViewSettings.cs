using System.ComponentModel;
using Marsad.Cli.Web;
using Marsad.Export;
using Marsad.Store;
using Spectre.Console.Cli;

namespace Marsad.Cli.Commands;

/// <summary>Options of the commands that show stored events: read the store, or an exchange JSON file.</summary>
public class ViewSettings : StoreSettings
{
    /// <summary>An exchange JSON file to read instead of the store.</summary>
    [CommandOption("--input <FILE>")]
    [Description("Read events from an exchange JSON file (an export or a gold file) instead of the store.")]
    public string? Input { get; init; }

    /// <summary>The snapshot to show, or null (with a message on <paramref name="errors"/>) when there is none.</summary>
    public AnalysisSnapshot? LoadSnapshot(TextWriter errors)
    {
        if (Input is not null)
            return ReadInput();
        using var store = OpenExistingStore();
        var snapshot = store.LoadAnalysis();
        if (snapshot is null)
        {
            errors.WriteLine($"no analysis stored in {DatabaseOrDefault} yet: run `marsad analyze` (or `marsad run`) first, or pass --input FILE.json");
            return null;
        }
        WarnIfStale(store, snapshot, errors);
        return snapshot;
    }

    /// <summary>A store to serve: the real one, or a read-only one over --input.</summary>
    public IMarsadStore OpenViewStore() =>
        Input is null ? OpenExistingStore() : new SnapshotStore(ReadInput());

    /// <summary>Says so when articles were stored after the analysis ran: the events do not include them yet.</summary>
    internal static void WarnIfStale(IMarsadStore store, AnalysisSnapshot snapshot, TextWriter errors)
    {
        if (store.LastIngestedAt() is { } ingested && ingested > snapshot.AnalyzedAt)
            errors.WriteLine(
                $"warning: the stored analysis ({snapshot.AnalyzedAt.UtcDateTime:yyyy-MM-dd HH:mm} UTC) is older than the last ingest " +
                $"({ingested.UtcDateTime:yyyy-MM-dd HH:mm} UTC): run `marsad analyze` to include the new articles");
    }

    private AnalysisSnapshot ReadInput()
    {
        if (!File.Exists(Input))
            throw new CliException($"--input {Input}: no such file");
        return ExchangeJson.ToSnapshot(ExchangeJson.ReadFile(Input!));
    }
}
