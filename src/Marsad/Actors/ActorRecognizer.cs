using Marsad.Text;
using Marsad.Time;

namespace Marsad.Actors;

/// <summary>Finds and links actor mentions in a text layer.</summary>
public sealed class ActorRecognizer(KnowledgeBase knowledgeBase)
{
    public KnowledgeBase KnowledgeBase { get; } = knowledgeBase;

    /// <summary>
    /// Actor mentions in document order. <paramref name="articleDate"/> (the publication interval,
    /// when known) selects which person held a role named without a name ("الرئيس الروسي").
    /// </summary>
    public IReadOnlyList<ActorMention> Recognize(TextLayer text, DateInterval? articleDate) =>
        new RecognitionRun(KnowledgeBase, text, articleDate).Execute();
}

/// <summary>One pass over one document: lexicon hits per sentence, then patterns over the hits.</summary>
internal sealed class RecognitionRun
{
    /// <summary>Roles in the order they describe a person when several overlap the article date.</summary>
    private static readonly string[] RolePriority =
        ["head_of_state", "head_of_government", "foreign_minister", "defence_minister", "intelligence_chief", "envoy"];

    private sealed record Hit(int Start, int End, IReadOnlyList<LexEntry> Entries, string FirstReading)
    {
        public LexEntry? Of(LexKind kind) => Entries.FirstOrDefault(e => e.Kind == kind);
        public bool Has(LexKind kind) => Entries.Any(e => e.Kind == kind);
    }

    /// <summary>A name after a title: a KB person (Person set) or a name as printed.</summary>
    private sealed record NameRead(int Start, int End, int StartOffset, Person? Person, string Surface, bool Ambiguous, string How);

    private sealed record TitleRead(int Start, int End, Title Title, string? Country, string? CountryHow, string? Former);

    private readonly KnowledgeBase kb;
    private readonly TextLayer layer;
    private readonly DateInterval? date;
    private readonly IReadOnlyList<Token> tokens;
    private readonly IReadOnlyList<string>[] firstReadings;
    private readonly IReadOnlyList<string>[] innerReadings;
    private readonly List<ActorMention> mentions = [];
    private readonly Dictionary<string, ActorRef> personMemory = new(StringComparer.Ordinal);
    private Dictionary<int, Hit> hitsByStart = [];
    private int sentenceIndex;
    private int sentenceEnd;

    public RecognitionRun(KnowledgeBase kb, TextLayer layer, DateInterval? date)
    {
        this.kb = kb;
        this.layer = layer;
        this.date = date;
        tokens = layer.Tokens;
        firstReadings = new IReadOnlyList<string>[tokens.Count];
        innerReadings = new IReadOnlyList<string>[tokens.Count];
        for (var i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            firstReadings[i] = t.Readings;
            var word = LexKey.Word(t.Norm, t.Kind);
            innerReadings[i] = word == t.Norm ? [t.Norm] : [t.Norm, word];
        }
    }

    public IReadOnlyList<ActorMention> Execute()
    {
        var lexicon = kb.Lexicon;
        foreach (var sentence in layer.Sentences)
        {
            sentenceIndex = sentence.Index;
            sentenceEnd = sentence.EndToken;
            var hits = new List<Hit>();
            var i = sentence.FirstToken;
            while (i < sentenceEnd)
            {
                var found = lexicon.Trie.Longest(i, sentenceEnd, Readings);
                if (found is { } f && Fitting(i, f.End, f.Values, f.FirstReading) is { Count: > 0 } values)
                {
                    hits.Add(new Hit(i, f.End, values, f.FirstReading));
                    i = f.End;
                }
                else
                {
                    i++;
                }
            }
            hitsByStart = hits.ToDictionary(h => h.Start);
            var k = sentence.FirstToken;
            while (k < sentenceEnd)
                k = hitsByStart.TryGetValue(k, out var hit) ? Handle(hit) : k + 1;
        }
        return BackfillRoles();
    }

    /// <summary>
    /// A name met before the title that presents it ("المقداد" in a headline, "وزير الخارجية
    /// السوري فيصل المقداد" below) takes the role the document gives that person.
    /// </summary>
    private IReadOnlyList<ActorMention> BackfillRoles()
    {
        for (var i = 0; i < mentions.Count; i++)
        {
            var m = mentions[i];
            if (m.Kind == MentionKind.Name && m.Actor.Role is null && m.Actor.Id is { } id
                && personMemory.TryGetValue(id, out var known) && known.Role is not null)
                mentions[i] = m with { Actor = known, Evidence = m.Evidence + $"; role from later mention ({known.Role})" };
        }
        return mentions;
    }

