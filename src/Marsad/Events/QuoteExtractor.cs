using Marsad.Actors;
using Marsad.Text;

namespace Marsad.Events;

/// <summary>
/// Attributed speech: a speech verb (Data/events/speech.tsv) with its speaker — the actor right
/// after it ("وقال لافروف") or right before it ("المقداد أكد") — and what was said: the quotation
/// marks that follow («…», “…”, "…"), else the clause after "إن/أن" or ":" to the sentence end.
/// </summary>
internal static class QuoteExtractor
{
    private const int SpeakerReach = 3;

    public static IReadOnlyList<Quote> Extract(string articleId, TextLayer text, IReadOnlyList<ActorMention> actors, EventLexicons lexicons)
    {
        var quotes = new List<Quote>();
        var tokens = text.Tokens;
        foreach (var sentence in text.Sentences)
        {
            foreach (var verb in lexicons.SpeechVerbs.FindAll(tokens, sentence.FirstToken, sentence.EndToken))
            {
                var verbEnd = tokens[verb.EndToken - 1].End;
                var verbStart = tokens[verb.FirstToken].Start;
                var speaker = actors.FirstOrDefault(a => a.Start >= verbEnd && TokensBetween(tokens, verb.EndToken, a.Start) <= SpeakerReach && a.End <= sentence.End)
                    ?? actors.LastOrDefault(a => a.End <= verbStart && a.Start >= sentence.Start && TokensBetween(tokens, TokenIndexAtOrAfter(tokens, a.End), verbStart) <= 1);
                if (speaker is null)
                    continue;
                var from = Math.Max(speaker.End, verbEnd);
                var said = QuotedSpan(text.Text, from, sentence.End) ?? ClauseSpan(text, from, sentence, lexicons.Words);
                if (said is not { Length: > 8 } span)
                    continue;
                quotes.Add(new Quote(articleId, span, text.Slice(span).Trim(), speaker.Actor, text.Slice(verbStart, verbEnd)));
            }
        }
        return quotes;
    }

    /// <summary>What the parties of a mention say in its sentence.</summary>
    public static IReadOnlyList<Quote> SaidIn(IReadOnlyList<Quote> quotes, TextSpan sentence, HashSet<string> speakers) =>
        quotes.Where(q => q.Span.Overlaps(sentence) && q.Speaker is not null && speakers.Contains(q.Speaker.Key)).ToArray();

    /// <summary>
    /// What the parties said in the sentences that follow a report, up to the next report
    /// ("وأكد الوزير المقداد أن ..." after "بحث المقداد مع لافروف ..."), belongs to that event.
    /// </summary>
    public static IReadOnlyList<EventMention> AttachFollowing(IReadOnlyList<EventMention> mentions, IReadOnlyList<Quote> quotes, TextLayer text)
    {
        var starts = mentions.Select(m => m.Sentence).Distinct().Order().ToArray();
        return mentions.Select(m =>
        {
            var next = starts.FirstOrDefault(s => s > m.Sentence, text.Sentences.Count);
            var from = text.Sentences[m.Sentence].Start;
            var to = next < text.Sentences.Count ? text.Sentences[next].Start : text.Text.Length;
            var speakers = m.Participants.Select(p => p.Actor.Key).ToHashSet();
            var said = quotes.Where(q => q.Span.Start >= from && q.Span.Start < to && q.Speaker is not null && speakers.Contains(q.Speaker.Key));
            return m with { Quotes = m.Quotes.Concat(said).DistinctBy(q => q.Span).ToArray() };
        }).ToList();
    }

    private static int TokensBetween(IReadOnlyList<Token> tokens, int fromToken, int offset)
    {
        var n = 0;
        for (var i = fromToken; i < tokens.Count && tokens[i].End <= offset; i++)
        {
            if (tokens[i].Kind != TokenKind.Punctuation)
                n++;
        }
        return n;
    }

    private static int TokenIndexAtOrAfter(IReadOnlyList<Token> tokens, int offset)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Start >= offset)
                return i;
        }
        return tokens.Count;
    }

    private static TextSpan? QuotedSpan(string text, int from, int to)
    {
        foreach (var (open, close) in new[] { ('«', '»'), ('“', '”'), ('"', '"') })
        {
            var a = text.IndexOf(open, from, to - from);
            if (a < 0)
                continue;
            var b = text.IndexOf(close, a + 1, to - a - 1);
            if (b > a + 1)
                return new TextSpan(a + 1, b);
        }
        return null;
    }

    /// <summary>Reported speech: the clause after the first "أن"/"إن" or ":" after the speaker, to the sentence end.</summary>
    private static TextSpan? ClauseSpan(TextLayer text, int from, Sentence sentence, FrameWords words)
    {
        var tokens = text.Tokens;
        for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
        {
            var t = tokens[i];
            if (t.Start < from)
                continue;
            if (words.IsSpeechOpener(t.Norm))
                return new TextSpan(t.End, sentence.End);
        }
        return null;
    }
}
