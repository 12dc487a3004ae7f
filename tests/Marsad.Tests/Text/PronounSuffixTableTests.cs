using Marsad.Data;
using Marsad.Text;

namespace Marsad.Tests.Text;

/// <summary>
/// Spec for Data/text/suffixes.tsv, the one list of pronoun suffixes: every row does its role in
/// its example, and the table without the row does not.
/// </summary>
public class PronounSuffixTableTests
{
    private const string File = "text/suffixes.tsv";

    public static TheoryData<int, string, string, string> Rows()
    {
        var data = new TheoryData<int, string, string, string>();
        foreach (var row in DataFiles.ReadTable(File))
            data.Add(row.Line, row.Required("suffix"), row.Required("role"), row.Required("example"));
        return data;
    }

    /// <summary>Whether <paramref name="example"/> shows the role of <paramref name="suffix"/> with the given table.</summary>
    private static bool DoesItsRole(string role, string suffix, string example, PronounSuffixes table)
    {
        var key = ArabicNormalizer.Key(example);
        return role switch
        {
            "guard" => ArabicClitics.IsGuarded(key, table[SuffixRole.Guard]),
            "stem" => ArabicClitics.Stems(ArabicClitics.Segments(key), table[SuffixRole.Stem])
                .Contains(WordSegments.Whole(ArabicClitics.RestoreTaMarbuta(key[..^suffix.Length])) with { Suffix = suffix }),
            "possessor" => ArabicClitics.HasPossessorSuffix(TextLayer.Build(example).Tokens[0], table[SuffixRole.Possessor]),
            "pair" => ArabicClitics.HasPossessorSuffix(TextLayer.Build(example).Tokens[0], table[SuffixRole.Pair]),
            _ => throw new Xunit.Sdk.XunitException($"role '{role}' has no check"),
        };
    }

    [Theory]
    [MemberData(nameof(Rows))]
    public void Each_row_does_its_role_in_its_example_and_only_it(int line, string suffix, string role, string example)
    {
        var rows = DataFiles.ReadTable(File);
        Assert.EndsWith(ArabicNormalizer.Key(suffix), ArabicNormalizer.Key(example), StringComparison.Ordinal);
        Assert.True(DoesItsRole(role, suffix, example, new PronounSuffixes(rows)), $"{example}: {suffix} as {role}");
        Assert.False(DoesItsRole(role, suffix, example, new PronounSuffixes(rows.Where(r => r.Line != line))), $"{File}:{line}: {example} needs no row");
    }

    [Fact]
    public void The_embedded_table_is_the_one_the_text_layer_reads()
    {
        var table = new PronounSuffixes(DataFiles.ReadTable(File));
        Assert.All(Enum.GetValues<SuffixRole>(), role => Assert.Equal(table[role], PronounSuffixes.Default[role]));
        Assert.All(Enum.GetValues<SuffixRole>(), role => Assert.NotEmpty(table[role]));
    }

    [Theory]
    [InlineData("زيارة")]
    [InlineData("قمة")]
    public void Ta_marbuta_is_not_a_possessor_suffix(string noun)
    {
        // Normalisation folds ة into ه: the printed word is what is compared.
        Assert.False(ArabicClitics.HasPossessorSuffix(TextLayer.Build(noun).Tokens[0]));
        Assert.True(ArabicClitics.HasPossessorSuffix(TextLayer.Build(noun[..^1] + "ته").Tokens[0]));
    }

    [Fact]
    public void A_stem_keeps_three_letters_at_least()
    {
        // "وجهها" = وجه + ها; "فها" is too short to lose its ending.
        Assert.Contains("وجه", TextLayer.Build("وجهها").Tokens[0].Stems.Select(s => s.Stem));
        Assert.DoesNotContain(TextLayer.Build("بها").Tokens[0].Stems, s => s.Suffix.Length > 0);
    }

    [Fact]
    public void An_unknown_role_fails_with_its_file_and_line()
    {
        var rows = Tsv.Parse("suffix\trole\texample\nه\tguard\tوزارته\nه\tending\tعمليته\n", "test/suffixes.tsv");
        var error = Assert.Throws<FormatException>(() => new PronounSuffixes(rows));
        Assert.Contains("test/suffixes.tsv:3", error.Message);
    }

    [Fact]
    public void No_suffix_is_listed_twice_in_a_role()
    {
        var rows = DataFiles.ReadTable(File);
        Assert.Empty(rows.GroupBy(r => (ArabicNormalizer.Key(r.Required("suffix")), r.Required("role"))).Where(g => g.Count() > 1).Select(g => g.Key));
    }
}