    /// <summary>
    /// Entries ordered by how literally they match the printed words (so "وزير خارجية" prefers the
    /// construct row and "وزير الخارجية" the definite one); titles, honorifics, cues and markers
    /// listed with the article need it in the text ("الفريق" is a rank, "فريق" a team).
    /// </summary>
    private List<LexEntry> Fitting(int start, int end, IReadOnlyList<LexEntry> values, string firstReading)
    {
        var printed = new List<string>(end - start);
        var firstNorm = tokens[start].Norm;
        printed.Add(firstNorm.EndsWith("ال" + firstReading, StringComparison.Ordinal) ? "ال" + firstReading
            : firstNorm.EndsWith("ل" + firstReading, StringComparison.Ordinal) && firstNorm.StartsWith("لل", StringComparison.Ordinal) ? "ال" + firstReading
            : firstReading);
        for (var i = start + 1; i < end; i++)
            printed.Add(tokens[i].Norm);
        var scored = new List<(LexEntry Entry, int Score)>();
        foreach (var v in values)
        {
            var literal = v.Literal.Split(' ');
            if (v.Kind is LexKind.Title or LexKind.Honorific or LexKind.Coref or LexKind.Former or LexKind.DualHead
                && literal[0].StartsWith("ال", StringComparison.Ordinal) && !printed[0].StartsWith("ال", StringComparison.Ordinal))
                continue;
            var score = 0;
            for (var k = 0; k < literal.Length && k < printed.Count; k++)
                if (literal[k] == printed[k])
                    score++;
            scored.Add((v, score));
        }
        return scored.OrderByDescending(x => x.Score).Select(x => x.Entry).ToList();
    }

    private IReadOnlyList<string> Readings(int i, bool first) => first ? firstReadings[i] : innerReadings[i];

    private Hit? HitAt(int token) => hitsByStart.GetValueOrDefault(token);

    // ---------------------------------------------------------------- dispatch

    /// <summary>Reads the pattern that starts with <paramref name="hit"/>; returns the next token to look at.</summary>
    private int Handle(Hit hit)
    {
        if (hit.Has(LexKind.Title))
            return HandleTitle(hit) ?? HandleOther(hit);
        if (hit.Has(LexKind.DualHead))
            return HandleDualTitle(hit) ?? hit.End;
        if (hit.Of(LexKind.Coref) is { } cue)
            return HandleCoreference(hit, cue);
        if (hit.Has(LexKind.Person) && !IsCommonWordUse(hit))
            return HandlePerson(hit, hit.Start, "KB name");
        if (hit.Has(LexKind.Honorific))
            return HandleHonorific(hit);
        return HandleOther(hit);
    }

    /// <summary>
    /// A one-word short name of someone the document has not named yet, followed by a definite
    /// noun, is the common word ("سلامة الأراضي"), not the person ("سلامة").
    /// </summary>
    private bool IsCommonWordUse(Hit hit)
    {
        if (hit.End - hit.Start != 1 || !hit.Entries.Where(e => e.Kind == LexKind.Person).All(e => e.IsShort))
            return false;
        if (hit.Entries.Any(e => e.Kind == LexKind.Person && personMemory.ContainsKey(e.Id)))
            return false;
        var next = hit.End;
        return next < sentenceEnd && tokens[next].Kind == TokenKind.Word && HitAt(next) is null
            && tokens[next].Norm.StartsWith("ال", StringComparison.Ordinal) && tokens[next].Norm.Length > 3;
    }

    private int HandleOther(Hit hit)
    {
        var country = hit.Of(LexKind.Country);
        var demonym = hit.Of(LexKind.Demonym);
        if (country is not null || demonym is not null)
        {
            var asDemonym = demonym is not null && (country is null || HasArticle(hit) && !country.Literal.StartsWith("ال", StringComparison.Ordinal));
            var e = asDemonym ? demonym! : country!;
            EmitTokens(hit.Start, hit.End, CountryRef(e.Id), asDemonym ? MentionKind.Demonym : MentionKind.Country,
                asDemonym ? $"demonym '{e.Literal}' ({e.Detail})" : $"country name '{e.Literal}'");
            return hit.End;
        }
        if ((hit.Of(LexKind.Capital) ?? hit.Of(LexKind.Metonym)) is { } cap)
        {
            EmitTokens(hit.Start, hit.End, CountryRef(cap.Id), MentionKind.Capital,
                cap.Kind == LexKind.Capital ? $"capital of {cap.Id}" : $"metonym of {cap.Id}");
            return hit.End;
        }
        if (hit.Of(LexKind.Organization) is { } org)
        {
            var o = kb.FindOrganization(org.Id);
            var end = hit.End;
            var orgCountry = o?.Country;
            var evidence = $"organisation '{o?.NameAr ?? org.Id}'";
            if (orgCountry is null && HitAt(end)?.Of(LexKind.Demonym) is { } dem)
            {
                orgCountry = dem.Id;
                evidence += $" + demonym ({dem.Id})";
                end = HitAt(end)!.End;
            }
            EmitTokens(hit.Start, end, new ActorRef(ActorKind.Organization, org.Id, o?.NameAr, orgCountry, null), MentionKind.Organization, evidence);
            return end;
        }
        if (hit.Of(LexKind.Place) is { } place)
        {
            var end = hit.End;
            var evidence = $"place '{place.Id}' in {place.Country ?? "no single state"}";
            if (HitAt(end)?.Of(LexKind.Demonym) is { } dem && dem.Id == place.Country)
            {
                evidence += " + demonym";
                end = HitAt(end)!.End;
            }
            EmitTokens(hit.Start, end, new ActorRef(ActorKind.Place, "place:" + place.Id, place.Id, place.Country, null), MentionKind.Place, evidence);
            return end;
        }
        return hit.End;
    }

