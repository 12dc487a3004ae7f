namespace Marsad.Actors.Recognition;

/// <summary>
/// One pattern of actor mentions that starts at a lexicon hit. Like a Markdig parser with its
/// opening characters, a reader declares the lexicon kinds whose hits open it; the recogniser
/// offers each hit to the readers in order (<see cref="RecognitionRun"/>).
/// </summary>
internal interface IActorReader
{
    /// <summary>The lexicon kinds whose hits may open this reader's pattern.</summary>
    IReadOnlyList<LexKind> OpenedBy { get; }

    /// <summary>
    /// Reads the pattern that starts with <paramref name="hit"/> and returns the next token to look
    /// at, or null when the hit does not open this pattern (the next reader in order is tried).
    /// </summary>
    int? Read(RecognitionContext context, Hit hit);
}
