using Marsad.Text;

namespace Marsad.Actors.Recognition;

/// <summary>
/// A title shared by several states listed after it (rules/group-titles.tsv): "وزراء خارجية روسيا
/// وتركيا وإيران" is each state's foreign minister, "الرئيسين الجزائري والتونسي" each state's head
/// of state. Each state gives one titled mention: with the name printed after the state when there
/// is one ("وزيرا الدفاع السوري زيد الخالدي واللبناني عمرو الصالح"), else the office holder on the
/// article date. A head followed by fewer than two states reads nothing.
/// </summary>
internal sealed class GroupTitleReader : IActorReader
{
    public IReadOnlyList<LexKind> OpenedBy { get; } = [LexKind.GroupHead];

    public int? Read(RecognitionContext context, Hit hit) => ReadGroup(context, hit, hit.Of(LexKind.GroupHead)!.Id) ?? hit.End;

    /// <summary>The group read from a head whose singular is <paramref name="singular"/>; null when fewer than two states follow its title.</summary>
    public static int? ReadGroup(RecognitionContext context, Hit hit, string singular)
    {
        if (ReadTitle(context, hit, singular) is not { } title)
            return null;
        var states = ReadStates(context, SkipOpener(context, title.End));
        if (states.Count < 2)
            return null;
        for (var i = 0; i < states.Count; i++)
        {
            var (country, how, start, end, name) = states[i];
            var read = new TitleRead(hit.Start, end, title.Title, country, how, null);
            var startOffset = i == 0 ? context.StartAfterClitics(hit.Start) : context.StartAfterClitics(start);
            if (name is not null)
                TitleReader.EmitTitledPerson(context, read, name, startOffset, ActorRule.GroupTitle);
            else
                TitleReader.EmitTitleOnly(context, read, startOffset, context.Tokens[end - 1].End, ActorRule.GroupTitle);
        }
        return states[^1].End;
    }

    /// <summary>The title the head forms as its singular, with the portfolio after it when there is one ("وزراء خارجية" → وزير خارجية).</summary>
    private static (Title Title, int End)? ReadTitle(RecognitionContext context, Hit hit, string singular)
    {
        var key = LexKey.Word(ArabicNormalizer.Key(singular));
        IReadOnlyList<WordSegments> Virtual(int i, bool isFirst) => i == hit.Start ? [WordSegments.Whole(key)] : context.Readings(i, first: false);
        if (context.Kb.Lexicon.Phrases.MatchAt(context.Tokens, hit.Start, context.SentenceEnd, Virtual) is not { } found)
            return null;
        var title = found.Values.Where(v => v.Kind == LexKind.Title).Select(v => context.Kb.TitleByKey(v.Id)).FirstOrDefault(t => t is not null);
        return title is null ? null : (title, found.EndToken);
    }

    /// <summary>Past an opener of rules/list-openers.tsv ("كل من", "دول"), when one stands at <paramref name="p"/>.</summary>
    private static int SkipOpener(RecognitionContext context, int p)
    {
        foreach (var opener in context.Kb.ListOpeners)
        {
            var end = p + opener.Length;
            if (end <= context.SentenceEnd && opener.Select((w, k) => context.Tokens[p + k].Norm == w).All(x => x))
                return end;
        }
        return p;
    }

    /// <summary>The states of the list, each with how it was read, its tokens and the name printed after it.</summary>
    private static List<(string Country, EvidenceStep How, int Start, int End, NameRead? Name)> ReadStates(RecognitionContext context, int p)
    {
        var states = new List<(string, EvidenceStep, int, int, NameRead?)>();
        while (p < context.SentenceEnd)
        {
            var start = p;
            if (states.Count > 0 && context.IsCommaAt(p))
                start = ++p;
            if (states.Count > 0 && start == p && !ArabicClitics.StartsWithWa(context.Tokens[p].Norm) && !context.IsCommaAt(p - 1))
                break;
            if (StateAt(context, p) is not { } state)
                break;
            p = state.End;
            // A name after a state is its holder's when the base knows it or it has two words: one
            // printed word there is as often the verb's object ("وزيرا الدفاع الأردني والعراقي اتفاقا").
            var name = NameReader.ReadName(context, p, allowComma: false) is { } n && (n.Person is not null || n.End - n.Start >= 2) ? n : null;
            states.Add((state.Country, state.How, start, name?.End ?? p, name));
            p = name?.End ?? p;
        }
        return states;
    }

    /// <summary>
    /// A state's name or demonym at <paramref name="p"/>, matched afresh: the sentence's hits were
    /// found without the group title and may have joined the portfolio to the first state
    /// ("خارجية سورية" as the ministry).
    /// </summary>
    private static (string Country, EvidenceStep How, int End)? StateAt(RecognitionContext context, int p)
    {
        if (context.Kb.Lexicon.Phrases.MatchAt(context.Tokens, p, context.SentenceEnd) is not { } found)
            return null;
        var entry = found.Values.FirstOrDefault(v => v.Kind == LexKind.Demonym) ?? found.Values.FirstOrDefault(v => v.Kind == LexKind.Country);
        return entry is null ? null
            : (entry.Id, new EvidenceStep(entry.Kind == LexKind.Demonym ? ActorRule.CountryByDemonym : ActorRule.CountryByName, [entry.Literal]), found.EndToken);
    }
}
