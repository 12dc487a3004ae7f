using System.Globalization;
using Marsad.Data;
using Marsad.Text;

namespace Marsad.Time;

/// <summary>
/// The ordinal words that number an edition of a meeting ("الدورة الثمانين للجمعية العامة", "القمة الثالثة
/// والثلاثين"): the ordinals of days (Data/time/ordinals.tsv, to 31), the tens of Data/time/edition-ordinals.tsv
/// alone, and each ten joined by "و" to a unit (the units of the days' table from 2 to 9, and the compound form of 1).
/// </summary>
internal sealed class EditionOrdinals
{
    private readonly PhraseMatcher<int> _words = new(TimeLexicon.Phrases);

    public EditionOrdinals(IReadOnlyList<TsvRow> dayOrdinals, IReadOnlyList<TsvRow> editionOrdinals)
    {
        foreach (var row in dayOrdinals)
            foreach (var form in row.List("forms"))
                _words.Add(TimeLexicon.FormWords(form), Value(row));
        var units = dayOrdinals.Where(r => Value(r) is >= 2 and <= 9)
            .Concat(editionOrdinals.Where(r => r.Required("kind") == "unit"))
            .SelectMany(r => r.List("forms").Select(f => (Form: f, Value: Value(r))))
            .ToArray();
        foreach (var ten in editionOrdinals.Where(r => r.Required("kind") == "ten"))
        {
            foreach (var form in ten.List("forms"))
            {
                _words.Add(TimeLexicon.FormWords(form), Value(ten));
                foreach (var unit in units)
                    _words.Add(TimeLexicon.FormWords($"{unit.Form} و{form}"), unit.Value + Value(ten));
            }
        }
    }

    /// <summary>The number an ordinal phrase at token <paramref name="k"/> gives, and the token after it.</summary>
    public (int Number, int End)? At(IReadOnlyList<Token> tokens, int k, int end) =>
        _words.MatchAt(tokens, k, end) is { } m ? (m.Values[0], m.EndToken) : null;

    private static int Value(TsvRow row) =>
        int.TryParse(row.Required("value"), NumberStyles.None, CultureInfo.InvariantCulture, out var n)
            ? n
            : throw new FormatException($"{row.Source}:{row.Line}: value '{row["value"]}' is not a number.");
}
