using Marsad.Actors;
using Marsad.Clean;
using Marsad.Text;

namespace Marsad.Time;

/// <summary>
/// A piece of evidence about the publication day: a predicate over candidate days, with the rule
/// and the inputs it came from. Higher <see cref="Priority"/> is applied first; a constraint that
/// would leave no candidate is skipped and reported as contradicted.
/// </summary>
/// <param name="Kind">The rule.</param>
/// <param name="Clue">What the rule read.</param>
/// <param name="Span">Where the text says it, when it does.</param>
/// <param name="Allows">The publication days the evidence allows.</param>
/// <param name="Priority">Trust: higher is applied first (<see cref="PublicationDater.Priorities"/>).</param>
internal sealed record PublicationConstraint(DateEvidenceKind Kind, DateClue Clue, TextSpan? Span, Func<DateOnly, bool> Allows, int Priority)
{
    /// <summary>Whether the evidence is about the page's posting, the body's own day or the body's content.</summary>
    public EvidenceScope Scope { get; init; }

    /// <summary>
    /// The one interval of days <see cref="Allows"/> allows, when it allows exactly those: the solver then
    /// intersects with it instead of testing every candidate day. Null when the evidence is no interval.
    /// </summary>
    public DateInterval? Range { get; init; }

    /// <summary>For a page date: the latest day it names (it becomes an upper bound when the body disagrees).</summary>
    public DateOnly? Latest { get; init; }

    /// <summary>Evidence that allows exactly the days of <paramref name="range"/>.</summary>
    public static PublicationConstraint Within(DateEvidenceKind kind, DateClue clue, TextSpan? span, DateInterval range, int priority) =>
        new PublicationConstraint(kind, clue, span, _ => true, priority).AllowingOnly(range);

    /// <summary>The same evidence allowing exactly the days of <paramref name="range"/>: its test and its interval set together.</summary>
    public PublicationConstraint AllowingOnly(DateInterval range) => this with { Allows = range.Contains, Range = range };

    /// <summary>For page dates: the temporal mentions they were read from.</summary>
    public IReadOnlyList<TemporalMention> PageMentions { get; init; } = [];
}

/// <summary>
/// The publication estimate together with the candidate days behind it. <see cref="Candidates"/>
/// are the days the body may have been written on (what its relative dates count from); the
/// estimate's interval is the posting interval, within <see cref="Lag"/> days after writing and
/// inside <see cref="PostingDays"/> when the page dates itself.
/// </summary>
internal sealed record PublicationSolution(PublicationEstimate Estimate, DaySet Candidates)
{
    /// <summary>The days the page's own evidence allows for posting; null when the page says nothing.</summary>
    public DaySet? PostingDays { get; init; }

    /// <summary>How many days after writing the page may have been posted.</summary>
    public int Lag { get; init; }

    /// <summary>The temporal mentions that are the page's own dates: they date the page, never an event.</summary>
    public IReadOnlyList<TemporalMention> PageDates { get; init; } = [];

    /// <summary>The posting interval for narrowed writing days (other articles dated the same event).</summary>
    public DateInterval? Published(DaySet writing) => PublicationSolver.Posting(writing, PostingDays, Lag);
}

/// <summary>Infers an article's publication interval from metadata and textual evidence.</summary>
internal static class PublicationDater
{
    /// <summary>Trust order of the evidence kinds (higher first).</summary>
    public static class Priorities
    {
        public const int Metadata = 100;
        /// <summary>A page's update label, date-of-today widget or capture time: published on or before it.</summary>
        public const int PageUpperBound = 99;
        /// <summary>A date after a publication label ("تاريخ النشر").</summary>
        public const int PagePublished = 98;
        /// <summary>A date line with a clock time in the page's head.</summary>
        public const int PageStamp = 97;
        public const int Dateline = 95;
        /// <summary>A date alone on a line of the page's head.</summary>
        public const int PagePrinted = 93;
        public const int WeekdayConsistency = 90;
        public const int CurrentPeriod = 80;
        public const int RoleTerm = 70;
        public const int WorldAnchor = 60;
        public const int PastDate = 50;
        public const int WeekdayDate = 45;
        public const int EventDate = 40;
    }

    /// <summary>The earliest publication day assumed when nothing else is known (web-era Arabic news).</summary>
    public static readonly DateOnly DefaultEarliest = new(1995, 1, 1);

