using System.Text.Json;
using Marsad.Evaluation;
using Marsad.Events;
using Marsad.Export;
using Marsad.Tests.Pipeline;

namespace Marsad.Tests.Export;

public class ExchangeJsonTests
{

    [Fact]
    public void Round_trip_through_the_reader_gives_the_same_file()
    {
        var json = ExchangeJson.Write(SampleSnapshots.Small());
        var again = ExchangeJson.Write(ExchangeJson.ReadSnapshot(json));
        Assert.Equal(json, again);
    }

    [Fact]
    public void An_organisation_participant_exports_its_code_and_no_country()
    {
        var iaea = new Marsad.Actors.ActorRef(Marsad.Actors.ActorKind.Organization, "iaea", "الوكالة الدولية للطاقة الذرية", null, null);
        var call = new Event("ev-iaea", EventType.Consult, EventMode.Visit, "042", 1.9, EventStatus.Occurred, SampleSnapshots.Day(2024, 5, 7), null,
            [
                new EventParticipant(iaea, ParticipantSide.Source, default),
                new EventParticipant(SampleSnapshots.State("IRN"), ParticipantSide.Target, default),
            ],
            [SampleSnapshots.Mention("a1.txt", 1, "وصل المدير العام للوكالة إلى طهران في زيارة.", "وصل", EventType.Consult, EventMode.Visit, "042", SampleSnapshots.Day(2024, 5, 7))],
            [], []);
        var snapshot = new Marsad.Store.AnalysisSnapshot(SampleSnapshots.AnalyzedAt, [], [call]);
        using var doc = JsonDocument.Parse(ExchangeJson.Write(snapshot));
        var participants = doc.RootElement.GetProperty("events")[0].GetProperty("participants");
        var org = participants.EnumerateArray().Single(p => p.GetProperty("kind").GetString() == "organization");
        Assert.Equal("IGOUNOIAE", org.GetProperty("code").GetString());
        Assert.Equal(JsonValueKind.Null, org.GetProperty("country").ValueKind);
        var state = participants.EnumerateArray().Single(p => p.GetProperty("kind").GetString() == "country");
        Assert.False(state.TryGetProperty("code", out _));
    }

    [Fact]
    public void Has_the_fields_the_scorer_reads()
    {
        using var doc = JsonDocument.Parse(ExchangeJson.Write(SampleSnapshots.Small()));
        var root = doc.RootElement;
        foreach (var article in root.GetProperty("articles").EnumerateArray())
        {
            Assert.Equal(JsonValueKind.String, article.GetProperty("file").ValueKind);
            Assert.True(article.TryGetProperty("outlet", out _));
            Assert.True(article.TryGetProperty("published", out _));
        }
        var first = root.GetProperty("events")[0];
        foreach (var field in new[] { "id", "type", "mode", "cameo", "goldstein", "quad_class", "status", "when", "where", "participants", "sources", "mentions", "topics", "quotes" })
            Assert.True(first.TryGetProperty(field, out _), $"missing {field}");
        Assert.Equal("2021-03-04", first.GetProperty("when").GetProperty("from").GetString());
        var participant = first.GetProperty("participants")[0];
        foreach (var field in new[] { "country", "role", "name", "side" })
            Assert.True(participant.TryGetProperty(field, out _), $"participant missing {field}");
        var mention = first.GetProperty("mentions")[0];
        foreach (var field in new[] { "article", "sentence", "evidence", "trigger", "when_text" })
            Assert.True(mention.TryGetProperty(field, out _), $"mention missing {field}");
        Assert.Equal(new[] { "a1.txt", "a2.txt" }, first.GetProperty("sources").EnumerateArray().Select(s => s.GetString() ?? ""));
    }

    [Fact]
    public void Events_are_ordered_by_date_then_id_with_undated_last()
    {
        var doc = ExchangeJson.Read(ExchangeJson.Write(SampleSnapshots.Small()));
        Assert.Equal(["ev-2021-call", "ev-2022-visit", "ev-2023-planned", "ev-undated-accuse"], doc.Events.Select(e => e.Id ?? ""));
    }

    [Fact]
    public void Arabic_and_quotes_are_written_readably()
    {
        var json = ExchangeJson.Write(SampleSnapshots.Small());
        Assert.Contains("أيمن الصفدي", json);
        Assert.Contains("<b>والتقى</b>", json);
        Assert.DoesNotContain("\\u06", json);
        Assert.Contains("\\\"آخر التطورات\\\"", json);
        Assert.DoesNotContain("\r", json);
    }

    [Fact]
    public void Status_quad_class_and_dates_use_the_exchange_spelling()
    {
        var doc = ExchangeJson.Read(ExchangeJson.Write(SampleSnapshots.Small()));
        var planned = doc.Events.Single(e => e.Id == "ev-2023-planned");
        Assert.Equal("planned", planned.Status);
        Assert.Equal(1, planned.QuadClass);
        var accuse = doc.Events.Single(e => e.Id == "ev-undated-accuse");
        Assert.Null(accuse.When);
        Assert.Equal(3, accuse.QuadClass);
        var visit = doc.Events.Single(e => e.Id == "ev-2022-visit");
        Assert.Equal(new DateOnly(2022, 5, 31), visit.When!.To);
        Assert.Equal("القاهرة", visit.Where!.Place);
        Assert.Equal("سامح شكري", visit.Quotes.Single().Speaker);
    }

    [Fact]
    public void Reads_a_gold_file_keeping_sources_without_mentions()
    {
        const string gold = """
            {"corpus": "x", "articles": [{"file": "a.txt", "outlet": null, "published": {"from": "2021-02-17", "to": "2021-02-28"}}],
             "events": [{"key": "k1", "required": false, "type": "consult", "mode": "phone", "cameo": "041",
                         "when": {"from": "2021-02-17", "to": "2021-02-17"}, "where": null,
                         "participants": [{"country": "SYR", "role": "foreign_minister", "name": "س"}, {"country": "RUS", "role": null, "name": null}],
                         "sources": ["a.txt", "b.txt"]}]}
            """;
        var snapshot = ExchangeJson.ReadSnapshot(gold);
        var e = Assert.Single(snapshot.Events);
        Assert.Equal("k1", e.Id);
        Assert.Equal(["a.txt", "b.txt"], e.Sources);
        Assert.Equal(["RUS", "SYR"], e.Countries);
        Assert.Equal(1.0, e.Goldstein);
        Assert.Equal(EventStatus.Occurred, e.Status);
        var written = ExchangeJson.Read(ExchangeJson.Write(snapshot)).Events.Single();
        Assert.Empty(written.Mentions);
        Assert.Equal(["a.txt", "b.txt"], written.Sources);
    }

    [Fact]
    public void Gold_read_and_written_back_scores_events_F1_one()
    {
        var gold = Corpora.SeedGold;
        var written = ExchangeJson.Write(ExchangeJson.ToSnapshot(ExchangeJson.ReadFile(gold)));
        var card = ExchangeScorer.Score(ScoredDocument.Load(gold), ScoredDocument.Parse(written));
        Assert.Equal(1.0, card.EventsF1);
        Assert.Equal(1.0, card.SourcesJaccard);
        Assert.Equal(1.0, card.OutletAccuracy);
    }
}
