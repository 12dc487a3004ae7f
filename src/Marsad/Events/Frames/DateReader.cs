using Marsad.Text;
using Marsad.Time;

namespace Marsad.Events.Frames;

/// <summary>
/// The date of a frame: the first temporal expression inside it (or overlapping it: "الجولة 21 من
/// اجتماعات مسار أستانة"), else the last one in its prefix; without one, the previous sentence's
/// relative date or printed day (narrative time) when that sentence reports an event, marked as
/// inherited. A date that follows a speech verb within its clause dates the statement, not what it
/// reports ("وفق ما أعلن الكرملين اليوم الثلاثاء", "وقال المتحدث للصحافيين أمس إن ..."), unless the
/// frame's trigger stands between them; a date after "منذ" or "تأسس" dates something else ("منذ
/// توليه منصبه في أكتوبر 2018").
/// </summary>
internal static class DateReader
{
    /// <summary>How many tokens a statement's date may stand after its speech verb ("وقال الناطق باسم الكرملين للصحافيين اليوم").</summary>
    public const int AttributionReach = 7;

    /// <summary>How many tokens before a date "منذ" or "تأسس" may stand and still govern it ("منذ توليه الحكم خلفا للسلطان قابوس في يناير 2020").</summary>
    public const int OtherTimeReach = 7;

    /// <summary>How many tokens before a date a relative pronoun may stand and still open its clause ("الذي جرى التوصل إليه في مدينة جدة في أواخر آذار").</summary>
    public const int RelativeReach = 10;

    /// <summary>The frame's date, and whether it was inherited from the sentence before.</summary>
    /// <param name="frame">The frame.</param>
    /// <param name="article">The article.</param>
    /// <param name="sentence">The frame's sentence.</param>
    /// <param name="rules">The frame rules.</param>
    /// <param name="planned">True when the frame's own words plan the event ("سيعقد محادثات").</param>
    public static (TemporalMention? When, bool Inherited) DateOf(Frame frame, ArticleView article, Sentence sentence, FrameRules rules, bool planned = false)
    {
        var tokens = article.Tokens;
        var times = article.Times.Where(t => t.Value is not MeetingDate && !DatesAStatement(t, frame, tokens, rules) && !DatesSomethingElse(t, frame, tokens, rules)).ToArray();
        var when = InFrame(frame, article.Text, times, rules) ?? InSentence(frame, sentence, tokens, times) ?? InNextSentence(frame, article, sentence, times, rules);
        if (when is not null || sentence.Index == 0 || QualifiedByRelativeClause(frame, tokens, rules))
            return (when, false);
        var before = article.Text.Sentences[sentence.Index - 1];
        var reports = rules.Lexicons.Triggers.FindAll(tokens, before.FirstToken, before.EndToken).ToArray();
        when = reports.Length == 0 ? null : times.LastOrDefault(t => t.Start >= before.Start && t.End <= before.End && IsNarrativeTime(t.Value)
            && !DatesAnotherNoun(t, reports, tokens, rules) && !IsBound(t, tokens, rules));
        if (when is not null && planned && DatesAPastReport(when, reports, tokens))
            return (null, false);
        return (when, when is not null);
    }

    /// <summary>
    /// A date that can carry over to the next sentence: one read from publication ("أمس"), or a printed day
    /// ("يوم الخميس 27 مارس 2025"); a month or a year dates a period, not the next thing told.
    /// </summary>
    private static bool IsNarrativeTime(TemporalValue value) =>
        !value.IsAbsolute || value.Resolve(DateOnly.MinValue) is { IsDay: true };

    /// <summary>"بعد شهر رمضان", "قبل نهاية العام": a date right after a word of frame-words.tsv bound limits a time, it is not the day of what is told.</summary>
    private static bool IsBound(TemporalMention time, IReadOnlyList<Token> tokens, FrameRules rules) =>
        FirstTokenAt(tokens, time.Start) is var first && first > 0 && rules.Words.TokenIs(tokens[first - 1], (w, r) => w.IsBound(r));

    /// <summary>How many words after a trigger the relative pronoun of a clause qualifying it may stand ("المكالمة الهاتفية التي").</summary>
    public const int QualifierReach = 2;

    /// <summary>
    /// "تنفيذ لعناصر المكالمة الهاتفية التي تمت بين العاهل والرئيس": an event noun qualified by a relative clause
    /// recalls an event the reader knows of; the narrative time of the sentence before is not its time.
    /// </summary>
    private static bool QualifiedByRelativeClause(Frame frame, IReadOnlyList<Token> tokens, FrameRules rules)
    {
        var end = frame.Trigger.EndToken;
        for (var i = end; i < tokens.Count && i < end + QualifierReach; i++)
        {
            if (rules.Words.TokenIs(tokens[i], (w, r) => w.IsRelativePronoun(r)))
                return true;
        }
        return false;
    }

