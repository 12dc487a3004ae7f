using System.Text.Json.Serialization;

namespace Marsad.Export;

// The exchange format of /work/shared/eval/README.md: the fields the scorer reads come first,
// what we add for people and tools (ids, spans, evidence) after. Property names are snake_case.

/// <summary>One exchange file: the articles of a corpus and the events read from them.</summary>
public sealed record ExchangeDocument
{
    /// <summary>Who wrote the file ("marsad"); null in gold files.</summary>
    public string? Generator { get; init; }

    /// <summary>When the analysis ran.</summary>
    public DateTimeOffset? AnalyzedAt { get; init; }

    /// <summary>The articles, by id.</summary>
    public IReadOnlyList<ExchangeArticle> Articles { get; init; } = [];

    /// <summary>The events, by date then id.</summary>
    public IReadOnlyList<ExchangeEvent> Events { get; init; } = [];
}

/// <summary>A closed interval of days; one end may be missing in files written by hand.</summary>
/// <param name="From">The first day.</param>
/// <param name="To">The last day.</param>
public sealed record ExchangeInterval(DateOnly? From, DateOnly? To);

/// <summary>An article: its id, its outlet and its publication interval.</summary>
public sealed record ExchangeArticle
{
    /// <summary>The document id: the input file's name, or the URL.</summary>
    public required string File { get; init; }

    /// <summary>The publisher as printed in the text, or null.</summary>
    public string? Outlet { get; init; }

    /// <summary>The days the article may have been published on, or null when nothing bounds them.</summary>
    public ExchangeInterval? Published { get; init; }

    /// <summary>The article's address, when known.</summary>
    public string? Url { get; init; }

    /// <summary>The headline.</summary>
    public string? Headline { get; init; }

    /// <summary>Why the publication interval is what it is (not written when null).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<ExchangeDateEvidence>? PublishedEvidence { get; init; }
}

/// <summary>One piece of publication evidence, as printed.</summary>
/// <param name="Kind">The rule ("dateline", "reported-elsewhere").</param>
/// <param name="Text">What it was read from.</param>
/// <param name="Allows">The days it allows.</param>
/// <param name="Applied">False when it was ignored.</param>
/// <param name="Note">Why it was ignored, or what it learnt.</param>
public sealed record ExchangeDateEvidence(string Kind, string Text, ExchangeInterval? Allows, bool Applied, string Note);

/// <summary>Where an event took place.</summary>
/// <param name="Country">ISO 3166-1 alpha-3 code.</param>
/// <param name="Place">The place name in Arabic, as printed.</param>
public sealed record ExchangeWhere(string? Country, string? Place);

/// <summary>A party of an event.</summary>
public sealed record ExchangeParticipant
{
    /// <summary>ISO 3166-1 alpha-3 code.</summary>
    public string? Country { get; init; }

    /// <summary>The office the person holds: an exchange role or another role id.</summary>
    public string? Role { get; init; }

    /// <summary>The person's name in Arabic.</summary>
    public string? Name { get; init; }

    /// <summary>source | target | joint.</summary>
    public string? Side { get; init; }

    /// <summary>person | country | organization | place.</summary>
    public string? Kind { get; init; }

    /// <summary>The knowledge-base id, when the actor is known.</summary>
    public string? ActorId { get; init; }

    /// <summary>The CAMEO actor code of an international organisation (IGOUNO), which has no country.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Code { get; init; }
}

/// <summary>One report of an event in one sentence of one article.</summary>
public sealed record ExchangeMention
{
    /// <summary>The article's id.</summary>
    public required string Article { get; init; }

    /// <summary>The sentence's index in the article.</summary>
    public int Sentence { get; init; }

    /// <summary>The sentence.</summary>
    public string Evidence { get; init; } = "";

    /// <summary>The words that name the event.</summary>
    public string Trigger { get; init; } = "";

    /// <summary>The temporal expression the date came from.</summary>
    public string? WhenText { get; init; }

    /// <summary>The days this report allows.</summary>
    public ExchangeInterval? When { get; init; }

    /// <summary>The PLOVER type this report reads.</summary>
    public string? Type { get; init; }

    /// <summary>The PLOVER mode this report reads.</summary>
    public string? Mode { get; init; }

    /// <summary>occurred | planned | denied.</summary>
    public string? Status { get; init; }

    /// <summary>Where this report places the event.</summary>
    public ExchangeWhere? Where { get; init; }

    /// <summary>The sentence's offsets in the article text, [start, end).</summary>
    public int[]? EvidenceSpan { get; init; }

    /// <summary>The trigger's offsets in the article text, [start, end).</summary>
    public int[]? TriggerSpan { get; init; }
}

/// <summary>A quotation attributed to a party of an event.</summary>
public sealed record ExchangeQuote
{
    /// <summary>Who said it.</summary>
    public string? Speaker { get; init; }

    /// <summary>What was said.</summary>
    public string Text { get; init; } = "";

    /// <summary>The article that quotes it.</summary>
    public string? Article { get; init; }

    /// <summary>The speaker's country (ISO3).</summary>
    public string? SpeakerCountry { get; init; }

    /// <summary>The speech verb or cue that introduced the quotation.</summary>
    public string? Cue { get; init; }

    /// <summary>The quotation's offsets in the article text, [start, end).</summary>
    public int[]? Span { get; init; }
}

/// <summary>An event merged from the reports of every article that gives it.</summary>
public sealed record ExchangeEvent
{
    /// <summary>A stable id ("ev-" and a hash).</summary>
    public string? Id { get; init; }

    /// <summary>Gold files name their events with a key instead of an id.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Key { get; init; }

    /// <summary>Gold files only: false when reporting the event is optional.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? Required { get; init; }

    /// <summary>The PLOVER event type, lower case ("consult").</summary>
    public required string Type { get; init; }

    /// <summary>The PLOVER mode where one applies: phone, visit, multilateral, third-party; else null.</summary>
    public string? Mode { get; init; }

    /// <summary>The CAMEO code.</summary>
    public string? Cameo { get; init; }

    /// <summary>The CAMEO code's name.</summary>
    public string? CameoName { get; init; }

    /// <summary>The Goldstein score of the code.</summary>
    public double? Goldstein { get; init; }

    /// <summary>The CAMEO quad class: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict.</summary>
    public int? QuadClass { get; init; }

    /// <summary>occurred | planned | denied.</summary>
    public string? Status { get; init; }

    /// <summary>The days every source allows, as tight as the texts allow.</summary>
    public ExchangeInterval? When { get; init; }

    /// <summary>
    /// How precisely <see cref="When"/> is known: day, days (2–7), month (up to 31), year (up to 366)
    /// or wider; null for an undated event. Written by Marsad, derived from <see cref="When"/> when read; the scorer ignores it.
    /// </summary>
    public string? DatePrecision { get; init; }

    /// <summary>Where it took place.</summary>
    public ExchangeWhere? Where { get; init; }

    /// <summary>The parties, one per actor.</summary>
    public IReadOnlyList<ExchangeParticipant> Participants { get; init; } = [];

    /// <summary>Every article that reports it.</summary>
    public IReadOnlyList<string> Sources { get; init; } = [];

    /// <summary>The reports, by article then sentence.</summary>
    public IReadOnlyList<ExchangeMention> Mentions { get; init; } = [];

    /// <summary>What the parties discussed.</summary>
    public IReadOnlyList<string> Topics { get; init; } = [];

    /// <summary>What the parties said, quoted.</summary>
    public IReadOnlyList<ExchangeQuote> Quotes { get; init; } = [];
}
