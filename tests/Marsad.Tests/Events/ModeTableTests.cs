using Marsad.Data;
using Marsad.Events;
using Marsad.Pipeline;

namespace Marsad.Tests.Events;

/// <summary>Spec for Data/events/modes.tsv and Data/events/types.tsv.</summary>
public class ModeTableTests
{
    private const string File = "events/modes.tsv";

    private static readonly IReadOnlyList<TsvRow> Rows = DataFiles.ReadTable(File);

    private static readonly ModeTable Modes = MarsadRules.Shipped.Events.Modes;

    public static TheoryData<int, string> Examples()
    {
        var data = new TheoryData<int, string>();
        foreach (var row in Rows)
            data.Add(row.Line, row.Required("example"));
        return data;
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Each_row_reads_its_example_in_its_mode_with_its_code(int line, string example)
    {
        var row = Rows.Single(r => r.Line == line);
        var e = Assert.Single(EventPipeline.Read(example, new DateOnly(2025, 3, 12)).Events);
        Assert.Equal(row.Required("type"), e.Type.Name);
        Assert.Equal(row["mode"], e.Mode?.Name);
        Assert.Equal(row.Required("cameo"), e.Cameo);
        if (row["place"] == "no")
            Assert.Null(e.Where);
    }

    [Fact]
    public void Every_trigger_mode_is_a_mode_of_its_type_and_carries_its_code()
    {
        foreach (var trigger in MarsadRules.Shipped.Events.TriggerRules.Where(t => t.Mode is not null))
        {
            var mode = Assert.Single(Modes.Rules, r => r.Type == trigger.Type && r.Mode == trigger.Mode);
            Assert.Equal(mode.Cameo, trigger.Cameo);
        }
    }

    [Fact]
    public void Three_states_make_a_generic_meeting_multilateral_but_keep_a_specific_code()
    {
        Assert.Equal((EventMode.Multilateral, "046"), Modes.Infer(EventType.Consult, ["EGY", "JOR", "SAU"], null, "040"));
        Assert.Equal((EventMode.Multilateral, "043"), Modes.Infer(EventType.Consult, ["EGY", "JOR", "SAU"], null, "043"));
    }

    [Fact]
    public void Two_states_and_a_place_make_a_visit_or_a_third_party_meeting_whatever_the_code()
    {
        Assert.Equal((EventMode.Visit, "042"), Modes.Infer(EventType.Consult, ["EGY", "TUR"], new Place("TUR", "أنقرة"), "046"));
        Assert.Equal((EventMode.ThirdParty, "044"), Modes.Infer(EventType.Consult, ["EGY", "TUR"], new Place("QAT", "الدوحة"), "040"));
    }

    [Fact]
    public void Nothing_is_inferred_without_a_place_or_for_a_type_without_modes()
    {
        Assert.Equal(((EventMode?)null, "040"), Modes.Infer(EventType.Consult, ["EGY", "TUR"], null, "040"));
        Assert.Equal(((EventMode?)null, "112"), Modes.Infer(EventType.Accuse, ["EGY", "TUR", "ISR"], new Place("TUR", null), "112"));
    }

    [Fact]
    public void Only_the_generic_code_is_generic_and_only_a_phone_call_has_no_place()
    {
        Assert.True(Modes.IsGeneric("040"));
        Assert.False(Modes.IsGeneric("042"));
        Assert.False(Modes.HasPlace(EventMode.Phone));
        Assert.True(Modes.HasPlace(EventMode.Visit));
        Assert.True(Modes.HasPlace(null));
    }

    [Fact]
    public void The_table_gives_every_mode_a_row()
    {
        Assert.Equal(EventMode.All.Select(m => m.Name).Order(StringComparer.Ordinal),
            Modes.Rules.Select(r => r.Mode).OfType<EventMode>().Select(m => m.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void An_unknown_mode_is_a_load_error_with_its_line()
    {
        var rows = Tsv.Parse("type\tmode\tcameo\tinferred\nconsult\tby-letter\t042\tgiven\n", "modes.tsv");
        var error = Assert.Throws<FormatException>(() => ModeTable.Parse(rows));
        Assert.Contains("modes.tsv:2: mode 'by-letter'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_inference_is_a_load_error_with_its_line()
    {
        var rows = Tsv.Parse("type\tmode\tcameo\tinferred\nconsult\tvisit\t042\tguessed\n", "modes.tsv");
        var error = Assert.Throws<FormatException>(() => ModeTable.Parse(rows));
        Assert.Contains("modes.tsv:2", error.Message, StringComparison.Ordinal);
    }
}

/// <summary>Spec for Data/events/types.tsv.</summary>
public class EventTypeTableTests
{
    [Fact]
    public void The_table_lists_the_PLOVER_event_types()
    {
        Assert.Equal(EventType.All.Select(t => t.Name).Order(StringComparer.Ordinal),
            MarsadRules.Shipped.Events.Types.Types.Select(t => t.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void An_unknown_type_is_a_load_error_with_its_line()
    {
        var rows = Tsv.Parse("type\tabsorbs_statements\nconsult\tyes\nconsul\t\n", "types.tsv");
        var error = Assert.Throws<FormatException>(() => EventTypeTable.Parse(rows));
        Assert.Contains("types.tsv:3: type 'consul' is not one of consult|agree", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_trigger_has_a_PLOVER_type()
    {
        Assert.All(MarsadRules.Shipped.Events.TriggerRules, t => Assert.Contains(t.Type, MarsadRules.Shipped.Events.Types.Types));
    }

    [Fact]
    public void Only_meetings_absorb_the_statements_of_their_parties()
    {
        var types = MarsadRules.Shipped.Events.Types;
        Assert.Equal([EventType.Consult], EventType.All.Where(types.AbsorbsStatements));
    }
}