    /// <summary>How many days after a past date printed with its weekday the article may be written (a week: the weekday would repeat).</summary>
    internal const int WeekdayDateReach = 7;

    /// <summary>Lines after the headline that may carry the dateline ("موسكو 1 أبريل 2025 (شينخوا) --").</summary>
    private const int DatelineLines = 3;

    /// <summary>How many characters before a full date "اليوم" may stand ("اليوم الأربعاء 15 كانون الثاني 2025").</summary>
    private const int TodayReach = 24;

    /// <summary>Words (a city, an outlet) that may precede the date at the head of a dateline.</summary>
    private const int DatelineLead = 3;

    /// <summary>
    /// True when a temporal mention states the publication day: a date at the head of one of the
    /// first body lines (after at most a city or outlet name) that closes its line or meets its
    /// credit ("موسكو 1 أبريل 2025 (شينخوا) --", "عمان 2 آذار (بترا)-"), or a date right after "اليوم"
    /// ("اليوم الأربعاء 15 كانون الثاني 2025"). The year may be missing: the day is still the
    /// publication day, in the publication year.
    /// </summary>
    internal static bool IsDateline(TextLayer text, TemporalMention t) => IsDateline(text, t, Pipeline.MarsadRules.Shipped.Time);

    internal static bool IsDateline(TextLayer text, TemporalMention t, TimeLexicon lexicon)
    {
        if (t.Value.Resolve(new DateOnly(2020, 6, 15)) is not { IsDay: true })
            return false;
        var lineStart = text.LineAround(t.Start, t.End).Start;
        var lineIndex = text.Text.AsSpan(0, lineStart).Count('\n');
        var lead = text.Tokens.Where(k => k.Start >= lineStart && k.End <= t.Start && k.Kind != TokenKind.Punctuation).ToArray();
        // A dateline's date closes its line or is followed by the credit: "(شينخوا) --", "- سانا", "/ وام /".
        var after = text.Text.AsSpan(t.End).TrimStart(' ');
        // A comma after a date starts a clause ("في 22 أبريل، تناول ..."): that is narrative, not a dateline.
        var closes = after.IsEmpty || after[0] is '\n' or '(' or '-' or '–' or '—' or '/' or '|' or ':';
        // A dateline opens with a city or an outlet, never with a bare preposition ("في 22 أبريل").
        var leadIsPreposition = lead.Length == 1 && lexicon.FunctionWords.IsWritten(TimeWordRole.YearPreposition, lead[0]);
        var atHead = lineIndex <= DatelineLines && lead.Length <= DatelineLead && closes && !leadIsPreposition;
        return atHead || FollowsToday(text, t.Start, lineStart, lexicon);
    }

    /// <summary>True when "اليوم" (a today-cue) stands in the same line shortly before <paramref name="start"/>.</summary>
    private static bool FollowsToday(TextLayer text, int start, int lineStart, TimeLexicon lexicon)
    {
        var before = ArabicNormalizer.Key(text.Slice(Math.Max(lineStart, start - TodayReach), start));
        return lexicon.FunctionWords[TimeWordRole.TodayCue].Any(cue => before.Contains(cue, StringComparison.Ordinal));
    }

    /// <summary>Publication days a dateline allows: those its date resolves to, read on that very day.</summary>
    internal static bool DatelineAllows(TemporalMention t, DateOnly publication) =>
        t.Value.Resolve(publication) is { IsDay: true } day && day.From == publication;

    /// <summary>Constraints an article gives about its own publication day.</summary>
    public static IReadOnlyList<PublicationConstraint> Constraints(
        Article article, TextLayer text, IReadOnlyList<TemporalMention> times, IReadOnlyList<ActorMention> actors, DateOnly asOf) =>
        Constraints(article, text, times, actors, asOf, Pipeline.MarsadRules.Shipped.Time);

