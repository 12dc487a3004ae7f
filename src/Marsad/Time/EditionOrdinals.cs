using Marsad.Data;
using Marsad.Text;

namespace Marsad.Time;

/// <summary>
/// The ordinal words that number an edition of a meeting ("الدورة الثمانين للجمعية العامة", "القمة الثالثة
/// والثلاثين"): the ordinals of days (<see cref="TimeLexicon.Ordinals"/>, to 31), and the tens of
/// Data/time/edition-ordinals.tsv alone or joined by "و" to a unit (the units of the days' table from 2 to 9, and
/// the compound form of 1).
/// </summary>
internal sealed class EditionOrdinals
{
    private readonly PhraseMatcher<LexiconEntry<int>> _days;
    private readonly PhraseMatcher<int> _tens = new(TimeLexicon.Phrases);

    public EditionOrdinals(PhraseMatcher<LexiconEntry<int>> days, IReadOnlyList<TsvRow> dayOrdinals, IReadOnlyList<TsvRow> editionOrdinals)
    {
        _days = days;
        var units = dayOrdinals.Where(r => TimeLexicon.Int(r, "value") is >= 2 and <= 9)
            .Concat(editionOrdinals.Where(r => r.Required("kind") == "unit"))
            .SelectMany(r => r.List("forms").Select(f => (Form: f, Value: TimeLexicon.Int(r, "value"))))
            .ToArray();
        foreach (var ten in editionOrdinals.Where(r => r.Required("kind") == "ten"))
        {
            var value = TimeLexicon.Int(ten, "value");
            foreach (var form in ten.List("forms"))
            {
                _tens.Add(TimeLexicon.FormWords(form), value);
                foreach (var unit in units)
                    _tens.Add(TimeLexicon.FormWords($"{unit.Form} و{form}"), unit.Value + value);
            }
        }
    }

    /// <summary>The number an ordinal phrase at token <paramref name="k"/> gives, and the token after it.</summary>
    public (int Number, int End)? At(IReadOnlyList<Token> tokens, int k, int end) =>
        _tens.MatchAt(tokens, k, end) is { } ten ? (ten.Entry, ten.EndToken)
        : _days.MatchAt(tokens, k, end) is { } day ? (day.Entry.Value, day.EndToken)
        : null;
}
