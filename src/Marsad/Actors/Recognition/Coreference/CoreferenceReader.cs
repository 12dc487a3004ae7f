namespace Marsad.Actors.Recognition.Coreference;

/// <summary>A coreference cue ("نظيره", "الوزير", "الجانبان", "بلاده", "الدول الضامنة"), resolved by the resolver of its type.</summary>
internal sealed class CoreferenceReader : IActorReader
{
    public IReadOnlyList<LexKind> OpenedBy { get; } = [LexKind.Coref];

    public int? Read(RecognitionContext context, Hit hit)
    {
        var cue = hit.Of(LexKind.Coref)!;
        return CoreferenceResolvers.Of(cue.Detail!).Resolve(context, hit, cue);
    }
}