    /// <summary>As the public overload, with the given time tables.</summary>
    internal static IReadOnlyList<PublicationConstraint> Constraints(
        Article article, TextLayer text, IReadOnlyList<TemporalMention> times, IReadOnlyList<ActorMention> actors, DateOnly asOf, TimeLexicon lexicon)
    {
        var constraints = new List<PublicationConstraint>();
        if (article.PublishedMetadata is { } meta)
            constraints.Add(PublicationConstraint.Within(DateEvidenceKind.Metadata, new MetadataClue(meta), null, meta, Priorities.Metadata) with { Scope = EvidenceScope.Page });
        var pageDates = PageDates.Find(text, times, lexicon);
        var onPage = pageDates.Select(d => d.Mention.Span).ToHashSet();
        constraints.AddRange(PageDateConstraints.Of(pageDates));
        var credits = PageDates.Credits(text, lexicon).ToArray();
        constraints.AddRange(credits);
        // Cleaning drops a credit line at the foot of the page; the outlet it names still says the text is another's.
        if (credits.Length == 0 && OutletFinding.IsCredit(article.OutletEvidence))
            constraints.Add(PageDates.Credit(article.OutletEvidence!, null));
        times = times.Where(t => !onPage.Contains(t.Span)).ToArray();
        foreach (var t in times)
        {
            if (IsDateline(text, t, lexicon))
                constraints.Add(new PublicationConstraint(DateEvidenceKind.Dateline, new PhraseClue(t.Surface), t.Span, p => DatelineAllows(t, p), Priorities.Dateline) { Scope = EvidenceScope.Today });
        }
        constraints.AddRange(ChecksOfValues(times));
        constraints.AddRange(RoleTerms(actors, asOf));
        constraints.AddRange(Anchors(text, lexicon));
        constraints.AddRange(EmbeddedPosts.Of(text, times));
        constraints.AddRange(RelativeDayDates.Of(text, times, constraints.Where(c => c.Kind == DateEvidenceKind.Dateline).Select(c => c.Span).OfType<TextSpan>().ToArray()));
        foreach (var t in times)
        {
            if (!IsPastDated(text, t, lexicon))
                continue;
            var value = t.Value;
            // A date that reads alike every day is a fixed lower bound; another is tested on each candidate day.
            constraints.Add(value.ReadsAlikeEveryDay && value.Resolve(DefaultEarliest) is { } fixedDays
                ? PublicationConstraint.Within(DateEvidenceKind.PastDate, new PhraseClue(t.Surface), t.Span, new DateInterval(fixedDays.From, DateOnly.MaxValue), Priorities.PastDate)
                : new PublicationConstraint(DateEvidenceKind.PastDate, new PhraseClue(t.Surface), t.Span, p => value.Resolve(p) is { } r && r.From <= p, Priorities.PastDate));
            if (value is MonthDate { Weekday: not null, Day: not null })
                constraints.Add(new PublicationConstraint(DateEvidenceKind.WeekdayDate, new PhraseClue(t.Surface), t.Span, p => value.Resolve(p) is { IsDay: true } r && p <= r.From.AddDays(WeekdayDateReach), Priorities.WeekdayDate));
        }
        foreach (var t in times.Where(t => IsLastedUntil(text, t, lexicon)))
        {
            var value = t.Value;
            constraints.Add(new PublicationConstraint(DateEvidenceKind.LastingDate, new PhraseClue(t.Surface), t.Span, p => value.Resolve(p) is { } r && p <= r.To, Priorities.PastDate));
        }
        return constraints;
    }

    /// <summary>
    /// "وسيتواصل التدريب المشترك ... حتى 9 نوفمبر": a calendar date right after "حتى" in a sentence whose nearest tense cue before it
    /// is a verb of lasting (no past cue between) is a day the text says something goes on to: the text was written before it.
    /// </summary>
    private static bool IsLastedUntil(TextLayer text, TemporalMention mention, TimeLexicon lexicon)
    {
        if (!NamesCalendarDate(mention.Value) || text.SentenceAt(mention.Start) is not { } sentence)
            return false;
        var tokens = text.Tokens;
        var before = LastTokenBefore(tokens, mention, sentence.FirstToken);
        if (before < sentence.FirstToken || lexicon.Context.MatchAt(tokens, before) is not { Entry.Value: ContextKind.Until })
            return false;
        for (var i = before - 1; i >= sentence.FirstToken; i--)
        {
            if (lexicon.Context.MatchAt(tokens, i) is { } m && m.Entry.Value != ContextKind.Until)
                return m.Entry.Value == ContextKind.Lasting;
        }
        return false;
    }

