using System.Text.Json.Serialization;
using Marsad.Data;

namespace Marsad.Time;

/// <summary>
/// Which rule a piece of publication evidence comes from, spelled as the exports spell it
/// ("past-date", "reported-elsewhere"). The set is closed: the constraints of
/// <see cref="PublicationDater"/> and the narrowings of the event merger.
/// </summary>
[JsonConverter(typeof(ClosedNameConverter<DateEvidenceKind>))]
public readonly record struct DateEvidenceKind : IClosedName<DateEvidenceKind>
{
    private DateEvidenceKind(string name) => Name = name;

    /// <summary>How the exports spell the kind.</summary>
    public string Name { get; }

    /// <summary>The publication date the source itself gives (feed, page or record metadata).</summary>
    public static DateEvidenceKind Metadata { get; } = new("metadata");

    /// <summary>A date at the head of the body ("موسكو 1 أبريل 2025 (شينخوا) --") or right after "اليوم".</summary>
    public static DateEvidenceKind Dateline { get; } = new("dateline");

    /// <summary>A weekday that must agree with a date or with today ("اليوم الخميس").</summary>
    public static DateEvidenceKind Weekday { get; } = new("weekday");

    /// <summary>A month that must be the current one ("17 ديسمبر الجاري").</summary>
    public static DateEvidenceKind Current { get; } = new("current");

    /// <summary>A person named in an office: the article falls inside that term.</summary>
    public static DateEvidenceKind Role { get; } = new("role");

    /// <summary>A dated world event the text can only follow or precede (Data/time/anchors.tsv).</summary>
    public static DateEvidenceKind Anchor { get; } = new("anchor");

    /// <summary>A calendar date in a sentence that reports something done: the article is not older.</summary>
    public static DateEvidenceKind PastDate { get; } = new("past-date");

    /// <summary>The date another article gives the same event.</summary>
    public static DateEvidenceKind Event { get; } = new("event");

    /// <summary>Dates of one article that describe one event, so fall on the same day.</summary>
    public static DateEvidenceKind SameEvent { get; } = new("same-event");

    /// <summary>The same event dated by other articles.</summary>
    public static DateEvidenceKind ReportedElsewhere { get; } = new("reported-elsewhere");

    /// <summary>Every kind, most trusted first.</summary>
    public static IReadOnlyList<DateEvidenceKind> All { get; } =
        [Metadata, Dateline, Weekday, Current, Role, Anchor, PastDate, Event, SameEvent, ReportedElsewhere];

    /// <summary>The kind of that name; a <see cref="FormatException"/> for any other.</summary>
    public static DateEvidenceKind Parse(string name) => ClosedName.Parse<DateEvidenceKind>(name, "publication evidence kind");

    /// <summary>The name.</summary>
    public override string ToString() => Name;
}
