using Marsad.Actors;
using Marsad.Data;
using Marsad.Events;
using Marsad.Time;

namespace Marsad.Pipeline;

/// <summary>
/// Every rule table the analysis reads, loaded once from <c>Data/</c> and handed to the stages:
/// the knowledge base and recognition rules (actors), the temporal grammar's words, world anchors
/// and meeting editions (time), the triggers, frame words, modes, topics and CAMEO code book
/// (events). <see cref="Load"/> lays a user's folder of rows over the shipped tables
/// (<c>--rules DIR</c>, see <c>src/Marsad/Data/README.md</c>) and adds knowledge-base files
/// (<c>--kb</c>); a malformed row fails the load with its file and line.
/// </summary>
public sealed class MarsadRules
{
    private static readonly Lazy<MarsadRules> ShippedRules = new(() => new MarsadRules(RuleFiles.Shipped, KnowledgeBase.Default));

    private MarsadRules(RuleFiles files, KnowledgeBase knowledgeBase)
        : this(files, knowledgeBase, new TimeLexicon(files), EventLexicons.Load(files))
    {
    }

    private MarsadRules(RuleFiles files, KnowledgeBase knowledgeBase, TimeLexicon time, EventLexicons events)
    {
        Files = files;
        KnowledgeBase = knowledgeBase;
        Time = time;
        Events = events;
    }

    /// <summary>The rules shipped with Marsad.</summary>
    public static MarsadRules Shipped => ShippedRules.Value;

    /// <summary>
    /// The shipped rules with the rows of <paramref name="rulesDirectory"/> laid over them (when given)
    /// and the knowledge-base tables of <paramref name="knowledgeBaseFiles"/> added.
    /// </summary>
    /// <exception cref="FormatException">A file or row of the overlay is malformed (the message names its file and line).</exception>
    /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
    public static MarsadRules Load(string? rulesDirectory, IReadOnlyCollection<string> knowledgeBaseFiles)
    {
        if (rulesDirectory is null)
            return knowledgeBaseFiles.Count == 0 ? Shipped : Shipped.WithKnowledgeBase(KnowledgeBase.Load(knowledgeBaseFiles));
        return new MarsadRules(RuleFiles.WithOverlay(rulesDirectory), KnowledgeBase.Load(knowledgeBaseFiles));
    }

    /// <summary>These rules with another knowledge base (tests give one built from their own rows); the other tables are shared, not read again.</summary>
    public MarsadRules WithKnowledgeBase(KnowledgeBase knowledgeBase) => new(Files, knowledgeBase, Time, Events);

    /// <summary>The actors, their time-bounded roles and the recognition rules.</summary>
    public KnowledgeBase KnowledgeBase { get; }

    /// <summary>The overlay files in use, by their path under Data/ (empty for the shipped rules).</summary>
    public IReadOnlyCollection<string> Overlaid => Files.Overlaid;

    /// <summary>Where the tables were read from.</summary>
    internal RuleFiles Files { get; }

    /// <summary>The temporal tables.</summary>
    internal TimeLexicon Time { get; }

    /// <summary>The event tables, the CAMEO code book among them.</summary>
    internal EventLexicons Events { get; }

    /// <summary>The CAMEO code book.</summary>
    internal CameoTable Cameo => Events.Cameo;
}
