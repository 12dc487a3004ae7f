using Marsad.Text;
using Marsad.Time;

namespace Marsad.Events.Frames;

/// <summary>
/// "على هامش قمة مجموعة العشرين": the occasion meetings are held on. Its place is where the named
/// recurring meeting's editions were held (Time/WorldMeetings: the temporal mention whose value is
/// a <see cref="MeetingDate"/>), its days theirs; an occasion named by a pronoun ("على هامشها") is the
/// meeting named before it in its sentence.
/// </summary>
/// <param name="Sentence">The sentence that names it.</param>
/// <param name="Marker">The token of "هامش".</param>
/// <param name="Where">Where the occasion was held, when known.</param>
/// <param name="When">The occasion's days, when its name was read.</param>
/// <param name="Day">
/// The day its own sentence gives the meetings held on it ("التقى أمس الثلاثاء ... على هامشها"),
/// lent to the reports of later sentences that it frames.
/// </param>
internal sealed record Occasion(int Sentence, int Marker, Place? Where, TemporalMention? When, TemporalMention? Day = null);

/// <summary>
/// A day read in a report ("الأربعاء", "أمس") on an occasion: the day within the occasion's days,
/// else the occasion's days. Both describe the report's event, so a publication day on which they
/// cannot meet is one the article cannot have (<see cref="Agrees"/>).
/// </summary>
internal sealed record OccasionDay(TemporalValue Day, TemporalValue Occasion) : TemporalValue
{
    public override DateInterval? Resolve(DateOnly publication)
    {
        var occasion = Occasion.Resolve(publication);
        var day = Day.Resolve(publication);
        return day is { } d && occasion is { } o ? d.Intersect(o) ?? o : occasion ?? day;
    }

    /// <summary>True when, read on <paramref name="publication"/>, the day falls within the occasion.</summary>
    public bool Agrees(DateOnly publication) =>
        Day.Resolve(publication) is { } d && Occasion.Resolve(publication) is { } o && d.Overlaps(o);

    public override bool IsAbsolute => Occasion.IsAbsolute;

    /// <summary>Absolute for the occasion's sake, but its day ("أمس") is read from publication.</summary>
    public override bool ReadsAlikeEveryDay => Occasion.IsAbsolute && Day.IsAbsolute;

    public override string Describe() => Day.Describe() + "@" + Occasion.Describe();
}

/// <summary>Finds the occasions of an article and lends them to the meetings held on them.</summary>
internal sealed class OccasionReader(FrameRules rules)
{
    /// <summary>How many tokens after "هامش" (over "انعقاد", "أعمال") the occasion's name may start.</summary>
    private const int NameReach = 4;

    /// <summary>How many tokens past the longest name reach the place printed after the occasion may stand.</summary>
    private const int PlaceAfterName = 4;

    private readonly PlaceReader _places = new(rules);

    /// <summary>How many sentences after its own an occasion still frames the meetings reported.</summary>
    public const int CarryForward = 2;

    /// <summary>The occasions of the article, in text order.</summary>
    public IReadOnlyList<Occasion> Read(ArticleView article)
    {
        var tokens = article.Tokens;
        var found = new List<Occasion>();
        foreach (var sentence in article.Text.Sentences)
        {
            for (var i = sentence.FirstToken + 1; i < sentence.EndToken; i++)
            {
                if (IsSidelines(tokens, i))
                    found.Add(At(article, sentence, i));
            }
        }
        return found;
    }

    /// <summary>"على هامش" (also "وعلى هامشها") at token <paramref name="i"/>.</summary>
    public bool IsSidelines(IReadOnlyList<Token> tokens, int i) =>
        i > 0 && tokens[i].Stems.Any(s => rules.Words.IsSidelines(s.Stem)) && tokens[i - 1].Readings.Any(r => r is "علي" or "على");

    /// <summary>True when the trigger at <paramref name="first"/> names the occasion itself ("على هامش انعقاد قمة ...").</summary>
    public bool NamesOccasion(IReadOnlyList<Token> tokens, int first)
    {
        var i = first - 1;
        while (i > 0 && first - i <= NameReach && rules.Words.TokenIs(tokens[i], (w, r) => w.IsOccasionGlue(r)))
            i--;
        return i > 0 && IsSidelines(tokens, i);
    }

