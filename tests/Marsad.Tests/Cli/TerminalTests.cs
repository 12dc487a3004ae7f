using Marsad.Cli.Terminal;
using Marsad.Export;
using Marsad.Store;

namespace Marsad.Tests.Cli;

/// <summary>Arabic in terminals: the width tables get, bidi isolation of each cell, ids that never break, the line format, English names.</summary>
public sealed class TerminalTests(AnalyzedSeeds seeds) : IClassFixture<AnalyzedSeeds>
{
    private const char Fsi = '\u2068';
    private const char Pdi = '\u2069';

    private AnalysisSnapshot Stored()
    {
        using var store = new SqliteStore(seeds.Db);
        return store.LoadAnalysis()!;
    }

    [Theory]
    [InlineData("132", true, 132)]
    [InlineData("132", false, 132)]
    [InlineData(null, true, TerminalConsole.Unwrapped)]
    [InlineData("wide", true, TerminalConsole.Unwrapped)]
    [InlineData("0", true, TerminalConsole.Unwrapped)]
    [InlineData(null, false, null)]
    public void A_pipe_gets_COLUMNS_or_no_wrapping_and_a_terminal_its_own_width(string? columns, bool redirected, int? width) =>
        Assert.Equal(width, TerminalConsole.Width(columns, redirected));

    [Theory]
    [InlineData("│ بشار الأسد (SYR) │ x │", "│ \u2068بشار الأسد (SYR)\u2069 │ x │")]
    [InlineData("│ هوى الشام │ عنب بلدي │", "│ \u2068هوى الشام\u2069 │ \u2068عنب بلدي\u2069 │")]
    [InlineData("Where   موسكو (RUS)", "Where   \u2068موسكو (RUS)\u2069")]
    [InlineData("│ consult/phone 041 │ 2 │", "│ consult/phone 041 │ 2 │")]
    public void Each_cell_that_holds_arabic_is_isolated_between_its_borders(string line, string expected) =>
        Assert.Equal(expected, Bidi.Line(line));

    [Fact]
    public void Timeline_cells_are_isolated_and_every_row_is_as_wide_as_the_borders()
    {
        var result = CliHarness.Run("timeline", "--db", seeds.Db);
        Assert.Equal(0, result.ExitCode);
        Assert.Contains($"{Fsi}هوى الشام{Pdi}", result.Console, StringComparison.Ordinal);
        var rows = result.Console.TrimEnd('\n').Split('\n');
        Assert.All(rows, row => Assert.Equal(row.Count(c => c == Fsi), row.Count(c => c == Pdi)));
        Assert.All(rows, row => Assert.Equal(Bidi.Strip(rows[0]).Length, Bidi.Strip(row).Length));
        Assert.All(rows, row => Assert.False(BorderInsideIsolate(row), row));
    }

    /// <summary>True when a table border stands between an isolate's opening and closing marks.</summary>
    private static bool BorderInsideIsolate(string row)
    {
        var inside = false;
        foreach (var c in row)
        {
            if (c == Fsi)
                inside = true;
            else if (c == Pdi)
                inside = false;
            else if (inside && c is '│' or '├' or '┼' or '┤')
                return true;
        }
        return false;
    }

    [Theory]
    [InlineData(80)]
    [InlineData(60)]
    [InlineData(40)]
    public void Ids_and_dates_never_break_across_lines_on_a_narrow_terminal(int width)
    {
        var result = CliHarness.RunWide(width, "timeline", "--db", seeds.Db);
        Assert.Equal(0, result.ExitCode);
        var lines = result.Visible.Split('\n');
        Assert.All(Stored().Events, e => Assert.Contains(lines, l => l.Contains(e.Id, StringComparison.Ordinal)));
        Assert.All(Stored().Events.Where(e => e.When is not null),
            e => Assert.Contains(lines, l => l.Contains(e.When!.Value.From.ToString("yyyy-MM-dd"), StringComparison.Ordinal)));
    }