    private bool HasArticle(Hit hit)
    {
        var norm = tokens[hit.Start].Norm;
        foreach (var prefix in new[] { "ال", "وال", "فال", "بال", "كال", "لل", "ولل", "فلل", "وبال", "فبال" })
            if (norm.StartsWith(prefix, StringComparison.Ordinal) && LexKey.Word("ال" + norm[prefix.Length..]) == hit.FirstReading)
                return true;
        return false;
    }

    // ---------------------------------------------------------------- titles

    private int? HandleTitle(Hit hit)
    {
        var read = ReadTitle(hit);
        if (read is null)
            return null;
        var title = read.Title;
        var country = read.Country;
        var how = read.CountryHow;
        if (title.NeedsCountry == TitleCountry.Possessor)
        {
            var possessor = mentions.LastOrDefault(m => m.Sentence == sentenceIndex && m.Start < tokens[hit.Start].Start && m.Actor.Country is not null);
            if (possessor is null)
                return read.End;
            country = possessor.Actor.Country;
            how = $"possessor '{possessor.Surface}'";
        }
        var name = ReadName(read.End, allowComma: true);
        if (name is not null)
        {
            EmitTitledPerson(read with { Country = country, CountryHow = how }, name, StartAfterClitics(hit.Start), null);
            return name.End;
        }
        EmitTitleOnly(read with { Country = country, CountryHow = how }, StartAfterClitics(hit.Start), tokens[read.End - 1].End);
        return read.End;
    }

    /// <summary>Title phrase, then its country (demonym, country name, "في"/"لدى" + country) and former-office marker.</summary>
    private TitleRead? ReadTitle(Hit hit)
    {
        var title = hit.Entries.Where(e => e.Kind == LexKind.Title).Select(e => kb.TitleByKey(e.Id)).FirstOrDefault(t => t is not null);
        if (title is null)
            return null;
        var p = hit.End;
        string? country = null, how = null, former = null;
        for (var round = 0; round < 2; round++)
        {
            if (country is null && title.NeedsCountry is TitleCountry.Optional or TitleCountry.Required && ReadCountrySpec(ref p) is { } spec)
                (country, how) = spec;
            if (former is null && HitAt(p)?.Of(LexKind.Former) is { } f)
            {
                former = f.Literal;
                p = HitAt(p)!.End;
            }
        }
        if (title.NeedsCountry == TitleCountry.Required && country is null)
            return null;
        if (country is null && title.ImpliedCountry is { } implied)
            (country, how) = (implied, "implied by the title");
        return new TitleRead(hit.Start, p, title, country, how, former);
    }

    private (string Country, string How)? ReadCountrySpec(ref int p)
    {
        var h = HitAt(p);
        if ((h?.Of(LexKind.Demonym) ?? h?.Of(LexKind.Country)) is { } e)
        {
            p = h!.End;
            return (e.Id, $"{(e.Kind == LexKind.Demonym ? "demonym" : "country")} '{e.Literal}'");
        }
        if (p < sentenceEnd && tokens[p].Norm is "في" or "لدي" && HitAt(p + 1)?.Of(LexKind.Country) is { } c)
        {
            p = HitAt(p + 1)!.End;
            return (c.Id, $"'في' + country '{c.Literal}'");
        }
        return null;
    }

    /// <summary>Optional comma and honorifics, then a KB person or a name as printed.</summary>
    private NameRead? ReadName(int p, bool allowComma, bool stripConjunction = false)
    {
        var start = p;
        if (allowComma && p < sentenceEnd && IsComma(tokens[p]))
        {
            p++;
            // "وزير خارجية السعودية، والشيخ محمد ...": after a comma, a conjunction opens the next
            // item of a list; the title belongs to the name before it, not to this one.
            if (p < sentenceEnd && tokens[p].Norm.Length > 2 && tokens[p].Norm[0] == 'و' && !ArabicClitics.IsGuarded(tokens[p].Norm))
                return null;
        }
        var honorific = "";
        while (HitAt(p) is { } h && h.Has(LexKind.Honorific) && !h.Has(LexKind.Person))
        {
            honorific = $" after honorific '{h.Of(LexKind.Honorific)!.Literal}'";
            p = h.End;
        }
        if (HitAt(p) is { } ph && ph.Has(LexKind.Person))
        {
            var (person, ambiguous) = ResolvePerson(ph);
            var startOffset = StartAfterClitics(p);
            return new NameRead(p, ph.End, startOffset, person, layer.Slice(startOffset, tokens[ph.End - 1].End), ambiguous,
                (ph.Entries.All(e => e.IsShort) ? "KB short name" : "KB name") + honorific);
        }
        var unknown = ReadUnknownName(p, stripConjunction);
        if (unknown is not null)
            return unknown with { How = unknown.How + honorific };
        _ = start;
        return null;
    }

