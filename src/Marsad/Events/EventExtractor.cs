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
/// after "في"/"إلى" is the place, after "حول"/"بشأن" a topic (<see cref="FrameFiller"/>); a meeting
/// named with a demonstrative ("وشملت هذه المباحثات لقاءات مع ...") takes the subject of the report
/// before it; frames without two states lend to their neighbours (<see cref="FrameAbsorber"/>);
/// meetings held on an occasion ("على هامش قمة ...") take its place and days (<see cref="OccasionReader"/>);
/// a report of several bilateral meetings becomes one per partner (<see cref="PartnerSplitter"/>);
/// the rest become mentions (<see cref="MentionBuilder"/>);</item>
/// <item>what the parties say after a report joins it (<see cref="QuoteExtractor.AttachFollowing"/>).</item>
/// </list>
/// </summary>
internal sealed class EventExtractor
{
    /// <summary>How many sentences back a meeting named with a demonstrative finds the report it names.</summary>
    private const int AnaphoraReach = 2;

    /// <summary>Tokens of "جاء ذلك خلال استقبال" before the host's name.</summary>
    private const int HostReach = 4;

    private readonly FrameRules _rules;
    private readonly FrameBuilder _frames;
    private readonly FrameFiller _filler;
    private readonly MentionBuilder _mentions;
    private readonly OccasionReader _occasions;
    private readonly PartnerSplitter _splitter;
    private readonly DelegationHeads _delegations;

    public EventExtractor(KnowledgeBase knowledgeBase, EventLexicons lexicons)
    {
        _rules = new FrameRules(knowledgeBase, lexicons);
        _frames = new FrameBuilder(_rules);
        _filler = new FrameFiller(_rules);
        _mentions = new MentionBuilder(_rules);
        _occasions = new OccasionReader(_rules);
        _splitter = new PartnerSplitter(_rules);
        _delegations = new DelegationHeads(_rules);
    }

    public IReadOnlyList<EventMention> Extract(
        string articleId, TextLayer text, IReadOnlyList<ActorMention> actors, IReadOnlyList<TemporalMention> times)
    {
        var quotes = QuoteExtractor.Extract(articleId, text, actors.OrderBy(a => a.Start).ToArray(), _rules.Lexicons);
        var article = ArticleView.Of(articleId, text, actors, times);
        var occasions = _occasions.Read(article);
        var mentions = new List<EventMention>();
        (int Sentence, IReadOnlyList<Party> Parties)? holder = null;
        (int Sentence, Draft Meeting)? meeting = null;
        foreach (var sentence in text.Sentences)
        {
            var frames = _frames.Build(text, sentence);
            if (frames.Count == 0)
                continue;
            var drafts = new List<Draft>(frames.Count);
            foreach (var f in frames)
                drafts.Add(_filler.Fill(f, article, sentence, drafts.LastOrDefault()));
            if (holder is { } h && sentence.Index - h.Sentence <= AnaphoraReach && drafts.Any(d => d.Anaphoric))
                drafts = drafts.Select(d => WithHolder(d, h.Parties)).ToList();
            if (meeting is { } met && sentence.Index - met.Sentence <= AnaphoraReach)
                drafts = drafts.Select(d => DoneAtMeeting(d, article, sentence, met.Meeting)).ToList();
            // A sentence that names the meeting again ("ركز الاجتماع على ...") keeps it the one later sentences speak of.
            if (drafts.LastOrDefault(d => IsMeeting(d) && FrameAbsorber.States(d) >= 2) is { } reported)
                meeting = (sentence.Index, reported);
            else if (meeting is { } kept && NamesAMeeting(article, sentence, sentence.EndToken))
                meeting = (sentence.Index, kept.Meeting);
            if (drafts.LastOrDefault(IsHeldBySomeone) is { } held)
                holder = (sentence.Index, held.SubjectParties);
            var occasion = OccasionReader.For(occasions, sentence.Index, i => ContinuesPrevious(text, i));
            var host = ReceptionHost(article, sentence.Index + 1);
            foreach (var d in FrameAbsorber.AbsorbPartyless(drafts).Select(d => AtReception(d, host)))
            {
                var onOccasion = occasion is not null && IsMeeting(d) ? OccasionReader.OnOccasion(d, occasion, sentence.Index) : d;
                foreach (var one in _splitter.Split(onOccasion, text.Tokens, occasion is not null))
                {
                    if (_mentions.ToMention(article, sentence, one, quotes) is { } mention)
                        mentions.Add(mention);
                }
            }
        }
        return QuoteExtractor.AttachFollowing(_delegations.Name(mentions, article), quotes, text);
    }

    private bool IsMeeting(Draft d) => _rules.Lexicons.Types.AbsorbsStatements(d.Frame.Trigger.Entry.Type);

    /// <summary>A meeting report whose subject is one state's: who held the meetings a later "هذه المباحثات" names.</summary>
    private bool IsHeldBySomeone(Draft d) =>
        IsMeeting(d) && d.SubjectParties.Count > 0 && d.SubjectParties.Select(p => p.Actor.Country).OfType<string>().Distinct().Count() == 1;