    private Occasion At(ArticleView article, Sentence sentence, int marker)
    {
        var tokens = article.Tokens;
        var markerEnd = tokens[marker].End;
        var reachEnd = tokens[Math.Min(sentence.EndToken - 1, marker + NameReach)].End;
        var meetings = article.Times.Where(t => t.Value is MeetingDate
            && t.Start >= sentence.Start && t.End <= sentence.End).ToArray();
        // "على هامشها": the meeting named before, in the same sentence.
        var when = meetings.FirstOrDefault(t => t.Start >= markerEnd && t.Start <= reachEnd)
            ?? (tokens[marker].Stems.Any(s => s.Suffix.Length > 0) ? meetings.LastOrDefault(t => t.End <= tokens[marker].Start) : null);
        var day = when is null ? null : article.Times.FirstOrDefault(t => !t.Value.IsAbsolute && t.Value is not MeetingDate
            && t.Start >= sentence.Start && t.End <= tokens[marker].Start);
        var where = (when?.Value is MeetingDate m ? PlaceOf(m) : null) ?? PrintedPlace(article, sentence, marker);
        return new Occasion(sentence.Index, marker, where, when, day);
    }

    /// <summary>
    /// "على هامش الاجتماع الرباعي في موسكو": the place printed right after the occasion's name, marked as
    /// where ("في", "بـ") and refined by a place of its country right after it, is where the occasion was held.
    /// </summary>
    private Place? PrintedPlace(ArticleView article, Sentence sentence, int marker)
    {
        var tokens = article.Tokens;
        var reach = Math.Min(sentence.EndToken, marker + NameReach + PlaceAfterName);
        Place? found = null;
        var last = marker;
        foreach (var a in article.Actors.Where(a => a.FirstToken > marker && a.LastToken < reach).OrderBy(a => a.FirstToken))
        {
            if (found is not null)
                return _places.Refine(found, a.Mention, a.FirstToken - last - 1);
            if (_places.IsEventPlace(a, FrameShape.Joint, null, 0, tokens))
                (found, last) = (_places.PlaceOf(a.Mention), a.LastToken);
            else if (!PlaceReader.IsPlaceMention(a.Mention))
                return null;
        }
        return found;
    }

    /// <summary>Where a meeting was held: the country all its candidate editions share, and their city when they share one.</summary>
    private static Place? PlaceOf(MeetingDate meeting)
    {
        var countries = meeting.Editions.Select(e => e.Country).Distinct().ToArray();
        if (countries.Length != 1)
            return null;
        var cities = meeting.Editions.Select(e => e.City).Distinct().ToArray();
        return new Place(countries[0], cities.Length == 1 ? cities[0] : null);
    }

    /// <summary>
    /// The occasion a report of sentence <paramref name="sentence"/> was held on: one named in its
    /// sentence, else in the next sentence when that one continues it ("وذلك على هامش ...",
    /// "وانعقد هذا اللقاء على هامش ..."), else one named up to <see cref="CarryForward"/> sentences before.
    /// </summary>
    public static Occasion? For(IReadOnlyList<Occasion> occasions, int sentence, Func<int, bool> continuesPrevious) =>
        occasions.FirstOrDefault(o => o.Sentence == sentence)
        ?? occasions.FirstOrDefault(o => o.Sentence == sentence + 1 && continuesPrevious(o.Sentence))
        ?? occasions.LastOrDefault(o => o.Sentence < sentence && o.Sentence >= sentence - CarryForward);

    /// <summary>A report's draft held on an occasion: its place and, where its own date is missing or relative, its days.</summary>
    public static Draft OnOccasion(Draft d, Occasion o, int sentence)
    {
        var where = d.Where ?? o.Where;
        var when = d.When;
        var inherited = d.DateInherited;
        if (when is null && o.Day is { } day && sentence > o.Sentence)
            (when, inherited) = (day, true);
        if (o.When is { } occasion)
        {
            // Narrative time carried from the sentence before still dates a report on the occasion
            // ("التقى أمس الثلاثاء ... على هامش الدورة 77. وأجرى مباحثات مع ..."): the day within it.
            if (when is null || inherited && when.Value.IsAbsolute)
                (when, inherited) = (occasion, false);
            else if (!when.Value.IsAbsolute)
                when = when with { Value = new OccasionDay(when.Value, occasion.Value) };
        }
        return d with { Where = where, When = when, DateInherited = inherited };
    }
}