    /// <summary>A word as spelled (diacritics dropped, letters not folded): stop words must not catch names ("على" vs "علي").</summary>
    private static string RawWord(string surface, bool dropConjunction)
    {
        var raw = new string(surface.Where(c => !ArabicNormalizer.IsDropped(c)).ToArray());
        return dropConjunction && raw.Length > 1 ? raw[1..] : raw;
    }

    private static bool IsComma(Token t) => t.Kind == TokenKind.Punctuation && t.Norm is "،" or ",";

    /// <summary>
    /// A name as printed for a person missing from the KB: one or two words, stopping at
    /// punctuation, lexicon hits and stop words (rules/name-stopwords.tsv); binders (عبد، أبو، بن)
    /// attach to the next word.
    /// </summary>
    private NameRead? ReadUnknownName(int p, bool stripConjunction)
    {
        var i = p;
        var words = 0;
        var pendingBinder = false;
        while (i < sentenceEnd)
        {
            var t = tokens[i];
            if (t.Kind != TokenKind.Word || HitAt(i) is not null)
                break;
            var norm = i == p && stripConjunction && t.Norm.Length > 3 && t.Norm.StartsWith('و') ? t.Norm[1..] : t.Norm;
            var raw = RawWord(t.Surface, i == p && stripConjunction && norm != t.Norm);
            if (kb.NameStopwords.Contains(raw))
                break;
            // Tanween marks an indefinite noun or adverb ("اتصالاً هاتفياً"): never a proper name.
            if (t.Surface.Any(c => c is '\u064B' or '\u064C' or '\u064D'))
                break;
            if (i == p && norm.StartsWith("ال", StringComparison.Ordinal))
                break;
            // Two name words at most (binders aside): a third is as often the verb's object
            // ("أوباما القرار") as a family name; KB names cover the longer forms.
            if (words == 2 && !pendingBinder)
                break;
            // "لبحث التطورات": a preposition glued to a word followed by a definite noun is not a name.
            if (i == p + 1 && norm.StartsWith("ال", StringComparison.Ordinal) && tokens[p].Norm[0] is 'ل' or 'ب' or 'ك')
                return null;
            if (i > p && !pendingBinder && raw.StartsWith('و'))
                break;
            if (kb.NameBinders.Contains(norm))
            {
                pendingBinder = true;
            }
            else
            {
                pendingBinder = false;
                words++;
            }
            i++;
        }
        if (pendingBinder)
            i--;
        if (words == 0 || i == p)
            return null;
        // One word is a name only when the clause ends after it ("الرئيس ماكرون، ...").
        if (words == 1 && i < sentenceEnd && tokens[i].Kind != TokenKind.Punctuation
            && !kb.NameStopwords.Contains(RawWord(tokens[i].Surface, false)))
            return null;
        var startOffset = tokens[p].Start + (stripConjunction && tokens[p].Norm.StartsWith('و') && tokens[p].Norm.Length > 3 ? 1 : 0);
        return new NameRead(p, i, startOffset, null, layer.Slice(startOffset, tokens[i - 1].End), false, "name as printed");
    }

    private void EmitTitledPerson(TitleRead read, NameRead name, int startOffset, string? prefixEvidence)
    {
        var title = read.Title;
        var country = read.Country ?? name.Person?.Country;
        var countryHow = read.Country is not null ? read.CountryHow : name.Person?.Country is not null ? "KB person" : null;
        var role = title.AppliesTo(country) ? title.Role : null;
        var endOffset = Math.Max(tokens[name.End - 1].End, tokens[read.End - 1].End);
        var evidence = $"{prefixEvidence}title '{title.Phrase}'" + (countryHow is null ? "" : $" + {countryHow}") + $" + {name.How}";
        if (read.Former is not null)
        {
            var current = name.Person is null ? null : CurrentRole(name.Person);
            var actor = new ActorRef(ActorKind.Person, name.Person?.Id, name.Person?.NameAr ?? name.Surface, country,
                current?.Role);
            Emit(startOffset, endOffset, actor, MentionKind.TitleName, evidence + $"; '{read.Former}': not in office", null);
            return;
        }
        RoleSpan? term = null;
        if (name.Person is not null && role is not null)
        {
            term = Term(name.Person.Id, role, country);
            evidence += term is null ? "; no KB term" : $"; term {Format(term)}";
        }
        var personRef = new ActorRef(ActorKind.Person, name.Person?.Id, name.Person?.NameAr ?? name.Surface, country, role);
        Remember(personRef);
        Emit(startOffset, endOffset, personRef, MentionKind.TitleName, evidence, term);
    }

