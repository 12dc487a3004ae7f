using System.Reflection;
using Marsad.Cli.Commands;
using Marsad.Cli.Terminal;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Marsad.Cli;

/// <summary>The `marsad` command line: every command with its description, shared by Program.cs and the tests.</summary>
public static class MarsadApp
{
    /// <summary>Every command by name, with its class (the unknown-option check reads the options of its settings).</summary>
    public static IReadOnlyDictionary<string, Type> Commands { get; } = new Dictionary<string, Type>(StringComparer.Ordinal)
    {
        ["run"] = typeof(RunCommand),
        ["ingest"] = typeof(IngestCommand),
        ["watch"] = typeof(WatchCommand),
        ["articles"] = typeof(ArticlesCommand),
        ["show"] = typeof(ShowCommand),
        ["entities"] = typeof(EntitiesCommand),
        ["dates"] = typeof(DatesCommand),
        ["analyze"] = typeof(AnalyzeCommand),
        ["timeline"] = typeof(TimelineCommand),
        ["event"] = typeof(EventCommand),
        ["export"] = typeof(ExportCommand),
        ["report"] = typeof(ReportCommand),
        ["score"] = typeof(ScoreCommand),
        ["serve"] = typeof(ServeCommand),
    };

    private static readonly Lazy<IReadOnlyDictionary<string, Type>> SettingsTypes = new(() =>
        Commands.ToDictionary(c => c.Key, c => CliArguments.SettingsOf(c.Value), StringComparer.Ordinal));

    /// <summary>The version `marsad --version` prints: the assembly's informational version.</summary>
    public static string Version { get; } =
        typeof(MarsadApp).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? typeof(MarsadApp).Assembly.GetName().Version?.ToString() ?? "0";

    /// <summary>Runs the command line on the real terminal and streams (Program.cs).</summary>
    public static Task<int> RunAsync(string[] args)
    {
        CliStreams.Standard.UseUtf8();
        return RunAsync(args, TerminalConsole.Create(), CliStreams.Standard, CancellationToken.None);
    }

    /// <summary>
    /// Runs one command line: usage errors (unknown commands or options, bad values) end with one
    /// line on standard error and exit code 2, other failures with one line and exit code 1;
    /// --debug adds the stack trace.
    /// </summary>
    /// <param name="args">The command line.</param>
    /// <param name="console">Where tables go (a test console in tests).</param>
    /// <param name="streams">Where data, messages and standard input are.</param>
    /// <param name="cancellation">Stops a long-running command (serve).</param>
    public static async Task<int> RunAsync(string[] args, IAnsiConsole console, CliStreams streams, CancellationToken cancellation)
    {
        var prepared = CliArguments.Prepare(args);
        if (CliArguments.Check(prepared.Args, SettingsTypes.Value) is { } usage)
        {
            streams.Error.WriteLine(usage);
            return ExitCodes.Usage;
        }
        var app = new CommandApp();
        app.Configure(config =>
        {
            Configure(config, streams, prepared.Debug);
            config.ConfigureConsole(console);
        });
        return await app.RunAsync(prepared.Args, cancellation);
    }

    /// <summary>Registers the commands; they write to the configured console and to standard output and error.</summary>
    public static void Configure(IConfigurator config) => Configure(config, CliStreams.Standard);

    /// <param name="config">The parser's configuration.</param>
    /// <param name="streams">Where exports and messages go (tests pass writers they read back).</param>
    public static void Configure(IConfigurator config, CliStreams streams) => Configure(config, streams, debug: false);

    private static void Configure(IConfigurator config, CliStreams streams, bool debug)
    {
        config.SetApplicationName("marsad");
        config.SetApplicationVersion(Version);
        config.SetExceptionHandler((error, _) => CliErrors.Report(error, streams, debug));
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
            .WithDescription("Print the event timeline (filters: --pair SYR-RUS, --country, --from, --to, --type; --format table|line|json|csv).");
        config.AddCommand<EventCommand>("event")
            .WithDescription("Show one event with all its sources side by side.");
        config.AddCommand<ExportCommand>("export")
            .WithDescription("Export events: --format json (exchange format) | csv | csv-mentions | gdelt | gdelt-mentions.");
        config.AddCommand<ReportCommand>("report")
            .WithDescription("Write a static HTML report (timeline, country pairs over time, event cards).");
        config.AddCommand<ScoreCommand>("score")
            .WithDescription("Score an exchange-format export against a gold file (events, dates, people, outlets).")
            .WithExample("score", "samples/gold/seeds.gold.json", "events.json");
        config.AddCommand<ServeCommand>("serve")
            .WithDescription("Serve the REST API and the web page on localhost.");
    }
}
