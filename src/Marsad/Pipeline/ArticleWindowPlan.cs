using Marsad.Text;

namespace Marsad.Pipeline;

/// <summary>Cuts a long article into windows of whole paragraphs, at most <see cref="AnalysisBudgets.WindowChars"/> characters each.</summary>
internal static class ArticleWindowPlan
{
    public static IReadOnlyList<ArticleWindow> Plan(TextLayer text, AnalysisBudgets budgets)
    {
        var windows = new List<ArticleWindow>();
        var pieces = new List<(int FirstToken, int TokenCount)>();
        var owners = new List<int>();
        foreach (var sentence in text.Sentences)
        {
            for (var first = sentence.FirstToken; first < sentence.EndToken; first += budgets.SentenceTokens)
            {
                var count = Math.Min(budgets.SentenceTokens, sentence.EndToken - first);
                if (pieces.Count > 0 && Closes(text, pieces, first, count, budgets))
                {
                    windows.Add(Window(text, pieces, owners));
                    pieces = [];
                    owners = [];
                }
                pieces.Add((first, count));
                owners.Add(sentence.Index);
            }
        }
        if (pieces.Count > 0)
            windows.Add(Window(text, pieces, owners));
        return windows;
    }

    /// <summary>
    /// The window ends before a piece that would take it over the budget, or at a paragraph break
    /// once it holds half of the budget.
    /// </summary>
    private static bool Closes(TextLayer text, List<(int FirstToken, int TokenCount)> pieces, int first, int count, AnalysisBudgets budgets)
    {
        var tokens = text.Tokens;
        var start = tokens[pieces[0].FirstToken].Start;
        if (tokens[first + count - 1].End - start > budgets.WindowChars)
            return true;
        var previousEnd = tokens[first - 1].End;
        var paragraph = text.Text.AsSpan(previousEnd, tokens[first].Start - previousEnd).Contains('\n');
        return paragraph && previousEnd - start >= budgets.WindowChars / 2;
    }

    private static ArticleWindow Window(TextLayer text, List<(int FirstToken, int TokenCount)> pieces, List<int> owners)
    {
        var first = pieces[0].FirstToken;
        var last = pieces[^1];
        var end = last.FirstToken + last.TokenCount;
        return new ArticleWindow(first, end, pieces.Select(p => (p.FirstToken - first, p.TokenCount)).ToArray(), owners.ToArray(),
            text.Tokens[first].Start, text.Tokens[end - 1].End);
    }
}
