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
        var persons = article.Actors.Where(a => heads.Contains(a.Mention.Sentence))
            .Select(a => OfDelegation(a, article))
            .Where(StatePersons.IsNamedPerson)
            .ToArray();
        var named = m.Participants.Where(p => p.Actor.Kind == ActorKind.Person && p.Actor.Name is not null).Select(p => p.Actor.Country).ToHashSet();
        var participants = m.Participants
            .Select(p => StatePersons.IsUnnamedState(p.Actor) && !named.Contains(p.Actor.Country) && StatePersons.OnlyOne(persons, p.Actor.Country!) is { } head
                ? p with { Actor = head.Actor, Evidence = head.Span }
                : p)
            .ToArray();
        return m with { Participants = participants };
    }

    /// <summary>How many tokens before a person of no known state the delegation it heads may be named ("ويمثل الوفد التركي ... أحمد يلدز").</summary>
    private const int DelegationReach = 8;

    /// <summary>
    /// A named person of no known state takes the state of the delegation named just before it in its
    /// sentence ("الوفد التركي", a state after an office word of frame-words.tsv); others stay as read.
    /// </summary>
    private ActorMention OfDelegation(LocatedActor person, ArticleView article)
    {
        var m = person.Mention;
        if (m.Actor is not { Kind: ActorKind.Person, Name: not null, Country: null })
            return m;
        var tokens = article.Tokens;
        var delegation = article.Actors.LastOrDefault(a => a.Mention.Sentence == m.Sentence && a.LastToken < person.FirstToken
            && a.LastToken >= person.FirstToken - DelegationReach && a.Mention.Actor.Kind == ActorKind.Country && a.FirstToken > 0
            && rules.Words.TokenIs(tokens[a.FirstToken - 1], (w, r) => w.IsOffice(r)));
        return delegation is null ? m : m with { Actor = m.Actor with { Country = delegation.Mention.Actor.Country } };
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
