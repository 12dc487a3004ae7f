using System.ComponentModel;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Marsad.Actors;
using Marsad.Clean;
using Marsad.Ingest;
using Marsad.Text;
using Marsad.Time;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Marsad.Cli.Commands;

/// <summary>Shows the actors found in one article (a file, or a stored article id) with their evidence.</summary>
public sealed class EntitiesCommand(IAnsiConsole console, CliStreams streams) : Command<EntitiesCommand.EntitiesSettings>
{
    public sealed class EntitiesSettings : ArticleSettings
    {
        [CommandOption("--json")]
        [Description("Print the mentions as JSON.")]
        public bool Json { get; init; }

        [CommandOption("--date <DATE>")]
        [Description("Article date (yyyy-mm-dd, or from..to) used to link titles to the holder of the office.")]
        public string? Date { get; init; }

        [CommandOption("--kb <FILE>")]
        [Description("Extra knowledge-base TSV files (same shapes as Data/actors; repeatable).")]
        public string[] KnowledgeBaseFiles { get; init; } = [];
    }

    public override int Execute(CommandContext context, EntitiesSettings settings, CancellationToken cancellationToken)
    {
        if (settings.LoadArticle(streams.Error) is not { } article)
            return 1;

        DateInterval? date = article.PublishedMetadata;
        if (settings.Date is { } d)
        {
            var parts = d.Split("..");
            date = DateInterval.TryCreate(DateOnly.Parse(parts[0], CultureInfo.InvariantCulture),
                DateOnly.Parse(parts[^1], CultureInfo.InvariantCulture));
            if (date is null)
            {
                streams.Error.WriteLine($"--date {d}: the interval ends before it starts");
                return 1;
            }
        }
        var kb = settings.KnowledgeBaseFiles.Length == 0 ? KnowledgeBase.Default : KnowledgeBase.Load(settings.KnowledgeBaseFiles);
        var mentions = new ActorRecognizer(kb).Recognize(TextLayer.Build(article.Text), date);

        if (settings.Json)
        {
            var options = new JsonSerializerOptions
            {
                WriteIndented = true,
                Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
                DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
            };
            options.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter());
            streams.Out.WriteLine(JsonSerializer.Serialize(new { article = article.Id, date = date?.ToString(), mentions }, options));
            return 0;
        }

        var table = new Table().Title($"{Markup.Escape(article.Id)} — {mentions.Count} actor mentions" + (date is null ? "" : $" (date {date})"));
        table.AddColumns("#", "surface", "kind", "actor", "offsets", "evidence");
        var n = 0;
        foreach (var m in mentions)
        {
            var actor = Describe(m.Actor);
            if (m.Group is { } group)
                actor += " = " + string.Join(" + ", group.Select(Describe));
            var evidence = m.Evidence.Text + (m.AttestedRole is { } r ? $" [attested {r.Role} {r.From:yyyy-MM-dd}..{r.To:yyyy-MM-dd}]" : "");
            table.AddRow(
                (++n).ToString(CultureInfo.InvariantCulture),
                Markup.Escape(m.Surface),
                m.Kind.ToString(),
                Markup.Escape(actor),
                $"{m.Start}-{m.End} s{m.Sentence}",
                Markup.Escape(evidence));
        }
        console.Write(table);
        return 0;
    }

    private static string Describe(ActorRef a) =>
        string.Join(" ", new[] { a.Name ?? a.Id, a.Country, a.Role }.Where(x => x is not null));
}
