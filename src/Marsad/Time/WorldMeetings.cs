using System.Globalization;
using Marsad.Data;
using Marsad.Text;

namespace Marsad.Time;

/// <summary>One dated edition of a recurring meeting (a row of Data/time/meetings.tsv).</summary>
internal sealed record MeetingEdition(string Id, string Series, int? Number, DateInterval Days, string City, string Country)
{
    /// <summary>
    /// The days of the session the core days belong to (UNGA: from the session's opening to the end of the
    /// month of its general debate), or null: what a text allows that names the session but not the core.
    /// </summary>
    public DateInterval? Session { get; init; }

    /// <summary>The edition as a text naming only its session means it.</summary>
    public MeetingEdition AsSession() => Session is { } session ? this with { Days = session } : this;
}

/// <summary>
/// The days of a recurring meeting the text names ("على هامش قمة مجموعة العشرين في نيودلهي"): one of
/// its candidate editions, the one held near publication. Several candidates (no city, year or
/// number in the text) resolve to the hull of those within a season of publication.
/// </summary>
internal sealed record MeetingDate(string Series, IReadOnlyList<MeetingEdition> Editions) : TemporalValue, IPublicationCheck
{
    /// <summary>
    /// The yearless date the text gives the meeting ("الذي عقد يومي 1 و2 مارس الجاري"), which picked its
    /// editions: on a publication day where that date falls outside them the meeting is impossible.
    /// </summary>
    public TemporalValue? HeldOn { get; init; }

    /// <summary>How long before publication a meeting named without a year may have been held.</summary>
    public const int RecentDays = 200;

    /// <summary>How long after publication a meeting may be announced for.</summary>
    public const int AheadDays = 31;

    public override DateInterval? Resolve(DateOnly publication)
    {
        if (HeldOn is null)
            return EditionDays(publication);
        return HeldOn.Resolve(publication) is { } held ? EditionDays(publication)?.Intersect(held) : null;
    }

    public DateEvidenceKind? CheckKind => (HeldOn as IPublicationCheck)?.CheckKind;

    private DateInterval? EditionDays(DateOnly publication)
    {
        if (Editions.Count == 1)
            return Editions[0].Days;
        var window = new DateInterval(publication.AddDays(-RecentDays), publication.AddDays(AheadDays));
        // Several editions near publication: the text does not say which, so each is allowed.
        DateInterval? hull = null;
        foreach (var e in Editions.Where(e => e.Days.Overlaps(window)))
            hull = hull is { } h ? h.Hull(e.Days) : e.Days;
        // Beyond the editions the table knows (a later one not yet verified, an earlier one before it starts)
        // the meeting may be one it does not list: it allows the days near publication, never none.
        if (hull is null && (window.From > Editions[^1].Days.To || window.To < Editions[0].Days.From))
            return window;
        return hull;
    }

    // A yearless date the meeting must fall on makes its days depend on the publication day.
    public override bool IsAbsolute => Editions.Count == 1 && HeldOn is null;

    public override string Describe() => $"meeting:{Series}:" + string.Join("|", Editions.Select(e => e.Id));
}

/// <summary>
/// Finds the recurring meetings a text names and the edition it means. The series is named by its
/// Arabic forms (Data/time/meeting-series.tsv); the edition by the host city, a year or the
/// edition's number written near the name (within <see cref="ReachBefore"/> tokens before it, for
/// "الجولة 21 من اجتماعات مسار أستانة", and <see cref="ReachAfter"/> after). Only verified
/// editions are known: a scheduled meeting must not date a report.
/// </summary>
internal sealed class WorldMeetings
{
    /// <summary>Tokens before the series name where the edition's number may stand.</summary>
    public const int ReachBefore = 5;

    /// <summary>Tokens after the series name where the city, the year or the number may stand.</summary>
    public const int ReachAfter = 8;

    // "صيغة «أستانا»": the press quotes the name part of a series' name.
    private static readonly PhraseMatcherOptions NamePhrases = TimeLexicon.Phrases with { PassQuotes = true };

    private readonly PhraseMatcher<string> _series;
    private readonly PhraseMatcher<string> _numbered;
    private readonly PhraseMatcher<string> _attendance = new(TimeLexicon.Phrases);
    private readonly Dictionary<string, MeetingEdition[]> _editions;
    private readonly Dictionary<string, string[]> _cityWords;
    private readonly Dictionary<string, string[][]> _coreWords;

