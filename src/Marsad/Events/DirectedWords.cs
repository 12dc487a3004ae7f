using Marsad.Data;
using Marsad.Text;

namespace Marsad.Events;

/// <summary>The roles of Data/events/directed-words.tsv: the words the directed and joint acts beyond consult read.</summary>
internal enum DirectedRole
{
    Envoy,
    Posting,
    HostPronoun,
    Consultation,
    Trade,
    Toward,
    Delivery,
    Destination,
    Document,
    Sponsor,
    Agreement,
    Request,
    Coordinated,
    Copula,
    Consider,
    ReleaseFrom,
    ReleaseOf,
    ReleasedBefore,
    Until,
    Start,
    Ended,
    Proposal,
    Pledge,
    Company,
    Geography,
    TruceBreach,
    Good,
    Relations,
}

/// <summary>
/// The word table of the directed frames (Data/events/directed-words.tsv): one phrase matcher per role,
/// matched on every clitic reading of a word, so "بالسفارة" is a mission and "لدى" a posting.
/// </summary>
internal sealed class DirectedWords
{
    private readonly Dictionary<DirectedRole, PhraseMatcher<string>> _byRole;

    private DirectedWords(Dictionary<DirectedRole, PhraseMatcher<string>> byRole) => _byRole = byRole;

    public static DirectedWords Parse(IReadOnlyList<TsvRow> rows) => new(rows
        .GroupBy(r => ParseRole(r))
        .ToDictionary(g => g.Key, g => EventLexicons.Phrases(g.Select(r => (r.Required("pattern"), r.Required("pattern"))))));

    public static DirectedRole ParseRole(TsvRow row) => row.Required("role") switch
    {
        "envoy" => DirectedRole.Envoy,
        "posting" => DirectedRole.Posting,
        "host-pronoun" => DirectedRole.HostPronoun,
        "consultation" => DirectedRole.Consultation,
        "trade" => DirectedRole.Trade,
        "toward" => DirectedRole.Toward,
        "delivery" => DirectedRole.Delivery,
        "destination" => DirectedRole.Destination,
        "document" => DirectedRole.Document,
        "sponsor" => DirectedRole.Sponsor,
        "agreement" => DirectedRole.Agreement,
        "request" => DirectedRole.Request,
        "coordinated" => DirectedRole.Coordinated,
        "copula" => DirectedRole.Copula,
        "consider" => DirectedRole.Consider,
        "release-from" => DirectedRole.ReleaseFrom,
        "release-of" => DirectedRole.ReleaseOf,
        "released-before" => DirectedRole.ReleasedBefore,
        "until" => DirectedRole.Until,
        "start" => DirectedRole.Start,
        "ended" => DirectedRole.Ended,
        "proposal" => DirectedRole.Proposal,
        "pledge" => DirectedRole.Pledge,
        "company" => DirectedRole.Company,
        "geography" => DirectedRole.Geography,
        "truce-breach" => DirectedRole.TruceBreach,
        "good" => DirectedRole.Good,
        "relations" => DirectedRole.Relations,
        var r => throw new FormatException($"{row.Source}:{row.Line}: unknown role '{r}'"),
    };

    /// <summary>The phrase of <paramref name="role"/> starting at token <paramref name="i"/>, within [i, end).</summary>
    public PhraseMatch<string>? At(DirectedRole role, IReadOnlyList<Token> tokens, int i, int end) =>
        i < end && i < tokens.Count && _byRole.TryGetValue(role, out var m) && tokens[i].Kind == TokenKind.Word ? m.MatchAt(tokens, i, end) : null;

    /// <summary>True when a phrase of <paramref name="role"/> starts at token <paramref name="i"/>.</summary>
    public bool Is(DirectedRole role, IReadOnlyList<Token> tokens, int i) => At(role, tokens, i, tokens.Count) is not null;

    /// <summary>The first phrase of <paramref name="role"/> in tokens [from, to), if any.</summary>
    public PhraseMatch<string>? Find(DirectedRole role, IReadOnlyList<Token> tokens, int from, int to)
    {
        for (var i = Math.Max(0, from); i < to && i < tokens.Count; i++)
        {
            if (At(role, tokens, i, tokens.Count) is { } m)
                return m;
        }
        return null;
    }

    /// <summary>The last phrase of <paramref name="role"/> starting in tokens [from, to), if any.</summary>
    public PhraseMatch<string>? FindLast(DirectedRole role, IReadOnlyList<Token> tokens, int from, int to)
    {
        for (var i = Math.Min(to, tokens.Count) - 1; i >= Math.Max(0, from); i--)
        {
            if (At(role, tokens, i, tokens.Count) is { } m)
                return m;
        }
        return null;
    }
}
