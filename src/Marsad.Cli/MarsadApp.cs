using Marsad.Cli.Commands;
using Spectre.Console.Cli;

namespace Marsad.Cli;

/// <summary>The `marsad` command line: every command with its description, shared by Program.cs and the tests.</summary>
public static class MarsadApp
{
    /// <summary>Registers the commands; they write to the configured console and to standard output and error.</summary>
    public static void Configure(IConfigurator config) => Configure(config, CliStreams.Standard);

    /// <param name="streams">Where exports and messages go (tests pass writers they read back).</param>
    public static void Configure(IConfigurator config, CliStreams streams)
    {
        config.SetApplicationName("marsad");
        config.PropagateExceptions();
        config.Settings.Registrar.RegisterInstance(streams);
        AddIngestCommands(config);
        AddArticleCommands(config);
        AddEventCommands(config);
    }

    private static void AddIngestCommands(IConfigurator config)
    {
        config.AddCommand<RunCommand>("run")
            .WithDescription("Ingest inputs (default: the bundled samples), analyse the store and print the timeline.")
            .WithExample("run")
            .WithExample("run", "corpus/", "--db", "news.db");
        config.AddCommand<IngestCommand>("ingest")
            .WithDescription("Read files, folders, globs, URLs or stdin (-) into the store. Bad inputs are reported and skipped.");
        config.AddCommand<WatchCommand>("watch")
            .WithDescription("Poll RSS/Atom feeds and pages (conditional requests, back-off on errors), store what is new, analyse after each round that added articles.")
            .WithExample("watch", "https://example.org/feed.xml", "--interval", "10m")
            .WithExample("watch", "https://example.org/feed.xml", "--once");
    }

    private static void AddArticleCommands(IConfigurator config)
    {
        config.AddCommand<ArticlesCommand>("articles")
            .WithDescription("List stored articles: id, outlet, headline, publication date.");
        config.AddCommand<ShowCommand>("show")
            .WithDescription("Show one stored article: cleaned text, outlet, headline, what cleaning removed.");
        config.AddCommand<EntitiesCommand>("entities")
            .WithDescription("Show the actors found in an article (stored id or file) with their evidence.");
        config.AddCommand<DatesCommand>("dates")
            .WithDescription("Explain an article's publication interval and the dates it mentions, with evidence.");
    }

    private static void AddEventCommands(IConfigurator config)
    {
        config.AddCommand<AnalyzeCommand>("analyze")
            .WithDescription("Run extraction and cross-article merging over every stored article and save the events.");
        config.AddCommand<TimelineCommand>("timeline")
            .WithDescription("Print the event timeline (filters: --pair SYR-RUS, --from, --to, --type; --format table|json|csv).");
        config.AddCommand<EventCommand>("event")
            .WithDescription("Show one event with all its sources side by side.");
        config.AddCommand<ExportCommand>("export")
            .WithDescription("Export events: --format json (exchange format) | csv | gdelt.");
        config.AddCommand<ReportCommand>("report")
            .WithDescription("Write a static HTML report (timeline, country pairs over time, event cards).");
        config.AddCommand<ScoreCommand>("score")
            .WithDescription("Score an exchange-format export against a gold file (events, dates, people, outlets).")
            .WithExample("score", "samples/gold/seeds.gold.json", "events.json");
        config.AddCommand<ServeCommand>("serve")
            .WithDescription("Serve the REST API and the web page on localhost.");
    }
}
