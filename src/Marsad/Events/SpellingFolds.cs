using Marsad.Data;
using Marsad.Text;

namespace Marsad.Events;

/// <summary>
/// Letters folded when the merger compares names across reports (Data/events/spelling-folds.tsv):
/// "أستانة" and "أستانا", "غلاسكو" and "جلاسكو" are one name.
/// </summary>
internal sealed class SpellingFolds
{
    /// <summary>A final letter folds only in words of at least this many letters.</summary>
    private const int MinFinalFoldLength = 3;

    private sealed record Fold(string Letter, string Folded, bool FinalOnly);

    private readonly IReadOnlyList<Fold> _folds;

    private SpellingFolds(IReadOnlyList<Fold> folds) => _folds = folds;

    public static SpellingFolds Parse(IReadOnlyList<TsvRow> rows) => new(rows.Select(r => new Fold(
        ArabicNormalizer.Key(r.Required("letter")),
        ArabicNormalizer.Key(r.Required("folded")),
        r.Required("position") switch
        {
            "final" => true,
            "any" => false,
            var p => throw new FormatException($"{r.Source}:{r.Line}: position is 'final' or 'any', not '{p}'"),
        })).ToArray());

    /// <summary>Spelling-tolerant key of a name: normalised, clitic-free, each word folded (أستانة/أستانا).</summary>
    public string LooseKey(string name) =>
        string.Join(' ', ArabicNormalizer.Key(name)
            .Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(ArabicClitics.Bare)
            .Select(FoldWord));

    private string FoldWord(string word)
    {
        foreach (var fold in _folds)
        {
            if (!fold.FinalOnly)
                word = word.Replace(fold.Letter, fold.Folded, StringComparison.Ordinal);
            else if (word.Length >= MinFinalFoldLength && word.EndsWith(fold.Letter, StringComparison.Ordinal))
                word = word[..^fold.Letter.Length] + fold.Folded;
        }
        return word;
    }
}
