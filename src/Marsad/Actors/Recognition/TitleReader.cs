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
        var name = NameReader.ReadName(context, read.End, allowComma: true);
        if (name is not null)
        {
            EmitTitledPerson(context, read with { Country = country, CountryHow = how }, name, context.StartAfterClitics(hit.Start), ActorRule.Title);
            return name.End;
        }
        EmitTitleOnly(context, read with { Country = country, CountryHow = how }, context.StartAfterClitics(hit.Start), context.Tokens[read.End - 1].End);
        return read.End;
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
            var actor = new ActorRef(ActorKind.Person, name.Person?.Id, name.Person?.NameAr ?? name.Surface, country,
                current?.Role);
            context.Emit(startOffset, endOffset, actor, MentionKind.TitleName, evidence.Then(ActorRule.NotInOffice, read.Former), null);
            return;
        }
        RoleSpan? term = null;
        if (name.Person is not null && role is not null)
        {
            term = PersonRoles.Term(context, name.Person.Id, role, country);
            evidence = term is null ? evidence.Then(ActorRule.NoKbTerm) : evidence.Then(ActorRule.Term, term);
        }
        var personRef = new ActorRef(ActorKind.Person, name.Person?.Id, name.Person?.NameAr ?? name.Surface, country, role);
        context.Remember(personRef);
        context.Emit(startOffset, endOffset, personRef, MentionKind.TitleName, evidence, term);
    }

    /// <summary>A title without a name: an earlier mention of that office, else the holder on the article date.</summary>
    public static void EmitTitleOnly(RecognitionContext context, TitleRead read, int startOffset, int endOffset)
    {
        var title = read.Title;
        var country = read.Country;
        var role = title.AppliesTo(country) ? title.Role : null;
        var evidence = WithCountry(ActorEvidence.Of(ActorRule.Title, title.Phrase), read.CountryHow);
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
        // Without a country only a recent mention can tell which office holder "الرئيس" is.
        var earlier = context.Mentions.LastOrDefault(m => m.Actor.Kind == ActorKind.Person && m.Actor.Role == role
            && (country is null ? m.Sentence >= context.SentenceIndex - UncountriedOfficeWindow : m.Actor.Country == country) && m.Actor.Name is not null);
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

    /// <summary>A title's evidence followed by how its country was read, when it was.</summary>
    private static ActorEvidence WithCountry(ActorEvidence title, EvidenceStep? countryHow) =>
        countryHow is null ? title : title.Then(countryHow);
}
