using System.Runtime.CompilerServices;
using Marsad.Actors;
using Marsad.Data;
using Marsad.Text;
using Marsad.Time;

namespace Marsad.Tests.Actors;

/// <summary>
/// A small knowledge base for recognition tests: the shipped countries and rules plus the persons,
/// roles, organisations and places under Actors/kb/ (independent of the shipped people tables,
/// which other work fills in).
/// </summary>
internal static class TestKb
{
    private static readonly Lazy<KnowledgeBase> Kb = new(Build);

    public static KnowledgeBase Instance => Kb.Value;

    public static string Folder([CallerFilePath] string here = "") => Path.Combine(Path.GetDirectoryName(here)!, "kb");

    public static IReadOnlyList<string> Files => Directory.GetFiles(Folder(), "*.tsv").Order(StringComparer.Ordinal).ToArray();

    private static KnowledgeBase Build() =>
        KnowledgeBase.FromTables(
            new[] { ("countries.tsv", DataFiles.ReadTable("actors/countries.tsv")) }
                .Concat(Files.Select(f => (Path.GetFileName(f), Tsv.ParseFile(f)))));

    public static IReadOnlyList<ActorMention> Recognize(string text, string? day = null) =>
        new ActorRecognizer(Instance).Recognize(TextLayer.Build(text), day is null ? null : DateInterval.Day(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture)));

    public static IReadOnlyList<ActorMention> Persons(string text, string? day = null) =>
        Recognize(text, day).Where(m => m.Actor.Kind == ActorKind.Person && m.Group is null).ToArray();
}