    private readonly EditionOrdinals _ordinals;

    internal WorldMeetings(IReadOnlyList<TsvRow> series, IReadOnlyList<TsvRow> editions, IReadOnlyList<TsvRow> attendance, EditionOrdinals ordinals)
    {
        _ordinals = ordinals;
        foreach (var r in attendance)
        {
            foreach (var form in r.List("forms"))
                _attendance.Add(TimeLexicon.FormWords(form), r.Required("id"));
        }
        _series = new PhraseMatcher<string>(NamePhrases);
        _numbered = new PhraseMatcher<string>(NamePhrases);
        foreach (var r in series)
        {
            foreach (var form in r.List("forms"))
                _series.Add(TimeLexicon.FormWords(form), r.Required("id"));
            foreach (var form in r.List("numbered_forms"))
                _numbered.Add(TimeLexicon.FormWords(form), r.Required("id"));
        }
        _coreWords = series.ToDictionary(r => r.Required("id"), r => r.List("core_forms").Select(TimeLexicon.FormWords).ToArray(), StringComparer.Ordinal);
        var known = series.Select(r => r.Required("id")).ToHashSet(StringComparer.Ordinal);
        var verified = editions.Where(r => r.Required("verified") == "yes").Select(r => Edition(r, known)).ToArray();
        _editions = verified.GroupBy(e => e.Series).ToDictionary(g => g.Key, g => g.OrderBy(e => e.Days.From).ToArray(), StringComparer.Ordinal);
        _cityWords = verified.Select(e => e.City).Distinct().ToDictionary(c => c, c => TimeLexicon.FormWords(c), StringComparer.Ordinal);
    }

    /// <summary>
    /// The meetings named in the text, as temporal mentions (rule "meeting:&lt;series&gt;"). Numbers
    /// inside the other temporal expressions (<paramref name="dates"/>: "في 16 فبراير") are no
    /// edition numbers; their years still pick the edition.
    /// </summary>
    public IReadOnlyList<TemporalMention> Find(TextLayer text, IReadOnlyList<TemporalMention> dates)
    {
        var tokens = text.Tokens;
        var found = new List<TemporalMention>();
        // Only a series with core days (the UN session) needs the article's other sentences read: most texts name none.
        var coreNamed = new Lazy<HashSet<string>>(() => SeriesWithCoreNamed(text));
        foreach (var sentence in text.Sentences)
        {
            for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
            {
                if (SeriesAt(tokens, i, sentence.EndToken) is not { } m || !_editions.TryGetValue(m.Entry, out var editions))
                    continue;
                var before = Math.Max(sentence.FirstToken, i - ReachBefore);
                var after = Math.Min(sentence.EndToken, m.EndToken + ReachAfter);
                if (_coreWords[m.Entry].Length > 0 && !coreNamed.Value.Contains(m.Entry))
                    editions = editions.Select(e => e.AsSession()).ToArray();
                var (candidates, start, end) = Narrow(tokens, editions, (sentence.FirstToken, before), i, m.EndToken, after, k => dates.Any(d => tokens[k].Start >= d.Start && tokens[k].End <= d.End));
                var following = dates.Where(d => d.Start >= tokens[m.EndToken - 1].End && d.Start < tokens[after - 1].End);
                var (held, heldOn) = ByDayOfYear(candidates, following);
                if (held.Count == 0)
                    continue;
                var s = tokens[start].Start;
                var e = tokens[end - 1].End;
                found.Add(new TemporalMention(s, e, text.Slice(s, e), new MeetingDate(m.Entry, held) { HeldOn = heldOn }, "meeting:" + m.Entry));
                i = end - 1;
            }
        }
        return found;
    }

