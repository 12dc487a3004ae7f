using Marsad.Text;
using Marsad.Time;

namespace Marsad.Actors.Recognition;

/// <summary>
/// What the readers of one document share: the tokens and their lexicon readings, the hits of
/// the current sentence and its bounds, the mentions found so far, and the persons the document
/// has presented (with the role it gave them).
/// </summary>
internal sealed class RecognitionContext
{
    private readonly List<ActorMention> mentions = [];
    private readonly Dictionary<string, ActorRef> personMemory = new(StringComparer.Ordinal);
    private Dictionary<int, Hit> hitsByStart = [];

    public RecognitionContext(KnowledgeBase kb, TextLayer layer, DateInterval? date)
    {
        Kb = kb;
        Layer = layer;
        Date = date;
        Tokens = layer.Tokens;
    }

    public KnowledgeBase Kb { get; }

    public TextLayer Layer { get; }

    /// <summary>The publication interval, when known: it selects who held an office named without a name.</summary>
    public DateInterval? Date { get; }

    public IReadOnlyList<Token> Tokens { get; }

    public int SentenceIndex { get; private set; }

    /// <summary>The exclusive end token of the current sentence: no pattern reads past it.</summary>
    public int SentenceEnd { get; private set; }

    /// <summary>The first token of the current sentence.</summary>
    public int SentenceStart { get; private set; }

    /// <summary>Mentions in document order, so far.</summary>
    public IReadOnlyList<ActorMention> Mentions => mentions;

    /// <summary>Starts a sentence: its bounds and its lexicon hits.</summary>
    public void Enter(Sentence sentence, IEnumerable<Hit> hits)
    {
        SentenceIndex = sentence.Index;
        SentenceEnd = sentence.EndToken;
        SentenceStart = sentence.FirstToken;
        hitsByStart = hits.ToDictionary(h => h.Start);
    }

    public Hit? HitAt(int token) => hitsByStart.GetValueOrDefault(token);

    /// <summary>The keys a token may stand for: with clitics as the first word of a phrase, with the article only inside one.</summary>
    public IReadOnlyList<WordSegments> Readings(int token, bool first) => first ? Tokens[token].Segments : Tokens[token].ArticleFree;

    public bool IsCommaAt(int token) => token < SentenceEnd && IsComma(Tokens[token]);

    public static bool IsComma(Token t) => t.Kind == TokenKind.Punctuation && t.Norm is "،" or ",";

    // ---------------------------------------------------------------- persons the document presented

    /// <summary>Remembers a KB person as the document presents them (a role, once given, is kept).</summary>
    public ActorRef Remember(ActorRef actor)
    {
        if (actor.Id is not null && (actor.Role is not null || !personMemory.ContainsKey(actor.Id)))
            personMemory[actor.Id] = actor;
        return actor;
    }

    public bool Remembers(string personId) => personMemory.ContainsKey(personId);

    public ActorRef? Recall(string personId) => personMemory.GetValueOrDefault(personId);

    /// <summary>The nearest earlier person mention (this sentence first, then earlier ones).</summary>
    public ActorMention? LastPerson(Func<ActorMention, bool> where) =>
        mentions.LastOrDefault(m => m.Actor.Kind == ActorKind.Person && m.Actor.Name is not null && where(m));

    /// <summary>
    /// The mentions once the document is read: a name met before the title that presents it
    /// ("المقداد" in a headline, "وزير الخارجية السوري فيصل المقداد" below) takes the role the
    /// document gives that person.
    /// </summary>
    public IReadOnlyList<ActorMention> WithRolesFromLaterMentions()
    {
        for (var i = 0; i < mentions.Count; i++)
        {
            var m = mentions[i];
            if (m.Kind == MentionKind.Name && m.Actor.Role is null && m.Actor.Id is { } id
                && personMemory.TryGetValue(id, out var known) && known.Role is not null)
                mentions[i] = m with { Actor = known, Evidence = m.Evidence.Then(ActorRule.RoleFromLaterMention, known.Role) };
        }
        return mentions;
    }

    // ---------------------------------------------------------------- output

    public ActorRef CountryRef(string iso3) =>
        new(ActorKind.Country, iso3, Kb.FindCountry(iso3)?.NameAr, iso3, null);

    /// <summary>
    /// Original offset where the matched word starts once a conjunction or preposition is left out
    /// ("ودمشق" → "دمشق", "والسوريين" → "السوريين"); the article stays part of the mention.
    /// </summary>
    public int StartAfterClitics(int token)
    {
        var t = Tokens[token];
        return HitAt(token) is { } hit ? ArabicClitics.StartAfterProclitics(t, hit.FirstReading) : t.Start;
    }

    /// <summary>A mention over tokens [<paramref name="startToken"/>, <paramref name="endToken"/>), clitics left out.</summary>
    public void EmitTokens(int startToken, int endToken, ActorRef actor, MentionKind kind, ActorEvidence evidence) =>
        Emit(StartAfterClitics(startToken), Tokens[endToken - 1].End, actor, kind, evidence);

    public void Emit(int start, int end, ActorRef actor, MentionKind kind, ActorEvidence evidence, RoleSpan? attested = null,
        IReadOnlyList<ActorRef>? group = null) =>
        mentions.Add(new ActorMention(start, end, Layer.Slice(start, end), actor, kind, SentenceIndex, evidence, attested, group));
}
