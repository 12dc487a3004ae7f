using System.Globalization;
using Marsad.Actors;
using Marsad.Data;
using Marsad.Text;
using Marsad.Time;

namespace Marsad.Tests.Actors;

/// <summary>
/// The behaviour corpus of the actor recogniser (Data/actors/corpus.tsv; its header describes the
/// columns), read with the shipped knowledge base. Each row is one assertion about one surface of
/// its text; a surface that reads two ways fails its row.
/// </summary>
public class ActorCorpusTests
{
    private const string File = "actors/corpus.tsv";
    private const string None = "none";

    private static readonly Lazy<IReadOnlyDictionary<int, TsvRow>> Rows =
        new(() => DataFiles.ReadTable(File).ToDictionary(r => r.Line));

    private static readonly ActorRecognizer Recognizer = new(KnowledgeBase.Default);

    public static TheoryData<int, string, string> Examples()
    {
        var data = new TheoryData<int, string, string>();
        foreach (var row in Rows.Value.Values)
            data.Add(row.Line, row["surface"] ?? "", row.Required("expected"));
        return data;
    }

    public static TheoryData<string, string> Texts()
    {
        var data = new TheoryData<string, string>();
        foreach (var (text, day) in Rows.Value.Values.Select(r => (r.Required("text"), r["day"] ?? "")).Distinct())
            data.Add(text, day);
        return data;
    }

    /// <summary>
    /// What a mention stands for, in the corpus notation: a group by its members, a person by KB id,
    /// printed name or office, a country by ISO3, an organisation by id, a place by name.
    /// </summary>
    public static string Reading(ActorMention m)
    {
        if (m.Group is { } group)
            return "group:" + string.Join('+', group.Select(a => a.Kind == ActorKind.Person ? a.Id ?? a.Name : a.Country).Order(StringComparer.Ordinal));
        var a = m.Actor;
        return a.Kind switch
        {
            ActorKind.Person => a.Id is { } id ? "person:" + id : a.Name is { } name ? "name:" + name : "office:" + (a.Country ?? "-"),
            ActorKind.Country => "country:" + a.Country,
            ActorKind.Organization => "org:" + (a.Id ?? "?"),
            _ => a.Id!,
        };
    }

    private static IReadOnlyList<ActorMention> Recognize(string text, string day)
    {
        var date = day.Length == 0 ? (DateInterval?)null : DateInterval.Day(DateOnly.ParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture));
        return Recognizer.Recognize(TextLayer.Build(text), date);
    }

    /// <summary>The spans of every occurrence of <paramref name="surface"/> in <paramref name="text"/>.</summary>
    private static List<TextSpan> Occurrences(string text, string surface)
    {
        var spans = new List<TextSpan>();
        for (var i = text.IndexOf(surface, StringComparison.Ordinal); i >= 0; i = text.IndexOf(surface, i + 1, StringComparison.Ordinal))
            spans.Add(new TextSpan(i, i + surface.Length));
        return spans;
    }

    private static string Dump(IReadOnlyList<ActorMention> mentions) =>
        string.Join("\n", mentions.Select(m => $"  «{m.Surface}» {Reading(m)} {m.Kind} {m.Actor.Country ?? "-"}:{m.Actor.Role ?? "-"} | {m.Evidence}"));

    [Theory]
    [MemberData(nameof(Examples))]
    public void Row_reads_as_expected(int line, string surface, string expected)
    {
        var row = Rows.Value[line];
        var text = row.Required("text");
        var mentions = Recognize(text, row["day"] ?? "");
        var where = $"{File}:{line}: «{surface}» in: {text}\n{Dump(mentions)}";
        var spans = surface.Length == 0 ? [new TextSpan(0, text.Length)] : Occurrences(text, surface);
        Assert.True(spans.Count > 0, $"surface not in the text: {where}");
        if (expected == None || expected.StartsWith(None + ":", StringComparison.Ordinal))
        {
            var kind = expected == None ? (ActorKind?)null : Enum.Parse<ActorKind>(expected[(None.Length + 1)..], ignoreCase: true);
            var found = mentions.Where(m => spans.Any(m.Span.Overlaps) && (kind is null || m.Actor.Kind == kind)).ToArray();
            Assert.True(found.Length == 0, $"expected no {kind?.ToString() ?? "actor"} mention: {where}");
            return;
        }
        Assert.True(surface.Length > 0, $"a positive row needs a surface: {where}");
        var at = mentions.Where(m => spans.Any(s => s.Start == m.Start && s.End == m.End)).ToArray();
        Assert.True(at.Length > 0, $"no mention with exactly this surface: {where}");
        var readings = at.Select(Reading).Distinct().ToArray();
        Assert.True(readings.Length == 1, $"reads two ways ({string.Join(", ", readings)}): {where}");
        Assert.True(readings[0] == expected, $"reads as {readings[0]}, expected {expected}: {where}");
        foreach (var m in at)
            AssertDetails(row, m, where);
    }

    /// <summary>The optional columns: mention kind, the actor's country and role, the attested term.</summary>
    private static void AssertDetails(TsvRow row, ActorMention m, string where)
    {
        if (row["kind"] is { } kind)
            Assert.True(Enum.Parse<MentionKind>(kind, ignoreCase: true) == m.Kind, $"kind {m.Kind}, expected {kind}: {where}");
        if (row["role"] is { } role)
        {
            var actual = $"{m.Actor.Country ?? "-"}:{m.Actor.Role ?? "-"}";
            Assert.True(actual == role, $"country:role {actual}, expected {role}: {where}");
        }
        if (row["attested"] is { } attested)
        {
            var actual = m.AttestedRole is { } r ? $"{r.From:yyyy-MM-dd}..{r.To:yyyy-MM-dd}" : "no";
            Assert.True(actual == attested, $"attested {actual}, expected {attested}: {where}");
        }
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void Mentions_point_into_the_original_text_and_give_evidence(string text, string day)
    {
        foreach (var m in Recognize(text, day))
        {
            Assert.True(m.End > m.Start, $"empty mention {m}");
            Assert.Equal(m.Surface, text[m.Start..m.End]);
            Assert.NotEmpty(m.Evidence.Steps);
        }
    }

    /// <summary>No part of a text reads two ways: mentions that overlap share their span and their reading.</summary>
    [Theory]
    [MemberData(nameof(Texts))]
    public void No_stretch_of_text_reads_two_ways(string text, string day)
    {
        var mentions = Recognize(text, day);
        foreach (var a in mentions)
            foreach (var b in mentions.Where(b => !ReferenceEquals(a, b) && a.Span.Overlaps(b.Span)))
                Assert.True(a.Span == b.Span && Reading(a) == Reading(b), $"«{a.Surface}» {Reading(a)} overlaps «{b.Surface}» {Reading(b)} in: {text}");
    }

    [Fact]
    public void Corpus_has_positive_and_negative_rows_of_every_mention_kind()
    {
        var rows = Rows.Value.Values.ToArray();
        Assert.True(rows.Length >= 100, $"{rows.Length} rows");
        Assert.True(rows.Count(r => r.Required("expected").StartsWith(None, StringComparison.Ordinal)) >= 20);
        var kinds = rows.Select(r => r["kind"]).OfType<string>().Select(k => Enum.Parse<MentionKind>(k, ignoreCase: true)).ToHashSet();
        Assert.Equal(Enum.GetValues<MentionKind>().ToHashSet(), kinds);
    }
}
