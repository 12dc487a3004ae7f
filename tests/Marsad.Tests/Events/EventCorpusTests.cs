using System.Globalization;
using Marsad.Actors;
using Marsad.Data;
using Marsad.Events;
using Marsad.Time;

namespace Marsad.Tests.Events;

/// <summary>
/// Runs the behaviour corpus of the event stage (Data/events/corpus.tsv): every text must read as
/// exactly the event its row describes, or as none; a second event means the text reads two ways.
/// </summary>
public class EventCorpusTests
{
    private const string File = "events/corpus.tsv";

    private static readonly IReadOnlyList<TsvRow> Rows = DataFiles.ReadTable(File);

    public static TheoryData<int, string> Texts()
    {
        var data = new TheoryData<int, string>();
        foreach (var row in Rows)
            data.Add(row.Line, row.Required("text"));
        return data;
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void Text_reads_as_its_row(int line, string text)
    {
        var row = Rows.Single(r => r.Line == line);
        var reading = EventPipeline.Read(text, Day(row.Required("day")));
        if (row.Required("type") == "none")
        {
            Assert.True(reading.Events.Count == 0, $"expected no event, read {Describe(reading.Events)}");
        }
        else
        {
            Assert.True(reading.Events.Count == 1, $"expected one event, read {reading.Events.Count}: {Describe(reading.Events)}");
            AssertEvent(row, reading.Events[0]);
        }
        AssertQuote(row, reading);
    }

    [Fact]
    public void Corpus_has_enough_rows_and_negative_rows()
    {
        Assert.True(Rows.Count >= 100, $"{Rows.Count} rows");
        Assert.True(Rows.Count(r => r.Required("type") == "none") >= 20);
        Assert.Equal(Rows.Count, Rows.Select(r => r.Required("text")).Distinct().Count());
    }

    /// <summary>Compares the event column by column, written the way the corpus writes it, and names every column that differs.</summary>
    private static void AssertEvent(TsvRow row, Event e)
    {
        var read = new Dictionary<string, string?>
        {
            ["type"] = e.Type.Name,
            ["mode"] = e.Mode?.Name,
            ["cameo"] = e.Cameo,
            ["source"] = Join(Countries(e, ParticipantSide.Source)),
            ["target"] = Join(Countries(e, ParticipantSide.Target)),
            ["countries"] = Join(e.Countries),
            ["place"] = e.Where is null ? null : e.Where.Country + (e.Where.Name is { } name ? "/" + name : ""),
            ["status"] = e.Status.ToString().ToLowerInvariant(),
            ["persons"] = Join(e.Participants.Where(p => p.Actor.Kind == ActorKind.Person).Select(p => p.Actor.Id).OfType<string>()),
            ["topics"] = Join(e.Topics),
        };
        var differ = read
            .Where(c => Normal(c.Key, row[c.Key]) != c.Value)
            .Select(c => $"{c.Key}: expected '{row[c.Key]}', read '{c.Value}'")
            .ToList();
        if (row["date"] is { } date && Interval(date) != e.When)
            differ.Add($"date: expected '{date}', read '{e.When}'");
        Assert.True(differ.Count == 0, string.Join("; ", differ));
    }

    /// <summary>A cell as the reading writes it: lists sorted, empty as null.</summary>
    private static string? Normal(string column, string? cell) =>
        column is "source" or "target" or "countries" or "persons" or "topics" ? Join(cell?.Split('|') ?? []) : cell;

    private static string? Join(IEnumerable<string> values) =>
        values.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray() is { Length: > 0 } list ? string.Join('|', list) : null;

    /// <summary>The text's attributed speech; a party's words also belong to its event.</summary>
    private static void AssertQuote(TsvRow row, EventPipeline.Reading reading)
    {
        switch (row["quote"])
        {
            case null:
                return;
            case "none":
                Assert.Empty(reading.Quotes);
                return;
            case var expected:
                var speaker = expected[..expected.IndexOf(':', StringComparison.Ordinal)];
                var words = expected[(speaker.Length + 1)..].Trim();
                var quote = Assert.Single(reading.Quotes);
                Assert.Equal(speaker, quote.Speaker?.Id);
                Assert.Contains(words, quote.Text, StringComparison.Ordinal);
                Assert.DoesNotContain('«', quote.Text);
                if (reading.Events.SingleOrDefault() is { } e && e.Participants.Any(p => p.Actor.Key == quote.Speaker!.Key))
                    Assert.Contains(e.Quotes, q => q.Span == quote.Span);
                return;
        }
    }

    private static IEnumerable<string> Countries(Event e, ParticipantSide side) =>
        e.Participants.Where(p => p.Side == side).Select(p => p.Actor.Country).OfType<string>();

    private static DateOnly Day(string s) => DateOnly.ParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static DateInterval Interval(string s) =>
        s.Split("..") is [var from, var to] ? new DateInterval(Day(from), Day(to)) : DateInterval.Day(Day(s));

    private static string Describe(IEnumerable<Event> events) =>
        string.Join("; ", events.Select(e => $"{e.Type} {e.Mode} {string.Join('|', e.Countries)}"));
}
