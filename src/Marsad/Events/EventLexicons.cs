using Marsad.Data;
using Marsad.Text;

namespace Marsad.Events;

internal enum TriggerKind
{
    Verb,
    Noun,
    Cue,

    // An event only as the object of a light verb ("فرضت الولايات المتحدة عقوبات على").
    Object,
}

internal enum FrameShape
{
    Joint,         // the parties act together
    SourceTarget,  // the first party acts on the others
    Host,          // the first party hosts the others (they are the visitors)
    Visit,         // the first party travels to the place or country named

    // Acts read by Frames/DirectedParties.cs (Data/events/directed-words.tsv):
    Envoy,         // done to a diplomat or mission: a foreign one is summoned or expelled, one's own recalled
    Recall,        // one's own diplomat withdrawn: the state of the posting is the target
    // trade halted or banned: the state after "مع"/"إلى"/"على" is the target
    Trade,
    // relations cut or downgraded, a treaty suspended: the state after "مع" is the target
    Relations,
    Aid,           // aid sent or delivered: the donor acts on the recipient
    Release,       // persons released: the state holding them acts on the state they belong to
    Charge,        // a wrongdoing charged in a statement: the speaker accuses the wrongdoer
    Signing,       // a document signed: its signatories, jointly
    Truce,         // a ceasefire agreed: its parties, jointly
    Drill,         // joint exercises: the states taking part
}

internal enum DatePhase
{
    Whole,
    Start,
    End,
}

/// <summary>One row of Data/events/triggers.tsv.</summary>
internal sealed record TriggerRule(
    string Pattern, TriggerKind Kind, EventType Type, EventMode? Mode, string Cameo, FrameShape Frame, EventStatus Status, DatePhase Phase)
{
    /// <summary>Which of the acts sharing a CAMEO code the row reads ("recall", "expel"; "halt", "restrict"), or null.</summary>
    public string? Act { get; init; }

    /// <summary>An imperfect verb ("يبحث", "يزور"; triggers.tsv tense = present): undated, its act may lie just after publication.</summary>
    public bool Present { get; init; }
}

/// <summary>The event stage's rule tables of Data/events/ (part of <see cref="Pipeline.MarsadRules"/>).</summary>
internal sealed class EventLexicons
{
    public required PhraseMatcher<TriggerRule> Triggers { get; init; }
    public required PhraseMatcher<EventStatus> Modality { get; init; }
    public required PhraseMatcher<string> Topics { get; init; }
    public required PhraseMatcher<string> SpeechVerbs { get; init; }
    public required IReadOnlyList<TriggerRule> TriggerRules { get; init; }
    public required FrameWords Words { get; init; }
    public required ModeTable Modes { get; init; }
    public required EventTypeTable Types { get; init; }
    public required SpellingFolds Spellings { get; init; }

    /// <summary>The words the directed and joint acts beyond consult read (Data/events/directed-words.tsv).</summary>
    public required DirectedWords Directed { get; init; }

    /// <summary>What the stages do with an act beyond its type (Data/events/acts.tsv).</summary>
    public required ActTable Acts { get; init; }

    /// <summary>The CAMEO code book (Data/events/cameo.tsv).</summary>
    public required CameoTable Cameo { get; init; }

    /// <summary>The tables of <paramref name="files"/>: the shipped ones with any --rules overlay.</summary>
    public static EventLexicons Load(RuleFiles files)
    {
        var triggers = files.Table("events/triggers.tsv").Select(ParseTrigger).ToArray();
        return new EventLexicons
        {
            TriggerRules = triggers,
            Triggers = TriggerPhrases(triggers),
            Modality = Phrases(files.Table("events/modality.tsv")
                .Select(r => (r.Required("pattern"), ParseStatus(r.Required("status"))))),
            Topics = Phrases(files.Table("events/topics.tsv")
                .Select(r => (r.Required("pattern"), r.Required("context")))),
            // Speech verbs are verbs: a conjunction only ("وأضاف"), never the article ("بالإضافة" is not أضاف).
            SpeechVerbs = Phrases(files.Table("events/speech.tsv")
                .Select(r => (r.Required("pattern"), r.Required("pattern"))), _ => true),
            Words = new FrameWords(files.Table("events/frame-words.tsv")),
            Modes = ModeTable.Parse(files.Table("events/modes.tsv")),
            Types = EventTypeTable.Parse(files.Table("events/types.tsv")),
            Spellings = SpellingFolds.Parse(files.Table("events/spelling-folds.tsv")),
            Cameo = CameoTable.Parse(files.Table("events/cameo.tsv")),
            Directed = DirectedWords.Parse(files.Table("events/directed-words.tsv")),
            Acts = ActTable.Parse(files.Table("events/acts.tsv")),
        };
    }

