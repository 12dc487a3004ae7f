namespace Marsad.Text;

/// <summary>A half-open character range [Start, End) in some text.</summary>
/// <param name="Start">The first character.</param>
/// <param name="End">The character after the last.</param>
public readonly record struct TextSpan(int Start, int End)
{
    /// <summary>How many characters the span covers.</summary>
    public int Length => End - Start;

    /// <summary>True when <paramref name="offset"/> lies inside the span.</summary>
    public bool Contains(int offset) => offset >= Start && offset < End;

    /// <summary>True when the spans share a character.</summary>
    public bool Overlaps(TextSpan other) => Start < other.End && other.Start < End;

    /// <summary>"[start,end)".</summary>
    public override string ToString() => $"[{Start},{End})";
}

/// <summary>
/// Text normalised for matching, with a map back to the original: every character of
/// <see cref="Value"/> knows the original range it came from, so matches found on the
/// normalised form are reported with offsets into the untouched original.
/// </summary>
internal sealed class NormalizedText
{
    private readonly int[] _starts;
    private readonly int[] _ends;

    internal NormalizedText(string original, string value, int[] starts, int[] ends)
    {
        Original = original;
        Value = value;
        _starts = starts;
        _ends = ends;
    }

    public string Original { get; }
    public string Value { get; }

    /// <summary>Original offset where normalised character <paramref name="index"/> begins.</summary>
    public int OriginalStart(int index) => index < _starts.Length ? _starts[index] : Original.Length;

    /// <summary>Original offset just after normalised character <paramref name="index"/> (absorbing marks it carried).</summary>
    public int OriginalEnd(int index) => index < _ends.Length ? _ends[index] : Original.Length;

    /// <summary>Maps a half-open range of the normalised text to the original text.</summary>
    public TextSpan ToOriginal(int start, int end)
    {
        if (start >= end)
        {
            var at = OriginalStart(start);
            return new TextSpan(at, at);
        }
        return new TextSpan(OriginalStart(start), OriginalEnd(end - 1));
    }
}