    /// <summary>A title without a name: an earlier mention of that office, else the holder on the article date.</summary>
    private void EmitTitleOnly(TitleRead read, int startOffset, int endOffset)
    {
        var title = read.Title;
        var country = read.Country;
        var role = title.AppliesTo(country) ? title.Role : null;
        var evidence = $"title '{title.Phrase}'" + (read.CountryHow is null ? "" : $" + {read.CountryHow}");
        if (read.Former is not null || role is null)
        {
            Emit(startOffset, endOffset, new ActorRef(ActorKind.Person, null, null, country, null), MentionKind.Title,
                evidence + (read.Former is null ? "; role does not apply" : $"; '{read.Former}': not in office"));
            return;
        }
        Emit(startOffset, endOffset, ResolveOffice(role, country, ref evidence), MentionKind.Title, evidence);
    }

    /// <summary>The person in an office: earlier in the document, else the unique KB holder on the article date.</summary>
    private ActorRef ResolveOffice(string role, string? country, ref string evidence)
    {
        // Without a country only a recent mention can tell which office holder "الرئيس" is.
        var earlier = mentions.LastOrDefault(m => m.Actor.Kind == ActorKind.Person && m.Actor.Role == role
            && (country is null ? m.Sentence >= sentenceIndex - 2 : m.Actor.Country == country) && m.Actor.Name is not null);
        if (earlier is not null)
        {
            evidence += $"; earlier mention '{earlier.Surface}'";
            return earlier.Actor;
        }
        if (country is not null && date is { } when)
        {
            var holders = kb.TermsOf(country, role, when);
            var ids = holders.Select(h => h.PersonId).Distinct().ToArray();
            if (ids.Length == 1 && kb.FindPerson(ids[0]) is { } p)
            {
                evidence += $"; holder on {when}: term {Format(holders[0])}";
                return Remember(new ActorRef(ActorKind.Person, p.Id, p.NameAr, country, role));
            }
            evidence += ids.Length == 0 ? $"; no KB holder on {when}" : $"; {ids.Length} KB holders on {when}";
        }
        else if (country is not null)
        {
            evidence += "; article date unknown";
        }
        return new ActorRef(ActorKind.Person, null, null, country, role);
    }

    private int? HandleDualTitle(Hit hit)
    {
        var singular = LexKey.Word(ArabicNormalizer.Key(hit.Of(LexKind.DualHead)!.Id));
        var first = ReadPortfolio(singular, hit.End, conjunction: false);
        if (first is null)
            return null;
        var second = ReadPortfolio(singular, first.Value.End, conjunction: true);
        if (second is null)
            return null;
        var p = second.Value.End;
        string? country = null, how = null, former = null;
        if (ReadCountrySpec(ref p) is { } spec)
            (country, how) = spec;
        if (HitAt(p)?.Of(LexKind.Former) is { } f)
        {
            former = f.Literal;
            p = HitAt(p)!.End;
        }
        var read1 = new TitleRead(hit.Start, p, first.Value.Title, country ?? first.Value.Title.ImpliedCountry, how, former);
        var read2 = read1 with { Title = second.Value.Title, Country = country ?? second.Value.Title.ImpliedCountry };
        var name1 = ReadName(p, allowComma: true);
        var name2 = name1 is null || name1.End >= sentenceEnd || !tokens[name1.End].Norm.StartsWith('و')
            ? null
            : ReadName(name1.End, allowComma: false, stripConjunction: true);
        if (name1 is not null && name2 is not null)
        {
            EmitTitledPerson(read1, name1, StartAfterClitics(hit.Start), "dual ");
            EmitTitledPerson(read2, name2, name2.StartOffset, "dual ");
            return name2.End;
        }
        var span = (StartAfterClitics(hit.Start), tokens[p - 1].End);
        EmitTitleOnly(read1, span.Item1, span.Item2);
        EmitTitleOnly(read2, span.Item1, span.Item2);
        return p;
    }

    /// <summary>"الخارجية" / "والدفاع" after a dual head: the title the singular head forms with it.</summary>
    private (Title Title, int End)? ReadPortfolio(string singularKey, int p, bool conjunction)
    {
        if (p >= sentenceEnd)
            return null;
        if (conjunction && !tokens[p].Norm.StartsWith('و'))
            return null;
        IReadOnlyList<string> Virtual(int i, bool isFirst) =>
            i == p - 1 ? [singularKey] : i == p && conjunction ? firstReadings[i] : innerReadings[i];
        var found = kb.Lexicon.Trie.Longest(p - 1, sentenceEnd, Virtual);
        if (found is not { } f || f.End <= p)
            return null;
        var title = f.Values.Where(v => v.Kind == LexKind.Title).Select(v => kb.TitleByKey(v.Id)).FirstOrDefault(t => t is not null);
        return title is null ? null : (title, f.End);
    }

    // ---------------------------------------------------------------- names

