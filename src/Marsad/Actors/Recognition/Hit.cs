namespace Marsad.Actors.Recognition;

/// <summary>
/// A lexicon match over tokens [<see cref="Start"/>, <see cref="End"/>) of one sentence: its entries
/// ordered by how literally they match the printed words, and the reading of the first token that
/// matched (the token may carry clitics).
/// </summary>
internal sealed record Hit(int Start, int End, IReadOnlyList<LexEntry> Entries, string FirstReading)
{
    public LexEntry? Of(LexKind kind) => Entries.FirstOrDefault(e => e.Kind == kind);

    public bool Has(LexKind kind) => Entries.Any(e => e.Kind == kind);
}
