using Marsad.Actors;
using Marsad.Events;
using Marsad.Time;

namespace Marsad.Evidence;

/// <summary>
/// The one formatter of evidence: how each rule's evidence prints, for the publication day
/// (<see cref="DateEvidence"/>) and for actor mentions (<see cref="ActorEvidence"/>). The exports
/// carry this text, so a change here changes them; the rules only record what they saw.
/// </summary>
internal static class EvidenceMessages
{
    /// <summary>The note of a constraint the solver could not apply because no day in range allows it.</summary>
    private const string Impossible = "impossible in [earliest, as-of]; ignored";

    /// <summary>The note of a constraint the solver skipped because stronger evidence had ruled out its days.</summary>
    private const string Contradicted = "contradicts stronger evidence; ignored";

    private const string SameEventNote = "these dates describe one event, so they must fall on the same day";

    // ---------------------------------------------------------------- publication evidence

    /// <summary>What a piece of publication evidence was read from.</summary>
    public static string Text(DateClue clue) => clue switch
    {
        MetadataClue c => c.Published.ToString(),
        PhraseClue c => c.Surface,
        // A term that starts after the as-of day still prints its bounds ("2025-01-01..2024-12-31").
        RoleTermClue c => $"{c.Surface} ({c.Term.Role} {c.Term.Country}, {DateInterval.Text(c.Term.BoundFrom(), c.Term.BoundTo(c.AsOf))}{(c.Term.Unverified ? ", not all confirmed" : "")})",
        AnchorClue c => $"{c.Surface} ({c.AnchorId} {c.Bound}: {c.Note})",
        EventDateClue c => $"{c.Value.Describe()} = {c.EventDate}",
        SameEventClue c => string.Join(" / ", c.Dates),
        VisitOccasionClue c => $"{c.Visit} / {c.Meeting}",
        EventInTermClue c => $"{c.When} ({c.Term.PersonId}: {c.Term.Role} {c.Term.Country}, {DateInterval.Text(c.Term.BoundFrom(), c.Term.BoundTo(c.AsOf))})",
        ReportedElsewhereClue c => c.Surface,
        RecordedClue c => c.Text,
        PageDateClue c => string.Join(" / ", c.Surfaces) + $" ({c.Cue}" + (c.Disagree ? "; the page's dates disagree: each is allowed" : "") + ")"
            + (c.Later ? " (the body names another day as its own: read as the day the page was seen)" : ""),
        CreditClue c => c.Line,
        WritingLagClue c => $"up to {c.Days} days",
        _ => throw new ArgumentOutOfRangeException(nameof(clue), clue.GetType().Name, "no message for this clue"),
    };

    /// <summary>Why a piece of publication evidence was ignored, or how it narrowed the day; empty for a plain applied constraint.</summary>
    public static string Note(DateEvidence evidence) => evidence.Clue switch
    {
        RecordedClue c => c.Note,
        SameEventClue => SameEventNote,
        VisitOccasionClue => "a meeting the visitor holds in the city of the visit is held during it, so their days meet",
        EventInTermClue => "the event this date names has this person in office, so it falls inside the term",
        WritingLagClue => "the body may have been written up to this many days before the page was posted",
        ReportedElsewhereClue c => $"the same {c.Type.Name} event is dated {c.Date} by {string.Join(", ", c.Sources)}",
        _ => evidence.Applied ? "" : evidence.Allows is null ? Impossible : Contradicted,
    };

    // ---------------------------------------------------------------- actor evidence

    /// <summary>The steps in order; every step but the first opens with the joiner of its rule (" + ", "; ", " -> ").</summary>
    public static string Text(ActorEvidence evidence)
    {
        var text = new System.Text.StringBuilder();
        for (var i = 0; i < evidence.Steps.Count; i++)
        {
            var step = evidence.Steps[i];
            if (i > 0)
                text.Append(Joiner(step.Rule));
            text.Append(Body(step));
        }
        return text.ToString();
    }

    /// <summary>How a step attaches to the one before: a further source (" + "), a consequence ("; "), a referent (" -> ").</summary>
    private static string Joiner(ActorRule rule) => rule switch
    {
        ActorRule.AfterHonorific or ActorRule.SpellingOfHolder => " ",
        ActorRule.RefersTo or ActorRule.Pair or ActorRule.CountryOfSpeaker => " -> ",
        ActorRule.KbName or ActorRule.KbShortName or ActorRule.NameAsPrinted
            or ActorRule.KbShortNameAfterForenames or ActorRule.KbNameAfterForename or ActorRule.NameAsPrintedOtherPerson
            or ActorRule.CountryByDemonym or ActorRule.CountryByName or ActorRule.CountryAfterPreposition
            or ActorRule.CountryImpliedByTitle or ActorRule.CountryOfPossessor or ActorRule.CountryOfKbPerson
            or ActorRule.OrganizationDemonym or ActorRule.PlaceDemonym
            or ActorRule.BracketedCountries or ActorRule.MembersOf => " + ",
        _ => "; ",
    };

