using System.Text.Json;
using Marsad.Data;
using Marsad.Pipeline;
using Marsad.Tests.Cli;

namespace Marsad.Tests.Pipeline;

/// <summary>
/// <c>--rules DIR</c>: a folder of rows laid over the shipped tables at their paths under Data/.
/// A row with a shipped key replaces it, a new key is added, a word list loses its "-word" lines,
/// and a file or column Marsad does not have is refused with its path, never silently unread.
/// </summary>
public sealed class RuleOverlayTests : IDisposable
{
    // A verb the shipped triggers do not list, with the columns of events/triggers.tsv.
    private const string TriggerHeader = "pattern\tkind\ttype\tmode\tcameo\tframe\tstatus\tphase\texample\tnote";
    private const string NewVerbRow = "تداول*\tverb\tconsult\t\t040\tjoint\toccurred\twhole\tوتداول الوزيران الأوضاع\ta user's verb";
    private const string Article = "عمّان - 12 آذار 2025\nوتداول وزير الخارجية الأردني أيمن الصفدي مع نظيره المصري بدر عبد العاطي الأوضاع في المنطقة.";

    private readonly TempStore _temp = new();

    private string Overlay(string path, params string[] lines)
    {
        var file = Path.Combine(_temp.Folder, "rules", path);
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        File.WriteAllLines(file, lines);
        return Path.Combine(_temp.Folder, "rules");
    }

    [Fact]
    public void An_overlay_row_with_a_new_key_is_added_and_one_with_a_shipped_key_replaces_it()
    {
        var shipped = RuleFiles.Shipped.Table("events/triggers.tsv");
        var first = shipped[0];
        var dir = Overlay("events/triggers.tsv", TriggerHeader, NewVerbRow, $"{first.Key}\tverb\tconsult\t\t040\tjoint\tplanned\twhole\t{first["example"]}\treplaced");
        var overlaid = RuleFiles.WithOverlay(dir).Table("events/triggers.tsv");
        Assert.Equal(shipped.Count + 1, overlaid.Count);
        Assert.Equal("planned", Assert.Single(overlaid, r => r.Key == first.Key)["status"]);
        Assert.Contains(overlaid, r => r.Key == "تداول*");
    }

    [Fact]
    public void A_word_list_overlay_adds_lines_and_removes_minus_lines()
    {
        var shipped = RuleFiles.Shipped.List("events/suffixes.txt");
        var dir = Overlay("events/suffixes.txt", "-" + shipped[0], "xyz");
        var overlaid = RuleFiles.WithOverlay(dir).List("events/suffixes.txt");
        Assert.DoesNotContain(shipped[0], overlaid);
        Assert.Contains("xyz", overlaid);
        Assert.Equal(shipped.Count, overlaid.Count);
    }

    [Fact]
    public void A_file_marsad_does_not_have_is_refused_with_its_path()
    {
        var dir = Overlay("events/trigers.tsv", TriggerHeader, NewVerbRow);
        var error = Assert.Throws<FormatException>(() => RuleFiles.WithOverlay(dir));
        Assert.Contains("trigers.tsv", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_column_the_table_lacks_is_refused_with_file_and_line()
    {
        var dir = Overlay("events/triggers.tsv", TriggerHeader + "\tcolour", NewVerbRow + "\tred");
        var error = Assert.Throws<FormatException>(() => RuleFiles.WithOverlay(dir));
        Assert.Contains("triggers.tsv:2", error.Message, StringComparison.Ordinal);
        Assert.Contains("colour", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_closed_value_the_stage_does_not_know_fails_the_load_with_file_and_line()
    {
        var dir = Overlay("events/triggers.tsv", TriggerHeader, NewVerbRow.Replace("\tconsult\t", "\tchat\t", StringComparison.Ordinal));
        var error = Assert.ThrowsAny<Exception>(() => MarsadRules.Load(dir, []));
        Assert.Contains("triggers.tsv:2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_with_rules_reads_the_event_the_shipped_rules_miss()
    {
        var article = _temp.PathOf("article.txt");
        File.WriteAllText(article, Article);
        var dir = Overlay("events/triggers.tsv", TriggerHeader, NewVerbRow);
        Assert.Equal(0, EventCount(article, "plain"));
        Assert.Equal(1, EventCount(article, "overlaid", "--rules", dir));
    }

    [Fact]
    public void Run_with_a_missing_rules_folder_is_a_usage_error()
    {
        var result = CliHarness.Run("run", CliHarness.Seeds, "--db", _temp.Db, "--rules", _temp.PathOf("nowhere"));
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--rules", result.Error, StringComparison.Ordinal);
    }

    private int EventCount(string article, string name, params string[] extra)
    {
        var output = _temp.PathOf(name + ".json");
        var result = CliHarness.Run(["run", article, "--db", _temp.PathOf(name + ".db"), "--as-of", "2025-03-12", "--out", output, .. extra]);
        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(File.ReadAllText(output));
        return json.RootElement.GetProperty("events").GetArrayLength();
    }

    public void Dispose() => _temp.Dispose();
}
