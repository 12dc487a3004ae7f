using System.Text.Json;
using System.Text.Json.Serialization;
using Marsad.Evidence;

namespace Marsad.Actors;

/// <summary>
/// The rules of the recogniser whose steps make up an actor mention's evidence. Each step names one
/// rule and the inputs it saw; Evidence/EvidenceMessages.cs prints them.
/// </summary>
internal enum ActorRule
{
    /// <summary>A knowledge-base name ("سيرغي لافروف").</summary>
    KbName,

    /// <summary>A knowledge-base short name used alone ("لافروف").</summary>
    KbShortName,

    /// <summary>A name missing from the knowledge base, read as printed.</summary>
    NameAsPrinted,

    /// <summary>A knowledge-base surname after printed words that begin as the person's own name does ("سانتياغو أندريس كافييرو").</summary>
    KbShortNameAfterForenames,

    /// <summary>A knowledge-base whole name after a given name the base knows ("محمد شهباز شريف").</summary>
    KbNameAfterForename,

    /// <summary>Printed forenames before a knowledge-base surname that are not the person's: someone else of that surname, as printed.</summary>
    NameAsPrintedOtherPerson,

    /// <summary>A printed name read as the one knowledge-base holder of the office its title names, being a spelling of that holder's name.</summary>
    SpellingOfHolder,

    /// <summary>The name came after an honorific (input: the honorific, "الشيخ").</summary>
    AfterHonorific,

    /// <summary>A name several knowledge-base persons bear (inputs: their ids).</summary>
    Ambiguous,

    /// <summary>The role the document gave the person before (input: the role).</summary>
    RoleFromEarlierMention,

    /// <summary>The role the document gives the person further on (input: the role).</summary>
    RoleFromLaterMention,

    /// <summary>The person's only knowledge-base role, the article date being unknown (input: the role).</summary>
    OnlyKbRole,

    /// <summary>The person's knowledge-base role on the article date (inputs: the date, the role, the term).</summary>
    KbRoleOnDate,

    /// <summary>A title phrase of titles.tsv (input: the phrase).</summary>
    Title,

    /// <summary>A title in apposition after a name: "فيصل المقداد، وزير الخارجية" (input: the phrase).</summary>
    TitleInApposition,

    /// <summary>One title of a dual head: "وزيرا الخارجية والدفاع" (input: the phrase).</summary>
    DualTitle,
    GroupTitle,
    CapitalByDemonym,
    StateOfFormalName,
    StateOfInstitution,

    /// <summary>The title's country from a demonym after it (input: the demonym).</summary>
    CountryByDemonym,

    /// <summary>The title's country from a country name after it (input: the name).</summary>
    CountryByName,

    /// <summary>The title's country after a preposition of rules/country-prepositions.tsv (inputs: the preposition as evidence quotes it, the country name).</summary>
    CountryAfterPreposition,

    /// <summary>The title names one state only.</summary>
    CountryImpliedByTitle,

    /// <summary>The country of the actor before a possessive title: "بوتين ووزير خارجيته" (input: that actor's mention).</summary>
    CountryOfPossessor,

    /// <summary>The country of the knowledge-base person named.</summary>
    CountryOfKbPerson,

    /// <summary>A former-office marker: the person is not in office (input: the marker).</summary>
    NotInOffice,

    /// <summary>The title does not denote its role in the country read.</summary>
    RoleDoesNotApply,

    /// <summary>The knowledge base has no single term of that role for the person.</summary>
    NoKbTerm,

    /// <summary>The knowledge-base term the text attests (input: the term).</summary>
    Term,

    /// <summary>
    /// The text attests a role the person held in several terms and the date does not pick one (inputs: the span
    /// from the first to the last, then the terms): the report lies within that span.
    /// </summary>
    TermsSpan,

    /// <summary>An office named without a name: an earlier mention of its holder (input: that mention).</summary>
    EarlierMention,

    /// <summary>An office named without a name: its one holder on the article date (inputs: the date, the term).</summary>
    HolderOnDate,

    /// <summary>An office named without a name: no holder on the article date (input: the date).</summary>
    NoKbHolder,

    /// <summary>An office named without a name: several holders on the article date (inputs: how many, the date).</summary>
    SeveralKbHolders,

    /// <summary>An office named without a name in an article of unknown date.</summary>
    ArticleDateUnknown,

    /// <summary>A demonym standing for its state (inputs: the demonym, its inflection).</summary>
    Demonym,

    /// <summary>A country name (input: the name).</summary>
    CountryName,

    /// <summary>A capital standing for its state (input: the state).</summary>
    Capital,

    /// <summary>A metonym standing for its state: "الكرملين" (input: the state).</summary>
    Metonym,

    /// <summary>An organisation (input: its name).</summary>
    Organization,

    /// <summary>The organisation's state from a demonym after it (input: the state).</summary>
    OrganizationDemonym,

    /// <summary>A place of places.tsv (inputs: the place, its state or nothing).</summary>
    Place,