    /// <summary>
    /// The series named at token <paramref name="i"/>: by one of its forms, or by a numbered form followed by the
    /// number of one of its editions ("أستانة 15"; "أستانة" alone is the city).
    /// </summary>
    private PhraseMatch<string>? SeriesAt(IReadOnlyList<Token> tokens, int i, int end)
    {
        if (_series.MatchAt(tokens, i, end) is { } named)
            return named;
        if (_numbered.MatchAt(tokens, i, end) is not { } m || m.EndToken >= end || tokens[m.EndToken].Kind != TokenKind.Number
            || !int.TryParse(tokens[m.EndToken].Norm, NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            || !_editions.TryGetValue(m.Entry, out var editions) || editions.All(e => e.Number != number))
            return null;
        return m;
    }

    /// <summary>
    /// The series whose core days (meeting-series.tsv core_forms: "الأسبوع رفيع المستوى") a sentence naming them
    /// names: the article then means those days wherever it names the series, not the whole session.
    /// </summary>
    private HashSet<string> SeriesWithCoreNamed(TextLayer text)
    {
        var named = new HashSet<string>(StringComparer.Ordinal);
        foreach (var sentence in text.Sentences)
        {
            for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
            {
                if (SeriesAt(text.Tokens, i, sentence.EndToken) is { } m
                    && _coreWords[m.Entry].Any(words => FindWords(text.Tokens, words, sentence.FirstToken, sentence.EndToken) is not null))
                    named.Add(m.Entry);
            }
        }
        return named;
    }

    /// <summary>
    /// The editions the words around the name allow: each cue found (a city, a year, a number) must
    /// hold; with none, every edition. Returns the span grown over the cues that were used.
    /// </summary>
    private (IReadOnlyList<MeetingEdition> Editions, int Start, int End) Narrow(
        IReadOnlyList<Token> tokens, MeetingEdition[] editions, (int Sentence, int Reach) before, int nameStart, int nameEnd, int after, Func<int, bool> inDate)
    {
        IEnumerable<MeetingEdition> candidates = editions;
        var (start, end) = (nameStart, nameEnd);
        if (CityNamed(tokens, editions, before.Sentence, nameStart, nameEnd, after) is var (city, cityEnd))
        {
            candidates = candidates.Where(e => e.City == city);
            end = Math.Max(end, cityEnd);
        }
        if (ByOrdinal(tokens, candidates, before.Reach, nameStart, nameEnd, after, inDate) is { } numbered)
            (candidates, start, end) = (numbered.Editions, numbered.Start, Math.Max(end, numbered.End));
        for (var k = before.Reach; k < after; k++)
        {
            if (k >= nameStart && k < nameEnd || tokens[k].Kind != TokenKind.Number
                || !int.TryParse(tokens[k].Norm, NumberStyles.None, CultureInfo.InvariantCulture, out var n))
                continue;
            var dated = inDate(k);
            var asYear = n is >= 2000 and <= 2100 ? candidates.Where(e => e.Days.From.Year == n || e.Days.To.Year == n).ToArray() : [];
            var asNumber = dated ? [] : candidates.Where(e => e.Number == n).ToArray();
            if (asYear.Length == 0 && asNumber.Length == 0)
                continue;
            candidates = asYear.Length > 0 ? asYear : asNumber;
            if (!dated)
                (start, end) = (Math.Min(start, k), Math.Max(end, k + 1));
        }
        return (candidates.ToArray(), start, end);
    }

    /// <summary>
    /// The city of an edition where the sentence holds the meeting: named just after the name ("قمة العشرين في
    /// نيودلهي"), or before it with a word of attending between ("حط الوزير في سوتشي للمشاركة في جولة بصيغة أستانا",
    /// meeting-attendance.tsv); with the token after the span the city grows it to, or null when neither names one.
    /// </summary>
    private (string City, int End)? CityNamed(IReadOnlyList<Token> tokens, MeetingEdition[] editions, int sentenceStart, int nameStart, int nameEnd, int after)
    {
        var cities = editions.Select(e => e.City).Distinct().ToArray();
        foreach (var city in cities)
        {
            if (FindWords(tokens, _cityWords[city], nameEnd, after) is { } at)
                return (city, at);
        }
        foreach (var city in cities)
        {
            if (FindWords(tokens, _cityWords[city], sentenceStart, nameStart) is { } at
                && _attendance.FindAll(tokens, at, nameStart).Count > 0)
                return (city, nameEnd);
        }
        return null;
    }

    /// <summary>
    /// "اجتماع وزراء خارجية المجموعة الذي عقد يومي 1 و2 مارس الجاري": a day and month printed without a year
    /// just after the name keep the editions held on that day; when none was, the date is another's and
    /// the editions stay as they were.
    /// </summary>
    private static (IReadOnlyList<MeetingEdition> Editions, TemporalValue? HeldOn) ByDayOfYear(IReadOnlyList<MeetingEdition> candidates, IEnumerable<TemporalMention> following)
    {
        foreach (var date in following)
        {
            if (FirstDayOfMonth(date.Value) is not (var month, var day))
                continue;
            var held = candidates.Where(e => Enumerable.Range(0, e.Days.Days).Any(k => e.Days.From.AddDays(k) is var d && d.Month == month && d.Day == day)).ToArray();
            if (held.Length > 0)
                return (held, date.Value);
        }
        return (candidates, null);
    }

    /// <summary>The month and day a yearless date starts on ("1 و2 مارس": March 1), or null.</summary>
    private static (int Month, int Day)? FirstDayOfMonth(TemporalValue value) => value switch
    {
        MonthDate { Year: null, YearOffset: null, Day: { } day } m => (m.Month, day),
        RangeValue r => FirstDayOfMonth(r.From),
        _ => null,
    };

    /// <summary>
    /// "الدورة الثمانين للجمعية العامة", "القمة العربية الثالثة والثلاثين": an ordinal word just before the name or
    /// right after it, outside any date, numbers the edition; the editions of that number and the span grown over
    /// the word, or null.
    /// </summary>
    private (IEnumerable<MeetingEdition> Editions, int Start, int End)? ByOrdinal(
        IReadOnlyList<Token> tokens, IEnumerable<MeetingEdition> candidates, int before, int nameStart, int nameEnd, int after, Func<int, bool> inDate)
    {
        (int Start, int Number, int End)? found = null;
        for (var k = before; k < nameStart && found is null; k++)
        {
            if (!inDate(k) && _ordinals.At(tokens, k, nameStart) is { End: var e } read && e == nameStart)
                found = (k, read.Number, e);
        }
        if (found is null && nameEnd < after && !inDate(nameEnd) && _ordinals.At(tokens, nameEnd, after) is { } next)
            found = (nameStart, next.Number, next.End);
        if (found is not { } ordinal)
            return null;
        var numbered = candidates.Where(e => e.Number == ordinal.Number).ToArray();
        return numbered.Length > 0 ? (numbered, ordinal.Start, Math.Max(ordinal.End, nameEnd)) : null;
    }

    /// <summary>The token after the words of a name found in [from, to) (a clitic may be glued to the first: "بنيودلهي"), or null.</summary>
    private static int? FindWords(IReadOnlyList<Token> tokens, string[] words, int from, int to)
    {
        for (var k = from; k + words.Length <= to; k++)
        {
            var ok = true;
            for (var w = 0; w < words.Length && ok; w++)
                ok = tokens[k + w].Readings.Contains(words[w]);
            if (ok)
                return k + words.Length;
        }
        return null;
    }

    private static MeetingEdition Edition(TsvRow row, IReadOnlySet<string> series)
    {
        var id = row.Required("id");
        var seriesId = row.Required("series");
        if (!series.Contains(seriesId))
            throw new FormatException($"{row.Source}:{row.Line}: unknown series '{seriesId}' (not in meeting-series.tsv).");
        var from = Day(row, "from");
        var to = Day(row, "to");
        if (to < from)
            throw new FormatException($"{row.Source}:{row.Line}: the meeting ends before it starts.");
        int? number = row["edition"] is { } n ? int.Parse(n, CultureInfo.InvariantCulture) : null;
        DateInterval? session = row["session_from"] is null ? null : new DateInterval(Day(row, "session_from"), Calendars.Month(to.Year, to.Month).To);
        if (session is { } sd && sd.From > from)
            throw new FormatException($"{row.Source}:{row.Line}: the session opens after its core days start.");
        return new MeetingEdition(id, seriesId, number, new DateInterval(from, to), row.Required("city"), row.Required("country")) { Session = session };
    }

    private static DateOnly Day(TsvRow row, string column) =>
        DateOnly.TryParseExact(row.Required(column), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d
            : throw new FormatException($"{row.Source}:{row.Line}: column '{column}' is not a yyyy-MM-dd date.");
}