    /// <summary>Values that are impossible on some days ("اليوم الخميس", "17 ديسمبر الجاري"), once per kind and value.</summary>
    private static IEnumerable<PublicationConstraint> ChecksOfValues(IReadOnlyList<TemporalMention> times)
    {
        var checks = new HashSet<(DateEvidenceKind, string)>();
        foreach (var t in times)
        {
            if (t.Value is IPublicationCheck { CheckKind: { } kind } && checks.Add((kind, t.Value.Describe())))
            {
                var value = t.Value;
                var priority = kind == DateEvidenceKind.Weekday ? Priorities.WeekdayConsistency : Priorities.CurrentPeriod;
                // "اليوم الخميس" names the body's own day; "الأربعاء 17 شباط" names an event's.
                var scope = value is RelativeDay { Offset: 0 } ? EvidenceScope.Today : EvidenceScope.Body;
                yield return new PublicationConstraint(kind, new PhraseClue(t.Surface), t.Span, p => value.Resolve(p) is not null, priority) { Scope = scope };
            }
        }
    }

    /// <summary>The terms of the roles the actors are named in, once per person and role (as far as their dates are confirmed).</summary>
    private static IEnumerable<PublicationConstraint> RoleTerms(IReadOnlyList<ActorMention> actors, DateOnly asOf)
    {
        var roles = new HashSet<(string, string, DateOnly?, DateOnly?)>();
        foreach (var a in actors)
        {
            if (a.AttestedRole is not { BoundsNothing: false } role || !roles.Add((role.PersonId, role.Role, role.From, role.To)))
                continue;
            // A term that starts after the as-of day allows no day.
            var clue = new RoleTermClue(a.Surface, role, asOf);
            var term = clue.Days;
            yield return term is { } days
                ? PublicationConstraint.Within(DateEvidenceKind.Role, clue, a.Span, days, Priorities.RoleTerm)
                : new PublicationConstraint(DateEvidenceKind.Role, clue, a.Span, _ => false, Priorities.RoleTerm);
        }
    }

    /// <summary>World-event anchors the text names, once per anchor.</summary>
    private static IEnumerable<PublicationConstraint> Anchors(TextLayer text, TimeLexicon lexicon)
    {
        var anchors = new HashSet<string>(StringComparer.Ordinal);
        foreach (var m in lexicon.Anchors.Find(text))
        {
            if (!anchors.Add(m.Anchor.Id))
                continue;
            var anchor = m.Anchor;
            var clue = new AnchorClue(text.Slice(m.Start, m.End), anchor.Id, anchor.Bound, anchor.Note);
            yield return new PublicationConstraint(DateEvidenceKind.Anchor, clue, new TextSpan(m.Start, m.End), anchor.Allows, Priorities.WorldAnchor);
        }
    }

    /// <summary>
    /// For cross-article inheritance: publication days on which <paramref name="value"/> (e.g. "اليوم")
    /// would denote a day inside <paramref name="eventDate"/>, the date another article gives the same event.
    /// </summary>
    public static PublicationConstraint FromEventDate(TemporalValue value, DateInterval eventDate) =>
        new(DateEvidenceKind.Event, new EventDateClue(value, eventDate), null, p => value.Resolve(p) is { } r && r.Overlaps(eventDate), Priorities.EventDate);

    /// <summary>
    /// Applies constraints, most trusted first, to the days [earliest, asOf]: the page's evidence to
    /// the posting day, the body's to the day of writing (see <see cref="PublicationSolver"/>).
    /// </summary>
    public static PublicationSolution Solve(IEnumerable<PublicationConstraint> constraints, DateOnly earliest, DateOnly asOf)
    {
        var list = constraints.ToArray();
        var republished = list.Any(c => c.Kind == DateEvidenceKind.Credit);
        return new PublicationSolver(earliest, asOf, republished).Solve(list) with
        {
            PageDates = list.SelectMany(c => c.PageMentions).ToArray(),
        };
    }

    /// <summary>Convenience: tag, collect constraints and solve for one article.</summary>
    public static PublicationSolution Date(Article article, TextLayer text, IReadOnlyList<TemporalMention> times, IReadOnlyList<ActorMention> actors, DateOnly asOf, DateOnly? earliest = null) =>
        Date(article, text, times, actors, asOf, Pipeline.MarsadRules.Shipped.Time, earliest);

