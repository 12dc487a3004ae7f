using Marsad.Actors;
using Marsad.Clean;
using Marsad.Pipeline;
using Marsad.Tests.Faults;

namespace Marsad.Tests.Pipeline;

/// <summary>
/// The analysis of one article is bounded whatever its length (issue 12, item 3): long articles are
/// read in windows, the merge inside an article has a work budget, and ordinary articles reach none
/// of the budgets. Timeouts here only catch a hang; speed figures are in bench/.
/// </summary>
public class AnalysisBudgetTests
{
    private static readonly AnalysisOptions Options = AnalysisOptions.Default with { AsOf = new DateOnly(2026, 12, 1) };

    private static Article ArticleOf(string id, string text) =>
        new(id, null, "عنوان", text, null, null, null, id, []);

    private static CorpusAnalysis Analyze(AnalysisOptions options, params Article[] articles) =>
        HangGuard.Run(() => new CorpusAnalyzer(KnowledgeBase.Default, options).Analyze(articles), "the analysis");

    [Fact]
    public void Ordinary_articles_reach_no_budget()
    {
        Assert.Empty(Corpora.Seeds.Warnings);
        Assert.Empty(Corpora.Dev.Warnings);
    }

    [Fact]
    public void A_long_article_is_read_in_windows_and_keeps_its_sentence_numbers()
    {
        var analysis = Analyze(Options, ArticleOf("long", PressText.Article(400_000, seed: 7)));

        var article = Assert.Single(analysis.Articles);
        var windows = Assert.Single(analysis.Warnings, w => w.Budget == nameof(AnalysisBudgets.WindowChars));
        Assert.Contains("windows of at most 24,000 characters", windows.Message);
        Assert.NotEmpty(article.Events);
        foreach (var mention in article.Events)
            Assert.True(article.Text.Sentences[mention.Sentence].Span.Contains(mention.Trigger.Start), $"mention in sentence {mention.Sentence} outside it");
        foreach (var actor in article.Actors)
            Assert.True(article.Text.Sentences[actor.Sentence].Span.Contains(actor.Start), $"actor in sentence {actor.Sentence} outside it");
    }

    [Fact]
    public void A_line_without_sentence_ends_is_read_in_pieces()
    {
        var line = string.Join(' ', PressText.Article(60_000, seed: 3).Split(['\n', '.', '،', '؟', '!'], StringSplitOptions.RemoveEmptyEntries));

        var analysis = Analyze(Options, ArticleOf("one-line", line));

        Assert.Contains(analysis.Warnings, w => w.Budget == nameof(AnalysisBudgets.WindowChars));
        Assert.Single(analysis.Articles[0].Text.Sentences);
    }

    [Fact]
    public void Reaching_the_merge_budget_is_a_warning_and_the_article_keeps_its_events()
    {
        var text = PressText.Article(40_000, seed: 11);
        var tight = Options with { Budgets = AnalysisBudgets.Default with { MergeWork = 500, ArticleClusters = 5 } };

        var bounded = Analyze(tight, ArticleOf("a", text));
        var free = Analyze(Options, ArticleOf("a", text));

        Assert.Contains(bounded.Warnings, w => w.Budget == "ArticleWork" && w.Message.Contains("500 work units"));
        Assert.Contains(bounded.Warnings, w => w.Budget == "ArticleClusters");
        Assert.NotEmpty(bounded.Articles[0].Events);
        Assert.True(bounded.Events.Count >= free.Events.Count);
        Assert.DoesNotContain(free.Warnings, w => w.Budget is "ArticleWork" or "ArticleClusters");
    }

    [Fact]
    public void An_article_whose_analysis_fails_is_reported_alone()
    {
        var broken = ArticleOf("broken", null!);
        var seed = File.ReadAllText(Corpora.SamplePath("seeds", "003_2dadf7ab2ecb22ff.txt"));

        var analysis = Analyze(Options, broken, ArticleOf("seed", seed));

        var failure = Assert.Single(analysis.Warnings);
        Assert.Equal(("broken", "failed"), (failure.ArticleId, failure.Budget));
        Assert.Empty(analysis.Articles[0].Events);
        Assert.NotEmpty(analysis.Articles[1].Events);
    }
}
