using Marsad.Actors;

namespace Marsad.Events.Frames;

/// <summary>
/// "انطلقت الجولة بحضور وفود تركيا وروسيا وإيران. ويمثل الوفد التركي أحمد يلدز ... فيما يرأس
/// ألكساندر لافرينتيف وفد موسكو": a meeting whose states are named without their persons takes,
/// for each state, the one person of it that the next sentences name as heading or representing its
/// delegation (frame-words.tsv delegation-head).
/// </summary>
internal sealed class DelegationHeads(FrameRules rules)
{
    /// <summary>How many sentences after a meeting its delegations may be presented.</summary>
    private const int SentenceReach = 2;

    public IReadOnlyList<EventMention> Name(IReadOnlyList<EventMention> mentions, ArticleView article)
    {
        if (!mentions.Any(NamesStatesOnly))
            return mentions;
        return mentions.Select(m => NamesStatesOnly(m) ? WithHeads(m, article) : m).ToArray();
    }

    private bool NamesStatesOnly(EventMention m) =>
        rules.Lexicons.Types.AbsorbsStatements(m.Type) && m.Participants.Any(p => StatePersons.IsUnnamedState(p.Actor));

    private EventMention WithHeads(EventMention m, ArticleView article)
    {
        var sentences = article.Text.Sentences;
        var heads = Enumerable.Range(m.Sentence + 1, SentenceReach)
            .Where(i => i < sentences.Count && PresentsDelegations(article, sentences[i]))
            .ToHashSet();
        if (heads.Count == 0)
            return m;
        var persons = article.Actors.Select(a => a.Mention).Where(a => heads.Contains(a.Sentence) && StatePersons.IsNamedPerson(a)).ToArray();
        var named = m.Participants.Where(p => p.Actor.Kind == ActorKind.Person && p.Actor.Name is not null).Select(p => p.Actor.Country).ToHashSet();
        var participants = m.Participants
            .Select(p => StatePersons.IsUnnamedState(p.Actor) && !named.Contains(p.Actor.Country) && StatePersons.OnlyOne(persons, p.Actor.Country!) is { } head
                ? p with { Actor = head.Actor, Evidence = head.Span }
                : p)
            .ToArray();
        return m with { Participants = participants };
    }

    private bool PresentsDelegations(ArticleView article, Text.Sentence sentence)
    {
        var tokens = article.Tokens;
        for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
        {
            if (rules.Words.TokenIs(tokens[i], (w, r) => w.IsDelegationHead(r)))
                return true;
        }
        return false;
    }
}
