using Marsad.Clean;
using Marsad.Data;

namespace Marsad.Tests.Clean;

/// <summary>
/// The outlet cues' prefilters (<see cref="CuePrefilter"/>) only save work: a line a cue's regex
/// matches always passes its prefilter, and lines that cannot match are refused before the regex runs.
/// </summary>
public class CuePrefilterTests
{
    private static readonly IReadOnlyList<OutletCue> Cues = OutletLexicon.Default.Cues;

    // Every line of the clean corpus's pages and every cue's example, with variants a page may print.
    private static IEnumerable<string> Lines() =>
        DataFiles.ReadTable("clean/corpus.tsv").SelectMany(r => r.Required("text").Split("\\n"))
            .Concat(DataFiles.ReadTable("clean/outlet-cues.tsv").Select(r => r["example"] ?? ""))
            .SelectMany(l => new[] { l, l.Trim(), "(" + l + ")", l + " - الأهرام", "بيروت " + l })
            .Where(l => l.Length > 0)
            .Distinct();

    [Fact]
    public void A_line_a_cue_matches_always_passes_its_prefilter()
    {
        var lines = Lines().ToList();
        Assert.True(lines.Count > 500, $"only {lines.Count} lines to test");
        foreach (var cue in Cues)
        {
            foreach (var line in lines.Where(l => cue.Regex.IsMatch(l)))
                Assert.True(cue.Prefilter.MayMatch(line), $"cue '{cue.Note}' matches but its prefilter refuses: {line}");
        }
    }

    [Theory]
    [InlineData("dateline CITY (NAME)", "بيروت (رويترز) - قال مسؤول", true)]
    [InlineData("dateline CITY (NAME)", "قال مسؤول (رويترز) في بيروت", false)]
    [InlineData("dateline CITY (NAME)", "بيروت - قال مسؤول في الحكومة", false)]
    [InlineData("masthead NAME - CITY", "شفق نيوز- الرياض", true)]
    [InlineData("masthead NAME - CITY", "شفق نيوز الرياض", false)]
    [InlineData("NAME| text, NAME | Latin name", "هوى الشام| بحث الوزير", true)]
    [InlineData("NAME| text, NAME | Latin name", "هوى الشام بحث الوزير", false)]
    [InlineData("dateline CITY - KNOWN-OUTLET text", "دمشق - سانا بحث الرئيس", true)]
    [InlineData("site name alone on its line", "سانا", true)]
    [InlineData("site name alone on its line", "بحث الرئيس مع وفد", false)]
    public void A_cue_opening_with_names_or_needing_a_mark_refuses_lines_without_them(string note, string line, bool passes)
    {
        var cue = Cues.Single(c => c.Note == note);
        Assert.Equal(passes, cue.Prefilter.MayMatch(line));
    }

    [Fact]
    public void A_pattern_the_prefilter_cannot_read_passes_every_line()
    {
        var lists = new Dictionary<string, IReadOnlyList<string>> { ["{city}"] = ["بيروت"] };
        var classes = new Dictionary<string, string> { ["{dash}"] = "-" };
        // Not anchored; an optional mark after the name; a negated class.
        foreach (var raw in new[] { "{city}\\s*\\(", "^{name}\\s*[:：]?\\s*\\S", "^{name}[^)]" })
            Assert.True(CuePrefilter.Of(raw, lists, classes).MayMatch("نص بلا علامات"), raw);
        Assert.False(CuePrefilter.Of("^{city}\\s*\\(", lists, classes).MayMatch("دمشق (سانا)"));
        Assert.False(CuePrefilter.Of("^{name}{dash}\\s*{city}", lists, classes).MayMatch("نص بلا علامات"));
    }
}
