using Marsad.Text;

namespace Marsad.Actors.Recognition;

/// <summary>A title phrase read with its country (and how it was found) and its former-office marker.</summary>
internal sealed record TitleRead(int Start, int End, Title Title, string? Country, EvidenceStep? CountryHow, string? Former);

/// <summary>
/// A title, its country and a name ("وزير الخارجية الروسي سيرغي لافروف"), or a title alone
/// ("الرئيس الروسي"), resolved to the person in that office.
/// </summary>
internal sealed class TitleReader : IActorReader
{
    /// <summary>
    /// Sentences back in which a title printed without a country may take an earlier mention of
    /// that office: further back, "الرئيس" may well be another state's.
    /// </summary>
    private const int UncountriedOfficeWindow = 2;

    /// <summary>Words a title's continuation may take ("والتعاون الإفريقي والمغاربة المقيمين بالخارج").</summary>
    private const int MaxContinuation = 6;

    /// <summary>Offices one person holds at a time in a state.</summary>
    private static readonly HashSet<string> SingleHolderRoles =
        ["head_of_state", "head_of_government", "foreign_minister", "defence_minister", "crown_prince", "supreme_leader"];

    public IReadOnlyList<LexKind> OpenedBy { get; } = [LexKind.Title];

    /// <summary>A phrase that is no title here (a construct title with no country after it) is read as a gazetteer name.</summary>
    public int? Read(RecognitionContext context, Hit hit) =>
        ReadTitleAndName(context, hit) ?? GazetteerReader.ReadName(context, hit);

    private static int? ReadTitleAndName(RecognitionContext context, Hit hit)
    {
        var read = ReadTitle(context, hit);
        if (read is null)
            return null;
        var country = read.Country;
        var how = read.CountryHow;
        if (read.Title.NeedsCountry == TitleCountry.Possessor)
        {
            var possessor = context.Mentions.LastOrDefault(m => m.Sentence == context.SentenceIndex
                && m.Start < context.Tokens[hit.Start].Start && m.Actor.Country is not null);
            if (possessor is null)
                return read.End;
            country = possessor.Actor.Country;
            how = new EvidenceStep(ActorRule.CountryOfPossessor, [possessor.Surface]);
        }
        var titled = read with { Country = country, CountryHow = how };
        var name = NameReader.ReadName(context, read.End, allowComma: true)
            ?? (ContinuationEnd(context, titled) is { } after ? NameReader.ReadName(context, after, allowComma: true) : null)
            ?? (HostEnd(context, titled) is { } host ? NameReader.ReadName(context, host, allowComma: true) : null);
        var holder = OfficeHolder(context, titled);
        if (name is { Person: null } && holder is not null)
            name = PersonRoles.IsSpellingOf(holder, name.Surface) ? name with { Person = holder, How = name.How.Then(ActorRule.SpellingOfHolder) } : null;
        if (name is { Person: { } known } && HoldsInnerOffice(context, known, titled.Title))
            name = null;
        if (name is not null)
        {
            EmitTitledPerson(context, titled, name, context.StartAfterClitics(hit.Start), ActorRule.Title);
            return name.End;
        }
        // Apposition: "أحمد يلدز نائب وزير الخارجية", "لي كيانج، رئيس الوزراء الصيني".
        if (NameBefore(context, hit) is { } printed && ListedHolder(context.Kb, printed, holder) is var before && (holder is null || PersonRoles.IsSpellingOf(holder, before.Surface)))
        {
            var spelled = before with { Person = holder, How = holder is null ? before.How : before.How.Then(ActorRule.SpellingOfHolder) };
            EmitTitledPerson(context, titled, spelled, before.StartOffset, ActorRule.TitleInApposition);
            return titled.End;
        }
        EmitTitleOnly(context, titled, context.StartAfterClitics(hit.Start), context.Tokens[read.End - 1].End);
        return read.End;
    }