    [Fact]
    public void A_terminal_too_narrow_for_the_table_gets_one_line_per_event()
    {
        var result = CliHarness.RunWide(40, "timeline", "--db", seeds.Db);
        Assert.Contains("the terminal is 40 columns wide", result.Error, StringComparison.Ordinal);
        Assert.Equal(Stored().Events.Count, result.Console.TrimEnd('\n').Split('\n').Length);
    }

    [Fact]
    public void Line_format_prints_one_line_per_event_in_timeline_order()
    {
        var result = CliHarness.Run("timeline", "--db", seeds.Db, "--format", "line");
        Assert.Equal(0, result.ExitCode);
        var lines = result.Out.TrimEnd('\n').Split('\n');
        var events = TimelineQuery.All.Apply(Stored().Events);
        Assert.Equal(events.Select(e => e.Id), lines.Select(l => l.Split("  ")[^1]));
        for (var i = 0; i < events.Count; i++)
        {
            var e = events[i];
            Assert.StartsWith(e.When!.Value.ToString(), lines[i], StringComparison.Ordinal);
            Assert.Contains($"  {DatePrecisions.Name(DatePrecisions.Of(e.When.Value))}", lines[i], StringComparison.Ordinal);
            Assert.Contains(string.Join("-", e.Countries), lines[i], StringComparison.Ordinal);
            Assert.Equal(lines[i].Count(c => c == Fsi), lines[i].Count(c => c == Pdi));
        }
        Assert.Contains($"{Fsi}هوى الشام{Pdi}, {Fsi}عنب بلدي{Pdi}", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void English_names_print_no_arabic_at_all()
    {
        var lines = CliHarness.Run("timeline", "--db", seeds.Db, "--format", "line", "--names", "en");
        Assert.Equal(0, lines.ExitCode);
        Assert.False(Bidi.HasRtl(lines.Out), lines.Out);
        Assert.Contains("Sergey Lavrov (foreign minister, RUS); Faisal Mekdad (foreign minister, SYR)", lines.Out, StringComparison.Ordinal);
        Assert.Contains("Hawa Al Sham, Enab Baladi", lines.Out, StringComparison.Ordinal);
        Assert.Contains("@ RUS", lines.Out, StringComparison.Ordinal);

        var table = CliHarness.Run("timeline", "--db", seeds.Db, "--names", "en");
        Assert.False(Bidi.HasRtl(table.Console), table.Console);
        Assert.Contains("Vladimir Putin (head of state, RUS)", table.Console, StringComparison.Ordinal);
    }

    [Fact]
    public void Arabic_names_are_the_default_with_arabic_role_names()
    {
        var result = CliHarness.Run("timeline", "--db", seeds.Db, "--format", "line");
        Assert.Contains("سيرغي لافروف (وزير الخارجية, RUS)", result.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("(foreign_minister", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Event_in_english_keeps_the_evidence_as_printed_and_names_the_rest_in_english()
    {
        // The most reported event Lavrov takes part in: his English name is the knowledge base's.
        var e = Stored().Events.Where(x => x.Participants.Any(p => p.Actor.Id == "sergey_lavrov")).OrderByDescending(x => x.Sources.Count).First();
        var result = CliHarness.Run("event", e.Id, "--db", seeds.Db, "--names", "en");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Sergey Lavrov (foreign minister, RUS)", result.Console, StringComparison.Ordinal);
        Assert.Contains("Participants", result.Console, StringComparison.Ordinal);
        Assert.DoesNotContain("المشاركون", result.Console, StringComparison.Ordinal);
        Assert.Contains(e.Mentions[0].EvidenceText[..20], result.Visible, StringComparison.Ordinal);
    }

    [Fact]
    public void Event_sources_stack_when_their_columns_do_not_fit()
    {
        var e = Stored().Events.OrderByDescending(x => x.Sources.Count).First();
        var result = CliHarness.RunWide(70, "event", e.Id, "--db", seeds.Db);
        Assert.Equal(0, result.ExitCode);
        var lines = result.Visible.Split('\n');
        Assert.All(e.Sources, s => Assert.Contains(s, lines));
    }
}