    /// <summary>How many words into the next sentence its definite event noun may stand ("وقد عُقد الاجتماع").</summary>
    public const int AnaphorReach = 3;

    /// <summary>How many tokens after that noun its date must begin ("وجرى الاتصال مساء الثلاثاء").</summary>
    public const int AnaphorDateReach = 3;

    /// <summary>
    /// "استضافت السعودية اجتماعا ... . عُقد الاجتماع يوم الخميس الموافق 27 مارس": a sentence that opens
    /// by naming the event again with the article (a trigger of its type, or for a meeting a word of
    /// frame-words.tsv event-anaphor: "الاجتماع", "الاتصال") and dates it right after dates this report.
    /// </summary>
    private static TemporalMention? InNextSentence(Frame frame, ArticleView article, Sentence sentence, IReadOnlyList<TemporalMention> times, FrameRules rules)
    {
        if (sentence.Index + 1 >= article.Text.Sentences.Count)
            return null;
        var next = article.Text.Sentences[sentence.Index + 1];
        var tokens = article.Tokens;
        var words = Enumerable.Range(next.FirstToken, next.EndToken - next.FirstToken).Where(i => tokens[i].Kind == TokenKind.Word).Take(AnaphorReach).ToArray();
        if (words.Length == 0)
            return null;
        var meeting = rules.Lexicons.Types.AbsorbsStatements(frame.Trigger.Entry.Type);
        // The token after the noun that names the event again, if the sentence opens with one.
        var anaphorEnd = words.Where(i => meeting && rules.Words.TokenIs(tokens[i], (w, r) => w.IsEventAnaphor(r))).Select(i => i + 1)
            .Concat(rules.Lexicons.Triggers.FindAll(tokens, words[0], words[^1] + 1)
                .Where(m => m.Entry.Type == frame.Trigger.Entry.Type
                    && Enumerable.Range(m.FirstToken, m.EndToken - m.FirstToken).Any(i => ArabicClitics.ArticleReadings(tokens[i].Norm).Any()))
                .Select(m => m.EndToken))
            .Order()
            .Cast<int?>()
            .FirstOrDefault();
        if (anaphorEnd is not { } end)
            return null;
        // The date follows the noun closely ("عُقد الاجتماع يوم الخميس"); one further on dates another part of the clause.
        var before = tokens[end - 1].End;
        var limit = tokens[Math.Min(next.EndToken, end + AnaphorDateReach) - 1].End;
        return times.FirstOrDefault(t => t.Start >= before && t.Start < limit && t.End <= next.End);
    }

    /// <summary>
    /// "بعدما زار طاجيكستان أواخر يونيو. وسيعقد محادثات ...": narrative time keeps its tense; a date
    /// that a verb of an occurred report governs, and that does not lie ahead, dates no planned meeting.
    /// </summary>
    private static bool DatesAPastReport(TemporalMention when, IReadOnlyList<PhraseMatch<TriggerRule>> reports, IReadOnlyList<Token> tokens)
    {
        var governing = reports.LastOrDefault(m => tokens[m.FirstToken].Start < when.Start);
        return governing is { Entry: { Kind: TriggerKind.Verb, Status: EventStatus.Occurred } } && !StatusReader.LiesAhead(when.Value);
    }

    /// <summary>
    /// "بحث ... الاتفاق الذي جرى التوصل إليه في أواخر آذار": a date in a relative clause dates the noun
    /// the clause qualifies; as narrative time it dates a later report only when that noun is a
    /// report of the same type ("الاتصال الذي أجراه في 2 مارس").
    /// </summary>
    private static bool DatesAnotherNoun(TemporalMention time, IReadOnlyList<PhraseMatch<TriggerRule>> reports, IReadOnlyList<Token> tokens, FrameRules rules)
    {
        var first = FirstTokenAt(tokens, time.Start);
        for (var i = first - 1; i > 0 && i >= first - RelativeReach; i--)
        {
            var t = tokens[i];
            if (t.Kind == TokenKind.Punctuation && t.Norm is "،" or "," or "." or ":")
                return false;
            if (rules.Words.TokenIs(t, (w, r) => w.IsRelativePronoun(r)))
                return !reports.Any(m => m.EndToken == i);
        }
        return false;
    }

    /// <summary>"منذ توليه منصبه (في أكتوبر 2018)", "الذي تأسس في 1988": the date of another fact, in the clause such a word opens.</summary>
    private static bool DatesSomethingElse(TemporalMention time, Frame frame, IReadOnlyList<Token> tokens, FrameRules rules)
    {
        var first = FirstTokenAt(tokens, time.Start);
        for (var i = first - 1; i >= 0 && i >= first - OtherTimeReach; i--)
        {
            var t = tokens[i];
            if (i == frame.Trigger.FirstToken || t.Kind == TokenKind.Punctuation && t.Norm is "،" or "," or "." or ":")
                return false;
            if (rules.Words.TokenIs(t, (w, r) => w.IsOtherTime(r)))
                return true;
        }
        return false;
    }