    /// <summary>
    /// How the event tables match: every word in all its clitic readings ("وبحث" and "الاجتماعات"
    /// match "بحث" and "اجتماعات"), a pattern word ending in '*' with an inflection of
    /// Data/events/suffixes.txt (بحث* = بحث، بحثا، بحثت، بحثوا; not "وزاريا" for زار*), phrases
    /// starting at words, the longest at each position.
    /// </summary>
    private static readonly PhraseMatcherOptions PatternOptions = new()
    {
        Inflections = DataFiles.ReadList("events/suffixes.txt").Select(ArabicNormalizer.Key).ToHashSet(StringComparer.Ordinal),
        StartAtWords = true,
    };

    /// <summary>The trigger patterns; a verb's first word may carry a conjunction only ("وبحث", not "الهاتف" for هاتف).</summary>
    internal static PhraseMatcher<TriggerRule> TriggerPhrases(IEnumerable<TriggerRule> rules) =>
        Phrases(rules.Select(t => (t.Pattern, t)), t => t.Kind == TriggerKind.Verb);

    /// <summary>A matcher of patterns: normalised words separated by spaces, '*' ending a word that takes an inflection.</summary>
    internal static PhraseMatcher<T> Phrases<T>(IEnumerable<(string Pattern, T Entry)> entries, Func<T, bool>? isVerb = null)
    {
        var matcher = new PhraseMatcher<T>(PatternOptions);
        foreach (var (pattern, entry) in entries)
        {
            var words = pattern.Split(' ', StringSplitOptions.RemoveEmptyEntries)
                .Select(w => w.EndsWith('*') ? ArabicNormalizer.Key(w[..^1]) + "*" : ArabicNormalizer.Key(w))
                .ToArray();
            matcher.Add(words, entry, isVerb?.Invoke(entry) ?? false);
        }
        return matcher;
    }

    internal static TriggerRule ParseTrigger(TsvRow row) => new(
        row.Required("pattern"),
        row.Required("kind") switch
        {
            "verb" => TriggerKind.Verb,
            "noun" => TriggerKind.Noun,
            "cue" => TriggerKind.Cue,
            "object" => TriggerKind.Object,
            var k => throw new FormatException($"{row.Source}:{row.Line}: unknown kind '{k}'"),
        },
        row.Closed<EventType>("type"),
        row.OptionalClosed<EventMode>("mode"),
        row.Required("cameo"),
        row.Required("frame") switch
        {
            "joint" => FrameShape.Joint,
            "source-target" => FrameShape.SourceTarget,
            "host" => FrameShape.Host,
            "visit" => FrameShape.Visit,
            "envoy" => FrameShape.Envoy,
            "recall" => FrameShape.Recall,
            "trade" => FrameShape.Trade,
            "relations" => FrameShape.Relations,
            "aid" => FrameShape.Aid,
            "release" => FrameShape.Release,
            "charge" => FrameShape.Charge,
            "signing" => FrameShape.Signing,
            "truce" => FrameShape.Truce,
            "drill" => FrameShape.Drill,
            var f => throw new FormatException($"{row.Source}:{row.Line}: unknown frame '{f}'"),
        },
        ParseStatus(row["status"] ?? "occurred"),
        row["phase"] switch
        {
            null or "whole" => DatePhase.Whole,
            "start" => DatePhase.Start,
            "end" => DatePhase.End,
            var p => throw new FormatException($"{row.Source}:{row.Line}: unknown phase '{p}'"),
        })
    {
        Act = row["act"],
        Present = row["tense"] switch
        {
            null => false,
            "present" => true,
            var t => throw new FormatException($"{row.Source}:{row.Line}: unknown tense '{t}'"),
        },
    };

    private static EventStatus ParseStatus(string s) => s switch
    {
        "occurred" => EventStatus.Occurred,
        "planned" => EventStatus.Planned,
        "denied" => EventStatus.Denied,
        _ => throw new FormatException($"unknown status '{s}'"),
    };
}
