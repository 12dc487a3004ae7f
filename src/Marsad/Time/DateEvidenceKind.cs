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

    /// <summary>The day an embedded post was posted ("— NAME (@handle) March 3, 2024"): the article is not older.</summary>
    public static DateEvidenceKind EmbeddedPost { get; } = new("embedded-post");

    /// <summary>
    /// A past date printed with its weekday ("الأحد (5 كانون الثاني 2025)"): news names a day by its
    /// weekday only within the week it writes in, so the article is at most a week later.
    /// </summary>
    public static DateEvidenceKind WeekdayDate { get; } = new("weekday-date");

    /// <summary>A day counted from publication printed with its date ("أمس 28 يوليو"): the article is the day the count gives.</summary>
    public static DateEvidenceKind RelativeDate { get; } = new("relative-date");

    /// <summary>A date the text says something lasts until ("تستمر المعارض حتى 9 نوفمبر"): the article is not later.</summary>
    public static DateEvidenceKind LastingDate { get; } = new("lasting-date");

    /// <summary>The date another article gives the same event.</summary>
    public static DateEvidenceKind Event { get; } = new("event");

    /// <summary>Dates of one article that describe one event, so fall on the same day.</summary>
    public static DateEvidenceKind SameEvent { get; } = new("same-event");

    /// <summary>The same event dated by other articles.</summary>
    public static DateEvidenceKind ReportedElsewhere { get; } = new("reported-elsewhere");

    /// <summary>A date after a publication label ("تاريخ النشر: ...").</summary>
    public static DateEvidenceKind PagePublished { get; } = new("page-published");

    /// <summary>A date line with a clock time in the page's head.</summary>
    public static DateEvidenceKind PageStamp { get; } = new("page-stamp");

    /// <summary>A date alone on a line of the page's head.</summary>
    public static DateEvidenceKind PageDate { get; } = new("page-date");

    /// <summary>A printed page date the body contradicts, read as the day the page was seen: an upper bound.</summary>
    public static DateEvidenceKind PageDateLater { get; } = new("page-date-later");

    /// <summary>A date after an update label ("آخر تحديث"): published on or before it.</summary>
    public static DateEvidenceKind PageUpdated { get; } = new("page-updated");

    /// <summary>A site's date-of-today (beside its Hijri equivalent or a weather reading): published on or before it.</summary>
    public static DateEvidenceKind PageWidget { get; } = new("page-widget");

    /// <summary>A capture time to the second: published on or before it.</summary>
    public static DateEvidenceKind PageCrawl { get; } = new("page-crawl");

    /// <summary>A line crediting the text to another source ("المصدر: ..."): the page may post it days after it was written.</summary>
    public static DateEvidenceKind Credit { get; } = new("credit");

    /// <summary>The body's day of writing may precede the page's posting by a few days.</summary>
    public static DateEvidenceKind WritingLag { get; } = new("writing-lag");

    /// <summary>Every kind, most trusted first.</summary>
    public static IReadOnlyList<DateEvidenceKind> All { get; } =
        [Metadata, PageUpdated, PageWidget, PageCrawl, Credit, PagePublished, PageStamp, Dateline, PageDate, PageDateLater,
         Weekday, Current, Role, Anchor, PastDate, EmbeddedPost, WeekdayDate, RelativeDate, LastingDate, Event, SameEvent, ReportedElsewhere, WritingLag];

    /// <summary>The kind of that name; a <see cref="FormatException"/> for any other.</summary>
    public static DateEvidenceKind Parse(string name) => ClosedName.Parse<DateEvidenceKind>(name, "publication evidence kind");

    /// <summary>The name.</summary>
    public override string ToString() => Name;
}
