using Marsad.Actors;
using Marsad.Data;
using Marsad.Events;
using Marsad.Export;
using Marsad.Pipeline;

namespace Marsad.Tests.Export;

/// <summary>Table-driven checks of the export data files (cameo.tsv as read by CameoTable, fips.tsv, actor-roles.tsv, labels.tsv).</summary>
public class ExportDataTests
{
    [Theory]
    [InlineData("041", 1.0, 1, "consult", "phone")]
    [InlineData("042", 1.9, 1, "consult", "visit")]
    [InlineData("046", 7.0, 1, "consult", null)]
    [InlineData("112", -2.0, 3, "accuse", "disapprove")]
    [InlineData("1213", -4.0, 3, "reject", "assist")]   // no score of its own: inherits its base code's
    [InlineData("0412", 1.0, 1, "consult", "phone")]    // unknown sub-code falls back to its base
    public void Cameo_codes(string code, double goldstein, int quad, string plover, string? mode)
    {
        var entry = MarsadRules.Shipped.Cameo.Find(code)!;
        Assert.Equal(goldstein, entry.Goldstein);
        Assert.Equal(quad, entry.QuadClass);
        Assert.Equal(plover, entry.PloverEvent);
        Assert.Equal(mode, entry.PloverMode);
    }

    [Fact]
    public void Cameo_quad_classes_are_one_to_four_and_roots_exist()
    {
        var rows = DataFiles.ReadTable("events/cameo.tsv");
        Assert.True(rows.Count > 200);
        foreach (var row in rows)
        {
            var code = row.Required("code");
            Assert.InRange(MarsadRules.Shipped.Cameo.QuadClass(code), 1, 4);
            Assert.NotNull(MarsadRules.Shipped.Cameo.Find(CameoTable.RootCode(code)));
        }
    }

    [Theory]
    [InlineData("SYR", "SY")]
    [InlineData("RUS", "RS")]
    [InlineData("IRQ", "IZ")]
    [InlineData("TUR", "TU")]
    [InlineData("DEU", "GM")]
    [InlineData("GBR", "UK")]
    [InlineData("LBN", "LE")]
    [InlineData("OMN", "MU")]
    [InlineData("PSE", null)]
    public void Fips_codes(string iso3, string? fips) => Assert.Equal(fips, GdeltExport.FipsCode(iso3));

    [Fact]
    public void Fips_table_is_one_to_one()
    {
        var rows = DataFiles.ReadTable("export/fips.tsv");
        Assert.All(rows, r => Assert.Matches("^[A-Z]{3}$", r.Required("iso3")));
        Assert.All(rows, r => Assert.Matches("^[A-Z]{2}$", r.Required("fips")));
        Assert.Equal(rows.Count, rows.Select(r => r.Required("iso3")).Distinct().Count());
        Assert.Equal(rows.Count, rows.Select(r => r.Required("fips")).Distinct().Count());
    }

    [Theory]
    [InlineData("head_of_state", "SYRGOV")]
    [InlineData("foreign_minister", "SYRGOV")]
    [InlineData("intelligence_chief", "SYRSPY")]
    [InlineData(null, "SYR")]
    [InlineData("poet", "SYR")]
    public void Actor_codes(string? role, string code) =>
        Assert.Equal(code, GdeltExport.ActorCode(new Marsad.Actors.ActorRef(Marsad.Actors.ActorKind.Person, null, "س", "SYR", role)));

    public static TheoryData<string, string> ActorRoleRows()
    {
        var data = new TheoryData<string, string>();
        foreach (var row in DataFiles.ReadTable("export/actor-roles.tsv"))
            data.Add(row.Required("role"), row.Required("cameo_type"));
        return data;
    }

    [Theory]
    [MemberData(nameof(ActorRoleRows))]
    public void Each_exchange_role_row_types_the_actor_code(string role, string cameoType) =>
        Assert.Equal("SYR" + cameoType, GdeltExport.ActorCode(new Marsad.Actors.ActorRef(Marsad.Actors.ActorKind.Person, null, "س", "SYR", role)));

    [Fact]
    public void Every_exchange_role_has_a_row_and_a_label()
    {
        var rows = DataFiles.ReadTable("export/actor-roles.tsv").Select(r => r.Required("role")).ToArray();
        Assert.Equal(ExchangeRole.All.Select(r => r.Name).Order(StringComparer.Ordinal), rows.Order(StringComparer.Ordinal));
        Assert.All(ExchangeRole.All, r => Assert.NotNull(DisplayLabels.Arabic("role", r.Name)));
    }

    // The page names every office in Arabic (issue 9): no role id of the knowledge base shows raw.
    [Fact]
    public void Every_role_the_knowledge_base_uses_has_a_label()
    {
        var kb = Marsad.Actors.KnowledgeBase.Default;
        var roles = kb.Titles.Select(t => t.Role)
            .Concat(kb.Persons.SelectMany(p => kb.RolesOf(p.Id)).Select(r => r.Role))
            .Distinct(StringComparer.Ordinal).ToArray();
        Assert.Contains("senior_adviser", roles);
        Assert.All(roles, r => Assert.NotNull(DisplayLabels.Arabic("role", r)));
        Assert.All(roles, r => Assert.NotNull(DisplayLabels.English("role", r)));
    }

    [Fact]
    public void Every_event_type_and_mode_has_a_label()
    {
        Assert.All(EventType.All, t => Assert.NotNull(DisplayLabels.Arabic("type", t.Name)));
        Assert.All(EventMode.All, m => Assert.NotNull(DisplayLabels.Arabic("mode", m.Name)));
    }

    [Theory]
    [InlineData("unsc", "IGOUNO")]
    [InlineData("iaea", "IGOUNOIAE")]
    [InlineData("arab_league", "IGOARL")]
    [InlineData("eu", "IGOEEC")]
    [InlineData("gcc", "IGOGCC")]
    public void International_organisations_take_their_cameo_code(string id, string code)
    {
        var org = new Marsad.Actors.ActorRef(Marsad.Actors.ActorKind.Organization, id, "م", null, null);
        Assert.Equal(code, GdeltExport.ActorCode(org));
        Assert.Equal(code, GdeltExport.OrganizationCode(org));
    }

    [Fact]
    public void A_national_body_stands_for_its_state()
    {
        var mfa = new Marsad.Actors.ActorRef(Marsad.Actors.ActorKind.Organization, "rus_mfa", "م", "RUS", null);
        Assert.Null(GdeltExport.OrganizationCode(mfa));
        Assert.Equal("RUS", GdeltExport.ActorCode(mfa));
    }

    [Theory]
    [InlineData("type", "consult", "consult · تشاور")]
    [InlineData("mode", "phone", "phone call · اتصال هاتفي")]
    [InlineData("role", "foreign_minister", "foreign minister · وزير الخارجية")]
    [InlineData("status", "planned", "planned · مخطط له")]
    [InlineData("type", "unheard-of", "unheard-of")]
    public void Display_labels(string kind, string id, string expected) =>
        Assert.Equal(expected, DisplayLabels.Both(kind, id));
}
