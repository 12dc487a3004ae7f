using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Marsad.Actors;
using Marsad.Events;
using Marsad.Events.Frames;
using Marsad.Store;
using Marsad.Time;

namespace Marsad.Pipeline;

/// <summary>
/// How an <see cref="ArticleAnnotation"/> is stored: everything the merge reads, the parts the
/// exchange records leave out too (a mention's temporal value, which it resolves again when the
/// publication narrows; its phase, act and terms of office). A temporal value is written with its
/// kind ("$value"); a day set as its range and runs. Reading what was written gives an equal
/// annotation, which the tests check on whole corpora.
/// </summary>
internal static class AnnotationJson
{
    private static readonly JsonSerializerOptions Options = new(StoreJson.Options)
    {
        TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { WithTemporalKinds } },
        Converters = { new DaySetConverter() },
    };

    public static string Write(ArticleAnnotation annotation) => JsonSerializer.Serialize(Stored.Of(annotation), Options);

    /// <exception cref="JsonException">The text is not a stored annotation.</exception>
    public static ArticleAnnotation Read(string json) =>
        (JsonSerializer.Deserialize<Stored>(json, Options) ?? throw new JsonException("a stored annotation is null")).ToAnnotation();

    /// <summary>Every kind of temporal value, by the name it is stored under.</summary>
    private static readonly (Type Type, string Name)[] TemporalKinds =
    [
        (typeof(AbsoluteDate), "date"), (typeof(RelativeDay), "day"), (typeof(RelativeUnit), "unit"),
        (typeof(DayOfMonthOffset), "day-of-month"), (typeof(WeekdayValue), "weekday"), (typeof(MonthDate), "month-date"),
        (typeof(HijriDate), "hijri"), (typeof(PartOf), "part"), (typeof(RangeValue), "range"), (typeof(Lasting), "lasting"),
        (typeof(MeetingDate), "meeting"), (typeof(OccasionDay), "occasion"),
    ];

    private static void WithTemporalKinds(JsonTypeInfo info)
    {
        if (info.Type != typeof(TemporalValue))
            return;
        var polymorphism = new JsonPolymorphismOptions { TypeDiscriminatorPropertyName = "$value" };
        foreach (var (type, name) in TemporalKinds)
            polymorphism.DerivedTypes.Add(new JsonDerivedType(type, name));
        info.PolymorphismOptions = polymorphism;
    }

    private sealed record Stored(
        string ArticleId, string? Url, string Headline, string? Outlet,
        DateInterval? Published, List<StoredDateEvidence> Evidence,
        DaySet Writing, DaySet? PostingDays, int Lag,
        IReadOnlyList<StoredMention> Mentions, IReadOnlyList<AnalysisWarning> Warnings)
    {
        public static Stored Of(ArticleAnnotation a) => new(
            a.ArticleId, a.Url, a.Headline, a.Outlet, a.Published.Interval, StoredDateEvidence.Of(a.Published.Evidence),
            a.Writing, a.PostingDays, a.Lag, a.Mentions.Select(StoredMention.Of).ToArray(), a.Warnings);

        public ArticleAnnotation ToAnnotation() => new(
            ArticleId, Url, Headline, Outlet, new PublicationEstimate(Published, StoredDateEvidence.Read(Evidence)),
            Writing, PostingDays, Lag, Mentions.Select(m => m.ToMention()).ToArray(), Warnings);
    }

    /// <summary>A mention with the properties its exchange record leaves out.</summary>
    private sealed record StoredMention(
        EventMention Mention, TemporalValue? When, bool DateInherited, DatePhase Phase, string? Act, IReadOnlyList<RoleSpan> RoleBounds, bool Ongoing = false, bool InHeadline = false)
    {
        public static StoredMention Of(EventMention m) => new(m, m.When, m.DateInherited, m.Phase, m.Act, m.RoleBounds, m.Ongoing, m.InHeadline);

        public EventMention ToMention() =>
            Mention with { When = When, DateInherited = DateInherited, Phase = Phase, Act = Act, RoleBounds = RoleBounds, Ongoing = Ongoing, InHeadline = InHeadline };
    }

    /// <summary>A day set as {"first", "length", "runs": [[offset, count], ...]}.</summary>
    private sealed class DaySetConverter : JsonConverter<DaySet>
    {
        public override DaySet Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            var stored = JsonSerializer.Deserialize<StoredDays>(ref reader, options) ?? throw new JsonException("a stored day set is null");
            return DaySet.FromLayout(stored.First, stored.Length, stored.Runs.Select(r => r.Length == 2 ? (r[0], r[1]) : throw new JsonException("a run of days is not [offset, count]")));
        }

        public override void Write(Utf8JsonWriter writer, DaySet value, JsonSerializerOptions options)
        {
            var (first, length, runs) = value.Layout();
            JsonSerializer.Serialize(writer, new StoredDays(first, length, runs.Select(r => new[] { r.Offset, r.Count }).ToArray()), options);
        }

        private sealed record StoredDays(DateOnly First, int Length, int[][] Runs);
    }
}
