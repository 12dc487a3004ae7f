using Marsad.Data;
using Marsad.Pipeline;
using Marsad.Text;
using Marsad.Time;
using Marsad.Time.Grammar;

namespace Marsad.Tests.Time;

/// <summary>
/// Loading the time tables: closed vocabularies and roles fail with file:line, function words are
/// normalised, and the number reader uses the eras. That each row matters is checked by
/// <see cref="TableRowDeletionTests"/> against the corpora.
/// </summary>
public class TimeLexiconTests
{
    private static TimeFunctionWords Words => MarsadRules.Shipped.Time.FunctionWords;

    [Fact]
    public void Every_role_has_words_and_every_row_names_a_role()
    {
        Assert.All(Enum.GetValues<TimeWordRole>(), role => Assert.NotEmpty(Words[role]));
        var names = Enum.GetValues<TimeWordRole>().Select(TimeFunctionWords.KebabCase).ToHashSet();
        Assert.All(DataFiles.ReadTable("time/function-words.tsv"), r => Assert.Contains(r.Required("role"), names));
    }

    [Fact]
    public void Words_are_normalised_like_tokens()
    {
        Assert.Contains("حتي", Words[TimeWordRole.RangeConnector]);
        Assert.Contains("ه", Words[TimeWordRole.HijriEra]);
        Assert.Equal(["م", "ه"], Words.AttachedEras.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void An_unknown_role_fails_with_its_file_and_line()
    {
        var rows = Tsv.Parse("word\trole\nفي\tyear-preposition\nعام\tyear\n", "test/function-words.tsv");
        var error = Assert.Throws<FormatException>(() => new TimeFunctionWords(rows));
        Assert.Contains("test/function-words.tsv:3", error.Message);
    }

    [Theory]
    [InlineData("time/relative.tsv", "kind", "unit")]
    [InlineData("time/relative.tsv", "offset", "later")]
    [InlineData("time/context.tsv", "kind", "present")]
    [InlineData("time/months.tsv", "alone", "sometimes")]
    [InlineData("time/weekdays.tsv", "day", "Sunday")]
    public void A_value_outside_a_closed_vocabulary_fails_with_its_file_and_line(string table, string column, string value)
    {
        var rows = DataFiles.ReadTable(table);
        // The last row of the table, with one cell changed.
        var last = rows[^1];
        var header = DataFiles.ReadText(table).Split('\n').First(l => l.Length > 0 && !l.StartsWith('#')).TrimEnd('\r');
        var columns = header.Split('\t');
        var cells = columns.Select(c => c == column ? value : last[c] ?? "").ToArray();
        var broken = Tsv.Parse(header + "\n" + string.Join("\t", cells) + "\n", table);
        var error = Assert.Throws<FormatException>(() => new TimeLexicon(p => p == table ? broken : DataFiles.ReadTable(p)));
        Assert.Contains($"{table}:2", error.Message);
        Assert.Contains(column, error.Message);
    }

    [Fact]
    public void Written_words_compare_the_token_and_read_words_its_clitic_readings()
    {
        var tokens = TextLayer.Build("وفي وسنة").Tokens;
        Assert.True(Words.IsWritten(TimeWordRole.YearPreposition, tokens[0]));
        Assert.False(Words.IsWritten(TimeWordRole.YearWord, tokens[1]));
        Assert.True(Words.IsRead(TimeWordRole.YearWord, tokens[1]));
    }

    [Theory]
    [InlineData("2021", 2021, "")]
    [InlineData("و17", 17, "")]
    [InlineData("وب2021", 2021, "")]
    [InlineData("1445ه", 1445, "ه")]
    [InlineData("2019م", 2019, "م")]
    public void A_number_may_carry_clitics_and_a_glued_era(string norm, int value, string era)
    {
        // The tokenizer splits letters from digits; the reader still accepts tokens that keep them together.
        var context = new TemporalContext([], MarsadRules.Shipped.Time);
        var token = new Token(0, TokenKind.Number, 0, norm.Length, norm, WordForms.Of(norm, TokenKind.Number));
        Assert.Equal(value, context.Number(token, out var suffix));
        Assert.Equal(era, suffix);
    }

    [Theory]
    [InlineData("2021هـجري")]
    [InlineData("12345")]
    [InlineData("كب17")]
    public void Other_tokens_carry_no_number(string norm)
    {
        var context = new TemporalContext([], MarsadRules.Shipped.Time);
        Assert.Null(context.Number(new Token(0, TokenKind.Word, 0, norm.Length, norm, WordForms.Of(norm, TokenKind.Word)), out _));
    }
}