    /// <summary>As the public overload, with the given time tables.</summary>
    internal static PublicationSolution Date(
        Article article, TextLayer text, IReadOnlyList<TemporalMention> times, IReadOnlyList<ActorMention> actors, DateOnly asOf, TimeLexicon lexicon, DateOnly? earliest = null) =>
        Solve(Constraints(article, text, times, actors, asOf, lexicon), earliest ?? DefaultEarliest, asOf);

    /// <summary>
    /// True when a mention names a calendar date (not a day counted from today) in a sentence that
    /// reports something done (a past cue) and announces nothing planned (no future cue).
    /// </summary>
    private static bool IsPastDated(TextLayer text, TemporalMention mention, TimeLexicon lexicon)
    {
        if (!NamesCalendarDate(mention.Value))
            return false;
        if (text.SentenceAt(mention.Start) is not { } sentence)
            return false;
        var tokens = text.Tokens;
        // "قبل شهر رمضان": the event came before the date; the text may have been written before it too.
        if (LastTokenBefore(tokens, mention, sentence.FirstToken) is var prior && prior >= sentence.FirstToken
            && lexicon.FunctionWords.IsRead(TimeWordRole.Before, tokens[prior]))
            return false;
        // A line break ends a clause even where the sentence splitter saw none (quotes, headlines).
        var line = text.LineAround(mention.Start, mention.End);
        var from = Math.Max(sentence.Start, line.Start);
        var to = Math.Min(sentence.End, line.End);
        if (GovernedByPastCue(tokens, mention, sentence.FirstToken, lexicon))
            return true;
        bool past = false, future = false;
        for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
        {
            if (tokens[i].Start < from || tokens[i].End > to)
                continue;
            if (tokens[i].Start >= mention.Start && tokens[i].End <= mention.End)
                continue;
            if (FutureTense.IsFutureVerb(tokens[i]))
            {
                future = true;
                continue;
            }
            if (lexicon.Context.MatchAt(tokens, i) is { } m)
            {
                if (m.Entry.Value == ContextKind.Past)
                    past = true;
                else if (m.Entry.Value is not (ContextKind.Until or ContextKind.After))
                    future = true;
            }
        }
        return past && !future;
    }

    /// <summary>How many tokens before a date a past cue governs it whatever the rest of the sentence says.</summary>
    private const int PastCueReach = 5;

    /// <summary>
    /// "وبحسب بيان سابق لمكتب رئاسة الوزراء الأحد (5 كانون الثاني 2025) فإن الزيارة ستتضمن ...": a
    /// past cue just before the date, with no future cue between, dates something done; a future verb
    /// later in the sentence speaks of something else. A cue of what is over ("عقب اختتام القمة") counts
    /// only here, for what it governs.
    /// </summary>
    private static bool GovernedByPastCue(IReadOnlyList<Token> tokens, TemporalMention mention, int sentenceStart, TimeLexicon lexicon)
    {
        var before = LastTokenBefore(tokens, mention, sentenceStart);
        for (int i = before, seen = 0; i >= sentenceStart && seen < PastCueReach; i--)
        {
            if (tokens[i].Kind != TokenKind.Word)
                continue;
            seen++;
            if (FutureTense.IsFutureVerb(tokens[i]))
                return false;
            if (lexicon.Context.MatchAt(tokens, i) is { Entry.Value: not ContextKind.Until } m)
                return m.Entry.Value is ContextKind.Past or ContextKind.After;
        }
        return false;
    }

    /// <summary>The last token of the sentence before the date (<paramref name="sentenceStart"/> - 1 when the date opens it).</summary>
    private static int LastTokenBefore(IReadOnlyList<Token> tokens, TemporalMention mention, int sentenceStart)
    {
        var before = sentenceStart - 1;
        while (before + 1 < tokens.Count && tokens[before + 1].Start < mention.Start)
            before++;
        return before;
    }

    private static bool NamesCalendarDate(TemporalValue value) => value switch
    {
        MonthDate m => m.Relation is not MonthRelation.Next,
        HijriDate h => h.Relation is not MonthRelation.Next,
        AbsoluteDate => true,
        DayOfMonthOffset => true,
        RangeValue r => NamesCalendarDate(r.From),
        PartOf p => NamesCalendarDate(p.Inner),
        Lasting l => NamesCalendarDate(l.Start),
        MeetingDate => true,
        _ => false,
    };
}
