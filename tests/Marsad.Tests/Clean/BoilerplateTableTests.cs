using System.Text.RegularExpressions;
using Marsad.Clean;
using Marsad.Text;

namespace Marsad.Tests.Clean;

public class BoilerplateTableTests
{
    public static TheoryData<int, string, string> Rows()
    {
        var data = new TheoryData<int, string, string>();
        foreach (var rule in BoilerplateRules.All)
            data.Add(rule.Line, rule.Pattern, rule.Example ?? "");
        return data;
    }

    [Theory]
    [MemberData(nameof(Rows))]
    public void Every_rule_removes_its_example(int line, string pattern, string example)
    {
        Assert.False(string.IsNullOrEmpty(example), $"boilerplate.tsv:{line} ({pattern}) has no example");
        var rule = BoilerplateRules.All.Single(r => r.Line == line);
        Assert.True(rule.Matches(example.Trim(), BoilerplateRules.MatchKey(example)), $"boilerplate.tsv:{line} does not match its example");
        var first = BoilerplateRules.Match(example);
        Assert.NotNull(first);
        Assert.Equal(rule.Action, first.Action);
    }

    // News lines that look a little like furniture: the same words, but in a sentence.
    [Theory]
    [InlineData("وقال الرئيس إن الأولى بالحكومة أن تدعم الفقراء.")]
    [InlineData("ادعم الحكومة في جهودها لمكافحة الفساد، قال الوزير في كلمته أمام البرلمان.")]
    [InlineData("وبحث الوزير مع نظيره المقالات المتعلقة بالاتفاق التجاري.")]
    [InlineData("وقالت وزارة الخارجية في بيان (نشرته وكالة الأنباء الرسمية) إن الوزيرين اتفقا على التعاون.")]
    [InlineData("ووصل وزير الخارجية إلى دمشق قادماً من بيروت (في زيارة رسمية).")]
    [InlineData("وأكد أن سياسة بلاده ثابتة تجاه القضية الفلسطينية.")]
    [InlineData("وتطرق الوزيران إلى قضية اللاجئين وتبادل الدعم في المحافل الدولية.")]
    [InlineData("البيان الختامي لـ”أستانة”")]
    [InlineData("لقاء روسي سوري في موسكو")]
    [InlineData("وشارك في الاجتماع وزراء خارجية تركيا وروسيا وإيران.")]
    public void News_lines_are_not_furniture(string line) => Assert.Null(BoilerplateRules.Match(line));

    [Fact]
    public void A_line_key_collapses_every_run_of_white_space_as_the_regex_would()
    {
        var random = new Random(20261206);
        var pieces = new[] { "اقرأ", "أيضا", " ", "  ", "\t", "\u00A0", "\u2009 ", "\u3000", "\n", ":", "-", "ـ", "a" };
        for (var n = 0; n < 5000; n++)
        {
            var line = string.Concat(Enumerable.Range(0, random.Next(1, 12)).Select(_ => pieces[random.Next(pieces.Length)]));
            var expected = Regex.Replace(ArabicNormalizer.Key(line), @"\s+", " ").Trim().TrimEnd('.', '…', ':', '：', '!', '،', ',', ' ', '-');
            Assert.Equal(expected, BoilerplateRules.MatchKey(line));
        }
    }
}
