using Marsad.Text;

namespace Marsad.Actors.Recognition;

/// <summary>
/// Names of the gazetteer tables: countries and their demonyms, capitals and metonyms standing for
/// the state, organisations (with a demonym that gives a national body its state) and places.
/// </summary>
internal sealed class GazetteerReader : IActorReader
{
    public IReadOnlyList<LexKind> OpenedBy { get; } =
        [LexKind.Country, LexKind.Demonym, LexKind.Capital, LexKind.Metonym, LexKind.Organization, LexKind.Place];

    public int? Read(RecognitionContext context, Hit hit) => ReadName(context, hit);

    /// <summary>Reads the hit as a gazetteer name; a hit with none is skipped. Returns the next token.</summary>
    public static int ReadName(RecognitionContext context, Hit hit)
    {
        var country = hit.Of(LexKind.Country);
        var demonym = hit.Of(LexKind.Demonym);
        // "عمان" is Oman and Amman: the city where the text places something in it, else the state.
        if (country is not null && hit.Of(LexKind.Capital) is { } city && city.Id != country.Id && ReadsAsCity(context, hit))
            country = null;
        if (demonym is not null && AfterCapitalCue(context, hit))
        {
            context.EmitTokens(hit.Start - 1, hit.End, context.CountryRef(demonym.Id), MentionKind.Capital,
                ActorEvidence.Of(ActorRule.CapitalByDemonym, demonym.Literal));
            return hit.End;
        }
        if (country is not null || demonym is not null)
        {
            // "سورية" is the country, "السورية" the demonym: a printed article picks the demonym
            // unless the country's own name has one ("السعودية").
            var asDemonym = demonym is not null && (country is null || PrintedWithArticle(context, hit) && !ArabicClitics.StartsWithArticle(country.Literal));
            var e = asDemonym ? demonym! : country!;
            context.EmitTokens(hit.Start, hit.End, context.CountryRef(e.Id), asDemonym ? MentionKind.Demonym : MentionKind.Country,
                asDemonym ? ActorEvidence.Of(ActorRule.Demonym, e.Literal, e.Detail) : ActorEvidence.Of(ActorRule.CountryName, e.Literal));
            return hit.End;
        }
        if ((hit.Of(LexKind.Capital) ?? hit.Of(LexKind.Metonym)) is { } cap)
        {
            context.EmitTokens(hit.Start, hit.End, context.CountryRef(cap.Id), MentionKind.Capital,
                ActorEvidence.Of(cap.Kind == LexKind.Capital ? ActorRule.Capital : ActorRule.Metonym, cap.Id));
            return hit.End;
        }
        if (hit.Of(LexKind.Organization) is { } org)
            return ReadOrganization(context, hit, org);
        if (hit.Of(LexKind.Place) is { } place)
            return ReadPlace(context, hit, place);
        return hit.End;
    }

    /// <summary>An organisation; one of no single state takes the state of a demonym right after it.</summary>
    private static int ReadOrganization(RecognitionContext context, Hit hit, LexEntry org)
    {
        var o = context.Kb.FindOrganization(org.Id);
        var end = hit.End;
        var orgCountry = o?.Country;
        var evidence = ActorEvidence.Of(ActorRule.Organization, o?.NameAr ?? org.Id);
        if (orgCountry is null && context.HitAt(end)?.Of(LexKind.Demonym) is { } dem)
        {
            orgCountry = dem.Id;
            evidence = evidence.Then(ActorRule.OrganizationDemonym, dem.Id);
            end = context.HitAt(end)!.End;
        }
        context.EmitTokens(hit.Start, end, new ActorRef(ActorKind.Organization, org.Id, o?.NameAr, orgCountry, null), MentionKind.Organization, evidence);
        return end;
    }

    /// <summary>A place; the demonym of its own state after it belongs to the mention.</summary>
    private static int ReadPlace(RecognitionContext context, Hit hit, LexEntry place)
    {
        var end = hit.End;
        var evidence = ActorEvidence.Of(ActorRule.Place, place.Id, place.Country);
        if (context.HitAt(end)?.Of(LexKind.Demonym) is { } dem && dem.Id == place.Country)
        {
            evidence = evidence.Then(ActorRule.PlaceDemonym);
            end = context.HitAt(end)!.End;
        }
        context.EmitTokens(hit.Start, end, new ActorRef(ActorKind.Place, "place:" + place.Id, place.Id, place.Country, null), MentionKind.Place, evidence);
        return end;
    }

    /// <summary>
    /// Whether a name of a state and of another state's capital is the city here: printed with a shadda
    /// (عمّان; a damma, عُمان, is the state), with a glued preposition ("بعمان"), or after a city cue
    /// of rules/city-cues.tsv ("إلى عمان").
    /// </summary>
    private static bool ReadsAsCity(RecognitionContext context, Hit hit)
    {
        var token = context.Tokens[hit.Start];
        if (token.Surface.Contains('\u0651'))
            return true;
        if (token.Surface.Contains('\u064F'))
            return false;
        if (token.Norm != hit.FirstReading && ArabicClitics.GluedPreposition(token.Norm) is not null)
            return true;
        return hit.Start > 0 && context.Kb.CityCues.Contains(ArabicNormalizer.WithoutMarks(context.Tokens[hit.Start - 1].Surface));
    }

    /// <summary>"العاصمة التونسية": a demonym after a word of rules/capital-cues.tsv names the capital.</summary>
    private static bool AfterCapitalCue(RecognitionContext context, Hit hit) =>
        hit.Start > context.SentenceStart && context.HitAt(hit.Start - 1) is null
        && context.Tokens[hit.Start - 1].Segments.Any(s => context.Kb.CapitalCues.Contains(LexKey.Word(s.Stem)));

    /// <summary>Whether the first token prints the article right before the matched word ("والسورية", "للسوريين").</summary>
    private static bool PrintedWithArticle(RecognitionContext context, Hit hit) =>
        ArabicClitics.ArticleReadings(context.Tokens[hit.Start].Norm).Any(form => LexKey.Word(form) == hit.FirstReading);
}
