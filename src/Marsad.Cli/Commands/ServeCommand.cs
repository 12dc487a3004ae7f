using System.ComponentModel;
using Marsad.Cli.Web;
using Spectre.Console.Cli;

namespace Marsad.Cli.Commands;

/// <summary>Serves the REST API and the web page over the store (or over --input) until stopped.</summary>
public sealed class ServeCommand(CliStreams streams) : AsyncCommand<ServeCommand.ServeSettings>
{
    public sealed class ServeSettings : ViewSettings
    {
        [CommandOption("--urls <URLS>")]
        [Description("Where to listen, ';'-separated (default http://127.0.0.1:5080: this machine only).")]
        [DefaultValue("http://127.0.0.1:5080")]
        public string Urls { get; init; } = "http://127.0.0.1:5080";
    }

    public override async Task<int> ExecuteAsync(CommandContext context, ServeSettings settings, CancellationToken cancellationToken)
    {
        using var store = settings.OpenViewStore();
        var urls = settings.Urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        await using var app = MarsadWeb.Build(store, urls);
        streams.Error.WriteLine($"Marsad serving on {string.Join(", ", urls)} (API under /api, page at /). Ctrl+C stops.");
        await app.RunAsync(cancellationToken);
        return 0;
    }
}
