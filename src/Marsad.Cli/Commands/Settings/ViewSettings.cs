using System.ComponentModel;
using Marsad.Cli.Web;
using Marsad.Export;
using Marsad.Store;
using Spectre.Console.Cli;

namespace Marsad.Cli.Commands;

/// <summary>Options of the commands that show stored events: read the store, or an exchange JSON file.</summary>
public class ViewSettings : StoreSettings
{
    [CommandOption("--input <FILE>")]
    [Description("Read events from an exchange JSON file (an export or a gold file) instead of the store.")]
    public string? Input { get; init; }

    /// <summary>The snapshot to show, or null (with a message on <paramref name="errors"/>) when there is none.</summary>
    public AnalysisSnapshot? LoadSnapshot(TextWriter errors)
    {
        if (Input is not null)
            return ExchangeJson.ToSnapshot(ExchangeJson.ReadFile(Input));
        using var store = OpenStore();
        var snapshot = store.LoadAnalysis();
        if (snapshot is null)
            errors.WriteLine("No analysis stored yet: run `marsad analyze` (or `marsad run`) first, or pass --input FILE.json.");
        return snapshot;
    }

    /// <summary>A store to serve: the real one, or a read-only one over --input.</summary>
    public IMarsadStore OpenViewStore() =>
        Input is null ? OpenStore() : new SnapshotStore(ExchangeJson.ToSnapshot(ExchangeJson.ReadFile(Input)));
}