    /// <summary>
    /// "جاريد كوشنر مستشار الرئيس الأمريكي دونالد ترمب": a title that serves another office it names
    /// ("مستشار" + "الرئيس"), followed by a known holder of that inner office who never held the title's
    /// own: the name is the inner office's, and the title is the apposition of the name before it.
    /// </summary>
    private static bool HoldsInnerOffice(RecognitionContext context, Person person, Title title)
    {
        var words = title.Phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 2 || context.Kb.TitleByKey(ArabicNormalizer.Key(string.Join(' ', words[1..]))) is not { } inner)
            return false;
        var roles = context.Kb.RolesOf(person.Id);
        return roles.Any(r => r.Role == inner.Role) && roles.All(r => r.Role != title.Role);
    }

    /// <summary>
    /// The end of the words that continue a long title ("وزير الشؤون الخارجية والتعاون الإفريقي
    /// والمغاربة المقيمين بالخارج"): a conjunct with the article or a listed noun, then words with the
    /// article; null when none follow. A state named there belongs to the title only when the title has none.
    /// </summary>
    private static int? ContinuationEnd(RecognitionContext context, TitleRead read)
    {
        var tokens = context.Tokens;
        var i = read.End;
        var skipped = false;
        while (i < context.SentenceEnd && i < read.End + MaxContinuation && tokens[i].Kind == TokenKind.Word)
        {
            var h = context.HitAt(i);
            if (h is not null && (!skipped || read.Country is not null || !(h.Has(LexKind.Demonym) || h.Has(LexKind.Country))))
                break;
            var norm = tokens[i].Norm;
            var conjunct = ArabicClitics.StartsWithWa(norm) && norm.Length > 3 && (ArabicClitics.StartsWithArticle(norm[1..])
                || context.Kb.NameWords.IsNoun(ArabicNormalizer.WithoutMarks(tokens[i].Surface)[1..]));
            if (!conjunct && !(skipped && ArabicClitics.ArticleReadings(norm).Any()))
                break;
            skipped = true;
            i = h?.End ?? i + 1;
        }
        return skipped ? i : null;
    }

    /// <summary>
    /// The end of the state or capital a titled envoy serves in, after the title's own country ("السفير
    /// الأمريكي لدى الصين، ...", "القائم بالأعمال الإيراني في بغداد ..."): a preposition of
    /// rules/country-prepositions.tsv and a country or capital; null when none follows.
    /// </summary>
    private static int? HostEnd(RecognitionContext context, TitleRead read)
    {
        var p = read.End;
        if (read.Country is null || p + 1 >= context.SentenceEnd || !context.Kb.CountryPrepositions.ContainsKey(context.Tokens[p].Norm))
            return null;
        return context.HitAt(p + 1) is { } h && (h.Has(LexKind.Country) || h.Has(LexKind.Capital)) ? h.End : null;
    }

    /// <summary>
    /// "، ولي كيانج، رئيس الوزراء الصيني": a name whose first word reads as a whole word ("ولي") but is
    /// the office holder's once the conjunction of a list is cut; otherwise the name as read.
    /// </summary>
    private static NameRead ListedHolder(KnowledgeBase kb, NameRead before, Person? holder)
    {
        if (!ArabicClitics.StartsWithWa(before.Surface) || before.Surface.Length < 3)
            return before;
        var cut = before.Surface[1..];
        var first = LexKey.Of(cut)[0];
        // Without a holder on the article's dates, a given name the base knows stands behind the conjunction.
        var named = holder is null ? kb.Forenames.Contains(first) : holder.Aliases.Prepend(holder.NameAr).Any(n => LexKey.Of(n)[0] == first);
        return named ? before with { Surface = cut, StartOffset = before.StartOffset + 1 } : before;
    }

    /// <summary>
    /// A name as printed just before a title that has none after it (a comma may stand between):
    /// it starts a clause, after punctuation, a stop word, the actor named before it or with the
    /// conjunction of a list.
    /// </summary>
    private static NameRead? NameBefore(RecognitionContext context, Hit hit)
    {
        var tokens = context.Tokens;
        // "عمر هلال، والسفير ...": a title with a conjunction opens the next item of a list.
        if (tokens[hit.Start].Norm != hit.FirstReading && ArabicClitics.StartsWithWa(tokens[hit.Start].Norm))
            return null;
        var end = hit.Start > context.SentenceStart && context.IsCommaAt(hit.Start - 1) ? hit.Start - 1 : hit.Start;
        var floor = context.Mentions.Count > 0 ? context.Mentions[^1].End : 0;
        for (var s = end - 2; s >= Math.Max(end - 5, context.SentenceStart) && tokens[s].Start >= floor; s--)
        {
            // ... or right after the actor named before it ("استقبل الملك في الرباط جاريد كوشنر مستشار ...").
            var opens = s == context.SentenceStart || tokens[s - 1].Kind == TokenKind.Punctuation
                || context.Kb.NameWords.Stops(ArabicNormalizer.WithoutMarks(tokens[s - 1].Surface))
                || context.Mentions.Count > 0 && tokens[s - 1].End == floor;
            if (opens && UnknownNameReader.Read(context, s, stripConjunction: true) is { } read && read.End == end)
                return read;
        }
        return null;
    }

    /// <summary>
    /// The one KB holder of a single-holder office on the article date ("ولي العهد السعودي"): words
    /// after the title that are not a spelling of that holder's name are not the name ("ولي العهد
    /// السعودي صديق مقرب لـ...").
    /// </summary>
    private static Person? OfficeHolder(RecognitionContext context, TitleRead read)
    {
        if (read.Former is not null || read.Country is not { } country || context.Date is not { } when
            || !read.Title.AppliesTo(country) || !SingleHolderRoles.Contains(read.Title.Role))
            return null;
        var ids = context.Kb.TermsOf(country, read.Title.Role, when).Select(t => t.PersonId).Distinct().ToArray();
        return ids.Length == 1 ? context.Kb.FindPerson(ids[0]) : null;
    }

    /// <summary>Title phrase, then its country (demonym, country name, "في"/"لدى" + country) and former-office marker.</summary>
    public static TitleRead? ReadTitle(RecognitionContext context, Hit hit)
    {
        var kb = context.Kb;
        var title = hit.Entries.Where(e => e.Kind == LexKind.Title).Select(e => kb.TitleByKey(e.Id)).FirstOrDefault(t => t is not null);
        if (title is null)
            return null;
        var p = hit.End;
        string? country = null, former = null;
        EvidenceStep? how = null;
        // Country and marker come in either order ("وزير الخارجية السابق الروسي").
        for (var round = 0; round < 2; round++)
        {
            if (country is null && title.NeedsCountry is TitleCountry.Optional or TitleCountry.Required && ReadCountrySpec(context, ref p) is { } spec)
                (country, how) = spec;
            if (former is null && context.HitAt(p)?.Of(LexKind.Former) is { } f)
            {
                former = f.Literal;
                p = context.HitAt(p)!.End;
            }
        }
        if (title.NeedsCountry == TitleCountry.Required && country is null)
            return null;
        if (country is null && title.ImpliedCountry is { } implied)
            (country, how) = (implied, new EvidenceStep(ActorRule.CountryImpliedByTitle, []));
        return new TitleRead(hit.Start, p, title, country, how, former);
    }

    /// <summary>The country after a title: a demonym, a country name, or a preposition of rules/country-prepositions.tsv and a country.</summary>
    public static (string Country, EvidenceStep How)? ReadCountrySpec(RecognitionContext context, ref int p)
    {
        var h = context.HitAt(p);
        if ((h?.Of(LexKind.Demonym) ?? h?.Of(LexKind.Country)) is { } e)
        {
            p = h!.End;
            return (e.Id, new EvidenceStep(e.Kind == LexKind.Demonym ? ActorRule.CountryByDemonym : ActorRule.CountryByName, [e.Literal]));
        }
        if (p < context.SentenceEnd && context.Kb.CountryPrepositions.GetValueOrDefault(context.Tokens[p].Norm) is { } shown
            && context.HitAt(p + 1)?.Of(LexKind.Country) is { } c)
        {
            p = context.HitAt(p + 1)!.End;
            return (c.Id, new EvidenceStep(ActorRule.CountryAfterPreposition, [shown, c.Literal]));
        }
        return null;
    }

    /// <summary>
    /// A title with a name: the person in that office (attested by a KB term), or out of it after a
    /// former-office marker. <paramref name="titleRule"/> says how the title was met (alone, in
    /// apposition, under a dual head).
    /// </summary>
    public static void EmitTitledPerson(RecognitionContext context, TitleRead read, NameRead name, int startOffset, ActorRule titleRule)
    {
        var title = read.Title;
        var country = read.Country ?? name.Person?.Country;
        var countryHow = read.Country is not null ? read.CountryHow
            : name.Person?.Country is not null ? new EvidenceStep(ActorRule.CountryOfKbPerson, []) : null;
        var role = title.AppliesTo(country) ? title.Role : null;
        var endOffset = Math.Max(context.Tokens[name.End - 1].End, context.Tokens[read.End - 1].End);
        var evidence = WithCountry(ActorEvidence.Of(titleRule, title.Phrase), countryHow).Then(name.How);
        if (read.Former is not null)
        {
            var current = name.Person is null ? null : PersonRoles.CurrentRole(context, name.Person);
            var actor = new ActorRef(ActorKind.Person, name.Person?.Id, name.Printed, country,
                current?.Role);
            context.Emit(startOffset, endOffset, actor, MentionKind.TitleName, evidence.Then(ActorRule.NotInOffice, read.Former), null);
            return;
        }
        RoleSpan? term = null;
        if (name.Person is not null && role is not null)
        {
            var terms = PersonRoles.Terms(context, name.Person.Id, role, country);
            var span = terms.Count > 1 ? PersonRoles.SpanOf(terms) : null;
            (term, evidence) = terms switch
            {
                [] => (null, evidence.Then(ActorRule.NoKbTerm)),
                [var only] => (only, evidence.Then(ActorRule.Term, only)),
                _ => (span, evidence.Then(ActorRule.TermsSpan, [span, .. terms])),
            };
        }
        var personRef = new ActorRef(ActorKind.Person, name.Person?.Id, name.Printed, country, role);
        context.Remember(personRef);
        context.Emit(startOffset, endOffset, personRef, MentionKind.TitleName, evidence, term);
    }

    /// <summary>A title without a name: an earlier mention of that office, else the holder on the article date. <paramref name="titleRule"/> says how the title was met.</summary>
    public static void EmitTitleOnly(RecognitionContext context, TitleRead read, int startOffset, int endOffset, ActorRule titleRule = ActorRule.Title)
    {
        var title = read.Title;
        var country = read.Country;
        var role = title.AppliesTo(country) ? title.Role : null;
        var evidence = WithCountry(ActorEvidence.Of(titleRule, title.Phrase), read.CountryHow);
        // "وأكد الملك": a title of several states, printed without one, is an earlier holder from one of them.
        if (read.Former is null && role is null && country is null && title.Countries.Count > 1
            && EarlierHolder(context, title.Role, null, title.Countries) is { } earlier)
        {
            context.Emit(startOffset, endOffset, earlier.Actor, MentionKind.Title, evidence.Then(ActorRule.EarlierMention, earlier.Surface));
            return;
        }
        if (read.Former is not null || role is null)
        {
            context.Emit(startOffset, endOffset, new ActorRef(ActorKind.Person, null, null, country, null), MentionKind.Title,
                read.Former is null ? evidence.Then(ActorRule.RoleDoesNotApply) : evidence.Then(ActorRule.NotInOffice, read.Former));
            return;
        }
        context.Emit(startOffset, endOffset, ResolveOffice(context, role, country, ref evidence), MentionKind.Title, evidence);
    }

    /// <summary>The person in an office: earlier in the document, else the unique KB holder on the article date.</summary>
    public static ActorRef ResolveOffice(RecognitionContext context, string role, string? country, ref ActorEvidence evidence)
    {
        var kb = context.Kb;
        var earlier = EarlierHolder(context, role, country, null);
        if (earlier is not null)
        {
            evidence = evidence.Then(ActorRule.EarlierMention, earlier.Surface);
            return earlier.Actor;
        }
        if (country is not null && context.Date is { } when)
        {
            var holders = kb.TermsOf(country, role, when);
            var ids = holders.Select(h => h.PersonId).Distinct().ToArray();
            if (ids.Length == 1 && kb.FindPerson(ids[0]) is { } p)
            {
                evidence = evidence.Then(ActorRule.HolderOnDate, when, holders[0]);
                return context.Remember(new ActorRef(ActorKind.Person, p.Id, p.NameAr, country, role));
            }
            evidence = ids.Length == 0 ? evidence.Then(ActorRule.NoKbHolder, when) : evidence.Then(ActorRule.SeveralKbHolders, ids.Length, when);
        }
        else if (country is not null)
        {
            evidence = evidence.Then(ActorRule.ArticleDateUnknown);
        }
        return new ActorRef(ActorKind.Person, null, null, country, role);
    }

    /// <summary>
    /// The last named mention of a person in the office: of the country, else recent (without a
    /// country only a recent mention can tell which holder "الرئيس" is), and of one of
    /// <paramref name="among"/> when given.
    /// </summary>
    private static ActorMention? EarlierHolder(RecognitionContext context, string role, string? country, IReadOnlyList<string>? among) =>
        context.Mentions.LastOrDefault(m => m.Actor.Kind == ActorKind.Person && m.Actor.Role == role && m.Actor.Name is not null
            && (country is null ? m.Sentence >= context.SentenceIndex - UncountriedOfficeWindow : m.Actor.Country == country)
            && (among is null || m.Actor.Country is { } c && among.Contains(c)));

    /// <summary>A title's evidence followed by how its country was read, when it was.</summary>
    private static ActorEvidence WithCountry(ActorEvidence title, EvidenceStep? countryHow) =>
        countryHow is null ? title : title.Then(countryHow);
}
