using Marsad.Text;
using Marsad.Time.Grammar;

namespace Marsad.Time;

/// <summary>
/// Finds temporal expressions in a text layer. The words are data (Data/time/*.tsv); the grammar
/// that combines them is the ordered list of named constructions in <see cref="TemporalGrammar"/>:
/// [daypart] [يوم] (relative | weekday [date] [relation] | part-of (month | year | relative)
/// | day of relative month | date range | date | year) [duration]. <see cref="TemporalMention.Rule"/>
/// is the construction's rule name followed by the ids of the table rows that matched. Named
/// recurring meetings ("قمة مجموعة العشرين في نيودلهي") are temporal expressions too: their days
/// come from the dated editions of <see cref="WorldMeetings"/>.
/// </summary>
internal static class TemporalTagger
{
    /// <summary>The expressions of <paramref name="text"/> by the shipped tables.</summary>
    public static IReadOnlyList<TemporalMention> Tag(TextLayer text) => Tag(text, Pipeline.MarsadRules.Shipped.Time);

    /// <summary>As <see cref="Tag(TextLayer)"/>, with the given tables and, when given, only the given constructions.</summary>
    internal static IReadOnlyList<TemporalMention> Tag(TextLayer text, TimeLexicon lexicon, IReadOnlyList<TemporalConstruction>? constructions = null)
    {
        constructions ??= TemporalGrammar.Constructions;
        var tokens = text.Tokens;
        var context = new TemporalContext(tokens, lexicon);
        var result = new List<TemporalMention>();
        var i = 0;
        while (i < tokens.Count)
        {
            if (tokens[i].Kind != TokenKind.Punctuation && TemporalGrammar.Read(context, i, constructions) is { } p && p.End > i)
            {
                var start = p.Rule.StartsWith(RelativeConstruction.AgoRule, StringComparison.Ordinal) ? i : FirstContentToken(context, i, p.End);
                var s = tokens[start].Start;
                var e = tokens[p.End - 1].End;
                result.Add(new TemporalMention(s, e, text.Slice(s, e), p.Value, p.Rule));
                i = p.End;
            }
            else
            {
                i++;
            }
        }
        var bound = SameMonthReference.Bind(text, result);
        var meetings = lexicon.Meetings.Find(text, bound);
        return meetings.Count == 0 ? bound : [.. bound.Concat(meetings).OrderBy(m => m.Start)];
    }

    // A bare preposition cue ("في 2019") is not part of the expression itself; in "قبل يومين" the word is.
    private static int FirstContentToken(TemporalContext context, int start, int end) =>
        end - start >= 2 && context.IsWritten(TimeWordRole.YearPreposition, start) ? start + 1 : start;
}