    private int HandlePerson(Hit hit, int startToken, string how)
    {
        var (person, ambiguous) = ResolvePerson(hit);
        var surfaceStart = StartAfterClitics(hit.Start);
        var startOffset = startToken == hit.Start ? surfaceStart : tokens[startToken].Start;
        var name = new NameRead(hit.Start, hit.End, surfaceStart, person, layer.Slice(surfaceStart, tokens[hit.End - 1].End), ambiguous,
            hit.Entries.All(e => e.IsShort) ? "KB short name" : how);

        // Apposition: "فيصل المقداد، وزير الخارجية والمغتربين" (a title with no name of its own).
        var p = hit.End;
        var q = p < sentenceEnd && IsComma(tokens[p]) ? p + 1 : p;
        if (person is not null && HitAt(q) is { } th && th.Has(LexKind.Title) && ReadTitle(th) is { } read
            && read.Title.NeedsCountry != TitleCountry.Possessor && ReadName(read.End, allowComma: false) is null)
        {
            EmitTitledPerson(read, name, startOffset, "apposition: ");
            return read.End;
        }

        if (person is null)
        {
            var actor = new ActorRef(ActorKind.Person, null, name.Surface, null, null);
            Emit(startOffset, tokens[hit.End - 1].End, actor, MentionKind.Name,
                $"{name.How}; ambiguous: {string.Join(", ", hit.Entries.Where(e => e.Kind == LexKind.Person).Select(e => e.Id).Distinct())}");
            return hit.End;
        }
        var (personRef, evidence) = DescribePerson(person, name.How);
        Emit(startOffset, tokens[hit.End - 1].End, personRef, MentionKind.Name, evidence);
        return hit.End;
    }

    private int HandleHonorific(Hit hit)
    {
        if (HitAt(hit.End) is { } next && (next.Has(LexKind.Title) || next.Has(LexKind.DualHead)))
            return hit.End;
        if (HitAt(hit.End) is { } personHit && personHit.Has(LexKind.Person))
            return HandlePerson(personHit, hit.Start, $"KB name after honorific '{hit.Of(LexKind.Honorific)!.Literal}'");
        var name = ReadName(hit.Start, allowComma: false);
        if (name is null)
            return hit.End;
        if (name.Person is not null)
        {
            var (personRef, evidence) = DescribePerson(name.Person, name.How);
            Emit(tokens[hit.Start].Start, tokens[name.End - 1].End, personRef, MentionKind.Name, evidence);
        }
        else
        {
            Emit(tokens[hit.Start].Start, tokens[name.End - 1].End, new ActorRef(ActorKind.Person, null, name.Surface, null, null),
                MentionKind.Name, name.How);
        }
        return name.End;
    }

    /// <summary>The person's role: as the document presented them earlier, else the KB role on the article date.</summary>
    private (ActorRef Actor, string Evidence) DescribePerson(Person person, string how)
    {
        if (personMemory.TryGetValue(person.Id, out var known) && known.Role is not null)
            return (known, how + $"; role from earlier mention ({known.Role})");
        var current = CurrentRole(person);
        var actor = new ActorRef(ActorKind.Person, person.Id, person.NameAr, (current?.Country is { Length: > 0 } c ? c : person.Country), current?.Role);
        var evidence = how + (current is null ? "" : date is null ? $"; only KB role {current.Role}" : $"; KB role on {date}: {current.Role} {Format(current)}");
        return (Remember(actor), evidence);
    }

    /// <summary>The person's role on the article date (by priority), or their only role when the date is unknown.</summary>
    private RoleSpan? CurrentRole(Person person)
    {
        var all = kb.RolesOf(person.Id);
        if (date is { } when)
        {
            var now = all.Where(r => KnowledgeBase.Overlaps(r, when)).ToArray();
            return now.OrderBy(r => Priority(r.Role)).FirstOrDefault();
        }
        var distinct = all.Select(r => (r.Role, r.Country)).Distinct().ToArray();
        return distinct.Length == 1 ? all[^1] : null;
    }

    private static int Priority(string role)
    {
        var i = Array.IndexOf(RolePriority, role);
        return i < 0 ? RolePriority.Length : i;
    }

    /// <summary>The KB term of a role presented in the text; with several terms, the one on the article date.</summary>
    private RoleSpan? Term(string personId, string role, string? country)
    {
        var terms = kb.RolesOf(personId).Where(r => r.Role == role && (country is null || r.Country == country)).ToArray();
        if (date is { } when)
            terms = terms.Where(r => KnowledgeBase.Overlaps(r, when)).ToArray();
        return terms.Length == 1 ? terms[0] : null;
    }

    /// <summary>The person a name hit stands for: unique id, else the one met earlier in the document, else the one in office.</summary>
    private (Person? Person, bool Ambiguous) ResolvePerson(Hit hit)
    {
        var ids = hit.Entries.Where(e => e.Kind == LexKind.Person).Select(e => e.Id).Distinct().ToArray();
        if (ids.Length == 1)
            return (kb.FindPerson(ids[0]), false);
        var earlier = ids.Where(personMemory.ContainsKey).ToArray();
        if (earlier.Length == 1)
            return (kb.FindPerson(earlier[0]), false);
        if (date is { } when)
        {
            var inOffice = ids.Where(id => kb.RolesOf(id, when).Count > 0).ToArray();
            if (inOffice.Length == 1)
                return (kb.FindPerson(inOffice[0]), false);
        }
        return (null, true);
    }

    private ActorRef Remember(ActorRef actor)
    {
        if (actor.Id is not null && (actor.Role is not null || !personMemory.ContainsKey(actor.Id)))
            personMemory[actor.Id] = actor;
        return actor;
    }