    /// <summary>
    /// "وشهد الاجتماع توقيع اتفاقية": a joint act with no parties of its own, in a sentence that names the meeting
    /// reported just before (frame-words.tsv event-anaphor, before its trigger), was done at that meeting: it
    /// takes the meeting's parties and place, and its day as a guess (inherited: the merge may drop it).
    /// </summary>
    private Draft DoneAtMeeting(Draft d, ArticleView article, Sentence sentence, Draft meeting)
    {
        if (d.Parties.Count > 0 || IsMeeting(d) || d.Frame.Trigger.Entry.Frame is not (FrameShape.Joint or FrameShape.Signing or FrameShape.Truce))
            return d;
        if (!NamesAMeeting(article, sentence, d.Frame.Trigger.FirstToken))
            return d;
        var parties = meeting.Parties.Select(p => p with { Side = ParticipantSide.Joint }).ToArray();
        return d with { Parties = parties, Where = d.Where ?? meeting.Where, When = d.When ?? meeting.When, DateInherited = d.When is null || d.DateInherited };
    }

    /// <summary>Whether the sentence, before token <paramref name="end"/>, names a meeting again (frame-words.tsv event-anaphor: "الاجتماع", "اللقاء").</summary>
    private bool NamesAMeeting(ArticleView article, Sentence sentence, int end) =>
        Enumerable.Range(sentence.FirstToken, Math.Max(0, end - sentence.FirstToken)).Any(i => _rules.Words.TokenIs(article.Tokens[i], (w, r) => w.IsEventAnaphor(r)));

    /// <summary>A joint meeting with no subject of its own, in a sentence that names an earlier meeting, is held by that meeting's subject.</summary>
    private Draft WithHolder(Draft d, IReadOnlyList<Party> holder)
    {
        var countries = holder.Select(p => p.Actor.Country).ToHashSet();
        if (!IsMeeting(d) || d.Frame.Trigger.Entry.Frame != FrameShape.Joint || d.SubjectParties.Count > 0
            || !d.Parties.Any(p => p.Actor.Country is { } c && !countries.Contains(c)))
            return d;
        var side = PartyChain.SubjectSide(d.Frame.Trigger.Entry.Frame);
        var subjects = holder.Select(p => p with { Side = side }).ToArray();
        return d with { Parties = [.. subjects, .. d.Parties], SubjectParties = subjects };
    }

    /// <summary>A meeting with no place of its own, held at a reception the sentence after it names, was in the host's state.</summary>
    private Draft AtReception(Draft d, string? host) =>
        host is not null && IsMeeting(d) && d.Where is null && d.Parties.Any(p => p.Actor.Country == host) ? d with { Where = new Place(host, null) } : d;

    /// <summary>
    /// "جاء ذلك خلال استقبال رئيس الوزراء الهندي للوزراء المشاركين": a sentence opening with came, a demonstrative,
    /// during and reception (frame-words.tsv) says the report before it was at a reception; the state of the person
    /// named right after as its host, or null.
    /// </summary>
    private string? ReceptionHost(ArticleView article, int sentenceIndex)
    {
        var sentences = article.Text.Sentences;
        if (sentenceIndex >= sentences.Count)
            return null;
        var s = sentences[sentenceIndex];
        var tokens = article.Tokens;
        var words = _rules.Words;
        var first = Enumerable.Range(s.FirstToken, s.TokenCount).FirstOrDefault(i => tokens[i].Kind != TokenKind.Punctuation, -1);
        if (first < 0 || first + HostReach >= s.EndToken || !words.IsCame(tokens[first].Norm) || !words.IsDemonstrative(tokens[first + 1].Norm)
            || !words.IsDuring(tokens[first + 2].Norm) || !words.IsReception(tokens[first + 3].Norm))
            return null;
        var host = article.Actors.FirstOrDefault(a => a.FirstToken == first + HostReach);
        return host?.Mention.Actor is { Kind: ActorKind.Person, Country: { } country } ? country : null;
    }

    /// <summary>"وذلك على هامش ...", "وانعقد هذا اللقاء على هامش ...": the sentence goes on about the report before it.</summary>
    private bool ContinuesPrevious(TextLayer text, int sentence)
    {
        var s = text.Sentences[sentence];
        var tokens = text.Tokens;
        var first = Enumerable.Range(s.FirstToken, s.TokenCount).FirstOrDefault(i => tokens[i].Kind != TokenKind.Punctuation, -1);
        if (first >= 0 && _rules.Words.IsContinuation(tokens[first].Norm))
            return true;
        return _rules.Lexicons.Triggers.FindAll(tokens, s.FirstToken, s.EndToken)
            .Any(m => m.FirstToken > 0 && _rules.Words.IsDemonstrative(tokens[m.FirstToken - 1].Norm));
    }
}