    private static string Body(EvidenceStep step)
    {
        var input = step.Inputs;
        string At(int i) => i < input.Count ? Input(input[i]) : "";
        return step.Rule switch
        {
            ActorRule.KbName => "KB name",
            ActorRule.KbShortName => "KB short name",
            ActorRule.NameAsPrinted => "name as printed",
            ActorRule.KbShortNameAfterForenames => "KB short name after printed forenames",
            ActorRule.KbNameAfterForename => "KB name after a printed forename",
            ActorRule.NameAsPrintedOtherPerson => "name as printed (another person of a KB surname)",
            ActorRule.SpellingOfHolder => "(a spelling of the office holder's name)",
            ActorRule.AfterHonorific => $"after honorific '{At(0)}'",
            ActorRule.Ambiguous => $"ambiguous: {string.Join(", ", input.Select(Input))}",
            ActorRule.RoleFromEarlierMention => $"role from earlier mention ({At(0)})",
            ActorRule.RoleFromLaterMention => $"role from later mention ({At(0)})",
            ActorRule.OnlyKbRole => $"only KB role {At(0)}",
            ActorRule.KbRoleOnDate => $"KB role on {At(0)}: {At(1)} {At(2)}",
            ActorRule.Title => $"title '{At(0)}'",
            ActorRule.TitleInApposition => $"apposition: title '{At(0)}'",
            ActorRule.DualTitle => $"dual title '{At(0)}'",
            ActorRule.StateOfFormalName => $"the state named before by a name with this word, '{At(0)}'",
            ActorRule.StateOfInstitution => $"the state of the institution named before with this word, '{At(0)}'",
            ActorRule.CapitalByDemonym => $"the capital of the state of demonym '{At(0)}'",
            ActorRule.GroupTitle => $"title shared by the states listed after it '{At(0)}'",
            ActorRule.CountryByDemonym => $"demonym '{At(0)}'",
            ActorRule.CountryByName => $"country '{At(0)}'",
            ActorRule.CountryAfterPreposition => $"'{At(0)}' + country '{At(1)}'",
            ActorRule.CountryImpliedByTitle => "implied by the title",
            ActorRule.CountryOfPossessor => $"possessor '{At(0)}'",
            ActorRule.CountryOfKbPerson => "KB person",
            ActorRule.NotInOffice => $"'{At(0)}': not in office",
            ActorRule.RoleDoesNotApply => "role does not apply",
            ActorRule.NoKbTerm => "no KB term",
            ActorRule.Term => $"term {At(0)}",
            ActorRule.TermsSpan => $"terms {string.Join(", ", input.Skip(1).Select(Input))}: within {At(0)}",
            ActorRule.EarlierMention => $"earlier mention '{At(0)}'",
            ActorRule.HolderOnDate => $"holder on {At(0)}: term {At(1)}",
            ActorRule.NoKbHolder => $"no KB holder on {At(0)}",
            ActorRule.SeveralKbHolders => $"{At(0)} KB holders on {At(1)}",
            ActorRule.ArticleDateUnknown => "article date unknown",
            ActorRule.Demonym => $"demonym '{At(0)}' ({At(1)})",
            ActorRule.CountryName => $"country name '{At(0)}'",
            ActorRule.Capital => $"capital of {At(0)}",
            ActorRule.Metonym => $"metonym of {At(0)}",
            ActorRule.Organization => $"organisation '{At(0)}'",
            ActorRule.OrganizationDemonym => $"demonym ({At(0)})",
            ActorRule.Place => $"place '{At(0)}' in {(input[1] is null ? "no single state" : At(1))}",
            ActorRule.PlaceDemonym => "demonym",
            ActorRule.Cue => $"'{At(0)}'",
            ActorRule.CounterpartOf => $"'{At(0)}' (counterpart of '{At(1)}')",
            ActorRule.OtherParty => $"other party {At(0)}",
            ActorRule.RefersTo => $"'{At(0)}'",
            ActorRule.Pair => string.Join(" + ", input.Select(Input)),
            ActorRule.CountryOfSpeaker => $"country of '{At(0)}'",
            ActorRule.BracketedCountries => "countries in brackets",
            ActorRule.MembersOf => $"members of '{At(0)}'",
            _ => throw new ArgumentOutOfRangeException(nameof(step), step.Rule, "no message for this rule"),
        };
    }

    /// <summary>An input as evidence prints it: a term by its days, an actor by <see cref="Describe"/>, a date as ISO.</summary>
    private static string Input(object? value) => value switch
    {
        null => "",
        RoleSpan term => Term(term),
        ActorRef actor => Describe(actor),
        IFormattable f => f.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    /// <summary>An actor as a pair cue's evidence names it: a person with their state, else the state or the name.</summary>
    private static string Describe(ActorRef actor) =>
        actor.Kind == ActorKind.Person ? $"{actor.Name} ({actor.Country})" : actor.Country ?? actor.Name ?? "?";

    /// <summary>A term as evidence prints it: "2020-11-22..2024-12-08", an open end left empty, "(unverified)" after a term whose dates are not confirmed.</summary>
    private static string Term(RoleSpan r) => $"{r.From:yyyy-MM-dd}..{(r.To is { } to ? to.ToString("yyyy-MM-dd") : "")}{(r.Unverified ? " (unverified)" : "")}";
}