    // ---------------------------------------------------------------- coreference

    private int HandleCoreference(Hit hit, LexEntry cue)
    {
        var start = StartAfterClitics(hit.Start);
        switch (cue.Detail)
        {
            case "counterpart":
                return HandleCounterpart(hit);
            case "minister":
                {
                    var name = ReadName(hit.End, allowComma: true);
                    if (name is not null)
                    {
                        if (name.Person is not null)
                        {
                            var (actor, evidence) = DescribePerson(name.Person, name.How);
                            Emit(start, tokens[name.End - 1].End, actor, MentionKind.Name, $"'{cue.Literal}' + {evidence}");
                        }
                        else
                        {
                            Emit(start, tokens[name.End - 1].End, new ActorRef(ActorKind.Person, null, name.Surface, null, null),
                                MentionKind.Name, $"'{cue.Literal}' + {name.How}");
                        }
                        return name.End;
                    }
                    var rule = kb.Cue(cue.Id);
                    var minister = LastPerson(m => rule?.Accepts(m.Actor.Role) ?? m.Actor.Role is not null);
                    if (minister is not null)
                        Emit(start, tokens[hit.End - 1].End, minister.Actor, MentionKind.Coreference, $"'{cue.Literal}' -> '{minister.Surface}'");
                    return hit.End;
                }
            case "pair_actors":
            case "pair_persons":
            case "pair_countries":
                {
                    var group = Pair(cue.Detail, kb.Cue(cue.Id));
                    if (group.Count == 2)
                    {
                        var kind = group[0].Kind;
                        Emit(start, tokens[hit.End - 1].End, new ActorRef(kind, null, layer.Slice(start, tokens[hit.End - 1].End), null, null),
                            MentionKind.Coreference, $"'{cue.Literal}' -> {string.Join(" + ", group.Select(Describe))}", group: group);
                    }
                    return hit.End;
                }
            case "speaker_country":
                {
                    var speaker = LastPerson(m => m.Actor.Country is not null);
                    if (speaker is not null)
                        Emit(start, tokens[hit.End - 1].End, CountryRef(speaker.Actor.Country!), MentionKind.Coreference,
                            $"'{cue.Literal}' -> country of '{speaker.Surface}'");
                    return hit.End;
                }
            case "guarantors":
                return HandleGuarantors(hit, cue);
            default:
                return hit.End;
        }
    }

    private int HandleCounterpart(Hit hit)
    {
        var start = StartAfterClitics(hit.Start);
        var subject = LastPerson(m => m.Actor.Role is not null);
        var role = subject?.Actor.Role;
        var p = hit.End;
        string? country = null;
        var evidence = $"'{tokens[hit.Start].Surface}' (counterpart of '{subject?.Surface}')";
        if (ReadCountrySpec(ref p) is { } spec)
        {
            country = spec.Country;
            evidence += $" + {spec.How}";
        }
        var name = ReadName(p, allowComma: true);
        if (name is not null)
        {
            country ??= name.Person?.Country;
            var term = name.Person is not null && role is not null ? Term(name.Person.Id, role, country) : null;
            var actor = new ActorRef(ActorKind.Person, name.Person?.Id, name.Person?.NameAr ?? name.Surface, country, role);
            Remember(actor);
            Emit(start, tokens[name.End - 1].End, actor, MentionKind.Coreference,
                evidence + $" + {name.How}" + (term is null ? "" : $"; term {Format(term)}"), term);
            return name.End;
        }
        if (country is null && subject is not null)
        {
            var other = OtherCountry(subject.Actor.Country);
            if (other is not null)
            {
                country = other;
                evidence += $"; other party {other}";
            }
        }
        var resolved = role is null
            ? new ActorRef(ActorKind.Person, null, null, country, null)
            : ResolveOffice(role, country, ref evidence);
        Emit(start, tokens[p - 1].End, resolved, MentionKind.Coreference, evidence);
        return p;
    }

    private int HandleGuarantors(Hit hit, LexEntry cue)
    {
        var start = StartAfterClitics(hit.Start);
        var p = hit.End;
        Organization? format = null;
        if (HitAt(p)?.Of(LexKind.Organization) is { } o && kb.FindOrganization(o.Id) is { Members.Count: > 1 } org)
        {
            format = org;
            p = HitAt(p)!.End;
        }
        var group = new List<ActorRef>();
        var end = p;
        var open = p;
        while (open < sentenceEnd && open < p + 6 && tokens[open].Norm != "(")
            open++;
        if (open < sentenceEnd && tokens[open].Norm == "(")
        {
            var q = open + 1;
            while (q < sentenceEnd && tokens[q].Norm != ")")
            {
                if (HitAt(q) is { } h)
                {
                    if (h.Of(LexKind.Country) is { } c)
                        group.Add(CountryRef(c.Id));
                    q = h.End;
                }
                else
                {
                    q++;
                }
            }
            if (q < sentenceEnd && group.Count > 0)
                end = q + 1;
        }
        var evidence = $"'{cue.Literal}'";
        if (group.Count > 0)
        {
            evidence += " + countries in brackets";
        }
        else
        {
            format ??= mentions.Where(m => m.Kind == MentionKind.Organization && m.Actor.Id is not null)
                .Select(m => kb.FindOrganization(m.Actor.Id!)).LastOrDefault(x => x is { Members.Count: > 1 });
            if (format is not null)
            {
                group.AddRange(format.Members.Select(CountryRef));
                evidence += $" + members of '{format.NameAr}'";
            }
        }
        if (group.Count > 0)
            Emit(start, tokens[end - 1].End, new ActorRef(ActorKind.Organization, format?.Id, cue.Literal, null, null),
                MentionKind.Coreference, evidence, group: group);
        return end;
    }

