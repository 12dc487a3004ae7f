using Marsad.Actors;
using Marsad.Events.Frames;
using Marsad.Text;
using Marsad.Time;

namespace Marsad.Events;

/// <summary>
/// Turns the annotations of one article into event mentions, in three steps:
/// <list type="number">
/// <item>quotes: attributed speech (<see cref="QuoteExtractor"/>);</item>
/// <item>frames, sentence by sentence: each trigger (Data/events/triggers.tsv) opens a frame
/// (<see cref="FrameBuilder"/>) that reaches to the next trigger of its sentence; its parties are
/// the persons of the frame, plus countries, capitals and organisations in agent positions (next
/// to the trigger, after "مع"/"بين", in an apposition list, coordinated with a party), and a country
/// after "في"/"إلى" is the place, after "حول"/"بشأن" a topic (<see cref="FrameFiller"/>); frames
/// without two states lend to their neighbours (<see cref="FrameAbsorber"/>); the rest become
/// mentions (<see cref="MentionBuilder"/>);</item>
/// <item>what the parties say after a report joins it (<see cref="QuoteExtractor.AttachFollowing"/>).</item>
/// </list>
/// </summary>
public sealed class EventExtractor
{
    private readonly FrameRules _rules;
    private readonly FrameBuilder _frames;
    private readonly FrameFiller _filler;
    private readonly MentionBuilder _mentions;

    public EventExtractor(KnowledgeBase knowledgeBase, EventLexicons? lexicons = null)
    {
        _rules = new FrameRules(knowledgeBase, lexicons ?? EventLexicons.Default);
        _frames = new FrameBuilder(_rules);
        _filler = new FrameFiller(_rules);
        _mentions = new MentionBuilder(_rules);
    }

    public IReadOnlyList<EventMention> Extract(
        string articleId, TextLayer text, IReadOnlyList<ActorMention> actors, IReadOnlyList<TemporalMention> times)
    {
        var quotes = QuoteExtractor.Extract(articleId, text, actors.OrderBy(a => a.Start).ToArray(), _rules.Lexicons);
        var article = ArticleView.Of(articleId, text, actors, times);
        var mentions = text.Sentences.SelectMany(s => ReadSentence(article, s, quotes)).ToList();
        return QuoteExtractor.AttachFollowing(mentions, quotes, text);
    }

    private IEnumerable<EventMention> ReadSentence(ArticleView article, Sentence sentence, IReadOnlyList<Quote> quotes)
    {
        var frames = _frames.Build(article.Text, sentence);
        if (frames.Count == 0)
            return [];
        var drafts = new List<Draft>(frames.Count);
        foreach (var f in frames)
            drafts.Add(_filler.Fill(f, article, sentence, drafts.LastOrDefault()));
        return FrameAbsorber.AbsorbPartyless(drafts)
            .Select(d => _mentions.ToMention(article, sentence, d, quotes))
            .OfType<EventMention>()
            .ToList();
    }
}
