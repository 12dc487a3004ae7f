using System.Text.Json.Serialization;

namespace Marsad.Export;

// The exchange format of /work/shared/eval/README.md: the fields the scorer reads come first,
// what we add for people and tools (ids, spans, evidence) after. Property names are snake_case.

public sealed record ExchangeDocument
{
    public string? Generator { get; init; }
    public DateTimeOffset? AnalyzedAt { get; init; }
    public IReadOnlyList<ExchangeArticle> Articles { get; init; } = [];
    public IReadOnlyList<ExchangeEvent> Events { get; init; } = [];
}

public sealed record ExchangeInterval(DateOnly? From, DateOnly? To);

public sealed record ExchangeArticle
{
    public required string File { get; init; }
    public string? Outlet { get; init; }
    public ExchangeInterval? Published { get; init; }
    public string? Url { get; init; }
    public string? Headline { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<ExchangeDateEvidence>? PublishedEvidence { get; init; }
}

public sealed record ExchangeDateEvidence(string Kind, string Text, ExchangeInterval? Allows, bool Applied, string Note);

public sealed record ExchangeWhere(string? Country, string? Place);

public sealed record ExchangeParticipant
{
    public string? Country { get; init; }
    public string? Role { get; init; }
    public string? Name { get; init; }
    public string? Side { get; init; }   // source | target | joint
    public string? Kind { get; init; }   // person | country | organization
    public string? ActorId { get; init; }

    /// <summary>The CAMEO actor code of an international organisation (IGOUNO), which has no country.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Code { get; init; }
}

public sealed record ExchangeMention
{
    public required string Article { get; init; }
    public int Sentence { get; init; }
    public string Evidence { get; init; } = "";
    public string Trigger { get; init; } = "";
    public string? WhenText { get; init; }
    public ExchangeInterval? When { get; init; }
    public string? Type { get; init; }
    public string? Mode { get; init; }
    public string? Status { get; init; }
    public ExchangeWhere? Where { get; init; }
    public int[]? EvidenceSpan { get; init; }
    public int[]? TriggerSpan { get; init; }
}

public sealed record ExchangeQuote
{
    public string? Speaker { get; init; }
    public string Text { get; init; } = "";
    public string? Article { get; init; }
    public string? SpeakerCountry { get; init; }
    public string? Cue { get; init; }
    public int[]? Span { get; init; }
}

public sealed record ExchangeEvent
{
    public string? Id { get; init; }

    /// <summary>Gold files name their events with a key instead of an id.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Key { get; init; }

    /// <summary>Gold files only: false when reporting the event is optional.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? Required { get; init; }

    public required string Type { get; init; }
    public string? Mode { get; init; }
    public string? Cameo { get; init; }
    public string? CameoName { get; init; }
    public double? Goldstein { get; init; }
    public int? QuadClass { get; init; }
    public string? Status { get; init; }
    public ExchangeInterval? When { get; init; }
    public ExchangeWhere? Where { get; init; }
    public IReadOnlyList<ExchangeParticipant> Participants { get; init; } = [];
    public IReadOnlyList<string> Sources { get; init; } = [];
    public IReadOnlyList<ExchangeMention> Mentions { get; init; } = [];
    public IReadOnlyList<string> Topics { get; init; } = [];
    public IReadOnlyList<ExchangeQuote> Quotes { get; init; } = [];
}
