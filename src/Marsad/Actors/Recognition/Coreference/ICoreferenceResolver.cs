namespace Marsad.Actors.Recognition.Coreference;

/// <summary>How the cues of one <c>type</c> of rules/coreference.tsv find what they refer to.</summary>
internal interface ICoreferenceResolver
{
    /// <summary>The <c>type</c> value of rules/coreference.tsv this resolver serves.</summary>
    string Type { get; }

    /// <summary>Resolves the cue that <paramref name="hit"/> matched; returns the next token to look at.</summary>
    int Resolve(RecognitionContext context, Hit hit, LexEntry cue);
}
