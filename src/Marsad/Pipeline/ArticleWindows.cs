using Marsad.Actors;
using Marsad.Events;
using Marsad.Text;
using Marsad.Time;

namespace Marsad.Pipeline;

/// <summary>
/// One window of a long article: a run of its tokens, read as sentences (a sentence longer than the
/// budget is read in pieces), each piece with the index of the article sentence it belongs to.
/// </summary>
/// <param name="FirstToken">The window's first token in the article.</param>
/// <param name="EndToken">The token after its last.</param>
/// <param name="Pieces">Its sentences, as runs of tokens counted from the window's first.</param>
/// <param name="SentenceOf">For each piece, the article sentence it is (part of).</param>
/// <param name="Start">Where the window starts in the text.</param>
/// <param name="End">Where it ends (exclusive).</param>
internal sealed record ArticleWindow(
    int FirstToken, int EndToken, IReadOnlyList<(int FirstToken, int TokenCount)> Pieces, IReadOnlyList<int> SentenceOf, int Start, int End);

/// <summary>
/// A long article read window by window: actors, the publication date (from the first window) and
/// events. The rules of those stages look around a word within its sentence and the one before;
/// over one window they see the same context, and the cost of a window is bounded by its size, so
/// the cost of the article grows linearly with its length. What a window does not see: a title or a
/// pronoun that refers to a person named in an earlier window, a date inherited across its first
/// sentence. An article that fits one window, with no over-long sentence, is read whole, as before.
/// </summary>
internal sealed class ArticleWindows
{
    private readonly TextLayer _text;
    private readonly IReadOnlyList<ArticleWindow> _windows;

    private ArticleWindows(TextLayer text, IReadOnlyList<ArticleWindow> windows)
    {
        _text = text;
        _windows = windows;
    }

    /// <summary>How many windows the article is read in.</summary>
    public int Count => _windows.Count;

    /// <summary>The windows of a long article, or null for an article read whole (one window, no sentence over the budget).</summary>
    public static ArticleWindows? For(TextLayer text, AnalysisBudgets budgets) =>
        text.Text.Length > budgets.WindowChars || text.Sentences.Any(s => s.TokenCount > budgets.SentenceTokens)
            ? new ArticleWindows(text, ArticleWindowPlan.Plan(text, budgets))
            : null;

    /// <summary>Actors recognised window by window, in document order, numbered by article sentence.</summary>
    public IReadOnlyList<ActorMention> Recognize(Func<TextLayer, IReadOnlyList<ActorMention>> recognize)
    {
        var found = new List<ActorMention>();
        foreach (var window in _windows)
        {
            foreach (var actor in recognize(Layer(window)))
                found.Add(actor with { Sentence = window.SentenceOf[actor.Sentence] });
        }
        return found;
    }

    /// <summary>The first window with its temporal expressions and actors (numbered by window sentence): what the publication date is read from.</summary>
    public (TextLayer Text, IReadOnlyList<TemporalMention> Times, IReadOnlyList<ActorMention> Actors) First(
        IReadOnlyList<TemporalMention> times, IReadOnlyList<ActorMention> actors)
    {
        var window = _windows[0];
        var layer = Layer(window);
        int nextActor = 0, nextTime = 0;
        return (layer, Inside(Sorted(times, t => t.Start), ref nextTime, t => t.Start, t => t.End, window),
            InWindow(layer, Sorted(actors, a => a.Start), ref nextActor, window));
    }

    /// <summary>The event mentions, read window by window; they keep the article's sentence numbers.</summary>
    public IReadOnlyList<EventMention> Extract(EventExtractor extractor, string articleId, IReadOnlyList<ActorMention> actors, IReadOnlyList<TemporalMention> times)
    {
        var sortedActors = Sorted(actors, a => a.Start);
        var sortedTimes = Sorted(times, t => t.Start);
        var mentions = new List<EventMention>();
        int nextActor = 0, nextTime = 0;
        foreach (var window in _windows)
        {
            var layer = Layer(window);
            var windowActors = InWindow(layer, sortedActors, ref nextActor, window);
            var windowTimes = Inside(sortedTimes, ref nextTime, t => t.Start, t => t.End, window);
            foreach (var mention in extractor.Extract(articleId, layer, windowActors, windowTimes))
                mentions.Add(mention with { Sentence = window.SentenceOf[mention.Sentence] });
        }
        return mentions;
    }

    private TextLayer Layer(ArticleWindow window) => _text.Window(window.FirstToken, window.EndToken, window.Pieces);

    private static T[] Sorted<T>(IReadOnlyList<T> items, Func<T, int> start) => items.OrderBy(start).ToArray();

    /// <summary>The actors inside the window, numbered by window sentence.</summary>
    private static ActorMention[] InWindow(TextLayer layer, ActorMention[] sorted, ref int next, ArticleWindow window) =>
        Inside(sorted, ref next, a => a.Start, a => a.End, window)
            .Select(a => a with { Sentence = PieceAt(layer, a.Start) })
            .ToArray();

    /// <summary>The items inside the window, moving <paramref name="next"/> past those that start in it (the items are sorted by start).</summary>
    private static T[] Inside<T>(T[] sorted, ref int next, Func<T, int> start, Func<T, int> end, ArticleWindow window)
    {
        while (next < sorted.Length && start(sorted[next]) < window.Start)
            next++;
        var taken = new List<T>();
        for (; next < sorted.Length && start(sorted[next]) < window.End; next++)
        {
            if (end(sorted[next]) <= window.End)
                taken.Add(sorted[next]);
        }
        return [.. taken];
    }

    /// <summary>The window sentence (piece) holding an offset: the last one starting at or before it.</summary>
    private static int PieceAt(TextLayer layer, int offset)
    {
        var sentences = layer.Sentences;
        int lo = 0, hi = sentences.Count - 1, found = 0;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            if (sentences[mid].Start <= offset)
            {
                found = mid;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }
        return found;
    }
}
