using Marsad.Text;

namespace Marsad.Time;

/// <summary>Finds temporal expressions in a text layer (rules in Data/time/**).</summary>
public static class TemporalTagger
{
    // STUB: finds nothing; replaced by the time stage.
    public static IReadOnlyList<TemporalMention> Tag(TextLayer text)
    {
        _ = text;
        return [];
    }
}