    /// <summary>The demonym of the place's own state after it.</summary>
    PlaceDemonym,

    /// <summary>A coreference cue of rules/coreference.tsv (input: the cue).</summary>
    Cue,

    /// <summary>"نظيره": the counterpart of the subject (inputs: the cue as printed, the subject's mention).</summary>
    CounterpartOf,

    /// <summary>The counterpart's country: the other party of the context (input: the state).</summary>
    OtherParty,

    /// <summary>The cue refers to an earlier mention (input: that mention).</summary>
    RefersTo,

    /// <summary>A pair cue: the two actors it stands for (inputs: each described).</summary>
    Pair,

    /// <summary>"بلاده": the country of the speaker (input: the speaker's mention).</summary>
    CountryOfSpeaker,

    /// <summary>The guarantor states are listed in brackets after the cue.</summary>
    BracketedCountries,

    /// <summary>The guarantor states are the members of a format (input: its name).</summary>
    MembersOf,
}

/// <summary>One step of the reasoning behind a mention: the rule and the inputs it saw.</summary>
/// <param name="Rule">The rule.</param>
/// <param name="Inputs">
/// What it read, in the order <see cref="ActorRule"/> lists: text as printed, ISO3 codes and role ids
/// as strings, terms as <see cref="RoleSpan"/>, dates as <see cref="Time.DateInterval"/>, actors as
/// <see cref="ActorRef"/>; a missing input is null.
/// </param>
internal sealed record EvidenceStep(ActorRule Rule, IReadOnlyList<object?> Inputs)
{
    /// <summary>The input at <paramref name="index"/> when it is a <typeparamref name="T"/>, else the default.</summary>
    public T? Input<T>(int index) => index < Inputs.Count && Inputs[index] is T value ? value : default;

    /// <summary>Two steps are equal when rule and inputs are.</summary>
    public bool Equals(EvidenceStep? other) => other is not null && Rule == other.Rule && Inputs.SequenceEqual(other.Inputs);

    /// <summary>A hash over the rule and the inputs.</summary>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Rule);
        foreach (var input in Inputs)
            hash.Add(input);
        return hash.ToHashCode();
    }
}

/// <summary>
/// Why a mention reads as it does: the steps of the rules that produced it, in order. The structure
/// can be queried ("which rule gave this role?": <see cref="Find"/>); <see cref="Text"/> is how the
/// exports print it ("title 'وزير الخارجية' + demonym 'الروسي' + KB name; term 2004-03-09..").
/// </summary>
[JsonConverter(typeof(ActorEvidenceJsonConverter))]
public sealed class ActorEvidence : IEquatable<ActorEvidence>
{
    private ActorEvidence(IReadOnlyList<EvidenceStep> steps) => Steps = steps;

    /// <summary>The steps, first rule first.</summary>
    internal IReadOnlyList<EvidenceStep> Steps { get; }

    /// <summary>The evidence as the exports print it.</summary>
    public string Text => EvidenceMessages.Text(this);

    /// <summary>Evidence of one step.</summary>
    internal static ActorEvidence Of(ActorRule rule, params object?[] inputs) => new([new EvidenceStep(rule, inputs)]);

    /// <summary>This evidence followed by one more step.</summary>
    internal ActorEvidence Then(ActorRule rule, params object?[] inputs) => Then(new EvidenceStep(rule, inputs));

    /// <summary>This evidence followed by <paramref name="step"/>.</summary>
    internal ActorEvidence Then(EvidenceStep step) => new([.. Steps, step]);

    /// <summary>This evidence followed by the steps of <paramref name="more"/>.</summary>
    internal ActorEvidence Then(ActorEvidence more) => new([.. Steps, .. more.Steps]);

    /// <summary>True when a step of <paramref name="rule"/> is part of the evidence.</summary>
    internal bool Has(ActorRule rule) => Steps.Any(s => s.Rule == rule);

    /// <summary>The last step of <paramref name="rule"/>, or null.</summary>
    internal EvidenceStep? Find(ActorRule rule) => Steps.LastOrDefault(s => s.Rule == rule);

    /// <summary>Equal steps in the same order.</summary>
    public bool Equals(ActorEvidence? other) => other is not null && Steps.SequenceEqual(other.Steps);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as ActorEvidence);

    /// <inheritdoc/>
    public override int GetHashCode() => Steps.Aggregate(Steps.Count, (hash, step) => HashCode.Combine(hash, step));

    /// <summary>The evidence as the exports print it.</summary>
    public override string ToString() => Text;
}

/// <summary>Writes actor evidence as its text, the shape exported before evidence had a structure.</summary>
internal sealed class ActorEvidenceJsonConverter : JsonConverter<ActorEvidence>
{
    public override ActorEvidence Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException("actor evidence is written as text and not read back");

    public override void Write(Utf8JsonWriter writer, ActorEvidence value, JsonSerializerOptions options) => writer.WriteStringValue(value.Text);
}
