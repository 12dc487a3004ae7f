using Marsad.Data;
using Marsad.Text;

namespace Marsad.Time;

/// <summary>What a date a page prints about itself says about the article's publication day.</summary>
internal enum PageDateKind
{
    /// <summary>After a publication label ("تاريخ النشر: ..."): the publication day.</summary>
    Published,

    /// <summary>A date line with a clock time ("الثلاثاء 18 نوفمبر 2025 - 08:53 م"): the publication day.</summary>
    Stamp,

    /// <summary>A date alone on a line of the page's head ("22-أبريل-2024"): the publication day, unless the body contradicts it.</summary>
    Printed,

    /// <summary>After an update label ("آخر تحديث: ..."): published on or before it.</summary>
    Updated,

    /// <summary>A site's date-of-today beside a Hijri equivalent or a weather reading: published on or before it.</summary>
    Widget,

    /// <summary>A capture time down to the second ("2025-03-19@23:15:17 GMT"): published on or before it.</summary>
    Crawl,
}

/// <summary>A date printed in the head of a page, with what kind of date it is and the cue that says so.</summary>
internal sealed record PageDate(PageDateKind Kind, TemporalMention Mention, DateInterval Day, string Cue)
{
    /// <summary>True for the kinds that bound publication from above only (the page was seen or changed then).</summary>
    public bool IsUpperBound => Kind is PageDateKind.Updated or PageDateKind.Widget or PageDateKind.Crawl;
}

/// <summary>
/// Finds the dates a page prints about itself in the head of the text: lines before the first
/// paragraph of prose (at most <see cref="HeadLines"/>), where sites print their date lines in many
/// shapes ("تاريخ النشر : 08:07 - 2022/08/03", "12 يناير 2026 - 21:48", "٣١ أكتوبر ٢٠٢٤", "date 2025-09-17").
/// The dates themselves are read by the temporal grammar; this reader decides, from the label, the
/// clock time and the line's other words, what each one says.
/// </summary>
internal static class PageDates
{
    /// <summary>
    /// How many lines at the top of a text can be the page's head (sites with long menus print their
    /// date line after thirty lines of menu items; the head still ends at the first line of prose).
    /// </summary>
    public const int HeadLines = 40;

    /// <summary>A line of this many word tokens or more is prose: the head ends with it.</summary>
    public const int ProseWords = 15;

    /// <summary>Words besides the date, its clock time and its label that a date line may hold (a city, a site name).</summary>
    public const int OtherWords = 2;

    /// <summary>How many lines around a date a weather reading marks it as the site's widget.</summary>
    public const int WidgetReach = 2;

    /// <summary>
    /// A line crediting the text to another source ("المصدر: وكالة الأنباء"): the page republishes
    /// it, maybe days after it was written, so its relative dates may count from an earlier day.
    /// </summary>
    internal static IEnumerable<PublicationConstraint> Credits(TextLayer text, TimeLexicon lexicon)
    {
        var tokens = text.Tokens;
        var lineStart = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            var first = i == 0 || text.Text.AsSpan(tokens[i - 1].End, tokens[i].Start - tokens[i - 1].End).Contains('\n');
            if (!first)
                continue;
            lineStart = tokens[i].Start;
            if (lexicon.PageLabels.At(tokens, i) is { Entry.Value: PageLabelKind.Credit } m && m.EndToken < tokens.Count && tokens[m.EndToken].Norm is ":" or "：")
            {
                var lineEnd = text.Text.IndexOf('\n', lineStart);
                var line = text.Slice(lineStart, lineEnd < 0 ? text.Text.Length : lineEnd);
                yield return Credit(line, new TextSpan(lineStart, lineStart + line.Length));
                yield break;
            }
        }
    }

    /// <summary>The evidence of a credit line: it allows every day, but lets the body be written days before posting.</summary>
    internal static PublicationConstraint Credit(string line, TextSpan? span) =>
        new(DateEvidenceKind.Credit, new CreditClue(line), span, _ => true, PublicationDater.Priorities.PageUpperBound) { Scope = EvidenceScope.Page };

    public static IReadOnlyList<PageDate> Find(TextLayer text, IReadOnlyList<TemporalMention> times) =>
        Find(text, times, Pipeline.MarsadRules.Shipped.Time);

    internal static IReadOnlyList<PageDate> Find(TextLayer text, IReadOnlyList<TemporalMention> times, TimeLexicon lexicon)
    {
        var lines = PageLines.Head(text, HeadLines, ProseWords);
        var found = new List<PageDate>();
        foreach (var line in lines)
        {
            var onLine = times.Where(t => t.Start >= line.Start && t.End <= line.End && t.Value.IsAbsolute).ToArray();
            foreach (var mention in onLine)
            {
                // A post's signature in the head dates the post, not the page (EmbeddedPosts reads it).
                if (mention.Value.Resolve(DateOnly.MinValue) is not { } day || day.Days > 31 || EmbeddedPosts.IsSignature(text, mention))
                    continue;
                if (Classify(text, line, lines, mention, onLine, lexicon) is { } read)
                    found.Add(new PageDate(read.Kind, mention, day, read.Cue));
            }
        }
        return found;
    }

    private static (PageDateKind Kind, string Cue)? Classify(
        TextLayer text, PageLine line, IReadOnlyList<PageLine> lines, TemporalMention mention, IReadOnlyList<TemporalMention> onLine, TimeLexicon lexicon)
    {
        var words = lexicon.FunctionWords;
        var tokens = text.Tokens;
        var label = lexicon.PageLabels.Before(tokens, line.FirstToken, mention.Start);
        if (label is { } l)
            return (l.Kind == PageLabelKind.Updated ? PageDateKind.Updated : PageDateKind.Published, l.Label);
        // Words of a label later on the line ("04 مارس 2025 | آخر تحديث: 19:03") are the page's too.
        var labelled = lexicon.PageLabels.Inside(tokens, line.FirstToken, line.EndToken);
        if (!line.IsDateLine(text, onLine, labelled, OtherWords, words))
            return null;
        var clock = Clock.Find(tokens, line.FirstToken, line.EndToken);
        if (clock is { HasSeconds: true })
            return (PageDateKind.Crawl, "a capture time to the second");
        if (line.Has(tokens, TimeWordRole.Equivalent, words))
            return (PageDateKind.Widget, "printed with its Hijri equivalent, as sites print the day's date");
        if (lines.Any(o => Math.Abs(o.Index - line.Index) <= WidgetReach && o.HasWeather(tokens, words)))
            return (PageDateKind.Widget, "printed beside a weather reading, as sites print the day's date");
        return clock is not null ? (PageDateKind.Stamp, "a date line with a clock time") : (PageDateKind.Printed, "a date alone on a line of the page's head");
    }
}