    /// <summary>
    /// True when the date belongs to a statement about the event rather than to the event: a speech
    /// verb stands within reach before the date, in its clause, and the trigger is either before
    /// that verb (an attribution after the report: "..., وفق ما أعلن الكرملين اليوم الثلاثاء") or
    /// inside what was said, after a speech opener ("وقال المتحدث أمس إن الزيارة ..."). A statement
    /// made at the event dates it ("وأكدت موسكو ودمشق، الأربعاء، ... خلال محادثات"), and so does the
    /// statement that is the act itself: an accusation, a rejection, a threat (Data/events/acts.tsv said).
    /// </summary>
    private static bool DatesAStatement(TemporalMention time, Frame frame, IReadOnlyList<Token> tokens, FrameRules rules)
    {
        if (rules.Lexicons.Acts.IsSaid(frame.Trigger.Entry.Cameo))
            return false;
        var first = FirstTokenAt(tokens, time.Start);
        var trigger = frame.Trigger.FirstToken;
        for (var i = first - 1; i >= 0 && i >= first - AttributionReach; i--)
        {
            if (i == trigger || tokens[i].Kind == TokenKind.Punctuation && rules.Words.IsBoundary(tokens[i].Norm))
                return false;
            if (rules.Lexicons.SpeechVerbs.MatchAt(tokens, i, i + 1) is null)
                continue;
            if (trigger < i)
                return true;
            var last = FirstTokenAt(tokens, time.End);
            for (var k = last; k < trigger; k++)
                if (rules.Words.IsSpeechOpener(tokens[k].Norm))
                    return true;
            return false;
        }
        return false;
    }

    /// <summary>
    /// Where the dates of a directed or joint act end: at a boundary word, where a new clause begins
    /// ("وأعلنت تركيا وقف التجارة مع إسرائيل، بعدما فرضت في 9 نيسان قيودا": the date is the other act's).
    /// </summary>
    private static int ActEnd(Frame frame, IReadOnlyList<Token> tokens, FrameRules rules)
    {
        var shape = frame.Trigger.Entry.Frame;
        if (shape != FrameShape.SourceTarget && !DirectedParties.Reads(shape))
            return frame.WindowEnd;
        for (var i = frame.Trigger.EndToken; i < frame.WindowEnd; i++)
        {
            if (rules.Words.IsBoundary(tokens[i].Norm))
                return i;
        }
        return frame.WindowEnd;
    }

    /// <summary>
    /// A date elsewhere in the frame's sentence dates its event too, wherever it stands ("حلّ الرئيسان
    /// بتونس، الاثنين 22 نيسان، بدعوة من ...، للمشاركة في لقاء قمة"): the nearest one before the
    /// frame, else the nearest after it.
    /// </summary>
    private static TemporalMention? InSentence(Frame frame, Sentence sentence, IReadOnlyList<Token> tokens, IReadOnlyList<TemporalMention> times)
    {
        var frameStart = tokens[Math.Min(frame.PrefixStart, frame.WindowStart)].Start;
        var frameEnd = tokens[frame.WindowEnd - 1].End;
        return times.LastOrDefault(t => t.Start >= sentence.Start && t.End <= frameStart)
            ?? times.FirstOrDefault(t => t.Start >= frameEnd && t.End <= sentence.End);
    }

    private static int FirstTokenAt(IReadOnlyList<Token> tokens, int offset)
    {
        var i = 0;
        while (i < tokens.Count && tokens[i].End <= offset)
            i++;
        return i;
    }

    private static TemporalMention? InFrame(Frame frame, TextLayer text, IReadOnlyList<TemporalMention> times, FrameRules rules)
    {
        var tokens = text.Tokens;
        var windowStart = tokens[frame.WindowStart].Start;
        var windowEnd = tokens[ActEnd(frame, tokens, rules) - 1].End;
        var inside = times.FirstOrDefault(t => t.Start >= windowStart && t.Start < windowEnd)
            ?? times.FirstOrDefault(t => t.Start < windowStart && t.End > windowStart);
        var prefixStart = tokens[frame.PrefixStart].Start;
        var before = times.LastOrDefault(t => t.Start >= prefixStart && t.End <= windowStart);
        // "أعلن بايدن مساء الثلاثاء أن الهدنة ... تدخل حيز التنفيذ فجر الأربعاء": a ceasefire is agreed
        // when it is announced; the date after it is when it takes effect.
        if (frame.Trigger.Entry.Frame == FrameShape.Truce && before is not null)
            return before;
        return inside ?? before;
    }
}
