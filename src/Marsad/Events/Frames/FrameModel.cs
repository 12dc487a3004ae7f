using Marsad.Actors;
using Marsad.Text;
using Marsad.Time;

namespace Marsad.Events.Frames;

/// <summary>The rules the frame readers consult: the event tables and the knowledge base.</summary>
internal sealed record FrameRules(KnowledgeBase KnowledgeBase, EventLexicons Lexicons)
{
    public FrameWords Words => Lexicons.Words;
}

/// <summary>An actor mention with the first and last tokens it covers.</summary>
internal sealed record LocatedActor(ActorMention Mention, int FirstToken, int LastToken);

/// <summary>What the frame readers see of one article: its text, its actors placed on tokens, its dates.</summary>
internal sealed record ArticleView(string ArticleId, TextLayer Text, IReadOnlyList<LocatedActor> Actors, IReadOnlyList<TemporalMention> Times)
{
    public IReadOnlyList<Token> Tokens => Text.Tokens;

    public static ArticleView Of(string articleId, TextLayer text, IReadOnlyList<ActorMention> actors, IReadOnlyList<TemporalMention> times) =>
        new(articleId, text, actors.Select(a => new LocatedActor(a, TokenAt(text.Tokens, a.Start), TokenAt(text.Tokens, Math.Max(a.Start, a.End - 1)))).ToArray(), times);

    /// <summary>The last token starting at or before an offset.</summary>
    private static int TokenAt(IReadOnlyList<Token> tokens, int offset)
    {
        int lo = 0, hi = tokens.Count - 1, found = 0;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            if (tokens[mid].Start <= offset)
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

/// <summary>
/// A trigger's frame: its tokens run from the trigger to the next opener of the sentence (or the
/// cue that joined it); a subject may stand in the prefix, between the previous opener and the trigger.
/// </summary>
internal sealed record Frame(PhraseMatch<TriggerRule> Trigger, int WindowStart, int WindowEnd, int PrefixStart, PhraseMatch<TriggerRule>? Cue)
{
    /// <summary>The mode the joined cue gives ("في اتصال هاتفي": phone), if any.</summary>
    public EventMode? CueMode => Cue?.Entry.Mode;

    /// <summary>The CAMEO code the joined cue gives, if any.</summary>
    public string? CueCameo => Cue?.Entry.Cameo;
}

/// <summary>A party of a frame: the actor, its side, the text that names it, and the term of office the text attests.</summary>
internal sealed record Party(ActorRef Actor, ParticipantSide Side, TextSpan Span, RoleSpan? Role);

/// <summary>A frame read but not yet judged: it becomes a mention only with parties of two states.</summary>
/// <param name="Frame">The trigger's frame.</param>
/// <param name="Parties">The parties read in it.</param>
/// <param name="Where">Its place, when read.</param>
/// <param name="When">Its date, when read.</param>
/// <param name="Status">Done, announced or denied.</param>
/// <param name="Topics">What was discussed.</param>
/// <param name="Referenced">"نتائج الاجتماعات": a meeting named as what was discussed.</param>
/// <param name="Phase">Whether the date gives the whole event, its start or its end.</param>
/// <param name="DateInherited">The date is the previous sentence's (narrative time).</param>
internal sealed record Draft(
    Frame Frame,
    IReadOnlyList<Party> Parties,
    Place? Where,
    TemporalMention? When,
    EventStatus Status,
    IReadOnlyList<string> Topics,
    bool Referenced,
    DatePhase Phase,
    bool DateInherited)
{
    /// <summary>The parties read before the trigger (or as its first chain): who held the meetings a list reports.</summary>
    public IReadOnlyList<Party> SubjectParties { get; init; } = [];

    /// <summary>"هذه المباحثات": the trigger names a meeting reported before, whose parties it takes.</summary>
    public bool Anaphoric { get; init; }

    /// <summary>
    /// Told in the present tense ("ويتناول الوزيران في اجتماعهما": the verb, and a noun after it in its sentence): when
    /// undated, under way or about to happen as the article is written.
    /// </summary>
    public bool Present { get; init; }
}