    /// <summary>The nearest earlier person mention (this sentence first, then earlier ones).</summary>
    private ActorMention? LastPerson(Func<ActorMention, bool> where) =>
        mentions.LastOrDefault(m => m.Actor.Kind == ActorKind.Person && m.Actor.Name is not null && where(m));

    private string? OtherCountry(string? subjectCountry)
    {
        for (var i = mentions.Count - 1; i >= 0 && mentions[i].Sentence >= sentenceIndex - 2; i--)
        {
            var m = mentions[i];
            if (m.Group is null && m.Actor.Country is { } c && c != subjectCountry && m.Actor.Kind is ActorKind.Person or ActorKind.Country)
                return c;
        }
        return null;
    }

    /// <summary>The two most recent distinct actors of the preceding context.</summary>
    private List<ActorRef> Pair(string type, CorefCue? rule)
    {
        var persons = new List<ActorRef>();
        var countries = new List<ActorRef>();
        ActorRef? sameCountryFallback = null;
        for (var i = mentions.Count - 1; i >= 0; i--)
        {
            var m = mentions[i];
            foreach (var a in m.Group ?? [m.Actor])
            {
                // The two sides of a meeting: prefer a second person of another state.
                if (a.Kind == ActorKind.Person && a.Name is not null && persons.Count < 2 && persons.All(x => x.Key != a.Key)
                    && m.Sentence >= sentenceIndex - 6 && (rule?.Accepts(a.Role) ?? true))
                {
                    if (persons.Count == 1 && a.Country is not null && a.Country == persons[0].Country)
                        sameCountryFallback ??= a;
                    else
                        persons.Add(a);
                }
                if (a.Country is { } c && countries.Count < 2 && countries.All(x => x.Country != c) && a.Kind != ActorKind.Place)
                    countries.Add(CountryRef(c));
            }
            if (persons.Count == 2 && countries.Count == 2)
                break;
        }
        if (persons.Count == 1 && sameCountryFallback is not null)
            persons.Add(sameCountryFallback);
        return type switch
        {
            "pair_persons" => persons,
            "pair_countries" => countries,
            _ => persons.Count == 2 ? persons : countries,
        };
    }

    // ---------------------------------------------------------------- output

    private ActorRef CountryRef(string iso3) =>
        new(ActorKind.Country, iso3, kb.FindCountry(iso3)?.NameAr, iso3, null);

    private static string Describe(ActorRef a) => a.Kind == ActorKind.Person ? $"{a.Name} ({a.Country})" : a.Country ?? a.Name ?? "?";

    private static string Format(RoleSpan r) => $"{r.From:yyyy-MM-dd}..{(r.To is { } to ? to.ToString("yyyy-MM-dd") : "")}";

    private void EmitTokens(int startToken, int endToken, ActorRef actor, MentionKind kind, string evidence) =>
        Emit(StartAfterClitics(startToken), tokens[endToken - 1].End, actor, kind, evidence);

    /// <summary>
    /// Original offset where the matched word starts once a conjunction or preposition is left out
    /// ("ودمشق" → "دمشق", "والسوريين" → "السوريين"); the article stays part of the mention.
    /// </summary>
    private int StartAfterClitics(int token)
    {
        var t = tokens[token];
        var hit = HitAt(token);
        if (hit is null || t.Kind != TokenKind.Word || hit.FirstReading == t.Norm || !t.Norm.EndsWith(hit.FirstReading, StringComparison.Ordinal))
            return t.Start;
        var prefix = t.Norm[..^hit.FirstReading.Length];
        if (prefix.EndsWith("ال", StringComparison.Ordinal))
            prefix = prefix[..^2];
        else if (prefix.EndsWith("لل", StringComparison.Ordinal))
            return t.Start;
        var letters = 0;
        for (var i = 0; i < t.Surface.Length; i++)
        {
            if (letters == prefix.Length)
                return t.Start + i;
            if (!ArabicNormalizer.IsDropped(t.Surface[i]))
                letters++;
        }
        return t.Start;
    }

    private void Emit(int start, int end, ActorRef actor, MentionKind kind, string evidence, RoleSpan? attested = null,
        IReadOnlyList<ActorRef>? group = null) =>
        mentions.Add(new ActorMention(start, end, layer.Slice(start, end), actor, kind, sentenceIndex, evidence, attested, group));
}
