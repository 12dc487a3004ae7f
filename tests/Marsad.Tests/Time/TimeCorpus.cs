using System.Collections.Concurrent;
using Marsad.Clean;
using Marsad.Data;
using Marsad.Text;
using Marsad.Time;
using Marsad.Time.Grammar;

namespace Marsad.Tests.Time;

/// <summary>
/// The behaviour corpora of the time stage (Data/time/corpus.tsv, Data/time/publication-corpus.tsv)
/// and how one row is checked against a set of time tables.
/// </summary>
internal static class TimeCorpus
{
    public const string TaggingFile = "time/corpus.tsv";
    public const string PublicationFile = "time/publication-corpus.tsv";

    public static IReadOnlyList<TsvRow> TaggingRows { get; } = DataFiles.ReadTable(TaggingFile);
    public static IReadOnlyList<TsvRow> PublicationRows { get; } = DataFiles.ReadTable(PublicationFile);

    // Text layers do not depend on the time tables: build each once for every lexicon the tests try.
    private static readonly ConcurrentDictionary<string, TextLayer> Layers = new(StringComparer.Ordinal);

    private static TextLayer Layer(string text) => Layers.GetOrAdd(text, TextLayer.Build);

    public static TheoryData<int, string> Rows(IReadOnlyList<TsvRow> rows)
    {
        var data = new TheoryData<int, string>();
        foreach (var row in rows)
            data.Add(row.Line, row.Required("text"));
        return data;
    }

    /// <summary>Why a row of corpus.tsv does not hold with these tables, or null when it holds.</summary>
    public static string? CheckTagging(TsvRow row, TimeLexicon lexicon, IReadOnlyList<TemporalConstruction>? constructions = null)
    {
        var expected = row.Required("expected");
        // The sentences before the text are context: only what starts in the text is the row's.
        var before = row["before"] is { } context ? context + " " : "";
        var found = TemporalTagger.Tag(Layer(before + row.Required("text")), lexicon, constructions).Where(m => m.Start >= before.Length).ToArray();
        if (expected == "none")
            return found.Length == 0 ? null : $"expected no temporal expression, found {Describe(found)}";
        if (found.Length != 1)
            return found.Length == 0 ? "expected a temporal expression, found none" : $"reads two ways: {Describe(found)}";
        var mention = found[0];
        if (row["surface"] is { } surface && mention.Surface != surface)
            return $"surface '{mention.Surface}', expected '{surface}'";
        if (row["rule"] is { } rule && !mention.Rule.StartsWith(rule, StringComparison.Ordinal))
            return $"rule '{mention.Rule}', expected it to start with '{rule}'";
        var day = Day(row, "day");
        var resolved = mention.Value.Resolve(day)?.ToString() ?? "impossible";
        return resolved == expected ? null : $"resolves to {resolved} when published on {day:yyyy-MM-dd}, expected {expected}";
    }

    /// <summary>Why a row of publication-corpus.tsv does not hold with these tables, or null when it holds.</summary>
    public static string? CheckPublication(TsvRow row, TimeLexicon lexicon, IReadOnlyList<TemporalConstruction>? constructions = null)
    {
        var text = row.Required("text").Replace("\\n", "\n", StringComparison.Ordinal);
        var layer = Layer(text);
        var article = new Article("corpus", null, text.Split('\n')[0], text, null, null, null, "", []);
        var times = TemporalTagger.Tag(layer, lexicon, constructions);
        var estimate = PublicationDater.Date(article, layer, times, [], Day(row, "as_of"), lexicon).Estimate;
        var interval = estimate.Interval?.ToString() ?? "unknown";
        var applied = string.Join("|", estimate.Evidence.Where(e => e.Applied).Select(e => e.Kind.Name));
        if (interval != row.Required("expected"))
            return $"published {interval}, expected {row["expected"]} (evidence: {string.Join("; ", estimate.Evidence.Select(e => $"{e.Kind} {e.Text} {e.Note}"))})";
        return applied == (row["applied"] ?? "") ? null : $"applied evidence '{applied}', expected '{row["applied"]}'";
    }

    /// <summary>The first row of either corpus that does not hold with these tables and constructions, or null.</summary>
    public static string? FirstFailure(TimeLexicon lexicon, IReadOnlyList<TemporalConstruction>? constructions = null)
    {
        foreach (var row in TaggingRows)
            if (CheckTagging(row, lexicon, constructions) is { } why)
                return $"{TaggingFile}:{row.Line}: {why}";
        foreach (var row in PublicationRows)
            if (CheckPublication(row, lexicon, constructions) is { } why)
                return $"{PublicationFile}:{row.Line}: {why}";
        return null;
    }

    private static DateOnly Day(TsvRow row, string column) => DateOnly.ParseExact(row.Required(column), "yyyy-MM-dd");

    private static string Describe(IEnumerable<TemporalMention> found) =>
        string.Join(", ", found.Select(m => $"'{m.Surface}' ({m.Rule})"));
}
